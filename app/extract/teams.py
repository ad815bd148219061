"""What a sports page says about a name: a club named after its town is a team where a match report, a results line
or a club word says so; a place after "at" is the venue; a ranked line of results names an athlete; a sport's
name, a table's label or a division heads a table and names nothing."""

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from app.extract.mention_cleaning import Piece
from app.extract.names import PLACE_TYPES, alias_table
from app.extract.parsed import tokens_of
from app.vocabulary.sports import (
    CLUB_FIRST_WORDS,
    CLUB_HEAD_WORDS,
    CLUB_ROLES,
    DIVISION_HEADS,
    DIVISION_WORDS,
    SPORTS,
    TABLE_LABELS,
)

# Lemmas of the words a side of a match hangs on through a preposition: "lost to X", "drew with X", "scored for X",
# "a win over X", "the match against X".
_MATCH_HEADS = frozenset(
    ["lose", "loss", "draw", "score", "win", "victory", "defeat", "beat", "play", "match", "game", "tie", "fixture",
     "clash", "meet", "meeting", "final", "semifinal", "opener", "derby", "goal", "sign", "join", "transfer"]
)  # fmt: skip
_SIDE_PREPOSITIONS = frozenset({"to", "with", "for", "over", "against", "by", "from"})
# "X v Y", "X vs. Y": the two sides of a fixture.
_VERSUS = frozenset({"v", "v.", "vs", "vs.", "versus"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def is_table_label(name: str) -> bool:
    """A sport's name, a results table's label or a league's division: the heading of a report or a table."""
    words = name.casefold().split()
    folded = " ".join(words)
    if folded in SPORTS or folded in TABLE_LABELS:
        return True
    if len(words) == 2 and DIVISION_HEADS.intersection(words):
        return bool(DIVISION_WORDS.intersection(words))
    return False


def club_names(doc: Doc) -> Iterator[Piece]:
    """Clubs the tagger cut or missed: a club's first word and its town ("Dynamo Riverton"), or capitalised words
    ending in a club's last word ("Eastfield Rovers")."""
    tokens = tokens_of(doc)
    for index, token in enumerate(tokens[:-1]):
        following = tokens[index + 1]
        if _opens_club(token, following):
            yield Piece(token.idx, following.idx + len(following.text), "ORG")
        if following.lower_ in CLUB_HEAD_WORDS and following.text[:1].isupper() and token.is_title:
            first = _name_start(tokens, index)
            yield Piece(tokens[first].idx, following.idx + len(following.text), "ORG")


def _opens_club(token: Token, following: Token) -> bool:
    """ "Dynamo" before a town's name: the first word of a club's name, not a country's."""
    return (
        token.lower_ in CLUB_FIRST_WORDS
        and token.text[:1].isupper()
        and following.is_title
        and following.is_alpha
        and not alias_table().is_country(following.text)
    )


def _name_start(tokens: tuple[Token, ...], index: int) -> int:
    while (
        index > 0 and tokens[index - 1].is_title and tokens[index - 1].is_alpha and not tokens[index - 1].is_sent_start
    ):
        index -= 1
    return index


def sports_type(doc: Doc, start: int, end: int, label: str, surnames: frozenset[str]) -> str | None:
    """The type a sports page settles for the name at [start, end): a team (ORG), a venue (the place's own type) or
    an athlete (PERSON); None where it says nothing."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    name = span.text
    if _ranked_athlete(span):
        return "PERSON"
    if label in PLACE_TYPES and span.start > 0 and doc[span.start - 1].lower_ == "at":
        return label
    if name.split()[-1].casefold() in CLUB_HEAD_WORDS:
        return "ORG"
    if alias_table().is_country(name) or not _could_be_club(span, label, surnames):
        return None
    return "ORG" if _is_match_side(span) else None


def _could_be_club(span: Span, label: str, surnames: frozenset[str]) -> bool:
    """A place, or one word the tagger took for a person that is no surname of someone the article names in full."""
    if label in PLACE_TYPES:
        return True
    return label == "PERSON" and len(span) == 1 and span.text not in surnames


def _is_match_side(span: Span) -> bool:
    """A side of a match: "X v Y", "against X", "lost to X", "X captain Jo Berg"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after_index = span.end + (1 if span.end < len(doc) and doc[span.end].text in _POSSESSIVES else 0)
    after = doc[after_index] if after_index < len(doc) else None
    if (before is not None and before.lower_ in _VERSUS) or (after is not None and after.lower_ in _VERSUS):
        return True
    if after is not None and after.lower_ in CLUB_ROLES and after.pos_ == "NOUN":
        return True
    root = span.root
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in _SIDE_PREPOSITIONS
        and preposition.head.lemma_.casefold() in _MATCH_HEADS
    )


def _ranked_athlete(span: Span) -> bool:
    """A results line "3. Ana Lind (Norway) 12.92": a place in a ranking, a person's name, a country in brackets."""
    doc = span.doc
    opening = doc[: span.start]
    if not 1 <= len(opening) <= 2 or not opening[0].text.rstrip(".").isdigit() or len(span) < 2:
        return False
    if span.end >= len(doc) or doc[span.end].text != "(":
        return False
    closing = next((token.i for token in doc[span.end + 1 : span.end + 5] if token.text == ")"), None)
    return closing is not None and alias_table().is_country(doc[span.end + 1 : closing].text)
