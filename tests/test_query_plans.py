"""Every list query reads through an index: EXPLAIN QUERY PLAN shows no scan of a whole table (SQLite); a search's
plans read the indexes they were chosen for (PostgreSQL's EXPLAIN)."""

import json
import re
import sqlite3
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from app.api.main import create_app
from app.store.db import make_engine
from app.store.postgresql import ReadOnly

# SQLite's EXPLAIN QUERY PLAN.
sqlite_only = pytest.mark.sqlite_only

ARTICLES = [
    {
        "id": f"story-{n}",
        "title": f"Council vote number {n}",
        "text": (
            f'"We will rebuild the bridge by spring," said Mayor Jane Roe on March {n + 1}, 2021. '
            "Acme Holdings, based in Springfield, said it would bid. "
            f'Roe added that the vote "settles it" and that work starts on April {n + 2}.'
        ),
        "source": "The Valley Courier" if n % 2 else "Sports Daily",
        "author": "Ann Poe",
        "published": f"2021-0{n % 9 + 1}-1{n}",
    }
    for n in range(8)
]

# Each list endpoint with every filter and sort, alone and with a cursor: (path, parameters).
LIST_QUERIES = [
    ("/articles", {}),
    ("/articles", {"sort": "published"}),
    ("/articles", {"q": "bridge"}),
    ("/articles", {"q": "bridge", "sort": "-published"}),
    ("/articles", {"source": "The Valley Courier"}),
    ("/articles", {"author": "Ann Poe"}),
    ("/articles", {"external_id": "story-1"}),
    ("/articles", {"published_from": "2021-03-01", "published_to": "2021-06-30"}),
    ("/articles", {"entity": "{entity}"}),
    ("/articles", {"entity": "{entity}", "published_from": "2021-03-01"}),
    ("/quotes", {}),
    ("/quotes", {"speaker": "{entity}"}),
    ("/quotes", {"speaker_name": "Jane Roe"}),
    ("/quotes", {"q": "bridge"}),
    ("/quotes", {"kind": "partial"}),
    ("/quotes", {"article_id": "1"}),
    ("/quotes", {"published_from": "2021-03-01", "published_to": "2021-06-30"}),
    ("/entities", {}),
    ("/entities", {"type": "PERSON"}),
    ("/entities", {"q": "roe"}),
    ("/entities", {"article_id": "1"}),
    ("/entities", {"min_articles": "2"}),
    ("/timeline", {}),
    ("/timeline", {"entity": "{entity}"}),
    ("/timeline", {"entity": "{entity}", "from": "2021-03-01", "to": "2021-04-30"}),
    ("/timeline", {"from": "2021-03-01", "to": "2021-04-30"}),
    ("/timeline", {"article_id": "1"}),
    ("/timeline", {"bucket": "month"}),
    # The item pages, whose lists are read the same way.
    ("/articles/1", {}),
    ("/entities/{entity}", {}),
]

# A plain "SCAN table" reads every row; "SCAN t USING INDEX i" walks an index in order and stops at the page's end.
WHOLE_TABLE = re.compile(r"\bSCAN (?!.*\b(?:USING|VIRTUAL TABLE)\b)(\w+)")


# A subquery's rows, made first: scanning them reads what its own plan read.
SUBQUERY = re.compile(r"\b(?:MATERIALIZE|CO-ROUTINE) (\w+)")


def reads_whole_table(step: str, sql: str, subqueries: set[str]) -> bool:
    """Whether a plan step reads a whole table: a plain scan, unless it walks the table in its
    own key order under a LIMIT (which stops it at the page's end)."""
    scan = WHOLE_TABLE.search(step)
    if scan is None or scan.group(1) in subqueries:
        return False
    table = scan.group(1)
    return not (re.search(rf"ORDER BY {table}\.id (ASC|DESC)", sql) and re.search(r"\bLIMIT\b", sql))


def plans_of(db_url: str, statements: list[str]) -> list[tuple[str, list[str]]]:
    """Each SELECT the API ran, with the plan SQLite makes for it over a large corpus."""
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
        # Statistics of a few rows would make reading everything the cheapest plan.
        connection.execute("DROP TABLE IF EXISTS sqlite_stat1")
        connection.commit()
    found = []
    # A fresh connection: the one that dropped the statistics still plans with those it had loaded.
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
        for sql in statements:
            # FTS5 reads its own tables with statements that name their schema ('main'.'x_config').
            if sql.lstrip().upper().startswith("SELECT") and "'main'." not in sql:
                found.append((sql, [row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}")]))
    return found


@pytest.fixture
def planned(seed, request):
    """The API over a small corpus, and every SQL statement it runs, its values written in."""
    seed({"feed.jsonl": "\n".join(orjson.dumps(article).decode() for article in ARTICLES)})
    client = request.getfixturevalue("client")
    statements: list[str] = []
    client.app.state.readers.trace(statements.append)
    yield client, statements
    client.app.state.readers.trace(None)


@pytest.mark.parametrize(("path", "params"), LIST_QUERIES)
@sqlite_only
def test_list_queries_read_no_whole_table(planned, db_url, path, params):
    client, statements = planned
    entity = client.get("/entities", params={"q": "Jane Roe"}).json()["items"][0]["id"]
    path = path.format(entity=entity)
    params = {name: str(value).format(entity=entity) for name, value in params.items()}
    first = client.get(path, params={**params, "limit": 2})
    assert first.status_code == 200, first.text
    if cursor := first.json().get("next_cursor"):
        assert client.get(path, params={**params, "limit": 2, "cursor": cursor}).status_code == 200
    plans = plans_of(db_url, statements)
    assert plans, f"{path} {params}: no SELECT was traced"
    for sql, plan in plans:
        subqueries = {found.group(1) for step in plan if (found := SUBQUERY.search(step))}
        scans = [step for step in plan if reads_whole_table(step, sql, subqueries)]
        assert not scans, f"{path} {params}: {sql}\n{plan}"


@sqlite_only
def test_the_entity_page_reads_its_lists_in_the_order_of_an_index(planned, db_url):
    client, statements = planned
    entity = client.get("/entities", params={"q": "Jane Roe"}).json()["items"][0]["id"]
    statements.clear()
    assert client.get(f"/entities/{entity}").status_code == 200
    plans = plans_of(db_url, statements)
    assert plans, "no SELECT was traced"
    for sql, plan in plans:
        assert not [step for step in plan if "TEMP B-TREE" in step], f"{sql}\n{plan}"


@pytest.mark.parametrize("params", [{}, {"type": "person"}, {"min_articles": "1"}])
@sqlite_only
def test_entities_are_listed_in_the_order_of_an_index(planned, db_url, params):
    client, statements = planned
    cursor = client.get("/entities", params={**params, "limit": 1}).json()["next_cursor"]
    if cursor:
        assert client.get("/entities", params={**params, "limit": 1, "cursor": cursor}).status_code == 200
    lists = [(sql, plan) for sql, plan in plans_of(db_url, statements) if "ORDER BY entities.article_count" in sql]
    assert len(lists) == 1 + bool(cursor), statements
    for sql, plan in lists:
        assert not [step for step in plan if "TEMP B-TREE" in step], f"{sql}\n{plan}"


# A decade overlapping `from` that begins more than a year before it is read apart, by its first day.
DECADE_READS = [
    {"from": "2029-06-01"},
    {"from": "2029-06-01", "to": "2029-06-30"},
    {"from": "2029-06-01", "to": "2029-06-30", "entity": "{entity}"},
    {"from": "2029-06-01", "to": "2029-06-30", "article_id": "1"},
]


@pytest.mark.parametrize("params", DECADE_READS)
@sqlite_only
def test_the_decade_holding_from_is_read_by_one_key_of_an_index(planned, db_url, params):
    client, statements = planned
    entity = client.get("/entities", params={"q": "Jane Roe"}).json()["items"][0]["id"]
    params = {name: value.format(entity=entity) for name, value in params.items()}
    statements.clear()
    assert client.get("/timeline", params={**params, "count": "false"}).status_code == 200
    plans = plans_of(db_url, statements)
    decade = [(sql, plan) for sql, plan in plans if "first_day = '2020-01-01'" in sql]
    assert len(decade) == 1, statements
    sql, plan = decade[0]
    assert any(re.search(r"\bfirst_day=\?", step) for step in plan), f"{sql}\n{plan}"
    assert not [step for step in plan if re.search(r"first_day[<>]", step)], f"{sql}\n{plan}"


# Twelve articles on as many days, "ferry" in every other one: a word in half the articles, whose search by date
# bounds its matches by date first (app/store/articles.py `_Plan.DATE_BOUNDED`); "reopened" in one, whose every
# match is found first.
FERRY_ARTICLES = [
    {
        "id": f"crossing-{n}",
        "text": "The ferry to Halden sailed at dawn." if n % 2 else f"The pier at Eastfield shut {n} days ago.",
        "published": f"2022-0{n % 9 + 1}-{n + 10}",
    }
    for n in range(12)
]
FERRY_ARTICLES[0]["text"] = "The pier at Eastfield reopened."


def postgresql_plans(seed, db_url: str, monkeypatch: pytest.MonkeyPatch, q: str, **settings: str) -> list[str]:
    """The plan PostgreSQL makes for each page statement of a search of `q` newest first, a page of one (its values
    as the request gave them), under `settings`, sequential scans off: over a few rows they would be cheapest."""
    seed({"feed.jsonl": "\n".join(json.dumps(article) for article in FERRY_ARTICLES)})
    monkeypatch.setenv("RANKED_MATCHES", "1")  # fewer than hold the word: its share is planned from its count
    ran: list[tuple[str, dict[str, Any]]] = []
    real = ReadOnly._run

    def recorded(self: ReadOnly, connection: Any, sql: str, params: Any) -> Any:
        ran.append((sql, dict(params)))
        return real(self, connection, sql, params)

    monkeypatch.setattr(ReadOnly, "_run", recorded)
    with TestClient(create_app(database_url=db_url)) as client:
        found = client.get("/articles", params={"q": q, "sort": "-published", "limit": "1", "count": "false"})
        assert found.status_code == 200 and found.json()["items"], found.text
    pages = [(sql, params) for sql, params in ran if "JOIN articles ON" in sql]
    engine = make_engine(db_url)
    with engine.connect() as connection:
        for name, value in {"enable_seqscan": "off", **settings}.items():
            connection.execute(text(f"SET {name} = {value}"))
        driver = connection.connection.driver_connection
        assert driver is not None
        plans = ["\n".join(row[0] for row in driver.execute(f"EXPLAIN {sql}", params)) for sql, params in pages]
    engine.dispose()
    return plans


@pytest.mark.postgresql_only
def test_a_search_bounded_by_date_reads_the_documents_index_of_dates_within_the_bound(seed, db_url, monkeypatch):
    (plan,) = postgresql_plans(seed, db_url, monkeypatch, "ferry")
    # Whether the planner walks the bounded stretch of that index or intersects it with the full-text index's matches
    # (as it does over many articles), it reads no document outside the bound.
    assert re.search(r"ix_articles_fts_published[^\n]*\n\s*Index Cond: \(\(published\)::text >= ", plan), plan


@pytest.mark.postgresql_only
def test_every_match_found_first_never_walks_the_documents_index_of_dates(seed, db_url, monkeypatch):
    # Even where the planner would rather walk it than sort (sorting off): matches are found first, as planned.
    (plan,) = postgresql_plans(seed, db_url, monkeypatch, "reopen", enable_sort="off")
    assert "ix_articles_fts_document" in plan  # the control: read from the full-text index
    assert "ix_articles_fts_published" not in plan, plan
