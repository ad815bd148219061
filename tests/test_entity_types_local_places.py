"""Entities of local news (issue 20): a lake or reservoir the tagger read as a person, an address's town the tagger
read as a person, and a town before a state's abbreviation in brackets. Each rule on its function over invented
sentences, with a control that differs only where the rule looks."""

import pytest
from spacy.language import Language

from app.extract.mention_heads import head_type
from app.extract.mention_places import placed_names
from tests.tagged_docs import head_type_of, tagged

# A lake or a reservoir


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hundreds marched to Kelby Water on Friday evening.", "Kelby Water"),
        ("Anglers lined the banks of Ostby Reservoir at dawn.", "Ostby Reservoir"),
    ],
)
def test_a_name_ending_in_a_waters_word_read_as_a_persons_is_a_place(nlp: Language, text: str, name: str) -> None:
    assert head_type_of(nlp, text, name) == "LOC"


def test_a_waters_name_that_acts_is_the_utility_named_after_it(nlp: Language) -> None:
    assert head_type_of(nlp, "Kelby Water said bills would rise in April.", "Kelby Water") == "ORG"


def test_a_title_before_a_waters_word_keeps_a_persons_name(nlp: Language) -> None:
    assert head_type_of(nlp, "Hundreds marched with Mr Ivo Water on Friday evening.", "Ivo Water") == "PERSON"


def test_a_waters_word_ending_a_name_set_off_by_an_age_stays_a_persons(nlp: Language) -> None:
    assert head_type_of(nlp, "Ivo Water, 34, marched to the square on Friday.", "Ivo Water") == "PERSON"


def test_a_waters_word_ending_a_name_described_as_a_person_stays_a_persons(nlp: Language) -> None:
    assert head_type_of(nlp, "Ivo Water, the actress, marched to the square on Friday.", "Ivo Water") == "PERSON"


def test_a_waters_name_described_as_a_thing_is_still_a_place(nlp: Language) -> None:
    assert head_type_of(nlp, "Hundreds marched to Kelby Water, the largest lake, on Friday.", "Kelby Water") == "LOC"


def test_a_waters_name_set_off_by_a_description_of_spaces_alone_is_still_a_place(nlp: Language) -> None:
    assert head_type_of(nlp, "Hundreds marched to Kelby Water, the  , on Friday.", "Kelby Water") == "LOC"


def test_a_waters_word_ending_a_name_set_off_by_a_clause_of_who_stays_a_persons(nlp: Language) -> None:
    assert head_type_of(nlp, "Ivo Water, who lives nearby, marched to the square.", "Ivo Water") == "PERSON"


def test_a_waters_name_set_off_by_a_clause_of_which_is_still_a_place(nlp: Language) -> None:
    assert head_type_of(nlp, "Hundreds marched to Kelby Water, which lies nearby, on Friday.", "Kelby Water") == "LOC"


def test_a_waters_word_ending_a_name_described_by_a_clubs_role_stays_a_persons(nlp: Language) -> None:
    text = "Ivo Water, the club's captain, signed a new contract on Monday."
    assert head_type_of(nlp, text, "Ivo Water") == "PERSON"


def test_a_waters_word_ending_a_name_whose_surname_alone_gets_an_age_stays_a_persons(nlp: Language) -> None:
    text = "Ivo Water told the court he had been at home. Water, 34, denies assault."
    assert head_type_of(nlp, text, "Ivo Water") == "PERSON"


def test_a_waters_name_beside_another_name_set_off_by_an_age_is_still_the_utility(nlp: Language) -> None:
    text = "Kelby Water told the court it had warned tenants. Ivo Roe, 34, denies assault."
    assert head_type_of(nlp, text, "Kelby Water") == "ORG"


@pytest.mark.parametrize(("name", "head"), [("Ostby Reservoir", "LOC"), ("Ostby Reservoir Trust", "ORG")])
def test_a_reservoir_the_tagger_read_as_a_body_is_a_water_but_not_a_body_named_after_it(
    nlp: Language, name: str, head: str
) -> None:
    text = f"Levels at {name} fell to 30 percent on Tuesday."
    start = text.index(name)
    assert head_type(nlp(text), start, start + len(name), "ORG") == head


# An address's town


def test_an_addresss_town_read_as_a_persons_name_is_a_place(nlp: Language) -> None:
    text = "Dorran Helvey, 34, of Elm Grove, Holtby, admitted robbery."
    found = placed_names(tagged(nlp, text, "Holtby", "PERSON"), frozenset())
    assert [text[piece.start : piece.end] for piece in found] == ["Holtby"]


def test_a_persons_name_after_a_streets_name_and_a_comma_not_closed_is_no_town(nlp: Language) -> None:
    text = "The bus stopped on Elm Grove, Holtby told reporters."
    assert list(placed_names(tagged(nlp, text, "Holtby", "PERSON"), frozenset())) == []


# A town before its state's abbreviation


def _placed(nlp: Language, text: str, name: str, label: str) -> list[str]:
    return [text[piece.start : piece.end] for piece in placed_names(tagged(nlp, text, name, label), frozenset())]


def test_a_lone_name_before_a_states_abbreviation_in_brackets_is_a_town_in_that_state(nlp: Language) -> None:
    text = "Floods cut the road at Kelvabee (NSW) on Monday."
    assert _placed(nlp, text, "Kelvabee", "PERSON") == ["Kelvabee", "NSW"]


def test_a_lone_name_before_another_bracketed_abbreviation_is_not_placed_by_it(nlp: Language) -> None:
    text = "Floods cut the road at Kelvabee (ABC) on Monday."
    assert _placed(nlp, text, "Kelvabee", "PERSON") == []


def test_a_persons_full_name_before_a_states_abbreviation_stays_a_persons(nlp: Language) -> None:
    text = "Floods cut the road at Ada Kelvabee (NSW) on Monday."
    assert _placed(nlp, text, "Ada Kelvabee", "PERSON") == []


def test_a_surname_before_a_states_abbreviation_after_from_is_no_town(nlp: Language) -> None:
    # A question or a letter comes from a member who sits for the state, not from a town.
    text = "A question from Kelvabee (NSW) drew applause."
    assert _placed(nlp, text, "Kelvabee", "PERSON") == []


def test_an_athletes_surname_before_a_states_abbreviation_after_to_is_no_town(nlp: Language) -> None:
    text = "The gold medal went to Kelvabee (NSW) in the final."
    assert _placed(nlp, text, "Kelvabee", "PERSON") == []


def test_a_surname_before_a_states_abbreviation_as_a_verbs_subject_is_no_town(nlp: Language) -> None:
    text = "Kelvabee (NSW) and Orrin (WA) both won their heats."
    assert _placed(nlp, text, "Kelvabee", "PERSON") == []


def test_towns_listed_after_a_preposition_of_place_are_each_in_their_state(nlp: Language) -> None:
    text = "Rain fell at Kelvabee (NSW) and Orrinbah (Qld) overnight."
    assert _placed(nlp, text, "Kelvabee", "PERSON") == ["Kelvabee", "NSW", "Orrinbah", "Qld"]


# A place named after its cross


def _as_a_body(nlp: Language, text: str, name: str) -> str:
    start = text.index(name)
    return head_type(nlp(text), start, start + len(name), "ORG")


@pytest.mark.parametrize(
    "text", ["About 200 people marched from Kelby Cross on Saturday.", "Trains to Kelby Cross station were cancelled."]
)
def test_a_name_ending_in_cross_where_something_is_or_goes_from_is_a_place(nlp: Language, text: str) -> None:
    assert _as_a_body(nlp, text, "Kelby Cross") == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid from the Kelby Cross arrived on Saturday.", "Kelby Cross"),
        ("Aid from Margaret Cross arrived on Saturday.", "Margaret Cross"),
        ("Kelby Cross said it had rehomed 40 dogs.", "Kelby Cross"),
        # After the preposition but naming whose the noun is: the body's staff, not a place.
        ("Food came with help from Kelby Cross volunteers, the mayor said.", "Kelby Cross"),
    ],
)
def test_a_name_ending_in_cross_after_the_or_a_given_name_or_no_preposition_stays_a_bodys(
    nlp: Language, text: str, name: str
) -> None:
    assert _as_a_body(nlp, text, name) == "ORG"
