"""The same answers on both engines: one corpus (the seed pages and a generated feed) is ingested by `newsdesk
ingest` into a SQLite file and into a PostgreSQL database, each is served by `newsdesk serve`, and every list and
item endpoint is asked the same questions of both. Their JSON must be equal field by field (ids, totals, order,
every page's cursor, snippets), but for what the engines may rank differently: under sort=relevance each side
must list the same matches, each the same, in any order, and the cursors (which carry the scores) may differ.
ETags are not compared: each server derives its own from the state of its own database; nor is an article's
`ingested_at`, the moment each ingest stored it.

The filters' values (a source, an author, an entity, words and phrases of the text) are read from the SQLite
side's answers, so that each names something the corpus holds.
"""

import json
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from bench.corpus import Corpus, write
from tests.conftest import SEEDS, served
from tests.databases import Databases

pytestmark = pytest.mark.postgresql_only

# Articles of bench.corpus's generated feed, beside the seed pages: enough for several pages under every
# filter and for words in many articles, ingested in about 15 s by each engine (both at once, the NLP most of it).
GENERATED = 100
SEED = 18
# The served processes rank among the newest 30 matches (RANKED_MATCHES), fewer than a common word has:
# both sides must choose the same newest matches to rank.
RANKED_MATCHES = 30
# Small pages, so that every list is walked through many cursors.
PAGE = 7
# A walk through more pages than this is taken for a loop of cursors.
MOST_PAGES = 500
# Decades, which neither the seeds nor the generated feed write, and a `from` nine years into one of them: the
# timeline reads that decade apart (app/store/timeline.py).
DECADES = {
    "id": "decades",
    "title": "Harbour trade in Portvale",
    "text": (
        "Harbour trade in Portvale grew through the 2010s. Ferry fares in Portvale doubled during the 2010s. "
        "The mills of Portvale closed in the late 1960s. The pier in Portvale reopened on March 3, 2019."
    ),
    "published": "2021-05-04",
}
DECADE_FROM = "2019-06-01"


@dataclass(frozen=True)
class Engines:
    """An HTTP client on each engine's server, and the PostgreSQL database's URL."""

    sqlite: httpx.Client
    postgresql: httpx.Client
    postgresql_url: str

    def get(self, path: str, params: dict[str, Any] | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
        """Each side's status and JSON."""
        answers = [client.get(path, params=params) for client in (self.sqlite, self.postgresql)]
        one, other = ({"status": answer.status_code, "body": answer.json()} for answer in answers)
        return one, other


def ingested(corpus: Path, urls: list[str]) -> None:
    """`newsdesk ingest` of the corpus into each database, all at once (each runs its own NLP)."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "app", "ingest", str(corpus), "--db", url],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for url in urls
    ]
    for run in runs:
        output, _ = run.communicate(timeout=600)
        assert run.returncode == 0, output


@pytest.fixture(scope="module")
def engines(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engines]:
    root = tmp_path_factory.mktemp("equivalence")
    corpus = root / "in"
    shutil.copytree(SEEDS, corpus)
    write(Corpus(SEED), GENERATED, out=corpus / "generated.jsonl", pages=None)
    (corpus / "decades.jsonl").write_text(json.dumps(DECADES) + "\n")
    sqlite_url, postgresql_url = f"sqlite:///{root / 'newsdesk.db'}", databases.new(root)
    ingested(corpus, [sqlite_url, postgresql_url])
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("RANKED_MATCHES", str(RANKED_MATCHES))
        with (
            served(sqlite_url, log=root / "sqlite.log") as sqlite_base,
            served(postgresql_url, log=root / "postgresql.log") as postgresql_base,
            httpx.Client(base_url=sqlite_base, timeout=60) as sqlite,
            httpx.Client(base_url=postgresql_base, timeout=60) as postgresql,
        ):
            yield Engines(sqlite, postgresql, postgresql_url)


# Fields that differ between any two ingests of one corpus, whatever the engine.
UNCOMPARED = {"ingested_at"}


def difference(one: Any, other: Any, where: str = "") -> str | None:
    """Where two JSON values first differ, and how, or None when they are equal."""
    if isinstance(one, dict) and isinstance(other, dict):
        if one.keys() != other.keys():
            return f"{where or '.'}: fields {sorted(one.keys() ^ other.keys())} on one side only"
        found = (difference(one[key], other[key], f"{where}.{key}") for key in one if key not in UNCOMPARED)
        return next((found for found in found if found), None)
    if isinstance(one, list) and isinstance(other, list):
        if len(one) != len(other):
            return f"{where or '.'}: {len(one)} against {len(other)} elements"
        found = (difference(a, b, f"{where}[{n}]") for n, (a, b) in enumerate(zip(one, other, strict=True)))
        return next((found for found in found if found), None)
    return None if one == other else f"{where or '.'}: {one!r} on SQLite, {other!r} on PostgreSQL"


def assert_same(one: Any, other: Any, asked: str) -> None:
    assert (found := difference(one, other)) is None, f"{asked}: {found}"


def pages(client: httpx.Client, path: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Every page of a list, from the first, following each page's cursor."""
    walked = [client.get(path, params={**params, "limit": PAGE})]
    while (cursor := walked[-1].json().get("next_cursor")) and len(walked) < MOST_PAGES:
        walked.append(client.get(path, params={**params, "limit": PAGE, "cursor": cursor}))
    assert all(page.status_code == 200 for page in walked), walked[-1].text
    return [page.json() for page in walked]


@dataclass(frozen=True)
class Facts:
    """Values the filters name, read from the corpus as the SQLite side answers about it."""

    source: str
    author: str
    external_id: str
    article_id: int
    person: dict[str, Any]
    place: int
    middle_day: str
    late_day: str
    common: str
    other: str
    rare: str
    frequent: str
    phrase: str
    quoted: str


WORD_CHARACTERS = set("abcdefghijklmnopqrstuvwxyz")


# A word in about this share of the articles (and in more than are ranked: its share is then planned from its count)
# is searched by date on PostgreSQL with its matches bounded by date first (app/store/articles.py
# `_Plan.DATE_BOUNDED`): common enough that the bound is near, not so common that the date index is walked instead.
FREQUENT = 0.4


def words_of(text: str) -> list[str]:
    return [word for word in text.lower().split() if set(word) <= WORD_CHARACTERS and len(word) > 3]


@pytest.fixture(scope="module")
def facts(engines: Engines) -> Facts:
    articles = [item for page in pages(engines.sqlite, "/articles", {"sort": "published"}) for item in page["items"]]
    dated = [article for article in articles if article["published"]]
    titles = [words_of(article["title"] or "") for article in articles]
    counts = Counter(word for title in titles for word in set(title))
    ranked = [word for word, _ in counts.most_common()]
    adjacent = next(title[n : n + 2] for title in titles for n in range(len(title) - 1))
    people = engines.sqlite.get("/entities", params={"type": "PERSON", "limit": 1}).json()["items"]
    places = engines.sqlite.get("/entities", params={"type": "GPE", "limit": 1}).json()["items"]
    quote = engines.sqlite.get("/quotes", params={"limit": 1, "speaker": people[0]["id"]}).json()["items"][0]
    middle = articles[len(articles) // 2]
    matches = {word: engines.sqlite.get("/articles", params={"q": word, "limit": 1}).json()["total"] for word in ranked}
    return Facts(
        source=Counter(article["source"] for article in articles if article["source"]).most_common(1)[0][0],
        author=Counter(article["author"] for article in articles if article["author"]).most_common(1)[0][0],
        external_id=middle["external_id"],
        article_id=middle["id"],
        person=people[0],
        place=places[0]["id"],
        middle_day=dated[len(dated) // 2]["published"][:10],
        late_day=dated[-len(dated) // 5]["published"][:10],
        common=ranked[0],
        other=ranked[1],
        rare=ranked[-1],
        frequent=min(
            (word for word in ranked if matches[word] > RANKED_MATCHES),
            key=lambda word: abs(matches[word] / len(articles) - FREQUENT),
        ),
        phrase=" ".join(adjacent),
        quoted=words_of(quote["text"])[0],
    )


def queries(facts: Facts) -> dict[str, str]:
    """The full-text query language, each form once."""
    return {
        "word": facts.common,
        "words": f"{facts.common} {facts.other}",
        "phrase": f'"{facts.phrase}"',
        "or": f"{facts.common} OR {facts.rare}",
        "not": f"{facts.common} NOT {facts.other}",
        "prefix": f"{facts.common[:4]}*",
        "title": f"title:{facts.other}",
        "rare": facts.rare,
        "frequent": facts.frequent,
    }


ARTICLE_FILTERS = ["none", "source", "author", "entity", "external_id", "from", "to", "range", "uncounted"]
QUERIES = ["word", "words", "phrase", "or", "not", "prefix", "title", "rare", "frequent"]


def article_filter(facts: Facts, name: str) -> dict[str, Any]:
    return {
        "none": {},
        "source": {"source": facts.source.upper()},  # exact, but case-insensitive
        "author": {"author": facts.author.split(" and ")[0].lower()},
        "entity": {"entity": facts.person["id"]},
        "external_id": {"external_id": facts.external_id},
        "from": {"published_from": facts.middle_day},
        "to": {"published_to": facts.middle_day},
        "range": {"published_from": facts.middle_day, "published_to": facts.late_day},
        "uncounted": {"count": "false"},
    }[name]


def assert_every_page_same(engines: Engines, path: str, params: dict[str, Any]) -> None:
    one, other = (pages(client, path, params) for client in (engines.sqlite, engines.postgresql))
    assert_same(one, other, f"{path} {params}")


@pytest.mark.parametrize("sort", ["-published", "published"])
@pytest.mark.parametrize("name", ARTICLE_FILTERS)
def test_every_page_of_articles_by_date_is_the_same(engines, facts, name, sort):
    assert_every_page_same(engines, "/articles", {**article_filter(facts, name), "sort": sort})


@pytest.mark.parametrize("sort", ["-published", "published"])
@pytest.mark.parametrize("query", QUERIES)
def test_every_page_of_a_search_by_date_is_the_same_snippets_included(engines, facts, query, sort):
    assert_every_page_same(engines, "/articles", {"q": queries(facts)[query], "sort": sort})


def bounded_pages(engines: Engines, q: str, sort: str) -> int:
    """How many pages of a search by date PostgreSQL read with its matches bounded by date first (the page's
    statement bounds `published` by the parameter `date_bound`), walking them all in-process on its database."""
    statements: list[str] = []
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("RANKED_MATCHES", str(RANKED_MATCHES))
        with TestClient(create_app(database_url=engines.postgresql_url)) as client:
            client.app.state.readers.trace(statements.append)
            pages(client, "/articles", {"q": q, "sort": sort, "count": "false"})
    return sum("%(date_bound)s" in statement for statement in statements)


@pytest.mark.parametrize("sort", ["-published", "published"])
def test_a_search_by_date_of_a_frequent_word_is_bounded_by_date_on_postgresql(engines, facts, sort):
    # The premise of its comparison above: the plan bounding the matches by date is one of those compared.
    assert bounded_pages(engines, facts.frequent, sort) > 0
    assert bounded_pages(engines, facts.rare, sort) == 0  # the control: a rare word's every match is read


@pytest.mark.parametrize("name", ["source", "from", "entity"])
@pytest.mark.parametrize("query", ["word", "or", "prefix"])
def test_a_search_within_a_filter_is_the_same_by_date(engines, facts, query, name):
    # By date: with q, the default order is relevance, which the engines may rank differently (below).
    params = {"q": queries(facts)[query], "sort": "-published", **article_filter(facts, name)}
    assert_every_page_same(engines, "/articles", params)


def ranked(client: httpx.Client, params: dict[str, Any], engine: str) -> tuple[list[Any], dict[int, Any]]:
    """Each page's total, and every item listed on any page, by id (each listed once)."""
    walked = pages(client, "/articles", {**params, "sort": "relevance"})
    items = [item for page in walked for item in page["items"]]
    assert len({item["id"] for item in items}) == len(items), f"{engine}: an article listed on two pages"
    return [page["total"] for page in walked], {item["id"]: item for item in items}


@pytest.mark.parametrize("name", ["none", "source", "range"])
@pytest.mark.parametrize("query", QUERIES)
def test_relevance_lists_the_same_matches_each_the_same(engines, facts, query, name):
    params = {"q": queries(facts)[query], **article_filter(facts, name)}
    (one_totals, one), (other_totals, other) = (
        ranked(engines.sqlite, params, "SQLite"),
        ranked(engines.postgresql, params, "PostgreSQL"),
    )
    assert_same(one_totals[0], other_totals[0], f"total of {params}")
    assert sorted(one) == sorted(other), f"{params}: different matches ranked"
    assert_same([one[id] for id in sorted(one)], [other[id] for id in sorted(one)], f"{params} by relevance")


def test_the_matches_of_every_query_form_differ(engines, facts):
    """The control for the searches above: each query form picks its own articles (a query ignored on both
    engines would compare equal)."""
    totals = {
        form: engines.sqlite.get("/articles", params={"q": q, "limit": 1}).json()["total"]
        for form, q in queries(facts).items()
    }
    assert all(totals.values()), totals
    assert len(set(totals.values())) >= len(totals) - 2, totals


def test_every_article_reads_the_same(engines):
    listed = [item["id"] for page in pages(engines.sqlite, "/articles", {}) for item in page["items"]]
    assert len(listed) > GENERATED
    for id in listed:
        one, other = engines.get(f"/articles/{id}")
        assert_same(one, other, f"/articles/{id}")


QUOTE_FILTERS = ["none", "article", "speaker", "speaker_name", "q", "direct", "partial", "range"]


def quote_filter(facts: Facts, name: str) -> dict[str, Any]:
    return {
        "none": {},
        "article": {"article_id": facts.article_id},
        "speaker": {"speaker": facts.person["id"]},
        "speaker_name": {"speaker_name": facts.person["name"].upper()},
        "q": {"q": facts.quoted},
        "direct": {"kind": "direct"},
        "partial": {"kind": "partial"},
        "range": {"published_from": facts.middle_day, "published_to": facts.late_day},
    }[name]


@pytest.mark.parametrize("name", QUOTE_FILTERS)
def test_every_page_of_quotes_is_the_same(engines, facts, name):
    assert_every_page_same(engines, "/quotes", quote_filter(facts, name))


def test_every_quote_reads_the_same(engines):
    listed = [item["id"] for page in pages(engines.sqlite, "/quotes", {}) for item in page["items"]]
    assert listed
    for id in listed:
        one, other = engines.get(f"/quotes/{id}")
        assert_same(one, other, f"/quotes/{id}")


ENTITY_FILTERS = ["none", "PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "q", "article", "min_articles"]


def entity_filter(facts: Facts, name: str) -> dict[str, Any]:
    return {
        "none": {},
        "q": {"q": facts.person["name"].split()[-1][1:4]},  # part of a name
        "article": {"article_id": facts.article_id},
        "min_articles": {"min_articles": 2},
    }.get(name, {"type": name.lower()})


@pytest.mark.parametrize("name", ENTITY_FILTERS)
def test_every_page_of_entities_is_the_same(engines, facts, name):
    assert_every_page_same(engines, "/entities", entity_filter(facts, name))


def test_every_entity_reads_the_same(engines):
    listed = [item["id"] for page in pages(engines.sqlite, "/entities", {}) for item in page["items"]]
    assert listed
    for id in listed:
        one, other = engines.get(f"/entities/{id}")
        assert_same(one, other, f"/entities/{id}")


TIMELINE_FILTERS = ["none", "article", "entity", "place", "from", "to", "range", "decade"]


def timeline_filter(facts: Facts, name: str) -> dict[str, Any]:
    return {
        "none": {},
        "article": {"article_id": facts.article_id},
        "entity": {"entity": facts.person["id"]},
        "place": {"entity": facts.place},
        "from": {"from": facts.middle_day},
        "to": {"to": facts.middle_day},
        "range": {"from": facts.middle_day, "to": facts.late_day},
        "decade": {"from": DECADE_FROM},
    }[name]


def test_the_timeline_from_a_late_day_of_a_decade_starts_with_decades(engines):
    sqlite, postgresql = engines.get("/timeline", {"from": DECADE_FROM, "limit": 3})
    assert [item["date"] for item in sqlite["body"]["items"]][:2] == ["201", "201"]  # the premise of the next test
    assert_same(sqlite, postgresql, f"/timeline from={DECADE_FROM}")


@pytest.mark.parametrize("bucket", [None, "day", "month", "year"])
@pytest.mark.parametrize("name", TIMELINE_FILTERS)
def test_every_page_of_the_timeline_is_the_same(engines, facts, name, bucket):
    params = timeline_filter(facts, name) | ({"bucket": bucket} if bucket else {})
    assert_every_page_same(engines, "/timeline", params)


def test_health_counts_the_same_articles(engines):
    one, other = engines.get("/health")
    assert_same(one, other, "/health")


@pytest.mark.parametrize(
    "path, params",
    [
        ("/articles", {"q": '"unclosed'}),
        ("/articles", {"q": "NOT"}),
        ("/articles", {"q": "title:"}),
        ("/articles", {"q": "*"}),
        ("/articles", {"q": "a OR"}),
        ("/articles", {"sort": "relevance"}),
        ("/quotes", {"q": '"'}),
        ("/articles/999999", {}),
        ("/entities/999999", {}),
        ("/quotes/999999", {}),
    ],
)
def test_a_refused_request_is_refused_the_same(engines, path, params):
    one, other = engines.get(path, params)
    assert one["status"] in (404, 422), f"the control: {path} {params} is refused"
    assert_same(one, other, f"{path} {params}")
