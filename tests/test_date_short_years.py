"""A year written by its last two digits after an apostrophe ("in '98"), read by its rule and resolved against the
publication date, straight from the rules and the resolver."""

import re
from datetime import date

import pytest

from app.extract.date_forms import RULES, ShortYear
from tests.date_rules import published, value

RULE = {each.name: each for each in RULES}["short_year"]


def read_after(before: str, text: str, after: str = "") -> ShortYear | None:
    """What the rule reads in `text`, the words `before` and `after` it seen by its lookarounds."""
    match = re.compile(RULE.pattern).match(before + text + after, len(before))
    if not match or match.end() != len(before + text):
        return None
    expression = RULE.read(match)
    assert expression is None or isinstance(expression, ShortYear)
    return expression


@pytest.mark.parametrize("before", ["founded in ", "the class of ", "unbeaten since ", "sold by "])
def test_two_digits_after_an_apostrophe_and_a_preposition_are_a_year(before: str) -> None:
    assert read_after(before, "'98") == ShortYear(98)


def test_two_digits_after_an_apostrophe_and_another_word_are_no_year() -> None:
    # The control of the test before: after a verb the apostrophe may open a quote.
    assert read_after("said ", "'98") is None


def test_two_digits_after_an_apostrophe_that_a_later_one_closes_are_no_year() -> None:
    # The control of the year after a preposition: the apostrophe opens a quotation of a count.
    assert read_after("fears over the loss of ", "'12", " jobs' at the plant.") is None


@pytest.mark.parametrize(
    "after", [" by the porters' guild.", " when the millers' strike began.", ", the porters' year."]
)
def test_two_digits_after_an_apostrophe_and_a_preposition_before_a_word_closing_its_phrase_are_a_year(
    after: str,
) -> None:
    # The control of the quotation closed in its sentence: the later apostrophe is a plural possessive's.
    assert read_after("shut in ", "'98", after) == ShortYear(98)


def test_two_digits_after_an_apostrophe_that_closes_after_punctuation_in_a_later_sentence_are_no_year() -> None:
    assert read_after("spoke of ", "'20", " years of neglect. We can't wait, we must act,' she said.") is None


def test_two_digits_after_an_apostrophe_and_a_preposition_before_a_later_sentence_are_a_year() -> None:
    # The control of the test before: no quotation closes after the year's sentence.
    assert read_after("founded in ", "'98", ". It was the town's first union, and it grew.") == ShortYear(98)


def test_two_digits_after_an_apostrophe_and_a_preposition_before_a_later_quotation_in_single_marks_are_a_year() -> None:
    # The control of the quotation closed in a later sentence: the closing mark is another quotation's.
    assert read_after("unbeaten since ", "'09", ". 'We never stop,' the captain said.") == ShortYear(9)


@pytest.mark.parametrize("after", [" per cent", " percent", ".5", "%"])
def test_two_digits_after_an_apostrophe_that_an_amount_follows_are_no_year(after: str) -> None:
    # The control of the year after a preposition: "up by '98 per cent" is an amount.
    assert read_after("up by ", "'98", after) is None


def test_two_digits_after_an_apostrophe_and_a_preposition_before_other_short_years_are_a_year() -> None:
    # The control of the test before: the apostrophes after are other years', none closing a quotation.
    assert read_after("champions in ", "'98", ", '99 and '01.") == ShortYear(98)


@pytest.mark.parametrize(("digits", "year"), [(98, "1998"), (27, "2027"), (5, "2005"), (38, "2038")])
def test_two_digits_are_the_latest_year_of_that_ending_at_most_fifteen_years_after_publication(
    digits: int, year: str
) -> None:
    assert value(ShortYear(digits), published(date(2023, 3, 8))) == year


@pytest.mark.parametrize(("digits", "year"), [(39, "1939"), (45, "1945"), (72, "1972")])
def test_two_digits_far_ahead_of_publication_are_the_year_of_the_century_gone_by(digits: int, year: str) -> None:
    # The control of the test before: 2039 is 16 years ahead of 2023; the short form names a year gone by unless it
    # is near ahead, though 2045 and 2072 are nearer 2023 than 1945 and 1972.
    assert value(ShortYear(digits), published(date(2023, 3, 8))) == year
