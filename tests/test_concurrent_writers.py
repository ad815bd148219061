"""Several `newsdesk ingest` runs started together on one PostgreSQL database, their inputs naming the same people,
organisations and places, end with the database one ingest of all their inputs makes: the same articles, one
entity per name with the same counts, aliases and canonical names, the same co-occurrences and quote clusters."""

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.store.db import make_engine
from tests.databases import Databases

NEWSDESK = Path(sys.executable).with_name("newsdesk")

# Invented people, a council and places, each first named in full in every article that names them.
PEOPLE = ["Mayor Tessa Varga", "Councillor Idwal Pennant", "Inspector Maren Hesk"]
STORY = (
    '{person} of the Northbridge Harbour Trust spoke in Kelsby on {day}. "The quay will reopen in spring," '
    '{surname} said. "We owe the fishing crews of Kelsby an answer," she added, after the trust met in Ardmore.'
)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def feed(folder: Path, name: str, number: int) -> Path:
    """A feed of short invented articles; every feed names the same people, organisation and places."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for n in range(number):
        person = PEOPLE[n % len(PEOPLE)]
        story = STORY.format(person=person, surname=person.split()[-1], day=DAYS[n % len(DAYS)])
        lines.append(f'{{"id": "{name}-{n}", "text": "{story.replace(chr(34), chr(92) + chr(34))}"}}\n')
    path = folder / f"{name}.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def ingest(paths: list[Path], url: str) -> subprocess.Popen[str]:
    # One article a transaction: each run commits many times, between the others' commits.
    env = {**os.environ, "INGEST_BATCH_SIZE": "1"}
    command = [str(NEWSDESK), "ingest", *map(str, paths), "--db", url]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finished(run: subprocess.Popen[str]) -> str:
    out, err = run.communicate(timeout=300)
    assert run.returncode == 0, err
    return err


SNAPSHOT = {
    "articles": "SELECT external_id, content_hash FROM articles",
    "entities": """SELECT e.name, e.type, e.mention_count, e.article_count, e.pseudonym,
        (SELECT string_agg(alias || ':' || articles, '|' ORDER BY alias) FROM entity_aliases WHERE entity_id = e.id),
        (SELECT string_agg(key, '|' ORDER BY key) FROM entity_keys WHERE entity_id = e.id) FROM entities e""",
    "co_occurrences": """SELECT a.name, b.name, c.articles FROM co_occurrences c
        JOIN entities a ON a.id = c.entity_id JOIN entities b ON b.id = c.other_id""",
    "quotes": """SELECT a.external_id, q.text, q.kind, s.name,
        (SELECT string_agg(o.external_id || ':' || other.start, '|' ORDER BY o.external_id, other.start)
         FROM quotes other JOIN articles o ON o.id = other.article_id WHERE other.cluster_id = q.cluster_id)
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities s ON s.id = q.speaker_id""",
    "events": """SELECT a.external_id, v.date, v.date_text, v.start,
        (SELECT string_agg(e.name, '|' ORDER BY e.name) FROM event_entities ve JOIN entities e ON e.id = ve.entity_id
         WHERE ve.event_id = v.id) FROM events v JOIN articles a ON a.id = v.article_id""",
    "mentions": """SELECT a.external_id, e.name, m.start, m.text FROM mentions m
        JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id""",
}


def snapshot(url: str) -> dict[str, list[Any]]:
    """What the database holds, ids aside (they depend on the order in which articles were written)."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {name: sorted(map(tuple, connection.execute(text(sql)))) for name, sql in SNAPSHOT.items()}
    finally:
        engine.dispose()


@pytest.mark.postgresql_only
def test_ingests_started_together_make_the_database_one_ingest_of_all_their_inputs_makes(
    databases: Databases, tmp_path: Path
) -> None:
    feeds = [feed(tmp_path / "in", f"feed{n}", 8) for n in range(3)]
    together, alone = databases.new(tmp_path / "together"), databases.new(tmp_path / "alone")
    runs = [ingest([path], together) for path in feeds]
    for run in runs:
        assert "Traceback" not in finished(run)
    finished(ingest(feeds, alone))

    expected, found = snapshot(alone), snapshot(together)
    assert len(expected["articles"]) == 24 and len(expected["quotes"]) >= 24  # the control: there is much to compare
    assert {row[0] for row in expected["entities"]} >= {"Tessa Varga", "Northbridge Harbour Trust", "Kelsby"}
    for table in SNAPSHOT:
        assert found[table] == expected[table], table
