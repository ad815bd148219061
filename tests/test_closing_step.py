"""An ingest's closing step (planner statistics, full-text merge) runs whenever articles were written since it
last ran: also in the run after one stopped between its last commit and that step."""

import json
import sqlite3
from contextlib import closing
from importlib.resources import files
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

import app.cli
from app.store.articles import ArticleRecord, write_article
from app.store.db import make_engine, migrate_to_head, tidy_after_ingest

# The closing step is SQLite's (sqlite_stat1, FTS5 segments); PostgreSQL's statistics: test_postgresql.py.
pytestmark = pytest.mark.sqlite_only

FEED = {
    "feed.jsonl": "".join(
        json.dumps({"id": f"r{n}", "text": f"The ferry sails at {n} o'clock."}) + "\n" for n in range(3)
    )
}


def statistics(db: Path) -> int:
    """Rows of the planner's statistics (none before the first ANALYZE)."""
    with closing(sqlite3.connect(db)) as connection:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return 0
        return int(connection.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0])


@pytest.fixture
def stopped_before_closing(ingest, tmp_path, monkeypatch) -> Path:
    """A database an ingest wrote and then stopped, as if killed, before its closing step."""
    with monkeypatch.context() as patched:
        patched.setattr(app.cli, "tidy_after_ingest", lambda engine: None)
        assert ingest(FEED).exit_code == 0
    db = tmp_path / "newsdesk.db"
    assert statistics(db) == 0
    return db


def test_the_run_after_an_ingest_stopped_before_its_closing_step_runs_it(stopped_before_closing, ingest):
    result = ingest(FEED)
    assert result.exit_code == 0, result.output
    assert "0 new, 3 unchanged" in result.stdout
    assert statistics(stopped_before_closing) > 0


def test_the_closing_step_once_run_is_not_due_again(stopped_before_closing, ingest):
    assert ingest(FEED).exit_code == 0
    with closing(sqlite3.connect(stopped_before_closing)) as connection:
        connection.execute("DELETE FROM sqlite_stat1")
        connection.commit()
    # Nothing written since the step ran: a run that finds its input unchanged leaves the statistics alone.
    assert ingest(FEED).exit_code == 0
    assert statistics(stopped_before_closing) == 0


def test_a_database_made_before_the_count_was_kept_has_its_closing_step_due(tmp_path):
    # Whether its last ingest was stopped before the step cannot be told: the step is due once.
    db = tmp_path / "newsdesk.db"
    config = Config()
    config.set_main_option("script_location", str(files("migrations")))
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")  # the revision before the count
        write_article(connection, record=ArticleRecord(external_id="old", content_hash="0", body="The ferry sails."))
    migrate_to_head(engine)
    assert statistics(db) == 0
    tidy_after_ingest(engine)
    assert statistics(db) > 0
