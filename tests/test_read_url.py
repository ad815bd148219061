"""DATABASE_READ_URL: the API reads there (a replica), whatever DATABASE_URL (the primary) holds."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.settings import Settings
from tests.databases import Databases


@pytest.fixture
def holding_one(ingest, db_url: str) -> str:
    """The URL of a database holding one article."""
    assert ingest({"a.json": '{"id": "a", "text": "News."}'}).exit_code == 0
    return db_url


@pytest.fixture
def empty(databases: Databases, tmp_path: Path) -> Iterator[str]:
    """The URL of a database holding none."""
    folder = tmp_path / "empty"
    folder.mkdir()
    url = databases.new(folder)
    databases.migrated(url)
    yield url
    databases.release(url)


def _listed(settings: Settings) -> int:
    with TestClient(create_app(settings=settings)) as client:
        return int(client.get("/articles").json()["total"])


def test_the_api_reads_database_read_url_when_it_is_set(holding_one: str, empty: str):
    assert _listed(Settings(database_url=empty, database_read_url=holding_one)) == 1


def test_without_it_the_api_reads_database_url(holding_one: str, empty: str):
    assert _listed(Settings(database_url=empty)) == 0
    assert _listed(Settings(database_url=holding_one)) == 1
