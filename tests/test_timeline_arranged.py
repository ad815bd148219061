"""A day of the week that a verb of arranging fixes, told with the day of its own act, counts from that day: "On
Monday the two sides agreed to meet on Wednesday" is the Wednesday after that Monday, whenever the story goes out.
Read straight from the extractor on short invented articles."""

from datetime import date
from functools import partial

import pytest

from tests.timeline_dates import body_dates

# A Friday: Monday is 2025-03-10, the Wednesday after it 2025-03-12; the coming Wednesday is 2025-03-19.
PUBLISHED = date(2025, 3, 14)

dates = partial(body_dates, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the two sides agreed to meet on Wednesday.",
        "The Kelvo board voted on Monday to call an extraordinary meeting on Wednesday.",
        "On Monday the two leaders agreed that talks would resume on Wednesday.",
    ],
)
def test_a_day_an_agreement_fixes_counts_from_the_day_it_was_reached(text: str) -> None:
    assert dates(text) == {"Monday": "2025-03-10", "Wednesday": "2025-03-12"}


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the Tarrow league scheduled the replay for Wednesday.",
        "On Monday the court set a hearing for Wednesday.",
    ],
)
def test_a_day_a_schedule_sets_counts_from_the_day_it_was_set(text: str) -> None:
    assert dates(text) == {"Monday": "2025-03-10", "Wednesday": "2025-03-12"}


def test_each_day_of_an_arranged_plan_counts_from_the_day_it_was_arranged() -> None:
    text = "The two sides agreed on Monday to meet on Wednesday and sign the deal on Thursday."
    assert dates(text) == {"Monday": "2025-03-10", "Wednesday": "2025-03-12", "Thursday": "2025-03-13"}


def test_a_day_arranged_on_the_same_weekday_is_a_week_after() -> None:
    assert dates("On Wednesday the Ostby council agreed to meet again on Wednesday.") == {"Wednesday": "2025-03-19"}


def test_a_day_of_a_clause_inside_the_arranged_act_keeps_its_own_tense() -> None:
    # The near-miss: the overcharging is told in the past of its own clause, not fixed by the agreement.
    text = "On Thursday the firm agreed to repay customers it overcharged on Monday."
    assert dates(text) == {"Thursday": "2025-03-13", "Monday": "2025-03-10"}


def test_a_day_reported_in_the_future_of_the_writing_is_not_counted_from_the_saying() -> None:
    # The near-miss: a verb of saying fixes no day, and a report told with "will" looks ahead of the writing (a
    # report shifted back, "would meet", counts from the saying: tests/test_timeline_reported.py).
    text = "On Monday the minister said she will meet the union on Wednesday."
    assert dates(text) == {"Monday": "2025-03-10", "Wednesday": "2025-03-19"}


def test_a_day_of_another_sentence_is_not_counted_from_the_arranging() -> None:
    # The near-miss: only a day of the same sentence as the act of arranging counts from its day.
    assert dates("On Monday the council met. It will vote on Wednesday.") == {
        "Monday": "2025-03-10",
        "Wednesday": "2025-03-19",
    }


def test_a_day_of_a_relative_clause_is_not_counted_from_the_clause_around_it() -> None:
    # The near-miss: the arriving is no arranging, and the address is the coming Wednesday's.
    text = "The envoy, who arrived on Monday, is to address parliament on Wednesday."
    assert dates(text) == {"Monday": "2025-03-10", "Wednesday": "2025-03-19"}


def test_a_day_of_an_agreed_clause_told_in_its_own_past_is_not_counted_from_the_agreement() -> None:
    # The near-miss: what was agreed is of a day gone by, not a day the agreement fixes.
    text = "On Tuesday the Vennor minister agreed that mistakes were made on Monday."
    assert dates(text) == {"Tuesday": "2025-03-11", "Monday": "2025-03-10"}


def test_a_day_of_a_noun_inside_the_voted_act_is_a_day_gone_by() -> None:
    # The near-miss: the day is the remarks', not one the vote fixes; nor does the dated vote make it one ahead.
    text = "On Thursday the Ostby panel voted to censure the mayor for remarks on Tuesday."
    assert dates(text) == {"Thursday": "2025-03-13", "Tuesday": "2025-03-11"}
