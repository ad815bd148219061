"""What the timeline resolves a date against, beyond the publication date: the period a report gives figures
for, and a date that an apposition restates. Read straight from the extractor on short invented articles."""

from datetime import date
from functools import partial

import pytest

from app.extract.date_ranges import in_year_of_end
from app.extract.date_values import Period, Resolved
from tests.timeline_dates import body_dates

# A Wednesday in late October, when nine-month figures are out.
PUBLISHED = date(2021, 10, 20)


dates = partial(body_dates, published=PUBLISHED)


# A quarter's report, and a comparison in a later paragraph that no period of its own sentence anchors.
QUARTER = "The toy maker's profit rose 6% in the third quarter."
COMPARISON = "\n\nShipments grew faster than a year earlier, the company said."


def test_a_year_earlier_after_the_months_so_far_is_the_year_before() -> None:
    body = f"{QUARTER} Over the nine months, sales climbed 9%.{COMPARISON}"
    assert dates(body)["a year earlier"] == "2020"


def test_a_year_earlier_after_any_count_of_first_months_is_the_year_before() -> None:
    body = f"{QUARTER} Over the first four months, sales climbed 9%.{COMPARISON}"
    assert dates(body)["a year earlier"] == "2020"


def test_a_year_earlier_after_months_ended_on_a_day_is_the_year_before() -> None:
    body = f"{QUARTER} In the eight months ended Sept. 30, sales climbed 9%.{COMPARISON}"
    assert dates(body)["a year earlier"] == "2020"


def test_months_no_report_gives_are_no_year_so_far() -> None:
    # The controls are the two tests before: a count with "first", or with the day the months end.
    for months in ("the five months he ran the plant", "the three months ended Sept. 30"):
        body = f"{QUARTER} In {months}, sales climbed 9%.{COMPARISON}"
        assert dates(body)["a year earlier"] == "2020-Q3", months


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before() -> None:
    # The control: with no months of the year so far spoken of, the comparison keeps the quarter.
    assert dates(f"{QUARTER}{COMPARISON}")["a year earlier"] == "2020-Q3"


def test_a_year_earlier_after_a_half_is_that_half_a_year_before() -> None:
    body = f"The toy maker's profit rose 6% in the first half.{COMPARISON}"
    assert dates(body)["a year earlier"] == "2020-H1"
    # The control: a half of another year is no period the text reports on.
    assert dates(f"Profit fell in the first half of last year.{COMPARISON}")["a year earlier"] == "2020"


def test_months_counted_from_an_event_are_no_report_of_the_year_so_far() -> None:
    body = f"{QUARTER} Over the nine months since the strike, sales climbed 9%.{COMPARISON}"
    assert dates(body)["a year earlier"] == "2020-Q3"


def test_the_months_so_far_are_no_event_of_the_timeline() -> None:
    assert dates("Through the first nine months, the port handled more cargo than on May 3.") == {"May 3": "2021-05-03"}


def test_a_date_in_apposition_is_the_date_it_restates() -> None:
    found = dates("The ferry sank on Friday, the day before the regatta, near the pier.")
    assert found == {"Friday": "2021-10-15", "the day before": "2021-10-15"}


def test_the_day_after_a_date_of_an_earlier_sentence_counts_from_it() -> None:
    # The control: without a comma setting it off, the step counts from the date before.
    found = dates("The ferry sank on Friday. Divers reached it the day after.")
    assert found == {"Friday": "2021-10-15", "the day after": "2021-10-16"}


def test_last_week_in_a_sunday_paper_is_the_week_just_worked() -> None:
    assert dates("The mayor resigned last week.", published=date(2021, 10, 24)) == {"last week": "2021-W42"}


def test_a_year_earlier_goes_back_from_the_quarter_not_a_decade_between() -> None:
    body = "The toy maker's profit rose 6% in the third quarter, its best since the 1960s, from a year earlier."
    found = dates(body)
    assert found["a year earlier"] == "2020-Q3"
    assert found["the 1960s"] == "196"  # the control: the decade is an event of its own


def test_a_month_after_a_dated_month_of_its_clause_is_of_that_year() -> None:
    found = dates("The ferry was seized in June 2019 and released in August.")
    assert found == {"June 2019": "2019-06", "August": "2019-08"}


def test_a_year_that_opens_a_clause_is_the_year_of_its_months_and_quarters() -> None:
    assert dates("In 2018, the bakery moved in March.")["March"] == "2018-03"
    assert dates("In 2018, the bakery's profit rose in the third quarter.")["the third quarter"] == "2018-Q3"


def test_last_year_opening_a_clause_is_the_year_of_its_months() -> None:
    assert dates("Last year, bread prices fell in March.")["March"] == "2020-03"


def test_a_year_after_its_verb_in_a_joined_clause_sets_no_time_for_the_other() -> None:
    # The control: a year that opens the clause does (the test before).
    assert dates("The bakery was founded in 1998 and cut its prices in March.")["March"] == "2021-03"


def test_a_year_of_a_relative_clause_sets_no_time_for_the_sentence() -> None:
    # The control: a year that opens the clause does.
    assert dates("The baker, who opened the shop in 2005, retired in March.")["March"] == "2021-03"


def test_a_date_that_only_starts_a_stretch_sets_no_time() -> None:
    # The control: a dated month that is the time of its clause does (the first of these tests).
    assert dates("Bread prices have risen since June 2019 and fell in August.")["August"] == "2021-08"


def test_the_end_of_a_range_after_a_dated_start_follows_it() -> None:
    found = dates("Bread prices rose from November 2019 to February.")
    assert found == {"November 2019": "2019-11", "February": "2020-02"}


def test_the_start_of_a_range_whose_end_names_its_year_is_in_that_year() -> None:
    found = dates("The bread fair ran from July 3 to July 6, 2019.")
    assert found == {"July 3": "2019-07-03", "July 6, 2019": "2019-07-06"}


def test_the_start_of_a_range_ending_in_a_month_named_with_its_year_is_in_that_year() -> None:
    # The near-miss of the test before: the end is a month, whose last day, not its first, bounds the start.
    found = dates("The bread fair ran from July 3 to July 2019.")
    assert found == {"July 3": "2019-07-03", "July 2019": "2019-07"}


def test_the_start_of_a_range_takes_its_year_relayed_from_the_end() -> None:
    start = Resolved(Period(date(2021, 7, 3), "day"), "published")
    end = Resolved(Period(date(2019, 7, 6), "day"), "text")
    assert in_year_of_end(start, end) == Resolved(Period(date(2019, 7, 3), "day"), "article_date")


def test_the_start_of_a_range_ending_in_a_named_january_is_the_december_before() -> None:
    found = dates("The bread fair ran from Dec. 28 to Jan. 3, 2019.")
    assert found == {"Dec. 28": "2018-12-28", "Jan. 3, 2019": "2019-01-03"}


def test_a_day_listed_before_a_dated_day_keeps_its_own_year() -> None:
    # The near-miss of the tests before: two days joined by "and" name no range, so one's year is not the other's.
    found = dates("The bakery opened on July 3 and closed on July 6, 2019.")
    assert found == {"July 3": "2021-07-03", "July 6, 2019": "2019-07-06"}


def test_a_past_date_opening_the_sentence_after_one_told_with_its_year_is_of_that_year() -> None:
    found = dates("The baker was fined on May 11, 2019. On May 13 he closed the shop.")
    assert found == {"May 11, 2019": "2019-05-11", "May 13": "2019-05-13"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The baker was fined on May 11, 2019. The shop closed on May 13.", "2021-05-13"),
        ("The baker was fined on May 11, 2019. On May 13 he will close the shop.", "2022-05-13"),
        ("The baker was fined on May 11, 2019, in Tarrow. On May 13 he closed the shop.", "2021-05-13"),
    ],
)
def test_a_date_not_going_straight_on_from_a_dated_sentence_keeps_its_own_year(text: str, day: str) -> None:
    # The near-misses of the test before: a date inside its sentence, one told ahead, or a sentence before that
    # ends with other words may tell of another time, so the year is guessed from the publication date.
    assert dates(text)["May 13"] == day


def test_the_quarter_ended_on_a_day_is_the_quarter_that_day_ends() -> None:
    found = dates("The toy maker's profit rose 6% in the quarter ended June 30.")
    assert found == {"the quarter": "2021-Q2", "June 30": "2021-06-30"}


def test_a_year_earlier_after_the_quarter_ended_on_a_day_is_that_quarter_a_year_before() -> None:
    body = "The toy maker's profit rose 6% in the quarter ended June 30 from a year earlier."
    assert dates(body)["a year earlier"] == "2020-Q2"


def test_a_clause_tells_its_dates_in_order() -> None:
    found = dates("The bakery closed in December 2019 and reopened in May.")
    assert found == {"December 2019": "2019-12", "May": "2020-05"}


def test_a_dated_month_sets_no_time_for_a_date_told_in_the_present_of_schedules() -> None:
    # The control: a dated month sets the time of a month told in the past (the test before).
    found = dates("The bakery opened in December 2019 and closes in March.")
    assert found == {"December 2019": "2019-12", "March": "2022-03"}


def test_a_dated_month_sets_no_time_for_a_date_a_stretch_runs_from_up_to_now() -> None:
    # The control: a dated month sets the time of a month told in the past (the test before last).
    found = dates("Bread prices peaked in June 2019 and have fallen since January.")
    assert found == {"June 2019": "2019-06", "January": "2021-01"}


def test_the_current_quarter_is_the_one_under_way_whatever_was_spoken_of() -> None:
    found = dates(f"{QUARTER} The company expects the current quarter to be weaker than the quarter before.")
    assert found["the third quarter"] == "2021-Q3"  # the control: the quarter spoken of
    assert found["the current quarter"] == "2021-Q4"


def test_a_day_counted_from_an_event_named_after_it_is_no_date() -> None:
    found = dates("The ferry sank on Friday. The day after the regatta, divers reached it.")
    assert found == {"Friday": "2021-10-15"}


def test_a_day_counted_from_the_event_the_date_before_was_told_of_counts_from_that_date() -> None:
    found = dates("The ferry sank on Friday. The day after the sinking, divers reached it.")
    assert found == {"Friday": "2021-10-15", "The day after": "2021-10-16"}


def test_a_day_counted_from_the_date_before_ends_its_clause() -> None:
    found = dates("The ferry sank on Friday. The day after, divers reached it.")
    assert found == {"Friday": "2021-10-15", "The day after": "2021-10-16"}


def test_a_day_counted_from_that_is_counted_from_the_date_before() -> None:
    found = dates("The ferry sank on Friday. The day after that, divers reached it.")
    assert found == {"Friday": "2021-10-15", "The day after": "2021-10-16"}


def test_a_day_counted_from_the_date_before_may_be_followed_by_a_conjunction() -> None:
    found = dates("The ferry sank on Friday. Divers reached it the day after and raised it.")
    assert found == {"Friday": "2021-10-15", "the day after": "2021-10-16"}


def test_the_previous_and_following_weeks_count_from_the_week_spoken_of() -> None:
    found = dates("Jobless claims fell last week from the previous week.")
    assert found == {"last week": "2021-W41", "the previous week": "2021-W40"}
    found = dates("The ferry company will cut fares next week and again the following week.")
    assert found == {"next week": "2021-W43", "the following week": "2021-W44"}


def test_the_year_before_counts_from_the_year_spoken_of() -> None:
    assert dates("Bread sales rose in 2019 from the year before.") == {"2019": "2019", "the year before": "2018"}


def test_a_month_whose_year_is_guessed_sets_no_time_for_a_month_compared_with() -> None:
    # The control: a dated month sets the time of the clause's next month (test_a_clause_tells_its_dates_in_order).
    found = body_dates(
        "The deficit narrowed in December to $8 billion from $10 billion in November.", date(2021, 2, 10)
    )
    assert found == {"December": "2020-12", "November": "2020-11"}


def test_that_year_is_the_year_spoken_of() -> None:
    found = dates("The bakery lost money in 2018 and returned to profit in 2019. That year, its sales rose 12%.")
    assert found["That year"] == "2019"


def test_the_quarter_finals_after_a_month_are_no_quarter_of_a_year() -> None:
    # The control: "the June quarter" is one (test_date_values).
    assert dates("Halden reached the June quarter finals and lost.") == {"June": "2021-06"}


def test_a_day_of_an_event_a_week_owns_is_that_weeks_day() -> None:
    found = dates("The council discussed last week's vote on Tuesday.")
    assert found == {"last week": "2021-W41", "Tuesday": "2021-10-12"}


def test_a_day_of_an_event_no_week_owns_is_the_last_such_day() -> None:
    # The control of the test before.
    assert dates("The council discussed the vote on Tuesday.") == {"Tuesday": "2021-10-19"}


def test_a_count_compared_with_than_is_no_date() -> None:
    # The control is the test after.
    assert dates("The Orrin dam was finished in May, a month earlier than planned.") == {"May": "2021-05"}


def test_a_count_from_a_date_before_is_a_date() -> None:
    found = dates("The Orrin dam was finished in May. A month earlier, its builder went bust.")
    assert found == {"May": "2021-05", "A month earlier": "2021-04"}


def test_the_next_month_after_a_preposition_of_a_stretch_is_no_date() -> None:
    # The control is the test after.
    assert dates("The Ostvik bridge closed in March, and crews repaired it over the next month.") == {
        "March": "2021-03"
    }


def test_the_next_month_told_as_a_time_is_the_month_after_the_one_spoken_of() -> None:
    found = dates("The Ostvik bridge closed in March, and crews repaired it the next month.")
    assert found == {"March": "2021-03", "the next month": "2021-04"}


def test_the_following_year_after_during_names_that_year() -> None:
    # "During" names the period something happened in; "over" (the test before last) measures a stretch.
    found = dates("The Ostvik mill closed in 1998, and during the following year its workers left.")
    assert found == {"1998": "1998", "the following year": "1999"}


def test_a_season_before_a_years_own_is_no_season_of_that_year() -> None:
    # "Last year's" is the floods', not the summer's.
    assert "the summer of last year" not in dates("Fans in Varn recalled the summer of last year's floods.")


def test_a_season_of_a_year_named_after_it_is_found_in_an_article() -> None:
    # The control of the test before.
    assert dates("Varn flooded in the summer of last year.") == {"the summer of last year": "2020-SU"}


def test_a_year_earlier_after_the_day_a_quarters_figures_came_out_is_that_quarter_a_year_before() -> None:
    body = "The toy maker reported third-quarter profit of $9 million on Tuesday, up from $7 million a year earlier."
    assert dates(body)["a year earlier"] == "2020-Q3"


def test_a_year_earlier_after_a_day_with_no_figures_period_is_that_day_a_year_before() -> None:
    # The control of the test before: no quarter spoken of before the day, which is the period compared.
    body = "The toy maker's shares closed at $9 on Tuesday, up from $7 a year earlier."
    assert dates(body)["a year earlier"] == "2020-10-19"


def test_a_year_earlier_after_a_days_own_figure_in_a_quarters_sentence_is_that_day_a_year_before() -> None:
    # The control: "reported third-quarter profit of $9 million on Tuesday", above; the price is the day's.
    body = "After a weak third quarter, the toy maker's shares closed at $9 on Tuesday, up from $7 a year earlier."
    assert dates(body)["a year earlier"] == "2020-10-19"


def test_a_year_told_after_a_ranges_two_ends_is_the_year_of_both() -> None:
    # Told in October 2021, "July" alone would be this year's.
    found = dates("The Varn festival ran from July 3 to July 6 in 2018, organisers said.")
    assert (found["July 3"], found["July 6"]) == ("2018-07-03", "2018-07-06")


def test_a_year_told_after_one_day_is_that_days_year() -> None:
    assert dates("The Ostvik plant first closed on Nov. 3 in 2016 and never reopened.")["Nov. 3"] == "2016-11-03"


def test_a_year_told_after_a_day_by_a_word_other_than_in_is_no_year_of_that_day() -> None:
    # The control of the tests before: "since" opens a stretch of its own, after the day's.
    assert dates("The Ostvik plant closed on July 3, and since 2016 has stood empty.")["July 3"] == "2021-07-03"


def test_a_day_told_with_that_year_after_it_is_of_the_year_spoken_of_before() -> None:
    found = dates("In 2016, the Varn club was relegated. On March 9 that year, its manager resigned.")
    assert (found["March 9"], found["that year"]) == ("2016-03-09", "2016")


def test_a_day_told_with_the_following_year_after_it_is_of_the_year_after_the_one_spoken_of() -> None:
    found = dates("The Ostvik mill closed in 2015. It reopened in June of the following year.")
    assert found["June"] == "2016-06"


def test_a_day_with_no_year_counted_from_the_text_keeps_the_reference_year() -> None:
    # The control of the tests before: a year alone opening the next clause is no year of the day.
    found = dates("In 2016, the Varn club was relegated. On March 9 its manager resigned.")
    assert found["March 9"] == "2021-03-09"


def test_the_following_weekday_is_the_first_of_its_name_after_the_day_told_before() -> None:
    found = dates("The Varn strike began on May 2, 2019 and ended the following Tuesday.")
    assert found["the following Tuesday"] == "2019-05-07"


def test_the_previous_weekday_is_the_last_of_its_name_before_the_day_told_before() -> None:
    found = dates("The Ostvik ferry sank on March 20, 2019. The previous Friday, inspectors had passed it.")
    assert found["The previous Friday"] == "2019-03-15"


def test_the_following_weekday_with_no_day_told_before_is_no_date() -> None:
    # None rather than a guess: the day it follows is not given.
    assert dates("The following Tuesday, the Varn council met.") == {}


def test_a_weekday_alone_counts_from_the_reference_not_the_day_told_before() -> None:
    # The control of the tests before: a weekday named alone is of the publication's week, a Wednesday's.
    assert dates("The Varn strike began on May 2, 2019. It ended on Tuesday.")["Tuesday"] == "2021-10-19"


# No publication date: the dateline's day is the day the story was written.
DATELINE = "OSTVIK, June 12, 2019 (Tollwire) - Police said on Monday they had arrested two men after a raid."


def test_without_publication_date_a_weekday_is_on_or_before_the_datelines_day() -> None:
    found = body_dates(DATELINE, None)
    assert (found["June 12, 2019"], found["Monday"]) == ("2019-06-12", "2019-06-10")


def test_without_publication_date_a_weekday_naming_the_datelines_day_is_that_day() -> None:
    found = body_dates("OSTVIK, 12 June 2019 (Tollwire) - The mayor said on Wednesday the market would close.", None)
    assert found == {"12 June 2019": "2019-06-12", "Wednesday": "2019-06-12"}


def test_without_publication_date_or_dateline_a_weekday_follows_the_latest_date_given() -> None:
    # The control of the tests before: the same date told in the story is what happened, written later.
    found = body_dates("On June 12, 2019 police said on Monday they had arrested two men after a raid.", None)
    assert found["Monday"] == "2019-06-17"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("OSTVIK, Nov. 4 (Tollwire) - The mill said it had cut jobs. It opened in June 2015.", "2015-11-04"),
        ("OSTVIK, Nov. 4 (Tollwire) - The mill said it had cut jobs. It lost money in 2016.", "2016-11-04"),
        ("OSTVIK, Jan. 3 (Tollwire) - The mill said it had cut jobs. It opened on Dec. 20, 2016.", "2017-01-03"),
    ],
)
def test_without_publication_date_a_yearless_dateline_is_on_or_after_the_latest_date_told_in_the_past(
    text: str, day: str
) -> None:
    # The dateline's day is the writing's, and what the story tells as done came before it.
    assert next(iter(body_dates(text, None).values())) == day


def test_without_publication_date_a_yearless_dateline_is_not_put_after_a_date_of_no_tense() -> None:
    # The control of the test before: a deadline may lie ahead of the writing.
    found = body_dates("OSTVIK, Aug. 10 (Tollwire) - The mill said on Tuesday the deadline is Aug. 20, 2016.", None)
    assert found["Aug. 10"] == "2016-08-10"


def test_without_publication_date_a_dateline_giving_its_year_keeps_it() -> None:
    # The control of the tests before: only a year the dateline leaves out is the latest date's.
    text = "OSTVIK, Aug. 10, 2015 (Tollwire) - The mill said on Tuesday it had cut jobs. It opened on Dec. 20, 2016."
    assert body_dates(text, None)["Tuesday"] == "2015-08-04"


def test_without_publication_date_a_day_of_no_tense_is_not_the_latest_where_one_is_told_in_the_past() -> None:
    # "The deadline is Aug. 20" may lie ahead of the writing; the weekday follows the last day told as done.
    text = "The ministers met on Aug. 9, 2016. Officials said on Monday that the deadline is Aug. 20."
    assert body_dates(text, None)["Monday"] == "2016-08-15"


def test_without_publication_date_a_date_told_as_done_years_before_a_later_one_is_background() -> None:
    # The control of the dateline on or after the date told as done: a founding years before the lease's end is
    # no sign of the year the story was written in.
    text = "OSTVIK, March 3 (Tollwire) - The mill, which was founded in 1998, says its lease ends June 30, 2004."
    assert body_dates(text, None)["March 3"] == "2004-03-03"


def test_without_publication_date_a_schedule_gives_the_dateline_its_year_where_nothing_else_does() -> None:
    # A schedule is left out only where a date is told as done: alone, it still gives the year.
    found = body_dates(
        "OSTVIK, May 20 (Tollwire) - The mill's fair opens on June 3, 2016, its owners said on Monday.", None
    )
    assert found["May 20"] == "2016-05-20"


def test_without_publication_date_a_day_of_no_tense_counts_where_none_is_told_in_the_past() -> None:
    # The control of the test before: with no day told as done, the deadline is the latest the article gives.
    found = body_dates("The deadline for the bids is Aug. 20, 2016, officials said on Monday.", None)
    assert found["Monday"] == "2016-08-22"


def test_a_year_ago_opening_its_sentence_is_the_year_before_the_writing() -> None:
    # It sets the scene of what follows, no comparison with the quarter reported.
    assert dates(f"{QUARTER} A year ago, the company had ten stores.")["A year ago"] == "2020"


def test_a_year_ago_after_a_figure_compares_with_the_period_reported() -> None:
    # The control of the test before.
    assert dates(f"{QUARTER} Its sales were up 9% from a year ago.")["a year ago"] == "2020-Q3"


def test_a_year_after_in_that_qualifies_the_noun_after_it_is_no_year_of_the_day() -> None:
    # The control of the tests of a year told after "in": "in 1989 dollars" says in what money, not when.
    assert dates("The Varn fund was worth $3 billion on June 4, in 1989 dollars.")["June 4"] == "2021-06-04"


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [("On May 2, 2019 the two sides agreed to meet the previous Monday.", "the previous Monday", "2019-04-29"),
     ("The Varn choir will sing on Saturday and will rehearse the previous Thursday.", "the previous Thursday",
      "2021-10-21"),
     ("The Varn choir will sing on Saturday and will rehearse on Thursday.", "Thursday", "2021-10-28")],
    ids=["arranged", "later-in-a-plan", "plain-weekday-near-miss"],
)  # fmt: skip
def test_a_weekday_counted_from_the_day_told_is_not_moved_by_an_arrangement_or_a_plan(
    text: str, day: str, value: str
) -> None:
    # A plan's weekday named alone still comes after the day before it (the near miss).
    assert dates(text)[day] == value


# Written in February, of the fourth quarter of the year before.
AFTER_THE_YEAR = date(2022, 2, 10)


@pytest.mark.parametrize(
    ("text", "named", "value"),
    [
        (
            "Galt Foods said its fourth-quarter profit beat last year's fourth quarter.",
            "last year's fourth quarter",
            "2020-Q4",
        ),
        (
            "Galt Foods said second-half sales rose from the second half of last year.",
            "the second half of last year",
            "2020-H2",
        ),
    ],
)
def test_last_years_period_after_that_very_period_is_the_one_a_year_before_it(
    text: str, named: str, value: str
) -> None:
    # No period is compared with itself: "last year's" is counted back from the one just told.
    assert body_dates(text, AFTER_THE_YEAR)[named] == value


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Galt Foods said fourth-quarter output fell after its mill closed in the fourth quarter of last year.",
            "the fourth quarter of last year",
        ),
        (
            "Galt Foods said fourth-quarter sales rose, helped by the shops it bought in last year's fourth quarter.",
            "last year's fourth quarter",
        ),
    ],
)
def test_last_years_period_after_that_very_period_but_compared_with_nothing_is_that_period(
    text: str, named: str
) -> None:
    # The control of the test before: no figure is compared with it, so it may well be the quarter just told.
    assert body_dates(text, AFTER_THE_YEAR)[named] == "2021-Q4"


def test_last_years_period_told_alone_is_of_the_year_before_the_writing() -> None:
    # The control of the test before.
    text = "Galt Foods said on Tuesday that sales in last year's fourth quarter were weak."
    assert body_dates(text, AFTER_THE_YEAR)["last year's fourth quarter"] == "2021-Q4"
