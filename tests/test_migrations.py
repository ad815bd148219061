"""The schema exists only through Alembic migrations, and every command brings a database to head."""

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from app.store.db import make_engine, migrate_to_head


def tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_ingest_brings_a_new_database_to_the_newest_schema(newsdesk, inputs, tmp_path):
    newsdesk("ingest", inputs({"a.json": '{"id": "a", "text": "News."}'}))
    expected = {"alembic_version", "articles", "article_authors", "articles_fts", "entities", "entity_aliases"}
    expected |= {"entity_keys", "article_entities", "mentions", "quotes", "quote_places", "quotes_fts", "events"}
    assert expected | {"event_entities"} <= tables(tmp_path / "newsdesk.db")


def test_migrating_twice_changes_nothing(db_url, tmp_path):
    engine = make_engine(db_url)
    migrate_to_head(engine)
    before = tables(tmp_path / "newsdesk.db")
    migrate_to_head(engine)
    assert tables(tmp_path / "newsdesk.db") == before


def test_migrations_match_the_table_models(db_url):
    """Tables and columns; indexes on expressions (COLLATE NOCASE) cannot be compared, so they are not."""
    engine = make_engine(db_url)
    migrate_to_head(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    index_ops = {"add_index", "remove_index"}
    assert [d for d in differences if "fts" not in str(d) and (isinstance(d, list) or d[0] not in index_ops)] == []


def test_database_is_tuned_for_reading(db_url, tmp_path):
    migrate_to_head(make_engine(db_url))
    with sqlite3.connect(tmp_path / "newsdesk.db") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        indexes = {row[1] for row in connection.execute("SELECT type, name FROM sqlite_master WHERE type='index'")}
    assert {"ix_articles_published", "ix_articles_source", "ix_article_authors_name"} <= indexes
    assert {"ix_mentions_entity", "ix_quotes_speaker", "ix_events_first_day", "ix_event_entities_days"} <= indexes
    assert {"ix_article_entities_published", "ix_articles_id_published"} <= indexes


def test_an_ingest_that_writes_leaves_statistics_for_the_query_planner(ingest, db_url, tmp_path):
    assert ingest({"a.json": '{"id": "a", "text": "Rain fell on the valley."}'}).exit_code == 0
    with sqlite3.connect(tmp_path / "newsdesk.db") as connection:
        assert connection.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
