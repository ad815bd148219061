"""Engines and the schema: every database is brought to the newest migration before use."""

from importlib.resources import files
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from app.store import sqlite


def make_engine(url: str, *, busy_timeout_ms: int = 5000, read_only: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        _create_parent_folder(parsed.database)
        engine = create_engine(url, connect_args={"check_same_thread": False}, **_sqlite_pool(parsed.database))
        sqlite.configure(engine, busy_timeout_ms=busy_timeout_ms, read_only=read_only)
        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate_to_head(engine: Engine) -> None:
    """Apply every migration the database has not seen yet (a no-op when it is current)."""
    config = Config()
    config.set_main_option("script_location", str(files("migrations")))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def refresh_statistics(engine: Engine) -> None:
    """Bring the query planner's statistics up to date (after an ingest changed the data)."""
    if engine.dialect.name == "sqlite":
        with engine.begin() as connection:
            sqlite.refresh_statistics(connection)


def _sqlite_pool(database: str | None) -> dict[str, Any]:
    if not database or database == ":memory:":
        # Each connection to an in-memory database is a database of its own: share one.
        return {"poolclass": StaticPool}
    # As many connections as the server has worker threads (anyio's default is 40), so a slow
    # request never starves the others of a connection.
    return {"pool_size": 40, "max_overflow": 0}


def _create_parent_folder(database: str | None) -> None:
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)


def is_transient_failure(error: DBAPIError) -> bool:
    """Whether the database failed in a way that asking again may mend."""
    return error.connection_invalidated or sqlite.is_transient(error)
