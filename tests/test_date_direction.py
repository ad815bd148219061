"""Which way a date without a year or week looks: reported futures and the parts of a range look ahead."""

from collections.abc import Callable
from typing import Any

import pytest

from app.extract.date_ranges import bounds_range

Extracted = Callable[..., list[dict[str, Any]]]

# A Thursday: "Friday" is 2019-03-08 looking back, 2019-03-15 looking ahead.
PUBLISHED = "2019-03-14"
# Late autumn, when a month named ahead lies in the next year.
AUTUMN = "2019-11-20"


def dates(extracted: Extracted, text: str, published: str = PUBLISHED) -> dict[str, str]:
    """date_text -> date of every event found."""
    return {event["date_text"]: event["date"] for event in extracted("timeline", text, published=published)}


@pytest.mark.parametrize(
    "text",
    [
        "The committee said it would vote on Friday.",
        "Inspectors would come back on Friday.",
        "The council said the report would be published on Friday.",
        "The agency said it planned to reopen the bridge on Friday.",
        "The minister was expected to announce the plan on Friday.",
        "The board said the report was due to be published on Friday.",
        "The union said it was set to strike on Friday.",
        "The club said the match was scheduled to go ahead on Friday.",
        "The ferry company is likely to cut fares on Friday.",
        "The ferry company is likely to say on Friday it will cut fares.",
    ],
)
def test_a_reported_future_or_plan_looks_ahead(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


@pytest.mark.parametrize(
    "text",
    [
        "The mayor hopes to open the footbridge on Friday.",
        "The bakery agreed to sell its second shop on Friday.",
        "The council has decided to close the harbour office on Friday.",
        "The ferry operator vowed to restore the service on Friday.",
        "The porters threatened to strike on Friday.",
        "The club is slated to unveil its new kit on Friday.",
    ],
)
def test_an_infinitive_of_intent_or_commitment_looks_ahead(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


@pytest.mark.parametrize(
    "text",
    [
        "The council voted to approve the harbour budget on Friday.",
        "The council decided to close the harbour office on Friday.",
        "The police wanted to question the ferry's captain on Friday.",
    ],
)
def test_an_infinitive_under_an_intent_in_the_simple_past_may_be_done(extracted: Extracted, text: str) -> None:
    # The control: an intent in the present or a perfect looks ahead (the test before).
    assert dates(extracted, text) == {"Friday": "2019-03-08"}


def test_an_infinitive_with_its_own_subject_under_a_verb_of_planning_looks_ahead(extracted: Extracted) -> None:
    text = "The brewery said it expects the sale to close in January."
    assert dates(extracted, text, AUTUMN) == {"January": "2020-01"}


@pytest.mark.parametrize(
    "text",
    [
        "The inquest was postponed until Friday.",
        "The magistrate adjourned the case to Friday.",
        "The deadline for bids was extended to Friday.",
        "The vote was moved to Friday.",
        "The hearing was pushed back to Friday.",
    ],
)
def test_the_new_date_of_an_event_moved_looks_ahead(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


def test_the_day_an_event_was_moved_on_looks_back(extracted: Extracted) -> None:
    assert dates(extracted, "The inquest was postponed on Friday.") == {"Friday": "2019-03-08"}


def test_the_month_an_event_is_moved_to_looks_ahead(extracted: Extracted) -> None:
    assert dates(extracted, "The harbour vote was moved to April.") == {"April": "2019-04"}


@pytest.mark.parametrize(
    "text",
    ["The ferry company moved its offices to the coast in April.", "Protesters pushed through the barriers in April."],
)
def test_a_verb_that_moves_more_than_dates_told_in_the_past_looks_back(extracted: Extracted, text: str) -> None:
    # The control: the test before, where "moved to" names the new date.
    assert dates(extracted, text) == {"April": "2018-04"}


def test_a_month_told_in_the_past_is_not_one_still_ahead(extracted: Extracted) -> None:
    assert dates(extracted, "Ferry traffic fell in December.", AUTUMN) == {"December": "2018-12"}


def test_a_month_under_way_may_be_told_in_the_past(extracted: Extracted) -> None:
    assert dates(extracted, "Ferry traffic fell in November.", AUTUMN) == {"November": "2019-11"}


def test_a_day_a_schedule_names_just_ahead_late_in_the_year_is_of_the_next_year(extracted: Extracted) -> None:
    assert dates(extracted, "The harbour toll takes effect Jan. 1.", AUTUMN) == {"Jan. 1": "2020-01-01"}


def test_a_day_told_in_the_past_late_in_the_year_is_of_this_year(extracted: Extracted) -> None:
    # The control: the test before.
    assert dates(extracted, "The harbour toll took effect Jan. 1.", AUTUMN) == {"Jan. 1": "2019-01-01"}


def test_a_day_since_which_something_holds_is_gone_by_whatever_the_tense(extracted: Extracted) -> None:
    # The control: "takes effect Jan. 1", in the present too, lies ahead (the test before).
    assert dates(extracted, "Ferry fares are up 12% since Jan. 1.", AUTUMN) == {"Jan. 1": "2019-01-01"}


def test_a_date_ending_a_stretch_told_in_the_past_may_lie_ahead(extracted: Extracted) -> None:
    text = "The regulator gave the ferry operator until Dec. 15 to reply."
    assert dates(extracted, text, AUTUMN) == {"Dec. 15": "2019-12-15"}


@pytest.mark.parametrize(
    "text",
    [
        "The ministers are meeting on Monday to discuss the harbour.",
        "The regatta is being held on Monday.",
        "The harbour board is holding a public meeting on Monday.",
    ],
)
def test_the_present_progressive_of_an_arrangement_looks_ahead(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Monday": "2019-03-18"}


def test_the_present_progressive_of_looking_into_an_event_leaves_the_date_to_the_event(extracted: Extracted) -> None:
    text = "Police are investigating a break-in at the harbour office on Saturday."
    assert dates(extracted, text) == {"Saturday": "2019-03-09"}


def test_the_past_progressive_looks_back(extracted: Extracted) -> None:
    assert dates(extracted, "The ministers were meeting on Monday to discuss the harbour.") == {"Monday": "2019-03-11"}


@pytest.mark.parametrize(
    "text",
    [
        "The company said on Friday it would cut 200 jobs.",
        "The mayor told reporters on Friday she would stand again.",
        "A spokesman said on Friday the plant would close.",
    ],
)
def test_the_day_a_future_was_reported_on_looks_back(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Friday": "2019-03-08"}


def test_a_day_after_that_belongs_to_the_reported_future(extracted: Extracted) -> None:
    assert dates(extracted, "The company said that on Friday it would cut 200 jobs.") == {"Friday": "2019-03-15"}


def test_a_reported_past_looks_back(extracted: Extracted) -> None:
    assert dates(extracted, "The committee said it voted on Friday.") == {"Friday": "2019-03-08"}


@pytest.mark.parametrize(
    "text",
    [
        "The strike could end on Friday.",
        "The strike could end on Friday, but talks may drag on.",
        "The ministers must decide by Friday.",
        "The bridge may reopen on Friday.",
        "The harbour report is due Friday.",
        "The vote, set for Friday, was welcomed by the union.",
    ],
)
def test_what_may_yet_happen_or_is_due_or_set_looks_ahead(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


def test_a_date_something_was_due_looks_back(extracted: Extracted) -> None:
    # The control: "is due Friday" looks ahead (the test before).
    assert dates(extracted, "The harbour rent was due Friday, but the tenants could not pay.") == {
        "Friday": "2019-03-08"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The strike could have ended on Friday.",
        "The union's leader could not be reached for comment on Friday.",
        "Divers could see the wreck on Friday, but strong currents kept them away.",
        "Strong currents kept divers away, but they could see the wreck on Friday.",
    ],
)
def test_could_have_could_not_and_could_beside_a_past_look_back(extracted: Extracted, text: str) -> None:
    # The control: "could end on Friday", alone or beside another "may", looks ahead (the test before).
    assert dates(extracted, text) == {"Friday": "2019-03-08"}


def test_would_have_looks_back(extracted: Extracted) -> None:
    assert dates(extracted, "Officials said the trial would have started on Friday.") == {"Friday": "2019-03-08"}


def test_a_range_due_ahead_keeps_its_order(extracted: Extracted) -> None:
    text = "Work on the depot is due to start in June and be finished by the end of September."
    assert dates(extracted, text, AUTUMN) == {"June": "2020-06", "the end of September": "2020-09"}


def test_a_range_told_in_the_past_stays_in_the_past(extracted: Extracted) -> None:
    text = "Work on the depot started in June and was finished by the end of September."
    assert dates(extracted, text, AUTUMN) == {"June": "2019-06", "the end of September": "2019-09"}


def test_a_verb_with_a_tense_of_its_own_does_not_share_the_future_it_is_joined_to(extracted: Extracted) -> None:
    text = "The depot will open in June and was approved by the council in September."
    assert dates(extracted, text, AUTUMN) == {"June": "2020-06", "September": "2019-09"}


def test_the_end_of_a_range_in_the_present_is_not_before_its_start(extracted: Extracted) -> None:
    found = dates(extracted, "The street market runs from November to February.", AUTUMN)
    assert found == {"November": "2019-11", "February": "2020-02"}


def test_the_start_of_a_range_in_the_past_is_the_one_before_its_end(extracted: Extracted) -> None:
    found = dates(extracted, "Heating costs rose from October to March.", AUTUMN)
    assert found == {"October": "2018-10", "March": "2019-03"}


def test_two_dates_that_bound_no_range_keep_their_own_years(extracted: Extracted) -> None:
    found = dates(extracted, "Ferry traffic fell in November and recovered in February.", AUTUMN)
    assert found == {"November": "2019-11", "February": "2019-02"}


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("from November to February", True),
        ("November until February", True),
        ("November-February", True),
        ("between November and February", True),
        ("in November and February", False),
        ("in November, then in February", False),
    ],
)
def test_what_joins_the_ends_of_a_range(text: str, bound: bool) -> None:
    first, second = text.index("November"), text.index("February")
    assert bounds_range(text, (first, first + len("November")), (second, second + len("February"))) is bound


def test_a_year_given_in_the_text_is_never_moved_to_order_a_range(extracted: Extracted) -> None:
    found = dates(extracted, "The street market runs from November to February 2019.", AUTUMN)
    assert found["February 2019"] == "2019-02"


def test_a_participle_joined_to_a_past_shares_its_tense(extracted: Extracted) -> None:
    assert dates(extracted, "The ferry was seized and released in December.", AUTUMN) == {"December": "2018-12"}


@pytest.mark.parametrize(
    "text",
    [
        "Investors will watch Friday's report on prices.",
        "Friday's report is expected to show a rise.",
        "Traders will watch Thursday's report on prices and Friday's report on jobs.",
    ],
)
def test_a_possessive_date_of_a_verbs_subject_or_object_looking_ahead_looks_ahead(
    extracted: Extracted, text: str
) -> None:
    assert dates(extracted, text)["Friday"] == "2019-03-15"


def test_a_possessive_date_told_in_the_present_looks_back(extracted: Extracted) -> None:
    # The control: under a verb that looks ahead (the test before).
    assert dates(extracted, "Friday's drop is the largest since May.")["Friday"] == "2019-03-08"


@pytest.mark.parametrize(
    "text", ["Friday's fire will cost the ferry company millions.", "The board will review Friday's flooding."]
)
def test_a_possessive_date_of_a_happening_under_a_verb_looking_ahead_looks_back(
    extracted: Extracted, text: str
) -> None:
    # The control: of a scheduled event, a report (test_a_possessive_date_of_a_verbs_subject_or_object_looking_ahead).
    assert dates(extracted, text)["Friday"] == "2019-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "The Friday vote is expected to be close.",
        "Investors will watch the Friday jobs report.",
        "The Friday party leaders debate will be broadcast live.",
    ],
)
def test_a_date_before_its_events_noun_under_a_verb_looking_ahead_looks_ahead(extracted: Extracted, text: str) -> None:
    # Written before its noun without a possessive, as "Friday's report is expected to show a rise".
    assert dates(extracted, text)["Friday"] == "2019-03-15"


@pytest.mark.parametrize(
    "text", ["The Friday vote was close.", "The Friday fire will cost the ferry company millions."]
)
def test_a_date_before_its_events_noun_told_in_the_past_or_of_a_happening_looks_back(
    extracted: Extracted, text: str
) -> None:
    # The controls of the test before: a past tense, and a happening whose cost lies ahead of it.
    assert dates(extracted, text)["Friday"] == "2019-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "Investors will study the February jobs report.",
        "The February trade figures are expected to show a rise.",
        "Investors will watch February's jobs report.",
    ],
)
def test_a_month_before_a_reports_noun_is_the_month_it_covers_under_a_verb_looking_ahead(
    extracted: Extracted, text: str
) -> None:
    # Not the day it comes out, as a weekday before the noun is ("will watch the Friday jobs report").
    assert dates(extracted, text)["February"] == "2019-02"


def test_a_day_the_parser_takes_for_the_object_of_a_verb_looking_ahead_looks_ahead(extracted: Extracted) -> None:
    found = dates(extracted, "The board will meet Jan. 8 to vote on the offer.", published=AUTUMN)
    assert found == {"Jan. 8": "2020-01-08"}


@pytest.mark.parametrize(
    "text",
    [
        "Ferry operators plan lower fares starting Jan. 6.",
        "The budget for the year beginning Jan. 6 includes money for the harbour.",
    ],
)
def test_a_participle_modifying_a_noun_shares_the_tense_of_the_nouns_clause(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text, published=AUTUMN) == {"Jan. 6": "2020-01-06"}


def test_a_participle_ending_a_period_keeps_its_own_tense_under_a_clause_looking_ahead(extracted: Extracted) -> None:
    # The control: a participle starting one (the test before).
    found = dates(extracted, "The bank will report results for the quarter ending Sept. 30 soon.", published=AUTUMN)
    assert found["Sept. 30"] == "2019-09-30"


def test_a_participle_modifying_a_noun_of_a_clause_told_in_the_past_looks_back(extracted: Extracted) -> None:
    # The control: in the present (the test before).
    found = dates(extracted, "Fares for the season starting Jan. 6 rose sharply.", published=AUTUMN)
    assert found == {"Jan. 6": "2019-01-06"}


@pytest.mark.parametrize(
    "text",
    [
        "The company said quarterly results, to be reported on Friday, will include a gain.",
        "A vote to be held on Friday will decide the harbour plan.",
    ],
)
def test_a_passive_infinitive_modifying_a_noun_looks_ahead(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


@pytest.mark.parametrize(
    "text",
    [
        "She was the first to be elected on Friday.",
        "She was the youngest to be elected on Friday.",
        "At the end of trading Friday, the harbour board said 500 tickets had been sold to its members.",
    ],
)
def test_a_passive_after_a_first_a_superlative_or_a_perfect_looks_back(extracted: Extracted, text: str) -> None:
    # The control: a passive infinitive modifying a noun (the test before).
    assert dates(extracted, text) == {"Friday": "2019-03-08"}


@pytest.mark.parametrize(
    "text",
    [
        "The fare increase, effective Jan. 2, was announced on Tuesday.",
        "The dividend is payable Jan. 2 to holders of record.",
    ],
)
def test_a_day_something_takes_effect_just_ahead_late_in_the_year_is_of_the_next_year(
    extracted: Extracted, text: str
) -> None:
    assert dates(extracted, text, published=AUTUMN)["Jan. 2"] == "2020-01-02"


def test_a_day_something_took_effect_is_no_later_than_the_schedule_allows(extracted: Extracted) -> None:
    # The control: a day just ahead (the test before).
    assert dates(extracted, "The fare cut, effective Oct. 1, lowered prices.", published=AUTUMN) == {
        "Oct. 1": "2019-10-01"
    }


def test_a_perfect_infinitive_under_a_frame_told_in_the_past_looks_back(extracted: Extracted) -> None:
    found = dates(extracted, "The offer, which was to have expired Friday, was extended by a week.")
    assert found["Friday"] == "2019-03-08"


def test_a_perfect_infinitive_under_a_frame_in_the_present_looks_ahead(extracted: Extracted) -> None:
    # The control: under a frame told in the past (the test before).
    assert dates(extracted, "The ferry is expected to have returned by Friday.") == {"Friday": "2019-03-15"}


def test_an_infinitive_of_a_noun_of_planning_looks_ahead(extracted: Extracted) -> None:
    found = dates(extracted, "The talks ended with an agreement to meet again on Friday.")
    assert found["Friday"] == "2019-03-15"


@pytest.mark.parametrize(
    "text",
    ["A proposal to raise fares on Friday was rejected by the board.", "Her promise to visit on Friday was kept."],
)
def test_an_infinitive_of_a_plan_whose_fate_is_told_in_the_past_looks_back(extracted: Extracted, text: str) -> None:
    # The control: a plan the sentence makes (test_an_infinitive_of_a_noun_of_planning_looks_ahead).
    assert dates(extracted, text)["Friday"] == "2019-03-08"


def test_an_infinitive_of_another_noun_looks_back(extracted: Extracted) -> None:
    # The control: of a noun of planning (the test before).
    assert dates(extracted, "The ferry had no reason to leave on Friday.") == {"Friday": "2019-03-08"}


def test_a_spelled_ordinal_that_ranks_after_a_month_is_no_day(extracted: Extracted) -> None:
    # The control: a spelled day, "May third" (test_date_values.test_a_day_and_year_spelled_out_are_read).
    assert "June fifth" not in dates(extracted, "By June fifth place was secure for the club.")


def test_a_date_of_an_event_a_coming_period_owns_looks_ahead(extracted: Extracted) -> None:
    found = dates(extracted, "Talks went on ahead of next year's vote in March.", AUTUMN)
    assert found == {"next year": "2020", "March": "2020-03"}


def test_a_date_of_an_event_no_period_owns_takes_the_tense_of_its_clause(extracted: Extracted) -> None:
    # The control of the test before.
    assert dates(extracted, "Talks went on ahead of the vote in March.", AUTUMN) == {"March": "2019-03"}


def test_a_plan_in_the_past_perfect_names_a_date_gone_by(extracted: Extracted) -> None:
    assert dates(extracted, "The opening had been planned for February.", AUTUMN) == {"February": "2019-02"}


def test_a_plan_in_the_present_names_a_date_ahead(extracted: Extracted) -> None:
    # The control of the test before.
    assert dates(extracted, "The opening is planned for February.", AUTUMN) == {"February": "2020-02"}


def test_an_infinitive_under_a_plan_in_the_past_perfect_names_a_date_gone_by(extracted: Extracted) -> None:
    assert dates(extracted, "The repairs had been expected to finish by February.", AUTUMN) == {"February": "2019-02"}


def test_an_infinitive_under_a_plan_in_the_present_names_a_date_ahead(extracted: Extracted) -> None:
    # The control of the test before.
    assert dates(extracted, "The repairs are expected to finish by February.", AUTUMN) == {"February": "2020-02"}


def test_the_end_an_event_is_extended_through_looks_ahead(extracted: Extracted) -> None:
    assert dates(extracted, "The council voted to extend the parking ban through May.", AUTUMN) == {"May": "2020-05"}


def test_the_end_an_event_ran_through_is_gone_by(extracted: Extracted) -> None:
    # The control of the test before.
    assert dates(extracted, "The parking ban ran through May.", AUTUMN) == {"May": "2019-05"}


def test_the_weekend_a_sentence_looks_ahead_to_is_the_coming_one(extracted: Extracted) -> None:
    assert dates(extracted, "The store will close over the weekend.") == {"the weekend": "2019-W11-WE"}


def test_the_weekend_a_sentence_tells_in_the_past_is_the_one_gone_by(extracted: Extracted) -> None:
    # The control of the test before.
    assert dates(extracted, "The store closed over the weekend.") == {"the weekend": "2019-W10-WE"}


def test_the_weekend_after_any_preposition_of_time_is_a_date(extracted: Extracted) -> None:
    assert dates(extracted, "Crews worked through the weekend.") == {"the weekend": "2019-W10-WE"}


def test_the_weekend_without_a_preposition_of_time_is_no_date(extracted: Extracted) -> None:
    # The control of the test before.
    assert dates(extracted, "The weekend was quiet.") == {}


def test_a_date_of_an_adjective_completing_a_verb_takes_the_verbs_tense(extracted: Extracted) -> None:
    assert dates(extracted, "The council said the road would stay closed until Monday.") == {"Monday": "2019-03-18"}


def test_a_date_of_an_adjective_completing_a_verb_in_the_past_is_gone_by(extracted: Extracted) -> None:
    # The control of the test before.
    assert dates(extracted, "The road stayed closed until Monday.") == {"Monday": "2019-03-11"}


def test_a_condition_without_a_tense_looks_ahead(extracted: Extracted) -> None:
    assert dates(extracted, "If approved on Tuesday, the plan goes to the board.") == {"Tuesday": "2019-03-19"}


def test_a_condition_told_in_the_past_is_gone_by(extracted: Extracted) -> None:
    # The control of the test before.
    assert dates(extracted, "If it was approved on Tuesday, nobody noticed.") == {"Tuesday": "2019-03-12"}


def test_a_season_far_from_any_other_date_word_is_found(extracted: Extracted) -> None:
    text = "The mayor said on Wednesday that the council would hold a vote on the new stadium in the autumn."
    assert dates(extracted, text) == {"Wednesday": "2019-03-13", "the autumn": "2019-FA"}


def test_a_season_word_after_no_preposition_of_time_is_no_date(extracted: Extracted) -> None:
    # The control of the test before.
    assert dates(extracted, "The bank hired more summer interns than ever.") == {}


def test_a_day_by_its_ordinal_alone_after_on_is_a_date(extracted: Extracted) -> None:
    assert dates(extracted, "The inquiry will sit again on the 12th, its chairman said.") == {"the 12th": "2019-04-12"}


@pytest.mark.parametrize("text", ["The new office is on the 14th floor.", "The champion bogeyed on the 14th."])
def test_an_ordinal_of_a_floor_or_a_golf_hole_is_no_date(extracted: Extracted, text: str) -> None:
    # The control of the test before.
    assert dates(extracted, text) == {}


def test_a_date_of_an_event_another_noun_qualified_by_next_owns_takes_the_tense_of_its_clause(
    extracted: Extracted,
) -> None:
    # The control is test_a_date_of_an_event_a_coming_period_owns_looks_ahead: "next" puts a period ahead, not a film.
    assert dates(extracted, "Her next film's premiere in March drew poor reviews.", AUTUMN) == {"March": "2019-03"}


def test_the_end_a_thing_lasted_through_without_an_object_is_gone_by(extracted: Extracted) -> None:
    # The control is test_the_end_an_event_is_extended_through_looks_ahead: "extend" with an object.
    assert dates(extracted, "The drought extended through May.", AUTUMN) == {"May": "2019-05"}


def test_the_weekend_qualifying_a_noun_is_no_date(extracted: Extracted) -> None:
    # The control is test_the_weekend_after_any_preposition_of_time_is_a_date.
    assert dates(extracted, "Traders at the weekend market said takings fell.") == {}


def test_an_ordinal_before_and_is_no_date(extracted: Extracted) -> None:
    # The control is test_a_day_by_its_ordinal_alone_after_on_is_a_date: a list of holes or floors, not of days.
    assert dates(extracted, "Smith dropped a shot on the 14th and finished third.") == {}


def test_a_condition_without_a_tense_of_what_would_have_been_is_gone_by(extracted: Extracted) -> None:
    # The control is test_a_condition_without_a_tense_looks_ahead: its clause looks ahead.
    text = "If approved on Tuesday, the plan would have gone to the board."
    assert dates(extracted, text) == {"Tuesday": "2019-03-12"}


@pytest.mark.parametrize(
    "text",
    [
        "The magistrate ordered the ferry captain to return to court on Friday.",
        "The magistrate told the ferry captain to appear before the board on Friday.",
        "The council asked shopkeepers to register by Friday.",
        "The council told the bakery to close its kitchen until Friday.",
    ],
)
def test_what_one_is_summoned_to_or_told_to_do_by_a_deadline_looks_ahead(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


@pytest.mark.parametrize(
    "text",
    [
        "The court allowed the bakery to reopen on Friday.",
        "The harbour master urged the ferry company to cut fares on Friday.",
        "The magistrate ordered the ferry company to return the fares on Friday.",
    ],
)
def test_any_other_act_one_is_told_to_do_takes_the_day_of_the_telling(extracted: Extracted, text: str) -> None:
    # News puts the day of the telling last. The control: a summons or a deadline (the test before).
    assert dates(extracted, text) == {"Friday": "2019-03-08"}


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company was ordered to pay damages on Friday.",
        "The magistrate ordered on Friday that the files be released.",
    ],
)
def test_a_passive_order_or_the_day_an_order_was_given_looks_back(extracted: Extracted, text: str) -> None:
    # The control: the one told named as the object (the test before).
    assert dates(extracted, text) == {"Friday": "2019-03-08"}


def test_the_end_of_a_time_granted_to_do_something_looks_ahead(extracted: Extracted) -> None:
    text = "The regulator gave the ferry operator until Friday to reply."
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


def test_the_day_something_was_given_looks_back(extracted: Extracted) -> None:
    # The control: a time granted to do something (the test before).
    assert dates(extracted, "The regulator gave the ferry operator a fine on Friday.") == {"Friday": "2019-03-08"}


def test_what_had_been_due_to_happen_looks_back(extracted: Extracted) -> None:
    # The control: "is due to open" looks ahead (test_what_is_due_to_happen_looks_ahead).
    text = "The new footbridge had been due to open on January 9."
    assert dates(extracted, text) == {"January 9": "2019-01-09"}


def test_what_is_due_to_happen_looks_ahead(extracted: Extracted) -> None:
    text = "The new footbridge is due to open on January 9."
    assert dates(extracted, text) == {"January 9": "2020-01-09"}


@pytest.mark.parametrize(
    "text",
    [
        "Traders are rushing to file before Friday's deadline.",
        "The mayor is campaigning ahead of Friday's vote.",
    ],
)
def test_a_day_of_a_scheduled_event_awaited_in_the_present_looks_ahead(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


def test_a_day_of_a_scheduled_event_awaited_in_the_past_looks_back(extracted: Extracted) -> None:
    # The control: awaited in the present (the test before).
    assert dates(extracted, "Councillors met ahead of Friday's vote.") == {"Friday": "2019-03-08"}


def test_a_day_of_a_scheduled_event_after_for_in_the_present_looks_back(extracted: Extracted) -> None:
    # "for" tells a cause as often as an aim. The control: "before" or "ahead of" (the test before last).
    assert dates(extracted, "The mayor is under fire for Friday's vote.") == {"Friday": "2019-03-08"}


# A Sunday: "Saturday" ahead is 2019-03-23, "Tuesday" ahead 2019-03-19.
SUNDAY = "2019-03-17"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will sail to the island on Saturday and return to the harbour on Tuesday.",
        "The ferry will sail to the island on Saturday and then return to the harbour on Tuesday.",
        "The ferry is due to sail to the island on Saturday and return to the harbour on Tuesday.",
    ],
)
def test_the_days_of_a_plan_in_one_clause_keep_their_order(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text, SUNDAY) == {"Saturday": "2019-03-23", "Tuesday": "2019-03-26"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The ferry sailed to the island on Saturday and will return to the harbour on Tuesday.",
            {"Saturday": "2019-03-16", "Tuesday": "2019-03-19"},
        ),
        (
            "The ferry will return to the harbour on Tuesday and sail to the island on Saturday.",
            {"Tuesday": "2019-03-19", "Saturday": "2019-03-23"},
        ),
    ],
)
def test_days_of_a_plan_told_in_order_or_of_a_past_and_a_plan_are_each_the_nearest(
    extracted: Extracted, text: str, found: dict[str, str]
) -> None:
    # The control: a plan's later step named first in the week (the test before).
    assert dates(extracted, text, SUNDAY) == found


def test_an_infinitive_whose_to_the_parser_hangs_on_due_looks_ahead(extracted: Extracted) -> None:
    # The parser reads "due to" as of a cause here, hanging "to" on "due" rather than on "host".
    assert dates(extracted, "The club is due to host Brenmoor on Saturday.", SUNDAY) == {"Saturday": "2019-03-23"}


@pytest.mark.parametrize(
    "text",
    [
        "The anglers are bracing for Friday's ruling on the canal.",
        "The anglers are awaiting the outcome of Friday's ballot.",
        "The rowers are counting down to Friday's regatta.",
        "The ferry crews are looking ahead to Friday's talks.",
    ],
)
def test_a_day_of_an_event_waited_for_in_the_present_looks_ahead(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


@pytest.mark.parametrize(
    "text",
    [
        "The anglers waited for Friday's ruling on the canal.",
        "The anglers are still awaiting Friday's ruling on the canal.",
        "The outcome of Friday's ballot surprised the anglers.",
        "The anglers are preparing a challenge to Friday's ballot.",
        "The ferry crews are looking at Friday's talks again.",
        "The divers are looking for Friday's missing kayak.",
        "The anglers are awaiting Friday's collision report.",
    ],
)
def test_a_day_of_an_event_waited_for_in_the_past_or_not_waited_for_looks_back(extracted: Extracted, text: str) -> None:
    # The control: waited for in the present (the test before); "looking" waits only "ahead" or "forward" (not "at"
    # nor "for", a search), a wait
    # "still" going on may be for what is overdue, and a day before an incident is the incident's.
    assert dates(extracted, text) == {"Friday": "2019-03-08"}


def test_a_day_of_figures_awaited_in_the_simple_past_looks_ahead(extracted: Extracted) -> None:
    # A market report tells its session in the past; the figures it awaited were still to come.
    text = "Tarrow traders awaited Friday's inflation data before placing bets."
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


def test_a_day_of_figures_awaited_in_the_past_perfect_looks_back(extracted: Extracted) -> None:
    # The control of the test before: a wait told in the past perfect is over.
    text = "Tarrow traders had awaited Friday's inflation data for weeks."
    assert dates(extracted, text) == {"Friday": "2019-03-08"}


def test_a_day_of_figures_awaited_that_a_past_clause_says_are_out_looks_back(extracted: Extracted) -> None:
    # The control of the simple past awaiting above: figures that "showed" something are out.
    text = "Tarrow traders awaited Friday's inflation data, which showed prices rising."
    assert dates(extracted, text) == {"Friday": "2019-03-08"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A ferryman is in hospital after a collision at the weekend.", {"the weekend": "2019-W10-WE"}),
        ("A ferryman is in hospital following a collision on Friday.", {"Friday": "2019-03-08"}),
        ("The quay will stay shut after a landslip at the weekend.", {"the weekend": "2019-W10-WE"}),
        ("The quay will stay shut after a break-in at the weekend.", {"the weekend": "2019-W10-WE"}),
        ("The quay will stay shut following a hit-and-run on Friday.", {"Friday": "2019-03-08"}),
    ],
)
def test_a_day_of_an_incident_that_its_clause_follows_looks_back(
    extracted: Extracted, text: str, found: dict[str, str]
) -> None:
    assert dates(extracted, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The brass band is playing after the regatta at the weekend.", {"the weekend": "2019-W11-WE"}),
        ("The harbour is holding a vigil for the ferryman at the weekend.", {"the weekend": "2019-W11-WE"}),
    ],
)
def test_a_day_of_a_planned_event_that_a_present_follows_looks_ahead(
    extracted: Extracted, text: str, found: dict[str, str]
) -> None:
    # The control: an incident's day (the test before).
    assert dates(extracted, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "The quay will reopen after the planned outage on Saturday.",
        "The quay will reopen after a controlled explosion on Saturday.",
    ],
)
def test_a_day_of_an_incident_arranged_ahead_that_a_future_follows_looks_ahead(extracted: Extracted, text: str) -> None:
    # The control: "will stay shut after a landslip at the weekend" looks back (an incident's day, tests before).
    assert dates(extracted, text) == {"Saturday": "2019-03-16"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Divers are seeking witnesses after the death of a ferryman at the weekend.", {"the weekend": "2019-W10-WE"}),
        ("A ferryman is in hospital after a collision with a barge on Friday.", {"Friday": "2019-03-08"}),
        ("The kiosk will stay shut after an attack on its owner on Saturday.", {"Saturday": "2019-03-09"}),
        ("The quay will stay shut after a landslip at the boatyard on Sunday.", {"Sunday": "2019-03-10"}),
        ("The quay will stay shut after a break-in at the boatyard on Sunday.", {"Sunday": "2019-03-10"}),
    ],
)
def test_a_day_told_after_one_phrase_naming_whom_or_where_an_incident_struck_looks_back(
    extracted: Extracted, text: str, found: dict[str, str]
) -> None:
    assert dates(extracted, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "After the death of a ferryman, a vigil will be held on Friday.",
        "The quay will reopen after talks on a lease on Friday.",
        "The quay will reopen after a review of the collision on Friday.",
        "Wardens will patrol the quay after warnings of a riot on Friday.",
        "The quay will reopen after the planned outage of the cranes on Friday.",
        "The ferry crews will go home after a fire-drill on Friday.",
        "The ferry crews will qualify after a crash course in first aid on Friday.",
    ],
)
def test_a_day_after_an_incident_not_followed_right_before_it_looks_ahead(extracted: Extracted, text: str) -> None:
    # The control: a day told right after one phrase naming whom or where an incident struck (the test before).
    # Here the day follows a comma, talks, a review of the incident, a warning of it, one arranged, a drill, or a
    # course named with an incident's word.
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


def test_a_possessive_day_after_an_incident_is_its_own_nouns(extracted: Extracted) -> None:
    # The control: a day told right after an incident (tests before). Here "Saturday's" owns the match, a future's.
    text = "After the stabbing Saturday's match will be played behind closed doors."
    assert dates(extracted, text) == {"Saturday": "2019-03-16"}
