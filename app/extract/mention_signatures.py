"""The editor's sign-off at the foot of a wire story ("-- Ivo Berg , Marsby Desk +47 ..."): a person. The tagger,
seeing no sentence, takes the name for a place or an organisation, or keeps half of it."""

import re

from app.extract.names import ORG_HEAD_WORDS, alias_table
from app.extract.titles import TITLES
from app.vocabulary.furniture import ROLE_WORDS

_NAME_WORD = r"[A-Z][A-Za-z'’-]*[a-z]"
_SIGN_OFF = re.compile(rf"^\s*--\s*(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,3}})\s*,(?P<rest>.*)$")
_WORD = re.compile(r"[^\W\d_]+")
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
