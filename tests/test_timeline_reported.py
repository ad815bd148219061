"""A day that a verb of saying reports in the past, told with the day of the telling, counts from that day: "The
minister said on Monday the bill would be put to a vote on Thursday" is the Thursday after that Monday, and "said on
Friday he had resigned on Tuesday" the Tuesday before it, whenever the story goes out. Read straight from the
extractor on short invented articles."""

from datetime import date
from functools import partial

import pytest

from tests.timeline_dates import body_dates

# A Tuesday: the Friday before it is 2025-03-14, the Wednesday before that 2025-03-12.
PUBLISHED = date(2025, 3, 18)

dates = partial(body_dates, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow minister said on Friday the rail bill would be put to a vote on Monday.",
        "On Friday the Nordel company said in a statement that it would resume deliveries on Monday.",
        "Speaking on Friday, the Gorran envoy said he would travel to the summit on Monday.",
        "Dock workers said they would strike on Monday if talks failed, a spokesman told reporters on Friday.",
    ],
)
def test_a_day_reported_in_a_future_shifted_back_counts_from_the_telling(text: str) -> None:
    assert dates(text) == {"Friday": "2025-03-14", "Monday": "2025-03-17"}


def test_a_day_reported_in_the_past_lies_before_the_telling() -> None:
    text = "Mayor Teo Halm said on Friday that he had resigned from the party on Tuesday."
    assert dates(text) == {"Friday": "2025-03-14", "Tuesday": "2025-03-11"}


def test_a_week_reported_ahead_counts_from_the_week_of_the_telling() -> None:
    text = "Officials at the Brannock water authority said Wednesday that the plant would reopen next week."
    assert dates(text) == {"Wednesday": "2025-03-12", "next week": "2025-W12"}


def test_a_day_reported_in_the_future_of_the_writing_counts_from_the_writing() -> None:
    # The near-miss: "will" is not shifted back; the report looks ahead of the day the story is written.
    text = "The Pellam grocery chain said Friday that it will close its Oster Road store on Monday."
    assert dates(text) == {"Friday": "2025-03-14", "Monday": "2025-03-24"}


def test_a_day_of_a_telling_of_its_own_is_not_counted_from_another_telling() -> None:
    # The near-miss: the second telling, joined to the first by the parse, is dated by its own day, and what it reports
    # counts from that day: the Saturday after that Monday, not the one after the Friday (2025-03-15).
    text = (
        "The Osk airline told staff on Friday it was going to cut 200 jobs, and said on Monday that talks with unions"
        " would begin on Saturday."
    )
    assert dates(text) == {"Friday": "2025-03-14", "Monday": "2025-03-17", "Saturday": "2025-03-22"}


@pytest.mark.parametrize(
    "text",
    [
        "Coach Lio Marren said he had talked to the referee on Friday and would appeal the red card on Monday.",
        "Mayor Suri Dalt said she had told the council on Friday and would resign from the board on Monday.",
    ],
)
def test_a_day_of_an_act_joined_to_a_dated_act_of_the_report_counts_from_the_writing(text: str) -> None:
    # The near-miss: the verb dated Friday (a talk, a telling) is an act the report tells, joined to the one of
    # Monday; the day of the telling that reports both is not given, so the report looks ahead of the writing.
    assert dates(text) == {"Friday": "2025-03-14", "Monday": "2025-03-24"}


@pytest.mark.parametrize(
    "text",
    [
        "The Tolver cup committee said on Friday that the replay was on Monday.",
        "The Brisk hardware chain said on Friday that its Quay Street store was closing on Monday.",
        "Coach Avel Sorn said on Friday that the replay was being played on Monday.",
    ],
)
def test_a_past_that_may_be_a_present_shifted_back_keeps_the_writings_reading(text: str) -> None:
    # The near-miss: "was on Monday", "was closing on Monday" may report "is (closing) on Monday", a day after the
    # telling as well as before it; the past is read from the writing, as on main.
    assert dates(text) == {"Friday": "2025-03-14", "Monday": "2025-03-17"}


@pytest.mark.parametrize(
    "text",
    [
        "The Tolver cup committee said on Friday that the replay would be on Monday.",
        "The Brisk hardware chain said on Friday it was going to be closing its Quay Street store on Monday.",
    ],
)
def test_be_or_a_progressive_shifted_back_from_a_future_counts_from_the_telling(text: str) -> None:
    # The controls of the near-miss above: "would be", "was going to be closing" are shifted back from a future.
    assert dates(text) == {"Friday": "2025-03-14", "Monday": "2025-03-17"}


def test_a_day_reported_by_a_telling_that_is_itself_reported_is_not_counted_from_the_outer_telling() -> None:
    # The near-miss: Wednesday dates the telling of the brother's telling, which came before it; the flight is told
    # from that earlier telling, so Wednesday does not fix its Monday (read from the writing, as on main).
    text = "Wenna Torvik said on Wednesday that her brother had told her he would fly home to Essel on Monday."
    assert dates(text) == {"Wednesday": "2025-03-12", "Monday": "2025-03-24"}
