"""The API's reads: SQLite's own driver on a read-only connection, running statements compiled once.

The store composes its queries with SQLAlchemy Core, each shape once per process; the API runs them
here, on the driver, rather than through SQLAlchemy's Connection. Checking a connection out of a pool,
beginning, finding the compiled form in a cache and processing every row cost several times what
SQLite takes to answer a page at a million articles.
"""

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import ClauseElement, ColumnElement, bindparam, func, literal_column, select
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler, SQLiteDialect
from sqlalchemy.engine import make_url
from sqlalchemy.sql.compiler import SQLCompiler

from app.store import sqlite


class _Compiler(SQLiteCompiler):
    def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
        # `with_hint(table, "INDEXED BY ix", "sqlite")`: which index SQLite reads the table through.
        return text


class _Dialect(SQLiteDialect):
    statement_compiler = _Compiler


# Parameters by name, as the driver takes them (":name").
_DIALECT = _Dialect(paramstyle="named")


@dataclass(frozen=True)
class Statement:
    """A statement as SQL for the driver, with the values composed into it (weights, constants)."""

    sql: str
    defaults: Mapping[str, Any]


def compiled(statement: ClauseElement) -> Statement:
    """`statement` as the driver runs it; its parameters are named, and given when it is run."""
    form = statement.compile(dialect=_DIALECT)
    assert isinstance(form, SQLCompiler) and not form.post_compile_params, (
        "lists are passed as one JSON parameter (`among`), not expanded"
    )
    return Statement(form.string, {name: value for name, value in form.params.items() if value is not None})


def among(column: ColumnElement[Any], name: str = "ids") -> ColumnElement[bool]:
    """`column` is one of the values of parameter `name`, a JSON array (see `json_list`): one statement,
    prepared once, for any number of them."""
    return column.in_(select(literal_column("value")).select_from(func.json_each(bindparam(name))))


def json_list(values: Iterable[Any]) -> str:
    return orjson.dumps(list(values)).decode()


class Reader:
    """One read-only connection, used by one thread. Its reads inside `snapshot()` see one state of the
    database, whatever an ingest commits meanwhile."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        # Anything the store keeps while the database stays as it is (app/store/memo.py).
        self.memo: Any = None

    def rows(self, statement: Statement, params: Mapping[str, Any] | None = None) -> list[Any]:
        return self._run(statement, params).fetchall()

    def dicts(self, statement: Statement, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        cursor = self._run(statement, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def first(self, statement: Statement, params: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
        found = self.dicts(statement, params)
        return found[0] if found else None

    def scalar(self, statement: Statement, params: Mapping[str, Any] | None = None) -> Any:
        row = self._run(statement, params).fetchone()
        return None if row is None else row[0]

    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the database."""
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    @contextmanager
    def snapshot(self) -> Iterator["Reader"]:
        """Reads that see the database as it was at the first of them (nested: the outer one's)."""
        if self._connection.in_transaction:
            yield self
            return
        self._connection.execute("BEGIN")
        try:
            yield self
        finally:
            if self._connection.in_transaction:
                self._connection.execute("COMMIT")

    def _run(self, statement: Statement, params: Mapping[str, Any] | None) -> sqlite3.Cursor:
        return self._connection.execute(
            statement.sql, {**statement.defaults, **params} if params else statement.defaults
        )

    def trace(self, callback: Callable[[str], None] | None) -> None:
        self._connection.set_trace_callback(callback)

    def close(self) -> None:
        self._connection.close()


class Readers:
    """The read-only connections to the database at a SQLAlchemy URL, one a thread (routes run on the event
    loop, so a server process holds one)."""

    def __init__(self, url: str, *, busy_timeout_ms: int) -> None:
        parsed = make_url(url)
        self._database = parsed.database or ":memory:"
        self._uri = parsed.query.get("uri") == "true"
        self._busy_timeout_ms = busy_timeout_ms
        self._local = threading.local()
        self._opened: list[Reader] = []
        self._lock = threading.Lock()
        self._trace: Callable[[str], None] | None = None

    def reader(self) -> Reader:
        reader: Reader | None = getattr(self._local, "reader", None)
        if reader is None:
            reader = self._local.reader = Reader(self._connect())
            with self._lock:
                self._opened.append(reader)
        return reader

    def _connect(self) -> sqlite3.Connection:
        # Transactions are begun by `snapshot` alone (isolation_level=None); statements are prepared once
        # each, and there are a few hundred shapes of them.
        connection = sqlite3.connect(
            self._database, uri=self._uri, isolation_level=None, check_same_thread=False, cached_statements=512
        )
        for pragma in _pragmas(self._busy_timeout_ms):
            connection.execute(pragma)
        connection.set_trace_callback(self._trace)
        return connection

    def trace(self, callback: Callable[[str], None] | None) -> None:
        """Have every statement run from now on passed to `callback`, its values written in (for tests)."""
        self._trace = callback
        with self._lock:
            for reader in self._opened:
                reader.trace(callback)

    def close(self) -> None:
        with self._lock:
            for reader in self._opened:
                reader.close()
            self._opened.clear()
        self._local = threading.local()


def _pragmas(busy_timeout_ms: int) -> list[str]:
    # Read-only: no request can write, whatever statement it manages to run.
    return [*sqlite.connection_pragmas(busy_timeout_ms), "PRAGMA query_only=ON"]
