"""Queries over articles: the filters as data, the sorts, reading and writing."""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Select,
    Subquery,
    TableClause,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)

from app.store import engines, postgresql, search_by_day, sqlite
from app.store.listing import Filter, Listing, Page, count_rows, counting, filter_on, filter_values, filtered, paginate
from app.store.pagination import ROW_ID, SORT_KEY, Sort, decode_cursor
from app.store.portable import (
    ARTICLES_FTS,
    FULL_TEXT_QUERY,
    FullText,
    contains,
    equals_ignoring_case,
    matching_articles,
)
from app.store.reader import Read, Reader, among, json_list
from app.store.search_query import Node, lone_key, parse, written_for
from app.store.snippets import make_snippet
from app.store.statements import Statement, compiled
from app.store.tables import ARTICLE_ENTITIES, ARTICLES, AUTHORS
from app.store.writes import execute, one, run, run_many


@dataclass(frozen=True)
class ArticleRecord:
    """An article as ingest hands it over, ready to store."""

    external_id: str
    content_hash: str
    body: str
    title: str | None = None
    source: str | None = None
    author: str | None = None
    authors: tuple[str, ...] = ()
    original_source: str | None = None
    caption: str | None = None
    url: str | None = None
    published: str | None = None


class WriteOutcome(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    REPLACED = "replaced"


class ArticleSort(StrEnum):
    NEWEST = "-published"
    OLDEST = "published"
    RELEVANCE = "relevance"


class _Plan(StrEnum):
    """How a search lists its matches, by how common its words are (see `_plan`)."""

    EVERY_MATCH = "every match"  # read from the full-text index, then sorted
    # The same, the matches found before anything else is read: where the engine's planner, left to choose,
    # would rather walk the date index and read each article's document (its MATCHES_FIRST). Under no other
    # filter, the matches are sorted by the dates their documents keep (postgresql.DATED_DOCUMENTS).
    MATCHES_FIRST = "matches first"
    # The same, one word under no other filter whose share of the articles its count gives (PostgreSQL): the matches
    # bounded first to the articles dated on the near side of a date (`_date_bound`), those expected to hold the
    # page, found in the full-text index and the documents' index of dates together, and only they read and sorted.
    # Where the bound holds no more matches than the page (none to follow it), the page is read as MATCHES_FIRST.
    DATE_BOUNDED = "date bounded"
    # The newest RANKED_MATCHES of them, ranked; ranked in an index of the newest articles instead,
    # the plan is that index's sqlite.Window.
    NEWEST_MATCHES = "newest matches"
    # The same, where the matches are counted already and as many as are ranked (PostgreSQL, one word under no other
    # filter): the newest RANKED_MATCHES found and ranked in one walk of the documents newest first, rather than
    # walked once for the oldest of them and again to rank them.
    NEWEST_RANKED = "newest ranked"
    DATE_WALK = "date walk"  # the date index walked, the full-text index asked about each article
    DAYS = "days"  # the matches of a page's days, from the index keyed by day


def _author_is(name: ColumnElement[str]) -> ColumnElement[bool]:
    # IN (subquery) lets SQLite start from the author index instead of testing every article.
    return ARTICLES.c.id.in_(select(AUTHORS.c.article_id).where(equals_ignoring_case(AUTHORS.c.name, name)))


def _through_day(day: date) -> str:
    # "~" sorts after every character that can follow a date in ISO text ("T", "+"), so the
    # bound takes in all of the day without computing the next one (which 9999-12-31 lacks).
    return f"{day.isoformat()}~"


def _filters(published: ColumnElement[Any]) -> dict[str, Filter]:
    """Each filter: parameter name -> condition. Adding a filter is adding a row."""
    return {
        "source": filter_on("source", lambda name: equals_ignoring_case(ARTICLES.c.source, name)),
        "author": filter_on("author", _author_is),
        "external_id": filter_on("external_id", lambda given: ARTICLES.c.external_id == given),
        "entity": filter_on(
            "entity",
            lambda entity: ARTICLES.c.id.in_(
                select(ARTICLE_ENTITIES.c.article_id).where(ARTICLE_ENTITIES.c.entity_id == entity)
            ),
        ),
        # `published` holds ISO text, so comparing strings compares dates; `to` includes its whole day.
        "published_from": filter_on("published_from", lambda day: published >= day, date.isoformat),
        "published_to": filter_on("published_to", lambda day: published < day, _through_day),
    }


def _by_relevance(index: FullText, tiebreak: ColumnElement[int]) -> Sort:
    return Sort(ArticleSort.RELEVANCE, index.rank(), tiebreak, descending=False)


def _sorts(published: ColumnElement[Any], tiebreak: ColumnElement[int]) -> dict[ArticleSort, Sort]:
    return {
        ArticleSort.NEWEST: Sort(ArticleSort.NEWEST, published, tiebreak, descending=True),
        ArticleSort.OLDEST: Sort(ArticleSort.OLDEST, published, tiebreak, descending=False),
        ArticleSort.RELEVANCE: _by_relevance(ARTICLES_FTS, tiebreak),
    }


FILTERS = _filters(ARTICLES.c.published)
SORTS = _sorts(ARTICLES.c.published, ARTICLES.c.id)
# The documents' copy of `published` orders a search's matches by date without reading their articles (PostgreSQL).
_DATED = postgresql.DATED_DOCUMENTS
_DATED_SORTS = _sorts(_DATED.c.published, _DATED.c.rowid)
# One entity's articles are read through its links to them, whose copy of `published` orders
# and bounds them in one index: the same filters and sorts on that copy.
_LINKED_FILTERS = {
    **_filters(ARTICLE_ENTITIES.c.published),
    "entity": filter_on("entity", lambda entity: ARTICLE_ENTITIES.c.entity_id == entity),
}
_LINKED_SORTS = _sorts(ARTICLE_ENTITIES.c.published, ARTICLE_ENTITIES.c.article_id)
_SUMMARY: Select[Any] = select(
    *(ARTICLES.c[name] for name in ("id", "external_id", "title", "source", "author", "published", "url"))
)
# The full-text query, and the id of the oldest article a search ranks.
_Q = FULL_TEXT_QUERY
_FLOOR: BindParameter[int] = bindparam("floor")
_SKIP: BindParameter[int] = bindparam("skip")
# How many of the newest matches are ranked (`_Plan.NEWEST_RANKED`).
_RANKED: BindParameter[int] = bindparam("ranked")
# The date a page of `_Plan.DATE_BOUNDED` is bounded by.
_DATE_BOUND: BindParameter[str] = bindparam("date_bound")

_ARTICLE = compiled(select(ARTICLES).where(ARTICLES.c.id == bindparam("id")))
_BODIES = compiled(select(ARTICLES.c.id, ARTICLES.c.body).where(among(ARTICLES.c.id)))
_ALL = counting(select(ARTICLES.c.id))
# The id of the `skip`+1-th newest article matching `q`: how common its words are, for the cost of
# reading that many entries of the index.
_NEWEST_MATCH = compiled(ARTICLES_FTS.nth_match(_Q, _SKIP))
# The oldest article each index of the newest articles holds.
_OLDEST_HELD = compiled(select(*(select(func.min(w.held.c.id)).scalar_subquery() for w in sqlite.WINDOWS)))
# The newest article of all.
_NEWEST_ARTICLE = compiled(select(func.max(ARTICLES.c.id)))


def list_articles(
    reader: Reader,
    *,
    q: str | None,
    filters: Mapping[str, Any],
    sort: ArticleSort,
    limit: int,
    cursor: str | None,
    count: bool,
    ranked_matches: int,
) -> Page:
    """One page of article summaries matching full-text `q` and `filters` (named as in FILTERS).

    With `q`, each row carries a highlighted `snippet`. Sorted by relevance, only the newest
    `ranked_matches` matches are ranked and listed (`total` still counts every match).
    """
    names = tuple(filters)
    params = filter_values(FILTERS, filters)
    query = parse(q) if q else None  # a malformed query refused before the database is read
    with reader.snapshot():
        if query is None:
            return paginate(reader, _listing(names, sort, None), params, limit=limit, cursor=cursor, count=count)
        params[_Q.key] = written_for(reader.engine, query)
        known = _known(reader, names, query, sort=sort)
        held = None if known is None else known.held
        total = (count_rows(reader, _search(names).count, params) if held is None else held) if count else None
        plan, bounds = _plan(
            reader, names, params, sort=sort, ranked=ranked_matches, limit=limit, cursor=cursor, known=known
        )
        params.update(bounds)
        page = paginate(reader, _listing(names, sort, plan), params, limit=limit, cursor=cursor, count=False)
        if plan is _Plan.DATE_BOUNDED and page.next_cursor is None:
            # The bound held no more matches than the page: those past it may belong to the page, or follow it.
            first = _listing(names, sort, _Plan.MATCHES_FIRST)
            page = paginate(reader, first, params, limit=limit, cursor=cursor, count=False)
        return Page(_with_snippets(reader, page.items, query), total, page.next_cursor)


@dataclass(frozen=True)
class _Known:
    """What a one-word search knows before it is planned, where its word's count is one row to read (`_known`)."""

    held: int  # how many articles hold the word
    newest: int | None  # a search by date's newest article, read with the count; None by relevance


def _known(reader: Reader, names: tuple[str, ...], query: Node, *, sort: ArticleSort) -> _Known | None:
    """How many articles match `query` where that is one row to read: one word under no other filter, where the
    engine keeps each word's count (PostgreSQL); else None (to be counted). A search by date plans with the newest
    article too, read in the same round trip: a request waits on every round trip, each costing more than it reads."""
    terms = engines.named(reader.engine).WORD_COUNTS
    word = lone_key(query)
    if terms is None or word is None or names:
        return None
    reads: list[Read] = [(_holding(terms), {_TERM.key: word})]
    if sort is not ArticleSort.RELEVANCE:
        reads.append((_NEWEST_ARTICLE, None))
    held, *newest = reader.together(*reads)
    return _Known(int(held.scalar()), newest[0].scalar() if newest else None)


_TERM: BindParameter[str] = bindparam("term")


@cache
def _holding(terms: TableClause) -> Statement:
    """How many articles hold the key `term`, in the table `terms` of each key's count (0 for a key none holds)."""
    return compiled(select(func.coalesce(select(terms.c.doc).where(terms.c.term == _TERM).scalar_subquery(), 0)))


def _plan(
    reader: Reader,
    names: tuple[str, ...],
    params: Mapping[str, Any],
    *,
    sort: ArticleSort,
    ranked: int,
    limit: int,
    cursor: str | None,
    known: _Known | None,
) -> tuple[_Plan | sqlite.Window, Mapping[str, int | str]]:
    """How to list the articles matching `q`, by how many match; and the bounds its statement takes.

    Sorted by date under no other filter, a page is read from the index keyed by day, unless its
    days are crowded. Else the full-text index lists a rarer word's articles fastest, to be sorted; a
    word in a good share of the articles is found sooner by walking the date index and asking the
    full-text index about each article (`_walks_sooner`); where the engine keeps the documents' dates in an
    index, the matches are bounded by date to the articles expected to hold the page, where that is found sooner
    (`_date_bound`). Ranked by relevance, only the newest `ranked` matches are ranked. `known` is how many match,
    where that is known without counting (`_known`).
    """
    indexes = engines.named(reader.engine)
    if sort is not ArticleSort.RELEVANCE and not names:
        # The cursor's date is read (and a cursor without one refused) whichever plan answers, on either engine.
        day = search_by_day.day_of(decode_cursor(cursor, SORTS[sort])[0]) if cursor else None
        descending = sort is ArticleSort.NEWEST
        if indexes.DATED_FTS:
            bounds = search_by_day.day_bounds(reader, params, descending=descending, cursor_day=day, limit=limit)
            if bounds is not None:
                return _Plan.DAYS, bounds
    every_match = (
        _Plan.MATCHES_FIRST if sort is not ArticleSort.RELEVANCE and indexes.MATCHES_FIRST else _Plan.EVERY_MATCH
    )
    # Where the matches are counted already, fewer than are ranked have no newest `ranked` to find, and a sort by
    # date takes their share from the count: finding the newest walks the documents newest first, every one of
    # them for a rare word (1.7 s at a million articles on PostgreSQL).
    if known is not None and known.held < ranked:
        return every_match, {}
    if known is not None and sort is not ArticleSort.RELEVANCE:
        assert known.newest is not None  # read with the count, which is of at least `ranked` articles
        newest = known.newest
        share = known.held / newest
        if _walks_sooner(share, newest, limit):
            return _Plan.DATE_WALK, {}
        bound = _date_bound(reader, sort, share, newest, limit, cursor) if indexes.DOCUMENTS_BY_DATE else None
        if bound is not None:
            return _Plan.DATE_BOUNDED, {_DATE_BOUND.key: bound}
        return every_match, {}
    if known is not None:
        return _Plan.NEWEST_RANKED, {_RANKED.key: ranked}
    floor = reader.scalar(_NEWEST_MATCH, {**params, _SKIP.key: ranked - 1})
    if floor is None:
        return every_match, {}
    if sort is not ArticleSort.RELEVANCE:
        newest = reader.scalar(_NEWEST_ARTICLE)
        return (_Plan.DATE_WALK if _walks_sooner(ranked / (newest - floor + 1), newest, limit) else every_match), {}
    if names:
        # The newest matches under the other filters: ranking reads every match it ranks.
        floor = reader.scalar(_search(names).newest, {**params, _SKIP.key: ranked - 1})
        return (_Plan.EVERY_MATCH, {}) if floor is None else (_Plan.NEWEST_MATCHES, {_FLOOR.key: floor})
    # Matches so common that their newest are all among the newest articles are ranked there, in the
    # smallest window that holds them: the one whose oldest article is the newest.
    if not indexes.WINDOWS:
        return _Plan.NEWEST_MATCHES, {_FLOOR.key: floor}
    (oldest,) = reader.rows(_OLDEST_HELD)
    holding = [(held, number) for number, held in enumerate(oldest) if held is not None and held <= floor]
    if holding:
        return indexes.WINDOWS[max(holding)[1]], {_FLOOR.key: floor}
    return _Plan.NEWEST_MATCHES, {_FLOOR.key: floor}


# What asking the full-text index about one article costs, against reading one match's date: 10 µs
# and 0.85 µs, at a million articles (docs/benchmarks.md).
_PROBE_COST = 12


def _walks_sooner(share: float, articles: int, limit: int) -> bool:
    """Whether a page of the matches of a word in `share` of the `articles` is found sooner by walking
    the date index, asking of each article (limit / share of them), than by sorting every match
    (share * articles of them)."""
    return limit / share * _PROBE_COST < share * articles


# How many times the articles expected to hold a page's matches a date bound takes in. Matches spread evenly over
# the articles are about Poisson-distributed in number within the bound, here of mean 2 × (limit + 1): at 2, fewer
# than a page of 20's 21 fall within it about once in 8,000 pages (P(X < 21) = 0.00013 for a mean of 42), where the
# page is read again unbounded; a smaller page falls short more often (a page of 5: once in 50, P(X < 6) = 0.02 for
# a mean of 12), and so does a word whose matches are not spread evenly (news of one season).
_BOUND_MARGIN = 2
# What sorting every match costs for each match (its row read for its date), against what a date bound costs for each
# article it spans (its entry of the documents' index of dates read to find the bound, then again with the page's
# matches): 2.8 µs and 0.45 µs, a word in 0.5% of a million documents (docs/benchmarks.md); their ratio, rounded down.
_ROW_COST = 6


def _date_bound(
    reader: Reader, sort: ArticleSort, share: float, articles: int, limit: int, cursor: str | None
) -> str | None:
    """The date bounding a page of the matches of a word in `share` of the `articles`, sorted by date after
    `cursor`: that of the article `_BOUND_MARGIN` × (limit + 1) / share articles on in the documents' index of
    dates. None where reading that index that far and back (finding the bound, then the articles within it) costs
    more than reading every match's row for its date (`_ROW_COST`); where the bound would be among the undated
    articles (which no date bounds: they are ordered by id); or where the articles left end before it."""
    span = math.ceil(_BOUND_MARGIN * (limit + 1) / share)
    if span >= share * articles * _ROW_COST:
        return None
    order = _DATED_SORTS[sort]
    position = decode_cursor(cursor, order) if cursor else None
    if position is not None and position[0] is None:
        return None
    after = order.bound_to(position) if position is not None else {}
    bound: str | None = reader.scalar(_nth_dated(sort, after=position is not None), {**after, _SKIP.key: span})
    return bound


@cache
def _nth_dated(sort: ArticleSort, *, after: bool) -> Statement:
    """The date of the `skip`+1-th document in `sort` order (after the cursor's position, when `after`), read from
    the documents' index of dates alone (NULL where it is undated; none where there are not that many)."""
    order = _DATED_SORTS[sort]
    documents = select(_DATED.c.published).order_by(*order.order_by()).offset(_SKIP).limit(1)
    # After a dated position, the dated documents' stretch: the bound is never among the undated.
    return compiled(documents.where(order.after(key_is_null=False)[0]) if after else documents)


# The documents on the near side of the bound in each order: newest first, those dated from it on; oldest first,
# those dated up to it, and the undated, which come first.
_WITHIN_BOUND = {
    ArticleSort.NEWEST: _DATED.c.published >= _DATE_BOUND,
    ArticleSort.OLDEST: or_(_DATED.c.published.is_(None), _DATED.c.published <= _DATE_BOUND),
}


class _Search:
    """The statements of a search under some filters: counting its matches, and finding the newest."""

    def __init__(self, matched: Select[Any]) -> None:
        self.count = counting(matched)
        rowid = ARTICLES_FTS.rowid
        newest_first = matched.with_only_columns(rowid).order_by(rowid.desc())
        self.newest = compiled(newest_first.limit(1).offset(_SKIP))


@cache
def _search(names: tuple[str, ...]) -> _Search:
    return _Search(_matched(_filtered(names)))


def _filtered(names: tuple[str, ...]) -> Select[Any]:
    """Summaries under the filters `names`: through one entity's links when one is asked for."""
    if "entity" in names:
        linked = _SUMMARY.join_from(ARTICLE_ENTITIES, ARTICLES, ARTICLES.c.id == ARTICLE_ENTITIES.c.article_id)
        return filtered(linked, _LINKED_FILTERS, names)
    return filtered(_SUMMARY, FILTERS, names)


def _matched(query: Select[Any]) -> Select[Any]:
    return matching_articles(query, _Q, article_id=ARTICLES.c.id)


# Every article matching `q`, from the full-text index alone: materialised, it is found before the rest of the
# statement is planned around it (PostgreSQL).
_MATCHES = select(ARTICLES_FTS.rowid).where(ARTICLES_FTS.match(_Q)).cte("matches").prefix_with("MATERIALIZED")


def _matched_first(query: Select[Any]) -> Select[Any]:
    return query.join(_MATCHES, _MATCHES.c.rowid == ARTICLES.c.id)


# The same with the dates their documents keep, under no other filter: materialised, the planner cannot walk the
# documents' index of dates instead (migration 0015), testing each document.
_DATED_MATCHES = (
    select(_DATED.c.rowid, _DATED.c.published).where(ARTICLES_FTS.match(_Q)).cte("matches").prefix_with("MATERIALIZED")
)
_DATED_MATCHES_SORTS = _sorts(_DATED_MATCHES.c.published, _DATED_MATCHES.c.rowid)


@cache
def _listing(names: tuple[str, ...], sort: ArticleSort, plan: _Plan | sqlite.Window | None) -> Listing:
    if plan is not None and not names:
        return _found_in_indexes(sort, plan)
    query = _filtered(names)
    if plan is _Plan.DATE_WALK:
        query = query.where(contains(ARTICLES.c.id, _Q))
    elif plan is _Plan.EVERY_MATCH:
        query = _matched(query)
    elif plan is _Plan.MATCHES_FIRST:
        query = _matched_first(query)
    elif plan is _Plan.NEWEST_MATCHES:
        query = _matched(query).where(ARTICLES_FTS.rowid >= _FLOOR)
    return Listing(query, (_LINKED_SORTS if "entity" in names else SORTS)[sort])


def _found_in_indexes(sort: ArticleSort, plan: _Plan | sqlite.Window) -> Listing:
    """A search under no other filter: the page found from the indexes alone (full text, the index
    keyed by day, and the articles' dates by id or ids by date), and only its own articles read."""
    if plan is _Plan.NEWEST_RANKED:
        return Listing(select(_NEWEST_RANKED.c.rowid), _NEWEST_RANKED_SORT, shown=_summaries)
    if sort is ArticleSort.RELEVANCE:
        index = plan.fulltext if isinstance(plan, sqlite.Window) else ARTICLES_FTS
        matches = select(index.rowid).where(index.match(_Q))
        if plan is not _Plan.EVERY_MATCH:
            matches = matches.where(index.rowid >= _FLOOR)
        return Listing(matches, _by_relevance(index, index.rowid), shown=_summaries)
    # SQLite would read each match's date from its row, not from the index of dates by id.
    by_id = select(ARTICLES.c.id).with_hint(ARTICLES, "INDEXED BY ix_articles_id_published", "sqlite")
    if plan is _Plan.DAYS:
        day_matches = by_id.join_from(sqlite.DATED_FTS.table, ARTICLES, ARTICLES.c.id == search_by_day.ARTICLE_ID)
        matches = search_by_day.matches(day_matches)
    elif plan is _Plan.DATE_WALK:
        matches = select(ARTICLES.c.id).where(contains(ARTICLES.c.id, _Q))
    elif plan is _Plan.MATCHES_FIRST:
        return Listing(select(_DATED_MATCHES.c.rowid), _DATED_MATCHES_SORTS[sort], shown=_summaries)
    elif plan is _Plan.DATE_BOUNDED:
        bounded = select(_DATED.c.rowid).where(ARTICLES_FTS.match(_Q), _WITHIN_BOUND[sort])
        return Listing(bounded, _DATED_SORTS[sort], shown=_summaries)
    else:
        matches = _matched(by_id)
    return Listing(matches, SORTS[sort], shown=_summaries)


# The newest `ranked` matches, each with its rank, and their order by relevance (`_Plan.NEWEST_RANKED`).
_NEWEST_RANKED = (
    select(ARTICLES_FTS.rowid, ARTICLES_FTS.rank().label("rank"))
    .where(ARTICLES_FTS.match(_Q))
    .order_by(ARTICLES_FTS.rowid.desc())
    .limit(_RANKED)
    .subquery("newest")
)
_NEWEST_RANKED_SORT = Sort(ArticleSort.RELEVANCE, _NEWEST_RANKED.c.rank, _NEWEST_RANKED.c.rowid, descending=False)


def _summaries(page: Subquery) -> Select[Any]:
    # With their bodies, for their snippets: the page chosen first, only its rows' bodies are read.
    return _SUMMARY.add_columns(ARTICLES.c.body, page.c[SORT_KEY], page.c[ROW_ID]).join_from(
        page, ARTICLES, ARTICLES.c.id == page.c[ROW_ID]
    )


def _with_snippets(reader: Reader, rows: Sequence[Mapping[Any, Any]], q: Node) -> list[dict[str, Any]]:
    # Bodies are read for the page's rows only, after ranking, so that sorting every match never carries whole
    # article texts: with the rows, where the page is chosen from the indexes alone (`_summaries`); else after them.
    bodies = {row["id"]: row["body"] for row in rows if "body" in row}
    if unread := [row["id"] for row in rows if row["id"] not in bodies]:
        bodies.update(reader.rows(_BODIES, {"ids": json_list(unread)}))
    return [
        {name: value for name, value in row.items() if name != "body"}
        | {"snippet": make_snippet(bodies[row["id"]], q) or make_snippet(row["title"] or "", q)}
        for row in rows
    ]


def get_article(reader: Reader, *, article_id: int) -> dict[str, Any] | None:
    """The whole stored article, or None."""
    return reader.first(_ARTICLE, {"id": article_id})


def count_articles(reader: Reader) -> int:
    """How many articles are stored (counted once per change of the database: health checks poll it)."""
    with reader.snapshot():
        return count_rows(reader, _ALL, {})


# The statements writing articles, built once: an ingest runs them for every article (app/store/writes.py).
_STORED = compiled(
    select(ARTICLES.c.id, ARTICLES.c.content_hash).where(ARTICLES.c.external_id == bindparam("external"))
)
# Every column but the id, each the parameter of its name (`article_row`).
_VALUES: dict[str, BindParameter[Any]] = {
    column.name: bindparam(column.name) for column in ARTICLES.c if column is not ARTICLES.c.id
}
_INSERT = compiled(insert(ARTICLES).values(_VALUES).returning(ARTICLES.c.id))
_REPLACE = compiled(update(ARTICLES).where(ARTICLES.c.id == bindparam("article")).values(_VALUES))
_FORGET_AUTHORS = compiled(delete(AUTHORS).where(AUTHORS.c.article_id == bindparam("article")))
_INSERT_AUTHORS = compiled(insert(AUTHORS).values({column.name: bindparam(column.name) for column in AUTHORS.c}))
_HASHES = select(ARTICLES.c.external_id, ARTICLES.c.content_hash).where(
    ARTICLES.c.external_id.in_(bindparam("externals", expanding=True))
)


def write_article(connection: Connection, *, record: ArticleRecord) -> tuple[WriteOutcome, int]:
    """Insert the article, or replace it in place (same id) when its content changed; gives its id."""
    found = run(connection, _STORED, {"external": record.external_id}).fetchone()
    values = article_row(record, ingested_at=datetime.now(UTC).isoformat(timespec="seconds"))
    if found is None:
        article_id: int = one(connection, _INSERT, values)[0]
        outcome = WriteOutcome.NEW
    elif found[1] == record.content_hash:
        return WriteOutcome.UNCHANGED, found[0]
    else:
        article_id = found[0]
        execute(connection, _REPLACE, {**values, "article": article_id})
        execute(connection, _FORGET_AUTHORS, {"article": article_id})
        outcome = WriteOutcome.REPLACED
    if record.authors:
        run_many(connection, _INSERT_AUTHORS, author_rows(article_id, record))
    engines.of(connection).index_articles(connection, [(article_id, record.title, record.body, record.published)])
    return outcome, article_id


def article_row(record: ArticleRecord, *, ingested_at: str) -> dict[str, Any]:
    """The article's row but for its id (for every way of writing articles)."""
    # The record's fields are the table's columns, but for the byline's people (their own table).
    values = {name: value for name, value in vars(record).items() if name != "authors"}
    return {**values, "ingested_at": ingested_at}


def author_rows(article_id: int, record: ArticleRecord) -> list[dict[str, Any]]:
    """The rows of the byline's people, each once (for every way of writing articles)."""
    return [{"article_id": article_id, "name": name} for name in dict.fromkeys(record.authors)]


def stored_hashes(connection: Connection, *, external_ids: Sequence[str]) -> dict[str, str]:
    """The content hash stored for each of these external ids that is stored."""
    rows = connection.execute(_HASHES, {"externals": list(external_ids)})
    return {external_id: content_hash for external_id, content_hash in rows}
