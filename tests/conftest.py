"""Fixtures: a fresh SQLite database per test, the CLI entry point, and an httpx client on the app."""

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
from typer.testing import CliRunner, Result

from app.api.main import create_app
from app.cli import cli
from app.settings import get_settings
from app.store.db import make_engine, migrate_to_head

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@contextmanager
def served(db_url: str, *options: str, log: Path | None = None) -> Iterator[str]:
    """`newsdesk serve` on the database in a subprocess on a free port (its output into `log`):
    its base URL, once it answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "app", "serve", "--port", str(port), "--db", db_url, *options]
    output = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        if log:
            output.close()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'newsdesk.db'}"


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


@pytest.fixture
def impatient(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Settings under which SQLite gives up on a lock at once."""
    monkeypatch.setenv("SQLITE_BUSY_TIMEOUT_MS", "0")
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    engine = make_engine(db_url)
    migrate_to_head(engine)
    engine.dispose()
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
def seeds_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The API over a database holding the seed articles, ingested once for the whole session."""
    url = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'seeds.db'}"
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", url])
    assert result.exit_code == 0, result.output
    with TestClient(create_app(database_url=url)) as client:
        yield client
