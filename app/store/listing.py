"""The one filter-sort-paginate routine behind every list endpoint."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, select

from app.store.pagination import Sort, decode_cursor, encode_cursor

SORT_KEY, ROW_ID = "_sort_key", "_row_id"


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
    keyed = query.add_columns(sort.key.label(SORT_KEY), sort.tiebreak.label(ROW_ID))
    if cursor:
        keyed = keyed.where(sort.after(*decode_cursor(cursor, sort)))
    rows = connection.execute(keyed.order_by(*sort.order_by()).limit(limit + 1)).mappings().all()
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor(sort, rows[-1][SORT_KEY], rows[-1][ROW_ID])
    return Page(items=list(rows), total=total, next_cursor=next_cursor)


def count_rows(connection: Connection, query: Select[Any]) -> int:
    """How many rows `query` gives."""
    return connection.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
