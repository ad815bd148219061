"""The schema exists only through Alembic migrations, and every command brings a database to head."""

import itertools
import json
import random
import sqlite3
import string
from importlib.resources import files
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from app.store import sqlite
from app.store.db import make_engine, migrate_to_head

# Schema objects: tables (virtual ones too), indexes, triggers and views, each with the SQL that made it.
SchemaObjects = set[tuple[str, str, str | None]]


def schema(db: Path) -> SchemaObjects:
    """Every object of the database's schema but SQLite's own (its statistics, its automatic indexes)."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return set(rows.fetchall())


def schema_after_each_migration(db: Path) -> list[SchemaObjects]:
    """The schema a new database has after each migration in turn, applied one at a time by Alembic; but for
    the migrations of PostgreSQL alone (`ENGINES` says so), whose SQLite database is the one before."""
    config = Config()
    config.set_main_option("script_location", str(files("migrations")))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{db}")
    scripts = list(ScriptDirectory.from_config(config).walk_revisions())
    steps = []
    for script in reversed(scripts):  # walk_revisions goes from the newest down
        command.upgrade(config, script.revision)
        if "sqlite" in getattr(script.module, "ENGINES", ("sqlite",)):
            steps.append(schema(db))
    return steps


@pytest.mark.sqlite_only
def test_ingest_brings_a_new_database_to_the_newest_schema(newsdesk, inputs, tmp_path):
    result = newsdesk("ingest", inputs({"a.json": '{"id": "a", "text": "News."}'}))
    assert result.exit_code == 0, result.output
    steps = schema_after_each_migration(tmp_path / "stepped.db")
    assert all(before != after for before, after in itertools.pairwise(steps)), "a migration changed nothing"
    assert schema(tmp_path / "newsdesk.db") == steps[-1]


def test_migrating_twice_changes_nothing(db_url):
    engine = make_engine(db_url)
    migrate_to_head(engine)
    before = inspect(engine).get_table_names()
    migrate_to_head(engine)
    assert inspect(engine).get_table_names() == before


# The tables of SQLite's windows of newest articles (app/store/sqlite.py), which PostgreSQL does without.
SQLITE_WINDOWS = {table for window in sqlite.WINDOWS for table in (window.held.name, window.size)}


def test_migrations_match_the_table_models(db_url):
    """Tables and columns; indexes on expressions (case-folded) cannot be compared, so they are not; nor can the
    full-text indexes, which no model describes."""
    engine = make_engine(db_url)
    migrate_to_head(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    absent = SQLITE_WINDOWS if engine.dialect.name == "postgresql" else set()
    index_ops = {"add_index", "remove_index"}
    found = [d for d in differences if "fts" not in str(d) and (isinstance(d, list) or d[0] not in index_ops)]
    assert [d for d in found if isinstance(d, list) or d[0] != "add_table" or d[1].name not in absent] == []


# Indexes the API's lists read through, on either engine.
READ_INDEXES = {
    *("ix_articles_published", "ix_articles_source", "ix_article_authors_name"),
    *("ix_mentions_entity", "ix_quotes_speaker", "ix_events_first_day", "ix_event_entities_days"),
    *("ix_article_entities_published", "ix_articles_id_published"),
}


@pytest.mark.sqlite_only
def test_database_is_tuned_for_reading(db_url, tmp_path):
    migrate_to_head(make_engine(db_url))
    with sqlite3.connect(tmp_path / "newsdesk.db") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        indexes = {row[1] for row in connection.execute("SELECT type, name FROM sqlite_master WHERE type='index'")}
    assert indexes >= READ_INDEXES


def postgresql_indexes(db_url: str) -> dict[str, str]:
    """Each index of the database, by name, with the statement that would make it."""
    engine = make_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
        indexes = {name: definition for name, definition in rows}
    engine.dispose()
    return indexes


@pytest.mark.postgresql_only
def test_postgresql_database_is_indexed_for_reading_and_searching(db_url):
    migrate_to_head(make_engine(db_url))
    indexes = postgresql_indexes(db_url)
    assert indexes.keys() >= READ_INDEXES
    # The full-text documents, of articles and of quotes, each searched through a GIN index.
    searched = {name for name, definition in indexes.items() if "USING gin (document)" in definition}
    assert searched == {"ix_articles_fts_document", "ix_quotes_fts_document"}


@pytest.mark.postgresql_only
def test_a_long_articles_search_document_is_kept_in_its_row(ingest, db_url):
    letters = random.Random(5)
    words = " ".join("".join(letters.choices(string.ascii_lowercase, k=7)) for _ in range(400))
    assert ingest({"a.json": json.dumps({"id": "a", "text": f"{words}."})}).exit_code == 0
    engine = make_engine(db_url)
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT pg_column_size(document) FROM articles_fts")).scalar_one()
        toast = "SELECT pg_relation_size(reltoastrelid) FROM pg_class WHERE relname = 'articles_fts'"
        moved_out = connection.execute(text(toast)).scalar_one()
    engine.dispose()
    # Past the 2 kB over which PostgreSQL moves a value out of its row by default (TOAST_TUPLE_TARGET).
    assert stored > 2032
    assert moved_out == 0


@pytest.mark.sqlite_only
def test_an_ingest_that_writes_leaves_statistics_for_the_query_planner(ingest, db_url, tmp_path):
    assert ingest({"a.json": '{"id": "a", "text": "Rain fell on the valley."}'}).exit_code == 0
    with sqlite3.connect(tmp_path / "newsdesk.db") as connection:
        assert connection.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0


def planned_articles(db_url: str) -> float:
    """How many rows PostgreSQL's planner believes the articles table holds (-1: never measured)."""
    engine = make_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'articles'")).scalar_one()
    engine.dispose()
    return float(rows)


@pytest.mark.postgresql_only
def test_an_ingest_that_writes_leaves_postgresqls_planner_its_statistics(ingest, db_url):
    assert planned_articles(db_url) == -1  # the control: a new database was never measured
    assert ingest({"a.json": '{"id": "a", "text": "Rain fell on the valley."}'}).exit_code == 0
    assert planned_articles(db_url) == 1
