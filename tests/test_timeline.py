"""The timeline: date expressions found, normalised at the text's precision and resolved against a reference."""

from collections.abc import Callable
from typing import Any

import pytest

Extracted = Callable[..., list[dict[str, Any]]]

# A Thursday.
PUBLISHED = "2019-03-14"


def events(extracted: Extracted, text: str, **fields: str) -> list[dict[str, Any]]:
    return extracted("timeline", text, **fields)


def dates(extracted: Extracted, text: str, **fields: str) -> dict[str, str]:
    """date_text -> date of every event found."""
    return {event["date_text"]: event["date"] for event in events(extracted, text, **fields)}


def only(extracted: Extracted, text: str, **fields: str) -> dict[str, Any]:
    found = events(extracted, text, **fields)
    assert len(found) == 1, found
    return found[0]


def test_full_date_is_a_day_the_text_states(extracted: Extracted) -> None:
    text = "The ferry service resumed on Tuesday, June 4, 2013, after a long dispute."
    event = only(extracted, text, published=PUBLISHED)
    assert (event["date"], event["precision"], event["resolved_from"]) == ("2013-06-04", "day", "text")
    assert event["date_text"] == "Tuesday, June 4, 2013"
    assert event["field"] == "body"
    assert text[event["start"] : event["end"]] == event["date_text"]


def test_event_keeps_the_sentence_that_states_it(extracted: Extracted) -> None:
    text = "Rain fell for hours. The river crested on Sunday near the old mill. Roads reopened."
    event = only(extracted, text, published=PUBLISHED)
    assert event["sentence"] == "The river crested on Sunday near the old mill."


@pytest.mark.parametrize(
    ("weekday", "day"),
    [("Thursday", "2019-03-14"), ("Wednesday", "2019-03-13"), ("Friday", "2019-03-08")],
)
def test_weekday_is_the_publication_day_or_one_of_the_six_before(extracted: Extracted, weekday: str, day: str) -> None:
    event = only(extracted, f"The mayor signed the order on {weekday}.", published=PUBLISHED)
    assert (event["date"], event["precision"], event["resolved_from"]) == (day, "day", "published")


def test_weekday_in_a_sentence_about_the_future_looks_forward(extracted: Extracted) -> None:
    event = only(extracted, "The school board will vote on the budget Monday.", published=PUBLISHED)
    assert event["date"] == "2019-03-18"


def test_last_weekday_is_before_the_publication_day(extracted: Extracted) -> None:
    assert dates(extracted, "Farmers protested last Thursday.", published=PUBLISHED) == {"last Thursday": "2019-03-07"}


@pytest.mark.parametrize(
    ("word", "day"),
    [("yesterday", "2019-03-13"), ("today", "2019-03-14"), ("tomorrow", "2019-03-15")],
)
def test_yesterday_today_and_tomorrow_count_from_publication(extracted: Extracted, word: str, day: str) -> None:
    event = only(extracted, f"Officials inspected the dam {word}.", published=PUBLISHED)
    assert (event["date"], event["precision"]) == (day, "day")


@pytest.mark.parametrize(
    ("phrase", "date", "precision"),
    [
        ("last week", "2019-W10", "week"),
        ("this week", "2019-W11", "week"),
        ("last month", "2019-02", "month"),
        ("earlier this month", "2019-03", "month"),
        ("last year", "2018", "year"),
        ("next year", "2020", "year"),
    ],
)
def test_relative_period_keeps_its_precision(extracted: Extracted, phrase: str, date: str, precision: str) -> None:
    event = only(extracted, f"The clinic changed its hours {phrase}.", published=PUBLISHED)
    assert (event["date"], event["precision"], event["date_text"]) == (date, precision, phrase)


def test_the_week_of_a_day_is_a_week(extracted: Extracted) -> None:
    event = only(extracted, "The clinic will close for repairs the week of March 25.", published=PUBLISHED)
    assert (event["date"], event["precision"], event["date_text"]) == ("2019-W13", "week", "the week of March 25")


def test_the_week_of_an_event_is_no_date(extracted: Extracted) -> None:
    # The control: the week of a day (the test before).
    assert dates(extracted, "The clinic was busy during the week of the regatta.", published=PUBLISHED) == {}


@pytest.mark.parametrize(
    ("phrase", "date", "precision"),
    [
        ("two weeks ago", "2019-02-28", "day"),
        ("three months ago", "2018-12", "month"),
        ("six years ago", "2013", "year"),
    ],
)
def test_ago_counts_back_from_publication(extracted: Extracted, phrase: str, date: str, precision: str) -> None:
    event = only(extracted, f"The orchard was sold {phrase}.", published=PUBLISHED)
    assert (event["date"], event["precision"]) == (date, precision)


def test_month_without_a_year_is_the_most_recent_one(extracted: Extracted) -> None:
    event = only(extracted, "Ticket sales dropped sharply in October.", published=PUBLISHED)
    assert (event["date"], event["precision"], event["resolved_from"]) == ("2018-10", "month", "published")


def test_month_without_a_year_in_a_future_sentence_is_ahead(extracted: Extracted) -> None:
    assert dates(extracted, "The museum will reopen in October.", published=PUBLISHED) == {"October": "2019-10"}


def test_day_without_a_year_takes_the_publication_year(extracted: Extracted) -> None:
    event = only(extracted, "The council approved the plan on Feb. 12.", published=PUBLISHED)
    assert (event["date"], event["precision"], event["resolved_from"]) == ("2019-02-12", "day", "published")


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("The lighthouse was built in 1921.", "1921", "year"),
        ("Flooding struck the valley in October 2008.", "2008-10", "month"),
        ("The treaty was signed on 9 November 1989 in a hurry.", "1989-11-09", "day"),
    ],
)
def test_absolute_date_keeps_the_precision_it_is_written_at(
    extracted: Extracted, text: str, date: str, precision: str
) -> None:
    event = only(extracted, text, published=PUBLISHED)
    assert (event["date"], event["precision"], event["resolved_from"]) == (date, precision, "text")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The permit expired on Feb. 30, 2014, the agency said.", "2014-02"),
        ("The permit expired on 31 April 2016, the agency said.", "2016-04"),
        ("The permit expired on Feb. 29, the agency said.", "2019-02"),
    ],
)
def test_a_day_the_month_does_not_have_keeps_only_the_month(extracted: Extracted, text: str, date: str) -> None:
    event = only(extracted, text, published=PUBLISHED)
    assert (event["date"], event["precision"]) == (date, "month")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The bridge will reopen tomorrow, and next year a second one opens.", "9999-12-31"),
        ("The bridge closed yesterday, and last year a second one shut.", "0001-01-01"),
    ],
)
def test_dates_beyond_the_calendar_are_left_out(extracted: Extracted, text: str, published: str) -> None:
    # The control: a date the text gives in full is found whatever the publication date.
    assert dates(extracted, f"{text} The first bridge opened on May 4, 1950.", published=published) == {
        "May 4, 1950": "1950-05-04"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The negotiations dragged on for nearly two weeks.",
        "She served on the board for five years.",
        "Building the tunnel took a decade.",
        "Volunteers searched the forest for 24 hours.",
        "The 45-year-old baker opens the shop every Monday.",
        "Her grandfather is 93 years old.",
        "Prices may rise, and the $27 fee may go up as well.",
        "The ferry carried more cars in five years than ever.",
        "The harbour will see its busiest summer in five years.",
        "The team will play at home for the first time in five years.",
        "The deal will save $2 billion in five years.",
        "Sales will not recover in five years.",
    ],
)
def test_durations_ages_sets_and_modals_are_not_events(extracted: Extracted, text: str) -> None:
    # The control: the date in the sentence after is found.
    assert dates(extracted, f"{text} The fair opened on Saturday.", published=PUBLISHED) == {"Saturday": "2019-03-09"}


def test_the_same_day_is_the_date_given_before(extracted: Extracted) -> None:
    text = "The treasurer resigned on Feb. 5. Her deputy quit the same day."
    assert dates(extracted, text, published=PUBLISHED) == {"Feb. 5": "2019-02-05", "the same day": "2019-02-05"}


def test_days_later_count_from_the_date_given_before(extracted: Extracted) -> None:
    text = "The storm reached the coast on Jan. 10. Three days later, power was restored."
    assert dates(extracted, text, published=PUBLISHED)["Three days later"] == "2019-01-13"


def test_vague_days_later_invents_no_day(extracted: Extracted) -> None:
    text = "The storm passed on Jan. 10. Days later, power was restored."
    assert dates(extracted, text, published=PUBLISHED) == {"Jan. 10": "2019-01-10"}


def test_quarter_and_a_year_earlier_compare_the_same_quarter(extracted: Extracted) -> None:
    text = "The bakery chain's revenue during the second quarter beat the level of a year earlier."
    found = {
        event["date_text"]: (event["date"], event["precision"])
        for event in events(extracted, text, published="2019-11-05")
    }
    assert found == {"the second quarter": ("2019-Q2", "quarter"), "a year earlier": ("2018-Q2", "quarter")}


def test_the_corresponding_period_last_year_is_the_quarter_reported_on_a_year_back(extracted: Extracted) -> None:
    text = (
        "The bakery chain lost $2 million in the third quarter. "
        "That compares with a profit of $1 million for the corresponding period last year."
    )
    found = dates(extracted, text, published="2019-11-05")
    assert found == {"the third quarter": "2019-Q3", "the corresponding period last year": "2018-Q3"}


def test_the_same_quarter_last_year_is_the_quarter_spoken_of_a_year_back(extracted: Extracted) -> None:
    text = "The bakery chain lost $2 million in the third quarter, after a profit in the same quarter last year."
    found = dates(extracted, text, published="2019-11-05")
    assert found == {"the third quarter": "2019-Q3", "the same quarter last year": "2018-Q3"}


def test_the_same_period_last_year_after_one_end_of_a_stretch_is_a_year(extracted: Extracted) -> None:
    text = "Through Tuesday, ticket sales rose 5% from the same period last year."
    found = dates(extracted, text, published=PUBLISHED)
    assert found == {"Tuesday": "2019-03-12", "the same period last year": "2018"}
    # The control: after a period of its own, that period a year back.
    text = "In the third quarter, ticket sales rose 5% from the same period last year."
    assert dates(extracted, text, published="2019-11-05")["the same period last year"] == "2018-Q3"


def test_the_previous_fiscal_year_is_the_year_before_the_one_spoken_of(extracted: Extracted) -> None:
    text = "In fiscal 2017, the bakery's revenue rose 5% from the previous fiscal year."
    assert dates(extracted, text, published=PUBLISHED) == {"fiscal 2017": "2017", "the previous fiscal year": "2016"}


@pytest.mark.parametrize(
    ("text", "ahead", "date"),
    [
        ("The ferry company said the bonds would be repaid in five years.", "in five years", "2024"),
        ("Most economists say rates will rise in two years.", "in two years", "2021"),
        ("The bakery will open its first shop in the city in two weeks.", "in two weeks", "2019-03-28"),
        ("The deal will close in five years, the ferry company said Tuesday.", "in five years", "2024"),
    ],
)
def test_a_count_ahead_in_a_sentence_about_the_future_is_a_date(
    extracted: Extracted, text: str, ahead: str, date: str
) -> None:
    assert dates(extracted, text, published=PUBLISHED)[ahead] == date


def test_a_count_ahead_counts_from_the_date_its_sentence_gave_before(extracted: Extracted) -> None:
    text = "In 2015, officials said the bridge would be finished in five years."
    assert dates(extracted, text, published=PUBLISHED) == {"2015": "2015", "in five years": "2020"}


@pytest.mark.parametrize(
    "text",
    [
        "At the time, officials said the bridge would be finished in five years.",
        "The bridge would be finished in five years, officials said in 2015.",
    ],
)
def test_a_count_ahead_in_a_sentence_set_in_the_past_otherwise_is_no_date(extracted: Extracted, text: str) -> None:
    assert "in five years" not in dates(extracted, text, published=PUBLISHED)
    # The control: reported without a time of its own, it counts from publication.
    reported = "Officials said the bridge would be finished in five years."
    assert dates(extracted, reported, published=PUBLISHED) == {"in five years": "2024"}


@pytest.mark.parametrize(
    "text",
    [
        "In the valley, today is the eighth day of the harvest festival.",
        "In the valley, today was the eighth day of the harvest festival.",
        "In the valley, today marked the eighth day of the harvest festival.",
    ],
)
def test_a_count_of_days_that_a_sentence_equates_with_a_date_is_that_date(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text, published=PUBLISHED) == {"today": "2019-03-14", "the eighth day": "2019-03-14"}


def test_a_count_of_days_set_off_by_a_comma_after_a_date_is_that_date(extracted: Extracted) -> None:
    text = "On Friday, the eighth day of the walkout, talks resumed."
    assert dates(extracted, text, published=PUBLISHED) == {"Friday": "2019-03-08", "the eighth day": "2019-03-08"}


def test_a_count_of_days_not_equated_with_the_date_before_is_no_date(extracted: Extracted) -> None:
    text = "The strike began on Oct. 1 and this is the eighth day of the walkout."
    assert dates(extracted, text, published=PUBLISHED) == {"Oct. 1": "2018-10-01"}
    # The control: equated with the date before, it is that date.
    text = "The strike began on Oct. 1, and Friday was the eighth day of the walkout."
    assert dates(extracted, text, published=PUBLISHED)["the eighth day"] == "2019-03-08"


def test_two_dates_the_tagger_joins_are_two_events(extracted: Extracted) -> None:
    text = "Ridership climbed steadily from Oct. 2 through Monday."
    assert dates(extracted, text, published=PUBLISHED) == {"Oct. 2": "2018-10-02", "Monday": "2019-03-11"}


def test_duration_around_a_date_is_left_out_of_its_span(extracted: Extracted) -> None:
    event = only(extracted, "Orders doubled over the first eight weeks of 2012.", published=PUBLISHED)
    assert (event["date_text"], event["date"], event["precision"]) == ("2012", "2012", "year")


def test_weekday_run_together_with_the_word_before_is_found(extracted: Extracted) -> None:
    event = only(extracted, "The ministry told the agencyTuesday that permits were issued.", published=PUBLISHED)
    assert (event["date_text"], event["date"]) == ("Tuesday", "2019-03-12")


def test_title_dates_are_not_events(extracted: Extracted) -> None:
    text = "The harbour stayed closed on Wednesday."
    assert dates(extracted, text, published=PUBLISHED, title="Harbour closes on Tuesday") == {"Wednesday": "2019-03-13"}


def test_founding_note_is_not_an_event(extracted: Extracted) -> None:
    assert dates(extracted, "Est. 1902\nThe county fair opened on Saturday.", published=PUBLISHED) == {
        "Saturday": "2019-03-09"
    }


@pytest.mark.parametrize(
    "text", ["Flight 2025 from Tarrow landed on Monday.", "The fire started in Room 1984 on Monday."]
)
def test_a_years_digits_after_a_noun_named_by_a_number_are_that_number(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text, published=PUBLISHED) == {"Monday": "2019-03-11"}


def test_a_year_after_such_a_noun_and_a_preposition_is_a_year(extracted: Extracted) -> None:
    # The control of the test before.
    found = dates(extracted, "The flight from Tarrow was cancelled in 2017.", published=PUBLISHED)
    assert found == {"2017": "2017"}


def test_time_zone_before_a_weekday_is_no_founding_note(extracted: Extracted) -> None:
    found = events(extracted, "The hearing was held at 10 a.m. EST Tuesday in the annex.", published=PUBLISHED)
    assert [(event["date_text"], event["date"]) for event in found] == [("Tuesday", "2019-03-12")]


def test_without_publication_date_a_weekday_follows_the_latest_date_given(extracted: Extracted) -> None:
    text = "The council met on March 3, 2015. On Wednesday, the mayor resigned."
    event = {event["date_text"]: event for event in events(extracted, text)}["Wednesday"]
    assert (event["date"], event["resolved_from"]) == ("2015-03-04", "article_date")


def test_without_publication_date_a_date_takes_its_year_from_the_article(extracted: Extracted) -> None:
    text = "The merger was announced on Feb. 20, 2011. Regulators approved it on March 2."
    event = {event["date_text"]: event for event in events(extracted, text)}["March 2"]
    assert (event["date"], event["precision"], event["resolved_from"]) == ("2011-03-02", "day", "article_date")


def test_without_any_date_relative_expressions_are_left_out(extracted: Extracted) -> None:
    text = "The pier, built in 1998, collapsed on Friday after last week's storm."
    assert dates(extracted, text) == {"1998": "1998"}  # the control: a year given in full is found


@pytest.mark.parametrize(
    "text",
    [
        "The Otters led 54-50 midway through the third quarter before coach Lena Brisk called a timeout.",
        "Vance scored twice in the fourth quarter to seal the win.",
        "Sales fell for the third consecutive quarter, the retailer said on Tuesday.",
    ],
    ids=["game-period", "game-scoring", "count-of-quarters"],
)
def test_quarter_of_a_game_or_a_count_of_quarters_is_no_date(extracted: Extracted, text: str) -> None:
    found = events(extracted, f"{text} The season opened on March 2.", published=PUBLISHED)
    assert ("March 2", "2019-03-02") in [(event["date_text"], event["date"]) for event in found]  # the control
    assert all("Q" not in event["date"] for event in found)
    assert not any("quarter" in event["date_text"] for event in found)


def test_date_modifying_a_present_tense_schedule_lies_ahead(extracted: Extracted) -> None:
    # Published 2019-03-14: four months ahead, in the present tense, still this year.
    found = dates(extracted, "The grant, which expires July 31, covers two clinics.", published=PUBLISHED)
    assert found == {"July 31": "2019-07-31"}


def test_a_date_deep_in_a_very_long_paragraph_keeps_its_place(extracted) -> None:
    text = "The committee met again and talked for hours. " * 120 + "The vote came on March 3, 2019."
    (event,) = extracted("timeline", text, published="2019-03-10")
    assert event["date"] == "2019-03-03"
    assert text[event["start"] : event["end"]] == "March 3, 2019"
    assert event["sentence"] == "The vote came on March 3, 2019."


@pytest.mark.parametrize(
    "text",
    [
        "Okafor scored twice in the second half to seal the win.",
        "The visitors equalised early in the second half.",
    ],
    ids=["scoring", "equaliser"],
)
def test_half_of_a_match_is_no_date(extracted: Extracted, text: str) -> None:
    found = events(extracted, f"{text} The season opened on March 2.", published=PUBLISHED)
    assert ("March 2", "2019-03-02") in [(event["date_text"], event["date"]) for event in found]  # the control
    assert not any("half" in event["date_text"] for event in found)


def test_half_of_a_year_in_a_business_report_is_a_date(extracted: Extracted) -> None:
    event = only(extracted, "Ferry bookings fell in the second half, the operator said.", published=PUBLISHED)
    assert (event["date_text"], event["date"], event["precision"]) == ("the second half", "2018-H2", "half")


def test_half_of_a_play_that_the_tagger_sees_no_date_in_is_no_date(extracted: Extracted) -> None:
    found = events(extracted, "The play's first half, staged in 2017, ran long.", published=PUBLISHED)
    assert [(event["date_text"], event["date"]) for event in found] == [("2017", "2017")]  # the control: its year


def test_a_decade_is_an_event_at_its_own_precision(extracted: Extracted) -> None:
    event = only(extracted, "The ferry line lost money through the early 1960s.", published=PUBLISHED)
    assert (event["date_text"], event["date"], event["precision"], event["resolved_from"]) == (
        "the early 1960s",
        "196",
        "decade",
        "text",
    )


def test_a_decade_of_two_digits_is_of_the_century_of_publication(extracted: Extracted) -> None:
    event = only(extracted, "The pier was rebuilt in the late '50s.", published=PUBLISHED)
    assert (event["date"], event["precision"], event["resolved_from"]) == ("195", "decade", "published")


@pytest.mark.parametrize(
    "text",
    [
        "The keeper, now in her early '60s, retired.",
        "The keeper, in his 60s, retired.",
        "Temperatures climbed into the 40s.",
        "Highs will be back in the 40s after the storm.",
        "The 1960s-era pumps failed.",
    ],
    ids=["age-with-apostrophe", "age", "temperature", "temperature-back-in", "compound"],
)
def test_an_age_a_temperature_or_a_compound_written_as_a_decade_is_no_date(extracted: Extracted, text: str) -> None:
    found = dates(extracted, f"{text} The pier was built in the '30s.", published=PUBLISHED)
    assert found == {"the '30s": "193"}  # the control: a decade after it


@pytest.mark.parametrize(
    ("text", "phrase", "date"),
    [
        ("The chairman will retire at the end of the year.", "the end of the year", "2019"),
        ("Prices rose at the start of the month, the bureau said.", "the start of the month", "2019-03"),
    ],
)
def test_the_edge_of_the_year_or_month_is_the_references_own(
    extracted: Extracted, text: str, phrase: str, date: str
) -> None:
    assert dates(extracted, text, published=PUBLISHED) == {phrase: date}


def test_a_year_without_its_edge_is_a_span_of_time_not_a_date(extracted: Extracted) -> None:
    found = dates(extracted, "Sales grew over the year and will grow at the end of the year.", published=PUBLISHED)
    assert found == {"the end of the year": "2019"}


def test_the_end_of_the_year_told_in_the_past_before_the_reference_reaches_it_is_the_year_before(
    extracted: Extracted,
) -> None:
    # The control: told ahead, the end of the year is the reference's (the first case of the test before last).
    found = dates(extracted, "Ferry traffic slumped at the end of the year.", published="2020-01-08")
    assert found == {"the end of the year": "2019"}


def test_the_end_of_the_month_told_in_the_past_once_the_reference_reaches_it_is_the_references(
    extracted: Extracted,
) -> None:
    found = dates(extracted, "Ferry traffic slumped at the end of the month.", published="2019-03-28")
    assert found == {"the end of the month": "2019-03"}


@pytest.mark.parametrize(
    "text",
    [
        "The pier closed at the end of the year before.",
        "The pier closed at the end of the year 2015.",
        "The pier closed at the end of the year's first quarter.",
        "The pier reopened at the end of the month of fasting.",
    ],
)
def test_the_edge_of_a_year_or_month_said_to_be_another_is_not_the_references(extracted: Extracted, text: str) -> None:
    found = dates(extracted, f"{text} The ferry resumes at the start of the month.", published=PUBLISHED)
    assert [phrase for phrase in found if "of the" in phrase] == ["the start of the month"]  # the control
