"""Parties named by their members in the plural ("the Social Democrats", "the Greens"): the tagger reads the words
as a nationality's or a group's, which is no name it keeps; the plural after a party's capitalised adjective, or
the greens' alone after "the", is the party's name. Two parties' words joined by "and" before "parties"
are two parties ("the Labour and Conservative parties"), which the tagger reads as one name or half of one; before
"Party" they are one party's name ("the Conservative and Unionist Party")."""

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from app.extract.mention_cleaning import Piece
from app.extract.parsed import texts_of, tokens_of
from app.vocabulary.classes import LONE_PARTY_PLURALS, PARTY_FAMILY_WORDS, PARTY_PLURAL_MODIFIERS, PARTY_PLURALS


def party_names(doc: Doc) -> Iterator[Piece]:
    for token in tokens_of(doc):
        if not token.is_title or token.lower_ not in PARTY_PLURALS:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        end = token.idx + len(token.text)
        if before is not None and _party_adjective(before):
            yield Piece(before.idx, end, "ORG")
        elif token.lower_ in LONE_PARTY_PLURALS and before is not None and before.lower_ == "the":
            yield Piece(token.idx, end, "ORG")


def paired_party_names(doc: Doc) -> Iterator[Piece]:
    """Each party of "the Labour and Conservative parties": the plural names no party of its own."""
    for index, text in enumerate(texts_of(doc)):
        if text == "parties" and (pair := _party_pair(doc, index)) is not None:
            yield from (Piece(word.idx, word.idx + len(word.text), "ORG") for word in pair)


def _party_pair(doc: Doc, noun: int) -> tuple[Token, Token] | None:
    """The two parties' capitalised words joined by "and" right before the party's noun at `noun`, if they are."""
    if noun < 3:
        return None
    first, joint, second = doc[noun - 3], doc[noun - 2], doc[noun - 1]
    if joint.lower_ != "and" or not all(_party_word(word) for word in (first, second)):
        return None
    return first, second


def _party_word(token: Token) -> bool:
    return token.is_title and token.lower_ in PARTY_FAMILY_WORDS


def _party_adjective(token: Token) -> bool:
    """A capitalised party's adjective ("Social", "Christian"); a longer name the tagger found around it starts
    earlier and is read first ("the Young Social Democrats"). Not first in its sentence, whose capital says nothing:
    there the words may be members of a party so described ("Liberal Democrats in the House said")."""
    return token.is_title and token.lower_ in PARTY_PLURAL_MODIFIERS and not token.is_sent_start
