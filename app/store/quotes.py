"""Queries over quotes: filters as data, each quote with its speaker, places and cluster."""

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, select

from app.store import sqlite
from app.store.articles import FILTERS as ARTICLE_FILTERS
from app.store.entities import entity_refs, speakers_named
from app.store.listing import Page, paginate
from app.store.pagination import Sort
from app.store.rows import IDS, dicts, first
from app.store.tables import ARTICLES, QUOTE_PLACES, QUOTES

QUOTE_COLUMNS = ("id", "article_id", "text", "kind", "cue", "speaker_id", "speaker_text", "field", "start", "end")


def _published(name: str) -> Callable[[date], Any]:
    return lambda day: QUOTES.c.article_id.in_(select(ARTICLES.c.id).where(ARTICLE_FILTERS[name](day)))


FILTERS: dict[str, Callable[[Any], Any]] = {
    "article_id": lambda value: QUOTES.c.article_id == value,
    "speaker": lambda value: QUOTES.c.speaker_id == value,
    "speaker_name": lambda value: QUOTES.c.speaker_id.in_(speakers_named(value)),
    "kind": lambda value: QUOTES.c.kind == value,
    "q": lambda value: sqlite.matching(QUOTES.c.id, "quotes_fts", value),
    "published_from": _published("published_from"),
    "published_to": _published("published_to"),
}

# In the order they were stored: articles in ingest order, each article's quotes as they appear.
SORT = Sort("id", QUOTES.c.id, QUOTES.c.id, descending=False)


# Built once: composing a statement costs more than running it.
_QUOTES: Select[Any] = select(*(QUOTES.c[name] for name in QUOTE_COLUMNS), QUOTES.c.cluster_id)
_PLACES: Select[Any] = (
    select(QUOTE_PLACES)
    .where(QUOTE_PLACES.c.quote_id.in_(IDS))
    .order_by(QUOTE_PLACES.c.quote_id, QUOTE_PLACES.c.field, QUOTE_PLACES.c.start)
)


def list_quotes(
    connection: Connection, *, filters: Mapping[str, Any], limit: int, cursor: str | None, count: bool
) -> Page:
    query = _QUOTES
    for name, value in filters.items():
        query = query.where(FILTERS[name](value))
    with sqlite.full_text_errors(filters.get("q")):
        page = paginate(connection, query, sort=SORT, limit=limit, cursor=cursor, count=count)
    return Page(items=described(connection, page.items), total=page.total, next_cursor=page.next_cursor)


def get_quote(connection: Connection, *, quote_id: int) -> dict[str, Any] | None:
    """The quote, with the other quotes of the same words (in this article or others)."""
    row = first(connection.execute(_QUOTES.where(QUOTES.c.id == quote_id)))
    if row is None:
        return None
    others = dicts(
        connection.execute(
            _QUOTES.where(QUOTES.c.cluster_id == row["cluster_id"], QUOTES.c.id != quote_id).order_by(QUOTES.c.id)
        )
    )
    quote, *cluster = described(connection, [row, *others])
    return {**quote, "cluster": cluster}


def quotes_in(connection: Connection, *, article_id: int) -> list[dict[str, Any]]:
    rows = dicts(connection.execute(_QUOTES.where(QUOTES.c.article_id == article_id).order_by(QUOTES.c.id)))
    return described(connection, rows)


def described(connection: Connection, rows: Iterable[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """Quote rows with their speaker entity and every place they occur."""
    rows = list(rows)
    speakers = entity_refs(connection, [row["speaker_id"] for row in rows if row["speaker_id"] is not None])
    places: dict[int, list[dict[str, Any]]] = {}
    found = connection.execute(_PLACES, {"ids": [row["id"] for row in rows]}).all()
    for place in found:
        places.setdefault(place.quote_id, []).append({"field": place.field, "start": place.start, "end": place.end})
    return [
        {**row, "speaker": speakers.get(row["speaker_id"]), "occurrences": _own_first(row, places.get(row["id"], []))}
        for row in rows
    ]


def _own_first(row: Mapping[Any, Any], places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    own = {"field": row["field"], "start": row["start"], "end": row["end"]}
    return [own, *(place for place in places if place != own)]
