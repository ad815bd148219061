"""Entities on sports pages (issue 20): clubs named after towns, headings and table labels, players and clubs told
apart. Each rule on a short invented report, through GET /entities; the heading vocabulary on its pure function."""

from collections.abc import Callable
from typing import Any

import pytest

from app.extract.box_scores import box_score_names
from app.extract.nlp import load_model
from app.extract.teams import is_table_label
from app.settings import Settings

Extracted = Callable[..., list[dict[str, Any]]]


def _types(entities: list[dict[str, Any]]) -> dict[str, str]:
    """Every name and alias an entity goes by, with the entity's type."""
    return {name: entity["type"] for entity in entities for name in (entity["name"], *entity["aliases"])}


@pytest.mark.parametrize("label", ["HANDBALL", "Results", "SCHEDULE", "Eastern Division", "DIVISION TWO", "Group C"])
def test_sport_names_table_labels_and_divisions_are_headings(label: str) -> None:
    assert is_table_label(label, opens_line=True)


@pytest.mark.parametrize(
    "name", ["Halden", "Eastfield Rovers", "Division Street", "Marsby Group", "Central Group", "First Section"]
)
def test_names_are_no_headings(name: str) -> None:
    assert not is_table_label(name, opens_line=True)


@pytest.mark.parametrize(("opens_line", "heading"), [(True, True), (False, False)])
def test_a_division_is_a_heading_only_at_a_lines_start(opens_line: bool, heading: bool) -> None:
    assert is_table_label("Southern Conference", opens_line=opens_line) is heading


def test_a_sport_heading_in_capitals_is_no_entity(extracted: Extracted) -> None:
    text = "HANDBALL - MARSBY GO TOP\nMarsby captain Sindre Brekke scored nine goals as Marsby beat Halden 31-27."
    types = _types(extracted("entities", text))
    assert not {"HANDBALL", "Handball"} & types.keys()
    assert types["Sindre Brekke"] == "PERSON"


def test_both_sides_of_a_results_line_are_clubs(extracted: Extracted) -> None:
    text = "Results of Saturday's matches in the northern league:\nHalden 2 Marsby 1\nTolverton 0 Brackley 3"
    types = _types(extracted("entities", text))
    assert [types.get(name) for name in ("Halden", "Marsby", "Tolverton", "Brackley")] == ["ORG"] * 4


@pytest.mark.parametrize(
    "text",
    [
        "Standings after Thursday:\nKessington 71 0 41 .634 -\nNorbury 66 0 46 .589 5",
        "League table after Saturday:\nKessington 12 9 2 1 27 10 29\nNorbury 12 8 2 2 22 12 26",
    ],
)
def test_the_team_of_a_standings_row_is_a_club(extracted: Extracted, text: str) -> None:
    types = _types(extracted("entities", text))
    assert (types.get("Kessington"), types.get("Norbury")) == ("ORG", "ORG")


def test_the_sides_of_a_cricket_scoreline_are_clubs_and_its_venue_a_place(extracted: Extracted) -> None:
    text = (
        "Close of play scores on Friday:\n"
        "Marsby ( The Ings ) : Halden 259 and 81-3 ( R. Quaintance 74 ) , Tolverton 114 ( K. Voss 4-38 ) .\n"
        "Halden 22 points , Tolverton 4 ."
    )
    types = _types(extracted("entities", text))
    assert [types.get(name) for name in ("Halden", "Tolverton", "R. Quaintance", "K. Voss")] == [
        "ORG",
        "ORG",
        "PERSON",
        "PERSON",
    ]
    assert (types.get("Marsby"), types.get("The Ings")) == ("GPE", "GPE")


def test_one_name_with_a_number_is_no_scoreline(extracted: Extracted) -> None:
    types = _types(extracted("entities", "Mourners : Brenna Kostel 81 , a retired nurse ."))
    assert types.get("Brenna Kostel") == "PERSON"


def test_the_player_of_a_golf_leaderboard_row_stays_a_person(extracted: Extracted) -> None:
    types = _types(extracted("entities", "Leading scores after the third round:\nRuud Weller 68 70 71 209"))
    assert types["Ruud Weller"] == "PERSON"


def test_the_visitors_of_a_fixture_line_are_a_club_and_the_hosts_a_place(extracted: Extracted) -> None:
    types = _types(extracted("entities", "Saturday's fixtures:\nKessington at Norbury"))
    assert (types["Kessington"], types["Norbury"]) == ("ORG", "GPE")


def test_a_club_keeps_its_first_word(extracted: Extracted) -> None:
    text = "Halden captain Ivo Berg scored for Dynamo Riverton last year."
    types = _types(extracted("entities", text))
    assert types.get("Dynamo Riverton") == "ORG"
    assert "Riverton" not in types


def test_a_club_word_makes_a_club_not_a_person(extracted: Extracted) -> None:
    types = _types(extracted("entities", "Midfielder Ivo Berg joined Brenton Athletic from Marsby."))
    assert types["Brenton Athletic"] == "ORG"


def test_a_lone_word_that_beat_another_is_a_club(extracted: Extracted) -> None:
    text = "Joss Pardew took five wickets on Tuesday as Wexcombe beat Frettenham by 40 runs."
    types = _types(extracted("entities", text))
    assert types["Wexcombe"] == "ORG"
    assert types["Frettenham"] == "ORG"


def test_a_player_named_in_full_stays_a_person_when_he_beats_someone(extracted: Extracted) -> None:
    text = "Bram Halloway beat Sam Ketteridge in straight sets. On Sunday, Halloway beat Jansson in the final."
    types = _types(extracted("entities", text))
    assert types["Bram Halloway"] == "PERSON"
    assert "Halloway" in types and types["Halloway"] == "PERSON"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Set 412 to win in the fourth innings, Ashworth began their reply cautiously.", "ORG"),
        ("Set 412 to win in the fourth innings, Ashworth began his reply cautiously.", "PERSON"),
    ],
)
def test_a_lone_name_that_their_refers_to_is_a_side(extracted: Extracted, text: str, type_: str) -> None:
    assert _types(extracted("entities", text))["Ashworth"] == type_


def test_the_side_a_club_lost_to_is_a_club(extracted: Extracted) -> None:
    types = _types(
        extracted("entities", "Brackley Town slipped to fourth in the league after they lost to Halden on Tuesday.")
    )
    assert types["Halden"] == "ORG"


def test_a_place_before_a_club_role_is_a_club(extracted: Extracted) -> None:
    types = _types(extracted("entities", "Halden captain Ivo Berg was sent off in the cup tie on Sunday."))
    assert types["Halden"] == "ORG"
    assert types["Ivo Berg"] == "PERSON"


# Each phrasing with a control that differs from it only where the rule looks.
_CLUB_GRAMMAR = {
    "side before it": ("The league said Ivo Berg will coach first division side Halden next season.", "ORG"),
    "no side before it": ("The league said Ivo Berg will coach in the town of Halden next season.", "GPE"),
    "its defeat": ("After Halden's home defeat in the league, the coach resigned.", "ORG"),
    "its mayor": ("After Halden's new mayor opened the stadium, the league met there.", "GPE"),
    "a plural verb": ("Halden have a new stadium for the league season.", "ORG"),
    "a singular verb": ("Halden has a new stadium for the league season.", "GPE"),
}


@pytest.mark.parametrize(("text", "type_"), list(_CLUB_GRAMMAR.values()), ids=list(_CLUB_GRAMMAR))
def test_a_place_a_sports_report_writes_as_a_side_is_a_club(extracted: Extracted, text: str, type_: str) -> None:
    """ "side Halden", "Halden's defeat", "Halden have": a club, its match or its players; a town is one thing."""
    assert _types(extracted("entities", text))["Halden"] == type_


def test_the_place_after_at_is_the_venue_not_the_club(extracted: Extracted) -> None:
    text = "Halden 2 Marsby 1\nMarsby play their next match at Halden, where the stadium holds 8,400."
    entities = extracted("entities", text)
    halden = {entity["type"] for entity in entities if entity["name"] == "Halden"}
    assert halden == {"ORG", "GPE"}


def test_a_player_the_tagger_took_for_an_organisation_is_a_person_with_his_surname(extracted: Extracted) -> None:
    text = (
        "Halden beat Marsby 9-4 on Saturday.\nStriker Joakim Vestergaard-Lund scored twice for Halden before "
        "half-time.\nVestergaard-Lund, 23, added a third after the break."
    )
    player = [entity for entity in extracted("entities", text) if entity["name"] == "Joakim Vestergaard-Lund"]
    assert [(entity["type"], entity["aliases"]) for entity in player] == [("PERSON", ["Vestergaard-Lund"])]


def _listed(line: str) -> list[tuple[str, str]]:
    doc = load_model(Settings().spacy_model)(line)
    return [(line[piece.start : piece.end], piece.label) for piece in box_score_names(doc)]


def test_a_ranked_results_line_names_an_athlete_and_her_country() -> None:
    assert _listed("1. Annika Solberg (Iceland) 50.91 seconds") == [("Annika Solberg", "PERSON"), ("Iceland", "GPE")]


def test_a_seeded_results_line_names_the_player() -> None:
    line = "2 - Tomas Vrana (Iceland) beat Karel Dusek (Iceland) 15-11 17-14"
    assert ("Tomas Vrana", "PERSON") in _listed(line)


def test_seeded_players_are_found_after_a_colon_and_after_the_verb() -> None:
    line = "Results on Friday: 4 - Tomas Vrana (Iceland) beat 7 - Karel Dusek (Iceland) 15-11 17-14"
    assert [name for name, label in _listed(line) if label == "PERSON"] == ["Tomas Vrana", "Karel Dusek"]


def test_a_scorecard_batting_line_names_batter_fielder_and_bowler() -> None:
    assert _listed("R. Quaintance c Pask b M. Tarrow 61") == [
        ("R. Quaintance", "PERSON"),
        ("Pask", "PERSON"),
        ("M. Tarrow", "PERSON"),
    ]


def test_bowling_figures_name_their_bowlers() -> None:
    line = "Bowling: Quennell 8-1-37-1, de Rooke 6.3-0-25-4"
    assert _listed(line) == [("Quennell", "PERSON"), ("de Rooke", "PERSON")]


def test_those_who_did_not_bat_are_people() -> None:
    assert _listed("Did not bat: Mollan, Pask.") == [("Mollan", "PERSON"), ("Pask", "PERSON")]


def test_an_unseeded_results_line_names_both_players_and_their_countries() -> None:
    line = "Tomas Vrana (Iceland) beat Karel Dusek (Norway) 6-3 6-4"
    assert _listed(line) == [
        ("Tomas Vrana", "PERSON"),
        ("Iceland", "GPE"),
        ("Karel Dusek", "PERSON"),
        ("Norway", "GPE"),
    ]


def test_a_match_whose_brackets_hold_no_country_names_nobody() -> None:
    assert _listed("Halden Rovers (holders) beat Marsby Town (promoted) 2-1") == []


def test_a_scorecard_summary_in_brackets_names_its_players() -> None:
    line = "Halden 212 ( R. Quaintance 74 not out , M. Tarrow 51 ; K.Voss 4-38 ) , Marsby 90-2 ."
    assert [name for name, label in _listed(line) if label == "PERSON"] == ["R. Quaintance", "M. Tarrow", "K.Voss"]


def test_brackets_holding_anything_but_players_with_figures_name_nobody() -> None:
    assert _listed("Halden 212 ( R. Quaintance 74 , rain stopped play ) , Marsby 90-2 .") == []


def test_a_goal_scorer_is_named_before_the_minute() -> None:
    line = "Scorers: Halden - Ivo Berg ( 31st ) , Sindre Brekke ( 75th )"
    assert _listed(line) == [("Ivo Berg", "PERSON"), ("Sindre Brekke", "PERSON")]


def test_a_name_before_a_plain_number_in_brackets_is_no_scorer() -> None:
    assert _listed("Halden Rovers ( 12 ) beat Marsby ( 4 ) in the cup.") == []


@pytest.mark.parametrize(
    "line", ["Halden 12 9 2 1 27 10 29", "Annika Solberg (Iceland) said she was tired.", "Tarrow scored 50 for Halden"]
)
def test_lines_of_other_forms_list_nobody(line: str) -> None:
    assert _listed(line) == []


def test_a_scorecard_player_is_a_person_not_an_organisation(extracted: Extracted) -> None:
    text = "Halden innings\nR. Quaintance c Pask b M. Tarrow 61\nK. Amberly st Voss b Kettering 3\nExtras 5"
    types = _types(extracted("entities", text))
    assert [types.get(name) for name in ("R. Quaintance", "Pask", "M. Tarrow", "Voss")] == ["PERSON"] * 4


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Penrose lost to Ashworth in the election last week.", "Ashworth", "PERSON"),
        ("Penrose lost to Ashworth in the cup final last week.", "Ashworth", "ORG"),
        ("Hundreds of Haskett supporters marched to the council offices.", "Haskett", "PERSON"),
        ("Hundreds of Haskett supporters marched to the stadium.", "Haskett", "ORG"),
    ],
)
def test_a_lone_name_is_a_side_only_in_a_sports_report(extracted: Extracted, text: str, name: str, type_: str) -> None:
    assert _types(extracted("entities", text)).get(name, "PERSON") == type_


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Vote count:\nBrenna Kostel 1204, Odile Marchetti 976", "PERSON"),
        ("Ages:\nBrenna Kostel 41, Odile Marchetti 37", "PERSON"),
        ("Results:\nKessington 2, Norbury 1", "ORG"),
    ],
)
def test_a_vote_count_or_ages_are_no_results_line(extracted: Extracted, text: str, type_: str) -> None:
    types = _types(extracted("entities", text))
    name = "Brenna Kostel" if type_ == "PERSON" else "Kessington"
    assert types.get(name) == type_
