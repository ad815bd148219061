"""Queries over quotes: filters as data, each quote with its speaker, places and cluster."""

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, select

from app.store.articles import FILTERS as ARTICLE_FILTERS
from app.store.entities import entity_refs, speakers_named
from app.store.listing import Filter, Listing, Page, filter_on, filter_values, filtered, paginate
from app.store.pagination import Sort
from app.store.portable import QUOTES_FTS, matching
from app.store.reader import Reader, among, json_list
from app.store.search_query import parse, written_for
from app.store.statements import compiled
from app.store.tables import ARTICLES, QUOTE_PLACES, QUOTES

QUOTE_COLUMNS = ("id", "article_id", "text", "kind", "cue", "speaker_id", "speaker_text", "field", "start", "end")


def _published(name: str) -> Filter:
    # The article filter's condition and parameter, asked of the quote's article.
    within = ARTICLE_FILTERS[name]
    return Filter(QUOTES.c.article_id.in_(select(ARTICLES.c.id).where(within.condition)), within.values)


FILTERS: dict[str, Filter] = {
    "article_id": filter_on("article_id", lambda article: QUOTES.c.article_id == article),
    "speaker": filter_on("speaker", lambda speaker: QUOTES.c.speaker_id == speaker),
    "speaker_name": filter_on("speaker_name", lambda name: QUOTES.c.speaker_id.in_(speakers_named(name))),
    "kind": filter_on("kind", lambda kind: QUOTES.c.kind == kind),
    # The quoted words are the index's only column: a query names none. Parsed here, written for the engine
    # that runs it (`list_quotes`).
    "q": filter_on("q", lambda q: matching(QUOTES.c.id, QUOTES_FTS, q), lambda q: parse(q, columns=())),
    "published_from": _published("published_from"),
    "published_to": _published("published_to"),
}

# In the order they were stored: articles in ingest order, each article's quotes as they appear.
SORT = Sort("id", QUOTES.c.id, QUOTES.c.id, descending=False)

_QUOTES: Select[Any] = select(*(QUOTES.c[name] for name in QUOTE_COLUMNS), QUOTES.c.cluster_id)


def _where(condition: ColumnElement[bool]) -> Any:
    return compiled(_QUOTES.where(condition).order_by(QUOTES.c.id))


_QUOTE = _where(QUOTES.c.id == bindparam("id"))
_CLUSTER = _where((QUOTES.c.cluster_id == bindparam("cluster")) & (QUOTES.c.id != bindparam("id")))
_IN_ARTICLE = _where(QUOTES.c.article_id == bindparam("article"))
_PLACES = compiled(
    select(QUOTE_PLACES.c.quote_id, QUOTE_PLACES.c.field, QUOTE_PLACES.c.start, QUOTE_PLACES.c.end)
    .where(among(QUOTE_PLACES.c.quote_id))
    .order_by(QUOTE_PLACES.c.quote_id, QUOTE_PLACES.c.field, QUOTE_PLACES.c.start)
)


@cache
def _listing(names: tuple[str, ...]) -> Listing:
    return Listing(filtered(_QUOTES, FILTERS, names), SORT)


def list_quotes(reader: Reader, *, filters: Mapping[str, Any], limit: int, cursor: str | None, count: bool) -> Page:
    params = filter_values(FILTERS, filters)
    if "q" in params:
        params["q"] = written_for(reader.engine, params["q"])
    with reader.snapshot():
        page = paginate(reader, _listing(tuple(filters)), params, limit=limit, cursor=cursor, count=count)
        return Page(items=described(reader, page.items), total=page.total, next_cursor=page.next_cursor)


def get_quote(reader: Reader, *, quote_id: int) -> dict[str, Any] | None:
    """The quote, with the other quotes of the same words (in this article or others)."""
    with reader.snapshot():
        row = reader.first(_QUOTE, {"id": quote_id})
        if row is None:
            return None
        others = reader.dicts(_CLUSTER, {"cluster": row["cluster_id"], "id": quote_id})
        quote, *cluster = described(reader, [row, *others])
        return {**quote, "cluster": cluster}


def quotes_in(reader: Reader, *, article_id: int) -> list[dict[str, Any]]:
    return described(reader, reader.dicts(_IN_ARTICLE, {"article": article_id}))


def described(reader: Reader, rows: Iterable[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """Quote rows with their speaker entity and every place they occur."""
    rows = list(rows)
    speakers = entity_refs(reader, [row["speaker_id"] for row in rows if row["speaker_id"] is not None])
    places: dict[int, list[dict[str, Any]]] = {}
    for quote_id, field, start, end in reader.rows(_PLACES, {"ids": json_list([row["id"] for row in rows])}):
        places.setdefault(quote_id, []).append({"field": field, "start": start, "end": end})
    return [
        {**row, "speaker": speakers.get(row["speaker_id"]), "occurrences": _own_first(row, places.get(row["id"], []))}
        for row in rows
    ]


def _own_first(row: Mapping[Any, Any], places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    own = {"field": row["field"], "start": row["start"], "end": row["end"]}
    return [own, *(place for place in places if place != own)]
