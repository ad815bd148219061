"""Keyset pagination: pages follow (sort value, id), so rows added meanwhile never shift a page.

A cursor is opaque to clients: base64url of JSON holding the sort's name and the last row's key.
"""

import base64
import binascii
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import orjson
from sqlalchemy import BindParameter, Float, Integer, String, and_, bindparam, tuple_
from sqlalchemy.sql.elements import ColumnElement, Label

from app.store.errors import InvalidQuery
from app.store.portable import NullsSmallest

# The names a page's rows carry their sort keys and id under.
SORT_KEY, THEN_KEY, ROW_ID = "_sort_key", "_then_key", "_row_id"
# The keys and id of the last row of the page before, as parameters of the statement reading the next.
AFTER_KEY: BindParameter[Any] = bindparam("after_key")
AFTER_THEN: BindParameter[Any] = bindparam("after_then")
AFTER_ID: BindParameter[int] = bindparam("after_id")


class InvalidCursor(InvalidQuery):
    """The cursor was not made by this server for this sort."""


_MALFORMED = "the cursor is malformed; use next_cursor from a previous page"


@dataclass(frozen=True)
class Sort:
    """An ordering: `key`, then `then` when given, then `tiebreak`, all descending or all ascending.

    NULL sort values count as the smallest, as SQLite orders them, so one index serves both
    directions: NULLs come first ascending and last descending. Only `key` may be NULL. A key
    unique on its own (one row per day of a count by day) needs no tiebreak (None).
    """

    name: str
    key: ColumnElement[Any]
    tiebreak: ColumnElement[int] | None
    descending: bool
    then: ColumnElement[Any] | None = None

    def order_by(self) -> list[ColumnElement[Any]]:
        return self._order

    @cached_property
    def _parts(self) -> list[tuple[ColumnElement[Any], BindParameter[Any], str]]:
        """Each column of the order, with the parameter of its value after a row and its name in a page's rows."""
        given = [(self.key, AFTER_KEY, SORT_KEY), (self.then, AFTER_THEN, THEN_KEY), (self.tiebreak, AFTER_ID, ROW_ID)]
        return [(column, bound, name) for column, bound, name in given if column is not None]

    @cached_property
    def columns(self) -> list[ColumnElement[Any]]:
        """The key, then, tiebreak: the columns of the order, in order."""
        return [column for column, _, _ in self._parts]

    @cached_property
    def _bounds(self) -> list[BindParameter[Any]]:
        return [bound for _, bound, _ in self._parts]

    @cached_property
    def _names(self) -> list[str]:
        return [name for _, _, name in self._parts]

    @cached_property
    def _order(self) -> list[ColumnElement[Any]]:
        return self.ordering(self.columns)

    def ordering(self, columns: Sequence[ColumnElement[Any]]) -> list[ColumnElement[Any]]:
        """ORDER BY terms in this order over `columns`, which stand for the key, then, tiebreak (the sort's own
        columns, or those of a subquery selecting `labelled`)."""
        key, *rest = columns
        nullable = getattr(self.key, "nullable", False)
        first = NullsSmallest(key, descending=self.descending) if nullable else self._in_order(key)
        return [first, *map(self._in_order, rest)]

    def _in_order(self, column: ColumnElement[Any]) -> ColumnElement[Any]:
        return column.desc() if self.descending else column.asc()

    @cached_property
    def labelled(self) -> list[Label[Any]]:
        """The keys and the tiebreak, named SORT_KEY, THEN_KEY and ROW_ID, to select beside a query's own columns."""
        return [column.label(name) for column, name in zip(self.columns, self._names, strict=True)]

    def after(self, *, key_is_null: bool) -> list[ColumnElement[bool]]:
        """The rows strictly after the row whose sort values are the AFTER_ parameters (its key NULL
        when `key_is_null`), as conditions each selecting a stretch of one index in this order, the
        stretches in order.

        One condition with an OR across the NULLs would make SQLite walk the index from its start.
        """
        if key_is_null:  # the rest of the NULL keys' stretch, by the other columns
            row, bound = _row(self.columns[1:]), _row(self._bounds[1:])
            rest = and_(self.key.is_(None), row < bound if self.descending else row > bound)
            return [rest] if self.descending else [rest, self.key.is_not(None)]
        row, bound = _row(self.columns), _row(self._bounds)
        return [row < bound, self.key.is_(None)] if self.descending else [row > bound]

    def position(self, row: Mapping[str, Any]) -> list[Any]:
        """Where a row selected with `labelled` stands in this order: its keys and id."""
        return [row[name] for name in self._names]

    def bound_to(self, position: Sequence[Any]) -> dict[str, Any]:
        """The AFTER_ parameters of `after` for the row at `position`."""
        return {bound.key: value for bound, value in zip(self._bounds, position, strict=True)}


def _row(columns: Sequence[ColumnElement[Any]]) -> ColumnElement[Any]:
    return columns[0] if len(columns) == 1 else tuple_(*columns)


def encode_cursor(sort: Sort, position: Sequence[Any]) -> str:
    """The cursor of the rows after `position` (`Sort.position`) in `sort` order."""
    raw = orjson.dumps({"s": sort.name, "k": list(position)})
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: Sort) -> list[Any]:
    """The position a cursor of `sort` holds: its key first, its id last."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = orjson.loads(raw)
        position = data["k"]
        name = data["s"]
    except (binascii.Error, orjson.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise InvalidCursor(_MALFORMED) from error
    if name != sort.name:
        raise InvalidCursor(f"the cursor belongs to sort {name!r}, not {str(sort.name)!r}")
    if not (isinstance(position, list) and len(position) == len(sort.labelled)):
        raise InvalidCursor(_MALFORMED)
    key, *others = position
    columns = sort.columns
    if not ((key is None or _fits(key, columns[0])) and all(map(_fits, others, columns[1:]))):
        raise InvalidCursor(_MALFORMED)
    return position


def _fits(value: Any, column: ColumnElement[Any]) -> bool:
    """Whether a cursor's value is one the column's values compare with on every engine (PostgreSQL refuses to
    compare text with a number, where SQLite orders them)."""
    # The type's affinity: SQLModel's text columns are a decorator of String, not a String.
    kind = column.type._type_affinity
    if kind is not None and issubclass(kind, String):
        return isinstance(value, str)
    if kind is not None and issubclass(kind, Integer):
        return _is_sql_integer(value)
    if kind is not None and issubclass(kind, Float):
        return isinstance(value, float) or _is_sql_integer(value)
    return isinstance(value, str | float) or _is_sql_integer(value)  # an expression of no declared type


def _is_sql_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63
