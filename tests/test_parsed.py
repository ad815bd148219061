"""Helpers over a parsed paragraph's tokens."""

from app.extract.nlp import load_model
from app.extract.parsed import (
    covering,
    deps_of,
    entity_types_of,
    first_joined,
    lemmas_of,
    lower_words,
    lowers_of,
    poses_of,
    sentence_of,
    texts_of,
)
from app.settings import Settings


def parse(text: str):
    return load_model(Settings().spacy_model)(text)


def word(text: str, written: str):
    return next(token for token in parse(text) if token.text == written)


def test_a_word_joined_by_and_to_one_before_it_is_led_by_that_one():
    assert first_joined(word("Sales grew at its stores in Elmridge and Tarnwick.", "Tarnwick")).text == "Elmridge"


def test_a_word_joined_to_nothing_before_it_leads_itself():
    assert first_joined(word("Sales grew at its stores in Elmridge and Tarnwick.", "Elmridge")).text == "Elmridge"
    assert first_joined(word("Sales grew at its stores in Tarnwick.", "Tarnwick")).text == "Tarnwick"


def test_a_paragraphs_texts_and_lower_case_forms_are_its_tokens_by_index():
    doc = parse("The Tarnwick Rovers beat Elmridge.")
    assert texts_of(doc) == tuple(token.text for token in doc) == ("The", "Tarnwick", "Rovers", "beat", "Elmridge", ".")
    assert lowers_of(doc) == ("the", "tarnwick", "rovers", "beat", "elmridge", ".")
    assert lower_words(doc) == frozenset(lowers_of(doc))


def test_the_forms_read_once_are_each_docs_own():
    first, second = parse("Elmridge won."), parse("Tarnwick lost.")
    assert texts_of(first) == ("Elmridge", "won", ".") and texts_of(second) == ("Tarnwick", "lost", ".")
    assert lowers_of(second) == ("tarnwick", "lost", ".")


def test_the_lower_case_forms_are_spacys_for_words_beyond_ascii():
    doc = parse("ÖSTBY and ǅURIĆ met İLKAY in STRAẞE Σ.")
    assert lowers_of(doc) == tuple(token.lower_ for token in doc)


def test_a_words_sentence_is_spacys_for_every_word():
    doc = parse('Jo Roe spoke in Elmridge. "We won," she said. Then the board met.')
    assert [sentence_of(token) for token in doc] == [token.sent for token in doc]
    assert len({sentence_of(token).start for token in doc}) == 3


def test_a_paragraphs_dependencies_parts_of_speech_and_lemmas_are_spacys_by_index():
    doc = parse("The council named Jo Roe city manager, and she was sworn in on Monday.")
    assert deps_of(doc) == tuple(token.dep_ for token in doc)
    assert poses_of(doc) == tuple(token.pos_ for token in doc)
    assert lemmas_of(doc) == tuple(token.lemma_ for token in doc)
    assert lemmas_of(doc)[texts_of(doc).index("was")] == "be"  # the lemma, not the word as written


def test_the_arrays_read_once_are_each_docs_own():
    first, second = parse("Elmridge won."), parse("Tarnwick lost the final.")
    assert deps_of(first) == tuple(token.dep_ for token in first)
    assert poses_of(second) == tuple(token.pos_ for token in second) != poses_of(first)


def test_a_paragraphs_entity_types_are_spacys_by_index_empty_outside_entities():
    doc = parse("Jo Roe of Acme Corp spoke in Elmridge on Tuesday about the plan.")
    assert entity_types_of(doc) == tuple(token.ent_type_ for token in doc)
    assert "" in entity_types_of(doc) and "PERSON" in entity_types_of(doc)


def test_the_tokens_covering_a_stretch_are_spacys_expanded_char_span():
    doc = parse("Jo Roe of Acme Corp spoke in Elmridge.")
    for start, end in [(0, 6), (1, 4), (10, 14), (29, 37), (29, 38), (37, 38)]:
        assert covering(doc, start, end) == doc.char_span(start, end, alignment_mode="expand")
    assert covering(doc, 1, 4).text == "Jo Roe"  # expanded to whole words


def test_a_stretch_no_token_covers_is_none_once_and_again():
    doc = parse("Jo Roe spoke.")
    assert doc.char_span(50, 60, alignment_mode="expand") is None
    assert covering(doc, 50, 60) is None and covering(doc, 50, 60) is None
