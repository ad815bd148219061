"""Search snippets: the passage of a text where a full-text query's words gather, words marked.

Made here rather than by FTS5's snippet(), whose cost grows with the square of the hits in one
document: a page of search results must cost time in proportion to the text it shows. Words are
compared as the index compares them: case-folded, without diacritics, Porter-stemmed.
"""

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

import Stemmer

_WORD = re.compile(r"[^\W_]+")
# The same words in a lower-cased text whose letters are all ASCII (scanned twice as fast).
_ASCII_WORD = re.compile(r"[a-z0-9]+")
# FTS5 syntax that names no word to look for: column filters, NEAR's distance, and what NOT excludes.
_NOT_SOUGHT = re.compile(
    r"(?:[^\W_]+|\{[^}]*\})\s*:"  # title:word, {title body}:word
    r"|,\s*\d+\s*\)"  # NEAR(a b, 5)
    r"|\bNOT\s+(?:\([^)]*\)|\"[^\"]*\"|\S+)",  # NOT word, NOT "phrase", NOT (group)
)
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_STEMMER = Stemmer.Stemmer("porter")
# Where a passage is looked for: a long news story fits, and a pathological record costs no more.
_SCAN_CHARS = 100_000


def make_snippet(text: str, query: str, *, words: int = 24) -> str | None:
    """The `words`-word passage of `text` holding the most distinct query words, HTML-escaped,
    with every matching word in <mark> tags; the opening passage when no word matches (the
    document matched through its title, further on than a passage is looked for, or through
    a form this light parser does not see). None only for a text without words."""
    if not _WORD.search(text, 0, _SCAN_CHARS):
        return None
    stems, prefixes = query_terms(query)
    if _plain(text):
        hits, keys = _hits_by_pattern(text, stems, prefixes)
    else:
        hits, keys = _hits_word_by_word(text, stems, prefixes)
    first = _densest_window(hits, keys, words) if hits else 0
    spans = [match.span() for match in islice(_WORD.finditer(text, 0, _SCAN_CHARS), first, first + words + 1)]
    return _render(text, spans[: words + 1], first, len(spans) > words, set(hits))


def _hits_word_by_word(text: str, stems: frozenset[str], prefixes: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """The positions (in words) of the query's words in `text`, and their stems, every word folded."""
    tokens = _WORD.findall(text, 0, _SCAN_CHARS)
    # Each distinct word is compared once: a story repeats its words many times over.
    sought = {word for word in set(tokens) if (key := _key(word)) in stems or key.startswith(prefixes)}
    hits = [i for i, word in enumerate(tokens) if word in sought]
    return hits, [_key(tokens[i]) for i in hits]


def _hits_by_pattern(text: str, stems: frozenset[str], prefixes: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """As `_hits_word_by_word`, for a text whose words are plain ASCII: only the words that begin
    like a query word are stemmed, and the words between them are counted by the regular
    expression engine. (A Porter stem differs from its word's beginning in its last letter at
    most, y -> i or a dropped e, so a word starts with its stem less that letter.)"""
    lowered = text[:_SCAN_CHARS].lower()  # ASCII: the same offsets
    heads = {stem[:-1] or stem for stem in stems} | set(prefixes)
    starts = sorted({found for head in heads for found in _occurrences(lowered, head)})
    hits: list[int] = []
    keys: list[str] = []
    position, counted_to = 0, 0
    for start in starts:
        if start < counted_to or (start and lowered[start - 1].isalnum()):
            continue  # inside a word already counted, or not where a word begins
        word = _ASCII_WORD.match(lowered, start)
        key = _key(word.group()) if word else ""
        if word and (key in stems or key.startswith(prefixes)):
            position += len(_ASCII_WORD.findall(lowered, counted_to, start))
            hits.append(position)
            keys.append(key)
            position, counted_to = position + 1, word.end()
    return hits, keys


def _occurrences(text: str, part: str) -> Iterator[int]:
    start = text.find(part)
    while start != -1:
        yield start
        start = text.find(part, start + 1)


def _plain(text: str) -> bool:
    """Whether every letter of the text is ASCII, so that folding a word is lower-casing it."""
    return text.isascii() or not any(c.isalnum() for c in set(text[:_SCAN_CHARS]) if not c.isascii())


def query_terms(query: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The stems of the query's words, and the prefixes given as `word*`."""
    stems: set[str] = set()
    prefixes: list[str] = []
    for match in re.finditer(r"([^\W_]+)(\"?\*)?", _NOT_SOUGHT.sub(" ", query)):
        word, star = match.groups()
        if word in _OPERATORS:
            continue
        if star:
            prefixes.append(_fold(word))
        else:
            stems.add(_key(word))
    return frozenset(stems), tuple(prefixes)


def _densest_window(hits: list[int], keys: list[str], words: int) -> int:
    """The first token of the `words`-token window with the most distinct matched words
    (`hits` are the matched tokens' positions, `keys` their stems).

    Each candidate opens a few words before a hit, for context; two pointers slide over the
    hits, so the cost is linear in their number.
    """
    lead = words // 4
    inside: Counter[str] = Counter()
    best, best_score, left, right = 0, 0, 0, 0
    for hit in hits:
        start = max(0, hit - lead)
        while right < len(hits) and hits[right] < start + words:
            inside[keys[right]] += 1
            right += 1
        while hits[left] < start:
            inside[keys[left]] -= 1
            if not inside[keys[left]]:
                del inside[keys[left]]
            left += 1
        if len(inside) > best_score:
            best, best_score = start, len(inside)
    return best


def _render(text: str, spans: list[tuple[int, int]], first: int, more: bool, hits: set[int]) -> str:
    """The passage of the words from `first` on (`spans`, and the next word's when there are `more`)."""
    shown = spans[:-1] if more else spans
    # From the text's start when the passage opens it, and on to the next word, so that the
    # passage keeps its opening and closing punctuation.
    start = shown[0][0] if first else 0
    end = spans[-1][0] if more else len(text)
    parts: list[str] = []
    cursor = start
    for i, (token_start, token_end) in enumerate(shown, start=first):
        if i in hits:
            parts.append(html.escape(text[cursor:token_start], quote=False))
            parts.append(f"<mark>{html.escape(text[token_start:token_end], quote=False)}</mark>")
            cursor = token_end
    parts.append(html.escape(text[cursor:end], quote=False))
    # One line: a passage shown in a list reads better without the article's paragraph breaks.
    # (Escaping with quote=False suffices: the snippet is element content, never an attribute.)
    passage = " ".join("".join(parts).split())
    return ("…" if first else "") + passage + ("…" if more else "")


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    """A word as the index compares it: folded, then Porter-stemmed."""
    return str(_STEMMER.stemWord(_fold(word)))


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Lower case without diacritics, as the index's unicode61 tokenizer folds words."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
