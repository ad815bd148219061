"""Two `newsdesk ingest` runs on one SQLite database: the second waits its turn to write; one that cannot get the
database within SQLITE_BUSY_TIMEOUT_MS says so in one line and exits 3, with no traceback."""

import json
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from app.store.db import make_engine, migrate_to_head

# SQLite's one writer at a time and its busy timeout; PostgreSQL takes concurrent writers.
pytestmark = pytest.mark.sqlite_only

NEWSDESK = Path(sys.executable).with_name("newsdesk")
BUSY = 3


def feed(folder: Path, name: str, ids: list[str]) -> Path:
    """A feed of short invented articles under `ids`: the same id, the same article, in every feed."""
    path = folder / f"{name}.jsonl"
    records = (
        {"id": id_, "text": f"The Eastvale ferry will sail at noon, said pilot {id_}. Tickets are free."} for id_ in ids
    )
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def start_ingest(path: Path, db: Path) -> subprocess.Popen[str]:
    # Two articles a transaction: each run commits many times, between the other's commits.
    env = {**os.environ, "INGEST_BATCH_SIZE": "2"}
    command = [str(NEWSDESK), "ingest", str(path), "--db", f"sqlite:///{db}"]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stored_ids(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as connection:
        return [external_id for (external_id,) in connection.execute("SELECT external_id FROM articles ORDER BY id")]


def first_commit(db: Path, run: subprocess.Popen[str]) -> list[str]:
    """The articles stored once `run` has committed at least once (polled, as the database may not exist yet)."""
    while run.poll() is None:
        try:
            if stored := stored_ids(db):
                return stored
        except sqlite3.OperationalError:  # the file or its tables are not made yet
            pass
        time.sleep(0.01)
    pytest.fail(f"the first ingest ended before any commit: {run.communicate()}")


def test_an_ingest_started_while_another_writes_waits_its_turn_and_both_store_all_their_articles_once(tmp_path):
    shared = [f"shared-{n}" for n in range(4)]
    ones, others = [f"one-{n}" for n in range(600)], [f"other-{n}" for n in range(100)]
    db = tmp_path / "newsdesk.db"
    # Enough for the first to be writing still when the second, its model loaded, first writes (with
    # SQLITE_BUSY_TIMEOUT_MS=0 the second then exits 3: the runs do collide).
    first = start_ingest(feed(tmp_path, "one", ones + shared), db)
    committed = first_commit(db, first)
    # The second starts while the first is writing: it has committed, and has batches to go.
    assert 0 < len(committed) < len(ones + shared), committed
    second = start_ingest(feed(tmp_path, "other", others + shared), db)
    outputs = [run.communicate(timeout=600) for run in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    stored = stored_ids(db)
    assert sorted(stored) == sorted(ones + others + shared)


def write_locked(db: Path) -> sqlite3.Connection:
    """A connection holding the database's write lock, as another process's ingest would."""
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("PRAGMA journal_mode=WAL")
    blocker.execute("BEGIN IMMEDIATE")
    return blocker


BUSY_LINE = "is busy: another process kept it locked longer than the wait allowed (SQLITE_BUSY_TIMEOUT_MS, 0 ms)"


# A new database is refused as it is migrated, a current one as the articles are written.
@pytest.mark.parametrize("migrated", [False, True], ids=["new database", "current database"])
def test_an_ingest_that_cannot_get_the_database_says_it_is_busy_and_exits_3(
    newsdesk, inputs, db_url, tmp_path, impatient, migrated
):
    if migrated:
        migrate_to_head(make_engine(db_url))
    folder = inputs({"a.json": json.dumps({"id": "a", "text": "The ferry sails at noon."})})
    blocker = write_locked(tmp_path / "newsdesk.db")
    try:
        refused = newsdesk("ingest", folder)
    finally:
        blocker.rollback()
        blocker.close()
    assert refused.exit_code == BUSY, refused.output
    assert refused.stderr.splitlines() == [
        f"error: the database at {db_url!r} {BUSY_LINE}; run the command again when it is done"
    ]
    assert refused.stdout == ""
    # Once the lock is let go, the same ingest goes in.
    assert newsdesk("ingest", folder).exit_code == 0
    assert stored_ids(tmp_path / "newsdesk.db") == ["a"]
