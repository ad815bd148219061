"""How the API answers when the database, not the request, is at fault."""

import sqlite3

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.settings import Settings
from app.store.db import make_engine
from tests.conftest import assert_problem


@pytest.mark.sqlite_only
def test_a_locked_database_answers_503_with_retry_after(ingest, db_url, tmp_path):
    ingest({"a.json": '{"id": "a", "text": "News."}'})
    blocker = sqlite3.connect(tmp_path / "newsdesk.db")
    blocker.execute("PRAGMA locking_mode=EXCLUSIVE")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        # SQLite gives up on the lock at once.
        with TestClient(create_app(database_url=db_url, settings=Settings(sqlite_busy_timeout_ms=0))) as client:
            response = client.get("/articles")
    finally:
        blocker.rollback()
        blocker.close()
    assert_problem(response, 503)
    assert response.headers["retry-after"] == "1"


def test_a_broken_schema_is_the_servers_fault_not_the_querys(ingest, db_url):
    ingest({"a.json": '{"id": "a", "text": "News."}'})
    engine = make_engine(db_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE articles_fts")  # the full-text index (FTS5) or documents (tsvector)
    engine.dispose()
    with TestClient(create_app(database_url=db_url), raise_server_exceptions=False) as client:
        assert_problem(client.get("/articles", params={"q": "news"}), 500)
