"""A weekday that names a paper or its edition rather than a day, read straight from the extractor on short
invented articles."""

from datetime import date
from functools import partial

import pytest

from tests.timeline_dates import body_dates

# A Wednesday: the Sunday before is 2021-03-14.
PUBLISHED = date(2021, 3, 17)

dates = partial(body_dates, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarrow finance minister told a Sunday newspaper that taxes would rise.",
        "The Sunday paper in Tarrow ran the full list.",
        "The Tarrow daily ran a Saturday supplement on the vote.",
        "The Tarrow Sunday Herald said the plant would close.",
    ],
)
def test_a_weekday_naming_a_paper_or_its_edition_is_no_date(text: str) -> None:
    assert dates(text) == {}


def test_a_weekday_that_owns_a_paper_is_a_date() -> None:
    # The control of the test before: the paper of that Sunday.
    assert dates("In Sunday's paper, the Tarrow minister said taxes would rise.") == {"Sunday": "2021-03-14"}


def test_a_weekday_before_a_paper_it_does_not_qualify_is_a_date() -> None:
    # The control of the first test: "papers" is the subject of the clause, the weekday when it was said.
    assert dates("The Tarrow clerk said on Sunday papers were filed.") == {"Sunday": "2021-03-14"}


def test_a_weekday_qualifying_another_noun_is_a_date() -> None:
    # The control of the first test: only a paper's nouns make a weekday a name.
    assert dates("The Tarrow minister spoke at a Sunday news conference.") == {"Sunday": "2021-03-14"}


def test_a_weekday_straight_after_a_verb_is_a_date() -> None:
    # The control of the first test: "said Sunday" tells when it was said, whatever the noun after.
    assert dates("The Tarrow clerk said Sunday newspapers had erred.") == {"Sunday": "2021-03-14"}


def test_a_weekday_before_a_reports_name_in_a_capitalised_headline_is_a_date() -> None:
    # The control of the paper's name: "Report" names no paper.
    assert dates("Tarrow Stocks Slip Ahead of Friday Jobs Report") == {"Friday": "2021-03-19"}
