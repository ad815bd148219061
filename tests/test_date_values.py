"""Date expressions resolved against a reference, read straight from the rules and the resolver."""

from dataclasses import replace
from datetime import date

import pytest

from app.extract.date_forms import (
    Ahead,
    Anaphor,
    DayOfMonth,
    Named,
    Quarter,
    Restated,
    Shift,
    YearsBefore,
    YearToDate,
)
from app.extract.date_values import Context, Period, Resolved
from tests.date_rules import published, read, value
from tests.timeline_dates import body_dates

SUNDAY = date(2021, 3, 14)  # the last day of ISO week 10
SATURDAY = date(2021, 3, 13)
AUTUMN = date(2021, 10, 20)


def test_last_week_on_a_sunday_is_the_week_that_ends_that_day() -> None:
    assert value(read("relative_week", "last week"), published(SUNDAY)) == "2021-W10"


def test_last_week_on_a_saturday_is_the_week_before() -> None:
    assert value(read("relative_week", "last week"), published(SATURDAY)) == "2021-W09"


@pytest.mark.parametrize(
    ("rule", "text", "week"),
    [("weekend", "last weekend", "2021-W09-WE"), ("relative_week", "this week", "2021-W10")],
)
def test_on_a_sunday_other_weeks_keep_the_iso_count(rule: str, text: str, week: str) -> None:
    assert value(read(rule, text), published(SUNDAY)) == week


def test_the_weekend_told_in_the_past_on_a_sunday_is_the_one_ending_that_day() -> None:
    the_weekend = Shift("week", -1, "weekend", tensed=True)
    assert value(the_weekend, replace(published(SUNDAY), tense="past")) == "2021-W10-WE"


def test_the_weekend_told_in_the_past_on_a_saturday_is_the_one_gone_by() -> None:
    # The control of the test before.
    the_weekend = Shift("week", -1, "weekend", tensed=True)
    assert value(the_weekend, replace(published(SATURDAY), tense="past")) == "2021-W09-WE"


def test_the_weekend_told_in_the_future_on_a_sunday_is_the_next_one() -> None:
    # A Sunday paper's "will meet at the weekend": the weekend of its own week ends that day.
    the_weekend = Shift("week", -1, "weekend", tensed=True)
    assert value(the_weekend, replace(published(SUNDAY), tense="future")) == "2021-W11-WE"


def test_the_weekend_told_in_the_future_on_a_saturday_is_that_one() -> None:
    # The control of the test before: on a Saturday the weekend of its week is still under way.
    the_weekend = Shift("week", -1, "weekend", tensed=True)
    assert value(the_weekend, replace(published(SATURDAY), tense="future")) == "2021-W10-WE"


def test_a_weekend_is_the_saturday_and_sunday_of_its_iso_week() -> None:
    assert Period.of(date(2021, 3, 8), "weekend") == Period(date(2021, 3, 13), "weekend")
    assert Period.of(SUNDAY, "weekend").iso() == "2021-W10-WE"


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("the first nine months", 9),
        ("the nine months", 9),
        ("the latest six months", 6),
        ("the first three months", 3),
        ("the first 10 months", 10),
        ("the eleven months", 11),
    ],
)
def test_months_of_the_year_so_far_are_read_with_their_count(text: str, months: int) -> None:
    assert read("year_to_date", text) == YearToDate(months)


@pytest.mark.parametrize(("day", "year"), [(date(2021, 10, 20), "2021"), (date(2021, 6, 15), "2020")])
def test_nine_months_so_far_are_of_the_last_year_whose_september_has_ended(day: date, year: str) -> None:
    assert value(YearToDate(9), published(day)) == year


def test_a_year_earlier_goes_back_from_the_period_reported_on() -> None:
    reported = Resolved(Period(date(2021, 1, 1), "year"), "published")
    context = Context(published(date(2021, 10, 20)).reference, reported=reported)
    assert value(YearsBefore(1), context) == "2020"


def test_a_year_earlier_goes_back_from_the_sentences_own_period_first() -> None:
    quarter = Resolved(Period(date(2021, 7, 1), "quarter"), "published")
    reported = Resolved(Period(date(2021, 1, 1), "year"), "published")
    context = Context(published(date(2021, 10, 20)).reference, in_sentence=quarter, reported=reported)
    assert value(YearsBefore(1), context) == "2020-Q3"


def test_a_step_in_apposition_to_a_date_restates_that_date() -> None:
    tuesday = Resolved(Period(date(2021, 3, 9), "day"), "published")
    context = Context(published(SUNDAY).reference, earlier=[tuesday], apposed=tuesday)
    assert value(Anaphor("day", -1), context) == "2021-03-09"


def test_a_step_not_in_apposition_counts_from_the_date_before() -> None:
    tuesday = Resolved(Period(date(2021, 3, 9), "day"), "published")
    context = Context(published(SUNDAY).reference, earlier=[tuesday])
    assert value(Anaphor("day", -1), context) == "2021-03-08"


@pytest.mark.parametrize(
    ("rule", "text", "year"),
    [
        ("relative_year", "last fiscal year", "2020"),
        ("relative_year", "next fiscal year", "2022"),
        ("relative_year", "the current fiscal year", "2021"),
        ("latest_fiscal_year", "the latest fiscal year", "2020"),
        ("latest_fiscal_year", "the most recent fiscal year", "2020"),
        ("latest_fiscal_year", "the last fiscal year", "2020"),
        ("year_with_modifier", "fiscal 2019", "2019"),
        ("year_with_modifier", "fiscal year 2019", "2019"),
        ("year_with_modifier", "calendar year 2019", "2019"),
        ("year_with_modifier", "financial year 2019", "2019"),
        ("relative_year", "the current financial year", "2021"),
        ("latest_fiscal_year", "the last financial year", "2020"),
    ],
)
def test_a_fiscal_year_counts_as_a_year_and_the_latest_is_the_one_over(rule: str, text: str, year: str) -> None:
    assert value(read(rule, text), published(AUTUMN)) == year


@pytest.mark.parametrize(
    "text",
    [
        "the corresponding period last year",
        "the same period a year earlier",
        "the comparable quarter of the previous year",
        "the same months last year",
        "last year's corresponding period",
    ],
)
def test_the_same_period_last_year_compares_as_a_year_earlier(text: str) -> None:
    expression = read("compared_period", text)
    assert isinstance(expression, YearsBefore) and expression.amount == 1


def test_the_same_period_last_year_goes_back_from_the_quarter_reported_on() -> None:
    quarter = Resolved(Period(date(2021, 7, 1), "quarter"), "published")
    context = Context(published(AUTUMN).reference, reported=quarter)
    assert value(read("compared_period", "the corresponding period last year"), context) == "2020-Q3"


def test_financial_alone_before_a_year_marks_no_fiscal_year() -> None:
    # The control of the financial years above: "financial 2008" is a crisis's or a market's, not a fiscal year.
    assert read("year_with_modifier", "financial 2008") is None


def test_the_same_month_last_year_names_the_month_it_compares_with() -> None:
    assert read("compared_period", "the same month last year") == YearsBefore(1, "month")


def test_the_same_month_last_year_goes_back_from_the_last_month_told_not_from_a_later_day() -> None:
    # "Prices rose in June, the office said on Thursday. They rose 2% in the same month last year."
    june = Resolved(Period(date(2021, 6, 1), "month"), "published")
    thursday = Resolved(Period(date(2021, 7, 29), "day"), "published")
    context = Context(published(AUTUMN).reference, earlier=[june, thursday], in_sentence=thursday)
    assert value(read("compared_period", "the same month last year"), context) == "2020-06"


def test_the_same_month_last_year_goes_back_from_the_last_month_figures_are_of_not_one_compared_with() -> None:
    # "Sales rose in September from August and from the same month last year."
    september = Resolved(Period(date(2021, 9, 1), "month"), "published")
    august = Resolved(Period(date(2021, 8, 1), "month"), "published")
    context = Context(
        published(AUTUMN).reference, earlier=[september, august], in_sentence=august, subjects=[september]
    )
    assert value(read("compared_period", "the same month last year"), context) == "2020-09"


def test_the_same_month_last_year_with_no_month_compared_with_goes_back_from_the_last_month_told() -> None:
    # The control of the test before: "Sales rose in September and in August, up from the same month last year."
    september = Resolved(Period(date(2021, 9, 1), "month"), "published")
    august = Resolved(Period(date(2021, 8, 1), "month"), "published")
    context = Context(published(AUTUMN).reference, earlier=[september, august])
    assert value(read("compared_period", "the same month last year"), context) == "2020-08"


def test_the_timeline_counts_the_same_month_last_year_back_from_the_month_its_sentence_compares() -> None:
    text = "Orders at Tarrow mills rose in September from August and from the same month last year."
    assert body_dates(text, AUTUMN)["the same month last year"] == "2020-09"


def test_the_timeline_counts_the_same_month_last_year_back_from_the_last_month_not_compared_with() -> None:
    # The control of the test before: a month told before the one the figures are of is not theirs.
    text = "In October, the Tarrow mills said orders rose in September from the same month last year."
    assert body_dates(text, AUTUMN)["the same month last year"] == "2020-09"


def test_the_same_quarter_last_year_goes_back_from_the_last_quarter_told_not_from_a_later_day() -> None:
    # "Sales in the third quarter, reported on Thursday, rose from the same quarter last year."
    third = Resolved(Period(date(2021, 7, 1), "quarter"), "published")
    thursday = Resolved(Period(date(2021, 10, 14), "day"), "published")
    context = Context(published(AUTUMN).reference, earlier=[third, thursday], in_sentence=thursday)
    assert value(read("compared_period", "the same quarter last year"), context) == "2020-Q3"


def test_the_same_period_last_year_names_no_period_and_goes_back_from_its_sentences() -> None:
    # The control of the test before: a period unnamed is the one the sentence spoke of.
    june = Resolved(Period(date(2021, 6, 1), "month"), "published")
    thursday = Resolved(Period(date(2021, 7, 29), "day"), "published")
    context = Context(published(AUTUMN).reference, earlier=[june, thursday], in_sentence=thursday)
    assert value(read("compared_period", "the same period last year"), context) == "2020-07-29"


def test_the_timeline_dates_the_year_a_last_meeting_is_of() -> None:
    assert body_dates("The Tarrow board held its last meeting of the year.", AUTUMN) == {"the year": "2021"}


def test_the_timeline_dates_the_year_a_record_is_of() -> None:
    assert body_dates("Tarrow shares had their biggest fall of the year.", AUTUMN) == {"the year": "2021"}


@pytest.mark.parametrize(
    "text",
    [
        "The Tarrow mayor was named person of the year.",
        "The Tarrow plant stays shut for the rest of the year.",
        "The Tarrow meeting of the year drew crowds.",
        "Tarrow mills ran short in the final six weeks of the year.",
    ],
)
def test_the_year_no_record_or_last_is_of_is_no_date(text: str) -> None:
    # The controls of the two tests before.
    assert body_dates(text, AUTUMN) == {}


def test_the_year_ago_period_is_one_expression() -> None:
    assert read("year_ago", "the year-ago period") == YearsBefore(1)


def test_the_year_earlier_month_compares_with_the_last_month_told() -> None:
    june = Resolved(Period(date(2021, 6, 1), "month"), "published")
    thursday = Resolved(Period(date(2021, 7, 29), "day"), "published")
    context = Context(published(AUTUMN).reference, earlier=[june, thursday], in_sentence=thursday)
    assert value(read("year_ago", "the year-earlier month"), context) == "2020-06"


def test_the_year_ago_before_another_noun_is_the_word_alone() -> None:
    # The control of the test before: "year-ago levels" are no period.
    assert read("year_ago", "the year-ago levels") is None


@pytest.mark.parametrize("text", ["the previous fiscal year", "the previous financial year"])
def test_the_previous_fiscal_year_counts_from_the_year_spoken_of_not_from_the_reference(text: str) -> None:
    assert read("latest_fiscal_year", text) is None
    fiscal_2017 = Resolved(Period(date(2017, 1, 1), "year"), "text")
    assert value(read("same_period", text), Context(None, earlier=[fiscal_2017])) == "2016"
    # The control: the latest fiscal year counts from the reference.
    assert value(read("latest_fiscal_year", "the latest fiscal year"), published(AUTUMN)) == "2020"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("in five years", Ahead(Shift("year", 5, "year"))),
        ("in six months", Ahead(Shift("month", 6, "month"))),
        ("in two weeks", Ahead(Shift("day", 14, "day"))),
        ("in three days", Ahead(Shift("day", 3, "day"))),
    ],
)
def test_a_count_ahead_is_read_to_the_precision_of_its_unit(text: str, expression: Ahead) -> None:
    assert read("hence", text) == expression


def test_a_count_ahead_in_a_sentence_about_the_past_is_a_stretch_of_time() -> None:
    past = Context(published(AUTUMN).reference, tense="past")
    assert value(read("hence", "in five years"), past) is None
    # The control: the same words about the future are a date.
    assert value(read("hence", "in five years"), replace(past, tense="future")) == "2026"


def test_a_count_ahead_counts_from_the_date_its_sentence_gave_before() -> None:
    in_2015 = Resolved(Period(date(2015, 1, 1), "year"), "text")
    future = Context(published(AUTUMN).reference, tense="future", in_sentence=in_2015)
    assert value(Ahead(Shift("year", 5, "year")), future) == "2020"


def test_a_count_ahead_in_a_sentence_set_in_time_otherwise_is_no_date() -> None:
    future = Context(published(AUTUMN).reference, tense="future")
    assert value(Ahead(Shift("year", 5, "year"), anchored=True), future) is None
    # The control: in a sentence that sets no time of its own, it counts from the reference.
    assert value(Ahead(Shift("year", 5, "year")), future) == "2026"


@pytest.mark.parametrize(
    "text", ["the eighth day", "the 30th day", "the twenty-first day", "the fifth straight day", "the first day"]
)
def test_a_count_of_days_is_read_as_a_restated_day(text: str) -> None:
    assert read("day_count", text) == Restated()


@pytest.mark.parametrize("word", ["birth", "youth", "north"])
def test_a_word_ending_in_th_is_no_ordinal_of_a_count_of_days(word: str) -> None:
    assert read("day_count", f"the {word} day") is None
    # The control: an ordinal is.
    assert read("day_count", "the tenth day") == Restated()


def test_a_count_of_days_equated_with_no_day_is_no_date() -> None:
    friday = Resolved(Period(date(2021, 10, 15), "day"), "published")
    assert value(Restated(), Context(published(AUTUMN).reference, earlier=[friday])) is None
    # The control: equated with the day, that day.
    assert value(Restated(), Context(published(AUTUMN).reference, earlier=[friday], apposed=friday)) == "2021-10-15"


def test_a_count_of_days_equated_with_a_month_is_no_date() -> None:
    october = Resolved(Period(date(2021, 10, 1), "month"), "published")
    assert value(Restated(), Context(published(AUTUMN).reference, earlier=[october], apposed=october)) is None
    # The control: equated with a day, that day.
    friday = Resolved(Period(date(2021, 10, 15), "day"), "published")
    assert value(Restated(), Context(published(AUTUMN).reference, earlier=[friday], apposed=friday)) == "2021-10-15"


@pytest.mark.parametrize(
    ("text", "quarter"),
    [("the fourth quarter of last year", "2020-Q4"), ("the first quarter of next year", "2022-Q1")],
)
def test_a_quarter_of_a_year_named_after_it_is_of_that_year(text: str, quarter: str) -> None:
    assert value(read("quarter", text), published(AUTUMN)) == quarter


@pytest.mark.parametrize(
    ("rule", "text", "period"),
    [("quarter", "fiscal 2019's first quarter", "2019-Q1"), ("half", "2019’s second half", "2019-H2")],
)
def test_a_quarter_or_half_of_a_years_own_is_of_that_year(rule: str, text: str, period: str) -> None:
    assert value(read(rule, text), published(AUTUMN)) == period


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        ("the final quarter of last year", "2020-Q4"),
        ("the last quarter of 2019", "2019-Q4"),
        ("the final quarter of next year", "2022-Q4"),
    ],
)
def test_the_final_or_last_quarter_of_a_year_is_its_fourth(text: str, quarter: str) -> None:
    assert value(read("closing_quarter", text), published(AUTUMN)) == quarter


@pytest.mark.parametrize("text", ["the last quarter", "the final quarter of the game"])
def test_the_last_quarter_without_a_year_after_it_is_no_years_closing_quarter(text: str) -> None:
    # The control of the test before: "the last quarter" alone is the one before the quarter spoken of.
    assert read("closing_quarter", text) is None


def test_the_final_quarter_of_last_year_is_found_whole() -> None:
    # Not "last year" alone, nor "the last quarter" and a year after it.
    found = body_dates("Sales at Tessaly Looms fell in the final quarter of last year.", published=AUTUMN)
    assert found == {"the final quarter of last year": "2020-Q4"}


def test_a_quarter_of_a_year_named_after_it_without_of_is_of_that_year() -> None:
    # The control: with "of" (the test before).
    assert value(read("quarter", "the fourth quarter last year"), published(AUTUMN)) == "2020-Q4"


@pytest.mark.parametrize(
    ("rule", "text", "period"),
    [("quarter", "first-quarter 2019", "2019-Q1"), ("half", "the second half 2019", "2019-H2")],
)
def test_a_quarter_or_half_run_together_with_its_year_is_of_that_year(rule: str, text: str, period: str) -> None:
    assert value(read(rule, text), published(AUTUMN)) == period


@pytest.mark.parametrize(
    ("text", "quarter"),
    [("the June quarter", "2021-Q2"), ("the Dec. quarter", "2021-Q4"), ("the Sept. 30 quarter", "2021-Q3")],
)
def test_a_quarter_named_by_the_month_that_ends_it_is_that_calendar_quarter(text: str, quarter: str) -> None:
    assert value(read("month_quarter", text), published(AUTUMN)) == quarter


def test_a_quarter_named_by_a_month_inside_a_calendar_quarter_is_none() -> None:
    # The control: a month that ends one (the test before).
    assert read("month_quarter", "the May quarter") is None


@pytest.mark.parametrize(
    "text", ["the April-June quarter", "the April-to-June period", "the April through June quarter"]
)
def test_a_quarter_named_by_its_first_and_last_months_is_that_calendar_quarter(text: str) -> None:
    assert value(read("months_quarter", text), published(AUTUMN)) == "2021-Q2"


def test_months_that_span_no_calendar_quarter_are_none() -> None:
    # The control: months that span one (the test before).
    assert read("months_quarter", "the April-September period") is None


@pytest.mark.parametrize(
    ("rule", "text", "day"),
    [
        ("month_day", "April twentieth", "2021-04-20"),
        ("month_day", "March twenty first", "2021-03-21"),
        ("day_month", "the thirty-first of May", "2021-05-31"),
        ("full_date", "January first, nineteen ninety-nine", "1999-01-01"),
    ],
)
def test_a_day_and_year_spelled_out_are_read(rule: str, text: str, day: str) -> None:
    assert value(read(rule, text), published(AUTUMN)) == day


@pytest.mark.parametrize("text", ["the first May", "fourth March"])
def test_a_spelled_ordinal_before_a_month_without_of_is_no_day(text: str) -> None:
    # The control: "the thirty-first of May" (the test before); "the first May Day", "a fourth March in a row".
    assert read("day_month", text) is None


def test_the_preceding_quarter_is_the_one_before_the_quarter_spoken_of() -> None:
    spoken = replace(published(AUTUMN), quarter=Resolved(Period(date(2021, 7, 1), "quarter"), "published"))
    assert value(read("the_quarter", "the preceding quarter"), spoken) == "2021-Q2"


def test_years_end_is_the_end_of_the_reference_year() -> None:
    assert value(read("relative_year", "year's end"), published(AUTUMN)) == "2021"


@pytest.mark.parametrize(
    ("text", "decade"), [("this decade", "202"), ("the end of the decade", "202"), ("next decade", "203")]
)
def test_this_and_next_decade_count_from_the_reference(text: str, decade: str) -> None:
    assert value(read("relative_decade", text), published(AUTUMN)) == decade


def test_last_decade_is_no_date() -> None:
    # The control: this and next decade (the test before).
    assert read("relative_decade", "last decade") is None


def test_the_year_two_thousand_is_a_year() -> None:
    assert value(read("spelled_year", "the year two thousand"), published(AUTUMN)) == "2000"


def test_two_thousand_alone_is_no_year() -> None:
    # The control: after "the year" (the test before).
    assert read("spelled_year", "two thousand") is None


def test_a_quarter_a_schedule_names_just_ahead_late_in_the_year_stays_in_the_reference_year() -> None:
    # The control: a day as near ahead is the next year's.
    december = replace(published(date(2021, 12, 1)), tense="present")
    assert value(Named(month=1, day=5), december) == "2022-01-05"
    assert value(Quarter(1), december) == "2021-Q1"


def test_a_day_a_verb_without_a_tense_governs_named_just_ahead_late_in_the_year_is_the_next_years() -> None:
    assert value(Named(month=1, day=9), replace(published(date(2021, 12, 18)), of_a_verb=True)) == "2022-01-09"


def test_a_day_no_verb_governs_named_just_ahead_late_in_the_year_stays_in_the_reference_year() -> None:
    # The control of the test before: "the blaze of Jan. 9" names an event as a fact.
    assert value(Named(month=1, day=9), published(date(2021, 12, 18))) == "2021-01-09"


def test_a_month_without_a_tense_named_late_in_the_year_stays_in_the_reference_year() -> None:
    # The control of the test before: the month of that day is this year's.
    assert value(Named(month=1), published(date(2021, 12, 18))) == "2021-01"


def test_a_day_by_its_ordinal_alone_looking_ahead_is_of_the_next_month_once_gone_by() -> None:
    assert value(DayOfMonth(14), replace(published(AUTUMN), tense="future")) == "2021-11-14"


def test_a_day_by_its_ordinal_alone_told_in_the_past_is_of_the_reference_month() -> None:
    # The control of the test before.
    assert value(DayOfMonth(14), replace(published(AUTUMN), tense="past")) == "2021-10-14"


@pytest.mark.parametrize(
    ("rule", "text", "week"),
    [
        ("week_of", "the week of March 9", "2021-W10"),
        ("week_of", "the week beginning March 15", "2021-W11"),
        ("week_of_day_month", "the week of 9 March", "2021-W10"),
        ("week_of", "the week of March 9, 2020", "2020-W11"),
        ("week_of", "the week of Monday, March 15", "2021-W11"),
        ("week_of_day_month", "the week of 14 March", "2021-W10"),
    ],
)
def test_the_week_of_a_day_is_the_iso_week_that_holds_it(rule: str, text: str, week: str) -> None:
    assert value(read(rule, text), published(SUNDAY)) == week


@pytest.mark.parametrize(
    ("rule", "text"),
    [("week_of_day_month", "the week beginning Sunday 14 March"), ("week_of", "the week starting March 14")],
)
def test_a_week_said_to_begin_on_a_sunday_is_the_iso_week_of_its_six_days_after(rule: str, text: str) -> None:
    # The control: the week "of" Sunday 14 March is the ISO week that ends with it (the test before).
    assert value(read(rule, text), published(SUNDAY)) == "2021-W11"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Q3 2019", "2019-Q3"),
        ("3Q 2019", "2019-Q3"),
        ("Q4 of fiscal 2019", "2019-Q4"),
        ("2019 Q1", "2019-Q1"),
        ("H2 2019", "2019-H2"),
        ("1H 2019", "2019-H1"),
    ],
)
def test_a_quarter_or_half_abbreviated_with_its_year_is_of_that_year(text: str, period: str) -> None:
    assert value(read("period_code_year", text), published(AUTUMN)) == period


def test_a_quarter_abbreviated_alone_is_of_the_references_year() -> None:
    assert value(read("quarter_code", "Q3"), published(AUTUMN)) == "2021-Q3"


@pytest.mark.parametrize("text", ["H1", "Q5 2019", "H3 2019"])
def test_a_half_abbreviated_alone_or_a_number_past_the_parts_of_a_year_is_none(text: str) -> None:
    # The controls are the two tests before.
    assert read("quarter_code", text) is None and read("period_code_year", text) is None


@pytest.mark.parametrize(("month", "expected"), [(8, "2022-08"), (10, "2022-10"), (11, "2021-11"), (12, "2021-12")])
def test_a_month_a_schedule_names_later_in_the_year_is_the_reference_years_only_within_nine_months(
    month: int, expected: str
) -> None:
    # "the festival opens in August", written in January; but "the survey covers December", written in January,
    # names the December just gone by, nearer than the one eleven months ahead.
    assert value(Named(month=month), replace(published(date(2022, 1, 12)), tense="present")) == expected


@pytest.mark.parametrize(("month", "expected"), [(4, "2022-04"), (7, "2022-07"), (9, "2021-09"), (10, "2021-10")])
def test_a_month_a_schedule_names_earlier_in_the_year_is_next_years_only_when_near(month: int, expected: str) -> None:
    # The control of the test before: written in November, April and July are next year's, within nine months, but
    # September and October lie behind; a month told in the past ("sales fell in November", written in January) is
    # behind however near.
    assert value(Named(month=month), replace(published(date(2021, 11, 17)), tense="present")) == expected
    assert value(Named(month=11), replace(published(date(2022, 1, 12)), tense="past")) == "2021-11"
