"""Engines and the schema: every database is brought to the newest migration before use."""

from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from app.store import sqlite


def make_engine(url: str, *, busy_timeout_ms: int = 5000, read_only: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        _create_parent_folder(parsed.database)
        # As many connections as the server has worker threads (anyio's default is 40), so a
        # slow request never starves the others of a connection.
        engine = create_engine(url, connect_args={"check_same_thread": False}, pool_size=40, max_overflow=0)
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


def _create_parent_folder(database: str | None) -> None:
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
