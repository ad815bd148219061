"""The one filter-sort-paginate routine behind every list endpoint."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Select,
    Subquery,
    bindparam,
    func,
    select,
    union_all,
)

from app.store.memo import remember, remembered
from app.store.pagination import Sort, decode_cursor, encode_cursor
from app.store.reader import Reader
from app.store.statements import Statement, compiled

# How many rows a page's statement reads: one more than the page, to know whether another follows.
_LIMIT: BindParameter[int] = bindparam("limit")


@dataclass(frozen=True)
class Filter:
    """One filter of a list: its condition, over named parameters, and their values from the value the
    client gave (a day, a name, an id)."""

    condition: ColumnElement[bool]
    values: Callable[[Any], dict[str, Any]]


def filter_on(
    name: str,
    condition: Callable[[BindParameter[Any]], ColumnElement[bool]],
    convert: Callable[[Any], Any] = lambda value: value,
) -> Filter:
    """A filter over one parameter, `name`, holding the client's value (converted by `convert`)."""
    return Filter(condition(bindparam(name)), lambda value: {name: convert(value)})


def filter_values(filters: Mapping[str, Filter], given: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters of the given filters' conditions."""
    values: dict[str, Any] = {}
    for name, value in given.items():
        values.update(filters[name].values(value))
    return values


def filtered(query: Select[Any], filters: Mapping[str, Filter], names: Sequence[str]) -> Select[Any]:
    return query.where(*(filters[name].condition for name in names))


@dataclass(frozen=True)
class Page:
    items: Sequence[Mapping[Any, Any]]
    total: int | None
    next_cursor: str | None


@dataclass(frozen=True)
class Before:
    """A stretch read before a listing's own rows: `query`, whose rows all have the sort key held by the parameter
    `key`."""

    query: Select[Any]
    key: str


class Listing:
    """A list's query (filtered, its values parameters) in `sort` order, as the statements that count it
    and read it a page at a time. Each shape of list is composed and compiled once: that cost more than
    SQLite takes to run it.

    `shown`, when given, makes the rows shown of a page's rows, the page being its subquery: a page
    can be chosen from an index alone, and only its rows read in full.

    `before`, when given, is a stretch of another index range whose rows all come before `query`'s in `sort`
    order, read first (the timeline's decades, app/store/timeline.py); where its key is NULL or a page starts
    past it, the read is skipped, a round trip saved.
    """

    def __init__(
        self,
        query: Select[Any],
        sort: Sort,
        *,
        shown: Callable[[Subquery], Select[Any]] | None = None,
        before: Before | None = None,
    ) -> None:
        self.query = query
        self.sort = sort
        self.shown = shown
        self.before = before
        # The statements reading a part: (the main part?, None for the first page, else whether the row read on
        # from has a NULL key) -> its statements, stretch by stretch (see `Sort.after`).
        self._reads: dict[tuple[bool, bool | None], list[Statement]] = {}

    @cached_property
    def count(self) -> Statement:
        return counting(self.query if self.before is None else union_all(self.before.query, self.query))

    def reading(self, params: Mapping[str, Any], position: Sequence[Any] | None) -> list[Statement]:
        """The statements reading a page from `position` (None: the first page), stretch by stretch, `before`'s
        only where it can hold some of the page."""
        main = self._read(self.query, position)
        if self.before is None or not self._before_ahead(params[self.before.key], position):
            return main
        return self._read(self.before.query, position) + main

    def _read(self, part: Select[Any], position: Sequence[Any] | None) -> list[Statement]:
        read = (part is self.query, None if position is None else position[0] is None)
        if read not in self._reads:
            keyed = part.add_columns(*self.sort.labelled).order_by(*self.sort.order_by())
            stretches = [None] if read[1] is None else self.sort.after(key_is_null=read[1])
            self._reads[read] = [self._page(keyed if after is None else keyed.where(after)) for after in stretches]
        return self._reads[read]

    def _before_ahead(self, key: Any, position: Sequence[Any] | None) -> bool:
        """Whether rows of sort key `key` can follow `position` (NULL keys first ascending, last descending)."""
        if key is None:
            return False
        if position is None:
            return True
        if position[0] is None:
            return not self.sort.descending
        return bool(position[0] >= key if self.sort.descending else position[0] <= key)

    def _page(self, keyed: Select[Any]) -> Statement:
        page = keyed.limit(_LIMIT)
        if self.shown is None:
            return compiled(page)
        rows = page.subquery()
        order = [rows.c[column.name] for column in self.sort.labelled]
        return compiled(self.shown(rows).order_by(*self.sort.ordering(order)))


def counting(query: Select[Any] | CompoundSelect[Any]) -> Statement:
    """The statement counting the rows of `query`."""
    return compiled(select(func.count()).select_from(query.order_by(None).subquery()))


def paginate(
    reader: Reader, listing: Listing, params: Mapping[str, Any], *, limit: int, cursor: str | None, count: bool
) -> Page:
    """One page of `listing` under `params`, after `cursor`."""
    total = count_rows(reader, listing.count, params) if count else None
    position = decode_cursor(cursor, listing.sort) if cursor else None
    stretches = listing.reading(params, position)
    if position is not None:
        params = {**params, **listing.sort.bound_to(position)}
    rows: list[dict[str, Any]] = []
    for stretch in stretches:  # the next stretch only when this one ends within the page
        rows += reader.dicts(stretch, {**params, _LIMIT.key: limit + 1 - len(rows)})
        if len(rows) > limit:
            break
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor(listing.sort, listing.sort.position(rows[-1]))
    return Page(items=rows, total=total, next_cursor=next_cursor)


def count_rows(reader: Reader, statement: Statement, params: Mapping[str, Any]) -> int:
    """What the counting `statement` gives under `params` (remembered until the database changes:
    counting reads every match, a word in most of a million articles takes a tenth of a second, and a
    client paging through a list asks the same count for every page)."""
    totals = remembered(reader, "count")
    key = (statement, tuple(sorted(params.items())))
    if (total := totals.get(key)) is None:
        total = int(reader.scalar(statement, params))
        remember(totals, key, total)
    return total
