"""What is particular to SQLite: connection pragmas, the FTS5 full-text expressions, the driver's errors."""

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy import (
    Connection,
    Engine,
    TableClause,
    column,
    event,
    table,
)
from sqlalchemy.dialects.sqlite import insert as upsert  # noqa: F401  (the store's upserts: app/store/engines.py)
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler, SQLiteDialect
from sqlalchemy.engine import URL
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from app.store.portable import (
    Among,
    CaseFolded,
    FullText,
    FullTextMatch,
    FullTextRank,
    JsonArrayOf,
    JsonBoolean,
    JsonRecords,
    JsonRows,
    NullsSmallest,
)


class Window(NamedTuple):
    """An index of the newest articles only, for ranking common words (bm25() walks each word's whole
    list of documents in the index it ranks in): the index, the articles it holds, its size's table."""

    fulltext: FullText
    held: TableClause
    size: str


def _window(name: str) -> Window:
    return Window(FullText(f"{name}_articles_fts"), table(f"{name}_articles", column("id")), f"{name}_window")


# The newest 20,000 articles (migration 0004) and the newest 2,000 (0007).
WINDOWS = (_window("recent"), _window("latest"))
# The articles keyed by day (migration 0006), for sorting a search by date.
DATED_FTS = FullText("dated_articles_fts")
# SQLite's plans of a search are those its statements name (INDEXED BY), matches first or not.
MATCHES_FIRST = False
# No index of the documents' dates: the index keyed by day serves a search by date (app/store/search_by_day.py).
DOCUMENTS_BY_DATE = False
# No table of how many articles hold each word: FTS5's own (fts5vocab) holds its stems, which differ from the
# store's keys for a few words (app/store/words.py), so a count read there would not always be the matches'.
WORD_COUNTS = None


# An article's key in DATED_FTS, as its triggers compute it (migration 0006; app/store/search_by_day.py):
# its day's ordinal (julianday() of 0001-01-01 is 1721425.5, ordinal 1), shifted, and its id.
DAY_SHIFT = 40
DAY_KEY = f"((coalesce(CAST(julianday(substr(published, 1, 10)) - 1721424.5 AS INTEGER), 0) << {DAY_SHIFT}) | id)"


def connection_pragmas(busy_timeout_ms: int) -> list[str]:
    """What every connection sets first, writing or reading."""
    return [
        # The wait for locks first: setting the journal mode may itself meet one.
        f"PRAGMA busy_timeout={int(busy_timeout_ms)}",
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA temp_store=MEMORY",
        "PRAGMA mmap_size=268435456",
    ]


class _Compiler(SQLiteCompiler):
    def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
        # `with_hint(table, "INDEXED BY ix", "sqlite")`: which index SQLite reads the table through.
        return text


class _Dialect(SQLiteDialect):
    statement_compiler = _Compiler


# The dialect the API's statements are compiled in (app/store/reader.py), parameters by name (":name").
DIALECT = _Dialect(paramstyle="named")


class ReadOnly:
    """A read-only connection for the API's reader (app/store/reader.py): transactions are begun by its
    snapshots alone (isolation_level=None); statements are prepared once each, and there are a few hundred
    shapes of them."""

    engine = "sqlite"
    # A local file: reads answer without waiting (app/store/reader.py `Readers`).
    WAITS_ON_A_SERVER = False

    def __init__(self, url: URL, *, busy_timeout_ms: int) -> None:
        self._connection = sqlite3.connect(
            url.database or ":memory:",
            uri=url.query.get("uri") == "true",
            isolation_level=None,
            check_same_thread=False,
            cached_statements=512,
        )
        # Read-only: no request can write, whatever statement it manages to run.
        for pragma in [*connection_pragmas(busy_timeout_ms), "PRAGMA query_only=ON"]:
            self._connection.execute(pragma)

    def execute(self, sql: str, params: Mapping[str, Any]) -> sqlite3.Cursor:
        return self._connection.execute(sql, params)

    def execute_together(self, reads: Sequence[tuple[str, Mapping[str, Any]]]) -> list[sqlite3.Cursor]:
        # A local file has no round trip to save: one after the other.
        return [self._connection.execute(sql, params) for sql, params in reads]

    def in_transaction(self) -> bool:
        return self._connection.in_transaction

    def begin(self) -> None:
        self._connection.execute("BEGIN")

    def end(self) -> None:
        if self._connection.in_transaction:
            self._connection.execute("COMMIT")

    def data_version(self) -> object:
        """A number that changes whenever another connection commits to the database."""
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def trace(self, callback: Callable[[str], None] | None) -> None:
        self._connection.set_trace_callback(callback)

    def close(self) -> None:
        self._connection.close()

    @staticmethod
    def names(cursor: sqlite3.Cursor) -> list[str]:
        """The names of the columns `cursor` read."""
        return [column[0] for column in cursor.description]


def configure(engine: Engine, *, busy_timeout_ms: int, writes_option: str) -> None:
    """Set the pragmas on every new connection of `engine`; make each transaction begun with the `writes_option`
    execution option take the write lock as it begins, waiting its turn (the busy timeout) behind another
    process's writes. Begun deferred, it would read first and take the lock at its first write: were another
    process to commit in between, its snapshot would be stale, and SQLite fails it at once
    (SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in connection_pragmas(busy_timeout_ms):
            cursor.execute(pragma)
        cursor.close()
        # The driver's own transaction handling would not let SAVEPOINTs work: SQLAlchemy begins
        # every transaction itself instead (the recipe from its SQLite dialect documentation).
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        writes = connection.get_execution_options().get(writes_option)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def index_articles(connection: Connection, articles: Iterable[tuple[int, str | None, str, str | None]]) -> None:
    """Nothing to do: the triggers of the full-text indexes index each article as it is written (migrations
    0001, 0004, 0006, 0007)."""


def index_quotes(connection: Connection, quotes: Iterable[tuple[int, str]]) -> None:
    """Nothing to do: a trigger indexes each quote as it is written (migration 0002)."""


def refresh_statistics(connection: Connection) -> None:
    """Tell the query planner how the data is spread, from a sample of each index (milliseconds at
    any size): at a million articles the wrong index for one filter costs a second, not 0.1 ms."""
    connection.exec_driver_sql("PRAGMA analysis_limit=1000")
    connection.exec_driver_sql("ANALYZE")


def mark_visible(engine: Engine) -> None:
    """Nothing to do: SQLite reads an index alone without asking whether its rows are visible (PostgreSQL's
    counterpart marks the pages an ingest wrote)."""


def fulltext_tables(connection: Connection) -> list[str]:
    """The names of the database's FTS5 indexes."""
    found = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"
    )
    return [name for (name,) in found]


def rebuild_fulltext(connection: Connection) -> None:
    """Every full-text index made again from the tables it indexes: those with content rebuilt by
    FTS5, the contentless ones emptied and filled as their triggers would."""
    contentless = {DATED_FTS.name, *(window.fulltext.name for window in WINDOWS)}
    for name in fulltext_tables(connection):
        verb = "delete-all" if name in contentless else "rebuild"
        connection.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('{verb}')")
    for fulltext, held, size in WINDOWS:
        connection.exec_driver_sql(f"DELETE FROM {held.name}")
        connection.exec_driver_sql(
            f"INSERT INTO {held.name}(id) SELECT id FROM articles ORDER BY id DESC LIMIT (SELECT articles FROM {size})"
        )
        connection.exec_driver_sql(
            f"INSERT INTO {fulltext.name}(rowid, title, body) "
            f"SELECT id, title, body FROM articles WHERE id IN (SELECT id FROM {held.name})"
        )
    connection.exec_driver_sql(
        f"INSERT INTO {DATED_FTS.name}(rowid, title, body) SELECT {DAY_KEY}, title, body FROM articles"
    )


def merge_fulltext(connection: Connection) -> None:
    """Merge each full-text index into a single segment.

    FTS5 writes a segment per transaction and merges them only a few at a time, and a query seeks
    its words in every segment: at a million articles, 19 segments made each lookup cost 80 µs
    instead of 15, and a common word's search by date, which looks up one article after another,
    30 ms instead of 2."""
    for name in fulltext_tables(connection):
        connection.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('optimize')")


def is_busy(error: BaseException | None) -> bool:
    """Whether another connection held a lock for longer than the busy timeout."""
    return _primary_code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def is_transient(error: sqlite3.Error) -> bool:
    """Whether asking again may succeed: locks, I/O, a full disk or memory, an interrupt."""
    return _primary_code(error) in _TRANSIENT


def _primary_code(error: BaseException | None) -> int | None:
    """The low byte of the error's extended result code, if SQLite gave one (SQLITE_BUSY_SNAPSHOT is SQLITE_BUSY)."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


_TRANSIENT = {
    sqlite3.SQLITE_BUSY,
    sqlite3.SQLITE_LOCKED,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_NOMEM,
    sqlite3.SQLITE_INTERRUPT,
}


# How SQLite writes the store's portable constructs (app/store/portable.py).


@compiles(CaseFolded, "sqlite")
def _case_folded(element: CaseFolded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(element.text, **kw)} COLLATE NOCASE"


@compiles(Among, "sqlite")
def _among(element: Among, compiler: SQLCompiler, **kw: Any) -> str:
    column, values = (compiler.process(part, **kw) for part in (element.column, element.values))
    return f"{column} IN (SELECT value FROM json_each({values}))"


@compiles(JsonRows, "sqlite")
def _json_rows(element: JsonRows, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_each({compiler.process(element.clauses, **kw)})"


@compiles(JsonRecords, "sqlite")
def _json_records(element: JsonRecords, compiler: SQLCompiler, **kw: Any) -> str:
    parameter, _, *columns = element.clauses
    fields = ", ".join(
        f"json_extract(value, '$.{each.name}') AS {compiler.preparer.quote(each.name)}" for each in columns
    )
    # In the array's order, said (its index, json_each's key), not left to json_each: new rows take their ids in it.
    return f"(SELECT {fields} FROM json_each({compiler.process(parameter, **kw)}) ORDER BY key)"


@compiles(JsonArrayOf, "sqlite")
def _json_array_of(element: JsonArrayOf, compiler: SQLCompiler, **kw: Any) -> str:
    return f"coalesce(json_group_array(json_object({compiler.process(element.clauses, **kw)})), '[]')"


@compiles(JsonBoolean, "sqlite")
def _json_boolean(element: JsonBoolean, compiler: SQLCompiler, **kw: Any) -> str:
    # json() of a constant is made once per statement, not once per row.
    return f"CASE WHEN {compiler.process(element.value, **kw)} THEN json('true') ELSE json('false') END"


@compiles(FullTextMatch, "sqlite")
def _full_text_match(element: FullTextMatch, compiler: SQLCompiler, **kw: Any) -> str:
    # FTS5's MATCH takes the index itself as its first operand.
    return f"{element.index} MATCH {compiler.process(element.query, **kw)}"


@compiles(FullTextRank, "sqlite")
def _full_text_rank(element: FullTextRank, compiler: SQLCompiler, **kw: Any) -> str:
    # BM25 over the index the statement matches in (its query), title hits weighted four times body hits.
    return f"bm25({element.index}, 4.0, 1.0)"


@compiles(NullsSmallest, "sqlite")
def _nulls_smallest(element: NullsSmallest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} {'DESC' if element.descending else 'ASC'}"
