"""Party tags: the bracketed party and state US news writes after a politician's name ("Jane Roe (D-Eastport)").

The tagger reads the tag's words as a name of their own ("Eastport", a place) and often hangs the person's name on
them, so the name a tag follows is found by its shape: the capitalised words just before the bracket.
"""

import re

from spacy.tokens import Token

from app.extract.parsed import text_of, tokens_of
from app.extract.quote_marks import MARKS

# A party's letter (Democrat, Republican, Independent), alone or with the state or district after a dash.
_TAG = re.compile(r"\((?:D|R|I)(?:[-–][A-Z][\w.]*(?: [A-Z][\w.]*)*)?\)")


def tagged_name(token: Token) -> list[Token] | None:
    """The name a party tag follows, when the token is a word of that name or of the tag: "Del. Jane 'JJ' Roe"
    for any word of "state Del. Jane 'JJ' Roe (D-Eastport)"."""
    doc = token.doc
    tokens = tokens_of(doc)
    for match in _TAG.finditer(text_of(doc)):
        bracket = next((t for t in tokens if t.idx == match.start()), None)
        if bracket is None or token.idx >= match.end():
            continue
        name = _name_before(bracket)
        if name and (token.idx >= match.start() or token.i >= name[0].i):
            return name
    return None


def _name_before(bracket: Token) -> list[Token]:
    """The words of a name that end just before a bracket: the word there, and the proper nouns before it, titles
    and a quoted nickname among them ("Rep. Jane 'JJ' Roe"); a quotation mark belongs to the name only with a
    capitalised word before it. A date opening the sentence is no part of it ("On Monday Rep. Jane Roe")."""
    tokens = tokens_of(bracket.doc)
    start = bracket.i - 1
    while start > 0 and (_in_name(tokens[start - 1]) or _nickname_mark(tokens, start - 1)):
        start -= 1
    words = list(tokens[max(start, 0) : bracket.i])
    while words and not _capitalised(words[0]):
        words = words[1:]
    return words if words and _capitalised(words[-1]) else []


def _in_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and _capitalised(token) and token.ent_type_ not in ("DATE", "TIME")


def _nickname_mark(tokens: tuple[Token, ...], index: int) -> bool:
    return tokens[index].text in MARKS and index > 0 and _capitalised(tokens[index - 1])


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()
