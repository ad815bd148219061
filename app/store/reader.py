"""The API's reads: the database's own driver on a read-only connection, running statements compiled once.

The store composes its queries with SQLAlchemy Core, each shape once per process; the API runs them
here, on the driver (sqlite3, or psycopg on PostgreSQL), rather than through SQLAlchemy's Connection.
Checking a connection out of a pool, beginning, finding the compiled form in a cache and processing
every row cost several times what SQLite takes to answer a page at a million articles.
"""

import asyncio
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

import orjson
from sqlalchemy import ColumnElement, bindparam
from sqlalchemy.engine import make_url

from app.store import engines, portable
from app.store.statements import Statement


def among(column: ColumnElement[Any], name: str = "ids") -> ColumnElement[bool]:
    """`column` is one of the values of parameter `name`, a JSON array (see `json_list`): one statement,
    prepared once, for any number of them."""
    return portable.Among(column, bindparam(name))


Params = ParamSpec("Params")
Result = TypeVar("Result")


def json_list(values: Iterable[Any]) -> str:
    return orjson.dumps(list(values)).decode()


class Driver(Protocol):
    """What a reader needs of one engine's driver connection."""

    engine: str

    def execute(self, sql: str, params: Mapping[str, Any]) -> Any: ...
    def execute_together(self, reads: Sequence[tuple[str, Mapping[str, Any]]]) -> list[Any]: ...
    def in_transaction(self) -> bool: ...
    def begin(self) -> None: ...
    def end(self) -> None: ...
    def data_version(self) -> object: ...
    def trace(self, callback: Callable[[str], None] | None) -> None: ...
    def close(self) -> None: ...
    def names(self, cursor: Any) -> list[str]: ...


class Results:
    """What one statement read, taken as one of the shapes below (once)."""

    def __init__(self, cursor: Any, driver: Driver) -> None:
        self._cursor = cursor
        self._driver = driver

    def rows(self) -> list[Any]:
        return self._cursor.fetchall()

    def dicts(self) -> list[dict[str, Any]]:
        names = self._driver.names(self._cursor)
        return [dict(zip(names, row, strict=True)) for row in self._cursor.fetchall()]

    def first(self) -> dict[str, Any] | None:
        found = self.dicts()
        return found[0] if found else None

    def scalar(self) -> Any:
        row = self._cursor.fetchone()
        return None if row is None else row[0]


# A statement and its parameters, to be read with others (`Reader.together`).
Read = tuple[Statement, Mapping[str, Any] | None]


class Reader:
    """One read-only connection, used by one thread. Its reads inside `snapshot()` see one state of the
    database, whatever an ingest commits meanwhile."""

    def __init__(self, driver: Driver) -> None:
        self._driver = driver
        # Anything the store keeps while the database stays as it is (app/store/memo.py).
        self.memo: Any = None

    def rows(self, statement: Statement, params: Mapping[str, Any] | None = None) -> list[Any]:
        return self._run(statement, params).rows()

    def dicts(self, statement: Statement, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._run(statement, params).dicts()

    def first(self, statement: Statement, params: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
        return self._run(statement, params).first()

    def scalar(self, statement: Statement, params: Mapping[str, Any] | None = None) -> Any:
        return self._run(statement, params).scalar()

    def together(self, *reads: Read) -> list[Results]:
        """Reads of which none needs another's answer, sent at once: where the engine waits on a server, one
        round trip for all of them rather than one each (a request waits on every round trip)."""
        return [
            Results(cursor, self._driver)
            for cursor in self._driver.execute_together([self._form(*read) for read in reads])
        ]

    @property
    def engine(self) -> str:
        """The engine read: "sqlite" or "postgresql"."""
        return self._driver.engine

    def data_version(self) -> object:
        """A value that changes whenever another connection commits to the database."""
        return self._driver.data_version()

    @contextmanager
    def snapshot(self) -> Iterator["Reader"]:
        """Reads that see the database as it was at the first of them (nested: the outer one's)."""
        if self._driver.in_transaction():
            yield self
            return
        self._driver.begin()
        try:
            yield self
        finally:
            self._driver.end()

    def _run(self, statement: Statement, params: Mapping[str, Any] | None) -> Results:
        return Results(self._driver.execute(*self._form(statement, params)), self._driver)

    def _form(self, statement: Statement, params: Mapping[str, Any] | None) -> tuple[str, Mapping[str, Any]]:
        """The statement's SQL for this engine, and its parameters with the values composed into it."""
        form = statement.form(self._driver.engine)
        # One statement, prepared once, for any number of values: a list is one JSON parameter (`among`).
        assert not form.expands, "lists are passed as one JSON parameter (`among`), not expanded"
        return form.bound(params)

    def trace(self, callback: Callable[[str], None] | None) -> None:
        self._driver.trace(callback)

    def close(self) -> None:
        self._driver.close()


class Readers:
    """The read-only connections to the database at a SQLAlchemy URL, one a thread, and where reads run.

    A local SQLite file answers a page in well under a millisecond: its reads run on the event loop, one
    request at a time, as a hand-off to a worker thread and back would cost more than the read (and the
    GIL's switch interval makes each hand-off wait up to 5 ms under load). A PostgreSQL server is a round
    trip away and answers a hard page in milliseconds, time the process would spend waiting: its reads run
    in `threads` threads of their own, each with its connection, so that many requests wait on the server
    at once while the event loop serves the others."""

    def __init__(self, url: str, *, busy_timeout_ms: int, threads: int) -> None:
        parsed = make_url(url)
        engine = engines.named(parsed.get_backend_name())
        self._connect: Callable[[], Driver] = lambda: engine.ReadOnly(parsed, busy_timeout_ms=busy_timeout_ms)
        self._local = threading.local()
        self._opened: list[Reader] = []
        self._lock = threading.Lock()
        self._trace: Callable[[str], None] | None = None
        self._thread_count = threads if engine.ReadOnly.WAITS_ON_A_SERVER else 0
        # Made at the first read after each close: an app's lifespan may begin again (a test client's does).
        self._threads: ThreadPoolExecutor | None = None

    async def read(
        self, read: Callable[Concatenate[Reader, Params], Result], *args: Params.args, **kwargs: Params.kwargs
    ) -> Result:
        """`read(reader, *args, **kwargs)` with the reader of the thread it runs on: the event loop's, or one
        of the reading threads' where the engine waits on a server."""
        if not self._thread_count:
            return read(self.reader(), *args, **kwargs)
        return await asyncio.get_running_loop().run_in_executor(
            self._reading_threads(), lambda: read(self.reader(), *args, **kwargs)
        )

    def _reading_threads(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._threads is None:
                self._threads = ThreadPoolExecutor(self._thread_count, "reader")
            return self._threads

    def reader(self) -> Reader:
        reader: Reader | None = getattr(self._local, "reader", None)
        if reader is None:
            driver = self._connect()
            with self._lock:  # traced as `trace` last said, whichever thread said it meanwhile
                driver.trace(self._trace)
                self._opened.append(reader := Reader(driver))
            self._local.reader = reader
        return reader

    def trace(self, callback: Callable[[str], None] | None) -> None:
        """Have every statement run from now on passed to `callback`, its values written in (for tests)."""
        with self._lock:
            self._trace = callback
            for reader in self._opened:
                reader.trace(callback)

    def close(self) -> None:
        """Close every connection once the reads begun have ended; reads still waiting for a thread are
        cancelled. Reading again opens them again."""
        with self._lock:
            threads, self._threads = self._threads, None
        if threads is not None:
            threads.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            for reader in self._opened:
                reader.close()
            self._opened.clear()
        self._local = threading.local()
