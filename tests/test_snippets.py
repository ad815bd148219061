"""Search snippets: the passage shown, and the words marked in it, by the store's snippet function.

The rules live in `make_snippet`, so they are tested on it; tests/test_articles_api.py checks that a
search through /articles carries the snippet, and tests/test_snippet_properties.py that the words it
marks are the words the full-text index matches.
"""

import pytest

from app.store.search_query import parse
from app.store.snippets import make_snippet


def test_snippet_marks_words_that_a_prefix_query_matched():
    assert "<mark>flooded</mark>" in make_snippet("The river flooded the valley.", parse("flood*"))


def test_snippet_shows_the_passage_where_the_query_words_gather():
    filler = " ".join(["Nothing happened that day."] * 30)
    text = f"The budget was late. {filler} The council vote on the budget came at midnight. {filler}"
    snippet = make_snippet(text, parse("budget vote"))
    assert "<mark>vote</mark> on the <mark>budget</mark>" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")


def test_snippet_of_a_long_article_is_a_short_passage():
    snippet = make_snippet(" ".join(["storm"] * 20_000), parse("storm"))
    assert len(snippet.split()) <= 30


def test_snippet_marks_the_words_the_stemmer_matched():
    snippet = make_snippet("Running late, the runners ran on. Stories of the story.", parse("run story"))
    assert snippet == "<mark>Running</mark> late, the runners ran on. <mark>Stories</mark> of the <mark>story</mark>."


@pytest.mark.parametrize(
    ("text", "q", "snippet"),
    [
        pytest.param(
            "The technological race.",
            "technology",
            "The <mark>technological</mark> race.",
            id="as one under Porter's revised logi rule",
        ),
        pytest.param(
            "Possibly so.", "possible", "<mark>Possibly</mark> so.", id="as one under Porter's revised bli rule"
        ),
        pytest.param(
            "Die Technologie, a technological race.",
            "Technologie",
            "Die <mark>Technologie</mark>, a technological race.",
            id="apart where the index keeps them apart",
        ),
        pytest.param(
            "He runs, running far.",
            "running*",
            "He <mark>runs</mark>, <mark>running</mark> far.",
            id="a prefix once stemmed",
        ),
        pytest.param(
            "The “art” of the ’s and the s in it.",
            "s",
            "The “art” of the ’<mark>s</mark> and the <mark>s</mark> in it.",
            id="a one-letter word, left unstemmed",
        ),
        pytest.param(
            "I think it is, as it was.",
            "is",
            "I think it <mark>is</mark>, as it was.",
            id="a two-letter word, unstemmed",
        ),
    ],
)
def test_snippet_marks_the_words_as_the_index_matches_them(text, q, snippet):
    assert make_snippet(text, parse(q)) == snippet


def test_snippet_marks_words_whatever_their_accents_and_case():
    snippet = make_snippet("Flights to ZÜRICH resumed: “Zürich is open,” Zurich airport said.", parse("zurich"))
    assert (
        snippet
        == "Flights to <mark>ZÜRICH</mark> resumed: “<mark>Zürich</mark> is open,” <mark>Zurich</mark> airport said."
    )


def test_snippet_passage_is_counted_in_the_words_a_reader_sees():
    text = " ".join(f"w{n}" for n in range(100)) + " storm " + " ".join(f"v{n}" for n in range(100))
    snippet = make_snippet(text, parse("storm"))
    assert snippet == "…w94 w95 w96 w97 w98 w99 <mark>storm</mark> " + " ".join(f"v{n}" for n in range(17)) + "…"


def test_snippet_keeps_the_opening_punctuation_of_the_text():
    assert make_snippet("“Storms,” she said.", parse("storms")) == "“<mark>Storms</mark>,” she said."


def test_snippet_does_not_mark_words_the_query_excludes():
    # A body holds the word a NOT excludes from the title only.
    snippet = make_snippet("Storms hit the coast, not the river.", parse("storms NOT title:river"))
    assert snippet == "<mark>Storms</mark> hit the coast, not the river."
