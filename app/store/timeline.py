"""Queries over the timeline: events by date, their entities, and counts per period."""

from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Select, func, select

from app.store.entities import entity_refs
from app.store.listing import Page, paginate
from app.store.pagination import Sort
from app.store.tables import EVENT_ENTITIES, EVENTS

EVENT_COLUMNS = (
    "id",
    "article_id",
    "date",
    "precision",
    "date_text",
    "resolved_from",
    "field",
    "start",
    "end",
    "sentence",
)


class Bucket(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


# How much of an ISO day a bucket keeps, and the precisions fine enough to be counted in it.
_BUCKETS = {
    Bucket.DAY: (10, ("day",)),
    Bucket.MONTH: (7, ("day", "week", "month")),
    Bucket.YEAR: (4, ("day", "week", "month", "quarter", "year")),
}

FILTERS: dict[str, Callable[[Any], Any]] = {
    "article_id": lambda value: EVENTS.c.article_id == value,
    "entity": lambda value: EVENTS.c.id.in_(
        select(EVENT_ENTITIES.c.event_id).where(EVENT_ENTITIES.c.entity_id == value)
    ),
    # A period overlapping the range is in it: "May 2017" is on the timeline of May 10 to 20.
    "from": lambda day: EVENTS.c.last_day >= day.isoformat(),
    "to": lambda day: EVENTS.c.first_day <= day.isoformat(),
}

SORT = Sort("date", EVENTS.c.first_day, EVENTS.c.id, descending=False)


def _filtered(query: Select[Any], filters: Mapping[str, Any]) -> Select[Any]:
    for name, value in filters.items():
        query = query.where(FILTERS[name](value))
    return query


def list_events(
    connection: Connection, *, filters: Mapping[str, Any], limit: int, cursor: str | None, count: bool
) -> Page:
    query = _filtered(select(*(EVENTS.c[name] for name in EVENT_COLUMNS)), filters)
    page = paginate(connection, query, sort=SORT, limit=limit, cursor=cursor, count=count)
    return Page(items=with_entities(connection, page.items), total=page.total, next_cursor=page.next_cursor)


def events_in(connection: Connection, *, article_id: int) -> list[dict[str, Any]]:
    query = select(*(EVENTS.c[name] for name in EVENT_COLUMNS)).where(EVENTS.c.article_id == article_id)
    return with_entities(connection, connection.execute(query.order_by(*SORT.order_by())).mappings())


def count_by_period(connection: Connection, *, filters: Mapping[str, Any], bucket: Bucket) -> list[dict[str, Any]]:
    """Events per day, month or year, oldest first; events vaguer than the bucket are not counted."""
    length, precisions = _BUCKETS[bucket]
    period = func.substr(EVENTS.c.first_day, 1, length).label("period")
    query = _filtered(select(period, func.count().label("count")), filters).where(EVENTS.c.precision.in_(precisions))
    rows = connection.execute(query.group_by(period).order_by(period)).mappings()
    return [dict(row) for row in rows]


def with_entities(connection: Connection, rows: Iterable[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """Event rows, each with the entities of the sentence that states it."""
    rows = list(rows)
    links = connection.execute(
        select(EVENT_ENTITIES.c.event_id, EVENT_ENTITIES.c.entity_id).where(
            EVENT_ENTITIES.c.event_id.in_([row["id"] for row in rows])
        )
    ).all()
    refs = entity_refs(connection, {link.entity_id for link in links})
    named: dict[int, list[dict[str, Any]]] = {}
    for link in links:
        named.setdefault(link.event_id, []).append(refs[link.entity_id])
    return [{**row, "entities": named.get(row["id"], [])} for row in rows]
