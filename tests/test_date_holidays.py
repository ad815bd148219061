"""Holidays on a fixed day of the year, read as that day: "on Christmas Eve", "by Christmas"."""

from datetime import date

import pytest

from app.extract.nlp import load_model
from app.extract.parsed import ArticleText, parse_articles
from app.extract.timeline import find_events
from app.settings import Settings

# A Saturday in December, before Christmas.
PUBLISHED = date(2021, 12, 18)


def dates(body: str) -> dict[str, str]:
    """date_text -> date of every event found."""
    nlp = load_model(Settings().spacy_model)
    article = parse_articles(nlp, [ArticleText({"body": body}, PUBLISHED)])[0]
    return {event.date_text: event.date for event in find_events(article)}


@pytest.mark.parametrize(
    ("text", "holiday", "day"),
    [
        ("The ferry will not sail on Christmas Eve.", "Christmas Eve", "2021-12-24"),
        ("The strike began on New Year's Day.", "New Year's Day", "2021-01-01"),
        ("Shops will stay open until Boxing Day.", "Boxing Day", "2021-12-26"),
        ("The bridge should reopen by Christmas.", "Christmas", "2021-12-25"),
    ],
)
def test_a_fixed_holiday_is_its_day(text: str, holiday: str, day: str) -> None:
    assert dates(text) == {holiday: day}


def test_a_holiday_of_one_word_without_a_preposition_of_time_is_no_date() -> None:
    found = dates("Retailers expect strong Christmas sales, and trees went on sale in November.")
    assert found == {"November": "2021-11"}  # the control: the month is found


def test_a_day_told_in_the_past_lies_before_the_reference() -> None:
    found = dates("The council met on Dec. 20.")
    assert found == {"Dec. 20": "2020-12-20"}
