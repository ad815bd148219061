"""The synthetic corpus and the bulk fill (bench/): what a filled database answers through the API."""

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import make_url

from app.api.main import create_app
from app.extract.found import Entity, Event, Extraction, Mention, Place, Quote
from app.ingest.files import record_from_structured
from app.ingest.structured import InputRecord
from app.store.articles import ArticleRecord, write_article
from app.store.bulk import BulkLoad, prepare
from app.store.db import make_engine, migrate_to_head
from app.store.extractions import replace_extraction
from bench import corpus, fill
from bench.corpus import Corpus, GeneratedArticle
from tests.databases import Databases

ARTICLES = 40
SEED = 3


@pytest.fixture(scope="module")
def generated() -> list[GeneratedArticle]:
    return list(Corpus(SEED).articles(0, ARTICLES))


@pytest.fixture(scope="module")
def filled(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = databases.new(tmp_path_factory.mktemp("filled"))
    fill.main(["--articles", str(ARTICLES), "--seed", str(SEED), "--db", url, "--workers", "1"])
    return url


@pytest.fixture(scope="module")
def stored(databases: Databases, tmp_path_factory: pytest.TempPathFactory, generated: list[GeneratedArticle]) -> str:
    """The same articles stored as the ingest stores them, one by one."""
    url = databases.new(tmp_path_factory.mktemp("stored"))
    store_one_by_one(url, [(as_ingested(article.record), article.extraction) for article in generated])
    return url


@pytest.fixture(scope="module")
def api(filled: str) -> Iterator[TestClient]:
    with TestClient(create_app(database_url=filled)) as client:
        yield client


def as_ingested(record: dict[str, Any]) -> ArticleRecord:
    """The record as ingest reads a JSON record (hash, authors, dates normalised)."""
    return record_from_structured(InputRecord.model_validate(record))


def store_one_by_one(url: str, articles: list[tuple[ArticleRecord, Extraction]]) -> None:
    engine = make_engine(url)
    migrate_to_head(engine)
    with engine.begin() as connection:
        for record, extraction in articles:
            _, article_id = write_article(connection, record=record)
            replace_extraction(connection, article_id=article_id, extraction=extraction)
    engine.dispose()


def load_in_bulk(url: str, articles: list[tuple[ArticleRecord, Extraction, list[str]]]) -> None:
    engine = make_engine(url)
    migrate_to_head(engine)
    with engine.connect() as connection:
        connection.commit()
        load = BulkLoad(connection)
        for record, extraction, keys in articles:
            load.add(prepare(record, extraction, keys, engine=engine.dialect.name))
        load.finish()
    engine.dispose()


def rows_of_every_table(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the full-text indexes' own (their words' counts kept) and the planner's
    statistics, the time of ingest aside, in a set order (that of rows without ids is not seen)."""
    engine = make_engine(url)
    names = [name for name in inspect(engine).get_table_names() if not name.startswith("sqlite")]
    return {name: sorted_rows(engine, name) for name in names if "fts" not in name or name.endswith("_terms")}


def sorted_rows(engine: Engine, table: str, *, columns: str | None = None) -> list[tuple[Any, ...]]:
    """The rows of the table, of `columns` (all but the time of ingest by default), in a set order."""
    if columns is None:
        columns = ", ".join(
            f'"{column["name"]}"' for column in inspect(engine).get_columns(table) if column["name"] != "ingested_at"
        )
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(f'SELECT {columns} FROM "{table}"').all()
    return sorted((tuple(row) for row in rows), key=repr)


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
    assert len(list(tmp_path.glob("*.txt"))) == 3
    for article in generated[:3]:
        lines = (tmp_path / f"{article.record['id']}.txt").read_text(encoding="utf-8").split("\n\n")
        assert {article.record["title"], f"By {article.record['author']}"} <= set(lines)
        assert set(article.record["text"].split("\n\n")) <= set(lines)


def test_an_article_is_the_same_whichever_articles_are_written_before_it() -> None:
    alone = Corpus(SEED).article(50)
    after_others = list(Corpus(SEED).articles(40, 51))[-1]
    assert alone == after_others


def test_every_place_the_corpus_records_points_at_its_words(generated: list[GeneratedArticle]) -> None:
    checked: Counter[str] = Counter()
    for article in generated:
        fields = {"body": article.record["text"], "title": article.record["title"], "source": article.record["source"]}
        for entity in article.extraction.entities:
            for mention in entity.mentions:
                place = mention.place
                assert fields[place.field][place.start : place.end] == mention.text
                checked["mentions"] += 1
        for quote in article.extraction.quotes:
            place = quote.places[0]
            assert fields[place.field][place.start : place.end] == quote.text
            checked["quotes"] += 1
        for event in article.extraction.events:
            assert fields["body"][event.place.start : event.place.end] == event.date_text
            assert fields["body"][event.sentence_place.start : event.sentence_place.end] == event.sentence
            checked["events"] += 1
    # Every kind of place, in most articles.
    assert min(checked[kind] for kind in ("mentions", "quotes", "events")) > len(generated) / 2, checked


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
    assert article["quotes"] and article["entities"] and article["events"]
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
    assert len(newest) == 5
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
    dated: Counter[str] = Counter()
    types: dict[str, str] = {}
    for article in generated:
        for event in article.extraction.events:
            sentence = event.sentence_place
            dated.update(
                {
                    key
                    for key, entity in zip(article.keys, article.extraction.entities, strict=True)
                    if any(sentence.start <= m.place.start < sentence.end for m in entity.mentions)
                }
            )
        types.update(zip(article.keys, (entity.type for entity in article.extraction.entities), strict=True))
    key, count = dated.most_common(1)[0]
    timeline = get(api, "/timeline", entity=entity_id(api, usual_names(generated)[key], types[key]), limit=100)
    assert timeline["total"] == count > 1


def sqlite_file(url: str) -> Path:
    return Path(str(make_url(url).database))


@pytest.mark.sqlite_only
def test_filled_database_passes_the_integrity_checks(filled: str) -> None:
    connection = sqlite3.connect(sqlite_file(filled))
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    for index in ("articles_fts", "quotes_fts", "recent_articles_fts", "latest_articles_fts", "dated_articles_fts"):
        connection.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


@pytest.mark.sqlite_only
def test_filled_database_holds_the_newest_articles_in_each_of_their_indexes(filled: str) -> None:
    connection = sqlite3.connect(sqlite_file(filled))
    for window in ("recent", "latest"):
        size = connection.execute(f"SELECT articles FROM {window}_window").fetchone()[0]
        newest = connection.execute("SELECT id FROM articles ORDER BY id DESC LIMIT ?", (size,)).fetchall()
        assert len(newest) == min(size, ARTICLES)
        assert connection.execute(f"SELECT id FROM {window}_articles ORDER BY id DESC").fetchall() == newest
        held = f"SELECT rowid FROM {window}_articles_fts ORDER BY rowid DESC"
        assert connection.execute(held).fetchall() == newest


@pytest.mark.sqlite_only
def test_filled_database_keeps_the_schema_of_the_migrations(filled: str, tmp_path: Path) -> None:
    migrate_to_head(make_engine(f"sqlite:///{tmp_path / 'fresh.db'}"))
    schema = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name"
    fresh = sqlite3.connect(tmp_path / "fresh.db").execute(schema).fetchall()
    assert sqlite3.connect(sqlite_file(filled)).execute(schema).fetchall() == fresh


# What PostgreSQL's catalogue says the schema is, beyond the tables' columns: every index, every constraint
# (checked against every row, or not), every trigger (enabled, or not).
_CATALOGUE = """SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
    UNION ALL SELECT format('%s %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid), convalidated)
        FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
    UNION ALL SELECT format('%s %s', pg_get_triggerdef(oid), tgenabled) FROM pg_trigger WHERE NOT tgisinternal
    ORDER BY 1"""


def catalogue(url: str) -> list[str]:
    with make_engine(url).connect() as connection:
        return list(connection.execute(text(_CATALOGUE)).scalars())


@pytest.mark.postgresql_only
def test_filled_database_keeps_the_indexes_constraints_and_triggers_of_the_migrations(
    filled: str, databases: Databases, tmp_path: Path
) -> None:
    fresh = catalogue(databases.new(tmp_path))
    assert len([line for line in fresh if "FOREIGN KEY" in line]) > 10
    assert any("EXECUTE FUNCTION co_occurrences_count()" in line for line in fresh)
    assert catalogue(filled) == fresh


def documents(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """PostgreSQL's full-text documents of articles (with their dates) and quotes, as text."""
    engine = make_engine(url)
    return {
        "articles_fts": sorted_rows(engine, "articles_fts", columns="rowid, document::text, published"),
        "quotes_fts": sorted_rows(engine, "quotes_fts", columns="rowid, document::text"),
    }


@pytest.mark.postgresql_only
def test_filled_database_holds_the_documents_an_ingest_stores(filled: str, stored: str) -> None:
    stored_documents = documents(stored)
    assert all(stored_documents.values())
    assert any(published for _, _, published in stored_documents["articles_fts"])
    assert documents(filled) == stored_documents


def test_filled_database_holds_the_rows_an_ingest_stores(filled: str, stored: str) -> None:
    filled_rows, stored_rows = rows_of_every_table(filled), rows_of_every_table(stored)
    assert filled_rows.keys() == stored_rows.keys()
    for table, rows in stored_rows.items():
        assert rows, table
        assert filled_rows[table] == rows, table


def test_filled_database_answers_as_one_stored_article_by_article(api: TestClient, stored: str) -> None:
    with TestClient(create_app(database_url=stored)) as one_by_one:
        for path in ("/entities", "/quotes", "/timeline", "/articles"):
            page = get(one_by_one, path, limit=100)
            assert page["items"], path
            assert get(api, path, limit=100) == page, path
        for entity in (1, 2, 50):
            assert get(api, f"/entities/{entity}") == get(one_by_one, f"/entities/{entity}")
        assert get(api, "/articles/7") | {"ingested_at": ""} == get(one_by_one, "/articles/7") | {"ingested_at": ""}


# Invented articles, for what the corpus never writes: a name the article says is not real, two of its
# entities that are one ("Varnow" after "Ilsa Varnow"), a quote repeated within an article and across two.
_HARBOUR = "We will open the harbour to every boat"
_FIRST = (
    f'Brackenford officials said on 3 March 2024 that Ilsa Varnow would run the port. "{_HARBOUR}," Varnow said. '
    "Varnow, who posts as Gullwing, declined to comment."
)
_SECOND = f'"{_HARBOUR}," Ilsa Varnow said again in Brackenford. "{_HARBOUR}," Gullwing wrote.'


def _place(body: str, words: str, occurrence: int = 0) -> Place:
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(words, start + 1)
    return Place("body", start, start + len(words))


def _mentions(body: str, words: str, type_: str, *, pseudonym: bool = False) -> list[Mention]:
    return [
        Mention(_place(body, words, number), words, type_, pseudonym=pseudonym) for number in range(body.count(words))
    ]


def _invented() -> list[tuple[ArticleRecord, Extraction, list[str]]]:
    person = ["person:ilsa varnow", "person:ilsa varnow", "place:brackenford", "person:gullwing"]
    first = Extraction(
        entities=[
            Entity("Ilsa Varnow", "PERSON", _mentions(_FIRST, "Ilsa Varnow", "PERSON")),
            Entity("Varnow", "PERSON", [Mention(_place(_FIRST, "Varnow", n), "Varnow", "PERSON") for n in (1, 2)]),
            Entity("Brackenford", "GPE", _mentions(_FIRST, "Brackenford", "GPE")),
            Entity("Gullwing", "PERSON", _mentions(_FIRST, "Gullwing", "PERSON", pseudonym=True), pseudonym=True),
        ],
        quotes=[Quote((_place(_FIRST, _HARBOUR),), _HARBOUR, "direct", "said", "Varnow")],
        speakers=[1],
        events=[
            Event(
                _place(_FIRST, "3 March 2024"),
                "3 March 2024",
                "2024-03-03",
                "day",
                "text",
                _FIRST[: _FIRST.index(". ") + 1],
                Place("body", 0, _FIRST.index(". ") + 1),
            )
        ],
    )
    second = Extraction(
        entities=[
            Entity("Ilsa Varnow", "PERSON", _mentions(_SECOND, "Ilsa Varnow", "PERSON")),
            Entity("Brackenford", "GPE", _mentions(_SECOND, "Brackenford", "GPE")),
            Entity("Gullwing", "PERSON", _mentions(_SECOND, "Gullwing", "PERSON")),
        ],
        quotes=[
            Quote((_place(_SECOND, _HARBOUR, n),), _HARBOUR, "direct", cue, speaker)
            for n, cue, speaker in ((0, "said", "Ilsa Varnow"), (1, "wrote", "Gullwing"))
        ],
        speakers=[0, 2],
    )
    records = [
        ArticleRecord(external_id=name, content_hash=name, body=body, title=name, published=published)
        for name, body, published in (("first", _FIRST, "2024-03-04"), ("second", _SECOND, "2024-03-05"))
    ]
    keys = [person, [person[0], person[2], person[3]]]
    return list(zip(records, (first, second), keys, strict=True))


def test_a_bulk_load_stores_the_rows_an_ingest_stores(databases: Databases, tmp_path: Path) -> None:
    articles = _invented()
    stored_url, loaded_url = (databases.new(_folder(tmp_path, name)) for name in ("stored", "loaded"))
    store_one_by_one(stored_url, [(record, extraction) for record, extraction, _ in articles])
    load_in_bulk(loaded_url, articles)
    stored = rows_of_every_table(stored_url)
    assert len(stored["entities"]) == 3
    assert len({cluster for *_, cluster in stored["quotes"]}) == 1
    assert stored["event_entities"] and any(pseudonym for *_, pseudonym in stored["mentions"])
    assert rows_of_every_table(loaded_url) == stored


def test_an_ingest_after_a_bulk_load_stores_the_rows_it_stores_after_an_ingest(
    databases: Databases, tmp_path: Path
) -> None:
    body = "Marrowby reopened its harbour after the storm."
    later = Extraction(entities=[Entity("Marrowby", "GPE", _mentions(body, "Marrowby", "GPE"))])
    record = ArticleRecord(external_id="third", content_hash="third", body=body, title="third")
    articles = _invented()
    stored_url, loaded_url = (databases.new(_folder(tmp_path, name)) for name in ("stored", "loaded"))
    store_one_by_one(stored_url, [*((record, extraction) for record, extraction, _ in articles), (record, later)])
    load_in_bulk(loaded_url, articles)
    store_one_by_one(loaded_url, [(record, later)])
    stored = rows_of_every_table(stored_url)
    assert len(stored["articles"]) == 3 and len(stored["entities"]) == 4
    assert rows_of_every_table(loaded_url) == stored


def _folder(tmp_path: Path, name: str) -> Path:
    (folder := tmp_path / name).mkdir()
    return folder
