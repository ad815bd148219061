"""Decades: read from the rules, resolved against a reference, written as TimeML writes them ("199")."""

from datetime import date

import pytest

from app.extract.date_forms import RULES, Decade, Expression
from app.extract.date_values import Context, Period, Resolved, resolve

PUBLISHED = date(2021, 10, 20)


def read(rule: str, text: str, before: str = "") -> Expression | None:
    """What `rule` reads in `text`, the words `before` it seen by its lookbehinds."""
    whole = before + text
    return {each.name: each for each in RULES}[rule].parse(whole, len(before), len(whole))


def value(expression: Expression | None, day: date | None = PUBLISHED) -> str | None:
    assert expression is not None
    reference = Resolved(Period(day, "day"), "published") if day else None
    resolved = resolve(expression, Context(reference))
    return resolved.period.iso() if resolved else None


@pytest.mark.parametrize(("day", "decade"), [(date(1990, 1, 1), "199"), (date(1999, 12, 31), "199")])
def test_a_decade_is_written_as_the_first_three_digits_of_its_years(day: date, decade: str) -> None:
    assert Period.of(day, "decade") == Period(date(1990, 1, 1), "decade")
    assert Period.of(day, "decade").iso() == decade


def test_the_decade_of_the_2000s_is_200() -> None:
    assert value(read("decade", "the 2000s")) == "200"


@pytest.mark.parametrize("text", ["the 1990s", "1990s", "The 1990s", "the 1990's"])
def test_a_plural_year_ending_in_0_is_its_decade(text: str) -> None:
    assert read("decade", text) == Decade(9, 19)


@pytest.mark.parametrize("text", ["the early 1970s", "the mid-1970s", "the late 1970s", "mid-1970s"])
def test_early_mid_and_late_keep_the_whole_decade(text: str) -> None:
    assert value(read("decade", text)) == "197"


def test_a_decade_with_its_century_needs_no_reference() -> None:
    assert value(read("decade", "the 1970s"), None) == "197"


def test_a_years_possessive_without_the_article_is_no_decade() -> None:
    assert read("decade", "1990's") is None  # "1990's budget" is the year's
    # The control: after "the", the older spelling of the decade.
    assert read("decade", "the 1990's") == Decade(9, 19)


def test_a_decade_as_the_first_half_of_a_compound_is_no_date() -> None:
    assert read("decade", "the 1990s-era") is None
    # The control: the decade alone.
    assert read("decade", "the 1990s") == Decade(9, 19)


def test_a_year_of_hundreds_names_no_decade() -> None:
    assert read("decade", "the 1800s") is None  # a century as often as the decade 1800 to 1809
    # The control: the decade after it.
    assert value(read("decade", "the 1810s")) == "181"


@pytest.mark.parametrize(
    ("text", "decade"),
    [("the '80s", "198"), ("the late ’80s", "198"), ("mid-'90s", "199"), ("the ’20s", "202"), ("the '30s", "193")],
)
def test_two_digits_with_an_apostrophe_are_the_latest_such_decade_begun_by_publication(text: str, decade: str) -> None:
    assert value(read("short_decade", text)) == decade


def test_two_digits_are_the_decade_under_way_but_never_one_not_yet_begun() -> None:
    assert value(read("short_decade", "the '90s"), date(1995, 6, 1)) == "199"
    assert value(read("short_decade", "the '00s"), date(1995, 6, 1)) == "190"


def test_two_digits_without_a_century_or_reference_are_no_date() -> None:
    assert value(read("short_decade", "the '80s"), None) is None


@pytest.mark.parametrize("before", ["since ", "during ", "throughout ", "back in "])
def test_two_digits_without_an_apostrophe_are_a_decade_after_words_of_time(before: str) -> None:
    assert read("short_decade", "the 80s", before) == Decade(8)


@pytest.mark.parametrize("before", ["in ", "into ", "to "])
def test_two_digits_without_an_apostrophe_elsewhere_are_no_decade(before: str) -> None:
    assert read("short_decade", "the 70s", before) is None  # "temperatures in the 70s"
    # The control: with the apostrophe.
    assert read("short_decade", "the '70s", before) == Decade(7)
