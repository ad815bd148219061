"""Markets named by their city and a lower-case noun ("the Oslo stock exchange", "shares fell on the Kelvo
exchange"): written so, the city is a place's name and the noun a common one, as news writes "the Kelvo city
council"; the tagger often types the city as a firm, reading the market in it. "Stock" settles the market; without
it, only "on the" does, where a company is listed or its shares trade; a noun after "exchange" makes it a modifier
("the Kelvo exchange rate"). A capitalised "Stock Exchange" is the market's own name, left to the tagger."""

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from app.extract.mention_cleaning import Piece
from app.extract.parsed import tokens_of
from app.vocabulary.companies import EXCHANGE_NOUN, LISTING_PREPOSITIONS, STOCK_WORDS

# Word classes after "exchange" that make it a modifier of another noun ("exchange rate", "exchange programme").
_NOUN_CLASSES = frozenset({"NOUN", "PROPN"})


def exchange_places(doc: Doc) -> Iterator[Piece]:
    """The city of each market so named: the capitalised words between "the" and "stock exchange" or "exchange"."""
    tokens = tokens_of(doc)
    for token in tokens:
        if token.text != EXCHANGE_NOUN or _modifies_a_noun(tokens, token.i):
            continue
        stocked = token.i > 0 and tokens[token.i - 1].text in STOCK_WORDS
        last = token.i - 1 - stocked
        first = _place_start(tokens, last)
        if first is None or not (stocked or _after_a_listing(tokens, first)):
            continue
        yield Piece(tokens[first].idx, tokens[last].idx + len(tokens[last].text), "GPE")


def _modifies_a_noun(tokens: tuple[Token, ...], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].pos_ in _NOUN_CLASSES


def _place_start(tokens: tuple[Token, ...], last: int) -> int | None:
    """The first of the capitalised words ending at `last`, when "the" stands before them."""
    first = last
    while first >= 0 and tokens[first].is_title and tokens[first].is_alpha and tokens[first].lower_ != "the":
        first -= 1
    if first == last or first < 0 or tokens[first].lower_ != "the":
        return None
    return first + 1


def _after_a_listing(tokens: tuple[Token, ...], first: int) -> bool:
    """Whether "on the" stands before the city's words."""
    return first >= 2 and tokens[first - 2].lower_ in LISTING_PREPOSITIONS
