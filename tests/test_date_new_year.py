""" "The new year": the calendar year about to begin, or just begun, at the precision of a year."""

from datetime import date

import pytest

from tests.timeline_dates import body_dates


@pytest.mark.parametrize(
    ("published", "year"),
    [
        (date(2021, 12, 8), "2022"),  # December: the year about to begin
        (date(2021, 10, 15), "2022"),  # from October the year looks to the next
        (date(2022, 3, 20), "2022"),  # until the end of March, the one begun
        (date(2022, 1, 12), "2022"),  # January: the year just begun
    ],
)
def test_the_new_year_is_the_coming_year_late_in_a_year_and_this_one_early(published: date, year: str) -> None:
    found = body_dates("The Ostby library will reopen early in the new year.", published)
    assert found == {"the new year": year}


@pytest.mark.parametrize(
    "text",
    [
        "The Ostby library opens a new year-round reading room.",
        "Crowds gathered for the Chinese New Year parade.",
        "The council set the new year's budget.",
        "Ms Arnsby was named in the New Year Honours list.",
    ],
)
def test_a_new_year_of_another_calendar_or_a_longer_word_is_no_date(text: str) -> None:
    # The near-misses of the test before: no "the" right before, or a longer word or a possessive after.
    assert body_dates(text, date(2021, 12, 8)) == {}


@pytest.mark.parametrize("published", [date(2021, 5, 14), date(2021, 9, 8)])
def test_the_new_year_in_the_middle_of_a_year_is_no_sure_year(published: date) -> None:
    # In May "the new year" looks ahead as often as back; in September it may be Rosh Hashanah.
    assert body_dates("The Ostby library will reopen early in the new year.", published) == {}
