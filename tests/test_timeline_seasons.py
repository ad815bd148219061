"""Seasons and halves of a year, and weekends, on the timeline: the days they span, as stored, filtered and sorted."""

import json
from datetime import date

import pytest

from app.store.extraction_rows import period

# Published in spring 2019: last summer is 2018's, last winter the one that ended in February 2019.
STORY = (
    "The marina rebuilt its docks last summer. Boat rentals rose in the first half of 2018, the owners said. "
    "The harbour froze over last winter."
)


@pytest.mark.parametrize(
    ("value", "precision", "days"),
    [
        ("2018-SP", "season", (date(2018, 3, 1), date(2018, 5, 31))),
        ("2018-SU", "season", (date(2018, 6, 1), date(2018, 8, 31))),
        ("2018-FA", "season", (date(2018, 9, 1), date(2018, 11, 30))),
        ("2018-WI", "season", (date(2018, 12, 1), date(2019, 2, 28))),
        ("2019-WI", "season", (date(2019, 12, 1), date(2020, 2, 29))),
        ("2018-H1", "half", (date(2018, 1, 1), date(2018, 6, 30))),
        ("2018-H2", "half", (date(2018, 7, 1), date(2018, 12, 31))),
    ],
)
def test_a_season_or_half_spans_its_whole_months(value: str, precision: str, days: tuple[date, date]) -> None:
    assert period(value, precision) == days


def test_a_weekend_spans_the_saturday_and_sunday_of_its_week() -> None:
    assert period("2018-W14-WE", "weekend") == (date(2018, 4, 7), date(2018, 4, 8))


@pytest.fixture
def seasons(ingest, client):
    result = ingest({"story.json": json.dumps({"id": "marina", "text": STORY, "published": "2019-04-10"})})
    assert result.exit_code == 0, result.output
    return client


def timeline(client, **params: str) -> list[tuple[str, str, str]]:
    items = client.get("/timeline", params=params).json()["items"]
    return [(item["date_text"], item["date"], item["precision"]) for item in items]


def test_the_timeline_gives_seasons_and_halves_oldest_first_at_their_precision(seasons) -> None:
    assert timeline(seasons) == [
        ("the first half of 2018", "2018-H1", "half"),
        ("last summer", "2018-SU", "season"),
        ("last winter", "2018-WI", "season"),
    ]


@pytest.mark.parametrize(
    ("bounds", "found"),
    [
        ({"from": "2018-07-01"}, ["last summer", "last winter"]),  # the half ended on June 30
        ({"to": "2018-05-31"}, ["the first half of 2018"]),  # summer begins on June 1
        ({"from": "2018-06-15", "to": "2018-06-20"}, ["the first half of 2018", "last summer"]),
        ({"from": "2019-02-01"}, ["last winter"]),  # the winter runs into February 2019
    ],
)
def test_from_and_to_filter_seasons_and_halves_by_the_days_they_span(seasons, bounds, found) -> None:
    assert [text for text, _, _ in timeline(seasons, **bounds)] == found


def test_seasons_and_halves_are_counted_by_year_where_they_begin(seasons) -> None:
    by_year = seasons.get("/timeline", params={"bucket": "year"}).json()["items"]
    assert by_year == [{"period": "2018", "count": 3}]  # the winter of December 2018 to February 2019 too
    # The control: no month holds them, so none counts them.
    assert seasons.get("/timeline", params={"bucket": "month"}).json()["items"] == []


@pytest.fixture
def weekend(ingest, client):
    # Published on Wednesday, April 10, 2019: the weekend gone by is Saturday April 6 and Sunday April 7.
    story = {"id": "ferry", "text": "The ferry ran late over the weekend.", "published": "2019-04-10"}
    result = ingest({"ferry.json": json.dumps(story)})
    assert result.exit_code == 0, result.output
    return client


def test_the_timeline_gives_a_weekend_in_timemls_form(weekend) -> None:
    assert timeline(weekend) == [("the weekend", "2019-W14-WE", "weekend")]


@pytest.mark.parametrize(
    ("bounds", "found"),
    [
        ({"from": "2019-04-07"}, ["the weekend"]),  # its Sunday
        ({"from": "2019-04-08"}, []),  # the Monday after
        ({"to": "2019-04-06"}, ["the weekend"]),  # its Saturday
        ({"to": "2019-04-05"}, []),  # the Friday before: the week began on Monday, the weekend did not
    ],
)
def test_from_and_to_filter_a_weekend_by_its_saturday_and_sunday(weekend, bounds, found) -> None:
    assert [text for text, _, _ in timeline(weekend, **bounds)] == found


def test_a_weekend_is_counted_in_the_month_of_its_saturday_but_on_no_day(weekend) -> None:
    by_month = weekend.get("/timeline", params={"bucket": "month"}).json()["items"]
    assert by_month == [{"period": "2019-04", "count": 1}]
    # The control: a weekend is two days, so no day counts it.
    assert weekend.get("/timeline", params={"bucket": "day"}).json()["items"] == []
