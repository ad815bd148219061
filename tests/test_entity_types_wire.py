"""Entities of a tokenised news wire (issue 20): bylines and short headlines above the dateline, cricket scorelines,
European cup results, scoring summaries, league sections, teams with nicknames, countries in capitals, headline
words whose capital was guessed, and organisations the tagger read as people. Each rule on a short invented item,
through GET /entities; the vocabulary and the line forms on their pure functions."""

from collections.abc import Callable
from typing import Any

import pytest

from app.extract.mention_case import adjectives
from app.extract.mention_context import context_type
from app.extract.mention_heads import head_type
from app.extract.mention_signatures import byline
from app.extract.names import alias_table
from app.extract.nlp import load_model
from app.extract.teams import club_names, is_table_label
from app.settings import Settings
from app.vocabulary.datelines import is_dated_dateline
from app.vocabulary.sports import CLUB_FIRST_WORDS

Extracted = Callable[..., list[dict[str, Any]]]


def _types(entities: list[dict[str, Any]]) -> dict[str, str]:
    """Every name and alias an entity goes by, with the entity's type."""
    return {name: entity["type"] for entity in entities for name in _names(entity)}


def _clubs(line: str) -> list[str]:
    doc = load_model(Settings().spacy_model)(line)
    return sorted({line[piece.start : piece.end] for piece in club_names(doc) if piece.label == "ORG"})


@pytest.mark.parametrize("name", ["Dunstan Hollis", "By Rufus Hale"])
def test_a_byline_above_the_dateline_names_its_reporter(extracted: Extracted, name: str) -> None:
    text = f"ATHLETICS - BRENNER WINS IN MARSBY .\n{name}\nMARSBY 2031-08-14\nIvo Brenner won the 400 metres ."
    assert _types(extracted("entities", text))[name.removeprefix("By ")] == "PERSON"


@pytest.mark.parametrize(
    ("line", "following", "reporter"),
    [
        ("Dunstan Hollis", "MARSBY 2031-08-14", "Dunstan Hollis"),
        ("Marsby Harbour", "MARSBY 2031-08-14", None),
        ("Port Elin", "MARSBY 2031-08-14", None),
        ("Dunstan Hollis", "Ivo Brenner won the 400 metres .", None),
        ("Silver Harvest", "MARSBY 2031-08-14", None),
        ("Frank Harvest", "MARSBY 2031-08-14", "Frank Harvest"),
        ("Dunstan Warner", "MARSBY 2031-08-14", "Dunstan Warner"),
        ("By Silver Harvest", "MARSBY 2031-08-14", "Silver Harvest"),
    ],
    ids=["reporter", "place-end", "place-opener", "no-dateline", "adjective", "given-name", "noun-surname", "after-by"],
)
def test_a_byline_is_a_persons_name_alone_above_a_dateline(line: str, following: str, reporter: str | None) -> None:
    span = byline(line, following, adjectives(load_model(Settings().spacy_model)))
    assert (line[span[0] : span[1]] if span else None) == reporter


def test_a_short_headline_in_capitals_above_the_dateline_is_no_place(extracted: Extracted) -> None:
    text = "UNREST IN KELVO .\nKELVO 2031-09-08\nPolice and protesters clashed in Kelvo on Sunday ."
    names = _types(extracted("entities", text))
    assert not any(name.casefold().startswith("unrest") for name in names)
    assert names["KELVO"] == "GPE"


@pytest.mark.parametrize(
    ("line", "dated"), [("KELVO 2031-09-08", True), ("UNREST IN KELVO .", False), ("HALDEN , Norway 2031-08-29", True)]
)
def test_a_dated_dateline_gives_its_date_after_the_place(line: str, dated: bool) -> None:
    assert is_dated_dateline(line) is dated


@pytest.mark.parametrize(
    ("line", "clubs"),
    [
        (
            "At Marsby : Halden 301 and 122-4 ( R. Quaintance 56 not out ) . Tolverton 245 ( K. Voss 88 ) .",
            ["Halden", "Tolverton"],
        ),
        ("At Brackley : Kessington 410-7 declared ( M. Tarrow 150 ) v Norbury .", ["Kessington", "Norbury"]),
    ],
    ids=["full-stop-between-sides", "declared-and-side-to-bat"],
)
def test_the_sides_of_a_wire_cricket_scoreline_are_clubs(line: str, clubs: list[str]) -> None:
    assert _clubs(line) == clubs


@pytest.mark.parametrize(
    "line",
    ["At Marsby : Halden 301 and 122-4 . Tolverton 245 .", "Marsby : Halden beat Tolverton by eight wickets ."],
    ids=["at-the-venue", "before-a-result"],
)
def test_a_scorelines_venue_is_its_town(extracted: Extracted, line: str) -> None:
    types = _types(extracted("entities", f"CRICKET - COUNTY SCORES .\nLONDON 2031-08-30\nScores on Friday :\n{line}"))
    assert (types.get("Marsby"), types.get("Tolverton")) == ("GPE", "ORG")


def test_a_european_cup_result_gives_each_clubs_country_in_brackets(extracted: Extracted) -> None:
    text = "SOCCER - CUP RESULT .\nGENEVA 2031-09-12\nIn Halden : Halden ( Norway ) 2 Dynamo Riverton ( Moldova ) 1"
    named = {(name, entity["type"]) for entity in extracted("entities", text) for name in _names(entity)}
    assert {("Halden", "GPE"), ("Halden", "ORG"), ("Dynamo Riverton", "ORG"), ("Norway", "GPE")} <= named


def _names(entity: dict[str, Any]) -> list[str]:
    return [entity["name"], *entity["aliases"]]


@pytest.mark.parametrize("label", ["Tries", "Extras", "Conversions", "OT"])
def test_the_labels_of_a_scoring_summary_are_headings(label: str) -> None:
    assert is_table_label(label, opens_line=False)


@pytest.mark.parametrize(("fills_line", "heading"), [(True, True), (False, False)])
def test_a_league_alone_on_its_line_heads_a_tables_section(fills_line: bool, heading: bool) -> None:
    assert is_table_label("Coastal League", opens_line=True, fills_line=fills_line) is heading


def test_a_league_heading_results_is_no_organisation(extracted: Extracted) -> None:
    text = "BASEBALL - RESULTS .\nNEW YORK 2031-08-29\nResults on Thursday :\nCoastal League\nHALDEN 5 Marsby 3"
    types = _types(extracted("entities", text))
    assert "Coastal League" not in types
    assert types["Marsby"] == "ORG"


def test_a_town_and_a_plural_nickname_name_a_team(extracted: Extracted) -> None:
    text = "HOCKEY - RESULT .\nHALDEN 2031-10-12\nMara Quist scored as the Halden Hawks beat the Marsby Pilots 5-3 ."
    types = _types(extracted("entities", text))
    assert (types.get("Halden Hawks"), types.get("Marsby Pilots")) == ("ORG", "ORG")


@pytest.mark.parametrize(
    ("line", "clubs"),
    [
        ("the Marsby Pilots won 5-3 .", ["Marsby Pilots"]),
        ("the Marsby Islands won 5-3 .", []),
        ("Moy won in the Tolvan Dolomites .", []),
        ("Moy won the Marsby Masters .", []),
    ],
    ids=["nickname", "islands", "mountain-range", "event"],
)
def test_a_plural_that_ends_a_places_name_is_no_nickname(line: str, clubs: list[str]) -> None:
    assert _clubs(f"Ice hockey : {line}") == clubs


def test_a_country_read_as_a_person_is_the_country() -> None:
    doc = load_model(Settings().spacy_model)("Costa Rica beat Halden by two goals .")
    assert head_type(doc, 0, len("Costa Rica"), "PERSON") == "GPE"


def test_a_title_keeps_a_countrys_name_a_persons() -> None:
    doc = load_model(Settings().spacy_model)("Mrs Georgia spoke .")
    assert head_type(doc, 4, 11, "PERSON") == "PERSON"


def test_a_country_in_a_headline_in_capitals_is_a_place(extracted: Extracted) -> None:
    text = "NORWAY MARSBY BANK Q2 PROFIT UP .\nOSLO 2031-08-30\nNorwegian lender Marsby Bank said its profit rose ."
    types = _types(extracted("entities", text))
    assert types.get("NORWAY") == "GPE"
    assert types["Marsby Bank"] == "ORG"


def test_a_headline_verb_the_story_never_writes_is_no_name(extracted: Extracted) -> None:
    text = "MARSBY BANK PROFIT BELOW TARGET .\nOSLO 2031-08-30\nMarsby Bank said its profit rose less than expected ."
    types = _types(extracted("entities", text))
    assert not {"TARGET", "Target"} & types.keys()
    assert types["MARSBY BANK"] == "ORG"


def test_a_players_position_is_no_part_of_his_name(extracted: Extracted) -> None:
    text = (
        "ICE HOCKEY - RESULT .\nMARSBY 2031-10-12\nGoaltender Tobin Ferrell made 31 saves as Marsby beat Halden 3-1 ."
    )
    assert _types(extracted("entities", text)).get("Tobin Ferrell") == "PERSON"


def test_no_countrys_name_is_a_clubs_first_word() -> None:
    assert not [word for word in CLUB_FIRST_WORDS if alias_table().is_country(word)]


def test_a_clubs_first_word_opens_its_name(extracted: Extracted) -> None:
    text = "BASKETBALL - CUP .\nVARLEN 2031-10-10\nMaccabi Tolverton beat Hapoel Brackley 78-72 on Thursday ."
    types = _types(extracted("entities", text))
    assert (types.get("Maccabi Tolverton"), types.get("Hapoel Brackley")) == ("ORG", "ORG")


def test_a_movement_is_an_organisation_before_a_closing_attribution(extracted: Extracted) -> None:
    text = "The victims were members of the Kelvo Liberation Movement , a party spokesman said ."
    assert _types(extracted("entities", text))["Kelvo Liberation Movement"] == "ORG"


def test_a_person_described_in_apposition_stays_a_person(extracted: Extracted) -> None:
    text = "The dead included Omar Latif , a party official , who was shot ."
    assert _types(extracted("entities", text))["Omar Latif"] == "PERSON"


@pytest.mark.parametrize(("name", "kind"), [("Kelvo Liberation Front", "ORG"), ("Kelvo Lindqvist", "PERSON")])
def test_an_organisations_last_word_makes_its_name_no_persons(name: str, kind: str) -> None:
    doc = load_model(Settings().spacy_model)(f"{name} said on Monday it would appeal .")
    assert head_type(doc, 0, len(name), "PERSON") == kind


def test_a_league_closing_a_heading_is_no_section() -> None:
    assert not is_table_label("Coastal League", opens_line=False, fills_line=True)


@pytest.mark.parametrize(
    ("text", "name", "whole"),
    [
        ("The Kelvo People 's Party won the vote on Sunday .", "Kelvo People 's Party", True),
        ("Rebels of the Kelvo People 's Liberation Army attacked .", "Kelvo People 's Liberation Army", True),
        ("The Marsby 's Harbour Board met on Sunday .", "Marsby 's Harbour Board", False),
    ],
    ids=["party", "army", "a-towns-possessive"],
)
def test_a_collective_nouns_possessive_stays_inside_a_name(
    extracted: Extracted, text: str, name: str, whole: bool
) -> None:
    assert (name in _types(extracted("entities", text))) is whole


def test_a_side_a_places_word_opens_is_a_club_though_read_as_a_person(extracted: Extracted) -> None:
    text = (
        "BASEBALL - RESULTS .\nNEW YORK 2031-08-30\nResults on Thursday :\nSan Marcos 3 HALDEN 2\nTolverton 4 Marsby 3"
    )
    types = _types(extracted("entities", text))
    assert (types.get("San Marcos"), types.get("Tolverton")) == ("ORG", "ORG")


def test_a_person_named_in_full_is_no_side_of_a_count(extracted: Extracted) -> None:
    text = "Votes counted on Sunday :\nAnn Roe 1204 , Ed Moy 988"
    assert _types(extracted("entities", text)).get("Ann Roe") == "PERSON"


def test_a_clubs_last_word_alone_names_the_club(extracted: Extracted) -> None:
    text = (
        "SOCCER - RESULT .\nLONDON 2031-10-19\nKestrel beat Halden Rovers 2-1 on Saturday .\nRovers had led at first ."
    )
    assert _types(extracted("entities", text)).get("Rovers") == "ORG"


@pytest.mark.parametrize(("label", "stated"), [("EVENT", None), ("PERSON", "ORG")])
def test_a_contests_name_before_a_class_noun_stays_the_contests(label: str, stated: str | None) -> None:
    text = "Halden play in a Kelvo Cup group match ."
    doc = load_model(Settings().spacy_model)(text)
    start = text.index("Kelvo Cup")
    assert context_type(doc, start, start + len("Kelvo Cup"), label) == stated
