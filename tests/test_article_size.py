"""One article's cost is bounded: a record with more text than MAX_ARTICLE_CHARS is refused, with the reason,
before any of its parsing (which grows with its text); its file's other records go in."""

import json

import pytest

from app.settings import get_settings

# 20 characters.
WORDS = "The ferry sails now."


@pytest.fixture
def limit_of_100(monkeypatch):
    monkeypatch.setenv("MAX_ARTICLE_CHARS", "100")
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


def feed(*records: dict) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def ids(client) -> set[str]:
    return {article["external_id"] for article in client.get("/articles").json()["items"]}


def test_an_article_of_max_article_chars_is_ingested(ingest, client, limit_of_100):
    # Its title and text, all that extraction reads, together.
    result = ingest({"feed.jsonl": feed({"id": "at", "title": WORDS, "text": WORDS * 4})})
    assert result.exit_code == 0, result.output
    assert ids(client) == {"at"}


def test_an_article_one_character_over_max_article_chars_is_refused_with_the_reason(
    ingest, inputs, client, limit_of_100
):
    result = ingest(
        {"feed.jsonl": feed({"id": "over", "title": WORDS + "!", "text": WORDS * 4}, {"id": "short", "text": WORDS})}
    )
    assert result.exit_code == 1
    where = inputs({}) / "feed.jsonl"
    reason = "article is 101 characters, over the limit of 100 (MAX_ARTICLE_CHARS)"
    assert result.stderr.splitlines() == [f"skipped {where}:1: {reason}"]
    assert result.stdout.strip() == "1 file: 1 new, 0 unchanged, 0 replaced, 1 skipped"
    assert ids(client) == {"short"}


def test_a_text_page_over_the_default_limit_is_refused_before_its_parsing(ingest, inputs, client):
    page = "A very long day\n\n" + WORDS * 10_000 + "\n"
    result = ingest({"long.txt": page, "short.txt": f"A short day\n\n{WORDS}\n"})
    assert result.exit_code == 1
    reason = "article is 200,015 characters, over the limit of 200,000 (MAX_ARTICLE_CHARS)"
    assert result.stderr.splitlines() == [f"skipped {inputs({}) / 'long.txt'}: {reason}"]
    assert ids(client) == {"short.txt"}
