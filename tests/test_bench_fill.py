"""The synthetic corpus and the bulk fill (bench/): what a filled database answers through the API."""

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.ingest.files import _from_structured
from app.ingest.structured import InputRecord
from app.store.articles import write_article
from app.store.db import make_engine, migrate_to_head
from app.store.extractions import replace_extraction
from bench import corpus, fill
from bench.corpus import Corpus, GeneratedArticle

ARTICLES = 40
SEED = 3


@pytest.fixture(scope="module")
def generated() -> list[GeneratedArticle]:
    return list(Corpus(SEED).articles(0, ARTICLES))


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("filled") / "bench.db"
    fill.main(["--articles", str(ARTICLES), "--seed", str(SEED), "--db", f"sqlite:///{path}", "--workers", "1"])
    return path


@pytest.fixture(scope="module")
def api(filled: Path) -> Iterator[TestClient]:
    with TestClient(create_app(database_url=f"sqlite:///{filled}")) as client:
        yield client


def get(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def entity_id(api: TestClient, name: str, type_: str) -> int:
    """The id of the one entity going by `name`."""
    found = get(api, "/entities", q=name, type=type_, limit=100)["items"]
    (item,) = [item for item in found if name in (item["name"], *item["aliases"])]
    return int(item["id"])


def usual_names(generated: list[GeneratedArticle]) -> dict[str, str]:
    """The world key of every entity of the corpus -> the name articles give it most often."""
    names: dict[str, Counter[str]] = {}
    for article in generated:
        for key, entity in zip(article.keys, article.extraction.entities, strict=True):
            names.setdefault(key, Counter())[entity.name] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in names.items()}


def test_the_same_seed_writes_the_same_files(tmp_path: Path) -> None:
    for name in ("a.jsonl", "b.jsonl"):
        corpus.main(["--articles", "30", "--seed", str(SEED), "--out", str(tmp_path / name)])
    corpus.main(["--articles", "30", "--seed", str(SEED + 1), "--out", str(tmp_path / "c.jsonl")])
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    assert (tmp_path / "a.jsonl").read_bytes() != (tmp_path / "c.jsonl").read_bytes()


def test_scraped_pages_hold_the_headline_byline_and_every_paragraph(
    tmp_path: Path, generated: list[GeneratedArticle]
) -> None:
    corpus.main(["--articles", "3", "--seed", str(SEED), "--txt", str(tmp_path)])
    for article in generated[:3]:
        lines = (tmp_path / f"{article.record['id']}.txt").read_text(encoding="utf-8").split("\n\n")
        assert {article.record["title"], f"By {article.record['author']}"} <= set(lines)
        assert set(article.record["text"].split("\n\n")) <= set(lines)


def test_an_article_is_the_same_whichever_articles_are_written_before_it() -> None:
    alone = Corpus(SEED).article(50)
    after_others = list(Corpus(SEED).articles(40, 51))[-1]
    assert alone == after_others


def test_every_place_the_corpus_records_points_at_its_words(generated: list[GeneratedArticle]) -> None:
    for article in generated:
        fields = {"body": article.record["text"], "title": article.record["title"], "source": article.record["source"]}
        for entity in article.extraction.entities:
            for mention in entity.mentions:
                place = mention.place
                assert fields[place.field][place.start : place.end] == mention.text
        for quote in article.extraction.quotes:
            place = quote.places[0]
            assert fields[place.field][place.start : place.end] == quote.text
        for event in article.extraction.events:
            assert fields["body"][event.place.start : event.place.end] == event.date_text
            assert fields["body"][event.sentence_place.start : event.sentence_place.end] == event.sentence


def test_filled_articles_are_served_as_the_corpus_wrote_them(
    api: TestClient, generated: list[GeneratedArticle]
) -> None:
    record = generated[17].record
    (summary,) = get(api, "/articles", external_id=record["id"])["items"]
    article = get(api, f"/articles/{summary['id']}")
    assert article["body"] == record["text"]
    assert {name: article[name] for name in ("title", "source", "author", "published", "url")} == {
        name: record[name] for name in ("title", "source", "author", "published", "url")
    }


def test_offsets_served_for_a_filled_article_point_into_its_body(api: TestClient) -> None:
    article = get(api, "/articles/12")
    fields = {"body": article["body"], "title": article["title"], "source": article["source"]}
    for quote in article["quotes"]:
        assert fields[quote["field"]][quote["start"] : quote["end"]] == quote["text"]
    for entity in article["entities"]:
        for mention in entity["mentions"]:
            assert fields[mention["field"]][mention["start"] : mention["end"]] == mention["text"]
    for event in article["events"]:
        assert article["body"][event["start"] : event["end"]] == event["date_text"]


def test_full_text_search_finds_every_article_with_the_word(api: TestClient, generated: list[GeneratedArticle]) -> None:
    word = re.compile(rf"\b{corpus.COMMON_TERM}\b", re.IGNORECASE)
    expected = {a.record["id"] for a in generated if word.search(a.record["title"] + "\n" + a.record["text"])}
    found = get(api, "/articles", q=corpus.COMMON_TERM, limit=100, count="true")
    assert found["total"] == len(expected) > 0


def test_a_search_by_date_lists_the_filled_matches_newest_first(
    api: TestClient, generated: list[GeneratedArticle]
) -> None:
    word = re.compile(rf"\b{corpus.COMMON_TERM}\b", re.IGNORECASE)
    matching = [a.record for a in generated if word.search(a.record["title"] + "\n" + a.record["text"])]
    newest = sorted(matching, key=lambda record: record["published"], reverse=True)[:5]
    found = get(api, "/articles", q=corpus.COMMON_TERM, sort="-published", limit=5)
    assert [item["published"] for item in found["items"]] == [record["published"] for record in newest]


def test_quotes_of_a_speaker_are_the_ones_the_corpus_gave_them(
    api: TestClient, generated: list[GeneratedArticle]
) -> None:
    spoken = Counter(
        article.keys[speaker] for article in generated for speaker in article.extraction.speakers if speaker is not None
    )
    key, count = spoken.most_common(1)[0]
    name = usual_names(generated)[key]
    speaker = entity_id(api, name, "PERSON")
    assert get(api, "/quotes", speaker=speaker)["total"] == count
    assert get(api, "/quotes", speaker_name=name)["total"] == count


def test_entity_page_counts_the_articles_and_mentions_of_the_corpus(
    api: TestClient, generated: list[GeneratedArticle]
) -> None:
    mentions: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for article in generated:
        for key, entity in zip(article.keys, article.extraction.entities, strict=True):
            mentions[key] += len(entity.mentions)
            articles[key] += 1
    names = usual_names(generated)
    key = next(key for key, _ in articles.most_common() if key.startswith("person:"))
    page = get(api, f"/entities/{entity_id(api, names[key], 'PERSON')}")
    assert (page["article_count"], page["mention_count"]) == (articles[key], mentions[key])
    assert names[key].split()[-1] in page["aliases"]


def test_timeline_of_an_entity_holds_the_dated_sentences_naming_it(
    api: TestClient, generated: list[GeneratedArticle]
) -> None:
    place = generated[0].extraction.entities[1]
    assert place.type == "GPE"
    dated = sum(
        1
        for article in generated
        for event in article.extraction.events
        if any(
            article.keys[index] == generated[0].keys[1]
            and any(event.sentence_place.start <= m.place.start < event.sentence_place.end for m in entity.mentions)
            for index, entity in enumerate(article.extraction.entities)
        )
    )
    timeline = get(api, "/timeline", entity=entity_id(api, place.name, "GPE"), limit=100)
    assert timeline["total"] == dated


def test_filled_database_passes_the_integrity_checks(filled: Path) -> None:
    connection = sqlite3.connect(filled)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    for index in ("articles_fts", "quotes_fts", "recent_articles_fts", "latest_articles_fts", "dated_articles_fts"):
        connection.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_filled_database_holds_the_newest_articles_in_each_of_their_indexes(filled: Path) -> None:
    connection = sqlite3.connect(filled)
    for window in ("recent", "latest"):
        size = connection.execute(f"SELECT articles FROM {window}_window").fetchone()[0]
        newest = connection.execute("SELECT id FROM articles ORDER BY id DESC LIMIT ?", (size,)).fetchall()
        assert connection.execute(f"SELECT id FROM {window}_articles ORDER BY id DESC").fetchall() == newest
        held = f"SELECT rowid FROM {window}_articles_fts ORDER BY rowid DESC"
        assert connection.execute(held).fetchall() == newest


def test_filled_database_keeps_the_schema_of_the_migrations(filled: Path, tmp_path: Path) -> None:
    migrate_to_head(make_engine(f"sqlite:///{tmp_path / 'fresh.db'}"))
    schema = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name"
    fresh = sqlite3.connect(tmp_path / "fresh.db").execute(schema).fetchall()
    assert sqlite3.connect(filled).execute(schema).fetchall() == fresh


def test_filled_database_answers_as_one_stored_article_by_article(
    api: TestClient, filled: Path, generated: list[GeneratedArticle], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'stored.db'}"
    engine = make_engine(url)
    migrate_to_head(engine)
    with engine.begin() as connection:
        for article in generated:
            record = _from_structured(InputRecord.model_validate(article.record))
            _, article_id = write_article(connection, record=record)
            replace_extraction(connection, article_id=article_id, extraction=article.extraction)
    with TestClient(create_app(database_url=url)) as stored:
        for path in ("/entities", "/quotes", "/timeline", "/articles"):
            assert get(api, path, limit=100) == get(stored, path, limit=100), path
        for entity in (1, 2, 50):
            assert get(api, f"/entities/{entity}") == get(stored, f"/entities/{entity}")
        assert get(api, "/articles/7") | {"ingested_at": ""} == get(stored, "/articles/7") | {"ingested_at": ""}
    pairs = "SELECT entity_id, other_id, articles FROM co_occurrences ORDER BY entity_id, other_id"
    assert (
        sqlite3.connect(filled).execute(pairs).fetchall()
        == sqlite3.connect(tmp_path / "stored.db").execute(pairs).fetchall()
    )
