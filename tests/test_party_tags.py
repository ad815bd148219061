"""The name a party tag follows ("Jane Roe (D-Eastport)"), read straight from the pure function on short invented
sentences."""

import pytest
from spacy.tokens import Token

from app.extract.nlp import load_model
from app.extract.party_tags import tagged_name
from app.settings import Settings


def token(sentence: str, word: str) -> Token:
    return next(t for t in load_model(Settings().spacy_model)(sentence) if t.text == word)


def name(sentence: str, word: str) -> list[str] | None:
    found = tagged_name(token(sentence, word))
    return [t.text for t in found] if found is not None else None


_TAGGED = "Her cousin, state Rep. Jane Roe (D-Eastport Falls), spoke first."


@pytest.mark.parametrize("word", ["Jane", "Roe", "(", "Falls", ")"])
def test_a_word_of_the_name_or_of_its_tag_gives_the_capitalised_words_before_the_tag(word: str) -> None:
    assert name(_TAGGED, word) == ["Rep.", "Jane", "Roe"]


@pytest.mark.parametrize("word", ["cousin", "state", "spoke"])
def test_a_word_outside_the_name_and_its_tag_gives_none(word: str) -> None:
    assert name(_TAGGED, word) is None


def test_a_quoted_nickname_stays_inside_the_name() -> None:
    sentence = 'Her cousin, Del. Ana "Nina" Ruiz (R-Harlow), spoke first.'
    assert name(sentence, "Ruiz") == ["Del.", "Ana", '"', "Nina", '"', "Ruiz"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Sen. Carl Ruiz (I) voted no.", ["Sen.", "Carl", "Ruiz"]), ("Carl Ruiz (a teacher) voted no.", None)],
    ids=["party-letter-alone", "brackets-holding-no-party"],
)
def test_only_a_party_letter_makes_brackets_a_tag(sentence: str, expected: list[str] | None) -> None:
    assert name(sentence, "Ruiz") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Monday Sen. Carl Ruiz (I) voted no.", ["Sen.", "Carl", "Ruiz"]),
        ("Then Sen. Carl Ruiz (I) voted no.", ["Sen.", "Carl", "Ruiz"]),
        ("Senate Majority Leader Carl Ruiz (I) voted no.", ["Senate", "Majority", "Leader", "Carl", "Ruiz"]),
    ],
    ids=["date-opening-the-sentence", "adverb-opening-the-sentence", "title-of-several-words"],
)
def test_the_name_is_the_proper_nouns_before_the_tag(sentence: str, expected: list[str]) -> None:
    assert name(sentence, "Ruiz") == expected
