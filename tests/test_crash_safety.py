"""Crash safety: a `newsdesk ingest` killed with SIGKILL at any point, then run again, leaves exactly its input.

The kills are aimed by watching SQLite's WAL write lock from outside the process (it is held from a
transaction's first write to its commit), so each lands where it is meant to - during the model load,
the NLP, or the writes - whatever the machine's speed; the delays around them come from a fixed seed.
"""

import fcntl
import json
import os
import random
import signal
import sqlite3
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.store.sqlite import DAY_KEY

pytestmark = [
    # Kills aimed at SQLite's WAL write lock; PostgreSQL's full-text consistency: test_postgresql.py.
    pytest.mark.sqlite_only,
    pytest.mark.skipif(sys.platform != "linux", reason="reads the lock with Linux's struct flock"),
]

SEED = 20261122
NEWSDESK = Path(sys.executable).with_name("newsdesk")
# Small batches: many commits, so the kills find earlier batches committed and later ones not.
BATCH_SIZE = "5"

# Each table as an uninterrupted ingest writes it, ids replaced by what they stand for (entity ids may differ).
CONTENTS = {
    "alembic_version": "SELECT version_num FROM alembic_version",
    "articles": "SELECT external_id, content_hash, title, source, author, caption, body, url, published FROM articles",
    "article_authors": "SELECT a.external_id, x.name FROM article_authors x JOIN articles a ON a.id = x.article_id",
    "entities": "SELECT name, type, pseudonym, mention_count, article_count FROM entities",
    "entity_aliases": "SELECT e.name, x.alias, x.articles FROM entity_aliases x JOIN entities e ON e.id = x.entity_id",
    "entity_keys": "SELECT e.name, x.key FROM entity_keys x JOIN entities e ON e.id = x.entity_id",
    "article_entities": """SELECT a.external_id, e.name, x.name, x.mention_count, x.pseudonym FROM article_entities x
        JOIN articles a ON a.id = x.article_id JOIN entities e ON e.id = x.entity_id""",
    "co_occurrences": """SELECT e.name, o.name, x.articles FROM co_occurrences x
        JOIN entities e ON e.id = x.entity_id JOIN entities o ON o.id = x.other_id""",
    "mentions": """SELECT a.external_id, e.name, x.field, x.start, x."end", x.text, x.pseudonym FROM mentions x
        JOIN articles a ON a.id = x.article_id JOIN entities e ON e.id = x.entity_id""",
    "quotes": """SELECT a.external_id, x.text, x.kind, x.cue, s.name, x.speaker_text, x.field, x.start, x."end",
        x.cluster_key FROM quotes x JOIN articles a ON a.id = x.article_id
        LEFT JOIN entities s ON s.id = x.speaker_id""",
    "quote_places": """SELECT a.external_id, q.start, x.field, x.start, x."end" FROM quote_places x
        JOIN quotes q ON q.id = x.quote_id JOIN articles a ON a.id = q.article_id""",
    "events": """SELECT a.external_id, x.date, x.precision, x.first_day, x.last_day, x.date_text, x.resolved_from,
        x.field, x.start, x."end", x.sentence FROM events x JOIN articles a ON a.id = x.article_id""",
    "event_entities": """SELECT a.external_id, v.field, v.start, e.name FROM event_entities x
        JOIN events v ON v.id = x.event_id JOIN articles a ON a.id = v.article_id
        JOIN entities e ON e.id = x.entity_id""",
    "recent_window": "SELECT articles FROM recent_window",
    "recent_articles": "SELECT a.external_id FROM recent_articles x JOIN articles a ON a.id = x.id",
    "latest_window": "SELECT articles FROM latest_window",
    "latest_articles": "SELECT a.external_id FROM latest_articles x JOIN articles a ON a.id = x.id",
    "untidied": "SELECT articles FROM untidied",
}

# Rows whose stored counters disagree with a recount of the rows they count.
MISCOUNTED = {
    "entities": """SELECT id FROM entities e
        WHERE mention_count != (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)
        OR article_count != (SELECT count(*) FROM article_entities x WHERE x.entity_id = e.id)
        OR article_count < 1
        OR pseudonym != EXISTS (SELECT 1 FROM article_entities x WHERE x.entity_id = e.id AND x.pseudonym)""",
    "article_entities": """SELECT article_id, entity_id FROM article_entities x WHERE mention_count !=
        (SELECT count(*) FROM mentions m WHERE m.article_id = x.article_id AND m.entity_id = x.entity_id)""",
    # Every pair some article names is stored, with how many do, and no other.
    "co_occurrences": """SELECT one.entity_id, other.entity_id FROM article_entities one
        JOIN article_entities other ON other.article_id = one.article_id AND other.entity_id != one.entity_id
        GROUP BY 1, 2 HAVING count(*) IS NOT (SELECT articles FROM co_occurrences x
            WHERE x.entity_id = one.entity_id AND x.other_id = other.entity_id)
        UNION ALL SELECT entity_id, other_id FROM co_occurrences x WHERE NOT EXISTS (SELECT 1 FROM article_entities a
            JOIN article_entities b ON b.article_id = a.article_id AND b.entity_id != a.entity_id
            WHERE a.entity_id = x.entity_id AND b.entity_id = x.other_id)""",
    "entity_aliases": """SELECT entity_id, alias FROM entity_aliases x WHERE articles !=
        (SELECT count(*) FROM article_entities a WHERE a.entity_id = x.entity_id AND a.name = x.alias)""",
}

FIRST = ["Ottilie", "Bram", "Sunniva", "Teodor", "Marisol", "Idwal", "Wren", "Casimir", "Noor", "Evander"]
LAST = ["Vantongeren", "Oyelaran", "Brisbois", "Lindqvist", "Mazurek", "Castellane", "Quarrie", "Haldane"]
ORGS = ["the Ambry Ferry Company", "Gellert Mills", "the Eastvale Water Board", "the Tillbrook Rowing Club"]
PLACES = ["Eastvale", "Port Ambry", "Lower Kessing", "Marrowfield", "Tillbrook"]
TOPICS = ["the ferry timetable", "the mill closure", "the water rates", "the new boathouse"]
MONTHS = ["January", "March", "April", "June", "September", "November"]


def invented_article(rng: random.Random) -> dict[str, str]:
    """A short article with named people, an organisation, a place, quotes and dates."""
    chair, resident = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2))
    org, place, topic = rng.choice(ORGS), rng.choice(PLACES), rng.choice(TOPICS)
    paragraphs = [
        f"{chair}, who chairs {org}, said on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2023)} "
        f"that {topic} in {place} would change.",
        f"“We have waited long enough for {topic},” {chair} said. “The people of {place} deserve better.”",
        f"{resident}, who lives in {place}, disagreed. “Nobody asked us about any of it,” she said.",
        f"The board meets again on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2016, 2024)}.",
    ]
    return {
        "title": f"{place} weighs {topic}",
        "text": "\n\n".join(paragraphs[: rng.randint(3, 4)]),
        "source": rng.choice(["The Ambry Gazette", "The Valley Courier"]),
        "author": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "published": f"{rng.randint(2016, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }


def write_corpus(folder: Path, rng: random.Random) -> set[str]:
    """57 articles in a JSON-lines feed and 3 text pages; gives their external ids."""
    folder.mkdir()
    feed = [{"id": f"story-{n:03d}", **invented_article(rng)} for n in range(57)]
    (folder / "feed.jsonl").write_text("".join(json.dumps(record) + "\n" for record in feed), encoding="utf-8")
    for n in range(3):
        page = invented_article(rng)
        (folder / f"page-{n}.txt").write_text(f"{page['title']}\n\n{page['text']}\n", encoding="utf-8")
    return {record["id"] for record in feed} | {f"page-{n}.txt" for n in range(3)}


# SQLite's WAL locks are bytes of the -shm file. A writer holds WAL_WRITE_LOCK from its first write to its
# commit; the recovery of the WAL after a crash, when the database is next opened, holds it too, with
# WAL_RECOVER_LOCK.
WAL_WRITE_LOCK, WAL_RECOVER_LOCK = 120, 122
FLOCK = "hhqqi4x"  # Linux's struct flock: type, whence, start, length, pid


@dataclass
class RunningIngest:
    """A `newsdesk ingest` subprocess, and its writes to the database, watched without taking any lock."""

    process: subprocess.Popen[bytes]
    shm: Path

    def writing(self) -> bool:
        if not self.shm.exists():
            return False
        # The test holds no connection to this database while it watches: closing this descriptor
        # would drop the process's own locks on the file.
        descriptor = os.open(self.shm, os.O_RDONLY)
        try:
            return _locked(descriptor, WAL_WRITE_LOCK) and not _locked(descriptor, WAL_RECOVER_LOCK)
        finally:
            os.close(descriptor)

    def transactions(self) -> Iterator[bool]:
        """Each time a transaction starts writing (True) or ends (False), while the ingest runs.

        A change counts once seen on three polls in a row: the WAL recovery passes through "write
        lock alone" for a moment when it takes and drops its locks.
        """
        writing, seen = False, 0
        deadline = time.monotonic() + 120
        while self.process.poll() is None and time.monotonic() < deadline:
            seen = seen + 1 if self.writing() != writing else 0
            if seen == 3:
                writing, seen = not writing, 0
                yield writing
            time.sleep(0.001)


def _locked(descriptor: int, byte: int) -> bool:
    """Whether another process holds a lock on this byte of the file (F_GETLK asks without locking)."""
    answer = fcntl.fcntl(descriptor, fcntl.F_GETLK, struct.pack(FLOCK, fcntl.F_WRLCK, os.SEEK_SET, byte, 1, 0))
    return struct.unpack(FLOCK, answer)[0] != fcntl.F_UNLCK


def start_ingest(folder: Path, db: Path) -> RunningIngest:
    process = subprocess.Popen(
        [str(NEWSDESK), "ingest", str(folder), "--db", f"sqlite:///{db}"],
        env={**os.environ, "INGEST_BATCH_SIZE": BATCH_SIZE},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return RunningIngest(process, db.with_name(f"{db.name}-shm"))


def nth(changes: Iterator[bool], *, writing: bool, n: int) -> bool:
    """Wait for the n-th start (writing=True) or end of a write; False if the ingest ended first."""
    for change in changes:
        if change is writing:
            n -= 1
            if n == 0:
                return True
    return False


# Each aim waits for its moment in a running ingest (its random part from the seeded `rng`); it says
# whether the moment came before the ingest ended.
Aim = Callable[[RunningIngest, random.Random], bool]


def during_migration(ingest: RunningIngest, rng: random.Random) -> bool:
    # The migration is the first write to a new database, tens of milliseconds long.
    return nth(ingest.transactions(), writing=True, n=1)


def during_model_load(ingest: RunningIngest, rng: random.Random) -> bool:
    # On a new database the model loads after the migration's commit, for a second or more.
    if not nth(ingest.transactions(), writing=False, n=1):
        return False
    time.sleep(rng.uniform(0.05, 0.4))
    return True


def during_nlp(ingest: RunningIngest, rng: random.Random) -> bool:
    # After a batch commits, the next one goes through the NLP (hundreds of milliseconds) before its writes.
    if not nth(ingest.transactions(), writing=False, n=rng.randint(1, 2)):
        return False
    time.sleep(rng.uniform(0.0, 0.05))
    return True


def during_writes(ingest: RunningIngest, rng: random.Random) -> bool:
    if not nth(ingest.transactions(), writing=True, n=rng.randint(1, 2)):
        return False
    time.sleep(rng.uniform(0.0, 0.03))
    return True


def kill_ingest(folder: Path, db: Path, aim: Aim, rng: random.Random) -> None:
    """Start an ingest and SIGKILL it at the aimed moment."""
    ingest = start_ingest(folder, db)
    try:
        on_time = aim(ingest, rng)
    finally:
        ingest.process.send_signal(signal.SIGKILL)
        ingest.process.wait()
    assert on_time and ingest.process.returncode == -signal.SIGKILL, f"the ingest ended before {aim.__name__}"


def ingest_to_completion(folder: Path, db: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 0, result.output


def query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db)) as connection:
        return sorted(connection.execute(sql).fetchall(), key=repr)


def fts5_integrity(db: Path, index: str) -> str:
    """FTS5's own check of an index against its table: "ok", or the error it raises (a corrupt image)."""
    try:
        with closing(sqlite3.connect(db)) as connection:
            connection.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as error:
        return str(error)
    return "ok"


@dataclass(frozen=True)
class Crashed:
    """A database ingested through four kills and a last full run, and the same input ingested once."""

    db: Path
    reference: Path
    external_ids: set[str]


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> Crashed:
    root = tmp_path_factory.mktemp("crash")
    rng = random.Random(SEED)
    folder = root / "in"
    external_ids = write_corpus(folder, rng)
    reference = root / "reference.db"
    ingest_to_completion(folder, reference)
    db = root / "newsdesk.db"
    for aim in (during_model_load, during_writes, during_nlp, during_writes):
        kill_ingest(folder, db, aim, rng)
    ingest_to_completion(folder, db)
    return Crashed(db, reference, external_ids)


def test_every_input_article_is_stored_exactly_once(crashed: Crashed):
    stored = [external_id for (external_id,) in query(crashed.db, "SELECT external_id FROM articles")]
    assert sorted(stored) == sorted(crashed.external_ids)


def test_every_table_holds_what_one_uninterrupted_ingest_writes(crashed: Crashed):
    tables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%'"
    assert {name for (name,) in query(crashed.db, tables)} == set(CONTENTS)
    for table, sql in CONTENTS.items():
        assert query(crashed.db, sql) == query(crashed.reference, sql), table


def test_every_article_has_its_quotes_entities_and_events(crashed: Crashed):
    for table in ("quotes", "article_entities", "events"):
        with_rows = f"SELECT DISTINCT a.external_id FROM {table} x JOIN articles a ON a.id = x.article_id"
        assert {external_id for (external_id,) in query(crashed.db, with_rows)} == crashed.external_ids, table


def test_counters_agree_with_a_recount_of_their_rows(crashed: Crashed):
    for table, sql in MISCOUNTED.items():
        assert query(crashed.db, sql) == [], table


def test_the_database_passes_sqlites_integrity_checks(crashed: Crashed):
    assert query(crashed.db, "PRAGMA integrity_check") == [("ok",)]
    assert query(crashed.db, "PRAGMA foreign_key_check") == []
    assert query(crashed.db, "PRAGMA journal_mode") == [("wal",)]


def test_every_full_text_index_matches_its_table(crashed: Crashed):
    fts5 = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'"
    indexes = [name for (name,) in query(crashed.db, fts5)]
    windows = ["latest_articles", "recent_articles"]
    assert sorted(indexes) == sorted(
        ["articles_fts", "dated_articles_fts", "quotes_fts", *(f"{w}_fts" for w in windows)]
    )
    assert {index: fts5_integrity(crashed.db, index) for index in indexes} == dict.fromkeys(indexes, "ok")
    # Each index of the newest articles holds what its list says.
    for window in windows:
        held = f"SELECT rowid FROM {window}_fts ORDER BY rowid"
        assert query(crashed.db, held) == query(crashed.db, f"SELECT id FROM {window} ORDER BY id"), window
    # The index keyed by day holds each article once, under its day and id, with its words.
    keys = f"SELECT {DAY_KEY} FROM articles ORDER BY 1"
    assert query(crashed.db, "SELECT rowid FROM dated_articles_fts ORDER BY rowid") == query(crashed.db, keys)
    for word in ("said", "ferry", "disagreed", "weighs"):
        matched = f"(SELECT rowid FROM articles_fts WHERE articles_fts MATCH '{word}')"
        by_day = f"SELECT {DAY_KEY} FROM articles WHERE id IN {matched}"
        dated = f"SELECT rowid FROM dated_articles_fts WHERE dated_articles_fts MATCH '{word}'"
        assert query(crashed.db, dated) == query(crashed.db, by_day), word


def test_a_first_ingest_killed_during_its_migration_leaves_no_half_schema_and_migrates_when_run_again(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.json").write_text(json.dumps({"id": "one", "text": "The ferry sails at noon."}), encoding="utf-8")
    db, migrated = tmp_path / "newsdesk.db", tmp_path / "migrated.db"
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master"
    kill_ingest(folder, db, during_migration, random.Random(SEED))
    left = query(db, schema)
    ingest_to_completion(folder, migrated)
    assert left in ([], query(migrated, schema))
    ingest_to_completion(folder, db)
    assert query(db, schema) == query(migrated, schema)
    assert query(db, "SELECT external_id FROM articles") == [("one",)]
