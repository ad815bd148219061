"""Decades on the timeline: the ten years they span, as stored, filtered and sorted."""

import json
from datetime import date

import pytest

from app.store.extraction_rows import period

STORY = (
    "Harbour traffic grew through the 1990s in Portvale. "
    "The new ferry to Portvale sailed on March 3, 1999. "
    "The old pier in Portvale closed on May 6, 2004."
)


@pytest.mark.parametrize(
    ("value", "days"),
    [("199", (date(1990, 1, 1), date(1999, 12, 31))), ("200", (date(2000, 1, 1), date(2009, 12, 31)))],
)
def test_a_decade_spans_its_ten_years(value: str, days: tuple[date, date]) -> None:
    assert period(value, "decade") == days


@pytest.fixture
def harbour(ingest, client):
    result = ingest({"story.json": json.dumps({"id": "harbour", "text": STORY, "published": "2005-02-01"})})
    assert result.exit_code == 0, result.output
    return client


def timeline(client, **params: str) -> list[str]:
    return [item["date_text"] for item in client.get("/timeline", params=params).json()["items"]]


def test_a_decade_is_given_at_its_precision_and_sorted_by_its_first_day(harbour) -> None:
    items = harbour.get("/timeline").json()["items"]
    assert [(item["date_text"], item["date"], item["precision"]) for item in items] == [
        ("the 1990s", "199", "decade"),
        ("March 3, 1999", "1999-03-03", "day"),
        ("May 6, 2004", "2004-05-06", "day"),
    ]


@pytest.mark.parametrize(
    ("bounds", "found"),
    [
        # Nine years after it began, the decade still overlaps the range.
        ({"from": "1999-06-01"}, ["the 1990s", "May 6, 2004"]),
        ({"from": "2000-01-01"}, ["May 6, 2004"]),  # the decade ended on December 31, 1999
        ({"from": "1990-06-01"}, ["the 1990s", "March 3, 1999", "May 6, 2004"]),  # within a year of its start
        ({"to": "1990-01-01"}, ["the 1990s"]),
        ({"from": "1999-03-01", "to": "1999-03-31"}, ["the 1990s", "March 3, 1999"]),
    ],
)
def test_from_and_to_filter_a_decade_by_the_days_it_spans(harbour, bounds, found) -> None:
    assert timeline(harbour, **bounds) == found


def test_an_entitys_timeline_from_a_late_day_of_a_decade_holds_the_decade(harbour) -> None:
    (place,) = harbour.get("/entities", params={"q": "Portvale"}).json()["items"]
    assert timeline(harbour, entity=str(place["id"]), **{"from": "1999-06-01"}) == ["the 1990s", "May 6, 2004"]
    # The control: from the decade's end on, it is left out.
    assert timeline(harbour, entity=str(place["id"]), **{"from": "2000-01-01"}) == ["May 6, 2004"]


def test_a_decade_is_counted_in_no_year(harbour) -> None:
    by_year = harbour.get("/timeline", params={"bucket": "year"}).json()["items"]
    assert by_year == [{"period": "1999", "count": 1}, {"period": "2004", "count": 1}]


def test_pages_from_a_day_give_the_decade_then_the_periods_after_it(harbour) -> None:
    found, cursor = [], None
    while True:
        params = {"from": "1999-06-01", "limit": "1", **({"cursor": cursor} if cursor else {})}
        page = harbour.get("/timeline", params=params).json()
        found.append((page["total"], [item["date_text"] for item in page["items"]]))
        if not (cursor := page["next_cursor"]):
            break
    assert found == [(2, ["the 1990s"]), (2, ["May 6, 2004"])]
