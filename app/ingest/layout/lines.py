"""Splitting a flattened page into lines and describing each line's shape."""

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_][\w'’.-]*")
# A sentence ends in terminal punctuation, possibly followed by closing quotes or brackets.
_TERMINAL = re.compile(r"""(?:[.!?…:;]|\.\.\.)["'”’)\]]*$|["”]$""")
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")


@dataclass(frozen=True)
class Line:
    """One non-empty line of the page; `pos` is its position among non-empty lines."""

    pos: int
    text: str
    words: int
    sentence: bool
    lower_ratio: float

    @property
    def prose(self) -> bool:
        """Reads as running text: long, mostly lower-case words, ending like a sentence."""
        if self.lower_ratio < (0.25 if self.words >= 20 else 0.4):
            return False
        return (self.words >= 10 and self.sentence) or self.words >= 25

    @property
    def headline_shaped(self) -> bool:
        """Could be a headline: a few words, starts with a capital or digit, not a finished sentence."""
        if not 3 <= self.words <= 30 or len(self.text) > 220:
            return False
        first = self.text.lstrip("\"'“‘")[:1]
        if not (first.isupper() or first.isdigit()):
            return False
        return not _SENTENCE_END.search(self.text)


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


def split_lines(text: str) -> list[Line]:
    """Every non-empty line, stripped at its ends only."""
    stripped = (raw.strip() for raw in text.split("\n"))
    return [make_line(pos, t) for pos, t in enumerate(t for t in stripped if t)]
