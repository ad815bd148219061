"""Titles: the role a word of rank or office written before a name gives its bearer (the words themselves are
`app.vocabulary.people.TITLES`)."""

from collections.abc import Sequence

from app.vocabulary.capitals import NAME_PARTICLES, NAME_SUFFIXES
from app.vocabulary.people import GIVEN_NAME_TITLES

# Abbreviated titles, and the word for the role a story later calls their bearer by ("Sen. Roe" ... "the
# senator").
_ABBREVIATED = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "del": "delegate"}
# Words for one office that American news uses by turns for the same person ("Rep. Roe" ... "the congresswoman").
_SAME_OFFICE = {"congressman": "representative", "congresswoman": "representative"}


def title_role(title: str) -> str:
    """The role a title written before a name gives its bearer: "Sen." -> "senator", "mayor" -> "mayor", one
    word for each office: "Congresswoman" -> "representative"."""
    word = title.lower().rstrip(".")
    role = _ABBREVIATED.get(word, word)
    return _SAME_OFFICE.get(role, role)


def given_name_title(words: Sequence[str]) -> bool:
    """Whether a name's first word is a title that is also a given name, written before a full name: "Dean Arlo
    Venn" (the dean Arlo Venn), not "Dean Harlow" (a man named Dean). A son's suffix or a surname's particle makes
    no full name of a surname: "Dean Harlow Jr." and "Dean Van Horn" are men named Dean."""
    # A name trimmed of all its words (only punctuation) has no title; most names open with no such title's word.
    if not words or words[0].lower() not in GIVEN_NAME_TITLES:
        return False
    rest = [word for word in words[1:] if word.lower().rstrip(".") not in NAME_SUFFIXES]
    return len(rest) >= 2 and rest[0].lower() not in NAME_PARTICLES
