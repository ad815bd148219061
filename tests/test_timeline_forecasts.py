"""Periods and days a text tells of ahead, found in short invented articles."""

from datetime import date

from app.extract.date_forms import Half, Quarter
from app.extract.date_values import Context, Period, Resolved, resolve
from tests.timeline_dates import body_dates

DECEMBER = date(2031, 12, 22)
JANUARY = date(2032, 1, 14)
SUNDAY = date(2031, 11, 2)


def told_ahead(expression: Quarter | Half, day: date) -> str | None:
    """The period, as a forecast tells of it."""
    context = Context(Resolved(Period(day, "day"), "published"), tense="future", forecast=True)
    resolved = resolve(expression, context)
    return resolved.period.iso() if resolved else None


def test_a_quarter_warned_of_late_in_the_year_is_the_coming_one() -> None:
    dates = body_dates("Brokers at Fenwold Trust warned of a pullback in the first quarter.", DECEMBER)
    assert dates["the first quarter"] == "2032-Q1"


def test_a_quarter_told_of_in_the_past_late_in_the_year_is_that_years() -> None:
    # The control of the test before: no forecast.
    dates = body_dates("Brokers at Fenwold Trust saw a pullback in the first quarter.", DECEMBER)
    assert dates["the first quarter"] == "2031-Q1"


def test_a_quarter_a_forecast_is_told_in_is_no_forecast_quarter() -> None:
    # The control: "warned of a pullback in the first quarter", above.
    dates = body_dates("Brokers at Fenwold Trust warned in the first quarter that costs would rise.", DECEMBER)
    assert dates["the first quarter"] == "2031-Q1"


def test_a_forecast_quarter_early_in_the_year_may_be_the_one_just_ended() -> None:
    dates = body_dates("Ostrel Corp expects fourth-quarter earnings to rise when it reports.", JANUARY)
    assert dates["fourth-quarter"] == "2031-Q4"


def test_a_quarter_only_told_in_the_future_early_in_the_year_is_the_coming_one() -> None:
    # The control of the test before: no forecast, so not the quarter just ended.
    dates = body_dates("Ostrel Corp will open twelve stores in the fourth quarter.", JANUARY)
    assert dates["the fourth quarter"] == "2032-Q4"


def test_a_forecast_quarter_is_the_coming_one() -> None:
    dates = body_dates("Ostrel Corp expects first-quarter revenue of $40 million.", DECEMBER)
    assert dates["first-quarter"] == "2032-Q1"


def test_a_quarter_told_ahead_early_in_the_year_may_be_the_one_just_ended() -> None:
    assert told_ahead(Quarter(4), JANUARY) == "2031-Q4"


def test_a_quarter_told_ahead_before_the_one_just_ended_is_next_years() -> None:
    assert told_ahead(Quarter(3), JANUARY) == "2032-Q3"


def test_a_half_told_ahead_is_never_the_one_just_ended() -> None:
    # Unlike a quarter's, a half's figures lie far behind once the next half is under way: told ahead, the coming one.
    assert told_ahead(Half(1), date(2032, 8, 3)) == "2033-H1"


def test_a_year_ago_quarter_after_a_forecast_compares_with_the_quarter_reported() -> None:
    body = (
        "Ostrel Corp reported fourth-quarter profit of $9 million. It expects first-quarter revenue of $40 million. "
        "Profit in the year-ago quarter was $7 million."
    )
    assert body_dates(body, DECEMBER)["the year-ago quarter"] == "2030-Q4"


def test_a_year_ago_quarter_after_a_forecast_alone_compares_with_the_forecast_quarter() -> None:
    # The control of the test before: with no quarter reported, the forecast's is the one spoken of.
    body = "Ostrel Corp expects first-quarter revenue of $40 million, against $31 million in the year-ago quarter."
    assert body_dates(body, DECEMBER)["the year-ago quarter"] == "2031-Q1"


def test_figures_of_a_day_a_verb_looks_ahead_to_are_to_come() -> None:
    dates = body_dates("Traders at Pellam will watch Tuesday's factory data.", SUNDAY)
    assert dates["Tuesday"] == "2031-11-04"


def test_figures_of_a_day_told_in_the_past_are_gone_by() -> None:
    # The control of the test before.
    dates = body_dates("Traders at Pellam watched Tuesday's factory data.", SUNDAY)
    assert dates["Tuesday"] == "2031-10-28"


def test_figures_of_an_incident_a_verb_looks_ahead_to_are_of_its_day_gone_by() -> None:
    # The control: "will watch Tuesday's factory data", above.
    dates = body_dates("Investigators at Pellam will study Tuesday's crash data.", SUNDAY)
    assert dates["Tuesday"] == "2031-10-28"


def test_the_first_week_of_an_event_is_no_date() -> None:
    dates = body_dates("Selwyn Marr spent the first week of the strike in Dunmore, and returned in June.", DECEMBER)
    assert "June" in dates
    assert not any("week" in text for text in dates)


def test_a_week_named_by_its_last_day_stays_a_week_after_an_owning_week() -> None:
    dates = body_dates("Next week's report on stocks for the week ending Friday will show a fall.", date(2031, 11, 5))
    assert dates["the week ending Friday"] == "2031-W45"


def test_a_day_after_an_owning_week_is_of_that_week() -> None:
    # The control of the test before.
    dates = body_dates("Next week's report on stocks on Friday will show a fall.", date(2031, 11, 5))
    assert dates["Friday"] == "2031-11-14"
