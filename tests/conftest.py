"""Fixtures: a fresh database per test (SQLite, or PostgreSQL under `--engine=postgresql`), the CLI entry point,
and an httpx client on the app."""

import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from fastapi.testclient import TestClient
from spacy.language import Language
from typer.testing import CliRunner, Result

from app.api.main import create_app
from app.cli import cli
from app.extract.nlp import load_model
from app.settings import Settings
from tests.databases import Databases, PostgresDatabases, SqliteDatabases
from tests.postgres import DEFAULT_URL, TestServer, server_url, shown, unanswered

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The configured pipeline, for the tests that parse sentences (a module may keep its own)."""
    return load_model(Settings().spacy_model)


def free_port() -> int:
    """A local TCP port nobody listens on (the system's pick)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def served(db_url: str, *options: str, log: Path | None = None) -> Iterator[str]:
    """`newsdesk serve` on the database in a subprocess on a free port (its output into `log`):
    its base URL, once it answers."""
    port = free_port()
    command = [sys.executable, "-m", "app", "serve", "--port", str(port), "--db", db_url, *options]
    output = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        if log:
            output.close()


# How long a served process may take to answer /health: its start imports the app and opens the
# database, a few seconds on a loaded 2-core machine; 60 s is far beyond that and still ends a hung test.
SERVE_START_SECONDS = 60


def wait_for_health(base: str, process: subprocess.Popen[bytes]) -> None:
    """Return once `base` answers /health with 200; fail the test if the process ends or never does."""
    deadline = time.monotonic() + SERVE_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"`newsdesk serve` exited with status {process.returncode} before answering {base}/health")
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    pytest.fail(f"`newsdesk serve` did not answer {base}/health with 200 within {SERVE_START_SECONDS} s")


ENGINES = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        choices=ENGINES,
        default="sqlite",
        help="the database the tests run on: SQLite files, or databases on the PostgreSQL server at "
        f"TEST_POSTGRES_URL (default {DEFAULT_URL})",
    )


def pytest_configure(config: pytest.Config) -> None:
    # One clear line rather than an error in every test, when the server to run on is not there.
    if config.getoption("engine") == "postgresql" and (reason := unanswered(url := server_url())):
        raise pytest.UsageError(f"--engine=postgresql: PostgreSQL at {shown(url)} does not answer: {reason}")


def pytest_report_header(config: pytest.Config) -> str:
    engine = config.getoption("engine")
    return f"engine: {engine}" + (f" at {shown(server_url())}" if engine == "postgresql" else "")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the tests about the other engine (marked sqlite_only or postgresql_only), saying so."""
    engine = config.getoption("engine")
    for item in items:
        for other in ENGINES:
            if other != engine and item.get_closest_marker(f"{other}_only"):
                item.add_marker(pytest.mark.skip(reason=f"about {other}: runs under --engine={other}"))


PG_SERVER = pytest.StashKey[TestServer]()


@pytest.fixture(scope="session")
def databases(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    """Where the session's databases are made: SQLite files, or databases on the PostgreSQL server."""
    if request.config.getoption("engine") == "sqlite":
        yield SqliteDatabases(tmp_path_factory.mktemp("template"))
        return
    server = request.config.stash[PG_SERVER] = TestServer(server_url())
    try:
        yield PostgresDatabases(server)
    finally:
        server.drop_all()


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """On PostgreSQL, what a test's database costs to make (a copy of a template, the cost of most tests)."""
    if (server := config.stash.get(PG_SERVER, None)) and (seconds := sorted(server.creation_seconds)):
        terminalreporter.write_line(
            f"PostgreSQL at {shown(server.url)}: {len(seconds)} databases made, "
            f"median {seconds[len(seconds) // 2] * 1000:.0f} ms, slowest {seconds[-1] * 1000:.0f} ms"
        )


@pytest.fixture
def db_url(databases: Databases, tmp_path: Path) -> Iterator[str]:
    """The test's own database, on the engine the session runs on."""
    url = databases.new(tmp_path)
    yield url
    databases.release(url)


@pytest.fixture
def inputs(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write {relative name: text or bytes} into a fresh input folder and give its path."""
    folder = tmp_path / "in"

    def write(files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return write


@pytest.fixture
def newsdesk(db_url: str) -> Callable[..., Result]:
    """Run the `newsdesk` CLI against the test's database: newsdesk("ingest", path)."""
    runner = CliRunner()

    def run(*args: str | Path) -> Result:
        return runner.invoke(cli, [*map(str, args), "--db", db_url])

    return run


@pytest.fixture
def ingest(newsdesk: Callable[..., Result], inputs: Callable[[dict[str, str | bytes]], Path]) -> Callable[..., Result]:
    """Ingest {file name: content} through the CLI: ingest({"a.txt": "..."})."""

    def run(files: dict[str, str | bytes]) -> Result:
        return newsdesk("ingest", inputs(files))

    return run


@pytest.fixture(scope="session")
def ingested_templates() -> dict[str, str]:
    """The URL of the database `newsdesk ingest` made of each input seeded this session, by its input."""
    return {}


@pytest.fixture
def impatient(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings under which SQLite gives up on a lock at once."""
    monkeypatch.setenv("SQLITE_BUSY_TIMEOUT_MS", "0")


@pytest.fixture
def seed(
    db_url: str, databases: Databases, tmp_path_factory: pytest.TempPathFactory, ingested_templates: dict[str, str]
) -> Callable[[dict[str, str | bytes]], None]:
    """Give the test's database what `newsdesk ingest` makes of {file name: content}: seed({"a.jsonl": ...}).

    Each distinct input is ingested once a session and its database copied to each test that seeds it:
    a copy in place of the parse, the extraction and the writes. The copy is the test's own.
    """

    def run(files: dict[str, str | bytes]) -> None:
        assert not databases.opened(db_url), "seed the database before anything (the client) opens it"
        key = repr(sorted(files.items()))
        if key not in ingested_templates:
            root = tmp_path_factory.mktemp("seed")
            folder = root / "in"
            for name, content in files.items():
                path = folder / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content if isinstance(content, bytes) else content.encode())
            template = databases.new(root)
            result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", template])
            assert result.exit_code == 0, result.output
            ingested_templates[key] = template
        databases.copy(ingested_templates[key], db_url)

    return run


@pytest.fixture
def client(db_url: str, databases: Databases) -> Iterator[TestClient]:
    """The API on the test's database, which is brought to the newest schema first."""
    databases.migrated(db_url)
    with TestClient(create_app(database_url=db_url)) as test_client:
        yield test_client


def article_by_external_id(client: TestClient, external_id: str) -> dict[str, Any]:
    """The full article ingested under `external_id` (via the list filter, then GET /articles/{id})."""
    found = client.get("/articles", params={"external_id": external_id}).json()["items"]
    assert len(found) == 1, f"expected one article {external_id!r}, found {len(found)}"
    return client.get(f"/articles/{found[0]['id']}").json()


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    """The one error shape: RFC 9457 problem details with the given status."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert {"type", "title", "status", "detail"} <= body.keys()
    assert body["status"] == status and body["detail"]
    return body


@pytest.fixture
def extracted(ingest: Callable[..., Result], client: TestClient) -> Callable[..., list[dict[str, Any]]]:
    """Ingest one record and list what an endpoint finds in it: extracted("quotes", text, published="2017-05-20")."""

    def run(endpoint: str, text: str, **fields: str) -> list[dict[str, Any]]:
        result = ingest({"article.json": orjson.dumps({"id": "article", "text": text, **fields}).decode()})
        assert result.exit_code == 0, result.output
        article = article_by_external_id(client, "article")
        response = client.get(f"/{endpoint}", params={"article_id": article["id"], "limit": 100})
        assert response.status_code == 200, response.text
        return list(response.json()["items"])

    return run


@pytest.fixture(scope="session")
def seeds_db(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The URL of a database holding the seed articles, ingested once for the whole session (read only)."""
    url = databases.new(tmp_path_factory.mktemp("seeds"))
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", url])
    assert result.exit_code == 0, result.output
    return url


@pytest.fixture(scope="session")
def seeds_api(seeds_db: str) -> Iterator[TestClient]:
    """The API over the database holding the seed articles."""
    with TestClient(create_app(database_url=seeds_db)) as client:
        yield client
