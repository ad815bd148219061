"""GET /timeline?bucket=: counts per period, a page at a time like every list."""

import json

import pytest

from tests.conftest import assert_problem

# Events on three days of March 2021 and one of April.
STORY = (
    "The council met on March 3, 2021. It voted on March 9, 2021. "
    "Work began on March 20, 2021. The bridge opened on April 2, 2021."
)


@pytest.fixture
def dated(ingest, client):
    result = ingest({"story.json": json.dumps({"id": "bridge", "text": STORY, "published": "2021-05-01"})})
    assert result.exit_code == 0, result.output
    return client


def pages(client, **params: str) -> list[dict]:
    """Every page of the timeline's periods under `params`, following next_cursor."""
    found, cursor = [], None
    while True:
        page = client.get("/timeline", params={**params, **({"cursor": cursor} if cursor else {})}).json()
        found.append(page)
        if not (cursor := page["next_cursor"]):
            return found


def test_periods_are_paged_by_limit(dated):
    everything = dated.get("/timeline", params={"bucket": "day"}).json()
    assert [item["period"] for item in everything["items"]] == ["2021-03-03", "2021-03-09", "2021-03-20", "2021-04-02"]
    paged = pages(dated, bucket="day", limit="3")
    assert [len(page["items"]) for page in paged] == [3, 1]
    assert [item for page in paged for item in page["items"]] == everything["items"]
    assert {page["total"] for page in paged} == {4}


def test_a_page_of_periods_gives_its_next_page_in_the_link_header(dated):
    first = dated.get("/timeline", params={"bucket": "month", "limit": 1})
    assert first.json()["items"] == [{"period": "2021-03", "count": 3}]
    second = dated.get(first.headers["link"][1:].partition(">")[0]).json()
    assert second["items"] == [{"period": "2021-04", "count": 1}] and second["next_cursor"] is None


def test_a_cursor_of_another_bucket_is_refused(dated):
    cursor = dated.get("/timeline", params={"bucket": "day", "limit": 1}).json()["next_cursor"]
    assert dated.get("/timeline", params={"bucket": "day", "cursor": cursor}).status_code == 200
    body = assert_problem(dated.get("/timeline", params={"bucket": "month", "cursor": cursor}), 422)
    assert "cursor" in body["detail"]
