"""One article's cost is bounded: a record with more text than MAX_ARTICLE_CHARS is refused, with the reason,
before any of its parsing (which grows with its text); its file's other records go in."""

import json

import pytest

from app.ingest import files
from app.ingest.files import Given, Skipped, read_records

# 20 characters.
WORDS = "The ferry sails now."


@pytest.fixture
def limit_of_100(monkeypatch):
    monkeypatch.setenv("MAX_ARTICLE_CHARS", "100")


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
    # The page's whole text counts, as it is read: the limit is checked before the page is cleaned.
    reason = "article is 200,018 characters, over the limit of 200,000 (MAX_ARTICLE_CHARS)"
    assert result.stderr.splitlines() == [f"skipped {inputs({}) / 'long.txt'}: {reason}"]
    assert ids(client) == {"short.txt"}


def read_page(tmp_path, text: str, *, max_article_chars: int) -> list[Given | Skipped]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return list(read_records(page, max_bytes=1_000_000, max_article_chars=max_article_chars))


def test_a_page_at_the_limit_is_cleaned_and_given(tmp_path):
    page = f"A short day\n\n{WORDS}\n"
    [given] = read_page(tmp_path, page, max_article_chars=len(page))
    assert isinstance(given, Given)
    assert given.record.body == WORDS


def test_a_page_over_the_limit_is_refused_before_it_is_cleaned(tmp_path, monkeypatch):
    def no_cleaning(text: str):
        raise AssertionError("a page over the limit was cleaned")

    monkeypatch.setattr(files, "clean_page", no_cleaning)
    page = f"A short day\n\n{WORDS}\n"
    [skipped] = read_page(tmp_path, page, max_article_chars=len(page) - 1)
    reason = f"article is {len(page)} characters, over the limit of {len(page) - 1} (MAX_ARTICLE_CHARS)"
    assert skipped == Skipped(str(tmp_path / "page.txt"), reason)
