"""The full-text query language: parsed once into a tree, refused with a message saying why, and written for
SQLite's FTS5 and for PostgreSQL's tsquery so that both engines match the same documents.

The engines themselves are asked: FTS5 in an in-memory SQLite table tokenized as the articles' index is, and
PostgreSQL (at 127.0.0.1:5432; its tests are skipped when it does not answer) with literal `tsvector @@ tsquery`.
"""

import re
import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.store.errors import InvalidQuery
from app.store.search_query import And, Not, Or, Term, parse, to_fts5, to_tsquery, to_tsvector_text
from app.store.words import key, keys

Document = tuple[str, str]  # title, body


def match_in_fts5(expression: str, documents: Sequence[Document]) -> set[int]:
    """The documents an FTS5 index over title and body, tokenized as the articles' index, matches."""
    index = sqlite3.connect(":memory:")
    index.execute("CREATE VIRTUAL TABLE d USING fts5(title, body, tokenize='porter unicode61 remove_diacritics 2')")
    index.executemany("INSERT INTO d (rowid, title, body) VALUES (?, ?, ?)", [(n, *d) for n, d in enumerate(documents)])
    return {row for (row,) in index.execute("SELECT rowid FROM d WHERE d MATCH ?", (expression,))}


@pytest.fixture(scope="module")
def postgres() -> Iterator[object]:
    psycopg = pytest.importorskip("psycopg")
    try:
        connection = psycopg.connect(
            "postgresql://postgres@127.0.0.1:5432/postgres", connect_timeout=3, autocommit=True
        )
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 does not answer: {error}")
    with connection:
        yield connection


def match_in_postgres(postgres, tsquery: str, documents: Sequence[Document]) -> set[int]:
    """The documents whose tsvector, as to_tsvector_text writes it, matches the tsquery literal."""
    vectors = [to_tsvector_text(title, body) for title, body in documents]
    rows = postgres.execute(
        "SELECT n - 1 FROM unnest(%s::text[]) WITH ORDINALITY AS d(v, n) WHERE v::tsvector @@ %s::tsquery",
        (vectors, tsquery),
    )
    return {row for (row,) in rows}


# --- parsing


@pytest.mark.parametrize(
    ("q", "tree"),
    [
        pytest.param("storms", Term(("storms",)), id="a word"),
        pytest.param('"river flooded"', Term(("river", "flooded")), id="a phrase"),
        pytest.param("don't", Term(("don", "t")), id="a written word of several pieces is a phrase of them"),
        pytest.param("covid-19", Term(("covid", "19")), id="pieces split by a hyphen"),
        pytest.param('"don""t"', Term(("don", "t")), id="a doubled quote inside a phrase, as FTS5 reads it"),
        pytest.param("storm*", Term(("storm",), prefix=True), id="a prefix"),
        pytest.param('"river flo"*', Term(("river", "flo"), prefix=True), id="a phrase ending in a prefix"),
        pytest.param("title:storm", Term(("storm",), column="title"), id="a column filter"),
        pytest.param("Body:storm", Term(("storm",), column="body"), id="a column named in any case"),
        pytest.param(
            "title:(storm OR flood)",
            Or((Term(("storm",), column="title"), Term(("flood",), column="title"))),
            id="a column filter over a group",
        ),
        pytest.param("storm flood", And((Term(("storm",)), Term(("flood",)))), id="words side by side all match"),
        pytest.param("storm AND flood", And((Term(("storm",)), Term(("flood",)))), id="AND written out"),
        pytest.param(
            "storm OR flood river",
            Or((Term(("storm",)), And((Term(("flood",)), Term(("river",)))))),
            id="AND binds tighter than OR",
        ),
        pytest.param(
            "storm NOT flood river",
            And((Not(Term(("storm",)), Term(("flood",))), Term(("river",)))),
            id="NOT binds tighter than AND",
        ),
        pytest.param(
            "(storm OR flood) OR (river OR rain)",
            Or(tuple(Term((word,)) for word in ("storm", "flood", "river", "rain"))),
            id="a chain of one operator is one node",
        ),
        pytest.param(
            "storm NOT flood NOT river",
            Not(Not(Term(("storm",)), Term(("flood",))), Term(("river",))),
            id="NOT from the left",
        ),
        pytest.param(
            "(storm OR flood) river",
            And((Or((Term(("storm",)), Term(("flood",)))), Term(("river",)))),
            id="parentheses",
        ),
        pytest.param("storm or not", And((Term(("storm",)), Term(("or",)), Term(("not",)))), id="lower-case words"),
        pytest.param("NEAR storm", And((Term(("NEAR",)), Term(("storm",)))), id="NEAR without parentheses is a word"),
    ],
)
def test_a_query_parses_into_its_tree(q, tree):
    assert parse(q) == tree


@pytest.mark.parametrize(
    ("q", "why"),
    [
        pytest.param('"river flooded', 'the " at character 1 is never closed', id="an unclosed quote"),
        pytest.param("(storm OR flood", "the '(' at character 1 is never closed", id="an unclosed parenthesis"),
        pytest.param("storm) flood", "the ')' at character 6 closes no '('", id="a parenthesis closing nothing"),
        pytest.param("storm ()", "the parentheses at character 7 hold no words", id="empty parentheses"),
        pytest.param("storm OR", "'OR' at character 7 has nothing after it", id="a dangling OR"),
        pytest.param("storm AND", "'AND' at character 7 has nothing after it", id="a dangling AND"),
        pytest.param("storm AND OR flood", "'AND' at character 7 has nothing after it", id="two operators"),
        pytest.param("(storm NOT)", "'NOT' at character 8 has nothing after it", id="NOT before a ')'"),
        pytest.param("OR storm", "'OR' at character 1 has nothing before it", id="OR with nothing before it"),
        pytest.param("NOT storm", "'NOT' at character 1 has nothing before it", id="NOT with nothing before it"),
        pytest.param("where:storm", "where: at character 1 names no column; title: and body: do", id="a column"),
        pytest.param("a:b:c", "a: at character 1 names no column", id="colons"),
        pytest.param(":storm", "':' at character 1 follows no column name", id="a colon after no name"),
        pytest.param("title:", "title: at character 1 has no word after it", id="a column filter on nothing"),
        pytest.param("title:(body:storm)", "inside title:(…) names another column", id="two columns"),
        pytest.param("*", "'*' at character 1 follows no word", id="a prefix of nothing"),
        pytest.param("storm **", "'*' at character 8 follows no word", id="a second star"),
        pytest.param("NEAR(storm flood)", "NEAR(…) is not supported", id="NEAR"),
        pytest.param("storm -", "'-' at character 7 holds no word to search for", id="punctuation alone"),
        pytest.param('""', "'' at character 1 holds no word to search for", id="an empty phrase"),
        pytest.param("  ", "it holds no words", id="no words at all"),
        pytest.param(
            "(" * 9 + "storm" + ")" * 9,
            "the '(' at character 9 nests parentheses deeper than 8",
            id="parentheses nested too deep",
        ),
    ],
)
def test_a_malformed_query_is_refused_saying_what_is_wrong_and_where(q, why):
    with pytest.raises(InvalidQuery, match=re.escape(why)):
        parse(q)


def test_a_refusal_reads_as_the_query_at_fault():
    with pytest.raises(InvalidQuery) as refused:
        parse('"river')
    assert str(refused.value) == 'q is not a valid full-text query (the " at character 1 is never closed)'


@pytest.mark.parametrize("q", ["storm OR flood", "storm NOT flood", "title:storm", "storm*", "(storm)", '"a b"'])
def test_the_well_formed_counterparts_of_the_refused_queries_parse(q):
    assert parse(q)


def test_quotes_have_no_column_to_filter_and_say_so():
    with pytest.raises(InvalidQuery, match="title: at character 1 names a column, and quotes have none"):
        parse("title:storm", columns=())
    assert parse("storm", columns=()) == Term(("storm",))


# --- words


def test_keys_are_the_words_of_a_text_folded_and_stemmed_as_the_index_keys_them():
    assert keys("Storms hit ZÜRICH's technologies") == ["storm", "hit", "zurich", "s", "technolog"]


def tokens_of_fts5(text: str) -> list[str]:
    """The terms FTS5, tokenizing as the articles' index, makes of `text`, in order."""
    index = sqlite3.connect(":memory:")
    index.execute("CREATE VIRTUAL TABLE d USING fts5(x, tokenize='porter unicode61 remove_diacritics 2')")
    index.execute("CREATE VIRTUAL TABLE terms USING fts5vocab(d, 'instance')")
    index.execute("INSERT INTO d (x) VALUES (?)", (text,))
    return [term for (term,) in index.execute("SELECT term FROM terms ORDER BY offset")]


# Words in Latin script and beyond it, written composed: with accents, in cases whose folding changes their length
# (İ, ß), ligatures, final sigma, a sound mark, Hangul, fullwidth letters; stems under Porter's revised rules.
PIECES = ["Storms", "Zürich", "ZÜRICH", "Straße", "ﬁne", "İstanbul", "ı", "ǅ", "ΐ", "ﾞ", "K", "café", "Ǖber"]
PIECES += ["가나", "Ｓtorm", "λόγος", "µ", "technologies", "possibly", "us", "s", "19", "x" * 70, "don't"]
PIECES += [" ", ", ", "-", "'", "“", "\n", "_"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_keys_are_the_terms_fts5_makes_of_a_text(text):
    assert keys(text) == tokens_of_fts5(text)


def test_no_letter_or_digit_keys_to_a_quote_or_backslash_which_a_tsquery_literal_would_need_escaped():
    letters = (chr(c) for c in range(0x110000) if unicodedata.category(chr(c))[0] in "LN")
    assert not [c for c in letters if "'" in key(c) or "\\" in key(c)]


# --- compiling


@pytest.mark.parametrize(
    ("q", "fts5", "tsquery"),
    [
        ("storms", '"storms"', "'storm'"),
        ("covid-19", '"covid 19"', "('covid' <-> '19')"),
        ("running*", '"running" *', "'run':*"),
        ('title:"river flooded"', 'title : "river flooded"', "('river':A <-> 'flood':A)"),
        ("body:flo*", 'body : "flo" *', "'flo':*D"),
        ("a OR b c", '("a" OR ("b" AND "c"))', "('a' | ('b' & 'c'))"),
        ("a b c", '("a" AND "b" AND "c")', "('a' & 'b' & 'c')"),
        ("a NOT b", '("a" NOT "b")', "('a' & !'b')"),
        ("a NOT b NOT c", '("a" NOT "b" NOT "c")', "('a' & !'b' & !'c')"),
        ("a NOT (b NOT c)", '("a" NOT ("b" NOT "c"))', "('a' & !('b' & !'c'))"),
        ("^storm", '"storm"', "'storm'"),
    ],
)
def test_a_tree_is_written_for_each_engine(q, fts5, tsquery):
    assert (to_fts5(parse(q)), to_tsquery(parse(q))) == (fts5, tsquery)


# Documents and, for each query, those it matches: the same on both engines.
DOCUMENTS = [
    ("Storm warning", "The river flooded the town."),  # 0
    ("Calm day", "Storms are coming; the flooded river rose."),  # 1
    ("River report", "Flooded fields, and runners ran on."),  # 2
    ("Zürich", "He said: don't run."),  # 3
    ("", "t don covid 19"),  # 4
]
MATCHES = [
    ("storm", {0, 1}),
    ("storms", {0, 1}),
    ("title:storm", {0}),
    ("body:storm", {1}),
    ('"river flooded"', {0}),
    ('"flooded river"', {1}),
    ('"report flooded"', set()),  # a phrase never runs from the title into the body
    ("run*", {2, 3}),
    ("running*", {2, 3}),
    ("zurich", {3}),
    ("don't", {3}),
    ("covid-19", {4}),
    ("river NOT storm", {2}),
    ("storm OR runners", {0, 1, 2}),
    ("river flooded", {0, 1, 2}),
    ("river OR calm flooded", {0, 1, 2}),
    ("title:(river OR calm) NOT fields", {1}),
]


@pytest.mark.parametrize(("q", "expected"), MATCHES)
def test_fts5_matches_the_documents_the_query_means(q, expected):
    assert match_in_fts5(to_fts5(parse(q)), DOCUMENTS) == expected


@pytest.mark.parametrize(("q", "expected"), MATCHES)
def test_postgresql_matches_the_documents_the_query_means(postgres, q, expected):
    assert match_in_postgres(postgres, to_tsquery(parse(q)), DOCUMENTS) == expected


# The longest queries a client may send (MAX_QUERY_LENGTH, 500 characters), and the deepest nesting allowed,
# each level an OR of an AND of a NOT: as deep as the tree as written grows.
DEEPEST = "x"
for _ in range(8):
    DEEPEST = f"a OR b c NOT ({DEEPEST})"
EXTREMES = [" OR ".join(["a"] * 100), " ".join(["a"] * 250), " NOT ".join(["a"] * 100), DEEPEST]


@pytest.mark.parametrize("q", EXTREMES, ids=["ORs", "ANDs", "NOTs", "nested"])
def test_the_longest_and_deepest_queries_run_in_fts5(q):
    assert match_in_fts5(to_fts5(parse(q)), [("a", "b")]) is not None


@pytest.mark.parametrize("q", EXTREMES, ids=["ORs", "ANDs", "NOTs", "nested"])
def test_the_longest_and_deepest_queries_run_in_postgresql(postgres, q):
    assert match_in_postgres(postgres, to_tsquery(parse(q)), [("a", "b")]) is not None


def test_nesting_one_level_deeper_is_refused():
    with pytest.raises(InvalidQuery, match="deeper than 8"):
        parse(f"a OR ({DEEPEST})")


# --- the document's tsvector


def test_a_document_is_its_title_keys_weighted_a_then_its_body_keys_one_position_on():
    assert to_tsvector_text("Storms hit", "The storm") == "'storm':1A,5D 'hit':2A 'the':4D"


def test_a_document_without_title_starts_its_body_at_the_second_position():
    assert to_tsvector_text(None, "storm") == "'storm':2D"


def test_positions_past_postgresqls_last_are_its_last():
    assert to_tsvector_text("", "w " * 16383 + "storm storm").endswith("'storm':16383D")


def test_a_key_keeps_the_first_256_positions_as_postgresql_does():
    (lexeme,) = to_tsvector_text("", "storm " * 300).split()
    assert lexeme.count(",") == 255 and lexeme.endswith(",257D")


def test_a_key_longer_than_postgresql_holds_is_left_out_and_a_shorter_one_kept():
    assert to_tsvector_text("", "x" * 2047 + " storm") == "'storm':3D"
    assert to_tsvector_text("", "x" * 2046) == f"'{'x' * 2046}':2D"


# Distinct words of 1,000 bytes, 1,100 of them: more than a tsvector's 1 MiB of lexemes.
MEGABYTE_OF_WORDS = " ".join(f"{n:04d}" + "x" * 996 for n in range(1_100))


def test_keys_past_a_megabyte_are_left_out_as_postgresql_holds_no_more():
    # Each word 1,000 bytes, 2 for its one position, 2 for the count of its positions.
    assert len(to_tsvector_text("", MEGABYTE_OF_WORDS).split()) == (2**20 - 1) // 1004


def test_postgresql_reads_every_key_and_position_of_a_documents_text(postgres):
    text = to_tsvector_text("Zürich's storms", "x" * 2047 + " storm" * 300 + " w" * 16383 + " " + MEGABYTE_OF_WORDS)
    read = "SELECT count(*), sum(cardinality(positions)) FROM unnest(%s::tsvector)"
    written = (len(text.split()), text.count(",") + len(text.split()))
    assert postgres.execute(read, (text,)).fetchone() == written


# --- the two engines agree


VOCABULARY = ["storm", "storms", "stormy", "river", "rivers", "run", "running", "ran", "zurich", "Zürich", "us", "s"]
VOCABULARY += ["don't", "covid-19", "19"]  # words of several pieces
words = st.sampled_from(VOCABULARY)
documents = st.lists(
    st.tuples(st.lists(words, max_size=3).map(" ".join), st.lists(words, max_size=8).map(", ".join)),
    min_size=1,
    max_size=6,
)


def _term() -> st.SearchStrategy[str]:
    word = words | words.map(lambda w: w[:3] + "*")
    phrase = st.lists(words, min_size=2, max_size=3).map(lambda ws: '"' + " ".join(ws) + '"')
    plain = word | phrase
    return plain | st.tuples(st.sampled_from(["title:", "body:"]), plain).map("".join)


def _extended(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    joined = st.tuples(inner, st.sampled_from([" ", " AND ", " OR ", " NOT "]), inner).map("".join)
    return joined | inner.map(lambda q: f"({q})") | inner.map(lambda q: f"title:({q})")


# Queries in the language, which is also FTS5's: so FTS5 can be asked the query as written, too.
queries = st.recursive(_term(), _extended, max_leaves=6)


def _parses(q: str) -> bool:
    try:
        parse(q)
    except InvalidQuery:
        return False
    return True


def _fts5_reads(q: str) -> bool:
    """Whether FTS5 reads `q` as written: it refuses words after a ')' with no AND between, which q may hold."""
    try:
        match_in_fts5(q, [])
    except sqlite3.OperationalError:
        return False
    return True


@settings(max_examples=300, deadline=None, derandomize=True)
@given(q=queries.filter(_parses).filter(_fts5_reads), docs=documents)
def test_the_tree_written_for_fts5_matches_what_fts5_matches_for_the_query_as_written(q, docs):
    assert match_in_fts5(to_fts5(parse(q)), docs) == match_in_fts5(q, docs)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(q=queries.filter(_parses), docs=documents)
def test_postgresql_and_fts5_match_the_same_documents(postgres, q, docs):
    tree = parse(q)
    assert match_in_postgres(postgres, to_tsquery(tree), docs) == match_in_fts5(to_fts5(tree), docs)
