"""Search snippets: the passage of a text where a full-text query's words gather, words marked.

Made here rather than by FTS5's snippet(), whose cost grows with the square of the hits in one
document: a page of search results must cost time in proportion to the text it shows.
"""

import html
import re
import unicodedata

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# FTS5 syntax that is not a word to look for: operators, and the column name before a colon.
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
_COLUMN_FILTER = re.compile(r"[^\W_]+\s*:|\{[^}]*\}\s*:")
_SUFFIXES = ("ings", "ing", "edly", "ed", "es", "s", "ly")


def query_terms(query: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The query's words as stems, and the ones given as prefixes (`word*`)."""
    stems: set[str] = set()
    prefixes: list[str] = []
    for match in re.finditer(r"([^\W_]+)(\*?)", _COLUMN_FILTER.sub(" ", query)):
        word, star = match.groups()
        if word in _OPERATORS:
            continue
        if star:
            prefixes.append(_fold(word))
        else:
            stems.add(_stem(_fold(word)))
    return frozenset(stems), tuple(prefixes)


def make_snippet(text: str, query: str, *, words: int = 24) -> str | None:
    """The `words`-word passage of `text` holding the most distinct query words, HTML-escaped,
    with every matching word in <mark> tags; None when no word matches."""
    stems, prefixes = query_terms(query)
    tokens = list(_WORD.finditer(text))
    hits = [i for i, token in enumerate(tokens) if _matches(token.group(), stems, prefixes)]
    if not hits:
        return None
    first = _best_window_start(tokens, hits, words)
    last = min(len(tokens), first + words) - 1
    more = last + 1 < len(tokens)
    # The passage runs on to the next word, so its closing punctuation stays with it.
    start, end = tokens[first].start(), tokens[last + 1].start() if more else len(text)
    # One line: a passage shown in a list reads better without the article's paragraph breaks.
    marked = " ".join(_mark(text, tokens[first : last + 1], set(hits), first, start, end).split())
    return ("…" if first > 0 else "") + marked + ("…" if more else "")


def _best_window_start(tokens: list[re.Match[str]], hits: list[int], words: int) -> int:
    """Start the window a little before the hit that opens the densest run of distinct words."""
    best, best_score, right = hits[0], -1, 0
    for left, hit in enumerate(hits):
        right = max(right, left)
        while right + 1 < len(hits) and hits[right + 1] < hit + words:
            right += 1
        score = len({_fold(tokens[i].group()) for i in hits[left : right + 1]})
        if score > best_score:
            best, best_score = hit, score
    return max(0, best - words // 4)


def _mark(text: str, window: list[re.Match[str]], hits: set[int], first: int, start: int, end: int) -> str:
    parts: list[str] = []
    cursor = start
    for offset, token in enumerate(window):
        if first + offset in hits:
            parts.append(html.escape(text[cursor : token.start()], quote=False))
            parts.append(f"<mark>{html.escape(token.group(), quote=False)}</mark>")
            cursor = token.end()
    parts.append(html.escape(text[cursor:end], quote=False))
    return "".join(parts)


def _matches(word: str, stems: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    folded = _fold(word)
    return _stem(folded) in stems or folded.startswith(prefixes)


def _fold(word: str) -> str:
    """Lower case without diacritics, as the full-text index compares words."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _stem(word: str) -> str:
    """A light stemmer: enough to mark 'storms' for 'storm' as the index's porter stemmer matched it."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
