"""Queries over articles: the filters as data, the sorts, reading and writing."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, bindparam, delete, insert, select, update

from app.store import sqlite
from app.store.listing import Page, count_rows, paginate
from app.store.pagination import Sort
from app.store.rows import IDS, first
from app.store.snippets import make_snippet
from app.store.tables import ARTICLE_ENTITIES, ARTICLES, AUTHORS


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


def _author_is(name: str) -> Any:
    # IN (subquery) lets SQLite start from the author index instead of testing every article.
    return ARTICLES.c.id.in_(select(AUTHORS.c.article_id).where(sqlite.equals_ignoring_case(AUTHORS.c.name, name)))


def _through_day(day: date) -> str:
    # "~" sorts after every character that can follow a date in ISO text ("T", "+"), so the
    # bound takes in all of the day without computing the next one (which 9999-12-31 lacks).
    return f"{day.isoformat()}~"


def _filters(published: ColumnElement[Any]) -> dict[str, Callable[[Any], Any]]:
    """Each filter: parameter name -> condition. Adding a filter is adding a row."""
    return {
        "source": lambda value: sqlite.equals_ignoring_case(ARTICLES.c.source, value),
        "author": _author_is,
        "external_id": lambda value: ARTICLES.c.external_id == value,
        "entity": lambda value: ARTICLES.c.id.in_(
            select(ARTICLE_ENTITIES.c.article_id).where(ARTICLE_ENTITIES.c.entity_id == value)
        ),
        # `published` holds ISO text, so comparing strings compares dates; `to` includes its whole day.
        "published_from": lambda day: published >= day.isoformat(),
        "published_to": lambda day: published < _through_day(day),
    }


def _sorts(published: ColumnElement[Any], tiebreak: ColumnElement[int]) -> dict[ArticleSort, Sort]:
    return {
        ArticleSort.NEWEST: Sort(ArticleSort.NEWEST, published, tiebreak, descending=True),
        ArticleSort.OLDEST: Sort(ArticleSort.OLDEST, published, tiebreak, descending=False),
        ArticleSort.RELEVANCE: Sort(ArticleSort.RELEVANCE, sqlite.fulltext_rank(), tiebreak, descending=False),
    }


FILTERS = _filters(ARTICLES.c.published)
SORTS = _sorts(ARTICLES.c.published, ARTICLES.c.id)
# One entity's articles are read through its links to them, whose copy of `published` orders
# and bounds them in one index: the same filters and sorts on that copy.
_LINKED_FILTERS = {
    **_filters(ARTICLE_ENTITIES.c.published),
    "entity": lambda value: ARTICLE_ENTITIES.c.entity_id == value,
}
_LINKED_SORTS = _sorts(ARTICLE_ENTITIES.c.published, ARTICLE_ENTITIES.c.article_id)
# Built once: composing a statement costs more than running it.
_SUMMARY: Select[Any] = select(
    *(ARTICLES.c[name] for name in ("id", "external_id", "title", "source", "author", "published", "url"))
)

_BODIES: Select[Any] = select(ARTICLES.c.id, ARTICLES.c.body).where(ARTICLES.c.id.in_(IDS))


def list_articles(
    connection: Connection,
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
    linked = "entity" in filters
    query = _SUMMARY
    if linked:
        query = query.join_from(ARTICLE_ENTITIES, ARTICLES, ARTICLES.c.id == ARTICLE_ENTITIES.c.article_id)
    conditions = _LINKED_FILTERS if linked else FILTERS
    for name, value in filters.items():
        query = query.where(conditions[name](value))
    sorted_by = (_LINKED_SORTS if linked else SORTS)[sort]
    with sqlite.full_text_errors(q):
        matched = sqlite.matching_articles(query, q, article_id=ARTICLES.c.id) if q else query
        total = count_rows(connection, matched) if count else None
        listed = _listed(connection, query, matched, q=q, sort=sort, ranked=ranked_matches) if q else query
        page = paginate(connection, listed, sort=sorted_by, limit=limit, cursor=cursor, count=False)
    page = replace(page, total=total)
    if q:
        return replace(page, items=_with_snippets(connection, page.items, q))
    return page


def _listed(
    connection: Connection, filtered: Select[Any], matched: Select[Any], *, q: str, sort: ArticleSort, ranked: int
) -> Select[Any]:
    """The query that lists the articles matching `q`, planned by how many match.

    The full-text index lists a rare word's few articles fastest; a word in thousands is found
    sooner by walking the date index and asking the full-text index about each article. Ranked
    by relevance, only the newest `ranked` matches are ranked.
    """
    floor = sqlite.newest_match(connection, q, at=ranked)
    if floor is None:
        return matched
    if sort is not ArticleSort.RELEVANCE:
        return filtered.where(sqlite.contains(ARTICLES.c.id, q))
    if filtered.whereclause is None:
        return matched.where(sqlite.fulltext_rowid() >= floor)
    return sqlite.newest_matches(connection, matched, at_most=ranked)


def _with_snippets(connection: Connection, rows: Sequence[Mapping[Any, Any]], q: str) -> list[dict[str, Any]]:
    # Bodies are read for the page's rows only, after ranking, so that sorting every match
    # never carries whole article texts.
    ids = [row["id"] for row in rows]
    found = connection.execute(_BODIES, {"ids": ids})
    bodies = {article_id: body for article_id, body in found}
    return [
        {**row, "snippet": make_snippet(bodies[row["id"]], q) or make_snippet(row["title"] or "", q)} for row in rows
    ]


def get_article(connection: Connection, *, article_id: int) -> dict[str, Any] | None:
    """The whole stored article, or None."""
    return first(connection.execute(select(ARTICLES).where(ARTICLES.c.id == article_id)))


# The statements writing articles, built once: an ingest runs them for every article.
_STORED = select(ARTICLES.c.id, ARTICLES.c.content_hash).where(ARTICLES.c.external_id == bindparam("external"))
_INSERT = insert(ARTICLES).returning(ARTICLES.c.id)
_REPLACE = update(ARTICLES).where(ARTICLES.c.id == bindparam("article"))
_FORGET_AUTHORS = delete(AUTHORS).where(AUTHORS.c.article_id == bindparam("article"))
_INSERT_AUTHORS = insert(AUTHORS)
_HASHES = select(ARTICLES.c.external_id, ARTICLES.c.content_hash).where(
    ARTICLES.c.external_id.in_(bindparam("externals", expanding=True))
)


def write_article(connection: Connection, *, record: ArticleRecord) -> tuple[WriteOutcome, int]:
    """Insert the article, or replace it in place (same id) when its content changed; gives its id."""
    found = connection.execute(_STORED, {"external": record.external_id}).first()
    values = _row_values(record)
    if found is None:
        article_id: int = connection.execute(_INSERT, values).scalar_one()
        outcome = WriteOutcome.NEW
    elif found.content_hash == record.content_hash:
        return WriteOutcome.UNCHANGED, found.id
    else:
        article_id = found.id
        connection.execute(_REPLACE, {**values, "article": article_id})
        connection.execute(_FORGET_AUTHORS, {"article": article_id})
        outcome = WriteOutcome.REPLACED
    if record.authors:
        connection.execute(
            _INSERT_AUTHORS, [{"article_id": article_id, "name": name} for name in dict.fromkeys(record.authors)]
        )
    return outcome, article_id


def _row_values(record: ArticleRecord) -> dict[str, Any]:
    # The record's fields are the table's columns, but for the byline's people (their own table).
    values = {name: value for name, value in asdict(record).items() if name != "authors"}
    return {**values, "ingested_at": datetime.now(UTC).isoformat(timespec="seconds")}


def stored_hashes(connection: Connection, *, external_ids: Sequence[str]) -> dict[str, str]:
    """The content hash stored for each of these external ids that is stored."""
    rows = connection.execute(_HASHES, {"externals": list(external_ids)})
    return {external_id: content_hash for external_id, content_hash in rows}


def count_articles(connection: Connection) -> int:
    """How many articles are stored (counted once per change of the database: health checks poll it)."""
    return count_rows(connection, select(ARTICLES.c.id))
