"""Queries over the timeline: events by date, their entities, and counts per period."""

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, bindparam, func, literal, literal_column, select

from app.store.entities import entity_refs
from app.store.extraction_rows import LONGEST_PERIOD
from app.store.listing import (
    Before,
    Filter,
    Listing,
    Page,
    count_rows,
    counting,
    filter_on,
    filter_values,
    filtered,
    paginate,
)
from app.store.pagination import AFTER_KEY, Sort, decode_cursor, encode_cursor
from app.store.reader import Reader, among, json_list
from app.store.statements import Statement, compiled
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


# How much of an ISO day a bucket keeps, and the precisions fine enough to be counted in it. A period is counted
# where its first day falls: a winter ("2020-WI", December to February) in the year its name gives.
_BUCKETS = {
    Bucket.DAY: (10, ("day",)),
    Bucket.MONTH: (7, ("day", "week", "weekend", "month")),
    Bucket.YEAR: (4, ("day", "week", "weekend", "month", "quarter", "season", "half", "year")),
}


def _filters(first_day: ColumnElement[str], last_day: ColumnElement[str]) -> dict[str, Filter]:
    return {
        "article_id": filter_on("article_id", lambda article: EVENTS.c.article_id == article),
        "entity": filter_on(
            "entity",
            lambda entity: EVENTS.c.id.in_(
                select(EVENT_ENTITIES.c.event_id).where(EVENT_ENTITIES.c.entity_id == entity)
            ),
        ),
        # A period overlapping the range is in it: "May 2017" is on the timeline of May 10 to 20.
        "from": Filter(and_(last_day >= bindparam("from"), first_day >= bindparam("from_earliest")), _from_days),
        "to": filter_on("to", lambda day: first_day <= day, date.isoformat),
    }


def _decade_of_from(first_day: ColumnElement[str], last_day: ColumnElement[str]) -> Filter:
    """`from` for the one period longer than a year: a decade overlapping `from` that begins more than a year
    before it begins on the first day of `from`'s decade, one key of the index. Read apart, before the rest, it
    leaves the scan of every `from` starting a year back rather than ten: a page of every event from a day cost
    3.8 ms as built and 28 ms reading ten years back, at 20,000 articles on SQLite (`python -m
    bench.timeline_from`, docs/benchmarks.md)."""
    return Filter(and_(first_day == bindparam("from_decade"), last_day >= bindparam("from")), _from_days)


def _from_days(day: date) -> dict[str, str | None]:
    """The parameters of `from` on `day`; the first day of its decade only where the decade begins before the
    earliest day the rest is read from (NULL, equal to no day, keeps a decade from being read twice). Not a
    second bound on the same column: SQLite then reads the index by the range rather than the equality."""
    earliest = _earliest_start(day)
    decade = date(max(day.year - day.year % 10, date.min.year), 1, 1).isoformat()
    return {"from": day.isoformat(), "from_earliest": earliest, "from_decade": decade if decade < earliest else None}


def _earliest_start(day: date) -> str:
    # Implied by `last_day >= day` for any period but a decade, but on the indexed column: the index then starts
    # near `day` instead of at the beginning of time.
    return (day - LONGEST_PERIOD if day - date.min >= LONGEST_PERIOD else date.min).isoformat()


FILTERS = _filters(EVENTS.c.first_day, EVENTS.c.last_day)
_EVENTS: Select[Any] = select(*(EVENTS.c[name] for name in EVENT_COLUMNS))
SORT = Sort("date", EVENTS.c.first_day, EVENTS.c.id, descending=False)
# One entity's timeline is read through its links to the events, whose copy of the days orders
# and bounds them in one index: the same filters and sort on that copy.
_LINKED_FILTERS = {
    **_filters(EVENT_ENTITIES.c.first_day, EVENT_ENTITIES.c.last_day),
    "entity": filter_on("entity", lambda entity: EVENT_ENTITIES.c.entity_id == entity),
}
_LINKED_SORT = Sort("date", EVENT_ENTITIES.c.first_day, EVENT_ENTITIES.c.event_id, descending=False)
_IN_ARTICLE = compiled(_EVENTS.where(EVENTS.c.article_id == bindparam("article")).order_by(*SORT.order_by()))
_LINKS = compiled(
    select(EVENT_ENTITIES.c.event_id, EVENT_ENTITIES.c.entity_id)
    .where(among(EVENT_ENTITIES.c.event_id))
    .order_by(EVENT_ENTITIES.c.event_id, EVENT_ENTITIES.c.entity_id)
)


# The filters of the decade read apart before the rest (`_decade_of_from`), over the events and over the links.
_DECADE_FILTERS = (
    {**FILTERS, "from": _decade_of_from(EVENTS.c.first_day, EVENTS.c.last_day)},
    {**_LINKED_FILTERS, "from": _decade_of_from(EVENT_ENTITIES.c.first_day, EVENT_ENTITIES.c.last_day)},
)


def _filtered(
    query: Select[Any], names: tuple[str, ...], filters: tuple[Mapping[str, Filter], ...] = (FILTERS, _LINKED_FILTERS)
) -> tuple[Select[Any], Sort]:
    """`query` over the events narrowed by the filters `names` (of `filters`, over the events and over the links),
    and the sort that reads it in date order."""
    if "entity" not in names:
        return filtered(query, filters[0], names), SORT
    linked = query.join_from(EVENT_ENTITIES, EVENTS, EVENTS.c.id == EVENT_ENTITIES.c.event_id)
    return filtered(linked, filters[1], names), _LINKED_SORT


@cache
def _listing(names: tuple[str, ...]) -> Listing:
    query, sort = _filtered(_EVENTS, names)
    if "from" not in names:
        return Listing(query, sort)
    # The decade's read leaves `to` out: a decade beginning before `from` begins before `to` too (the API refuses a
    # `to` before `from`), and a second bound on the first day would have SQLite read the index by the range.
    decades, _ = _filtered(_EVENTS, tuple(name for name in names if name != "to"), _DECADE_FILTERS)
    return Listing(query, sort, before=Before(decades, "from_decade"))


def list_events(reader: Reader, *, filters: Mapping[str, Any], limit: int, cursor: str | None, count: bool) -> Page:
    params = filter_values(FILTERS, filters)
    with reader.snapshot():
        page = paginate(reader, _listing(tuple(filters)), params, limit=limit, cursor=cursor, count=count)
        return Page(items=with_entities(reader, page.items), total=page.total, next_cursor=page.next_cursor)


def events_in(reader: Reader, *, article_id: int) -> list[dict[str, Any]]:
    return with_entities(reader, reader.dicts(_IN_ARTICLE, {"article": article_id}))


def _period(bucket: Bucket) -> ColumnElement[Any]:
    # The numbers written in, not parameters: SQLite sees the GROUP BY and the ORDER BY are one expression
    # and groups and sorts in one pass.
    length: ColumnElement[int] = literal_column(str(_BUCKETS[bucket][0]))
    return func.substr(EVENTS.c.first_day, literal_column("1"), length, type_=String())


# Periods are listed oldest first, each period once: its name is its key.
PERIOD_SORTS = {bucket: Sort(f"period-{bucket}", _period(bucket), None, descending=False) for bucket in Bucket}


@cache
def _periods(names: tuple[str, ...], bucket: Bucket) -> Select[Any]:
    period = _period(bucket)
    query, _ = _filtered(select(period.label("period"), func.count().label("count")), names)
    # Each precision its own parameter, so the statement needs no list expanded at run time.
    precisions = [literal(precision) for precision in _BUCKETS[bucket][1]]
    return query.where(EVENTS.c.precision.in_(precisions)).group_by(period)


@cache
def _period_count(names: tuple[str, ...], bucket: Bucket) -> Statement:
    return counting(_periods(names, bucket))


@cache
def _period_page(names: tuple[str, ...], bucket: Bucket, *, after: bool) -> Statement:
    query = _periods(names, bucket)
    if after:
        # The later periods; their events begin after the period's name too (a day after "2017-05" is
        # "2017-05-01"), which the index on the first day can seek to.
        query = query.where(EVENTS.c.first_day > AFTER_KEY, *PERIOD_SORTS[bucket].after(key_is_null=False))
    return compiled(query.order_by(*PERIOD_SORTS[bucket].order_by()).limit(bindparam("limit")))


def count_by_period(
    reader: Reader, *, filters: Mapping[str, Any], bucket: Bucket, limit: int, cursor: str | None, count: bool
) -> Page:
    """Events per day, month or year, oldest first, a page of periods at a time; events vaguer than the
    bucket are not counted."""
    sort, names, params = PERIOD_SORTS[bucket], tuple(filters), filter_values(FILTERS, filters)
    if cursor:
        params |= sort.bound_to(decode_cursor(cursor, sort))
    with reader.snapshot():
        total = count_rows(reader, _period_count(names, bucket), params) if count else None
        rows = reader.dicts(_period_page(names, bucket, after=bool(cursor)), {**params, "limit": limit + 1})
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(items=rows, total=total, next_cursor=encode_cursor(sort, [rows[-1]["period"]]) if more else None)


def with_entities(reader: Reader, rows: Iterable[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """Event rows, each with the entities of the sentence that states it."""
    rows = list(rows)
    links = reader.rows(_LINKS, {"ids": json_list([row["id"] for row in rows])})
    refs = entity_refs(reader, {entity_id for _, entity_id in links})
    named: dict[int, list[dict[str, Any]]] = {}
    for event_id, entity_id in links:
        named.setdefault(event_id, []).append(refs[entity_id])
    return [{**row, "entities": named.get(row["id"], [])} for row in rows]
