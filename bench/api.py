"""API latency and throughput: Newsdesk and Datasette serving the same SQLite file, query by query.

    python -m bench.api --db /path/to/1m.db --datasette /path/to/venv/bin/datasette
    python -m bench.api --db /path/to/1m.db --postgresql postgresql://postgres@127.0.0.1:5432/news

Starts `newsdesk serve` and `datasette serve` (one process each) on the file, picks the queries'
parameters from the data itself (an entity in about 10% of the articles, the speaker quoted most,
the busiest source, words in about 10%, 0.5% and 95% of the articles and a rare one), then loads
each pair of URLs with wrk (4 connections, one wrk thread, loopback) and prints p50, p99 and
requests per second for both, and the ratio of requests per second.

Datasette is given the best SQL its file allows for each question (the statements below), through
its SQL API (`/news.json?sql=`: its table pages cost it 2-3 times more a request): the indexes
Newsdesk reads are in the file, so Datasette reads them too. Each row's answers are compared once
per run: both sides must list the same ids in the same order (a row where they differ is printed
on stderr and marked). Relevance is reported both ways: Datasette ranking the newest
`RANKED_MATCHES` matches in the index Newsdesk ranks them in (the same answer), and Datasette
ranking every match (how many of the two top 20s agree). Newsdesk is asked with `count=false`, as
Datasette's statements count nothing; `--count` adds Newsdesk's own counting variants.
`--workers N` serves Newsdesk with N processes (Datasette still has one). Datasette's SQL time limit
is raised (`SQL_TIME_LIMIT_MS`) so that its ranking of every match of a common word is measured, not
refused.

`--postgresql URL` also serves Newsdesk on that PostgreSQL database, which must hold the same
corpus as the file (e.g. `newsdesk ingest` of the same input into both), loads the same Newsdesk
URLs there and compares its answers with Newsdesk's on the file (relevance by overlap: the engines
rank differently, docs/architecture.md). Given without `--db`, it measures Newsdesk on PostgreSQL
alone: the parameters are picked from that database (the words' shares from `articles_fts_terms`),
there is no Datasette and nothing to compare with, and Newsdesk's columns are PostgreSQL's.
`--repeat N` loads each row N times, one server after the other, and prints the medians: on a shared
machine one run of a query can be 40% off the next; the ratio is the median of each round's, the servers
measured within seconds of each other.
"""

import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import psycopg

from app.settings import Settings
from app.store.extraction_rows import LONGEST_PERIOD
from app.store.sqlite import DAY_SHIFT, WINDOWS

SUMMARY = ("id", "external_id", "title", "source", "author", "published", "url")
# Datasette's default is 1 s; ranking every match of a word in most of a million articles takes longer.
SQL_TIME_LIMIT_MS = 60_000
PAGE = 20
DEEP_PAGE = 1_000
RANKED_MATCHES = Settings().ranked_matches

Ids = Callable[[Any], object]


class Agreement(Enum):
    SAME = "the same ids in the same order"
    OVERLAP = "how many ids of the two top 20s agree"


@dataclass(frozen=True)
class Query:
    name: str
    newsdesk: str
    datasette: str | None
    agreement: Agreement = Agreement.SAME
    # What each side's answer lists, as Newsdesk's and as Datasette's JSON hold it.
    ours: Ids = lambda answer: [item["id"] for item in answer["items"]]
    theirs: Ids = lambda answer: [row["id"] for row in answer["rows"]]
    ranked: bool = False  # ordered by relevance: PostgreSQL's ranking differs from SQLite's
    deep: bool = False  # Newsdesk's page DEEP_PAGE, reached by following each server's next-page links


@dataclass(frozen=True)
class Load:
    p50_ms: float
    p99_ms: float
    rps: float
    errors: int


@dataclass(frozen=True)
class Servers:
    db: Path | None
    newsdesk: str
    datasette: str | None
    postgresql: str | None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="the SQLite file (without it, PostgreSQL alone)")
    parser.add_argument("--datasette", default=shutil.which("datasette"), help="the datasette executable")
    parser.add_argument("--postgresql", help="also Newsdesk on this PostgreSQL database holding the same corpus")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per query and server")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--only", nargs="*", help="names of the queries to run")
    parser.add_argument("--count", action="store_true", help="also Newsdesk's counting (default) variants")
    parser.add_argument(
        "--workers", type=int, default=1, help="Newsdesk's processes (SERVE_WORKERS); Datasette has one either way"
    )
    parser.add_argument("--repeat", type=_positive, default=1, help="rounds per query; the medians are printed")
    args = parser.parse_args()
    if args.db is None and args.postgresql is None:
        parser.error("give --db, --postgresql or both")
    parameters = pick_parameters(args.db) if args.db else pick_postgresql_parameters(args.postgresql)
    print("parameters:", ", ".join(f"{name} {value!r}" for name, value in parameters.items()), file=sys.stderr)
    queries = [q for q in plan(args.db, parameters, count=args.count) if not args.only or q.name in args.only]
    with ExitStack() as started:
        servers = _servers(started, args)
        print(header(servers.postgresql is not None))
        for query in queries:
            print(measure(query, servers, args), flush=True)


def _servers(started: ExitStack, args: argparse.Namespace) -> Servers:
    if args.db is None:
        return Servers(None, started.enter_context(serve_newsdesk(args.postgresql, 8703, args.workers)), None, None)
    return Servers(
        args.db,
        started.enter_context(serve_newsdesk(f"sqlite:///{args.db}", 8701, args.workers)),
        started.enter_context(serve_datasette(args.datasette, args.db, 8702)),
        started.enter_context(serve_newsdesk(args.postgresql, 8703, args.workers)) if args.postgresql else None,
    )


def _positive(text: str) -> int:
    if (number := int(text)) < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def plan(db: Path | None, p: dict[str, str], *, count: bool) -> list[Query]:
    """The typical queries, with the parameters `p` chosen from the data (without the file `db`, for
    Newsdesk alone: Datasette's statements are then never run)."""
    quoted = urllib.parse.quote
    src, frm, to = quoted(p["source"]), p["from"], p["to"]
    queries = [
        Query("newest articles", "/articles?count=false", sql(NEWEST)),
        Query(
            "articles by source and dates",
            f"/articles?source={src}&published_from={frm}&published_to={to}&count=false",
            sql(BY_SOURCE, s=p["source"], f=frm, t=f"{to}~"),
        ),
        *relevance_rows(db, "common word", p["common"]),
        *relevance_rows(db, "word in most articles", p["everywhere"]),
        # Fewer matches than RANKED_MATCHES: both meanings are the ranking of every match.
        Query(
            "search, rare word, by relevance",
            f"/articles?q={p['rare']}&count=false",
            sql(ranked_in("articles_fts", floor=False), q=p["rare"]),
            ranked=True,
        ),
        Query(
            "search, common word, newest first",
            f"/articles?q={p['common']}&sort=-published&count=false",
            sql(BY_DAY, q=p["common"]),
        ),
        Query(
            "search, word in 0.5% of articles, newest first",
            f"/articles?q={p['uncommon']}&sort=-published&count=false",
            sql(BY_DAY, q=p["uncommon"]),
        ),
        Query(
            "articles naming an entity", f"/articles?entity={p['entity']}&count=false", sql(BY_ENTITY, e=p["entity"])
        ),
        Query("quotes by speaker", f"/quotes?speaker={p['speaker']}&count=false", sql(BY_SPEAKER, s=p["speaker"])),
        Query("timeline, oldest first", "/timeline?count=false", sql(EARLIEST_EVENTS)),
        Query(
            "timeline of an entity, date range",
            f"/timeline?entity={p['entity']}&from={frm}&to={to}&count=false",
            sql(TIMELINE, e=p["entity"], f=frm, earliest=_earliest(frm), t=to),
        ),
        Query(
            "entity page",
            f"/entities/{p['entity']}",
            sql(ENTITY_PAGE, e=p["entity"]),
            ours=_our_entity_page,
            theirs=_their_entity_page,
        ),
        *deep_page(db),
    ]
    if count:
        queries += [
            replace(q, name=f"{q.name}, counted", newsdesk=re.sub(r"[?&]count=false", "", q.newsdesk), datasette=None)
            for q in queries
            if "count=false" in q.newsdesk and not q.deep  # a deep page is reached by its cursors, counted or not
        ]
    return queries


# Datasette's SQL for each question, each the fastest this file allows for the answer Newsdesk gives
# (Newsdesk's own plans, in docs/architecture.md, read the same indexes).
_LISTED = ", ".join(f"a.{c}" for c in SUMMARY)
NEWEST = f"select {_LISTED} from articles a order by a.published desc, a.id desc limit {PAGE}"
# `source` is compared as ix_articles_source folds it; `t` is the day after the range, as "…~".
BY_SOURCE = (
    f"select {_LISTED} from articles a where a.source = :s collate nocase and a.published >= :f"
    f" and a.published < :t order by a.published desc, a.id desc limit {PAGE}"
)
# One entity's articles from ix_article_entities_published, on the link's copy of `published`.
BY_ENTITY = (
    f"select {_LISTED} from article_entities l join articles a on a.id = l.article_id where l.entity_id = :e"
    f" order by l.published desc, l.article_id desc limit {PAGE}"
)
BY_SPEAKER = f"select * from quotes where speaker_id = :s order by id limit {PAGE}"
# One entity's events from ix_event_entities_days, on the link's copy of the days, the index starting
# at the earliest first day an event overlapping the range can have (LONGEST_PERIOD before it). Newsdesk
# also reads the decade holding `from` apart (app/store/timeline.py); the corpus writes no decades.
TIMELINE = (
    "select e.* from event_entities l join events e on e.id = l.event_id where l.entity_id = :e"
    " and l.first_day >= :earliest and l.last_day >= :f and l.first_day <= :t"
    f" order by l.first_day, l.event_id limit {PAGE}"
)
# The timeline's first page, from ix_events_first_day.
EARLIEST_EVENTS = f"select * from events order by first_day, id limit {PAGE}"
# A search newest first from the index keyed by day (rowid = day << DAY_SHIFT | id): the matches of the
# days from the 20th newest match's on, sorted by date as read from the index of dates by id.
_ID_OF_KEY = f"rowid & {2**DAY_SHIFT - 1}"
BY_DAY = (
    f"select {_LISTED} from (select id, published from articles indexed by ix_articles_id_published"
    f" where id in (select {_ID_OF_KEY} from dated_articles_fts where dated_articles_fts match :q"
    f" and rowid >= coalesce((select rowid >> {DAY_SHIFT} << {DAY_SHIFT} from dated_articles_fts"
    f" where dated_articles_fts match :q order by rowid desc limit 1 offset {PAGE - 1}), 0))"
    f" order by published desc, id desc limit {PAGE}) p join articles a on a.id = p.id"
    " order by p.published desc, p.id desc"
)
# What the entity page holds, in one statement: the entity, its first 500 mentions, its newest articles
# and first quotes, and the 20 entities named in the most of the same articles, with their names.
ENTITY_PAGE = (
    "select e.*, (select json_group_array(json_object('article_id', article_id, 'field', field, 'start', start,"
    " 'end', \"end\", 'text', text, 'pseudonym', pseudonym)) from (select * from mentions where entity_id = :e"
    " order by article_id, id limit 500)) as mentions, (select json_group_array(json_object('id', a.id, 'title',"
    " a.title, 'published', a.published, 'mention_count', x.mention_count)) from (select * from article_entities"
    " where entity_id = :e order by published desc, article_id desc limit 20) x join articles a on a.id ="
    " x.article_id) as articles, (select json_group_array(json_object('id', id, 'article_id', article_id, 'text',"
    " text, 'kind', kind)) from (select * from quotes where speaker_id = :e order by id limit 20)) as quotes,"
    " (select json_group_array(json_object('id', o.id, 'name', o.name, 'type', o.type, 'articles', c.articles))"
    " from (select * from co_occurrences where entity_id = :e order by articles desc, other_id limit 20) c"
    " join entities o on o.id = c.other_id) as related from entities e where e.id = :e"
)


def ranked_in(index: str, *, floor: bool) -> str:
    """Matches of :q ranked by Newsdesk's BM25 inside `index` first, then joined to their articles; with
    `floor`, only the newest RANKED_MATCHES matches (those at or above the id of the last of them)."""
    newest = (
        f" and rowid >= coalesce((select rowid from articles_fts where articles_fts match :q"
        f" order by rowid desc limit 1 offset {RANKED_MATCHES - 1}), 0)"
        if floor
        else ""
    )
    return (
        f"select {_LISTED} from (select rowid as id, bm25({index}, 4.0, 1.0) as score from {index}"
        f" where {index} match :q{newest} order by score, rowid limit {PAGE}) r join articles a on a.id = r.id"
        " order by r.score, r.id"
    )


def relevance_rows(db: Path | None, share: str, word: str) -> list[Query]:
    """A word by relevance both ways: Datasette ranking what Newsdesk ranks (the same answer), and
    Datasette ranking every match (how far the two top 20s agree)."""
    newsdesk = f"/articles?q={word}&count=false"
    if db is None:
        return [Query(f"search, {share}, by relevance (newest {RANKED_MATCHES} ranked)", newsdesk, None, ranked=True)]
    return [
        Query(
            f"search, {share}, by relevance (newest {RANKED_MATCHES} ranked)",
            newsdesk,
            sql(ranked_in(ranking_index(db, word), floor=True), q=word),
            ranked=True,
        ),
        Query(
            f"search, {share}, by relevance, against Datasette ranking every match",
            newsdesk,
            sql(ranked_in("articles_fts", floor=False), q=word),
            Agreement.OVERLAP,
            ranked=True,
        ),
    ]


def ranking_index(db: Path, word: str) -> str:
    """The index Newsdesk ranks `word`'s newest RANKED_MATCHES matches in (`articles._plan`): the smallest
    window of the newest articles holding them all, else the main index (BM25 weighs a word by its
    rarity in the index it ranks in, so the same answer needs the same index)."""
    with closing_db(db) as connection:
        floor = connection.execute(
            "select rowid from articles_fts where articles_fts match ? order by rowid desc limit 1 offset ?",
            (word, RANKED_MATCHES - 1),
        ).fetchone()
        if floor is None:
            return "articles_fts"
        holding = [
            (oldest, window.fulltext.name)
            for window in WINDOWS
            if (oldest := connection.execute(f"select min(id) from {window.held.name}").fetchone()[0]) is not None
            and oldest <= floor[0]
        ]
    return max(holding)[1] if holding else "articles_fts"


def deep_page(db: Path | None) -> list[Query]:
    """Page 1,000 of the newest articles, if there is one. Newsdesk's is reached by following its
    next-page links; Datasette's SQL starts after the last row of page 999, as a client paging by
    that row would."""
    if db is None:
        return [Query(f"page {DEEP_PAGE:,} of newest articles", "/articles?count=false", None, deep=True)]
    with closing_db(db) as connection:
        last_before = connection.execute(
            "select published, id from articles order by published desc, id desc limit 1 offset ?",
            ((DEEP_PAGE - 1) * PAGE - 1,),
        ).fetchone()
    if last_before is None:
        return []
    published, last = last_before
    after = (
        f"select {_LISTED} from articles a where (a.published, a.id) < (:p, :i)"
        f" order by a.published desc, a.id desc limit {PAGE}"
    )
    return [
        Query(
            f"page {DEEP_PAGE:,} of newest articles",
            "/articles?count=false",
            sql(after, p=published, i=last),
            deep=True,
        )
    ]


def sql(text: str, **params: str) -> str:
    """A Datasette URL running `text` with named parameters."""
    return "/news.json?" + urllib.parse.urlencode({"sql": text, **params, "_shape": "objects"})


# The entity named in the most articles up to a tenth of them, the speaker quoted most, the busiest source.
_ENTITY = "select id from entities where article_count <= ? order by article_count desc limit 1"
_SPEAKER = "select speaker_id from quotes where speaker_id is not null group by 1 order by count(*) desc limit 1"
_SOURCE = "select source from articles where source is not null group by 1 order by count(*) desc limit 1"


def pick_parameters(db: Path) -> dict[str, str]:
    with closing_db(db) as connection:
        articles = connection.execute("select count(*) from articles").fetchone()[0]

        def one(query: str, *args: object) -> Any:
            return connection.execute(query, args).fetchone()[0]

        entity, speaker, source = one(_ENTITY, articles // 10), one(_SPEAKER), one(_SOURCE)
        newest = one("select max(published) from articles")[:10]
        year = str(int(newest[:4]) - 1)
        connection.execute("create virtual table temp.words using fts5vocab(main, articles_fts, row)")
        in_share = "select term from temp.words where doc <= ? and term glob '[a-z]*' order by doc desc limit 1"
        rare = one("select term from temp.words where doc between 3 and 10 and term glob '[a-z][a-z][a-z]*' limit 1")
        return {
            "entity": str(entity),
            "speaker": str(speaker),
            "source": source,
            "from": f"{year}-01-01",
            "to": f"{year}-06-30",
            "common": one(in_share, articles // 10),
            "uncommon": one(in_share, articles // 200),
            "everywhere": one(in_share, articles * 95 // 100),
            "rare": rare,
        }


def pick_postgresql_parameters(url: str) -> dict[str, str]:
    """As `pick_parameters` picks them, from a PostgreSQL database (the words' shares from its per-word counts)."""
    with psycopg.connect(url) as connection:
        articles = connection.execute("select count(*) from articles").fetchone()[0]  # type: ignore[index]

        def one(query: str, *args: object) -> Any:
            return connection.execute(query, args).fetchone()[0]  # type: ignore[index]

        newest = one("select max(published) from articles")[:10]
        year = str(int(newest[:4]) - 1)
        in_share = "select term from articles_fts_terms where doc <= %s and term ~ '^[a-z]+$' order by doc desc limit 1"
        return {
            "entity": str(one(_ENTITY.replace("?", "%s"), articles // 10)),
            "speaker": str(one(_SPEAKER)),
            "source": one(_SOURCE),
            "from": f"{year}-01-01",
            "to": f"{year}-06-30",
            "common": one(in_share, articles // 10),
            "uncommon": one(in_share, articles // 200),
            "everywhere": one(in_share, articles * 95 // 100),
            "rare": one("select min(term) from articles_fts_terms where doc between 3 and 10 and term ~ '^[a-z]{3}'"),
        }


@contextmanager
def closing_db(db: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def _earliest(day: str) -> str:
    return (date.fromisoformat(day) - LONGEST_PERIOD).isoformat()


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) and value[:1] == "[" else value


def _our_entity_page(page: dict[str, Any]) -> object:
    return _entity_page(page, [related["entity"]["id"] for related in page["related"]])


def _their_entity_page(answer: dict[str, Any]) -> object:
    page = {name: _json(value) for name, value in answer["rows"][0].items()}
    return _entity_page(page, [related["id"] for related in page["related"]])


def _entity_page(page: dict[str, Any], related: list[int]) -> object:
    """What an entity page lists: its id, its mentions' places and its articles', quotes' and related ids."""
    mentions = [(mention["article_id"], mention["start"]) for mention in page["mentions"]]
    return page["id"], mentions, [row["id"] for row in page["articles"]], [row["id"] for row in page["quotes"]], related


def measure(query: Query, servers: Servers, args: argparse.Namespace) -> str:
    """The query's row of the table: the answers compared once, then each server loaded `args.repeat` times."""
    ours = servers.newsdesk + newsdesk_path(query, servers.newsdesk)
    answer = fetch(ours)
    theirs = servers.datasette + query.datasette if servers.datasette and query.datasette else None
    verdicts = [compare(query, answer, theirs) if theirs else ""]
    if verdicts[0].startswith("HTTP"):  # Datasette refuses: nothing to load
        theirs = None
    alone = f"{statement_alone(servers.db, query.datasette):.2f}" if servers.db and query.datasette else ""
    urls = [ours, theirs]
    if servers.postgresql:
        # The same Newsdesk on the other engine: the same answer, but for the order of relevance.
        pg = servers.postgresql + newsdesk_path(query, servers.postgresql)
        same = replace(query, theirs=query.ours, agreement=Agreement.OVERLAP if query.ranked else Agreement.SAME)
        verdicts.append(compare(same, answer, pg))
        urls.append(pg)
    rounds = [[load(url, args) if url else None for url in urls] for _ in range(args.repeat)]
    return row(query.name, rounds, alone, verdicts)


def newsdesk_path(query: Query, base: str) -> str:
    """The query's Newsdesk URL on the server at `base`; page DEEP_PAGE is reached by following that
    server's own next-page links."""
    if not query.deep:
        return query.newsdesk
    path = query.newsdesk
    for _ in range(DEEP_PAGE - 1):
        path = f"{query.newsdesk}&cursor={fetch(base + path)['next_cursor']}"
    return path


def compare(query: Query, answer: Any, url: str) -> str:
    """Whether the other side's answer to `url` lists what Newsdesk's `answer` lists (printed on stderr
    where it does not), or how many of their top 20 agree; the refusal, where the other side refuses."""
    try:
        theirs = fetch(url)
    except urllib.error.HTTPError as error:  # Datasette answers 400 past its SQL time limit
        return f"HTTP {error.code}: {error.read()[:60]!r}"
    mine, other = query.ours(answer), query.theirs(theirs)
    if query.agreement is Agreement.OVERLAP:
        assert isinstance(mine, list) and isinstance(other, list)
        return f"{len(set(mine) & set(other))} of top {PAGE} in common"
    if mine == other:
        return "same ids"
    print(f"{query.name}: the answers differ\n  Newsdesk: {mine}\n  other:    {other}", file=sys.stderr)
    return "✗ differ"


def statement_alone(db: Path, url: str) -> float:
    """Milliseconds Datasette's statement at `url` takes in SQLite alone, on a warm connection: the best
    of as many runs as half a second allows (at least two, the first to warm it)."""
    given = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
    statement = given.pop("sql")
    del given["_shape"]
    times: list[float] = []
    with closing_db(db) as connection:
        while len(times) < 2 or sum(times) < 0.5:
            started = time.perf_counter()
            connection.execute(statement, given).fetchall()
            times.append(time.perf_counter() - started)
    return min(times[1:]) * 1000


def fetch(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=SQL_TIME_LIMIT_MS / 1000) as response:
        return json.load(response)


def load(url: str, args: argparse.Namespace) -> Load:
    # wrk's own timeout (2 s) would count Datasette's slowest answers as errors, not as latencies.
    wrk = ["wrk", "-t1", f"-c{args.connections}", f"--timeout={SQL_TIME_LIMIT_MS // 1000}s"]
    subprocess.run([*wrk, "-d2s", url], check=True, capture_output=True)
    out = subprocess.run([*wrk, f"-d{args.duration}s", "--latency", url], check=True, capture_output=True, text=True)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out.stdout)
    return Load(
        p50_ms=_latency(out.stdout, "50%"),
        p99_ms=_latency(out.stdout, "99%"),
        rps=float(_found(r"Requests/sec:\s+([\d.]+)", out.stdout)[0]),
        errors=int(errors.group(1)) if errors else 0,
    )


def _latency(out: str, percentile: str) -> float:
    value, unit = _found(rf"{percentile}\s+([\d.]+)(us|ms|s)", out)
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def _found(pattern: str, out: str) -> tuple[str, ...]:
    if (match := re.search(pattern, out)) is None:
        raise SystemExit(f"wrk's output lacks {pattern!r}:\n{out}")
    return match.groups()


def header(postgresql: bool) -> str:
    titles = ["query", "Newsdesk p50 / p99 ms", "Newsdesk req/s", "Datasette p50 / p99 ms", "Datasette req/s"]
    titles += ["ratio", "Datasette's SQL alone ms", "answers"]
    if postgresql:
        titles += ["PostgreSQL p50 / p99 ms", "PostgreSQL req/s", "PostgreSQL's answers"]
    return "| " + " | ".join(titles) + " |\n" + "|---" * len(titles) + "|"


def row(name: str, rounds: list[list[Load | None]], alone: str, verdicts: list[str]) -> str:
    """The medians of each server's figures over the rounds, and the median of the rounds' ratios of
    Newsdesk's requests per second to Datasette's."""
    ours, theirs, *pg = (_median([one[side] for one in rounds]) for side in range(len(rounds[0])))
    assert ours is not None
    cells = [name, _latencies(ours), f"{ours.rps:.0f}"]
    if theirs is None:
        cells += ["", "", ""]
    else:
        ratio = statistics.median(one[0].rps / one[1].rps for one in rounds if one[0] and one[1])
        cells += [_latencies(theirs, mark=False), f"{theirs.rps:.0f}", f"{ratio:.1f}×"]
    cells += [alone, verdicts[0]]
    for load_ in pg:
        assert load_ is not None
        cells += [_latencies(load_), f"{load_.rps:.0f}", verdicts[1]]
    return "| " + " | ".join(cells) + " |"


def _median(loads: list[Load | None]) -> Load | None:
    if None in loads:
        return None
    figures = {name: statistics.median(getattr(one, name) for one in loads) for name in ("p50_ms", "p99_ms", "rps")}
    return Load(**figures, errors=sum(one.errors for one in loads if one))  # one failed round must still show


def _latencies(load_: Load, *, mark: bool = True) -> str:
    # Newsdesk's targets (issue 18): p50 at most 10 ms and p99 at most 50 ms, and no error.
    missed = mark and (load_.p50_ms > 10 or load_.p99_ms > 50) or load_.errors
    errors = f", {load_.errors} errors" if load_.errors else ""
    return f"{load_.p50_ms:.2f} / {load_.p99_ms:.2f}{errors}{' ✗' if missed else ''}"


@contextmanager
def serve_newsdesk(url: str, port: int, workers: int) -> Iterator[str]:
    command = [sys.executable, "-m", "app", "serve", "--db", url, "--port", str(port), "--workers", str(workers)]
    with _server(command, port, ready="/health") as base:
        yield base


@contextmanager
def serve_datasette(executable: str, db: Path, port: int) -> Iterator[str]:
    # Datasette names a database by its file: the file is linked as news.db, in a folder of its own so
    # that no link left from another run can name another file.
    with tempfile.TemporaryDirectory() as folder:
        link = Path(folder, "news.db")
        link.symlink_to(db.resolve())
        command = [executable, "serve", str(link), "--port", str(port), "--setting", "sql_time_limit_ms"]
        with _server([*command, str(SQL_TIME_LIMIT_MS)], port, ready="/") as base:
            yield base


@contextmanager
def _server(command: list[str], port: int, *, ready: str) -> Iterator[str]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + ready, timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
