"""API latency and throughput: Newsdesk and Datasette serving the same SQLite file, query by query.

    python -m bench.api --db /path/to/1m.db --datasette /path/to/venv/bin/datasette

Starts `newsdesk serve` and `datasette serve` (one process each, their default settings) on the
file, picks the queries' parameters from the data itself (an entity in about 10% of the articles,
the speaker quoted most, the busiest source, words in about 10% and in most articles and a rare
one), then loads each equivalent pair of URLs with wrk (4 connections, one wrk thread, loopback)
and prints p50, p99 and requests per second for both, and the ratio of requests per second.
Datasette is queried with `_nocount=1&_nofacet=1&_nosuggest=1` and Newsdesk with `count=false`,
so that neither counts; `--count` adds Newsdesk's own counting variants; `--workers N` serves
Newsdesk with N processes, its production setting on N cores (Datasette still has one).
`--repeat N` loads each pair N times, one server after the other, and prints the medians: on a
shared machine one run of a query can be 40% off the next; the ratio is the median of each
round's, both servers measured within seconds of each other.
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
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DS_QUIET = "_nocount=1&_nofacet=1&_nosuggest=1"
# Datasette finds a table's full-text index only when its statement quotes the content table in double
# quotes; without these it ignores `_search` and lists the newest articles unsearched.
FTS = "_fts_table=articles_fts&_fts_pk=id"
SUMMARY = ("id", "external_id", "title", "source", "author", "published", "url")


@dataclass(frozen=True)
class Query:
    name: str
    newsdesk: str
    datasette: str | None


@dataclass(frozen=True)
class Load:
    p50_ms: float
    p99_ms: float
    rps: float
    errors: int


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--datasette", default=shutil.which("datasette"), help="the datasette executable")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per query and server")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--only", nargs="*", help="names of the queries to run")
    parser.add_argument("--count", action="store_true", help="also Newsdesk's counting (default) variants")
    parser.add_argument(
        "--workers", type=int, default=1, help="Newsdesk's processes (SERVE_WORKERS); Datasette has one either way"
    )
    parser.add_argument("--repeat", type=_positive, default=1, help="rounds per query; the medians are printed")
    args = parser.parse_args()
    queries = [q for q in plan(args.db, count=args.count) if not args.only or q.name in args.only]
    with (
        serve_newsdesk(args.db, 8701, args.workers) as newsdesk,
        serve_datasette(args.datasette, args.db, 8702) as datasette,
    ):
        queries = [resolve_deep_pages(q, newsdesk, datasette) for q in queries]
        print("| query | Newsdesk p50 / p99 ms | Newsdesk req/s | Datasette p50 / p99 ms | Datasette req/s | ratio |")
        print("|---|---|---|---|---|---|")
        for query in queries:
            rounds: list[tuple[Load, Load | None]] = []
            refusal = None
            for _ in range(args.repeat):
                ours = load(newsdesk + query.newsdesk, args)
                theirs = None
                if query.datasette and refusal is None:
                    try:
                        theirs = load(datasette + query.datasette, args)
                    except urllib.error.HTTPError as error:  # Datasette answers 400 past its SQL time limit
                        refusal = f" Datasette: HTTP {error.code}, {error.read()[:60]!r} |"
                rounds.append((ours, theirs))
            print(row(query, *medians(rounds)) + (refusal or ""), flush=True)


def _positive(text: str) -> int:
    if (number := int(text)) < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def plan(db: Path, *, count: bool) -> list[Query]:
    """The typical queries, with parameters chosen from the data."""
    p = pick_parameters(db)
    quoted = urllib.parse.quote
    src, frm, to = quoted(p["source"]), p["from"], p["to"]
    cols = "&".join(f"_col={c}" for c in SUMMARY if c != "id")
    listed = ", ".join(f"articles.{c}" for c in SUMMARY)
    ranked = (
        f"select {listed} from articles join articles_fts on articles_fts.rowid = articles.id"
        " where articles_fts match :q order by bm25(articles_fts, 4.0, 1.0), articles.id limit 20"
    )
    by_entity = (
        f"select {listed} from articles where id in (select article_id from article_entities where entity_id = :e)"
        " order by published desc, id desc limit 20"
    )
    timeline = (
        "select * from events where id in (select event_id from event_entities where entity_id = :e)"
        " and last_day >= :f and first_day <= :t order by first_day, id limit 20"
    )
    # What the entity page holds, in one statement: the entity, its first 500 mentions, its newest articles
    # and first quotes, and the 20 entities named in the most of the same articles, with their names.
    entity_page = (
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
    newest = table("articles", f"_sort_desc=published&{cols}")
    queries = [
        Query("newest articles", "/articles?count=false", newest),
        Query(
            "articles by source and dates",
            f"/articles?source={src}&published_from={frm}&published_to={to}&count=false",
            table("articles", f"source={src}&published__gte={frm}&published__lte={to}~&_sort_desc=published&{cols}"),
        ),
        Query(
            "search, common word, by relevance", f"/articles?q={p['common']}&count=false", sql(ranked, q=p["common"])
        ),
        Query(
            "search, word in most articles, by relevance",
            f"/articles?q={p['everywhere']}&count=false",
            sql(ranked, q=p["everywhere"]),
        ),
        Query("search, rare word, by relevance", f"/articles?q={p['rare']}&count=false", sql(ranked, q=p["rare"])),
        Query(
            "search, common word, newest first",
            f"/articles?q={p['common']}&sort=-published&count=false",
            table("articles", f"_search={p['common']}&{FTS}&_sort_desc=published&{cols}"),
        ),
        Query(
            "search, word in 0.5% of articles, newest first",
            f"/articles?q={p['uncommon']}&sort=-published&count=false",
            table("articles", f"_search={p['uncommon']}&{FTS}&_sort_desc=published&{cols}"),
        ),
        Query(
            "articles naming an entity", f"/articles?entity={p['entity']}&count=false", sql(by_entity, e=p["entity"])
        ),
        Query(
            "quotes by speaker",
            f"/quotes?speaker={p['speaker']}&count=false",
            table("quotes", f"speaker_id={p['speaker']}&_sort=id"),
        ),
        Query(
            "timeline of an entity, date range",
            f"/timeline?entity={p['entity']}&from={frm}&to={to}&count=false",
            sql(timeline, e=p["entity"], f=frm, t=to),
        ),
        Query("entity page", f"/entities/{p['entity']}", sql(entity_page, e=p["entity"])),
        # Datasette's own row page holds the entity's row alone: a floor, not the same answer.
        Query(
            "entity page, against Datasette's row page",
            f"/entities/{p['entity']}",
            f"/news/entities/{p['entity']}.json",
        ),
        Query(
            # Datasette's keyset condition on a sorted table is an OR that SQLite cannot read from an
            # index (page 2 of articles newest first already passes its 1 s time limit here): its deep
            # pages are walked in its own fast order, by rowid.
            "page 1,000 of newest articles",
            "/articles?count=false",
            table("articles", cols),
        ),
    ]
    if count:
        queries += [
            Query(f"{q.name}, counted", q.newsdesk.replace("&count=false", "").replace("?count=false", ""), None)
            for q in queries
            if "count=false" in q.newsdesk
        ]
    return queries


def sql(text: str, **params: str) -> str:
    """A Datasette URL running `text` with named parameters."""
    return "/news.json?" + urllib.parse.urlencode({"sql": text, **params, "_shape": "objects"})


def table(name: str, extra: str) -> str:
    """A Datasette table URL, counting, faceting and suggesting nothing."""
    return f"/news/{name}.json?{extra}&_size=20&{DS_QUIET}"


def pick_parameters(db: Path) -> dict[str, str]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    articles = connection.execute("select count(*) from articles").fetchone()[0]

    def one(query: str, *args: object) -> Any:
        return connection.execute(query, args).fetchone()[0]

    entity = one("select id from entities where article_count <= ? order by article_count desc limit 1", articles // 10)
    speaker = one(
        "select speaker_id from quotes where speaker_id is not null group by 1 order by count(*) desc limit 1"
    )
    source = one("select source from articles where source is not null group by 1 order by count(*) desc limit 1")
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


def resolve_deep_pages(query: Query, newsdesk: str, datasette: str) -> Query:
    """Page 1,000 is reached by following each server's own next-page links 999 times."""
    if not query.name.startswith("page 1,000"):
        return query
    ours, theirs = query.newsdesk, query.datasette or ""
    for _ in range(999):
        cursor = fetch(newsdesk + ours)["next_cursor"]
        ours = f"{query.newsdesk}&cursor={cursor}"
        token = fetch(datasette + theirs)["next"]
        theirs = f"{query.datasette}&_next={urllib.parse.quote(token)}"
    return Query(query.name, ours, theirs)


def fetch(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.load(response)


def load(url: str, args: argparse.Namespace) -> Load:
    fetch(url)  # a failing URL stops the benchmark here, not as a column of errors
    warm = ["wrk", "-t1", f"-c{args.connections}", "-d2s", url]
    subprocess.run(warm, check=True, capture_output=True)
    command = ["wrk", "-t1", f"-c{args.connections}", f"-d{args.duration}s", "--latency", url]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return Load(
        p50_ms=_latency(out, "50%"),
        p99_ms=_latency(out, "99%"),
        rps=float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        errors=int(errors.group(1)) if errors else 0,
    )


def _latency(out: str, percentile: str) -> float:
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", out).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def medians(rounds: list[tuple[Load, Load | None]]) -> tuple[Load, Load | None, float | None]:
    """Each figure's median over the rounds, and the median of the rounds' ratios of requests/s."""

    def median(loads: list[Load]) -> Load:
        # Errors are summed: one failed round must still show.
        figures = ("p50_ms", "p99_ms", "rps")
        middle = {name: statistics.median(getattr(one, name) for one in loads) for name in figures}
        return Load(**middle, errors=sum(one.errors for one in loads))

    ours = median([mine for mine, _ in rounds])
    paired = [(mine, other) for mine, other in rounds if other is not None]
    if len(paired) < len(rounds):
        return ours, None, None
    return ours, median([other for _, other in paired]), statistics.median(m.rps / o.rps for m, o in paired)


def row(query: Query, ours: Load, theirs: Load | None, ratio: float | None = None) -> str:
    mark = "" if ours.p50_ms <= 10 and ours.p99_ms <= 50 and not ours.errors else " ✗"
    first = f"| {query.name} | {ours.p50_ms:.2f} / {ours.p99_ms:.2f}{mark} | {ours.rps:.0f} |"
    if theirs is None or ratio is None:
        return first + " | | |"
    return first + f" {theirs.p50_ms:.2f} / {theirs.p99_ms:.2f} | {theirs.rps:.0f} | {ratio:.1f}× |"


@contextmanager
def serve_newsdesk(db: Path, port: int, workers: int) -> Iterator[str]:
    command = [sys.executable, "-m", "app", "serve", "--db", f"sqlite:///{db}", "--port", str(port)]
    command += ["--workers", str(workers)]
    with _server(command, port, ready="/health") as base:
        yield base


@contextmanager
def serve_datasette(executable: str, db: Path, port: int) -> Iterator[str]:
    # The file is linked as news.db so that both servers' URLs name the same database.
    link = db.with_name("news.db")
    if not link.exists():
        link.symlink_to(db.name)
    with _server([executable, "serve", str(link), "--port", str(port)], port, ready="/") as base:
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
