"""Search snippets: the passage of a text where a full-text query's words gather, words marked.

Made here rather than by FTS5's snippet(), whose cost grows with the square of the hits in one
document: a page of search results must cost time in proportion to the text it shows, and here it
costs about that. Words are compared as the index compares them (`app/store/words.py`): case-folded,
without diacritics, Porter-stemmed; the query's words are those of its parsed tree, less what a NOT
excludes. A passage is counted in the words a reader sees, the text between white space.

Nothing here walks a text word by word in Python: query words are looked for with `bytes.find` in
the text written in ASCII, lower-cased (a word spelt with letters beyond ASCII is found from those
letters instead), words are counted with `str.split`, and only the words that begin like a query
word are folded and stemmed. A query whose words all sit in the passage ends the search there, and
the passage is marked from the hits found on the way.
"""

import html
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from operator import attrgetter
from typing import NamedTuple

from app.store.search_query import Node, Not, Term
from app.store.words import WORD, key

# Where a passage is looked for: a long news story fits, and a pathological record costs no more.
_SCAN_CHARS = 100_000
# The hits a passage is chosen among: a news story holds far fewer, and a table of one word repeated
# costs no more.
_WEIGHED_HITS = 1_000
_ASCII = bytes(range(128))
# How far back from a word, at first, the words before it are looked for.
_REACH = 400
# The characters looked through first for hits; each stretch after is four times longer.
_STRETCH = 256


class _Hit(NamedTuple):
    start: int  # where the word starts in the text
    end: int
    key: str  # its stem


_START = attrgetter("start")  # what hits are bisected by


class _Terms:
    """A query's words as the index compares them, and what the words matching them begin with."""

    def __init__(self, stems: frozenset[str], prefixes: tuple[str, ...]) -> None:
        self.stems = stems
        self.prefixes = prefixes
        # A Porter stem differs from its word's beginning in its last letter at most (y -> i, a
        # dropped e), and a prefix is stemmed as a word; the beginnings spelt in ASCII are looked for
        # in the text's bytes.
        heads = {term[:-1] or term for term in (*stems, *prefixes)}
        self.ascii_heads = [head.encode() for head in heads if head.isascii()]
        self.longest = max(map(len, heads), default=0)

    def matches(self, key: str) -> bool:
        return key in self.stems or key.startswith(self.prefixes)


def make_snippet(text: str, query: Node, *, words: int = 24) -> str | None:
    """The `words`-word passage of `text` holding the most distinct query words, HTML-escaped,
    with every matching word in <mark> tags; the opening passage when no word matches (the
    document matched through its title, or further on than a passage is looked for). None only
    for a text without words."""
    if not WORD.search(text, 0, _SCAN_CHARS):
        return None
    scan = _Scan(text, query_terms(query))
    best = _densest(scan, words)
    start = _passage_start(text, best, words // 4) if best else 0
    end, more = _passage_end(text, start, words)
    # The passage begins and ends between words: its words are the text's, and so are its hits.
    return _render(text, start, end, scan.between(start, end), opened=start > 0, more=more)


@lru_cache(maxsize=1024)
def query_terms(query: Node) -> _Terms:
    """The stems of the query's words, and the prefixes given as `word*` (stemmed, as FTS5 stems them:
    `running*` is `run*`); not the words a NOT excludes."""
    stems: set[str] = set()
    prefixes: list[str] = []
    for term in _sought(query):
        *words, last = term.keys
        stems.update(words)
        if term.prefix:
            prefixes.append(last)
        else:
            stems.add(last)
    return _Terms(frozenset(stems), tuple(prefixes))


def _sought(node: Node) -> Iterator[Term]:
    if isinstance(node, Term):
        yield node
    elif isinstance(node, Not):
        yield from _sought(node.left)
    else:
        for part in node.parts:
            yield from _sought(part)


class _Scan:
    """The hits of one text, looked for a stretch at a time as they are asked for, each stretch four
    times longer than the last (a search most often ends near the first hits, and need not read on);
    kept, so that the passage chosen is marked from the hits already found."""

    def __init__(self, text: str, terms: _Terms) -> None:
        self.text = text
        self.terms = terms
        self.found: list[_Hit] = []
        self._read = 0
        self._stretch = _STRETCH

    def hits(self, below: int) -> Iterator[_Hit]:
        """The hits beginning before `below`, in order."""
        index = 0
        while index < len(self.found) or self._read_on(below):
            hit = self.found[index]
            if hit.start >= below:
                return
            yield hit
            index += 1

    def between(self, start: int, end: int) -> list[_Hit]:
        """The hits beginning from `start` to `end`."""
        while self._read_on(end):
            pass  # each call reads on to the next stretch holding hits
        return self.found[bisect_left(self.found, start, key=_START) : bisect_left(self.found, end, key=_START)]

    def _read_on(self, below: int) -> bool:
        """Look through stretches, up to `below`, until one holds hits; whether one did."""
        text = self.text
        while self._read < min(below, len(text)):
            end = min(len(text), below, self._read + self._stretch)
            last = self.found[-1].start if self.found else -1
            # A word with letters beyond ASCII is found from them, and so from both stretches it spans.
            found = [hit for hit in _hits_in(text, self._read, end, self.terms) if hit.start > last]
            self._read, self._stretch = end, self._stretch * 4
            if found:
                self.found += found
                return True
        return False


def _hits_in(text: str, start: int, end: int, terms: _Terms) -> list[_Hit]:
    """The matching words beginning from `start` to `end`: those found from their ASCII beginning in
    the text, ASCII lower-cased; and those holding letters beyond ASCII, found from those."""
    chunk = text[start : end + terms.longest]
    found = _from_heads(text, start, end, chunk, terms)
    if chunk.isascii():
        return found
    beyond = {char for char in chunk.encode().translate(None, _ASCII).decode() if char.isalnum()}
    return sorted({*found, *_with_letters(text, start, end, beyond, terms)}) if beyond else found


def _from_heads(text: str, start: int, end: int, chunk: str, terms: _Terms) -> list[_Hit]:
    # Each character beyond ASCII is one byte "?" here, so a byte's offset is its character's; no
    # query word's beginning holds a "?".
    lowered = chunk.encode("ascii", "replace").lower()
    heads = terms.ascii_heads
    if len(heads) == 1:  # most queries: positions come in order, with no set to build and sort (6% of a snippet)
        positions: Iterable[int] = _occurrences(lowered, heads[0])
    else:
        positions = sorted({found for head in heads for found in _occurrences(lowered, head)})
    hits = []
    for position in positions:
        if start + position >= end:
            break
        if hit := _word_at(text, start + position, terms):
            hits.append(hit)
    return hits


def _with_letters(text: str, start: int, end: int, letters: set[str], terms: _Terms) -> Iterator[_Hit]:
    """Matching words with letters beyond ASCII from `start` to `end`, found from those letters."""
    word_end = start
    for place in sorted({found for letter in letters for found in _occurrences(text, letter, start, end)}):
        if place < word_end:
            continue  # in the word just read
        begin = place
        while begin > 0 and text[begin - 1].isalnum():
            begin -= 1
        word = WORD.match(text, begin)
        word_end = word.end() if word else place + 1
        if hit := _word_at(text, begin, terms):
            yield hit


def _word_at(text: str, at: int, terms: _Terms) -> _Hit | None:
    """The word beginning at `at`, if a word begins there and matches."""
    if at and text[at - 1].isalnum():  # what WORD matches, a character at a time
        return None  # inside a word
    word = WORD.match(text, at)
    if word is None:
        return None
    stem = key(word.group())
    return _Hit(at, word.end(), stem) if terms.matches(stem) else None


def _occurrences(text: str | bytes, part: str | bytes, start: int = 0, end: int | None = None) -> Iterator[int]:
    found = text.find(part, start, end)  # type: ignore[arg-type]  # str in str, bytes in bytes
    while found != -1:
        yield found
        found = text.find(part, found + 1, end)  # type: ignore[arg-type]


def _densest(scan: _Scan, words: int) -> _Hit | None:
    """The hit opening the `words`-word window with the most distinct matched words (the window
    starts a few words before it, for context), or None without hits.

    Two pointers slide over the hits, numbered as they come; the search ends at a window holding
    every word of a query without prefixes, which no later window can beat: for a one-word query,
    the first hit's.
    """
    lead = words // 4
    most = None if scan.terms.prefixes else len(scan.terms.stems)
    hits = islice(scan.hits(below=_SCAN_CHARS), _WEIGHED_HITS)
    if most == 1:
        return next(hits, None)
    numbered = _numbered(scan.text, hits, far=lead + words)
    seen: list[tuple[int, _Hit]] = []
    inside: Counter[str] = Counter()
    best, best_score, left, right, index = None, 0, 0, 0, 0
    while index < len(seen) or _pull(numbered, seen):
        number, hit = seen[index]
        start = max(0, number - lead)
        while (right < len(seen) or _pull(numbered, seen)) and seen[right][0] < start + words:
            inside[seen[right][1].key] += 1
            right += 1
        while seen[left][0] < start:
            key = seen[left][1].key
            inside[key] -= 1
            if not inside[key]:
                del inside[key]
            left += 1
        if len(inside) > best_score:
            best, best_score = hit, len(inside)
            if best_score == most:
                break
        index += 1
    return best


def _pull(numbered: Iterator[tuple[int, _Hit]], seen: list[tuple[int, _Hit]]) -> bool:
    found = next(numbered, None)
    if found is not None:
        seen.append(found)
    return found is not None


def _numbered(text: str, hits: Iterator[_Hit], *, far: int) -> Iterator[tuple[int, _Hit]]:
    """Each hit with the number of the word (white-space separated) it is in, counted on from the last
    hit: the pieces between them, less the rest of the last hit's word, less the beginning of this
    hit's own word when it begins before the hit ("“Storms"). Words are counted up to `far` past the
    last hit: no window spans more, so a longer gap counts as that (and costs no more to count)."""
    number, at, first = 0, 0, True
    for hit in hits:
        pieces = len(text[at : hit.start].split(None, far)) - (0 if first else 1)
        inside = hit.start > 0 and not text[hit.start - 1].isspace()
        number += pieces + (0 if first else 1) - (1 if inside else 0)
        at, first = hit.start, False
        yield number, hit


def _passage_start(text: str, hit: _Hit, lead: int) -> int:
    """Where the passage `lead` words before the hit's word begins (0 when fewer words come before)."""
    reach = _REACH
    while True:
        low = max(0, hit.start - reach)
        before = text[low : hit.start]
        # The hit's own word may begin before the hit ("“Storms"): then it is one more piece.
        wanted = lead + (1 if before and not before[-1].isspace() else 0)
        pieces = before.rsplit(None, wanted)
        if len(pieces) > wanted:
            tail = before[len(pieces[0]) :].lstrip()
            return hit.start - len(tail)
        if low == 0:
            return 0
        reach *= 4


def _passage_end(text: str, start: int, words: int) -> tuple[int, bool]:
    """Where the `words` words from `start` end, and whether more follow."""
    reach = _REACH
    while True:
        high = min(len(text), start + reach)
        after = text[start:high]
        pieces = after.split(None, words)
        if len(pieces) > words:
            return start + len(after[: len(after) - len(pieces[-1])].rstrip()), True
        if high == len(text):
            return len(text), False
        reach *= 4


def _render(text: str, start: int, end: int, hits: list[_Hit], *, opened: bool, more: bool) -> str:
    """The passage of `text` from `start` to `end` with its `hits` marked; an ellipsis where the text
    goes on before or after it."""
    parts: list[str] = []
    cursor = start
    for hit in hits:
        parts.append(html.escape(text[cursor : hit.start], quote=False))
        parts.append(f"<mark>{html.escape(text[hit.start : hit.end], quote=False)}</mark>")
        cursor = hit.end
    parts.append(html.escape(text[cursor:end], quote=False))
    # One line: a passage shown in a list reads better without the article's paragraph breaks.
    # (Escaping with quote=False suffices: the snippet is element content, never an attribute.)
    passage = " ".join("".join(parts).split())
    return ("…" if opened else "") + passage + ("…" if more else "")
