"""Names a class noun announces: an organisation after "the news agency" or "the ruling party", a place after "the
town of" or "the capital", or before "airport" (the airport is a facility, the name its town's). The noun states
the type whatever the tagger guessed, and a name the tagger missed right after such a noun is found here."""

from collections.abc import Iterator
from itertools import groupby

from spacy.tokens import Doc, Span, Token

from app.extract.mention_cleaning import Piece
from app.extract.names import ORG_HEAD_WORDS
from app.extract.parsed import tokens_of
from app.extract.titles import TITLES
from app.vocabulary.calendar import CALENDAR_WORDS
from app.vocabulary.classes import AIRPORT_NOUN, CAPITAL_NOUN, ORG_CLASS_NOUNS, PLACE_CLASS_NOUNS


def announced_type(span: Span) -> str | None:
    """The type the noun right before a name states, or "airport" right after it. A name ending in an
    organisation's word is that body's, not the place's ("the city of Halden Council")."""
    doc = span.doc
    if span[-1].lower_ in ORG_HEAD_WORDS:
        return None
    if span.end < len(doc) and doc[span.end].text == AIRPORT_NOUN:
        return "GPE"
    return _announcing_label(doc, span.start, span.end)


def announced_names(doc: Doc) -> Iterator[Piece]:
    """Capitalised words right after a class noun ("the news agency Brivo", "the town of Kelvo"): news prose
    capitalises a word there only in a name. The tagger misses some, or glues them to the distance or the time after
    them ("the village of Kerrow overnight"); where it found the same words, its span is read first."""
    for capitalised, group in groupby(tokens_of(doc), _name_word):
        run = list(group)
        if capitalised and (label := _announcing_label(doc, run[0].i, run[-1].i + 1)):
            yield Piece(run[0].idx, run[-1].idx + len(run[-1].text), label)


def _announcing_label(doc: Doc, start: int, end: int) -> str | None:
    """ "ORG" after an organisation's class noun, "GPE" after "the town of" or "the capital". The place nouns count
    in lower case only: capitalised, they are a name's own words ("the City of Halden Council", "Capital Tolvo"). A
    name that a verb follows after "capital" is the subject of a clause about money ("the capital Acme needed")."""
    before = doc[start - 1] if start > 0 else None
    if before is None:
        return None
    if before.lower_ in ORG_CLASS_NOUNS:
        return "ORG"
    if before.text == CAPITAL_NOUN:
        return None if end < len(doc) and doc[end].pos_ in {"VERB", "AUX"} else "GPE"
    noun = doc[start - 2] if start > 1 else None
    if before.text == "of" and noun is not None and noun.text in PLACE_CLASS_NOUNS:
        return "GPE"
    return None


def _name_word(token: Token) -> bool:
    """A capitalised word, neither a stop word ("the firm I worked for"), a title ("the party Chairman Ivo Berg"
    names the chairman), a day, a month nor an organisation's word alone ("the company Board": its own board)."""
    return (
        token.is_title
        and token.is_alpha
        and not token.is_stop
        and token.lower_ not in TITLES | CALENDAR_WORDS | ORG_HEAD_WORDS
    )
