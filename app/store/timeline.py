"""Queries over the timeline: events by date, their entities, and counts per period."""

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, select

from app.store.entities import entity_refs
from app.store.extractions import LONGEST_PERIOD
from app.store.listing import Page, paginate
from app.store.pagination import Sort
from app.store.rows import IDS, dicts
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


def _filters(first_day: ColumnElement[str], last_day: ColumnElement[str]) -> dict[str, Callable[[Any], Any]]:
    return {
        "article_id": lambda value: EVENTS.c.article_id == value,
        "entity": lambda value: EVENTS.c.id.in_(
            select(EVENT_ENTITIES.c.event_id).where(EVENT_ENTITIES.c.entity_id == value)
        ),
        # A period overlapping the range is in it: "May 2017" is on the timeline of May 10 to 20.
        "from": lambda day: and_(last_day >= day.isoformat(), first_day >= _earliest_start(day)),
        "to": lambda day: first_day <= day.isoformat(),
    }


def _earliest_start(day: date) -> str:
    # Implied by `last_day >= day`, but on the indexed column: the index then starts near `day`
    # instead of at the beginning of time.
    return (day - LONGEST_PERIOD if day - date.min >= LONGEST_PERIOD else date.min).isoformat()


FILTERS = _filters(EVENTS.c.first_day, EVENTS.c.last_day)
# Built once: composing a statement costs more than running it.
_EVENTS: Select[Any] = select(*(EVENTS.c[name] for name in EVENT_COLUMNS))
SORT = Sort("date", EVENTS.c.first_day, EVENTS.c.id, descending=False)
# One entity's timeline is read through its links to the events, whose copy of the days orders
# and bounds them in one index: the same filters and sort on that copy.
_LINKED_FILTERS = {
    **_filters(EVENT_ENTITIES.c.first_day, EVENT_ENTITIES.c.last_day),
    "entity": lambda value: EVENT_ENTITIES.c.entity_id == value,
}
_LINKED_SORT = Sort("date", EVENT_ENTITIES.c.first_day, EVENT_ENTITIES.c.event_id, descending=False)


def _filtered(query: Select[Any], filters: Mapping[str, Any]) -> tuple[Select[Any], Sort]:
    """`query` over the events narrowed by `filters`, and the sort that reads it in date order."""
    if "entity" not in filters:
        return _where(query, FILTERS, filters), SORT
    linked = query.join_from(EVENT_ENTITIES, EVENTS, EVENTS.c.id == EVENT_ENTITIES.c.event_id)
    return _where(linked, _LINKED_FILTERS, filters), _LINKED_SORT


def _where(
    query: Select[Any], conditions: Mapping[str, Callable[[Any], Any]], filters: Mapping[str, Any]
) -> Select[Any]:
    for name, value in filters.items():
        query = query.where(conditions[name](value))
    return query


def list_events(
    connection: Connection, *, filters: Mapping[str, Any], limit: int, cursor: str | None, count: bool
) -> Page:
    query, sort = _filtered(_EVENTS, filters)
    page = paginate(connection, query, sort=sort, limit=limit, cursor=cursor, count=count)
    return Page(items=with_entities(connection, page.items), total=page.total, next_cursor=page.next_cursor)


def events_in(connection: Connection, *, article_id: int) -> list[dict[str, Any]]:
    query = _EVENTS.where(EVENTS.c.article_id == article_id)
    return with_entities(connection, dicts(connection.execute(query.order_by(*SORT.order_by()))))


def count_by_period(connection: Connection, *, filters: Mapping[str, Any], bucket: Bucket) -> list[dict[str, Any]]:
    """Events per day, month or year, oldest first; events vaguer than the bucket are not counted."""
    length, precisions = _BUCKETS[bucket]
    period = func.substr(EVENTS.c.first_day, 1, length).label("period")
    query, _ = _filtered(select(period, func.count().label("count")), filters)
    query = query.where(EVENTS.c.precision.in_(precisions))
    return dicts(connection.execute(query.group_by(period).order_by(period)))


_LINKS: Select[Any] = select(EVENT_ENTITIES.c.event_id, EVENT_ENTITIES.c.entity_id).where(
    EVENT_ENTITIES.c.event_id.in_(IDS)
)


def with_entities(connection: Connection, rows: Iterable[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """Event rows, each with the entities of the sentence that states it."""
    rows = list(rows)
    links = connection.execute(_LINKS, {"ids": [row["id"] for row in rows]}).all()
    refs = entity_refs(connection, {link.entity_id for link in links})
    named: dict[int, list[dict[str, Any]]] = {}
    for link in links:
        named.setdefault(link.event_id, []).append(refs[link.entity_id])
    return [{**row, "entities": named.get(row["id"], [])} for row in rows]
