"""Seasons and halves of a year: read from the rules, resolved against a reference, written as TimeML writes them."""

from datetime import date

import pytest

from app.extract.date_forms import RULES, Expression, Half
from app.extract.date_tense import Tense
from app.extract.date_values import Context, Period, Resolved, resolve

JANUARY = date(2021, 1, 20)
OCTOBER = date(2021, 10, 20)


def read(rule: str, text: str) -> Expression | None:
    return {each.name: each for each in RULES}[rule].parse(text, 0, len(text))


def value(expression: Expression | None, day: date, tense: Tense = "past") -> str | None:
    assert expression is not None
    resolved = resolve(expression, Context(Resolved(Period(day, "day"), "published"), tense))
    return resolved.period.iso() if resolved else None


@pytest.mark.parametrize(
    ("day", "season"),
    [
        (date(2021, 3, 1), "2021-SP"),
        (date(2021, 8, 31), "2021-SU"),
        (date(2021, 11, 30), "2021-FA"),
        (date(2021, 12, 1), "2021-WI"),
    ],
)
def test_a_season_is_three_months_from_march_june_september_or_december(day: date, season: str) -> None:
    assert Period.of(day, "season").iso() == season


def test_january_is_in_the_winter_named_by_the_december_before() -> None:
    assert Period.of(date(2021, 2, 28), "season") == Period(date(2020, 12, 1), "season")
    assert Period.of(date(2021, 2, 28), "season").iso() == "2020-WI"


@pytest.mark.parametrize(("day", "half"), [(date(2021, 6, 30), "2021-H1"), (date(2021, 7, 1), "2021-H2")])
def test_a_half_is_january_to_june_or_july_to_december(day: date, half: str) -> None:
    assert Period.of(day, "half").iso() == half


def test_a_season_with_its_year_is_that_years_season() -> None:
    assert value(read("season", "the winter of 2019"), OCTOBER) == "2019-WI"


@pytest.mark.parametrize(
    ("text", "day", "season"),
    [
        ("last fall", OCTOBER, "2020-FA"),  # the fall under way is not over
        ("last summer", OCTOBER, "2021-SU"),
        ("last winter", JANUARY, "2019-WI"),  # the winter under way began in December 2020
        ("last winter", date(2021, 3, 20), "2020-WI"),
        ("this past summer", OCTOBER, "2021-SU"),
    ],
)
def test_last_season_is_the_last_one_over(text: str, day: date, season: str) -> None:
    assert value(read("season", text), day) == season


def test_this_winter_in_january_is_the_winter_under_way() -> None:
    assert value(read("season", "this winter"), JANUARY) == "2020-WI"
    # The control: in October, this winter is the coming one.
    assert value(read("season", "this winter"), OCTOBER) == "2021-WI"


def test_next_winter_in_january_begins_in_december() -> None:
    assert value(read("season", "next winter"), JANUARY) == "2021-WI"


def test_a_bare_season_past_in_the_future_is_next_years() -> None:
    assert value(read("the_season", "the spring"), OCTOBER, "future") == "2022-SP"
    # The control: in a sentence about the past, it is this year's.
    assert value(read("the_season", "the spring"), OCTOBER) == "2021-SP"


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("the second half of 2019", Half(2, 2019)),
        ("the last half of 2019", Half(2, 2019)),
        ("the first half of fiscal 2019", Half(1, 2019)),
        ("the 2019 first half", Half(1, 2019)),
        ("the first half of next year", Half(1, None, 1)),
        ("last year's second half", Half(2, None, -1)),
        ("the year-earlier first half", Half(1, None, -1)),
        ("the latter half of the year", Half(2)),
        ("first-half", Half(1)),
        ("the second half-year", Half(2)),
    ],
)
def test_halves_are_read_with_their_year(text: str, half: Half) -> None:
    assert read("half", text) == half


@pytest.mark.parametrize("text", ["the first half of the concert", "the second half-hour", "the first half hour"])
def test_a_half_of_something_else_is_no_half_of_a_year(text: str) -> None:
    assert read("half", text) is None
    # The control: the same words before a year.
    assert read("half", "the first half of 2033") == Half(1, 2033)


def test_a_half_with_its_year_is_that_years_half() -> None:
    assert value(Half(2, 2019), OCTOBER) == "2019-H2"


def test_a_half_counted_in_years_is_of_the_reference_year_shifted() -> None:
    assert value(Half(1, None, 1), OCTOBER) == "2022-H1"


def test_a_past_half_without_a_year_ahead_of_the_reference_is_last_years() -> None:
    assert value(Half(2), JANUARY) == "2020-H2"
    # The control: looking ahead, it is this year's.
    assert value(Half(2), JANUARY, "future") == "2021-H2"


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("the spring of last year", "2020-SP"),
        ("the summer of next year", "2022-SU"),
        ("the autumn last year", "2020-FA"),
    ],
)
def test_a_season_of_a_year_named_after_it_is_of_that_year(text: str, season: str) -> None:
    assert value(read("season", text), OCTOBER) == season
