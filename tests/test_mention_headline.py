"""Mentions of an ALL-CAPS line, read again in ordinary case, cut to the names the article's ordinary lines write:
the case of the line's other words was guessed. Invented wire headlines, read by the rule directly and by the
extractor."""

import pytest
from spacy.language import Language

from app.extract.entities import find_entities
from app.extract.mention_cleaning import Piece
from app.extract.mention_headline import RunningText, shouted_pieces
from app.extract.nlp import load_model
from app.extract.parsed import ArticleText
from app.extract.parsing import parse_articles
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


def test_a_headline_verb_before_a_known_surname_is_cut_off(nlp: Language) -> None:
    line = "Court Jails Holby For Six Years"
    assert _cut(nlp, line, "Jails Holby", "PERSON", {"Holby": "PERSON"}, set()) == ["Holby"]


def test_a_given_name_before_a_known_surname_stays_with_it(nlp: Language) -> None:
    """Uncommon given names too: "Ivo" is in no list, and no verb, title or word the article writes in lower case."""
    line = "Ivo Holby Steps Down After Loss"
    assert _cut(nlp, line, "Ivo Holby Steps", "PERSON", {"Holby": "PERSON"}, set()) == ["Ivo Holby"]


def test_a_word_the_article_capitalises_before_a_known_surname_stays(nlp: Language) -> None:
    """ "Klaus" ends like a headline's verb; the article writes it capitalised, so its case was no guess."""
    line = "Klaus Holby Steps Down After Loss"
    assert _cut(nlp, line, "Klaus Holby", "PERSON", {"Holby": "PERSON"}, {"Holby", "Klaus"}) == ["Klaus Holby"]
    assert _cut(nlp, line, "Klaus Holby", "PERSON", {"Holby": "PERSON"}, {"Holby"}) == ["Holby"]


def test_a_mention_holding_no_name_of_the_article_stays_whole(nlp: Language) -> None:
    line = "Kessington Albion 3 Norbury 0"
    assert _cut(nlp, line, "Kessington Albion", "ORG", {"Norbury": "GPE"}, {"Norbury"}) == ["Kessington Albion"]


@pytest.mark.parametrize(
    ("line", "mention"),
    [
        ("Halden Rovers 2 Marsby Town 1", "Marsby Town"),
        ("The Marsby University Hospital Will Be Rebuilt", "Marsby University Hospital"),
        ("Rain Delays Start Of Marsby Open", "Marsby Open"),
    ],
    ids=["a club", "an institution", "an event"],
)
def test_a_name_made_of_a_known_place_and_a_head_word_stays_whole(nlp: Language, line: str, mention: str) -> None:
    assert _cut(nlp, line, mention, "ORG", {"Marsby": "GPE"}, {"Marsby"}) == [mention]


def test_a_known_place_with_words_that_are_no_head_word_is_cut_to_the_place(nlp: Language) -> None:
    line = "Rain Delays Start In Marsby Again"
    assert _cut(nlp, line, "Marsby Again", "ORG", {"Marsby": "GPE"}, {"Marsby"}) == ["Marsby"]


def test_a_persons_given_name_and_surname_known_apart_stay_one_name(nlp: Language) -> None:
    line = "Ann Holby To Stand For Mayor"
    names = {"Ann": "PERSON", "Holby": "GPE"}
    assert _cut(nlp, line, "Ann Holby", "PERSON", names, {"Ann", "Holby"}) == ["Ann Holby"]


def test_a_capitals_headlines_mention_joins_the_person_the_story_names(nlp: Language) -> None:
    body = "SAILING - MARY TOLLEY KEEPS HER LEAD .\nTolley led the fleet home on Sunday, three minutes clear."
    entities = find_entities(parse_articles(nlp, [ArticleText({"body": body}, None)])[0])
    person = next(entity for entity in entities if entity.type == "PERSON")
    assert [mention.text for mention in person.mentions] == ["MARY TOLLEY", "Tolley"]
