"""Whether a name is a man's or a woman's from the words themselves: honorifics, gendered titles and
given names (the commonest, or for someone known to be a person a longer list). Pronouns that refer back to a
person are weaker clues, weighed by the caller."""

from typing import Literal

from app.vocabulary.names import FEMALE_GIVEN_NAMES, FEMALE_NAMES, MALE_GIVEN_NAMES, MALE_NAMES
from app.vocabulary.people import FEMALE_TITLES, MALE_TITLES

Gender = Literal["m", "f"]

PRONOUN_GENDERS: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def title_gender(word: str) -> Gender | None:
    """A man's or a woman's, as a title, an honorific or a kinship word before a name says ("Ms.", "widow")."""
    word = word.lower().rstrip(".")
    return "m" if word in MALE_TITLES else "f" if word in FEMALE_TITLES else None


def name_gender(name: str) -> Gender | None:
    """The sex a full name's given name points to, when among the commonest names: a sign, too, that the name is a
    person's ("Margaret Town" is not a place)."""
    return _given_gender(name, MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES)


def person_gender(name: str) -> Gender | None:
    """The sex the given name of someone known to be a person points to, from the longer lists, which would take
    places ("Florence Hall") for people if they said whether a name is a person's."""
    return _given_gender(name, MALE_NAMES, FEMALE_NAMES)


def _given_gender(name: str, male: frozenset[str], female: frozenset[str]) -> Gender | None:
    words = name.split()
    if len(words) < 2:
        return None
    given = words[0].lower()
    return "m" if given in male else "f" if given in female else None
