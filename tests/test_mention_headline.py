"""Mentions of an ALL-CAPS line, read again in ordinary case, cut to the names the article's ordinary lines write:
the case of the line's other words was guessed. Invented wire headlines, read by the rule directly and by the
extractor."""

import pytest
from spacy.language import Language

from app.extract.entities import find_entities
from app.extract.mention_cleaning import Piece
from app.extract.mention_headline import RunningText, shouted_pieces
from app.extract.nlp import load_model
from app.extract.parsed import ArticleText, parse_articles
from app.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().spacy_model)


def _cut(nlp: Language, line: str, mention: str, label: str, names: dict[str, str], capitalised: set[str]) -> list[str]:
    doc = nlp(line)
    start = line.index(mention)
    piece = Piece(start, start + len(mention), label)
    running = RunningText(frozenset(capitalised), frozenset())
    return [line[part.start : part.end] for part in shouted_pieces(doc, piece, names, running)]


def test_a_guessed_word_before_a_known_surname_is_cut_off(nlp: Language) -> None:
    line = "Athletics - Varco Defeats Holby in front of crowds ."
    assert _cut(nlp, line, "Defeats Holby", "PERSON", {"Holby": "PERSON"}, {"Holby"}) == ["Holby"]


def test_a_word_the_article_capitalises_before_a_known_surname_stays(nlp: Language) -> None:
    line = "Athletics - Varco Defeats Ann Holby in front of crowds ."
    assert _cut(nlp, line, "Ann Holby", "PERSON", {"Holby": "PERSON"}, {"Holby", "Ann"}) == ["Ann Holby"]


def test_a_mention_holding_no_name_of_the_article_stays_whole(nlp: Language) -> None:
    line = "Halden Rovers 2 Marsby Town 1"
    assert _cut(nlp, line, "Halden Rovers", "ORG", {"Marsby Town": "ORG"}, {"Marsby"}) == ["Halden Rovers"]


def test_a_common_given_name_before_a_known_surname_stays_with_it(nlp: Language) -> None:
    line = "Golf - Mary Tolley Wins in Marsby ."
    assert _cut(nlp, line, "Mary Tolley Wins", "PERSON", {"Tolley": "PERSON"}, {"Tolley"}) == ["Mary Tolley"]


def test_a_persons_given_name_and_surname_known_apart_stay_one_name(nlp: Language) -> None:
    line = "Boxing - Ann Holby Retires ."
    names = {"Ann": "PERSON", "Holby": "GPE"}
    assert _cut(nlp, line, "Ann Holby", "PERSON", names, {"Ann", "Holby"}) == ["Ann Holby"]
    assert _cut(nlp, line, "Ann Holby Retires", "PERSON", names, {"Ann", "Holby"}) == ["Ann", "Holby"]


def test_an_event_named_after_its_place_stays_whole(nlp: Language) -> None:
    line = "Tennis - Results from the Eastland Open ."
    assert _cut(nlp, line, "Eastland Open", "EVENT", {"Eastland": "GPE"}, {"Eastland"}) == ["Eastland Open"]
    assert _cut(nlp, line, "Eastland Open", "ORG", {"Eastland": "GPE"}, {"Eastland"}) == ["Eastland"]


def test_a_capitals_headlines_mention_joins_the_person_the_story_names(nlp: Language) -> None:
    body = "GOLF - MARY TOLLEY WINS IN MARSBY .\nTolley shot a 66 on Sunday to win by two strokes in Marsby."
    entities = find_entities(parse_articles(nlp, [ArticleText({"body": body}, None)])[0])
    person = next(entity for entity in entities if entity.type == "PERSON")
    assert [mention.text for mention in person.mentions] == ["MARY TOLLEY", "Tolley"]
