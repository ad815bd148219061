"""PostgreSQL's counterpart of SQLite's FTS5 integrity check (tests/test_crash_safety.py): every article's and
every quote's stored full-text document is the one its words make now, and no document outlives its row; and
each word's count of articles is the number of documents holding it."""

import json
import random
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from importlib.resources import files
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from fastapi.testclient import TestClient
from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.exc import IntegrityError, OperationalError
from typer.testing import CliRunner

from app.api.main import create_app
from app.cli import cli
from app.store.db import make_engine
from app.store.postgresql import WRITERS_LOCK
from app.store.search_query import to_tsvector_text
from tests.conftest import assert_problem
from tests.postgres import TestServer, server_url

pytestmark = pytest.mark.postgresql_only


def tsvector(connection: Connection, words: str) -> str:
    """A document as PostgreSQL writes it back (lexemes sorted, positions merged)."""
    return str(connection.execute(text("SELECT CAST(CAST(:words AS tsvector) AS text)"), {"words": words}).scalar())


def stale_documents(db_url: str) -> list[tuple[str, int]]:
    """(table, id) of each article or quote whose stored document is missing or not the one its words make, and
    of each document whose row is gone."""
    engine = make_engine(db_url)
    with engine.connect() as connection:
        articles = connection.execute(
            text("SELECT id, title, body, CAST(document AS text) FROM articles LEFT JOIN articles_fts ON rowid = id")
        ).all()
        quotes = connection.execute(
            text("SELECT id, text, CAST(document AS text) FROM quotes LEFT JOIN quotes_fts ON rowid = id")
        ).all()
        stale = [
            ("articles", id)
            for id, title, body, stored in articles
            if stored != tsvector(connection, to_tsvector_text(title, body))
        ]
        stale += [
            ("quotes", id)
            for id, words, stored in quotes
            if stored != tsvector(connection, to_tsvector_text(None, words))
        ]
        orphans = connection.execute(
            text(
                "SELECT 'articles_fts', rowid FROM articles_fts WHERE rowid NOT IN (SELECT id FROM articles) "
                "UNION ALL SELECT 'quotes_fts', rowid FROM quotes_fts WHERE rowid NOT IN (SELECT id FROM quotes)"
            )
        ).all()
    engine.dispose()
    return stale + [(table, id) for table, id in orphans]


def miscounted_words(db_url: str) -> list[tuple[str, int | None, int | None]]:
    """(word, articles counted, articles holding it) of each word whose kept count is not its documents' (None:
    no count kept, or no document holding it)."""
    engine = make_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT coalesce(kept.term, held.term), kept.doc, held.doc "
                "FROM articles_fts_terms kept FULL JOIN (SELECT term, count(*) AS doc FROM articles_fts, "
                "unnest(tsvector_to_array(document)) term GROUP BY term) held ON held.term = kept.term "
                "WHERE kept.doc IS DISTINCT FROM held.doc ORDER BY 1"
            )
        ).all()
    engine.dispose()
    return [(term, kept, held) for term, kept, held in rows]


def kept_counts(db_url: str, *terms: str) -> dict[str, int]:
    """The kept count of articles of each of `terms` that has one."""
    engine = make_engine(db_url)
    with engine.connect() as connection:
        kept = connection.execute(
            text("SELECT term, doc FROM articles_fts_terms WHERE term = ANY(:terms)"), {"terms": list(terms)}
        )
        counts = {term: doc for term, doc in kept.all()}
    engine.dispose()
    return counts


def tamper(db_url: str, *statements: str) -> None:
    """Run `statements` on the database in one transaction, as no store path would write."""
    engine = make_engine(db_url)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def feed(*records: dict[str, str]) -> dict[str, str]:
    return {"feed.jsonl": "\n".join(json.dumps(record) for record in records)}


FIRST = {"id": "a", "title": "Harbour plan", "text": '"We will rebuild the harbour," Ada Byron said in Oslo.'}
# FIRST written again: its article's document and its quote's are written anew, the old quote's dropped.
REPLACED = {**FIRST, "text": '"We will finish the bridge first," Ada Byron said in Oslo.'}
OTHER = {"id": "b", "title": "Council vote", "text": '"The vote is close," Omar Haddad said on Tuesday.'}


def test_every_stored_search_document_is_the_one_its_words_make(ingest, db_url):
    assert ingest(feed(FIRST, OTHER)).exit_code == 0
    assert ingest(feed(REPLACED, OTHER)).exit_code == 0
    assert stale_documents(db_url) == []


def test_a_document_that_no_longer_matches_its_words_is_found(ingest, db_url):
    # The control: the check above sees a stored document that differs from its article's words.
    assert ingest(feed(FIRST, OTHER)).exit_code == 0
    tamper(db_url, "UPDATE articles_fts SET document = CAST('harbour' AS tsvector) WHERE rowid = 1")
    assert stale_documents(db_url) == [("articles", 1)]


def test_each_words_count_of_articles_follows_their_documents_as_they_are_replaced(ingest, db_url):
    assert ingest(feed(FIRST, OTHER)).exit_code == 0
    assert ingest(feed(REPLACED, OTHER)).exit_code == 0
    assert miscounted_words(db_url) == []


def test_a_word_no_document_holds_any_more_keeps_no_count(ingest, db_url):
    assert ingest(feed(FIRST, OTHER)).exit_code == 0
    assert ingest(feed(REPLACED, OTHER)).exit_code == 0
    assert kept_counts(db_url, "rebuild", "bridg") == {"bridg": 1}


def test_an_article_that_cannot_be_stored_leaves_its_words_uncounted(ingest, db_url, monkeypatch):
    import app.ingest.pipeline as pipeline

    def fails_for_the_harbour(connection, *, article_id, extraction):
        if any("harbour" in quote.text for quote in extraction.quotes):
            raise IntegrityError("INSERT", {}, Exception("constraint failed"))
        real(connection, article_id=article_id, extraction=extraction)

    real = pipeline.replace_extraction
    monkeypatch.setattr(pipeline, "replace_extraction", fails_for_the_harbour)
    assert ingest(feed(FIRST, OTHER)).exit_code == 1
    assert kept_counts(db_url, "harbour", "vote") == {"vote": 1}
    assert miscounted_words(db_url) == []


def set_aside(connection: Connection) -> tuple[int, int]:
    """(documents, transactions) set aside for their words to be counted at commit."""
    documents = connection.execute(text("SELECT count(*) FROM articles_fts_terms_pending")).scalar_one()
    transactions = connection.execute(text("SELECT count(*) FROM articles_fts_terms_unsettled")).scalar_one()
    return documents, transactions


def test_a_transactions_documents_wait_for_its_commit_to_be_counted(ingest, db_url):
    assert ingest(feed(FIRST)).exit_code == 0
    engine = make_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE articles_fts SET document = CAST('harbour quay' AS tsvector)"))
        connection.execute(text("UPDATE articles_fts SET document = CAST('harbour pier' AS tsvector)"))
        assert set_aside(connection) == (4, 1)  # each old and new document, one transaction
    with engine.connect() as connection:
        assert set_aside(connection) == (0, 0)
    engine.dispose()
    assert kept_counts(db_url, "harbour", "quay", "pier") == {"harbour": 1, "pier": 1}
    assert miscounted_words(db_url) == []


def migrate_down_and_up(db_url: str, revision: str, check: Callable[[Connection], None]) -> None:
    """Downgrade the database to `revision`, `check` it there, and upgrade it to head again."""
    engine = make_engine(db_url)
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(files("migrations")))
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
        check(connection)
        command.upgrade(config, "head")
    engine.dispose()


def test_word_counts_are_dropped_by_their_downgrade_and_counted_from_the_documents_again(ingest, db_url):
    assert ingest(feed(FIRST, OTHER)).exit_code == 0

    def uncounted(connection: Connection) -> None:
        assert not inspect(connection).has_table("articles_fts_terms")

    migrate_down_and_up(db_url, "0010", uncounted)
    assert miscounted_words(db_url) == []


def test_a_word_count_that_differs_from_its_documents_is_found(ingest, db_url):
    # The control: the check above sees a kept count that is not the documents', and one kept for no document.
    assert ingest(feed(FIRST, OTHER)).exit_code == 0
    tamper(
        db_url,
        "UPDATE articles_fts_terms SET doc = 5 WHERE term = 'harbour'",
        "INSERT INTO articles_fts_terms(term, doc) VALUES ('nowher', 0)",
    )
    assert miscounted_words(db_url) == [("harbour", 5, 1), ("nowher", 0, None)]


def rows_of(db_url: str, query: str) -> list[tuple[Any, ...]]:
    """The rows `query` reads from the database."""
    engine = make_engine(db_url)
    with engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(text(query))]
    engine.dispose()
    return rows


def document_dates(db_url: str) -> dict[str, str | None]:
    """Each article's external id -> the date its search document keeps (migration 0014)."""
    return dict(
        rows_of(db_url, "SELECT external_id, articles_fts.published FROM articles JOIN articles_fts ON rowid = id")
    )


def misdated_documents(db_url: str) -> list[int]:
    """The id of each article whose search document keeps another date than the article's own."""
    query = (
        "SELECT id FROM articles JOIN articles_fts ON rowid = id "
        "WHERE articles_fts.published IS DISTINCT FROM articles.published ORDER BY id"
    )
    return [article_id for (article_id,) in rows_of(db_url, query)]


DATED = {**FIRST, "published": "2021-03-04T10:00:00+00:00"}
# DATED written again under another date, and with other words: its document is written anew.
REDATED = {**REPLACED, "published": "2021-05-06"}


def test_an_articles_search_document_keeps_the_articles_date_as_it_is_stored_and_replaced(ingest, db_url):
    assert ingest(feed(DATED, OTHER)).exit_code == 0
    assert document_dates(db_url) == {"a": "2021-03-04T10:00:00+00:00", "b": None}
    assert ingest(feed(REDATED, OTHER)).exit_code == 0
    assert document_dates(db_url) == {"a": "2021-05-06", "b": None}
    assert ingest(feed(REDATED, OTHER)).exit_code == 0  # unchanged: nothing written
    assert misdated_documents(db_url) == []


def test_an_article_ingested_again_under_another_date_alone_has_its_document_redated(ingest, db_url):
    assert ingest(feed(DATED, OTHER)).exit_code == 0
    assert ingest(feed({**DATED, "published": "2022-01-02"}, OTHER)).exit_code == 0  # the same words
    assert document_dates(db_url) == {"a": "2022-01-02", "b": None}
    assert miscounted_words(db_url) == []


def test_documents_written_before_they_kept_dates_are_given_their_articles_dates(ingest, db_url):
    assert ingest(feed(DATED, OTHER)).exit_code == 0

    def undated(connection: Connection) -> None:
        assert "published" not in {column["name"] for column in inspect(connection).get_columns("articles_fts")}

    migrate_down_and_up(db_url, "0013", undated)
    assert document_dates(db_url) == {"a": "2021-03-04T10:00:00+00:00", "b": None}
    assert stale_documents(db_url) == []
    assert miscounted_words(db_url) == []


def test_documents_are_given_their_dates_once_no_ingest_is_writing(ingest, db_url):
    assert ingest(feed(DATED, OTHER)).exit_code == 0
    writer = make_engine(db_url)
    with writer.begin() as writing:  # an ingest's transaction, its turn taken
        writing.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITERS_LOCK})

        def impatient(connection: Connection) -> None:
            connection.execute(text("SET LOCAL lock_timeout = '100ms'"))

        with pytest.raises(OperationalError, match="lock timeout"):
            migrate_down_and_up(db_url, "0013", impatient)
    writer.dispose()
    migrate_down_and_up(db_url, "0013", lambda connection: None)  # the control: the ingest done, it goes through
    assert document_dates(db_url) == {"a": "2021-03-04T10:00:00+00:00", "b": None}


def test_once_the_undated_documents_are_dropped_the_upgrade_only_renames_their_copy(ingest, db_url):
    # From that DROP to the commit every read of the articles waits (the dropped table's foreign key locks them):
    # the copy's keys, index and statistics are made before it.
    assert ingest(feed(DATED, OTHER)).exit_code == 0
    statements: list[str] = []

    def listened(connection: Connection) -> None:
        event.listen(connection, "before_cursor_execute", lambda *run: statements.append(run[2].strip()))

    migrate_down_and_up(db_url, "0013", listened)
    dropped = statements.index("DROP TABLE articles_fts")
    # Migration 0014's statements end where Alembic records it; the migrations after it build what they build.
    done = next(n for n, statement in enumerate(statements) if re.match(r"UPDATE alembic_version .*'0014'", statement))
    building = re.compile(r"CREATE INDEX|ALTER TABLE \S+ ADD|ANALYZE")
    assert any(building.match(statement) for statement in statements[:dropped])  # the control: seen before it
    assert not [statement for statement in statements[dropped:done] if building.match(statement)]


def test_a_document_whose_date_is_not_its_articles_is_found(ingest, db_url):
    # The control: the check above sees a document that keeps another date than its article's.
    assert ingest(feed(DATED, OTHER)).exit_code == 0
    tamper(db_url, "UPDATE articles_fts SET published = '2020-01-01' WHERE rowid = 2")
    assert misdated_documents(db_url) == [2]


# A database whose collation orders text by language, as the official image's default (en_US.utf8) does.
LANGUAGE_ORDERED = "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"


@pytest.fixture
def language_ordered_db() -> Iterator[str]:
    server = TestServer(server_url())
    try:
        yield server.url_of(server.create(options=LANGUAGE_ORDERED))
    finally:
        server.drop_all()


def test_dates_compare_as_on_sqlite_in_a_database_ordered_by_language(language_ordered_db, tmp_path):
    feed = tmp_path / "feed.jsonl"
    record = {"id": "a", "text": "The ferry sailed.", "published": "2021-03-04T10:00:00+00:00"}
    feed.write_text(json.dumps(record), encoding="utf-8")
    assert CliRunner().invoke(cli, ["ingest", str(feed), "--db", language_ordered_db]).exit_code == 0
    with TestClient(create_app(database_url=language_ordered_db)) as client:
        found = client.get("/articles", params={"published_to": "2021-03-04"}).json()["total"]
        before = client.get("/articles", params={"published_to": "2021-03-03"}).json()["total"]
    assert (found, before) == (1, 0)  # its own day takes it in (in "en-US", "T" sorts after the bound's "~")


def _round_trips(db_url: str, statements: int, *, together: bool = False) -> int:
    """How many times a reader waits on the server for a snapshot of `statements` reads (one after the other, or
    sent together): the server's ReadyForQuery messages in libpq's trace of the connection. Each read answers
    its own statement."""
    from sqlalchemy.engine import make_url

    from app.store.postgresql import ReadOnly

    reader = ReadOnly(make_url(db_url), busy_timeout_ms=0)
    reader.execute("SELECT 1", {}).fetchall()  # connected and set up outside the count
    connection = reader._connection
    assert connection is not None
    with tempfile.TemporaryFile("w+") as trace:
        connection.pgconn.trace(trace.fileno())
        reader.begin()
        reads = [(f"SELECT {n}", {}) for n in range(statements)]
        if together:
            answers = [cursor.fetchall() for cursor in reader.execute_together(reads)]
        else:
            answers = [reader.execute(sql, params).fetchall() for sql, params in reads]
        reader.end()
        assert answers == [[(n,)] for n in range(statements)]
        connection.pgconn.untrace()
        trace.seek(0)
        waited = sum("\tB\t" in line and "ReadyForQuery" in line for line in trace)
    reader.close()
    return waited


def test_a_snapshot_sends_its_begin_with_its_first_read(db_url):
    assert _round_trips(db_url, 2) == 2  # BEGIN and the first read, the second read (the COMMIT is not waited for)


def test_reads_sent_together_wait_on_the_server_once(db_url):
    assert _round_trips(db_url, 3, together=True) == 1  # BEGIN and the three reads
    assert _round_trips(db_url, 3) == 3  # the control: one after the other


def _request_round_trips(client: TestClient, path: str) -> tuple[int, int]:
    """(statements run, round trips waited) by the app's one reading connection to answer `path` a second time
    (its names remembered from the first)."""
    assert client.get(path).status_code == 200
    (reader,) = client.app.state.readers._opened
    reader._driver.in_transaction()  # the first request's COMMIT answered, outside the count (not waited for)
    connection = reader._driver._connection
    statements: list[str] = []
    client.app.state.readers.trace(statements.append)
    with tempfile.TemporaryFile("w+") as trace:
        connection.pgconn.trace(trace.fileno())
        assert client.get(path).status_code == 200
        connection.pgconn.untrace()
        trace.seek(0)
        waited = sum("\tB\t" in line and "ReadyForQuery" in line for line in trace)
    client.app.state.readers.trace(None)
    return len(statements), waited


def test_the_entity_page_is_read_in_one_round_trip_and_committed(ingest, db_url, monkeypatch):
    assert ingest(feed(FIRST, OTHER)).exit_code == 0
    monkeypatch.setenv("READ_THREADS", "1")
    with TestClient(create_app(database_url=db_url)) as client:
        (ada,) = client.get("/entities", params={"q": "Ada Byron"}).json()["items"]
        assert client.get(f"/entities/{ada['id']}").json()["related"]  # the names of others are shown too
        # The memo's version, the entity, its aliases, mentions, articles, quotes and the entities named with it.
        assert _request_round_trips(client, f"/entities/{ada['id']}") == (7, 1)  # with the BEGIN


@pytest.mark.parametrize(("sort", "statements"), [("relevance", 3), ("-published", 4)])
def test_a_one_word_search_is_read_in_two_round_trips(ingest, db_url, monkeypatch, sort, statements):
    assert ingest(feed(FIRST, OTHER)).exit_code == 0
    monkeypatch.setenv("READ_THREADS", "1")
    monkeypatch.setenv("RANKED_MATCHES", "2")  # as many as hold the word: its newest are ranked
    with TestClient(create_app(database_url=db_url)) as client:
        path = f"/articles?q=said&sort={sort}&count=false"
        assert len(client.get(path).json()["items"]) == 2
        # The memo's version and the word's count (by date, the newest article too) with the BEGIN; the page with
        # its articles' bodies.
        assert _request_round_trips(client, path) == (statements, 2)


def _transaction_state(db_url: str, backend: int) -> str:
    engine = make_engine(db_url)
    with engine.connect() as connection:
        query = text("SELECT state FROM pg_stat_activity WHERE pid = :pid")
        state = connection.execute(query, {"pid": backend}).scalar_one()
    engine.dispose()
    return state


def test_a_snapshots_commit_not_waited_for_ends_it_at_the_server(db_url):
    from sqlalchemy.engine import make_url

    from app.store.postgresql import ReadOnly

    reader = ReadOnly(make_url(db_url), busy_timeout_ms=0)
    reader.begin()
    assert reader.execute("SELECT 1", {}).fetchall() == [(1,)]
    backend = reader._connected().info.backend_pid
    assert _transaction_state(db_url, backend) == "idle in transaction"  # the control: the snapshot is open
    reader.end()
    deadline = time.monotonic() + 5
    while (state := _transaction_state(db_url, backend)) != "idle" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert state == "idle"
    reader.begin()  # the next snapshot reads the COMMIT's answer before its own
    assert reader.execute("SELECT 2", {}).fetchall() == [(2,)]
    reader.end()
    reader.close()


@pytest.mark.parametrize("dropped", [False, True])
def test_a_snapshot_after_one_whose_commit_failed_reads_on_a_new_connection(db_url, dropped):
    from sqlalchemy.engine import make_url

    from app.store.postgresql import ReadOnly

    reader = ReadOnly(make_url(db_url), busy_timeout_ms=0)
    reader.begin()
    assert reader.execute("SELECT 1", {}).fetchall() == [(1,)]
    backend = reader._connected().info.backend_pid
    if dropped:  # the server drops the connection before the snapshot's COMMIT reaches it: its answer is an error
        tamper(db_url, f"SELECT pg_terminate_backend({backend}, 5000)")
    reader.end()
    reader.begin()
    assert reader.execute("SELECT 2", {}).fetchall() == [(2,)]  # no error: the failed COMMIT's connection replaced
    assert (reader._connected().info.backend_pid != backend) is dropped  # the control: one COMMIT answered keeps it
    reader.end()
    reader.close()


def test_a_snapshot_begun_after_the_server_dropped_the_connection_is_one_on_the_next(db_url):
    import psycopg
    from sqlalchemy.engine import make_url

    from app.store.postgresql import ReadOnly

    reader = ReadOnly(make_url(db_url), busy_timeout_ms=0)
    reader.begin()
    assert reader.execute("SELECT 1", {}).fetchall() == [(1,)]
    assert reader.in_transaction()  # the control: a snapshot read from is one
    tamper(db_url, f"SELECT pg_terminate_backend({reader._connected().info.backend_pid})")
    with pytest.raises(psycopg.OperationalError):
        reader.execute("SELECT 2", {})
    reader.end()
    assert not reader.in_transaction()
    reader.begin()
    assert reader.execute("SELECT 3", {}).fetchall() == [(3,)]
    assert reader.in_transaction()  # begun on the connection opened again
    reader.end()
    reader.close()


def test_reads_sent_together_over_a_connection_the_server_dropped_answer_503_then_recover(ingest, db_url, monkeypatch):
    assert ingest(feed(FIRST, OTHER)).exit_code == 0
    monkeypatch.setenv("READ_THREADS", "1")
    with TestClient(create_app(database_url=db_url)) as client:
        (ada,) = client.get("/entities", params={"q": "Ada Byron"}).json()["items"]
        page = f"/entities/{ada['id']}"
        assert client.get(page).status_code == 200  # the control: answered over the same connection
        (reader,) = client.app.state.readers._opened
        tamper(db_url, f"SELECT pg_terminate_backend({reader._driver._connection.info.backend_pid})")
        dropped = client.get(page)
        assert_problem(dropped, 503)
        assert int(dropped.headers["retry-after"]) >= 1
        assert client.get(page).status_code == 200  # connected again


def test_a_snapshot_that_reads_nothing_costs_no_round_trip(db_url):
    assert _round_trips(db_url, 0) == 0
    assert _round_trips(db_url, 1) == 1


# A statement walking the documents by id, newest first (not by date, with ids as the tiebreak), for some of them.
_NEWEST_FIRST = re.compile(r"ORDER BY articles_fts\.rowid DESC\s+LIMIT")


def _floor_searches(seed, db_url: str, monkeypatch: pytest.MonkeyPatch, *, ranked: int, sort: str) -> int:
    """How many statements a one-word search ran that walk the documents newest first for its newest `ranked`
    matches, the word being in two of three articles."""
    texts = ["The ferry to Harlow sailed late.", "The ferry to Harlow sailed early.", "Buses ran on time."]
    seed({"feed.jsonl": "\n".join(json.dumps({"id": f"a{n}", "text": text}) for n, text in enumerate(texts))})
    monkeypatch.setenv("RANKED_MATCHES", str(ranked))
    statements: list[str] = []
    with TestClient(create_app(database_url=db_url)) as client:
        client.app.state.readers.trace(statements.append)
        found = client.get("/articles", params={"q": "ferry", "sort": sort, "count": "false"}).json()
    assert len(found["items"]) == 2
    return sum(bool(_NEWEST_FIRST.search(statement)) for statement in statements)


@pytest.mark.parametrize("sort", ["relevance", "-published"])
def test_a_word_in_fewer_articles_than_are_ranked_is_not_walked_for_its_newest(seed, db_url, monkeypatch, sort):
    # Walking the documents newest first for a rare word reads every one: 1.7 s at a million articles.
    assert _floor_searches(seed, db_url, monkeypatch, ranked=200, sort=sort) == 0


def test_a_word_in_as_many_articles_as_are_ranked_is_searched_for_its_newest(seed, db_url, monkeypatch):
    assert _floor_searches(seed, db_url, monkeypatch, ranked=2, sort="relevance") == 1


def test_a_one_word_search_by_date_takes_its_share_of_the_articles_from_the_count(seed, db_url, monkeypatch):
    # As many matches as are ranked: by relevance their newest are searched for (the test above), by date not.
    assert _floor_searches(seed, db_url, monkeypatch, ranked=2, sort="-published") == 0


def _listed_by_relevance(db_url: str, monkeypatch: pytest.MonkeyPatch, *, ranked: int) -> tuple[list[str], bool]:
    """The ids a search of "ferry" by relevance lists, a page of one at a time (each after the last's cursor), and
    whether any of its statements walked the documents newest first."""
    monkeypatch.setenv("RANKED_MATCHES", str(ranked))
    statements: list[str] = []
    ids: list[str] = []
    params = {"q": "ferry", "limit": "1", "count": "false"}
    with TestClient(create_app(database_url=db_url)) as client:
        client.app.state.readers.trace(statements.append)
        while True:
            found = client.get("/articles", params=params).json()
            ids += [item["id"] for item in found["items"]]
            if not found["next_cursor"]:
                break
            params["cursor"] = found["next_cursor"]
    return ids, any(_NEWEST_FIRST.search(statement) for statement in statements)


def test_the_newest_matches_ranked_in_one_walk_are_listed_as_every_match_ranked_ties_included(
    seed, db_url, monkeypatch
):
    tied = "The ferry to Harlow sailed late."  # three alike: ranked alike, listed by id
    texts = [tied, "A ferry out, the ferry back: the Harlow ferry.", tied, "The ferry " + "past Harlow's mills " * 6]
    texts += [tied, "Buses ran on time."]
    seed({"feed.jsonl": "\n".join(json.dumps({"id": f"a{n}", "text": text}) for n, text in enumerate(texts))})
    every, every_walked = _listed_by_relevance(db_url, monkeypatch, ranked=6)  # more than hold the word: all ranked
    newest, newest_walked = _listed_by_relevance(db_url, monkeypatch, ranked=5)  # exactly as many: their newest
    assert (every_walked, newest_walked) == (False, True)  # the control: the two plans
    assert len(every) == 5
    assert newest == every


def _index_definitions(db_url: str, *names: str) -> dict[str, str]:
    engine = make_engine(db_url)
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY(:names)"), {"names": list(names)}
        ).all()
    engine.dispose()
    return dict(found)


def test_the_index_of_an_entitys_events_by_day_holds_nulls_first_as_the_timeline_lists_them(client, db_url):
    (definition,) = _index_definitions(db_url, "ix_event_entities_days").values()
    assert "first_day NULLS FIRST" in definition


def test_the_events_own_indexes_by_day_keep_the_plain_order_of_a_day_never_null(client, db_url):
    # The store orders `events.first_day` plainly (it is never NULL): a NULLS FIRST index would serve no page.
    definitions = _index_definitions(db_url, "ix_events_first_day", "ix_events_article")
    assert len(definitions) == 2
    assert not any("NULLS FIRST" in definition for definition in definitions.values()), definitions


def test_the_documents_index_of_dates_holds_nulls_first_as_a_search_by_date_lists_them(client, db_url):
    (definition,) = _index_definitions(db_url, "ix_articles_fts_published").values()
    assert "(published NULLS FIRST, rowid)" in definition


def test_the_documents_index_of_dates_is_dropped_by_its_downgrade_and_made_again(ingest, db_url):
    assert ingest(feed(FIRST, OTHER)).exit_code == 0

    def unindexed(connection: Connection) -> None:
        indexes = {index["name"] for index in inspect(connection).get_indexes("articles_fts")}
        assert "ix_articles_fts_document" in indexes  # the control: the table's other index is there
        assert "ix_articles_fts_published" not in indexes

    migrate_down_and_up(db_url, "0014", unindexed)
    assert _index_definitions(db_url, "ix_articles_fts_published")


def _dates_read_from_their_rows(db_url: str) -> int:
    """How many documents' rows reading every date from the index of dates had to fetch: those on pages not marked
    all-visible."""
    engine = make_engine(db_url)
    with engine.connect() as connection:
        connection.exec_driver_sql("SET enable_seqscan = off")
        connection.exec_driver_sql("SET enable_bitmapscan = off")
        query = "SELECT published, rowid FROM articles_fts ORDER BY published NULLS FIRST, rowid"
        ((plan,),) = connection.exec_driver_sql(f"EXPLAIN (ANALYZE, FORMAT JSON) {query}").all()
    engine.dispose()
    scan = plan[0]["Plan"]
    assert scan["Node Type"] == "Index Only Scan", scan
    return int(scan["Heap Fetches"])


def test_an_ingest_leaves_the_documents_dates_readable_from_their_index_alone(ingest, db_url):
    assert ingest(feed(FIRST, OTHER)).exit_code == 0
    assert _dates_read_from_their_rows(db_url) == 0


def test_documents_written_after_an_ingest_have_their_dates_read_from_their_rows(ingest, db_url):
    # The control: the count above sees documents on pages not yet marked.
    assert ingest(feed(FIRST, OTHER)).exit_code == 0
    tamper(db_url, "UPDATE articles_fts SET published = published")
    assert _dates_read_from_their_rows(db_url) == 2


# Forty articles on as many days, out of id order, two of them on one day (listed by id) and two undated (listed
# first oldest first, last newest first). "ferry" is in every other one; "harbour" in the eight oldest only.
FERRY_DAYS = [(n * 17) % 38 for n in range(38)] + [None, None]
FERRY_DAYS[5] = FERRY_DAYS[4]


def _ferry_feed() -> dict[str, str]:
    records = []
    for n, day in enumerate(FERRY_DAYS):
        words = ["The ferry to Halden sailed at dawn." if n % 2 else "Buses to Eastfield ran on time."]
        if day is not None and day < 8:
            words.append("The old harbour wall was mended.")
        published = {} if day is None else {"published": (date(2021, 1, 1) + timedelta(days=day)).isoformat()}
        records.append({"id": f"a{n}", "text": " ".join(words), **published})
    return feed(*records)


def _in_date_order(fed: dict[str, str], word: str, sort: str) -> list[str]:
    """The external ids of the articles of the feed `fed` whose text has `word`, in `sort` order: by date, undated
    first, then by id (the order they were fed in)."""
    records = [json.loads(line) for line in fed["feed.jsonl"].splitlines()]
    held = [(n, record) for n, record in enumerate(records) if word in record["text"]]
    ordered = [record["id"] for n, record in sorted(held, key=lambda held: (held[1].get("published") or "", held[0]))]
    return ordered[::-1] if sort == "-published" else ordered


# The statements of a search by date's two plans under no other filter: its matches bounded by date first, then
# read from both indexes; or every match found first (app/store/articles.py `_Plan.DATE_BOUNDED`, `MATCHES_FIRST`).
_BOUNDED = re.compile(r"articles_fts\.published [<>]= %\(date_bound\)s")
_EVERY_MATCH = re.compile(r"WITH matches AS MATERIALIZED")


def _plan_of(statement: str) -> str:
    return "b" if _BOUNDED.search(statement) else "e" if _EVERY_MATCH.search(statement) else ""


def _walked_by_date(
    client: TestClient, statements: list[str], word: str, sort: str, limit: int
) -> tuple[list[str], str]:
    """The external ids a search of `word` by `sort` lists, `limit` at a time (each page after the last's cursor),
    and the plan of each page's statements: "b" bounded, "e" every match, "be" bounded then every match."""
    ids, plans = [], []
    params = {"q": word, "sort": sort, "limit": str(limit), "count": "false"}
    while True:
        statements.clear()
        found = client.get("/articles", params=params).json()
        ids += [item["external_id"] for item in found["items"]]
        plans.append("".join(_plan_of(statement) for statement in statements))
        if not found["next_cursor"]:
            return ids, " ".join(plans)
        params["cursor"] = found["next_cursor"]


def _listed_by_date(seed, db_url: str, monkeypatch: pytest.MonkeyPatch, word: str, sort: str) -> tuple[list[str], str]:
    """The pages of one of a search of `word` in the ferry feed by `sort` (`_walked_by_date`)."""
    seed(_ferry_feed())
    monkeypatch.setenv("RANKED_MATCHES", "2")  # fewer than hold either word: its share is planned from its count
    statements: list[str] = []
    with TestClient(create_app(database_url=db_url)) as client:
        client.app.state.readers.trace(statements.append)
        return _walked_by_date(client, statements, word, sort, 1)


@pytest.mark.parametrize("sort", ["-published", "published"])
def test_a_word_in_half_the_articles_is_listed_by_date_from_the_articles_its_share_bounds(
    seed, db_url, monkeypatch, sort
):
    ids, plans = _listed_by_date(seed, db_url, monkeypatch, "ferry", sort)
    assert ids == _in_date_order(_ferry_feed(), "ferry", sort)
    # Each page bounded, but the last ones (the articles left too few to bound) and those after an undated article
    # (oldest first, the second: read as every match in the undated articles' stretch, then in the dated).
    assert [plan for plan in plans.split() if plan != "ee"][:10] == ["b"] * 10, plans


def test_a_word_whose_matches_lie_past_the_bound_is_listed_by_every_match_after_it(seed, db_url, monkeypatch):
    ids, plans = _listed_by_date(seed, db_url, monkeypatch, "harbour", "-published")
    assert ids == _in_date_order(_ferry_feed(), "harbour", "-published")
    assert plans.split()[0] == "be", plans  # the bound held none of the newest articles' matches: read again


def test_the_same_word_oldest_first_finds_its_matches_within_the_bound(seed, db_url, monkeypatch):
    # The control of the test above: the eight oldest articles are within the bound oldest first.
    ids, plans = _listed_by_date(seed, db_url, monkeypatch, "harbour", "published")
    assert ids == _in_date_order(_ferry_feed(), "harbour", "published")
    assert plans.split()[0] == "b", plans


# An invented corpus drawn at random (a fixed seed), for the plans of a search by date to be compared with the order
# itself over many pages: 80 articles on 12 days (ties on every day, listed by id), 10 undated, ingested out of date
# order. "quay" is in about half; "tide" in a quarter; "lantern" in the oldest dated quarter and three undated (its
# matches clustered at the old end: newest first, the bound holds none of them); "beacon" in the newest dated
# quarter and two undated.
_DRAWN = random.Random(2026)
WHARF_DAYS: list[int | None] = [_DRAWN.randrange(12) for _ in range(70)] + [None] * 10
_DRAWN.shuffle(WHARF_DAYS)
_DATED_RANKS = sorted((day, n) for n, day in enumerate(WHARF_DAYS) if day is not None)
_OLDEST_QUARTER = {n for _, n in _DATED_RANKS[: len(_DATED_RANKS) // 4]}
_NEWEST_QUARTER = {n for _, n in _DATED_RANKS[-len(_DATED_RANKS) // 4 :]}
_UNDATED = [n for n, day in enumerate(WHARF_DAYS) if day is None]
WHARF_WORDS = {
    "quay": {n for n in range(len(WHARF_DAYS)) if _DRAWN.random() < 0.5},
    "tide": {n for n in range(len(WHARF_DAYS)) if _DRAWN.random() < 0.25},
    "lantern": _OLDEST_QUARTER | set(_UNDATED[:3]),
    "beacon": _NEWEST_QUARTER | set(_UNDATED[-2:]),
}
_WHARF_SENTENCES = {
    "quay": "The quay at Halden was swept.",
    "tide": "A high tide reached Eastfield.",
    "lantern": "Mara Quist lit the lantern.",
    "beacon": "Tobin Ferrell saw the beacon.",
}


def _wharf_feed() -> dict[str, str]:
    records = []
    for n, day in enumerate(WHARF_DAYS):
        said = [_WHARF_SENTENCES[word] for word, holding in WHARF_WORDS.items() if n in holding]
        published = {} if day is None else {"published": (date(2023, 5, 1) + timedelta(days=day)).isoformat()}
        records.append({"id": f"w{n}", "text": " ".join(["Rain fell on the harbour road.", *said]), **published})
    return feed(*records)


def test_every_page_of_a_search_by_date_is_the_order_itself_whichever_plan_reads_it(seed, db_url, monkeypatch):
    # Every word, both sorts, pages of 1 to 6: ties split across pages, bounds on a page's edge and among ties,
    # cursors on undated articles, words clustered at either end (the bound falling short, read again).
    seed(_wharf_feed())
    monkeypatch.setenv("RANKED_MATCHES", "2")  # fewer than hold any word: its share is planned from its count
    statements: list[str] = []
    plans: list[str] = []
    with TestClient(create_app(database_url=db_url)) as client:
        client.app.state.readers.trace(statements.append)
        for word in WHARF_WORDS:
            for sort in ("-published", "published"):
                for limit in (1, 2, 3, 4, 6):
                    ids, walked = _walked_by_date(client, statements, word, sort, limit)
                    assert ids == _in_date_order(_wharf_feed(), word, sort), (word, sort, limit, walked)
                    plans += walked.split()
    # The premise: each way of reading a page was taken, many times.
    taken = Counter(plans)
    assert taken["b"] > 50 and taken["be"] > 10 and taken["e"] > 10, taken
