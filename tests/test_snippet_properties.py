"""Property-based: a search snippet is made for any text and any query, and marks only the text's own words.

Run on the store's snippet function rather than through /articles: each example would otherwise be an ingest,
and these need thousands of texts mixing ASCII with letters beyond it, combining marks, ligatures and
characters whose case changes their length, against one- and two-letter words, prefixes and operators.
"""

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.store.snippets import make_snippet

# ASCII, and what is beyond it: letters with accents, a ligature, a Kelvin sign, a combining accent, an emoji.
PIECES = [*"asSkKiI  \n.,’“”\"'*:()-_0", *"éÜßİıﬁ\u212a\u0301ǅΐ\U0001f600\u00a0"]
WORDS = ["s", "us", "is", "said", "storm", "zurich", "Zürich", "İstanbul", "ﬁne", "NOT", "OR", "NEAR", "k", "ß"]
WORDS.append("a" * 70)  # longer than FTS5 stems
MARKED = re.compile(r"<mark>(.*?)</mark>")

texts = st.lists(st.sampled_from(PIECES + WORDS), max_size=60).map("".join)
queries = st.lists(st.sampled_from(WORDS + ["s*", "zur*", "title:s"]), min_size=1, max_size=3).map(" ".join)


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
