"""A cursor whose values are not of its list's sort columns' types is refused (422) on either engine, as one
that is not a cursor at all: PostgreSQL refuses to compare text with a number, which SQLite would order."""

import base64
import json

import orjson
import pytest

from tests.conftest import assert_problem

# Each list with a sort whose key is text, and a query that gives it a second page of the seeds.
LISTS = [
    ("/articles", {"limit": 1}),
    ("/articles", {"limit": 1, "sort": "published"}),
    ("/articles", {"limit": 1, "q": "men", "sort": "-published"}),
    ("/timeline", {"limit": 1}),
    ("/timeline", {"limit": 1, "bucket": "month"}),
]


def cursor_with_key(cursor: str, key: object) -> str:
    """The cursor with its sort key replaced by `key`."""
    data = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    data["k"][0] = key
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


@pytest.mark.parametrize(("path", "params"), LISTS)
def test_a_cursor_whose_text_key_is_a_number_is_refused(seeds_api, path, params):
    cursor = seeds_api.get(path, params=params).json()["next_cursor"]
    assert seeds_api.get(path, params={**params, "cursor": cursor}).status_code == 200  # the control: a real one
    forged = cursor_with_key(cursor, 5)
    assert "cursor" in assert_problem(seeds_api.get(path, params={**params, "cursor": forged}), 422)["detail"]


def test_a_cursor_whose_count_key_is_text_is_refused(seeds_api):
    cursor = seeds_api.get("/entities", params={"limit": 1}).json()["next_cursor"]
    assert seeds_api.get("/entities", params={"limit": 1, "cursor": cursor}).status_code == 200
    forged = cursor_with_key(cursor, "many")
    assert_problem(seeds_api.get("/entities", params={"limit": 1, "cursor": forged}), 422)
