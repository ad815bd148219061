"""Bodies named by their kind's word, "for" or "of" and what they are for ("the Campaign for Better Buses", "the
Agency for Food Safety", "the Front for the Renewal of the North"): news capitalises the words after "for" or "of"
only in such a name. The tagger misses some, or finds only their last words ("Better Buses")."""

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from app.extract.mention_cleaning import Piece
from app.extract.names import alias_table
from app.extract.parsed import tokens_of
from app.vocabulary.classes import BODY_LEAD_WORDS

_JOINTS = frozenset({"for", "of"})
# Lower-case words inside such a name between capitalised ones ("Front for the Renewal of the North"); not "and",
# which as often joins two names ("the Agency for Food Safety and the Kelso Council").
_INNER_WORDS = frozenset({"the", "of", "for"})


def body_names(doc: Doc) -> Iterator[Piece]:
    """Each such name, from its kind's word to the last capitalised word after "for" or "of"."""
    tokens = tokens_of(doc)
    for token in tokens:
        if not _opens_a_body(token):
            continue
        end = _name_end(tokens, token.i + 2)
        name = doc[token.i : end].text if end else ""
        if end and not alias_table().is_country(name):
            last = tokens[end - 1]
            yield Piece(token.idx, last.idx + len(last.text), "ORG")


def _opens_a_body(token: Token) -> bool:
    """A capitalised kind's word opening a sentence or after "the", "for" or "of" right after it."""
    doc = token.doc
    if not token.is_title or token.lower_ not in BODY_LEAD_WORDS or token.i + 1 >= len(doc):
        return False
    first = token.is_sent_start or (token.i > 0 and token.nbor(-1).lower_ == "the")
    return first and token.nbor().lower_ in _JOINTS


def _name_end(tokens: tuple[Token, ...], start: int) -> int | None:
    """The index after the last capitalised word of the run from `start` (small words between capitalised ones
    allowed), or None where no capitalised word opens it."""
    end = None
    index = start
    while index < len(tokens):
        token = tokens[index]
        if token.is_title and token.is_alpha:
            end = index + 1
        elif token.lower_ not in _INNER_WORDS:
            break
        index += 1
    return end
