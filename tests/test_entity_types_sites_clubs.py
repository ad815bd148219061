"""Entities of local, business and match reports (issue 20): a market's, a works' or a quarry's name is a site's,
and so is the name before "paper mill"; a club's word the tagger left off joins the name before it; a singles result
is read only between two people; a lower-case "the" before a body's or a building's name parts two names. Each rule on
its function over invented sentences (the tagger's spans set by hand where the rule reads them), with a control that
differs only where the rule looks."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract.entities import find_entities
from app.extract.mention_cleaning import clean_spans, untagged_names
from app.extract.mention_context import context_type
from app.extract.mention_heads import head_type
from app.extract.nlp import load_model
from app.extract.parsed import ArticleText
from app.extract.parsing import parse_articles
from app.extract.teams import sports_type
from app.settings import Settings
from tests.tagged_docs import tagged


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().spacy_model)


def _pieces(doc: Doc) -> list[tuple[str, str]]:
    return [(doc.text[piece.start : piece.end], piece.label) for piece in clean_spans(doc)]


def _head(nlp: Language, text: str, name: str, label: str) -> str:
    start = text.index(name)
    return head_type(nlp(text), start, start + len(name), label)


# Sites named by their kind's word


@pytest.mark.parametrize("name", ["Gorrow Market", "the Ollerby Works", "Heddon Quarry"])
def test_a_name_ending_in_a_market_works_or_quarry_is_a_site(nlp: Language, name: str) -> None:
    assert _head(nlp, f"Stalls near {name} reopened on Monday.", name.removeprefix("the "), "ORG") == "FAC"


@pytest.mark.parametrize("name", ["Single Market", "Energy Market", "Ministry of Public Works"])
def test_an_economys_market_or_a_ministrys_works_stays_a_body(nlp: Language, name: str) -> None:
    assert _head(nlp, f"Ministers said the {name} would suffer.", name, "ORG") == "ORG"


def _context(nlp: Language, text: str, name: str) -> str | None:
    start = text.index(name)
    return context_type(nlp(text), start, start + len(name), "ORG")


def test_the_name_before_a_paper_mill_after_the_is_the_sites(nlp: Language) -> None:
    assert _context(nlp, "Workers at the Tennick paper mill voted to strike.", "Tennick") == "FAC"


def test_a_companys_name_before_a_paper_mill_stays_the_companys(nlp: Language) -> None:
    assert _context(nlp, "Workers at the Tennick Holdings paper mill voted to strike.", "Tennick Holdings") != "FAC"


def test_a_name_before_mill_workers_without_the_is_not_a_site(nlp: Language) -> None:
    assert _context(nlp, "Tennick mill workers voted to strike.", "Tennick") != "FAC"


# Clubs


def test_a_town_word_the_tagger_left_off_before_a_score_joins_the_clubs_name(nlp: Language) -> None:
    doc = tagged(nlp, "Dunstow Rovers beat Kelsby Town 3-0 on Saturday.", "Kelsby", "ORG")
    assert _pieces(doc) == [("Kelsby Town", "ORG")]


def test_a_town_word_not_before_a_score_stays_off_the_name(nlp: Language) -> None:
    doc = tagged(nlp, "The mayor said Kelsby Town was growing.", "Kelsby", "ORG")
    assert _pieces(doc) == [("Kelsby", "ORG")]


def test_a_clubs_own_word_the_tagger_left_off_joins_the_name(nlp: Language) -> None:
    doc = tagged(nlp, "Fans said Dunstow Rovers deserved the win.", "Dunstow", "GPE")
    assert _pieces(doc) == [("Dunstow Rovers", "ORG")]


def test_a_clubs_own_word_ending_the_text_joins_the_name(nlp: Language) -> None:
    doc = tagged(nlp, "Late goal sinks Dunstow Rovers", "Dunstow", "GPE")
    assert _pieces(doc) == [("Dunstow Rovers", "ORG")]


def test_a_town_word_ending_the_text_stays_off_the_name(nlp: Language) -> None:
    doc = tagged(nlp, "New homes planned for Kelsby Town", "Kelsby", "GPE")
    assert ("Kelsby Town", "ORG") not in _pieces(doc)


def _types(nlp: Language, body: str) -> dict[str, str]:
    entities = find_entities(parse_articles(nlp, [ArticleText({"body": body}, None)])[0])
    return {entity.name: entity.type for entity in entities}


def test_a_name_ending_in_a_singular_academical_is_a_club_and_its_manager_a_person(nlp: Language) -> None:
    types = _types(
        nlp, "Carnbeth Academical beat Drumlow 2-0 on Saturday. Carnbeth Academical manager Rab Kinnell was pleased."
    )
    assert types["Carnbeth Academical"] == "ORG"
    assert types["Rab Kinnell"] == "PERSON"


def test_a_name_ending_in_celtic_in_a_match_report_is_a_club(nlp: Language) -> None:
    assert _types(nlp, "Carnbeth Celtic beat Drumlow 2-0 on Saturday.")["Carnbeth Celtic"] == "ORG"


def test_celtic_before_a_place_word_is_no_clubs_name(nlp: Language) -> None:
    assert _types(nlp, "Fishing boats in the Celtic Sea were told to return to port.")["Celtic Sea"] == "LOC"


def _sport(doc: Doc, name: str) -> str | None:
    start = doc.text.index(name)
    return sports_type(doc, start, start + len(name), "ORG", frozenset(), sporting=True, reported=True)


def test_a_side_beaten_by_a_club_the_tagger_read_as_a_person_is_no_player(nlp: Language) -> None:
    doc = nlp("Dunstow Rovers beat Kelsby Town 3-0 on Saturday.")
    doc.ents = [doc.char_span(0, 14, label="PERSON"), doc.char_span(20, 31, label="ORG")]
    assert _sport(doc, "Kelsby Town") != "PERSON"


def test_a_person_beaten_by_a_person_with_a_score_is_a_player(nlp: Language) -> None:
    doc = nlp("Lena Varsko beat Sofia Brandholm 6-4 6-2 on Tuesday.")
    doc.ents = [doc.char_span(0, 11, label="PERSON"), doc.char_span(17, 32, label="ORG")]
    assert _sport(doc, "Sofia Brandholm") == "PERSON"


# Two names in one span


def test_the_before_a_buildings_name_after_another_name_parts_the_two(nlp: Language) -> None:
    text = "Hallgarten told Reuters the Lindau Works would expand."
    doc = tagged(nlp, text, "Reuters the Lindau Works", "ORG")
    assert _pieces(doc) == [("Reuters", "ORG"), ("Lindau Works", "ORG")]


@pytest.mark.parametrize(("name", "label"), [("Bank of the West", "ORG"), ("Ivo the Great", "PERSON")])
def test_the_inside_one_name_does_not_part_it(nlp: Language, name: str, label: str) -> None:
    doc = tagged(nlp, f"Officials said {name} had paid.", name, label)
    assert _pieces(doc) == [(name, label)]


def test_the_before_an_epithet_inside_a_buildings_name_does_not_part_it(nlp: Language) -> None:
    text = "Tourists queued outside the Anselm the Fair Tower on Sunday."
    doc = tagged(nlp, text, "Anselm the Fair Tower", "FAC")
    assert _pieces(doc) == [("Anselm the Fair Tower", "FAC")]


def test_capitalised_words_left_out_before_a_lone_sites_word_are_its_name(nlp: Language) -> None:
    doc = tagged(nlp, "Waste was dumped at Tarn Quarry on Friday.", "Quarry", "PERSON")
    assert _pieces(doc) == [("Tarn Quarry", "PERSON")]


def test_a_lone_word_that_names_no_body_or_site_takes_no_words_before_it(nlp: Language) -> None:
    doc = tagged(nlp, "Waste was dumped by Tarn Pellow on Friday.", "Pellow", "PERSON")
    assert _pieces(doc) == [("Pellow", "PERSON")]


# A person's home address


def test_a_name_of_a_persons_shape_before_of_and_a_street_is_a_persons(nlp: Language) -> None:
    text = "The court fined Colm Detterick, of Brook Street, Penhallow, on Tuesday."
    assert _context(nlp, text, "Colm Detterick") == "PERSON"


def test_a_firms_name_before_of_and_a_street_is_no_persons(nlp: Language) -> None:
    text = "The court fined Detterick Transport Ltd, of Brook Street, Penhallow, on Tuesday."
    assert _context(nlp, text, "Detterick Transport Ltd") != "PERSON"


# A public body named after a place


def _untagged(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    doc.ents = ()
    return [(text[piece.start : piece.end], piece.label) for piece in untagged_names(doc)]


def test_one_word_and_of_before_words_closed_by_a_bodys_word_are_one_bodys_name(nlp: Language) -> None:
    assert _untagged(nlp, "The Port of Garrow Authority raised its fees.") == [("Port of Garrow Authority", "ORG")]


def test_a_title_and_of_before_a_bodys_name_stay_out_of_it(nlp: Language) -> None:
    assert _untagged(nlp, "The Mayor of Garrow Council raised its fees.") == [("Garrow Council", "ORG")]


def test_words_the_tagger_left_ending_in_a_venues_word_are_a_bodys_name(nlp: Language) -> None:
    assert _untagged(nlp, "Work on the new Tarnby Sports Centre starts in May.") == [("Tarnby Sports Centre", "ORG")]


def test_a_venues_word_alone_names_nothing(nlp: Language) -> None:
    assert _untagged(nlp, "Work on the new Centre starts in May.") == []


# A person named after a word of time in office


def test_a_name_after_a_tenure_word_opening_a_sentence_is_a_persons(nlp: Language) -> None:
    assert _untagged(nlp, "Outgoing Tamsin Rolle said the accounts were in order.") == [("Tamsin Rolle", "PERSON")]


def test_a_name_after_a_tenure_word_inside_a_sentence_is_no_persons_by_it(nlp: Language) -> None:
    """Inside a sentence the tenure word is written in lower case; a capital one is part of another name."""
    assert _untagged(nlp, "Figures from Veteran Tamsin Rolle were in order.") == []


def test_a_bodys_name_after_a_tenure_word_is_no_persons(nlp: Language) -> None:
    assert ("Tarnby Council", "PERSON") not in _untagged(nlp, "Outgoing Tarnby Council said the accounts were fine.")


# A building and the street it stands on


def test_a_building_and_the_street_it_is_on_are_two_names(nlp: Language) -> None:
    text = "A man was hurt outside the Red Heron on Tallow Street last night."
    doc = tagged(nlp, text, "the Red Heron on Tallow Street", "FAC")
    assert [name for name, _ in _pieces(doc)] == ["Red Heron", "Tallow Street"]


def test_on_inside_a_place_not_closed_by_a_streets_word_stays_in_it(nlp: Language) -> None:
    text = "The fair moved to Walby on Tarn last year."
    doc = tagged(nlp, text, "Walby on Tarn", "GPE")
    assert [name for name, _ in _pieces(doc)] == ["Walby on Tarn"]


def test_on_after_a_towns_one_word_name_stays_in_its_roads_name(nlp: Language) -> None:
    """A town named by its river ("Marby on Tarn") gives a road its name: one word before "on" is no building's."""
    text = "Traffic was held on Marby on Tarn Road for an hour."
    doc = tagged(nlp, text, "Marby on Tarn Road", "FAC")
    assert [name for name, _ in _pieces(doc)] == ["Marby on Tarn Road"]
