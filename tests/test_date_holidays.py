"""Holidays on a fixed day of the year, read as that day: "on Christmas Eve", "by Christmas"."""

from datetime import date
from functools import partial

import pytest

from app.vocabulary.calendar import easter_sunday
from tests.timeline_dates import body_dates

# A Saturday in December, before Christmas.
PUBLISHED = date(2021, 12, 18)


dates = partial(body_dates, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "holiday", "day"),
    [
        ("The ferry will not sail on Christmas Eve.", "Christmas Eve", "2021-12-24"),
        ("The strike began on New Year's Day.", "New Year's Day", "2021-01-01"),
        ("Shops will stay open until Boxing Day.", "Boxing Day", "2021-12-26"),
        ("The fares rise on New Year’s Eve.", "New Year’s Eve", "2021-12-31"),
        ("The bridge should reopen by Christmas.", "Christmas", "2021-12-25"),
    ],
)
def test_a_fixed_holiday_is_its_day(text: str, holiday: str, day: str) -> None:
    assert dates(text) == {holiday: day}


def test_a_holiday_of_one_word_without_a_preposition_of_time_is_no_date() -> None:
    found = dates("Retailers expect strong Christmas sales, and trees went on sale in November.")
    assert found == {"November": "2021-11"}  # the control: the month is found


def test_a_day_of_the_month_after_the_reference_told_in_the_past_is_a_schedule_of_this_year() -> None:
    found = dates("The vote was called for Dec. 22, and the council met in November.")
    assert found == {"Dec. 22": "2021-12-22", "November": "2021-11"}  # the control: an earlier month of the year


def test_a_holiday_with_its_year_is_that_year_s_day() -> None:
    found = dates("The mill burned down on Christmas Eve 1950. It will reopen on Christmas Eve.")
    assert found == {"Christmas Eve 1950": "1950-12-24", "Christmas Eve": "2021-12-24"}  # the control: no year


def test_a_preposition_of_time_opening_the_sentence_makes_a_holiday_of_one_word_its_day() -> None:
    found = dates("By Christmas, the ferry will sail again.")
    assert found == {"Christmas": "2021-12-25"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The ferry will not sail after New Year.", {"New Year": "2022-01-01"}),
        (
            "The ferry will not sail between Christmas and New Year.",
            {"Christmas": "2021-12-25", "New Year": "2022-01-01"},
        ),
        ("The shop will stay shut over Christmas and New Year.", {"Christmas": "2021-12-25", "New Year": "2022-01-01"}),
    ],
)
def test_new_year_after_a_preposition_of_time_or_in_a_pair_of_holidays_is_new_years_day(
    text: str, found: dict[str, str]
) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "The council held its New Year reception.",
        "Retailers expect strong Christmas and New Year sales.",
        "Talks between Halloween organisers and police went well.",
        "Crowds gathered during Chinese New Year.",
    ],
)
def test_new_year_before_a_noun_or_of_another_calendar_and_a_holiday_naming_a_noun_are_no_date(text: str) -> None:
    # The near-misses of the test before.
    assert dates(text) == {}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Christmas 2021 is a Saturday: most of the seven days before it are the Monday to Friday of its own ISO week
        # (its middle one, 21 December), most of the seven after it are in the week of 1 January.
        ("The depot will close in the week before Christmas.", {"the week before Christmas": "2021-W51"}),
        ("Buses will run fewer services in the week after Christmas.", {"the week after Christmas": "2021-W52"}),
        ("The fair opens on the day after Christmas Eve.", {"the day after Christmas Eve": "2021-12-25"}),
        # The weekend before it is the last one over before its day; the one after, the first to begin after it.
        ("Queues are expected on the weekend before Christmas.", {"the weekend before Christmas": "2021-W50-WE"}),
        ("The pool reopens on the weekend after Christmas.", {"the weekend after Christmas": "2021-W52-WE"}),
    ],
)
def test_a_day_week_or_weekend_before_or_after_a_fixed_holiday_is_that_period(text: str, found: dict[str, str]) -> None:
    assert dates(text) == found


def test_a_weekend_before_a_holiday_on_a_sunday_ends_before_the_weekend_the_holiday_ends() -> None:
    # Christmas 2022 is a Sunday, the last day of the weekend of 24 December: the weekend before it is 17-18 December.
    assert dates("The ferry ran twice on the weekend before Christmas 2022.") == {
        "the weekend before Christmas 2022": "2022-W50-WE"
    }


def test_the_week_before_a_holiday_early_in_the_week_is_the_week_before_its_own() -> None:
    # The control of the week before a Saturday's Christmas above: Christmas 2023 is a Monday.
    assert dates("The depot closed in the week before Christmas 2023.") == {
        "the week before Christmas 2023": "2023-W51"
    }


def test_a_holiday_followed_by_a_year_counted_from_the_reference_is_that_years() -> None:
    assert dates("The pier was closed at Christmas last year.") == {"Christmas last year": "2020-12-25"}


def test_a_holiday_before_last_years_noun_keeps_its_own_year() -> None:
    # The near-miss of the test before: "last year's" owns the noun after it, and is a year of its own.
    assert dates("On Christmas Day last year's winner will defend the title.") == {
        "Christmas Day": "2021-12-25",
        "last year": "2020",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Both parties will hold rallies on the weekend before the election.",
        "The choir sings at the abbey on the weekend after Easter.",
        "Depots were checked in the week before the vote.",
        "The shop closed over the weekend before last.",
    ],
)
def test_a_period_next_to_an_event_or_a_movable_feast_is_no_date(text: str) -> None:
    # The near-misses of the tests before: the text gives no day to count from, so no date rather than a wrong one.
    assert dates(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The market was busy over the weekend after Good Friday.",
        "Florists were busy on the weekend before Mother's Day.",
        "The beaches emptied over the weekend after Labor Day.",
        "The hall was booked for the weekend after Jo Tamsley's wedding.",
    ],
)
def test_the_weekend_counted_from_a_feast_or_a_name_with_a_capital_is_no_date(text: str) -> None:
    # A feast of more than one word, or someone's event, named with a capital: still no day to count from.
    assert not any(found.endswith("weekend") for found in dates(text))


@pytest.mark.parametrize(
    "text",
    [
        "The shop closed over the weekend.",
        "Two men were arrested at the weekend after a stabbing.",
        "Police were called at the weekend after reports of a fight.",
        "The shop was looted over the weekend before police arrived.",
    ],
)
def test_the_weekend_with_no_event_after_it_is_still_a_date(text: str) -> None:
    # The controls of the test before: no period after "before" or "after", nor an event named as known, but a reason
    # or the next event of the clause.
    assert dates(text) == {"the weekend": "2021-W49-WE"}


@pytest.mark.parametrize(
    ("year", "easter"),
    [(1961, "1961-04-02"), (2019, "2019-04-21"), (2027, "2027-03-28"), (2038, "2038-04-25"), (2285, "2285-03-22")],
)
def test_easter_sunday_is_the_gregorian_computus(year: int, easter: str) -> None:
    # The earliest (March 22) and latest (April 25) Easters among them.
    assert easter_sunday(year).isoformat() == easter


def test_a_movable_feast_is_its_day_counted_from_easter() -> None:
    # Easter 2022 is April 17; the control, a weekday named alone, is the next of its name.
    found = dates("Shops will close on Good Friday and reopen on Easter Monday, and the fair opens on Friday.")
    assert found == {"Good Friday": "2022-04-15", "Easter Monday": "2022-04-18", "Friday": "2021-12-24"}


def test_easter_alone_names_no_day() -> None:
    # The control of the test before: "Easter" alone is as often the season as the day.
    assert dates("Shops will close at Easter and reopen on Easter Monday.") == {"Easter Monday": "2022-04-18"}


@pytest.mark.parametrize(
    "text", ["The Good Friday Agreement was signed long ago.", "Ministers praised the Good Friday accord."]
)
def test_a_movable_feast_qualifying_a_noun_names_no_day(text: str) -> None:
    # Part of another name; the controls are the tests beside it, the feast after "on" and before its year.
    assert dates(text) == {}


def test_a_movable_feast_with_its_year_is_that_years_day() -> None:
    found = dates("The mill burned down on Ascension Day 1950. It will reopen on Ascension Day.")
    assert found == {"Ascension Day 1950": "1950-05-18", "Ascension Day": "2022-05-26"}


def test_a_holiday_of_one_word_kept_as_a_verbs_object_is_its_day() -> None:
    # The control: a holiday before a noun, with no verb before it, names the season's trade.
    found = dates("The ferry crew will celebrate Christmas at sea, and Christmas sales were weak.")
    assert found == {"Christmas": "2021-12-25"}


@pytest.mark.parametrize(
    "text", ["The firm will spend Christmas bonuses on new tools.", "Shops spent Halloween budgets early."]
)
def test_a_holiday_after_a_verb_of_keeping_that_qualifies_a_noun_names_no_day(text: str) -> None:
    # The holiday qualifies the noun after it, the season's trade: what was spent is the bonuses, not the day.
    assert dates(text) == {}


def test_a_holiday_kept_as_a_verbs_object_before_a_preposition_is_its_day() -> None:
    # The control of the test before.
    assert dates("The firm will spend Christmas with its new staff.") == {"Christmas": "2021-12-25"}


@pytest.mark.parametrize(
    "text",
    [
        "The quartet's new album, Palm Sunday, came out in November.",
        "Their latest film, Good Friday, opened in November.",
        # Parsed as the subject or as a time, not as an apposition: the commas after the work's noun still tell.
        "The ferry, Good Friday, sank in November.",
        "The choir's hymn, Good Friday, was first sung in November.",
    ],
)
def test_a_holiday_set_off_after_the_noun_of_a_work_is_its_title(text: str) -> None:
    assert dates(text) == {"November": "2021-11"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The busiest day, Christmas Eve, was quiet.", {"Christmas Eve": "2021-12-24"}),
        ("The longest night, New Year's Eve, will be cold.", {"New Year's Eve": "2021-12-31"}),
        ("The deadline, Christmas Eve, is close.", {"Christmas Eve": "2021-12-24"}),
    ],
)
def test_a_holiday_set_off_after_a_noun_of_no_work_is_its_day(text: str, found: dict[str, str]) -> None:
    # The near-misses of the test before: the holiday restates a day, or the day a thing falls on.
    assert dates(text) == found
