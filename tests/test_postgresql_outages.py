"""PostgreSQL down: at start a usage error, while serving a 503 the server recovers from by itself, during an
ingest a crash that the ingest run again repairs. Each on a throwaway server of its own (tests/pg_cluster.py)."""

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
from sqlalchemy import Connection
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from app.cli import cli
from app.ingest import pipeline
from bench.corpus import Corpus, write
from tests.conftest import assert_problem, free_port, served
from tests.pg_cluster import Cluster, throwaway_cluster

pytestmark = pytest.mark.postgresql_only

PASSWORD = "secret"
NEWSDESK = Path(sys.executable).with_name("newsdesk")


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    with throwaway_cluster() as made:
        yield made


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.json").write_text('{"id": "a", "title": "Harbour vote", "text": "The council met on Monday."}')
    return folder


def _newsdesk(*args: str | Path) -> tuple[int, str]:
    """Run the CLI in this process: its exit status and everything it printed (stdout and stderr)."""
    result = CliRunner().invoke(cli, list(map(str, args)))
    return result.exit_code, result.output


@pytest.mark.parametrize("command", ["ingest", "serve"])
def test_an_unreachable_server_at_start_is_one_usage_error_line_naming_host_and_port_not_the_password(
    command: str, article: Path
):
    port = free_port()  # nobody listens there
    args = [article] if command == "ingest" else []
    status, output = _newsdesk(command, *args, "--db", f"postgresql://reader:{PASSWORD}@127.0.0.1:{port}/news")
    assert status == 2, output
    assert output.strip().splitlines() == [output.strip()], output
    assert f"127.0.0.1:{port}" in output
    assert PASSWORD not in output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://reader@127.0.0.1:{port}/news?password={password}",  # the password as a parameter
        "postgresql://reader:{password}@127.0.0.1:no-port/news",  # a URL that cannot be read
        "host=127.0.0.1 port={port} user=reader password={password}",  # libpq's settings, not a URL
    ],
)
def test_no_form_of_a_database_url_shows_its_password_in_an_error(url: str, article: Path):
    status, output = _newsdesk("ingest", article, "--db", url.format(port=free_port(), password=PASSWORD))
    assert status == 2, output  # refused, and said so: the message was written
    assert PASSWORD not in output, output


def test_an_unreachable_read_url_is_a_usage_error_at_start(
    cluster: Cluster, article: Path, monkeypatch: pytest.MonkeyPatch
):
    url = cluster.create_database("news")
    assert _newsdesk("ingest", article, "--db", url)[0] == 0  # migrated; `serve` itself then checks the read URL first
    monkeypatch.setenv("DATABASE_READ_URL", f"postgresql://reader@127.0.0.1:{free_port()}/news")
    status, output = _newsdesk("serve", "--db", url)
    assert status == 2, output
    assert "DATABASE_READ_URL" in output
    monkeypatch.setenv("DATABASE_READ_URL", url)  # the control: a read URL that answers is served from
    with served(url) as base:
        assert httpx.get(f"{base}/articles").json()["total"] == 1


def test_the_same_command_on_a_reachable_server_goes_ahead(cluster: Cluster, article: Path):
    # The positive control of the one above: the same URL but for a server that answers.
    url = cluster.create_database("news")
    status, output = _newsdesk("ingest", article, "--db", url)
    assert status == 0, output


def test_serving_through_an_outage_answers_503_with_retry_after_then_recovers_by_itself(
    cluster: Cluster, article: Path, tmp_path: Path
):
    # The throwaway server trusts every local connection: the password is there to be kept out of the log.
    url = make_url(cluster.create_database("news")).set(password=PASSWORD).render_as_string(hide_password=False)
    assert _newsdesk("ingest", article, "--db", url)[0] == 0
    with served(url, log=tmp_path / "serve.log") as base:
        assert httpx.get(f"{base}/articles").status_code == 200
        cluster.stop("immediate")
        down = httpx.get(f"{base}/articles")
        assert_problem(down, 503)
        assert int(down.headers["retry-after"]) >= 1
        cluster.start()
        assert _status_within(f"{base}/articles", seconds=10) == 200
    log = (tmp_path / "serve.log").read_text()
    assert "database unavailable" in log  # the control: the outage was logged, with what the driver said
    assert PASSWORD not in log


def _status_within(url: str, *, seconds: float) -> int:
    """The status `url` answers, polled until it is 200 or `seconds` have passed."""
    deadline = time.monotonic() + seconds
    while (status := httpx.get(url).status_code) != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
    return status


# Big enough that a dozen batches commit before the last, small enough to parse in seconds.
ARTICLES = 40
BATCH_SIZE = "4"
TABLES = ("articles", "quotes", "entities", "mentions", "article_entities", "events", "event_entities")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(Corpus(seed=7), ARTICLES, out=folder / "corpus.jsonl", pages=None)
    return folder


def test_an_ingest_whose_server_was_killed_then_run_again_stores_exactly_its_input(cluster: Cluster, corpus: Path):
    clean, crashed = cluster.create_database("clean"), cluster.create_database("crashed")
    assert _ingested(corpus, clean).returncode == 0
    expected = _contents(clean)
    assert expected["articles"] == ARTICLES and all(expected.values()), expected

    ingest = _ingest_started(corpus, crashed)
    committed = _articles_once_committed(crashed, ingest)
    assert ingest.poll() is None, "the ingest ended before its server could be killed: give it a larger corpus"
    cluster.kill()
    output, _ = ingest.communicate(timeout=120)
    assert 0 < committed < ARTICLES, "the server was to die midway through the ingest"
    assert ingest.returncode == 3, output
    assert f"127.0.0.1:{cluster.port}" in output and "Traceback" not in output, output

    cluster.start()
    again = _ingested(corpus, crashed)
    assert again.returncode == 0, again.stdout
    assert _contents(crashed) == expected


def _ingest_started(corpus: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [NEWSDESK, "ingest", corpus, "--db", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "INGEST_BATCH_SIZE": BATCH_SIZE},
    )


def _ingested(corpus: Path, url: str) -> subprocess.CompletedProcess[str]:
    ingest = _ingest_started(corpus, url)
    output, _ = ingest.communicate(timeout=300)
    return subprocess.CompletedProcess(ingest.args, ingest.returncode, output)


def _articles_once_committed(url: str, ingest: subprocess.Popen[str]) -> int:
    """Wait for the ingest's first commit (the tables exist once it migrated): how many articles it holds."""
    deadline = time.monotonic() + 120
    while ingest.poll() is None and time.monotonic() < deadline:
        with psycopg.connect(url) as connection:
            exists = connection.execute("SELECT to_regclass('articles') IS NOT NULL").fetchone()
            if exists and exists[0]:
                counted = connection.execute("SELECT count(*) FROM articles").fetchone()
                if counted and counted[0]:
                    return int(counted[0])
        time.sleep(0.05)
    pytest.fail("the ingest committed nothing before it ended or two minutes passed")


def _contents(url: str) -> dict[str, int | list[tuple[str, str]]]:
    """How many rows each table holds, and which article (external id, content hash) is which."""
    with psycopg.connect(url) as connection:
        counts: dict[str, int | list[tuple[str, str]]] = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES
        }
        counts["ids"] = connection.execute("SELECT external_id, content_hash FROM articles ORDER BY 1").fetchall()
    return counts


@pytest.fixture
def failing_write(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable[[Connection], None]], None]:
    """Make the ingest's write of each article run `fail` on its connection instead (inside its savepoint)."""

    def install(fail: Callable[[Connection], None]) -> None:
        def write(connection: Connection, *, record: object) -> None:
            fail(connection)

        monkeypatch.setattr(pipeline, "write_article", write)

    return install


def _drop_own_connection(connection: Connection) -> None:
    # What the server's death does to the connection, at a moment of the test's choosing.
    connection.exec_driver_sql("SELECT pg_terminate_backend(pg_backend_pid())")


def test_a_connection_lost_while_an_article_is_written_ends_the_ingest_with_one_line_and_status_3(
    db_url: str, article: Path, failing_write: Callable[[Callable[[Connection], None]], None]
):
    failing_write(_drop_own_connection)
    status, output = _newsdesk("ingest", article, "--db", db_url)
    assert status == 3, output
    assert output.strip().splitlines() == [output.strip()], output
    assert make_url(db_url).host in output


def _unrelated_failure(connection: Connection) -> None:
    raise RuntimeError("not the database's doing")


def test_an_error_of_another_kind_while_an_article_is_written_is_not_called_a_server_failure(
    db_url: str, article: Path, failing_write: Callable[[Callable[[Connection], None]], None]
):
    # The control of the one above: the connection stays up, and the error is not the server's.
    failing_write(_unrelated_failure)
    result = CliRunner().invoke(cli, ["ingest", str(article), "--db", db_url])
    assert isinstance(result.exception, RuntimeError), result.output
    assert "failed" not in result.output
