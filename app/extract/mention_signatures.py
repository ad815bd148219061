"""The editor's sign-off at the foot of a wire story ("-- Ivo Berg , Marsby Newsroom +47 ..."): a person. The tagger,
seeing no sentence, takes the name for a place or an organisation, or keeps half of it."""

import re

from app.extract.names import ORG_HEAD_WORDS, alias_table
from app.vocabulary.furniture import ROLE_WORDS

_SIGN_OFF = re.compile(r"^\s*--\s*(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})\s*,")


def sign_off(text: str) -> tuple[int, int] | None:
    """Where the line's sign-off names its editor; a place ("-- New York , ...") or a desk ("-- Marsby Newsroom ,",
    "-- Energy Desk ,") is none."""
    found = _SIGN_OFF.match(text)
    if found is None or alias_table().lookup(found.group("name")) is not None:
        return None
    if found.group("name").split()[-1].casefold() in ORG_HEAD_WORDS | ROLE_WORDS:
        return None
    return found.span("name")
