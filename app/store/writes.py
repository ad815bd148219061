"""The ingest's statements, run on the driver of the SQLAlchemy connection whose transaction writes them.

An ingest runs some twenty statements an article, each composed once and compiled once for each engine, as the
API's reads are (app/store/reader.py). Run through SQLAlchemy's Connection, each cost it about 65 µs of the
writing thread's CPU on PostgreSQL and 16 µs on SQLite beyond what the driver takes (docs/benchmarks.md): time
the parsing thread, sharing the GIL, waits. The transaction stays SQLAlchemy's (begun, ended and its savepoints
said through the Connection); so do its errors: a driver's error is raised as SQLAlchemy's (IntegrityError,
OperationalError), and a connection the server dropped is invalidated, as SQLAlchemy's own execute does.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine.interfaces import DBAPICursor
from sqlalchemy.exc import DBAPIError, StatementError

from app.store.statements import Statement


def run(connection: Connection, statement: Statement, params: Mapping[str, Any] | None = None) -> DBAPICursor:
    """Run `statement` with `params` in the connection's transaction; gives the driver's cursor, to fetch from."""
    sql, values = statement.form(connection.dialect.name).bound(params)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, values)
    except connection.dialect.loaded_dbapi.Error as error:
        raise _translated(connection, error, sql, values) from error
    return cursor


def one(connection: Connection, statement: Statement, params: Mapping[str, Any] | None = None) -> Any:
    """The one row `statement` gives."""
    row = run(connection, statement, params).fetchone()
    assert row is not None, "the statement gives a row"
    return row


def run_many(connection: Connection, statement: Statement, rows: Sequence[Mapping[str, Any]]) -> None:
    """Run `statement` once for each of `rows` (its parameters) in the connection's transaction."""
    form = statement.form(connection.dialect.name)
    assert not form.expands, "a statement run many times takes no list"
    sql = form.sql
    values = [{**form.defaults, **row} for row in rows]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, values)
    except connection.dialect.loaded_dbapi.Error as error:
        raise _translated(connection, error, sql, values) from error


def _translated(connection: Connection, error: Any, sql: str, params: Any) -> StatementError:
    """The driver's error as SQLAlchemy raises it, the connection invalidated where the server dropped it."""
    dialect = connection.dialect
    if not connection.invalidated and dialect.is_disconnect(error, connection.connection.dbapi_connection, None):
        connection.invalidate(error)
    return DBAPIError.instance(
        sql, params, error, dialect.loaded_dbapi.Error, connection_invalidated=connection.invalidated, dialect=dialect
    )
