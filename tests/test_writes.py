"""The ingest's statements run on the writing connection's driver (app/store/writes.py): its errors come as
SQLAlchemy's, a savepoint still undoes only what failed, a dropped connection is invalidated, and one statement
runs on both engines in one process, its SQL written for each driver's parameters."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, bindparam, text
from sqlalchemy.exc import IntegrityError, OperationalError

from app.store.db import make_engine, savepoint, writing
from app.store.statements import compiled
from app.store.writes import one, run, run_many

_MAKE = compiled(text("CREATE TABLE words (word TEXT PRIMARY KEY)"))
_ADD = compiled(text("INSERT INTO words (word) VALUES (:word)"))
_ALL = compiled(text("SELECT word FROM words ORDER BY word"))
_AMONG = compiled(
    text("SELECT word FROM words WHERE word IN :words ORDER BY word").bindparams(bindparam("words", expanding=True))
)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    with writing(engine) as connection:
        run(connection, _MAKE)
    yield engine
    engine.dispose()


def words(engine: Engine) -> list[str]:
    with writing(engine) as connection:
        return [word for (word,) in run(connection, _ALL).fetchall()]


def test_a_constraint_the_driver_refuses_is_sqlalchemys_integrity_error_and_its_savepoint_undoes_only_it(engine):
    with writing(engine) as connection:
        run(connection, _ADD, {"word": "apple"})
        with pytest.raises(IntegrityError) as refused, savepoint(connection):
            run(connection, _ADD, {"word": "banana"})
            run(connection, _ADD, {"word": "apple"})
        run(connection, _ADD, {"word": "cherry"})
        assert not connection.invalidated  # a refused row is no dropped connection
    assert isinstance(refused.value.orig, connection.dialect.loaded_dbapi.IntegrityError)
    assert words(engine) == ["apple", "cherry"]


def test_rows_run_many_writes_all_go_in_and_a_refused_one_is_an_integrity_error(engine):
    with writing(engine) as connection:
        run_many(connection, _ADD, [{"word": "apple"}, {"word": "banana"}])
        with pytest.raises(IntegrityError), savepoint(connection):
            run_many(connection, _ADD, [{"word": "cherry"}, {"word": "apple"}])
    assert words(engine) == ["apple", "banana"]


def test_run_many_writes_one_row_takes_no_rows_and_a_refused_one_is_an_integrity_error(engine: Engine) -> None:
    with writing(engine) as connection:
        run_many(connection, _ADD, [{"word": "apple"}])
        run_many(connection, _ADD, [])
        with pytest.raises(IntegrityError), savepoint(connection):
            run_many(connection, _ADD, [{"word": "apple"}])
    assert words(engine) == ["apple"]


def test_a_percent_sign_in_a_statement_reaches_the_database_as_written(engine):
    # psycopg reads "%" as the start of a parameter: SQLAlchemy writes it "%%", which psycopg reads back as "%"
    # whether or not the statement is given parameters.
    with writing(engine) as connection:
        assert one(connection, compiled(text("SELECT '5%'")))[0] == "5%"
        assert one(connection, compiled(text("SELECT '5%' || :tail")), {"tail": "!"})[0] == "5%!"


def test_one_statement_runs_on_sqlite_and_on_the_sessions_engine_in_one_process(engine, tmp_path: Path):
    other = make_engine(f"sqlite:///{tmp_path / 'other.db'}")
    with writing(other) as connection:
        run(connection, _MAKE)
        run_many(connection, _ADD, [{"word": "fig"}, {"word": "kiwi"}])
    with writing(engine) as connection:
        run_many(connection, _ADD, [{"word": "apple"}, {"word": "banana"}])
    # Lists of other lengths each time: the list is written out per run from each engine's compiled statement.
    asked = [
        (engine, ["banana", "kiwi"], ["banana"]),
        (other, ["banana", "fig", "kiwi"], ["fig", "kiwi"]),
        (engine, ["apple", "banana", "fig", "kiwi"], ["apple", "banana"]),
    ]
    for database, among, found in asked:
        with writing(database) as connection:
            assert [word for (word,) in run(connection, _AMONG, {"words": among}).fetchall()] == found
    other.dispose()


def test_a_connection_the_server_drops_is_invalidated_and_its_savepoint_left_alone(engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("a server that drops the connection: PostgreSQL's (SQLite has none)")
    with pytest.raises(OperationalError) as dropped, writing(engine) as connection, savepoint(connection):
        run(connection, compiled(text("SELECT pg_terminate_backend(pg_backend_pid())")))
    # The statement's own loss is raised (the CLI reports it in one line): not an error of the savepoint's
    # ROLLBACK TO, tried on a connection not known to be lost, nor PendingRollbackError.
    assert dropped.value.connection_invalidated
    assert "pg_terminate_backend" in str(dropped.value.statement)
    assert words(engine) == []  # the pool gives a working connection again
