"""What is particular to PostgreSQL: the driver (psycopg 3), writers taking turns, the full-text documents,
the read-only connections of the API, the driver's errors, and how PostgreSQL writes the store's portable
constructs (app/store/portable.py). Its SQLite counterpart is app/store/sqlite.py."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import psycopg
from psycopg import generators
from sqlalchemy import Column, Connection, Engine, Integer, MetaData, String, Table, column, event, insert, table, text
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.dialects.postgresql import insert as upsert  # noqa: F401  (the store's upserts: app/store/engines.py)
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.engine import URL
from sqlalchemy.engine.interfaces import BindTyping
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from app.store.portable import (
    Among,
    CaseFolded,
    FullTextMatch,
    FullTextRank,
    JsonArrayOf,
    JsonBoolean,
    JsonRecords,
    JsonRows,
    NullsSmallest,
    records,
    records_of,
)
from app.store.search_query import to_tsvector_text
from app.store.statements import compiled
from app.store.writes import execute, run_many

# The dialect the API's statements are compiled in, parameters as psycopg takes them ("%(name)s"). Without the
# casts SQLAlchemy writes on each parameter (`%(id)s::INTEGER`): psycopg types a value by what it holds, and an
# id beyond the columns' 32 bits is then compared as what it is (matching nothing), not cast into an error.
DIALECT = PGDialect_psycopg()
DIALECT.bind_typing = BindTyping.NONE

# What SQLAlchemy is told to drive a `postgresql://` URL with: psycopg 3, not its default (psycopg2).
DRIVER = "postgresql+psycopg"


def with_driver(url: URL) -> URL:
    """The URL with psycopg 3 as its driver, whichever PostgreSQL driver (or none) it named."""
    return url.set(drivername=DRIVER)


# The key of the lock that writing transactions take in turn (any fixed number: no other lock uses it).
# Entities are resolved by their name keys across the whole corpus: two ingests resolving the same new name
# at once would each create it. Taken in turn, each transaction writes on what the one before committed, as
# SQLite's single writer does; the NLP, most of an ingest's time, runs outside the transaction all the same.
WRITERS_LOCK = 0x6E657773


def configure(engine: Engine, writes_option: str) -> None:
    """Make each transaction begun with the `writes_option` execution option wait for its turn to write."""

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get(writes_option):
            take_writers_turn(connection)


def take_writers_turn(connection: Connection) -> None:
    """Wait for the writers' turn, held until the transaction ends."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITERS_LOCK})


def connection_settings(url: URL) -> dict[str, Any]:
    """What psycopg is given to connect to the database at `url` (SQLAlchemy's own translation)."""
    _, options = DIALECT.create_connect_args(url)
    return dict(options)


# Seconds a reader waits for the server to answer a new connection: a healthy one answers in milliseconds; a
# request waiting longer is better told at once (503) that the database is out of reach.
CONNECT_TIMEOUT_SECONDS = 5


# The database's version (`ReadOnly.data_version`).
_VERSION = "SELECT xmin::text FROM untidied"


def _first_value(cursor: psycopg.Cursor[Any]) -> object:
    found = cursor.fetchone()
    return found[0] if found else None


# A snapshot's COMMIT sent (`ReadOnly.end`) and its answer read later (`ReadOnly._settle`) through psycopg's own
# generators, which it does not document (pyproject.toml pins its minor series): looked up at import, so that a
# psycopg without them stops the start rather than failing every snapshot's end.
_SEND = generators.send
_FETCH_RESULTS = generators.fetch_many


# A connection's states within a transaction (a statement running, idle, failed).
_IN_TRANSACTION = {
    psycopg.pq.TransactionStatus.ACTIVE,
    psycopg.pq.TransactionStatus.INTRANS,
    psycopg.pq.TransactionStatus.INERROR,
}


class ReadOnly:
    """A read-only connection for the API's reader (app/store/reader.py). Outside a snapshot each statement
    is its own transaction; a snapshot is one repeatable-read transaction. A connection the server dropped
    (a restart, a failover) is opened again at the next statement, so the API recovers by itself."""

    engine = "postgresql"
    # Every statement is a round trip to the server (app/store/reader.py `Readers`).
    WAITS_ON_A_SERVER = True

    def __init__(self, url: URL, *, busy_timeout_ms: int) -> None:
        # A request waits at most this long for a server that does not answer (a failover's old address), not
        # libpq's default of for ever; the URL's own `connect_timeout` is kept. (SQLite's busy timeout has no
        # part here: PostgreSQL's readers never wait on its writers.)
        self._settings = {"connect_timeout": CONNECT_TIMEOUT_SECONDS, **connection_settings(url)}
        self._connection: psycopg.Connection[Any] | None = None
        self._trace: Callable[[str], None] | None = None
        # A snapshot begun whose BEGIN waits for its first statement, to go with it.
        self._beginning = False
        # The database's version as the snapshot sees it (`data_version`), read with its BEGIN; None outside one.
        self._version: tuple[object] | None = None
        # A snapshot's COMMIT sent whose answer is not read yet (`end`).
        self._committing = False

    def _connected(self) -> psycopg.Connection[Any]:
        self._settle()
        if self._connection is None or self._connection.broken or self._connection.closed:
            if self._connection is not None:
                self._connection.close()
            self._connection = psycopg.connect(**self._settings, autocommit=True)
            self._connection.execute("SET default_transaction_read_only = on")
        return self._connection

    def execute(self, sql: str, params: Mapping[str, Any]) -> psycopg.Cursor[Any]:
        if self._beginning:
            return self.execute_together([(sql, params)])[0]
        return self._run(self._connected(), sql, params)

    def _run(self, connection: psycopg.Connection[Any], sql: str, params: Mapping[str, Any]) -> psycopg.Cursor[Any]:
        if self._trace:
            self._trace(sql)
        return connection.execute(sql, params)

    def execute_together(self, reads: Sequence[tuple[str, Mapping[str, Any]]]) -> list[psycopg.Cursor[Any]]:
        """The statements sent in one pipeline, their answers read at its end: one round trip for all, and for a
        snapshot's BEGIN with them. A request waits on every round trip, and under load a round trip to the server
        costs more than most statements do."""
        connection = self._connected()
        version = None
        with connection.pipeline():
            if self._beginning:
                self._beginning = False
                connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                # Asked with the BEGIN, not later in a round trip of its own, by every request that remembers.
                version = self._run(connection, _VERSION, {})
            cursors = [self._run(connection, sql, params) for sql, params in reads]
        if version is not None:
            self._version = (_first_value(version),)
        return cursors

    def in_transaction(self) -> bool:
        self._settle()
        connection = self._connection
        # Not a connection gone bad (its status unknown): the next statement opens another, which begins anew.
        begun = connection is not None and connection.info.transaction_status in _IN_TRANSACTION
        return self._beginning or begun

    def begin(self) -> None:
        self._beginning = True

    def end(self) -> None:
        self._beginning = False
        self._version = None
        connection = self._connection
        if connection is None or connection.broken or connection.closed:
            return
        if connection.info.transaction_status == psycopg.pq.TransactionStatus.INERROR:
            connection.execute("ROLLBACK")
        elif self.in_transaction():
            # Sent, not waited for: the server ends the snapshot as it reads it, and its answer is read before the
            # connection's next statement (`_settle`). A read-only transaction's COMMIT has nothing to fail on, and
            # a request waits on every round trip (under load, longer than the server takes to answer).
            connection.pgconn.send_query(b"COMMIT")
            # Due before it is flushed: a flush that fails leaves the COMMIT pending on the connection all the same.
            self._committing = True
            connection.wait(_SEND(connection.pgconn))

    def _settle(self) -> None:
        """Read the answer to the COMMIT `end` sent, where one is due; a connection that fails to give it is closed
        (opened again by the next statement)."""
        connection = self._connection
        if not self._committing or connection is None:
            return
        self._committing = False
        try:
            results = connection.wait(_FETCH_RESULTS(connection.pgconn))
        except psycopg.OperationalError:
            results = []
        if [result.status for result in results] != [psycopg.pq.ExecStatus.COMMAND_OK]:
            connection.close()

    def data_version(self) -> object:
        """The version of the `untidied` row (its `xmin`, the transaction that last wrote it), which every
        transaction writing articles updates (`db.note_written`), in this database only: a count is then paid
        once per commit of an ingest, not again whenever any transaction anywhere on the server writes (as the
        server-wide snapshot would have it: at 100,000 articles every counted request paid its count, 0.13 s
        for a word in nearly every article, docs/benchmarks.md). A snapshot's is read with its BEGIN: it
        cannot change within the snapshot."""
        if self._beginning:
            self.execute_together([])  # the snapshot's BEGIN, which reads the version
        if self._version is not None and self.in_transaction():
            return self._version[0]
        return _first_value(self.execute(_VERSION, {}))

    def trace(self, callback: Callable[[str], None] | None) -> None:
        self._trace = callback

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()

    @staticmethod
    def names(cursor: psycopg.Cursor[Any]) -> list[str]:
        """The names of the columns `cursor` read, from its result as the server sent them: psycopg's
        `description` makes a column object of each, looking its type up, 23 µs for a page of 7 columns."""
        result = cursor.pgresult
        assert result is not None, "a statement that read rows"
        # Each index is one of the result's, whose name is never None.
        return [name.decode() for index in range(result.nfields) if (name := result.fname(index)) is not None]


# SQLite's other full-text indexes, of the newest articles and of articles by day (app/store/sqlite.py), answer
# what its FTS5 index cannot answer fast; PostgreSQL ranks and sorts matches from the one GIN index.
WINDOWS: tuple[()] = ()
DATED_FTS = None
# A search listing every match by date finds the matches first (app/store/articles.py), as the store chose, rather
# than leaving the planner free to walk the date index and test each article's document, which it prices as one
# operator (cpu_operator_cost) whatever the document's size. With the documents in TOAST it chose that walk for a
# word in 0.5% of 100,000 articles: 55 ms, against 1.8 ms matches first (docs/benchmarks.md).
MATCHES_FIRST = True
# Each article's document with a copy of the article's `published` (migration 0014), written with the document: a
# search by date reads its matches' dates from the documents' own rows, and reads only the page's articles. At
# 200,000 articles, the page of a word in 999 of them: 3.4 ms, then 1.4 ms (docs/benchmarks.md).
DATED_DOCUMENTS = Table(
    "articles_fts", MetaData(), Column("rowid", Integer, primary_key=True), Column("published", String, nullable=True)
)
# The documents' dates in an index of their own (migration 0015): a one-word search by date under no other filter
# bounds its matches to the newest articles expected to hold its page before it reads any (app/store/articles.py
# `_Plan.DATE_BOUNDED`), rather than read every match's date to sort them.
DOCUMENTS_BY_DATE = True
# How many articles' documents hold each key (migration 0011, kept by a trigger): a one-word search's exact count.
WORD_COUNTS = table("articles_fts_terms", column("term"), column("doc"))


def refresh_statistics(connection: Connection) -> None:
    """Tell the query planner how the data is spread now, rather than when autovacuum next samples it (after a
    tenth of a table has changed, by default): a large ingest would otherwise be searched with the plans of
    the database before it."""
    connection.exec_driver_sql("ANALYZE")


def mark_visible(engine: Engine) -> None:
    """Mark the pages of the documents an ingest wrote all-visible, outside any transaction: the bound of a search
    by date (app/store/articles.py `_Plan.DATE_BOUNDED`) is read from the index of their dates alone only on such
    pages, and autovacuum marks them only once a fifth of the table has been inserted (docs/benchmarks.md: 63 ms
    against 0.4 ms for one bound before and after). Vacuum skips the pages marked already, so it reads what was
    written since; the indexes' cleanup, a read of the whole GIN index, is left to autovacuum (an ingest leaves
    few dead rows: only those of the articles it replaced)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM (INDEX_CLEANUP OFF) articles_fts")


def merge_fulltext(connection: Connection) -> None:
    """Move the words GIN's fast update left in each full-text index's pending list into the index proper, which
    a search would otherwise read through in full (autovacuum does it too, later)."""
    for index in ("ix_articles_fts_document", "ix_quotes_fts_document"):
        connection.exec_driver_sql(f"SELECT gin_clean_pending_list('{index}'::regclass)")


def is_unreachable(error: BaseException | None) -> bool:
    """Whether the database could not be reached or dropped the connection: asking again later may succeed."""
    return isinstance(error, psycopg.OperationalError)


# The full text: each article's and quote's words as FTS5 would index them (app/store/search_query.py), in a
# `tsvector` of a table named as SQLite's index (`articles_fts`, `quotes_fts`; rowid: the row's id), with a GIN
# index (migrations 0001, 0002).

_INDEX_ARTICLES = compiled(
    text(
        "INSERT INTO articles_fts(rowid, document, published) VALUES (:id, CAST(:document AS tsvector), :published) "
        "ON CONFLICT (rowid) DO UPDATE SET document = excluded.document, published = excluded.published"
    )
)
# All of an article's quotes in one statement, as the store writes its rows (app/store/portable.py `records_of`): each
# document given as text, read as a tsvector.
_QUOTE_DOCUMENTS = Table(
    "quotes_fts", MetaData(), Column("rowid", Integer, primary_key=True), Column("document", TSVECTOR, nullable=False)
)
_INDEX_QUOTES = compiled(
    insert(_QUOTE_DOCUMENTS).from_select(["rowid", "document"], records_of(_QUOTE_DOCUMENTS, ["rowid", "document"]))
)


def article_document(title: str | None, body: str) -> str:
    """An article's full-text document: its title's words, then its body's."""
    return to_tsvector_text(title, body)


def quote_document(words: str) -> str:
    """A quote's full-text document: its words, as a body's."""
    return to_tsvector_text(None, words)


def index_articles(connection: Connection, articles: Iterable[tuple[int, str | None, str, str | None]]) -> None:
    """Index these (id, title, body, published) articles' words, with their dates (`DATED_DOCUMENTS`), in place of
    any indexed before."""
    rows = [
        {"id": article_id, "document": article_document(title, body), "published": published}
        for article_id, title, body, published in articles
    ]
    if rows:
        run_many(connection, _INDEX_ARTICLES, rows)


def index_quotes(connection: Connection, quotes: Iterable[tuple[int, str]]) -> None:
    """Index these (id, text) quotes' words."""
    rows = [{"rowid": quote_id, "document": quote_document(quote)} for quote_id, quote in quotes]
    if rows:
        execute(connection, _INDEX_QUOTES, records(rows))


# How PostgreSQL writes the store's portable constructs (app/store/portable.py).


@compiles(CaseFolded, "postgresql")
def _case_folded(element: CaseFolded, compiler: SQLCompiler, **kw: Any) -> str:
    # lower() under the "C" collation folds ASCII letters only, as SQLite's NOCASE does.
    return f'lower({compiler.process(element.text, **kw)} COLLATE "C")'


@compiles(Among, "postgresql")
def _among(element: Among, compiler: SQLCompiler, **kw: Any) -> str:
    column, values = (compiler.process(part, **kw) for part in (element.column, element.values))
    kind = compiler.dialect.type_compiler_instance.process(element.column.type)
    return f"{column} IN (SELECT CAST(value AS {kind}) FROM json_array_elements_text(CAST({values} AS json)))"


@compiles(JsonRows, "postgresql")
def _json_rows(element: JsonRows, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_array_elements_text(CAST({compiler.process(element.clauses, **kw)} AS json))"


@compiles(JsonRecords, "postgresql")
def _json_records(element: JsonRecords, compiler: SQLCompiler, **kw: Any) -> str:
    parameter, count, *columns = element.clauses
    types = compiler.dialect.type_compiler_instance
    names = [compiler.preparer.quote(each.name) for each in columns]
    fields = ", ".join(f"{name} {types.process(each.type)}" for name, each in zip(names, columns, strict=True))
    # In the array's order, said (ORDER BY its position), not left to the function: new rows take their ids in it.
    rows = (
        f"ROWS FROM (json_to_recordset(CAST({compiler.process(parameter, **kw)} AS json)) AS ({fields})) "
        f"WITH ORDINALITY AS records({', '.join(names)}, position)"
    )
    # LIMIT the count of rows it holds, which changes nothing but the planner's estimate: it counts on 100 rows of
    # json_to_recordset, and for 100 an update joining them to a table of 20,000 rows read the whole table (4.4 ms)
    # rather than look each row up by its index (0.1 ms). Told the count (10% of 100 where a plan is made for any
    # count), it looks them up.
    return f"(SELECT {', '.join(names)} FROM {rows} ORDER BY position LIMIT {compiler.process(count, **kw)})"


@compiles(JsonArrayOf, "postgresql")
def _json_array_of(element: JsonArrayOf, compiler: SQLCompiler, **kw: Any) -> str:
    # The names written in: json_build_object() cannot tell the type of a parameter.
    objects = f"json_build_object({compiler.process(element.clauses, **{**kw, 'literal_binds': True})})"
    return f"CAST(coalesce(json_agg({objects}), '[]') AS text)"


@compiles(JsonBoolean, "postgresql")
def _json_boolean(element: JsonBoolean, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.value, **kw)


@compiles(FullTextMatch, "postgresql")
def _full_text_match(element: FullTextMatch, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{element.index}.document @@ CAST({compiler.process(element.query, **kw)} AS tsquery)"


# ts_rank's weights of lexemes by label, {D, C, B, A}: body words are D, title words A (search_query.to_tsvector_text),
# a title hit four times a body hit as in SQLite's BM25. Normalization 1 divides by 1 + log(the document's
# length), as BM25 weighs a hit in a long text below one in a short text.
_RANK_WEIGHTS = "{0.25, 0.25, 0.25, 1.0}"


@compiles(FullTextRank, "postgresql")
def _full_text_rank(element: FullTextRank, compiler: SQLCompiler, **kw: Any) -> str:
    query = compiler.process(element.query, **kw)
    # In double precision, as the cursor carries it back: a `real` rank would never equal its own cursor's value.
    rank = f"ts_rank('{_RANK_WEIGHTS}', {element.index}.document, CAST({query} AS tsquery), 1)"
    return f"-CAST({rank} AS double precision)"


@compiles(NullsSmallest, "postgresql")
def _nulls_smallest(element: NullsSmallest, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL counts NULL the largest value unless told (its indexes on such columns are made NULLS FIRST,
    # migrations/engines.py, so that they serve this order both ways).
    order = "DESC NULLS LAST" if element.descending else "ASC NULLS FIRST"
    return f"{compiler.process(element.column, **kw)} {order}"
