"""Engines and the schema: every database is brought to the newest migration before use."""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from app.store import engines, postgresql, sqlite
from app.store.statements import compiled
from app.store.writes import execute

# The execution option of a connection whose transactions write: each waits for its turn to write as it begins
# (app/store/sqlite.py and app/store/postgresql.py say how).
WRITES = "writes"


def shown(url: str) -> str:
    """The database URL as a message or a log line may show it: its password hidden wherever the URL gives it
    (after the user name, or as a `password` parameter); a URL that cannot be read is not shown at all."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return "(a URL that cannot be read)"
    if "@" in (parsed.host or ""):  # a password with an unescaped "@" runs into the host
        return "(a URL that cannot be read)"
    return parsed.difference_update_query(["password"]).render_as_string(hide_password=True)


# A password, wherever a driver's message quotes a URL ("scheme://user:password@host") or settings
# ("password=…").
_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]+@|(password=)\S+")


def redacted(text: str) -> str:
    """A driver's message with every password in it masked: a password never reaches the terminal or a log."""
    return _PASSWORD.sub(lambda found: f"{found[1]}***@" if found[1] else f"{found[2]}***", text)


def make_engine(url: str, *, busy_timeout_ms: int = 5000) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        _create_parent_folder(parsed.database)
        engine = create_engine(url, connect_args={"check_same_thread": False}, **_sqlite_pool(parsed.database))
        sqlite.configure(engine, busy_timeout_ms=busy_timeout_ms, writes_option=WRITES)
        return engine
    if parsed.get_backend_name() == "postgresql":
        engine = create_engine(postgresql.with_driver(parsed), pool_pre_ping=True)
        postgresql.configure(engine, WRITES)
        return engine
    raise ValueError(f"{parsed.get_backend_name()!r} databases are not supported: use sqlite:/// or postgresql://")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A transaction that writes, committed at the end of the block: on SQLite, it waits for the write lock
    (at most the busy timeout) as it begins, so that another process's writes cannot fail it midway."""
    with engine.connect() as connection, connection.execution_options(**{WRITES: True}).begin():
        yield connection


def migrate_to_head(engine: Engine) -> None:
    """Apply every migration the database has not seen yet (a no-op when it is current).

    A current database is only read, so that a command starting while another process writes need not wait
    for it; one to migrate is migrated holding the write lock, so that two processes starting on a new file
    migrate it one after the other (the second finding it current)."""
    config = _config()
    if _at_head(engine, config):
        return
    with writing(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


_SAVEPOINT, _ROLLBACK_TO, _RELEASE = (
    compiled(text(words)) for words in ("SAVEPOINT article", "ROLLBACK TO article", "RELEASE article")
)


@contextmanager
def savepoint(connection: Connection) -> Iterator[None]:
    """What is written inside is kept together or undone together, the transaction going on either way.

    Said to the database's driver directly (the same words on both engines), as the ingest's statements are
    (app/store/writes.py): SQLAlchemy's own (`begin_nested`) compiles its statements anew each time, which cost a
    tenth of what writing an article does, and even its `exec_driver_sql` costs the writing thread as much as
    the article's largest statement."""
    execute(connection, _SAVEPOINT)
    try:
        yield
    except BaseException:
        # A connection the server dropped (SQLAlchemy invalidated it) has no savepoint left to go back to: a
        # statement on it would raise PendingRollbackError in place of the loss, which the CLI reports in one line.
        if not connection.invalidated:
            execute(connection, _ROLLBACK_TO)
            execute(connection, _RELEASE)
        raise
    execute(connection, _RELEASE)


def require_head(engine: Engine) -> None:
    """Refuse a database not at the newest schema (one this process may only read: a replica)."""
    if not _at_head(engine, _config()):
        raise ValueError("its schema is not the newest: migrate its primary first (`newsdesk serve` or ingest)")


def _at_head(engine: Engine, config: Config) -> bool:
    """Whether the database has seen every migration (asked on a connection of its own, without the write lock)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() == _head(config)


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("migrations")))
    return config


def _head(config: Config) -> str | None:
    return ScriptDirectory.from_config(config).get_current_head()


# An ingest writing at least this share of the corpus merges the full-text indexes whole: that
# rewrites every index (about 40 µs an article), which a load this large pays for many times
# over in its NLP (about 100 ms an article).
MERGE_SHARE = 0.1


def note_written(connection: Connection, articles: int) -> None:
    """Count `articles` written towards the next closing step, in the transaction that writes them: an ingest
    stopped before its closing step leaves the step due."""
    if articles:
        connection.execute(text("UPDATE untidied SET articles = articles + :articles"), {"articles": articles})


def tidy_after_ingest(engine: Engine) -> None:
    """An ingest's closing step, when articles were written since it last ran (by this ingest or one stopped
    before its own): the query planner's statistics brought up to date, when those articles were a large share
    of the corpus the full-text indexes tidied, and the pages written marked visible to every reader (what each
    engine does: app/store/sqlite.py, app/store/postgresql.py)."""
    # Asked first without the write lock: mostly nothing is due, and another process may be writing.
    with engine.connect() as connection:
        if not _untidied(connection):
            return
    with writing(engine) as connection:
        # Asked again under the lock: another ingest may have run the step meanwhile.
        if not (written := _untidied(connection)):
            return
        database = engines.of(connection)
        database.refresh_statistics(connection)
        if written >= MERGE_SHARE * _articles(connection):
            database.merge_fulltext(connection)
        connection.exec_driver_sql("UPDATE untidied SET articles = 0")
    # After the commit: vacuum runs in no transaction, and needs no writer's turn.
    database.mark_visible(engine)


def _untidied(connection: Connection) -> int:
    return int(connection.exec_driver_sql("SELECT articles FROM untidied").scalar_one())


def _articles(connection: Connection) -> int:
    return int(connection.exec_driver_sql("SELECT count(*) FROM articles").scalar_one())


def _sqlite_pool(database: str | None) -> dict[str, Any]:
    if not database or database == ":memory:":
        # Each connection to an in-memory database is a database of its own: share one.
        return {"poolclass": StaticPool}
    return {}


def _create_parent_folder(database: str | None) -> None:
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
