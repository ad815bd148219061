"""Whether capitalised words have the shape of a person's name: two or three name words, none a word that names an
organisation, a place or an event. Asked where only the shape can tell a person from a body: which names a lone
surname joins, who a speaker is."""

import re

from app.extract.gender import name_gender
from app.extract.mention_heads import FACILITY_HEAD_WORDS
from app.extract.names import ORG_HEAD_WORDS, alias_table, normal_form
from app.vocabulary.classes import BODY_AND_PLACE_WORDS
from app.vocabulary.sports import CLUB_WORDS, EVENT_HEAD_WORDS, NICKNAME_PLURALS

_NAME_WORD = re.compile(r"^[A-Z](?:\.|[\w'’-]+)$")
# A word of an organisation's, a place's, a club's or an event's name ("Dynamo", "Rovers", "Open", "Classic"): a name
# holding one is not a person's.
_NOT_IN_PERSON_NAMES = ORG_HEAD_WORDS | FACILITY_HEAD_WORDS | BODY_AND_PLACE_WORDS | CLUB_WORDS | EVENT_HEAD_WORDS


def person_shaped(name: str) -> bool:
    """Two or three capitalised words, none of them a word that names an organisation or a place."""
    words = name.split()
    table = alias_table()
    return (
        len(words) in (2, 3)
        and all(_NAME_WORD.match(word) and word.casefold() not in _NOT_IN_PERSON_NAMES for word in words)
        and not table.is_country(name)
        and not _a_sides_nickname(words, name)
        and normal_form(words[0]) not in table.demonyms
    )


def _a_sides_nickname(words: list[str], name: str) -> bool:
    """A side's plural nickname ending the name ("Kelby Falcons"), unless a common given name opens it: the word is
    a surname too, if rarely ("Ruth Eagles", "Mark Lions")."""
    return words[-1].casefold() in NICKNAME_PLURALS and name_gender(name) is None
