"""Reads during writes: the API answers while `newsdesk ingest` writes, and can itself never write."""

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from app.store.statements import compiled
from tests.conftest import assert_problem

NEWSDESK = Path(sys.executable).with_name("newsdesk")
PEOPLE = ("Mara Quell", "Tobin Aske", "Lida Voss", "Emeric Dane", "Sunniva Hesk")
TOWNS = ("Larkfield", "Orrin Bay", "Castlemere", "Duneholt")
BOARDS = ("the Larkfield Water Board", "Orrin Transit", "the Castlemere Arts Council")
READS = (
    "/health",
    "/articles",
    "/articles?q=harbour&sort=relevance",
    "/articles?source=The+Harbour+Gazette&published_from=2021-02-01",
    "/quotes",
    "/quotes?speaker_name=Mara+Quell",
    "/entities?type=PERSON",
    "/timeline?bucket=month",
    "/timeline",
)


def invented_article(n: int) -> dict[str, str]:
    """An invented story with quotes, people, organisations, places and dates for extraction to find."""
    speaker, other, town, board = PEOPLE[n % 5], PEOPLE[(n + 2) % 5], TOWNS[n % 4], BOARDS[n % 3]
    text = (
        f"The {town} council approved a plan on Tuesday to repair harbour wall number {n}.\n\n"
        f'"We will finish the work by March 3, 2021," said {speaker}, who chairs {board}. '
        f"{other} said the cost had doubled since 2019 and that {town} deserved answers.\n\n"
        "The board will meet again on June 14 to review the budget."
    )
    return {
        "id": f"story-{n}",
        "text": text,
        "title": f"{town} approves wall repair {n}",
        "source": "The Harbour Gazette",
        "author": speaker,
        "published": f"2021-02-{1 + n % 28:02d}",
    }


def read_until_done(client, ingest: subprocess.Popen) -> tuple[Counter[int], list[int], list[str]]:
    """Every read in READS, then one article and one entity page, over and over until the ingest ends."""
    statuses: Counter[int] = Counter()
    counts: list[int] = []
    failures: list[str] = []

    def get(url: str):
        response = client.get(url)
        statuses[response.status_code] += 1
        if response.status_code != 200:
            failures.append(f"{url}: {response.status_code} {response.text}")
        return response

    while ingest.poll() is None:
        counts.append(get("/health").json().get("articles", -1))
        for url in READS:
            get(url)
        for listing, page in (("/articles", "/articles/{}"), ("/entities", "/entities/{}")):
            if items := get(listing).json().get("items"):
                get(page.format(items[-1]["id"]))
    return statuses, counts, failures


def test_api_requests_in_parallel_with_a_running_ingest_all_succeed(client, db_url, tmp_path):
    articles = 40
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(invented_article(n)) + "\n" for n in range(articles)), encoding="utf-8")
    # Small batches: many write transactions for the reads to meet.
    environment = {**os.environ, "INGEST_BATCH_SIZE": "2"}
    command = [str(NEWSDESK), "ingest", str(feed), "--db", db_url]
    with subprocess.Popen(
        command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as ingest:
        with ThreadPoolExecutor(max_workers=4) as readers:
            results = [
                future.result() for future in [readers.submit(read_until_done, client, ingest) for _ in range(4)]
            ]
        stdout, stderr = ingest.communicate(timeout=300)
    assert ingest.returncode == 0, stderr
    assert stdout.strip().endswith(f"{articles} new, 0 unchanged, 0 replaced, 0 skipped")
    statuses = sum((result[0] for result in results), Counter())
    failures = [failure for result in results for failure in result[2]]
    assert set(statuses) == {200}, failures[:5]
    seen = {count for result in results for count in result[1]}
    assert any(0 < count < articles for count in seen), f"no read met the ingest half-way: {sorted(seen)}"


@pytest.mark.sqlite_only
def test_every_connection_of_the_api_is_query_only(client):
    readers = client.app.state.readers
    with ThreadPoolExecutor(1) as thread:  # a connection a thread
        first, second = readers.reader(), thread.submit(readers.reader).result()
    assert first is not second
    for reader in (first, second):
        assert reader.scalar(compiled(text("PRAGMA query_only"))) == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly database"):
            reader.rows(compiled(text("DELETE FROM articles")))


@pytest.mark.postgresql_only
def test_every_connection_of_the_api_is_read_only_on_postgresql(client):
    readers = client.app.state.readers
    with ThreadPoolExecutor(1) as thread:  # a connection a thread
        first, second = readers.reader(), thread.submit(readers.reader).result()
    assert first is not second
    for reader in (first, second):
        assert reader.scalar(compiled(text("SHOW default_transaction_read_only"))) == "on"
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            reader.rows(compiled(text("DELETE FROM articles")))


def test_the_api_offers_only_reads(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {method for operations in paths.values() for method in operations} == {"get"}
    for path in paths:
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            assert_problem(client.request(method, re.sub(r"\{\w+\}", "1", path)), 405)
