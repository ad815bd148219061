"""Decades: read from the rules, resolved against a reference, written as TimeML writes them ("199")."""

import re
from datetime import date

import pytest

from app.extract.date_forms import RULES, Decade, Expression
from app.extract.date_values import Context, Period, Resolved, resolve

PUBLISHED = date(2021, 10, 20)


def read(rule: str, text: str, before: str = "", after: str = "") -> Expression | None:
    """What `rule` reads in `text`, the words `before` and `after` it seen by its lookarounds."""
    found = {each.name: each for each in RULES}[rule]
    match = re.compile(found.pattern).match(before + text + after, len(before))
    return found.read(match) if match and match.end() == len(before) + len(text) else None


def value(expression: Expression | None, day: date | None = PUBLISHED) -> str | None:
    assert expression is not None
    reference = Resolved(Period(day, "day"), "published") if day else None
    resolved = resolve(expression, Context(reference))
    return resolved.period.iso() if resolved else None


@pytest.mark.parametrize(("day", "decade"), [(date(1960, 1, 1), "196"), (date(1969, 12, 31), "196")])
def test_a_decade_is_written_as_the_first_three_digits_of_its_years(day: date, decade: str) -> None:
    assert Period.of(day, "decade") == Period(date(1960, 1, 1), "decade")
    assert Period.of(day, "decade").iso() == decade


def test_the_decade_of_the_2000s_is_200() -> None:
    assert value(read("decade", "the 2000s")) == "200"


@pytest.mark.parametrize("text", ["the 1960s", "1960s", "The 1960s", "the 1960's"])
def test_a_plural_year_ending_in_0_is_its_decade(text: str) -> None:
    assert read("decade", text) == Decade(6, 19)


@pytest.mark.parametrize("text", ["the early 1950s", "the mid-1950s", "the late-1950s", "early 1950s"])
def test_early_mid_and_late_keep_the_whole_decade(text: str) -> None:
    assert value(read("decade", text)) == "195"


def test_a_decade_with_its_century_needs_no_reference() -> None:
    assert value(read("decade", "the 1950s"), None) == "195"


def test_a_years_possessive_without_the_article_is_no_decade() -> None:
    assert read("decade", "1960's") is None  # "1960's budget" is the year's
    # The control: after "the", the older spelling of the decade.
    assert read("decade", "the 1960's") == Decade(6, 19)


@pytest.mark.parametrize(("text", "after"), [("the 1960s", "-era"), ("the 1960s", "–era"), ("the 1960s", "’-era")])
def test_a_decade_as_the_first_half_of_a_hyphenated_compound_is_no_date(text: str, after: str) -> None:
    assert read("decade", text, after=after) is None  # "1960s-era pumps"
    # The control: the decade alone.
    assert read("decade", text, after=" pumps") == Decade(6, 19)


def test_a_decade_before_an_em_dash_is_a_decade() -> None:
    assert read("decade", "the 1960s", after="—when") == Decade(6, 19)


@pytest.mark.parametrize("before", ["$", "£", "#"])
def test_a_decade_after_a_currency_sign_is_an_amount(before: str) -> None:
    assert read("decade", "1960s", before) is None  # "rose to $1960s levels"
    # The control: after a space.
    assert read("decade", "1960s", "rose to ") == Decade(6, 19)


def test_a_year_of_hundreds_names_no_decade() -> None:
    assert read("decade", "the 1800s") is None  # a century as often as the decade 1800 to 1809
    # The control: the decade after it.
    assert value(read("decade", "the 1810s")) == "181"


@pytest.mark.parametrize(
    ("text", "decade"),
    [("the '60s", "196"), ("the late ’50s", "195"), ("mid-'40s", "194"), ("the '10s", "201"), ("the '30s", "193")],
)
def test_two_digits_with_an_apostrophe_are_a_decade_of_the_century_of_publication(text: str, decade: str) -> None:
    assert value(read("short_decade", text)) == decade  # published in 2021


@pytest.mark.parametrize(("published", "decade"), [(date(2021, 10, 20), "192"), (date(2025, 1, 1), "202")])
def test_two_digits_are_the_decade_under_way_only_from_its_sixth_year(published: date, decade: str) -> None:
    assert value(read("short_decade", "the '20s"), published) == decade  # the Roaring '20s, written in 2021


def test_two_digits_are_never_a_decade_not_yet_begun() -> None:
    assert value(read("short_decade", "the '00s"), date(1996, 6, 1)) == "190"
    # The control: the decade under way, half over.
    assert value(read("short_decade", "the '90s"), date(1996, 6, 1)) == "199"


def test_two_digits_without_a_century_or_reference_are_no_date() -> None:
    assert value(read("short_decade", "the '60s"), None) is None


@pytest.mark.parametrize("before", ["in ", "into ", "to ", "back in ", "since ", "during ", "throughout "])
def test_two_digits_without_an_apostrophe_are_no_decade(before: str) -> None:
    assert read("short_decade", "the 40s", before) is None  # "back in the 40s by Thursday", "stuck since the 40s"
    # The control: with the apostrophe.
    assert read("short_decade", "the '40s", before) == Decade(4)
