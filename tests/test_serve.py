"""`newsdesk serve`: the database it is given, in one process or several."""

import gc
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from app.api.main import create_app, create_served_app
from app.cli import cli
from tests.conftest import free_port, served, wait_for_health
from tests.databases import Databases

ONLY = json.dumps({"id": "only", "text": "The one article."})


@dataclass(frozen=True)
class Server:
    base: str
    log: Path


@contextmanager
def serving_one_article(db_url: str, root: Path, *options: str, access_log: str) -> Iterator[Server]:
    """`newsdesk serve` (with `options` and ACCESS_LOG=`access_log`) on the database, given one article."""
    (root / "a.jsonl").write_text(ONLY, encoding="utf-8")
    assert CliRunner().invoke(cli, ["ingest", str(root / "a.jsonl"), "--db", db_url]).exit_code == 0
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ACCESS_LOG", access_log)
        with served(db_url, *options, log=root / "serve.log") as base:
            yield Server(base, root / "serve.log")


@pytest.fixture(scope="module")
def quiet_server(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server process without an access log, shared by the tests that need nothing else of it (each
    start of `newsdesk serve` imports the whole app, seconds of a test's time)."""
    root = tmp_path_factory.mktemp("quiet")
    with serving_one_article(databases.new(root), root, access_log="false") as server:
        yield server


def assert_serves_the_one_article(base: str) -> None:
    for _ in range(4):  # several requests, so that with two workers both answer
        items = httpx.get(f"{base}/articles").json()["items"]
        assert [item["external_id"] for item in items] == ["only"]


def test_serve_answers_from_the_database_it_is_given(quiet_server):
    assert_serves_the_one_article(quiet_server.base)


def test_serve_with_two_workers_answers_from_the_database_it_is_given(db_url, tmp_path):
    with serving_one_article(db_url, tmp_path, "--workers", "2", access_log="false") as server:
        assert_serves_the_one_article(server.base)


def test_the_access_log_is_off_when_the_setting_says_so(quiet_server):
    httpx.get(f"{quiet_server.base}/articles?limit=3")
    logged = quiet_server.log.read_text()
    assert "Started server process" in logged  # the control: the log is the server's, and it writes it
    assert "GET /articles?limit=3" not in logged


def test_the_access_log_is_on_when_the_setting_says_so(db_url, tmp_path):
    with serving_one_article(db_url, tmp_path, access_log="true") as server:
        httpx.get(f"{server.base}/articles?limit=3")
    assert "GET /articles?limit=3" in server.log.read_text()


def walked_by_full_collections(thing: object) -> bool:
    """Whether the garbage collector's full passes examine `thing` (gc.get_objects lists what they walk)."""
    return any(tracked is thing for tracked in gc.get_objects())


def test_a_served_process_keeps_what_startup_built_out_of_full_garbage_collections(db_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", db_url)
    try:
        built = create_app()
        assert walked_by_full_collections(built)  # the control: an app as such is walked like anything else
        served_app = create_served_app()
        assert not walked_by_full_collections(served_app)
        assert not walked_by_full_collections(served_app.router.routes)
    finally:
        gc.unfreeze()


def test_a_server_that_exits_before_answering_fails_the_test_that_serves_it():
    # A process that ends at once, and a port nobody listens on: the wait for /health ends with the process.
    ended = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    with pytest.raises(pytest.fail.Exception, match=r"exited with status 3 before answering"):
        wait_for_health(f"http://127.0.0.1:{free_port()}", ended)
