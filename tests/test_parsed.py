"""Helpers over a parsed paragraph's tokens."""

from app.extract.nlp import load_model
from app.extract.parsed import first_joined
from app.settings import Settings


def word(text: str, written: str):
    doc = load_model(Settings().spacy_model)(text)
    return next(token for token in doc if token.text == written)


def test_a_word_joined_by_and_to_one_before_it_is_led_by_that_one():
    assert first_joined(word("Sales grew at its stores in Elmridge and Tarnwick.", "Tarnwick")).text == "Elmridge"


def test_a_word_joined_to_nothing_before_it_leads_itself():
    assert first_joined(word("Sales grew at its stores in Elmridge and Tarnwick.", "Elmridge")).text == "Elmridge"
    assert first_joined(word("Sales grew at its stores in Tarnwick.", "Tarnwick")).text == "Tarnwick"
