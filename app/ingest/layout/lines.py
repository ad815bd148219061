"""Splitting a flattened page into lines and describing each line's shape."""

import re
from dataclasses import dataclass, replace

_WORD = re.compile(r"[^\W_][\w'’.-]*")
# A sentence ends in terminal punctuation, possibly followed by closing quotes or brackets.
_TERMINAL = re.compile(r"""(?:[.!?…:;]|\.\.\.)["'”’)\]]*$|["”]$""")
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
# A headline's fewest words: a line of fewer names a site, a section or a label.
HEADLINE_WORDS = 3


@dataclass(frozen=True)
class Line:
    """One non-empty line of the page; `pos` is its position among non-empty lines."""

    pos: int
    text: str
    words: int
    sentence: bool
    lower_ratio: float
    in_prose_run: bool = False

    @property
    def prose(self) -> bool:
        """Reads as running text: long, mostly lower-case words, ending like a sentence (or in a run of such lines)."""
        if self.lower_ratio < (0.25 if self.words >= 20 else 0.4):
            return False
        return (self.words >= 10 and (self.sentence or self.in_prose_run)) or self.words >= 25

    @property
    def headline_shaped(self) -> bool:
        """Could be a headline: a few words, starts with a capital or digit, not a finished sentence."""
        if not HEADLINE_WORDS <= self.words <= 30 or len(self.text) > 220:
            return False
        return opens_like_a_title(self.text) and not ends_sentence(self.text)


def ends_sentence(text: str) -> bool:
    """Closed by a full stop, a question or an exclamation mark, after any closing quote or bracket."""
    return _SENTENCE_END.search(text) is not None


# A brand written with a lower-case initial before its capital: 'iPad', 'eBay'.
_LOWER_LED_BRAND = re.compile(r"^[a-z]{1,2}[A-Z]")


# The letters a line opens with, up to the first character that is no letter: 'a' in 'a vote', 'iPad' in 'iPad sales'.
_OPENING_WORD = re.compile(r"[^\W\d_]+")


def opening_word(text: str) -> str:
    opening = _OPENING_WORD.match(text)
    return opening.group() if opening else ""


def opens_in_lower_case(text: str) -> bool:
    """Opens with a lower-case word, even of one letter ('a vote'), going on from a line above: not a brand such as
    'iPad'."""
    return opening_word(text).islower()


def opens_like_a_title(text: str) -> bool:
    """Opens with a capital or a digit, after any quote mark, as headlines do; or with a brand such as 'eBay'."""
    opening = text.lstrip("\"'“‘")
    return opening[:1].isupper() or opening[:1].isdigit() or bool(_LOWER_LED_BRAND.match(opening))


def words(text: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words."""
    return frozenset(text.split())


def word_list(text: str) -> list[str]:
    return _WORD.findall(text)


def lower_ratio(words: list[str]) -> float:
    """Share of words starting lower-case; title-case lines and menus score low."""
    if not words:
        return 0.0
    return sum(w[0].islower() for w in words) / len(words)


def make_line(pos: int, text: str) -> Line:
    words = word_list(text)
    return Line(
        pos=pos,
        text=text,
        words=len(words),
        sentence=bool(_TERMINAL.search(text)),
        lower_ratio=lower_ratio(words),
    )


def has_running_text(texts: list[str]) -> bool:
    """Some paragraph reads as running text, on its own: what holds only link labels and captions does not."""
    return any(make_line(0, text).prose for text in texts)


# Some pages drop final full stops: there, a run of long lower-case lines is prose all the same.
# Pages that do punctuate keep such lines out, as they are mostly lists of sentence-case headlines.
_RUN_WORDS = 10
_RUN_LINES = 3
_PUNCTUATED_SHARE = 0.25


def _long_lower(line: Line) -> bool:
    return line.words >= _RUN_WORDS and line.lower_ratio >= 0.6


def _drops_full_stops(lines: list[Line]) -> bool:
    """Few of the page's long lower-case words sit in lines ending like a sentence."""
    long_lines = [line for line in lines if _long_lower(line)]
    total = sum(line.words for line in long_lines)
    return total > 0 and sum(line.words for line in long_lines if line.sentence) < _PUNCTUATED_SHARE * total


def mark_prose_runs(lines: list[Line]) -> list[Line]:
    """On a page without full stops, flag each run of at least `_RUN_LINES` long lower-case lines."""
    if not _drops_full_stops(lines):
        return lines
    marked = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _long_lower(lines[j]):
            j += 1
        if j - i >= _RUN_LINES:
            marked[i:j] = [replace(line, in_prose_run=True) for line in lines[i:j]]
        i = max(j, i + 1)
    return marked


def split_lines(text: str) -> list[Line]:
    """Every non-empty line, stripped at its ends only."""
    stripped = (raw.strip() for raw in text.split("\n"))
    return mark_prose_runs([make_line(pos, t) for pos, t in enumerate(t for t in stripped if t)])
