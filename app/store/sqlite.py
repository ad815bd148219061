"""What is particular to SQLite: connection pragmas, the FTS5 full-text expressions, the driver's errors."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from sqlalchemy import (
    BindParameter,
    Connection,
    Engine,
    Select,
    TableClause,
    bindparam,
    column,
    event,
    exists,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.sql.elements import ColumnClause, ColumnElement


class FullText:
    """An FTS5 index, for the query builder."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.table = table(name, column("rowid"))
        self.rowid: ColumnElement[int] = self.table.c.rowid
        # FTS5's functions and MATCH take the table itself as their first operand.
        self._itself: ColumnClause[Any] = literal_column(name)

    def match(self, query: ColumnElement[str]) -> ColumnElement[bool]:
        return self._itself.op("MATCH")(query)

    def rank(self) -> ColumnElement[float]:
        """BM25, title hits weighted above body hits; lower is more relevant."""
        return func.bm25(self._itself, 4.0, 1.0)

    def nth_match(
        self, query: ColumnElement[str], skip: ColumnElement[int], *where: ColumnElement[bool], descending: bool = True
    ) -> Select[Any]:
        """The rowid of the `skip`+1-th row matching `query` (and `where`), walking the index by rowid,
        backwards when `descending`: reading that many entries of the index, no rows."""
        walk = self.rowid.desc() if descending else self.rowid.asc()
        return select(self.rowid).where(self.match(query), *where).order_by(walk).limit(1).offset(skip)


# The full-text query's parameter, in every statement that searches.
FULL_TEXT_QUERY: BindParameter[str] = bindparam("q")
ARTICLES_FTS = FullText("articles_fts")


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
QUOTES_FTS = FullText("quotes_fts")


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


def configure(engine: Engine, *, busy_timeout_ms: int) -> None:
    """Set the pragmas on every new connection of `engine`."""

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
        connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(WRITES) else "BEGIN")


# The execution option of a connection whose transactions write. Each takes the write lock as it begins, waiting
# its turn (the busy timeout) behind another process's writes. Begun deferred, it would read first and take the
# lock at its first write: were another process to commit in between, its snapshot would be stale, and SQLite
# fails it at once (SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out).
WRITES = "sqlite_writes"


@contextmanager
def savepoint(connection: Connection) -> Iterator[None]:
    """What is written inside is kept together or undone together, the transaction going on either way.

    Said to SQLite directly: SQLAlchemy's own (`begin_nested`) compiles its statements anew each time,
    which cost a tenth of what writing an article does."""
    connection.exec_driver_sql("SAVEPOINT article")
    try:
        yield
    except BaseException:
        connection.exec_driver_sql("ROLLBACK TO article")
        connection.exec_driver_sql("RELEASE article")
        raise
    connection.exec_driver_sql("RELEASE article")


def refresh_statistics(connection: Connection) -> None:
    """Tell the query planner how the data is spread, from a sample of each index (milliseconds at
    any size): at a million articles the wrong index for one filter costs a second, not 0.1 ms."""
    connection.exec_driver_sql("PRAGMA analysis_limit=1000")
    connection.exec_driver_sql("ANALYZE")


def row_count(connection: Connection, table_name: str) -> int:
    return int(connection.exec_driver_sql(f"SELECT count(*) FROM {table_name}").scalar_one())


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


def equals_ignoring_case(column: ColumnElement[str], value: ColumnElement[str]) -> ColumnElement[bool]:
    """Case-insensitive equality that the `COLLATE NOCASE` indexes can serve."""
    return column.collate("NOCASE") == value


def matching_articles(query: Select[Any], q: ColumnElement[str], *, article_id: ColumnElement[int]) -> Select[Any]:
    """`query` over articles joined to their full-text index, where it matches `q`."""
    return query.join(ARTICLES_FTS.table, ARTICLES_FTS.rowid == article_id).where(ARTICLES_FTS.match(q))


def contains(article_id: ColumnElement[int], q: ColumnElement[str]) -> ColumnElement[bool]:
    """Whether the article's text matches `q`, asked of the index one article at a time."""
    return exists().where(ARTICLES_FTS.rowid == article_id, ARTICLES_FTS.match(q))


def matching(row_id: ColumnElement[int], index: FullText, query: ColumnElement[str]) -> ColumnElement[bool]:
    """Rows whose full-text `index` (an FTS5 table over their table) matches the query."""
    return row_id.in_(select(index.rowid).where(index.match(query)))


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
