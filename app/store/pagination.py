"""Keyset pagination: pages follow (sort value, id), so rows added meanwhile never shift a page.

A cursor is opaque to clients: base64url of JSON holding the sort's name and the last row's key.
"""

import base64
import binascii
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import orjson
from sqlalchemy import BindParameter, and_, bindparam, tuple_
from sqlalchemy.sql.elements import ColumnElement

from app.store.errors import InvalidQuery

# The names a page's rows carry their sort key and id under.
SORT_KEY, ROW_ID = "_sort_key", "_row_id"
# The key and id of the last row of the page before, as parameters of the statement reading the next.
AFTER_KEY: BindParameter[Any] = bindparam("after_key")
AFTER_ID: BindParameter[int] = bindparam("after_id")


class InvalidCursor(InvalidQuery):
    """The cursor was not made by this server for this sort."""


@dataclass(frozen=True)
class Sort:
    """An ordering: `key` then `tiebreak`, both descending or both ascending.

    NULL sort values count as the smallest, as SQLite orders them, so one index serves both
    directions: NULLs come first ascending and last descending.
    """

    name: str
    key: ColumnElement[Any]
    tiebreak: ColumnElement[int]
    descending: bool

    def order_by(self) -> list[ColumnElement[Any]]:
        return self._order

    @cached_property
    def _order(self) -> list[ColumnElement[Any]]:
        if self.descending:
            return [self.key.desc(), self.tiebreak.desc()]
        return [self.key.asc(), self.tiebreak.asc()]

    @cached_property
    def labelled(self) -> tuple[ColumnElement[Any], ColumnElement[int]]:
        """The key and the tiebreak, named SORT_KEY and ROW_ID, to select beside a query's own columns."""
        return self.key.label(SORT_KEY), self.tiebreak.label(ROW_ID)

    def after(self, *, key_is_null: bool) -> list[ColumnElement[bool]]:
        """The rows strictly after the row whose key is AFTER_KEY (NULL when `key_is_null`) and
        whose tiebreak is AFTER_ID, as conditions each selecting a stretch of one index in this
        order, the stretches in order.

        One condition with an OR across the NULLs would make SQLite walk the index from its start.
        """
        pair, bound = tuple_(self.key, self.tiebreak), tuple_(AFTER_KEY, AFTER_ID)
        if self.descending:
            if key_is_null:
                return [and_(self.key.is_(None), self.tiebreak < AFTER_ID)]
            return [pair < bound, self.key.is_(None)]
        if key_is_null:
            return [and_(self.key.is_(None), self.tiebreak > AFTER_ID), self.key.is_not(None)]
        return [pair > bound]


def encode_cursor(sort: Sort, value: Any, last_id: int) -> str:
    raw = orjson.dumps({"s": sort.name, "k": [value, last_id]})
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: Sort) -> tuple[Any, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = orjson.loads(raw)
        value, last_id = data["k"]
        name = data["s"]
    except (binascii.Error, orjson.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise InvalidCursor("the cursor is malformed; use next_cursor from a previous page") from error
    if name != sort.name:
        raise InvalidCursor(f"the cursor belongs to sort {name!r}, not {str(sort.name)!r}")
    if not (_is_sql_integer(last_id) and (value is None or isinstance(value, str | float) or _is_sql_integer(value))):
        raise InvalidCursor("the cursor is malformed; use next_cursor from a previous page")
    return value, last_id


def _is_sql_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63
