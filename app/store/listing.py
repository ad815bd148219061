"""The one filter-sort-paginate routine behind every list endpoint."""

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, select

from app.store.memo import remember, remembered
from app.store.pagination import ROW_ID, SORT_KEY, Sort, decode_cursor, encode_cursor
from app.store.rows import dicts


@dataclass(frozen=True)
class Page:
    items: Sequence[Mapping[Any, Any]]
    total: int | None
    next_cursor: str | None


def paginate(
    connection: Connection, query: Select[Any], *, sort: Sort, limit: int, cursor: str | None, count: bool
) -> Page:
    """Run `query` (already filtered) one page at a time in `sort` order."""
    total = count_rows(connection, query) if count else None
    keyed = query.add_columns(*sort.labelled).order_by(*sort.order_by())
    stretches = [keyed.where(after) for after in sort.after(*decode_cursor(cursor, sort))] if cursor else [keyed]
    rows: list[dict[str, Any]] = []
    for stretch in stretches:  # the next stretch only when this one ends within the page
        rows += dicts(connection.execute(stretch.limit(limit + 1 - len(rows))))
        if len(rows) > limit:
            break
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor(sort, rows[-1][SORT_KEY], rows[-1][ROW_ID])
    return Page(items=rows, total=total, next_cursor=next_cursor)


def count_rows(connection: Connection, query: Select[Any]) -> int:
    """How many rows `query` gives (remembered until the database changes: counting reads every
    match, a word in most of a million articles takes a tenth of a second, and a client paging
    through a list asks the same count for every page)."""
    totals = remembered(connection, "count")
    key = _key(query)
    if (total := totals.get(key)) is None:
        total = connection.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
        remember(totals, key, total)
    return total


def _key(query: Select[Any]) -> Hashable:
    # The statement's shape and its values: SQLAlchemy's own key for its compiled-statement cache.
    cache_key = query._generate_cache_key()
    assert cache_key is not None, "every list query is cacheable"
    return cache_key.key, repr([parameter.effective_value for parameter in cache_key.bindparams])
