"""`newsdesk ingest`: formats, idempotence, replacement, progress and exit status (bad input: test_bad_input.py)."""

import json
import os
import pty
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from app.store.db import make_engine
from tests.conftest import article_by_external_id
from tests.databases import Databases

ARTICLE = "The council voted on Tuesday to close the old bridge.\n\nRepairs will take a year."


def jsonl(*records: dict) -> str:
    return "\n".join(json.dumps(record) for record in records) + "\n"


def test_jsonl_records_are_stored_with_their_metadata(ingest, client):
    result = ingest(
        {
            "feed.jsonl": jsonl(
                {
                    "id": "r1",
                    "text": ARTICLE,
                    "title": "Bridge to close",
                    "url": "https://example.org/r1",
                    "source": "The Valley Courier",
                    "author": "Ann Poe",
                    "published": "2020-03-04",
                }
            )
        }
    )
    assert result.exit_code == 0, result.output
    article = article_by_external_id(client, "r1")
    assert article["title"] == "Bridge to close"
    assert article["url"] == "https://example.org/r1"
    assert (article["source"], article["author"], article["published"]) == (
        "The Valley Courier",
        "Ann Poe",
        "2020-03-04",
    )


def test_structured_text_is_the_body_verbatim_with_newlines_normalised(ingest, client):
    ingest({"feed.jsonl": jsonl({"id": "r1", "text": "  “Quoted,” she said.\r\nNext line.\rLast.  "})})
    assert article_by_external_id(client, "r1")["body"] == "  “Quoted,” she said.\nNext line.\nLast.  "


def test_json_file_may_hold_one_record_or_a_list(ingest, client):
    result = ingest(
        {
            "one.json": json.dumps({"id": "single", "text": ARTICLE}),
            "many.json": json.dumps([{"id": "first", "text": ARTICLE}, {"id": 7, "text": ARTICLE}]),
        }
    )
    assert result.exit_code == 0, result.output
    assert client.get("/articles").json()["total"] == 3
    assert article_by_external_id(client, "7")["body"] == ARTICLE


def test_txt_page_takes_its_file_name_as_external_id(ingest, client):
    ingest({"2020-03-04-bridge.txt": f"Bridge to close\n\n{ARTICLE}\n"})
    assert "close the old bridge" in article_by_external_id(client, "2020-03-04-bridge.txt")["body"]


def test_folders_are_walked_recursively_and_other_files_ignored(ingest, client):
    result = ingest(
        {
            "a/one.jsonl": jsonl({"id": "one", "text": ARTICLE}),
            "a/b/two.json": json.dumps({"id": "two", "text": ARTICLE}),
            "a/b/notes.md": "# not an article",
            ".hidden/three.json": json.dumps({"id": "three", "text": ARTICLE}),
        }
    )
    assert result.exit_code == 0, result.output
    assert {a["external_id"] for a in client.get("/articles").json()["items"]} == {"one", "two"}


def test_reingesting_unchanged_input_changes_nothing(ingest, client):
    files = {"feed.jsonl": jsonl({"id": "r1", "text": ARTICLE, "title": "Bridge"})}
    ingest(files)
    before = article_by_external_id(client, "r1")
    result = ingest(files)
    assert result.exit_code == 0
    assert "0 new, 1 unchanged, 0 replaced, 0 skipped" in result.stdout
    assert article_by_external_id(client, "r1") == before


def test_changed_input_replaces_its_article_under_the_same_id(ingest, client):
    ingest({"feed.jsonl": jsonl({"id": "r1", "text": ARTICLE, "title": "Old title", "author": "Ann Poe"})})
    old = article_by_external_id(client, "r1")
    result = ingest({"feed.jsonl": jsonl({"id": "r1", "text": "Rewritten.", "title": "New title"})})
    assert "0 new, 0 unchanged, 1 replaced" in result.stdout
    new = article_by_external_id(client, "r1")
    assert (new["id"], new["title"], new["body"], new["author"]) == (old["id"], "New title", "Rewritten.", None)
    assert client.get("/articles", params={"author": "Ann Poe"}).json()["total"] == 0
    assert client.get("/articles", params={"q": "bridge"}).json()["total"] == 0


def test_summary_line_counts_new_unchanged_replaced_and_skipped(ingest):
    result = ingest({"feed.jsonl": jsonl({"id": "a", "text": ARTICLE}, {"id": "b"})})
    assert result.stdout.strip().endswith("1 new, 0 unchanged, 0 replaced, 1 skipped")


def test_exit_status_is_zero_when_everything_was_ingested(ingest):
    assert ingest({"feed.jsonl": jsonl({"id": "a", "text": ARTICLE})}).exit_code == 0


def test_exit_status_is_two_on_a_usage_error(newsdesk):
    assert newsdesk("ingest").exit_code == 2
    assert newsdesk("ingest", "--no-such-option", ".").exit_code == 2


def test_folder_ingest_shows_a_progress_bar_on_a_terminal(inputs, db_url):
    folder = inputs({f"feed-{n}.jsonl": jsonl({"id": f"a{n}", "text": ARTICLE}) for n in range(3)})
    screen, terminal = pty.openpty()
    completed = subprocess.run(
        [sys.executable, "-m", "app", "ingest", str(folder), "--db", db_url],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        timeout=120,
        env={**os.environ, "COLUMNS": "100"},
    )
    os.close(terminal)
    shown = _read_all(screen)
    assert completed.returncode == 0
    assert "ingesting" in shown and "3/3" in shown
    assert "3 files: 3 new, 0 unchanged, 0 replaced, 0 skipped" in shown


def _read_all(descriptor: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(descriptor, 4096)
        except OSError:  # the terminal's other end is closed: everything was read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(descriptor)
    return b"".join(chunks).decode("utf-8", "replace")


def test_no_progress_bar_when_not_on_a_terminal(ingest):
    result = ingest({"feed.jsonl": jsonl({"id": "a", "text": ARTICLE})})
    assert "ingesting" not in result.output


def test_blank_metadata_is_stored_as_missing(ingest, client):
    ingest({"a.json": json.dumps({"id": "a", "text": ARTICLE, "title": "  Bridge ", "author": " ", "source": ""})})
    article = article_by_external_id(client, "a")
    assert (article["title"], article["author"], article["source"]) == ("Bridge", None, None)


def test_exit_status_is_two_for_an_unusable_database_url(inputs, tmp_path):
    from typer.testing import CliRunner

    from app.cli import cli

    folder = inputs({"a.json": json.dumps({"id": "a", "text": ARTICLE})})
    (tmp_path / "not-a-database.db").write_text("{}")
    unusable = (
        "not a url",
        "nosuchdriver://host/db",
        "postgresql://nobody@localhost/none",
        f"sqlite:///{tmp_path}/not-a-database.db",
        "sqlite:////proc/no/such/place.db",
    )
    for url in unusable:
        result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", url])
        assert result.exit_code == 2, result.output
        assert "--db" in result.output


def test_a_file_named_twice_is_read_once(newsdesk, inputs):
    folder = inputs({"feed.jsonl": jsonl({"id": "a", "text": ARTICLE})})
    result = newsdesk("ingest", folder / "feed.jsonl", folder, folder / "feed.jsonl")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("1 file: 1 new, 0 unchanged, 0 replaced, 0 skipped")


def test_control_characters_become_spaces_so_offsets_stay_put(ingest, client):
    text = "One\u0002two\u0000three\tfour\u0085five\u202esix\u2028seven"
    ingest({"a.json": json.dumps({"id": "a", "text": text, "title": "A\r\nB\u0003"})})
    article = article_by_external_id(client, "a")
    assert (article["body"], article["title"]) == ("One two three\tfour five six\nseven", "A B")


def test_a_bare_date_is_not_given_a_time(ingest, client):
    ingest({"a.json": json.dumps({"id": "a", "text": ARTICLE, "published": "20170518"})})
    assert article_by_external_id(client, "a")["published"] == "2017-05-18"


@pytest.mark.sqlite_only
def test_an_in_memory_database_takes_an_ingest(inputs):
    from typer.testing import CliRunner

    from app.cli import cli

    folder = inputs({"a.json": json.dumps({"id": "a", "text": ARTICLE})})
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", "sqlite://"])
    assert result.exit_code == 0, result.output


def _feed(*texts: str) -> dict[str, str]:
    return {"feed.jsonl": "\n".join(json.dumps({"id": f"a{i}", "text": text}) for i, text in enumerate(texts))}


def test_an_article_whose_extraction_breaks_is_reported_and_the_rest_go_in(ingest, client, monkeypatch):
    import app.ingest.extraction as extraction

    def breaks_on_a_word(article):
        if "unparseable" in article.texts["body"]:
            raise RuntimeError("broken")
        return real(article)

    real = extraction.extract
    monkeypatch.setattr(extraction, "extract", breaks_on_a_word)
    result = ingest(_feed("An unparseable story.", "A fine story."))
    assert result.exit_code == 1
    assert "skipped id 'a0': extraction failed" in result.output
    assert [a["external_id"] for a in client.get("/articles").json()["items"]] == ["a1"]


def test_an_article_that_cannot_be_stored_leaves_no_trace_and_the_rest_go_in(ingest, client, monkeypatch):
    from sqlalchemy.exc import IntegrityError

    import app.ingest.pipeline as pipeline

    def fails_for_the_first(connection, *, article_id, extraction):
        if "Paris" in {entity.name for entity in extraction.entities}:
            raise IntegrityError("INSERT", {}, Exception("constraint failed"))
        real(connection, article_id=article_id, extraction=extraction)

    real = pipeline.replace_extraction
    monkeypatch.setattr(pipeline, "replace_extraction", fails_for_the_first)
    result = ingest(_feed("Ada Byron spoke in Paris.", "Ada Byron spoke in Rome."))
    assert result.exit_code == 1
    assert "skipped id 'a0': could not be stored" in result.output
    assert [a["external_id"] for a in client.get("/articles").json()["items"]] == ["a1"]


def _newsroom_feed(count: int) -> str:
    """`count` short articles in which the same people, places and dates recur."""
    people = ["Ada Byron", "Omar Haddad", "Lena Brandt"]
    places = ["Paris", "Lagos", "Oslo"]
    return jsonl(
        *(
            {
                "id": f"n{number}",
                "title": f"{people[number % 3].split()[1]} on the harbour plan",
                "text": f'"We will finish the harbour by March {2020 + number % 4}," {people[number % 3]} said in '
                f"{places[number % 2]} on Tuesday.\n\nThe council of {places[(number + 1) % 3]} met on "
                f"May {number + 1}.",
                "published": f"2021-06-{number % 28 + 1:02d}",
            }
            for number in range(count)
        )
    )


def _everything(client) -> dict[str, list]:
    """Every list the API gives, walked to its end."""
    found: dict[str, list] = {}
    for endpoint in ("articles", "quotes", "entities", "timeline"):
        found[endpoint], cursor = [], None
        while True:
            page = client.get(f"/{endpoint}", params={"limit": 100, **({"cursor": cursor} if cursor else {})}).json()
            found[endpoint] += page["items"]
            if not (cursor := page["next_cursor"]):
                break
    for article in found["articles"]:
        article["ingested_at"] = None
    return found


@dataclass(frozen=True)
class WorkersRun:
    """One feed ingested by one process and by two workers: the second run's exit status and output, and
    the URLs of both databases."""

    exit_code: int
    output: str
    one_url: str
    two_url: str


@pytest.fixture(scope="module")
def ingested_by_two_workers(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> WorkersRun:
    """45 good records, a malformed line 4 and a record without text on line 19, ingested by one process
    and by two workers (whose start, a model load in each, this file's tests then share)."""
    from typer.testing import CliRunner

    from app.cli import cli

    good = _newsroom_feed(45).splitlines()
    lines = [*good[:3], "{not json", *good[3:17], json.dumps({"id": "no-text"}), *good[17:]]
    root = tmp_path_factory.mktemp("workers")
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    one_url, two_url = (databases.new(tmp_path_factory.mktemp(name)) for name in ("one", "two"))
    # Several batches, each of several chunks, so the workers' results come back out of turn.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INGEST_BATCH_SIZE", "20")
        runs = [
            CliRunner().invoke(cli, ["ingest", str(root / "feed.jsonl"), "--workers", workers, "--db", url])
            for workers, url in (("1", one_url), ("2", two_url))
        ]
    assert runs[0].exit_code == 1, runs[0].output
    return WorkersRun(runs[1].exit_code, runs[1].output, one_url, two_url)


def test_two_workers_store_what_one_does(ingested_by_two_workers: WorkersRun):
    from fastapi.testclient import TestClient

    from app.api.main import create_app

    run = ingested_by_two_workers
    assert run.output.strip().endswith("45 new, 0 unchanged, 0 replaced, 2 skipped"), run.output
    with (
        TestClient(create_app(database_url=run.one_url)) as one,
        TestClient(create_app(database_url=run.two_url)) as two,
    ):
        expected = _everything(one)
        assert expected["quotes"] and expected["entities"] and expected["timeline"]
        assert _everything(two) == expected


def test_with_workers_bad_records_are_reported_in_order_and_the_rest_go_in(ingested_by_two_workers: WorkersRun):
    from fastapi.testclient import TestClient

    from app.api.main import create_app

    run = ingested_by_two_workers
    assert run.exit_code == 1
    skipped = [line for line in run.output.splitlines() if line.startswith("skipped")]
    assert [line.split(":")[1] for line in skipped] == ["4", "19"]
    assert "malformed JSON" in skipped[0] and "missing 'text'" in skipped[1]
    with TestClient(create_app(database_url=run.two_url)) as two:
        assert two.get("/articles").json()["total"] == 45


def test_zero_workers_is_a_usage_error(newsdesk, inputs):
    result = newsdesk("ingest", inputs({"a.json": json.dumps({"id": "a", "text": ARTICLE})}), "--workers", "0")
    assert result.exit_code == 2
    assert "--workers" in result.output


def _segments(db: Path) -> dict[str, int]:
    """How many segments each full-text index has (FTS5 keeps one row per segment and page in its `_idx` table)."""
    with sqlite3.connect(db) as connection:
        return {
            index: connection.execute(f"SELECT count(DISTINCT segid) FROM {index}_idx").fetchone()[0]
            for index in ("articles_fts", "quotes_fts")
        }


@pytest.mark.sqlite_only
def test_a_load_of_a_large_share_of_the_corpus_leaves_each_full_text_index_in_one_segment(ingest, tmp_path):
    assert ingest({"feed.jsonl": _newsroom_feed(12)}).exit_code == 0
    assert _segments(tmp_path / "newsdesk.db") == {"articles_fts": 1, "quotes_fts": 1}


@pytest.mark.sqlite_only
def test_a_small_addition_to_a_corpus_is_left_to_the_indexes_own_merging(ingest, tmp_path):
    ingest({"feed.jsonl": _newsroom_feed(12)})
    assert ingest({"late.jsonl": jsonl({"id": "late", "text": '"We are late," Ada Byron said.'})}).exit_code == 0
    assert _segments(tmp_path / "newsdesk.db") == {"articles_fts": 2, "quotes_fts": 2}


def _pending(db_url: str) -> dict[str, int]:
    """How many entries wait in each full-text GIN index's pending list (its fast update), not yet merged into
    the index proper, which every search reads through in full."""
    engine = make_engine(db_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pgstattuple")  # pgstatginindex
        pending = {
            index: connection.execute(
                text("SELECT pending_tuples FROM pgstatginindex(CAST(:index AS regclass))"),
                {"index": f"ix_{index}_document"},
            ).scalar_one()
            for index in ("articles_fts", "quotes_fts")
        }
    engine.dispose()
    return pending


@pytest.mark.postgresql_only
def test_a_load_of_a_large_share_of_the_corpus_leaves_no_full_text_entries_pending(ingest, db_url):
    assert ingest({"feed.jsonl": _newsroom_feed(12)}).exit_code == 0
    assert _pending(db_url) == {"articles_fts": 0, "quotes_fts": 0}


@pytest.mark.postgresql_only
def test_a_small_addition_to_a_corpus_is_left_in_the_pending_lists_for_autovacuum(ingest, db_url):
    ingest({"feed.jsonl": _newsroom_feed(12)})
    assert ingest({"late.jsonl": jsonl({"id": "late", "text": '"We are late," Ada Byron said.'})}).exit_code == 0
    pending = _pending(db_url)
    assert pending["articles_fts"] > 0 and pending["quotes_fts"] > 0
