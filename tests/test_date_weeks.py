"""Weeks named by a day of them or by their place in a month, read straight from the rules and the resolver."""

from dataclasses import replace
from datetime import date

import pytest

from tests.date_rules import published, read, value
from tests.timeline_dates import body_dates

SUNDAY = date(2021, 3, 14)  # the last day of ISO week 10


@pytest.mark.parametrize("text", ["the week ended March 5", "the week ending March 5", "the week to March 5"])
def test_a_week_ended_on_a_day_is_the_iso_week_holding_it(text: str) -> None:
    assert value(read("week_of", text), published(SUNDAY)) == "2021-W09"


def test_a_week_ending_on_a_weekday_is_the_week_of_that_day() -> None:
    week = read("week_of_weekday", "the week ending Friday")
    assert value(week, replace(published(SUNDAY), tense="past")) == "2021-W10"


def test_a_weekday_alone_stays_a_day() -> None:
    # The control of the test before.
    assert value(read("weekday", "Friday"), replace(published(SUNDAY), tense="past")) == "2021-03-12"


def test_the_first_week_of_a_month_holds_its_first_thursday() -> None:
    # October 2021 begins on a Friday: the week holding it is mostly September's.
    assert value(read("week_of_month", "the first week of October 2021"), published(SUNDAY)) == "2021-W40"


def test_the_first_week_of_a_month_beginning_on_a_thursday_holds_that_day() -> None:
    assert value(read("week_of_month", "the first week of July 2021"), published(SUNDAY)) == "2021-W26"


def test_the_last_week_of_a_month_is_the_week_before_the_next_months_first() -> None:
    # March 2021 ends on a Wednesday: the week holding it is mostly April's.
    assert value(read("week_of_month", "the last week of March 2021"), published(SUNDAY)) == "2021-W12"


def test_the_last_week_of_a_month_ending_on_a_friday_holds_that_day() -> None:
    assert value(read("week_of_month", "the last week of April 2021"), published(SUNDAY)) == "2021-W17"


def test_a_later_week_of_a_month_counts_on_from_its_first() -> None:
    assert value(read("week_of_month", "the second week of October 2021"), published(SUNDAY)) == "2021-W41"


def test_this_week_told_ahead_on_a_sunday_is_the_coming_week() -> None:
    assert value(read("relative_week", "later this week"), replace(published(SUNDAY), tense="future")) == "2021-W11"


def test_this_week_told_in_the_past_on_a_sunday_is_the_week_ending_that_day() -> None:
    # The control of the test before.
    assert value(read("relative_week", "this week"), replace(published(SUNDAY), tense="past")) == "2021-W10"


def test_this_week_told_ahead_on_a_saturday_is_its_own_week() -> None:
    saturday = replace(published(date(2021, 3, 13)), tense="future")
    assert value(read("relative_week", "later this week"), saturday) == "2021-W10"


THURSDAY = date(2025, 12, 18)  # in ISO week 51


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the week before last", "2025-W49"), ("the week after next", "2026-W01"), ("the month before last", "2025-10")],
)
def test_the_period_before_last_or_after_next_is_two_from_the_references(text: str, expected: str) -> None:
    assert value(read("two_periods_off", text), published(THURSDAY)) == expected


def test_the_week_before_an_event_is_no_period_before_last() -> None:
    # The near-miss: "the week before" counts from the event after it, not from the reference.
    assert body_dates("The Tarrow board met the week before the vote.", THURSDAY) == {}
    assert body_dates("The Tarrow board met the week before last.", THURSDAY) == {"the week before last": "2025-W49"}


def test_the_week_before_last_years_event_is_no_period_before_last() -> None:
    # The near-miss: "last" opens "last year's election", which the week is before.
    assert "the week before last" not in body_dates(
        "The Tarrow mayor resigned the week before last year's vote.", THURSDAY
    )
