"""Property-based: a search snippet is made for any text and any query, and marks only the text's own words.

Run on the store's snippet function rather than through /articles: each example would otherwise be an ingest,
and these need thousands of texts mixing ASCII with letters beyond it, combining marks, ligatures and
characters whose case changes their length, against one- and two-letter words, prefixes and operators.
"""

import html
import re
import sqlite3
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.store.errors import InvalidQuery
from app.store.search_query import Node, parse
from app.store.snippets import make_snippet

# ASCII, and what is beyond it: letters with accents, a ligature, a Kelvin sign, a combining accent, a halfwidth sound
# mark, an emoji.
PIECES = [*"asSkKiI  \n.,’“”\"'*:()-_0", *"éÜßİıﬁ\u212a\u0301ǅΐﾞ\U0001f600\u00a0"]
WORDS = ["s", "us", "is", "said", "storm", "zurich", "Zürich", "İstanbul", "ﬁne", "NOT", "OR", "NEAR", "k", "ß", "ﾞ"]
WORDS.append("a" * 70)  # longer than FTS5 stems
MARKED = re.compile(r"<mark>(.*?)</mark>")

texts = st.lists(st.sampled_from(PIECES + WORDS), max_size=60).map("".join)


def _parsed(query: str) -> Node | None:
    try:
        return parse(query)
    except InvalidQuery:
        return None  # the API refuses it before a snippet is made


queries = (
    st.lists(st.sampled_from(WORDS + ["s*", "zur*", "title:s"]), min_size=1, max_size=3)
    .map(" ".join)
    .map(_parsed)
    .filter(lambda query: query is not None)
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text=texts, query=queries)
def test_any_text_and_query_give_a_one_line_snippet_marking_only_words_of_the_text(text, query):
    snippet = make_snippet(text, query)
    if snippet is None:
        assert not re.search(r"[^\W_]", text)
        return
    assert "\n" not in snippet
    for marked in MARKED.findall(snippet):
        assert re.fullmatch(r"[^\W_]+", html.unescape(marked)) and html.unescape(marked) in text


# Forms the index takes for one word or keeps apart: stems, prefixes, short words, case and accents.
VOCABULARY = [
    *["run", "runs", "running", "ran", "runner", "said", "says", "saying"],
    *["technology", "technological", "technologies", "Technologie", "possible", "possibly"],
    *["happy", "happier", "happiness", "US", "us", "use", "is", "I", "as", "s"],
    *["Zürich", "zurich", "ZURICH", "café", "cafe"],
]


@lru_cache
def matched_by_the_index(query: str) -> frozenset[str]:
    """The words of VOCABULARY that SQLite FTS5, tokenizing as the articles' index does, matches for `query`."""
    index = sqlite3.connect(":memory:")
    index.execute("CREATE VIRTUAL TABLE words USING fts5(word, tokenize='porter unicode61 remove_diacritics 2')")
    index.executemany("INSERT INTO words (rowid, word) VALUES (?, ?)", enumerate(VOCABULARY))
    return frozenset(
        VOCABULARY[row] for (row,) in index.execute("SELECT rowid FROM words WHERE words MATCH ?", (query,))
    )


@pytest.mark.sqlite_only
@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    shown=st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=20),
    word=st.sampled_from(VOCABULARY),
    prefix=st.booleans(),
)
def test_a_snippet_marks_exactly_the_words_the_index_matches(shown, word, prefix):
    query = word + "*" if prefix else word
    snippet = make_snippet(", ".join(shown) + ".", parse(query))
    assert snippet is not None
    matched = matched_by_the_index(query)
    for marked, unmarked in re.findall(r"<mark>([^<]*)</mark>|([^\W_]+)", snippet):
        if marked:
            assert marked in matched
        else:
            assert unmarked not in matched
