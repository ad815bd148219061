"""Quarters and fiscal years as financial news abbreviates them, found in short invented articles (the tagger takes
no date in "FY2019" or "Q2"). Read straight from the extractor."""

from datetime import date
from functools import partial

import pytest

from tests.timeline_dates import body_dates

# A Wednesday in late October.
PUBLISHED = date(2021, 10, 20)

dates = partial(body_dates, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Revenue at Tessaly Looms for FY2019 rose.", {"FY2019": "2019"}),
        ("Revenue at Tessaly Looms in FY 2019 rose.", {"FY 2019": "2019"}),
        ("Margins at Tessaly Looms improved in Q2 as costs fell.", {"Q2": "2021-Q2"}),
    ],
)
def test_an_abbreviated_quarter_or_fiscal_year_is_found(text: str, found: dict[str, str]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize("text", ["The Tessaly Q3 hatchback sold well.", "Dealers sold the Tessaly Q3 to fleets."])
def test_an_abbreviated_quarter_without_a_preposition_of_time_is_no_date(text: str) -> None:
    # A model's name, as often. The control is the test before.
    assert dates(text) == {}


def test_an_abbreviated_quarter_qualifying_a_noun_is_no_date() -> None:
    # A model's name, even after a preposition of time. The control is "improved in Q2 as costs fell" above.
    assert dates("Dealers of Tessaly Looms saw strong interest in Q3 and Q4 models.") == {}


def test_an_abbreviated_quarter_of_a_match_is_no_date() -> None:
    # The quarter of a game. The control is "improved in Q2 as costs fell" above.
    assert dates("The Tessaly Hawks trailed by 10 points in Q3 before the coach called a timeout.") == {}
