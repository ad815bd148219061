"""`newsdesk serve`: the database it is given, in one process or several."""

import gc
import json

import httpx
import pytest

from app.api.main import create_app, create_served_app
from app.settings import get_settings
from tests.conftest import served


@pytest.mark.parametrize("options", [(), ("--workers", "2")])
def test_serve_answers_from_the_database_it_is_given(ingest, db_url, options):
    ingest({"a.jsonl": json.dumps({"id": "only", "text": "The one article."})})
    with served(db_url, *options) as base:
        for _ in range(4):  # several requests, so that with two workers both answer
            items = httpx.get(f"{base}/articles").json()["items"]
            assert [item["external_id"] for item in items] == ["only"]


@pytest.mark.parametrize(("setting", "logged"), [("true", True), ("false", False)])
def test_the_access_log_is_a_setting(db_url, tmp_path, monkeypatch, setting, logged):
    monkeypatch.setenv("ACCESS_LOG", setting)
    log = tmp_path / "serve.log"
    with served(db_url, log=log) as base:
        httpx.get(f"{base}/articles?limit=3")
    assert ("GET /articles?limit=3" in log.read_text()) is logged


def walked_by_full_collections(thing: object) -> bool:
    """Whether the garbage collector's full passes examine `thing` (gc.get_objects lists what they walk)."""
    return any(tracked is thing for tracked in gc.get_objects())


def test_a_served_process_keeps_what_startup_built_out_of_full_garbage_collections(db_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", db_url)
    get_settings.cache_clear()
    try:
        built = create_app()
        assert walked_by_full_collections(built)  # the control: an app as such is walked like anything else
        served_app = create_served_app()
        assert not walked_by_full_collections(served_app)
        assert not walked_by_full_collections(served_app.router.routes)
    finally:
        gc.unfreeze()
        get_settings.cache_clear()


def test_a_server_that_exits_before_answering_fails_the_test_that_serves_it(db_url):
    never_answers = served(db_url, "--no-such-option")
    with pytest.raises(pytest.fail.Exception, match=r"exited with status 2 before answering"), never_answers:
        pass  # never reached: the server never answers
