"""Decades on the timeline: the ten years they span, as stored, filtered and sorted."""

import json
from datetime import date

import pytest

from app.store.extraction_rows import period

STORY = (
    "Harbour traffic grew through the 1960s in Portvale. "
    "The new ferry to Portvale sailed on March 3, 1969. "
    "The old pier in Portvale closed on May 6, 1974."
)
# Two more decades of the same ten years, for pages within them.
MORE = {
    "mills": "The mills of Portvale hired hundreds during the 1960s. Their last one shut on June 9, 1971.",
    "trams": "Portvale ran trams throughout the 1960s.",
}


@pytest.mark.parametrize(
    ("value", "days"),
    [("196", (date(1960, 1, 1), date(1969, 12, 31))), ("200", (date(2000, 1, 1), date(2009, 12, 31)))],
)
def test_a_decade_spans_its_ten_years(value: str, days: tuple[date, date]) -> None:
    assert period(value, "decade") == days


@pytest.fixture
def harbour(ingest, client):
    result = ingest({"story.json": json.dumps({"id": "harbour", "text": STORY, "published": "1975-02-01"})})
    assert result.exit_code == 0, result.output
    return client


def timeline(client, **params: str) -> list[str]:
    return [item["date_text"] for item in client.get("/timeline", params=params).json()["items"]]


def test_a_decade_is_given_at_its_precision_and_sorted_by_its_first_day(harbour) -> None:
    items = harbour.get("/timeline").json()["items"]
    assert [(item["date_text"], item["date"], item["precision"]) for item in items] == [
        ("the 1960s", "196", "decade"),
        ("March 3, 1969", "1969-03-03", "day"),
        ("May 6, 1974", "1974-05-06", "day"),
    ]


@pytest.mark.parametrize(
    ("bounds", "found"),
    [
        # Nine years after it began, the decade still overlaps the range.
        ({"from": "1969-06-01"}, ["the 1960s", "May 6, 1974"]),
        ({"from": "1970-01-01"}, ["May 6, 1974"]),  # the decade ended on December 31, 1969
        ({"from": "1960-06-01"}, ["the 1960s", "March 3, 1969", "May 6, 1974"]),  # within a year of its start
        ({"to": "1960-01-01"}, ["the 1960s"]),
        ({"from": "1969-03-01", "to": "1969-03-31"}, ["the 1960s", "March 3, 1969"]),
    ],
)
def test_from_and_to_filter_a_decade_by_the_days_it_spans(harbour, bounds, found) -> None:
    assert timeline(harbour, **bounds) == found


def test_an_entitys_timeline_from_a_late_day_of_a_decade_holds_the_decade(harbour) -> None:
    (place,) = harbour.get("/entities", params={"q": "Portvale"}).json()["items"]
    assert timeline(harbour, entity=str(place["id"]), **{"from": "1969-06-01"}) == ["the 1960s", "May 6, 1974"]
    # The control: from the decade's end on, it is left out.
    assert timeline(harbour, entity=str(place["id"]), **{"from": "1970-01-01"}) == ["May 6, 1974"]


def test_a_decade_is_counted_in_no_year(harbour) -> None:
    by_year = harbour.get("/timeline", params={"bucket": "year"}).json()["items"]
    assert by_year == [{"period": "1969", "count": 1}, {"period": "1974", "count": 1}]


def test_pages_from_a_day_give_the_decade_then_the_periods_after_it(harbour) -> None:
    found, cursor = [], None
    while True:
        params = {"from": "1969-06-01", "limit": "1", **({"cursor": cursor} if cursor else {})}
        page = harbour.get("/timeline", params=params).json()
        found.append((page["total"], [item["date_text"] for item in page["items"]]))
        if not (cursor := page["next_cursor"]):
            break
    assert found == [(2, ["the 1960s"]), (2, ["May 6, 1974"])]


@pytest.fixture
def decades(ingest, client):
    """Three articles with a decade each, all of the 1960s, and a day after them."""
    feed = [{"id": "harbour", "text": STORY}, *({"id": name, "text": text} for name, text in MORE.items())]
    lines = "\n".join(json.dumps({**article, "published": "1975-02-01"}) for article in feed)
    result = ingest({"feed.jsonl": lines})
    assert result.exit_code == 0, result.output
    return client


def paged(client, limit: int, **params: str) -> list[tuple[int, int]]:
    """Every page's event ids, walking the cursors, with the total each page gives."""
    found, cursor = [], None
    for _ in range(20):  # a loop guard
        page = client.get("/timeline", params={**params, "limit": str(limit), **({"cursor": cursor} if cursor else {})})
        found += [(page.json()["total"], item["id"]) for item in page.json()["items"]]
        if not (cursor := page.json()["next_cursor"]):
            return found
    raise AssertionError("the cursors never end")


@pytest.mark.parametrize("limit", [1, 2])
@pytest.mark.parametrize("by_entity", [False, True], ids=["every-event", "entity"])
def test_pages_within_the_decades_holding_from_skip_none_of_them(decades, limit: int, by_entity: bool) -> None:
    params = {"from": "1969-06-01"}
    if by_entity:
        places = decades.get("/entities", params={"q": "Portvale"}).json()["items"]
        params["entity"] = str(next(place["id"] for place in places if place["name"] == "Portvale"))
    whole = decades.get("/timeline", params={**params, "limit": "100"}).json()["items"]
    # The premise: decades of the 1960s, two or more, come first, then a day after `from`.
    precisions = [item["precision"] for item in whole]
    assert precisions[:2] == ["decade", "decade"] and precisions[-1] == "day", precisions
    assert paged(decades, limit, **params) == [(len(whole), item["id"]) for item in whole]
