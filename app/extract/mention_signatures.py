"""The editor's sign-off at the foot of a wire story ("-- Ivo Berg , Marsby Desk +47 ..."), and the reporter's byline
between its headline and its dateline ("Ivo Berg" alone on its line): a person. The tagger, seeing no sentence, takes
the name for a place or an organisation, or keeps half of it."""

import re

from app.extract.names import ORG_HEAD_WORDS, alias_table
from app.extract.person_shape import person_shaped
from app.vocabulary.datelines import dateline_places, place_shaped
from app.vocabulary.furniture import ROLE_WORDS
from app.vocabulary.people import TITLES

_NAME_WORD = r"[A-Z][A-Za-z'’-]*[a-z]"
_SIGN_OFF = re.compile(rf"^\s*--\s*(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,3}})\s*,(?P<rest>.*)$")
_WORD = re.compile(r"[^\W\d_]+")
# A byline: the reporter's name alone on its line, perhaps after "By".
_BYLINE = re.compile(r"^\s*(?:[Bb][Yy]\s+)?(?P<name>\S.*?)\s*$")
# The words of a desk's name ("Newsroom", "Desk", "Bureau"): written in lower case too, and no surname.
_DESK_WORDS = ORG_HEAD_WORDS | ROLE_WORDS


def sign_off(text: str) -> tuple[int, int] | None:
    """Where the sign-off names its editor, in an article's last line that opens with "--": a name of two or three
    words after any title, then only a desk, a city and a phone number ("-- Goldman Sachs , the bank , said ..." is a
    bulleted sentence). A place ("-- New York , ...") or a desk ("-- Marsby Newsroom ,") is no editor."""
    found = _SIGN_OFF.match(text)
    if found is None or any(word.islower() and word not in _DESK_WORDS for word in _WORD.findall(found["rest"])):
        return None
    start, words = found.start("name"), found["name"].split()
    while words and words[0].casefold().rstrip(".") in TITLES:
        start += len(words.pop(0)) + 1
    if not 2 <= len(words) <= 3 or words[-1].casefold() in _DESK_WORDS:
        return None
    name = " ".join(words)
    if alias_table().lookup(name) is not None or alias_table().is_country(name):
        return None
    return start, found.end("name")


def byline(text: str, following: str, adjectives: frozenset[str]) -> tuple[int, int] | None:
    """Where a byline names its reporter: a line that is only a person's name (two or three name words, "By" perhaps
    before them), right above the dateline ("BRANTFORD 2031-05-02"). Not a place's name ("Port Elin", "Marsby
    Harbour"), the line a page gives the story's town in, nor a lone word; without "By", not words an English
    adjective opens (`adjectives`), a title's rather ("Silver Harvest", "Golden Meadow")."""
    found = _BYLINE.match(text)
    if found is None or not dateline_places(following) or not person_shaped(found["name"]):
        return None
    words = found["name"].casefold().split()
    if place_shaped(words[0], words[-1]):
        return None
    if not text[: found.start("name")].strip() and words[0] in adjectives:
        return None
    return found.span("name")
