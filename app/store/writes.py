"""The ingest's statements, run on the driver of the SQLAlchemy connection whose transaction writes them.

An ingest runs some twenty statements an article, each composed once and compiled once for each engine, as the
API's reads are (app/store/reader.py). Run through SQLAlchemy's Connection, they cost the writing thread a third
more CPU (docs/benchmarks.md: 3.43 against 2.28 ms an article on SQLite), time the parsing thread, sharing the
GIL, waits. The transaction stays SQLAlchemy's (begun, ended and its savepoints said through the Connection); so
do its errors: a driver's error is raised as SQLAlchemy's (IntegrityError, OperationalError, its `orig` the
driver's), and a connection the server dropped is invalidated. Unlike SQLAlchemy's own execute, the pool's other
connections are left to its pre-ping (app/store/db.py), and an interrupt (Ctrl-C) is raised as it is: psycopg
cancels the statement it interrupts, leaving the connection usable, and sqlite3 raises it between statements.
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
    return _executed(connection, sql, values, many=False)


def execute(connection: Connection, statement: Statement, params: Mapping[str, Any] | None = None) -> None:
    """Run `statement`, which gives no rows to read, and close its cursor."""
    run(connection, statement, params).close()


def one(connection: Connection, statement: Statement, params: Mapping[str, Any] | None = None) -> Any:
    """The one row `statement` gives."""
    row = run(connection, statement, params).fetchone()
    assert row is not None, "the statement gives a row"
    return row


def run_many(connection: Connection, statement: Statement, rows: Sequence[Mapping[str, Any]]) -> None:
    """Run `statement` once for each of `rows` (its parameters) in the connection's transaction."""
    form = statement.form(connection.dialect.name)
    assert not form.expands, "a statement run many times takes no list"
    values = [form.bound(row)[1] for row in rows]
    if not values:
        return
    # One row (an article's one author, its document) is one statement: psycopg runs `executemany` in a pipeline
    # of its own, whose setting up costs the writing thread twice what the statement does.
    cursor = _executed(connection, form.sql, values if len(values) > 1 else values[0], many=len(values) > 1)
    cursor.close()


def _executed(connection: Connection, sql: str, values: Any, *, many: bool) -> DBAPICursor:
    """The driver's cursor once it ran `sql` with `values` (a list of them, `many`), its errors as SQLAlchemy's."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if many:
            cursor.executemany(sql, values)
        else:
            cursor.execute(sql, values)
    except connection.dialect.loaded_dbapi.Error as error:
        raise _translated(connection, error, sql, values) from error
    return cursor


def _translated(connection: Connection, error: Any, sql: str, params: Any) -> StatementError:
    """The driver's error as SQLAlchemy raises it, the connection invalidated where the server dropped it."""
    dialect = connection.dialect
    if not connection.invalidated and dialect.is_disconnect(error, connection.connection.dbapi_connection, None):
        connection.invalidate(error)
    return DBAPIError.instance(
        sql,
        params,
        error,
        dialect.loaded_dbapi.Error,
        hide_parameters=connection.engine.hide_parameters,
        connection_invalidated=connection.invalidated,
        dialect=dialect,
    )
