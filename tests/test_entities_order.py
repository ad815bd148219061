"""GET /entities lists the most widely named first, then the most talked about, then the newest."""

import json

import pytest

# Ada Vale and Tom Tovrig are each named in one article; Ada Vale, named first, three times.
STORY = (
    "Ada Vale opened the new bridge on Monday. Vale said the work took two years. "
    "Vale thanked the crews. The engineer Tom Tovrig watched from the bank."
)


@pytest.fixture
def listed(ingest, client):
    result = ingest({"story.json": json.dumps({"id": "bridge", "text": STORY})})
    assert result.exit_code == 0, result.output
    return client


def names_and_counts(items: list[dict]) -> list[tuple[str, int, int]]:
    return [(item["name"], item["article_count"], item["mention_count"]) for item in items]


def test_entities_named_in_as_many_articles_come_most_mentioned_first(listed):
    items = listed.get("/entities", params={"type": "PERSON"}).json()["items"]
    assert names_and_counts(items) == [("Ada Vale", 1, 3), ("Tom Tovrig", 1, 1)]


def test_pages_follow_the_same_order(listed):
    everything = listed.get("/entities", params={"limit": 100}).json()["items"]
    paged, cursor = [], None
    while True:
        page = listed.get("/entities", params={"limit": 1, **({"cursor": cursor} if cursor else {})}).json()
        paged += page["items"]
        if not (cursor := page["next_cursor"]):
            break
    assert len(everything) >= 2 and paged == everything
    keys = [(-item["article_count"], -item["mention_count"], -item["id"]) for item in everything]
    assert keys == sorted(keys)
