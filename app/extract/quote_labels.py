"""Quoted words that are labels, not speech: names, titles of works, scare-quoted single words."""

import re

from app.extract.quote_marks import Span
from app.vocabulary.capitals import MINOR_WORDS
from app.vocabulary.furniture import KICKERS

# Words after which quoted text names something rather than reports what was said.
_NAMING = re.compile(
    r"(?:so-called|dubbed|titled|entitled|nicknamed|named|known as|billed as|(?:identified|referred to)(?: only)? as)"
    r"\W*$",
    re.IGNORECASE,
)
_MAX_TITLE_WORDS = 8
# A word of a name or a title, with its apostrophes, initials and hyphens.
_WORDS = re.compile(r"[\w'’.-]+")


def is_label(text: str, span: Span, following: Span | None = None) -> bool:
    """Whether a quotation names something rather than reports words; `following` is the paragraph's next one."""
    inner = text[span.start : span.end].strip()
    words = _WORDS.findall(inner)
    if not words:
        return True
    if is_named(text, span):
        return True
    if len(words) == 1 and inner[:1].isupper():
        # "Shameful." is said, and so is "Yes," that an attribution splits off; a bare capitalised word names
        # something.
        return inner[-1] not in ".!?" and not _split_off(text, span, following)
    title = len(words) <= _MAX_TITLE_WORDS and _title_case(words) and not _title_case(_WORDS.findall(text))
    return title and not _after_a_name(text, span)


def _split_off(text: str, span: Span, following: Span | None) -> bool:
    """Whether a quotation is the first part of a sentence its attribution splits: '"Yes," she said, "we
    will."' (a list of titles goes on with a capital: '"Jaws," "Alien" and "Heat"')."""
    if following is None or not text[span.start : span.end].rstrip().endswith(","):
        return False
    between = text[span.end + 1 : max(span.end + 1, following.start - 1)].strip()
    return between.endswith(",") and text[following.start : following.end].lstrip()[:1].islower()


def _after_a_name(text: str, span: Span) -> bool:
    """Whether a headline sets the quotation after a name and a colon, which gives the words to that name ("Roe:
    'We Will Win'", "Roe: Voters 'Tired of Waiting' in Eastport"); not after a kicker ("Watch: 'Jaws' at 50"), nor
    one a capitalised word goes on from, a title the headline names ("Review: 'The Quiet Year' Is a Triumph"), nor
    one a clause of the headline's own leads to, its minor words in lower case ("Eastport: Residents Brace for
    'Storm of the Century'")."""
    before = text[: max(0, span.start - 1)]
    after = re.findall(r"\w+", text[span.end :])
    colon = before.rfind(":")
    if colon < 0 or after and after[0][:1].isupper():
        return False
    if any(word.islower() for word in _WORDS.findall(before, colon)):
        return False
    lead = _WORDS.findall(before, 0, colon)
    return bool(lead) and lead[-1][:1].isupper() and lead[-1].lower() not in KICKERS


def is_named(text: str, span: Span) -> bool:
    """Whether words before the quotation say outright that it is a name ("the so-called 'X'")."""
    return bool(_NAMING.search(text[: max(0, span.start - 1)]))


def _title_case(words: list[str]) -> bool:
    """Every word capitalised but the minor ones, as in a name or a title (and in most headlines)."""
    content = [w for w in words if w.lower() not in MINOR_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)
