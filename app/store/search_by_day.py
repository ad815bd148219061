"""A search sorted by date, from the full-text index whose rowids order the articles by day.

In `dated_articles_fts` (migration 0006) an article's rowid is its day (the date `published` begins
with, as an ordinal; 0 without one) shifted left by DAY_SHIFT bits, plus its id. Walking that index
from one end finds a page's days; the matches of those days, and no others, are then sorted exactly
(by `published` and id, as every listing of articles is). A page costs the matches of its days, not
every match of the word.
"""

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, literal_column, select

from app.store import sqlite
from app.store.pagination import InvalidCursor
from app.store.reader import Reader, Statement, compiled

DAY_SHIFT = 40
_LOWEST, _HIGHEST = -(2**63), 2**63 - 1

# The bounds of a page's keys, as parameters of its statement: floor <= rowid < ceiling.
FLOOR: BindParameter[int] = bindparam("day_floor")
CEILING: BindParameter[int] = bindparam("day_ceiling")
_Q: BindParameter[str] = bindparam("q")  # the full-text query, as every search names it
_FROM: BindParameter[int] = bindparam("day_from")
_SKIP: BindParameter[int] = bindparam("day_skip")

_INDEX = sqlite.DATED_FTS
ARTICLE_ID: ColumnElement[int] = _INDEX.rowid.op("&")(literal_column(str(2**DAY_SHIFT - 1)))


def _edge(*, descending: bool) -> Statement:
    """The key of the `skip`+1-th match from `from` on, walking backwards from it when `descending`."""
    rowid = _INDEX.rowid
    bounded = rowid < _FROM if descending else rowid >= _FROM
    walk = rowid.desc() if descending else rowid.asc()
    return compiled(select(rowid).where(_INDEX.match(_Q), bounded).order_by(walk).limit(1).offset(_SKIP))


_EDGES = {descending: _edge(descending=descending) for descending in (True, False)}


def matches(query: Select[Any]) -> Select[Any]:
    """`query` (over articles) restricted to the matches of `q` in the page's days."""
    return query.where(_INDEX.match(_Q), _INDEX.rowid >= FLOOR, _INDEX.rowid < CEILING)


def day_bounds(
    reader: Reader, params: Mapping[str, Any], *, descending: bool, after: Any, limit: int
) -> dict[str, int]:
    """The keys holding the next `limit` + 1 matches of `q` after a row whose date is `after` (the
    ellipsis: from the first), every match of their days with them."""
    if after is ...:
        start = near = _HIGHEST if descending else _LOWEST
    else:
        day = _day(after)
        # The cursor's own day first, all of it; then as many days as hold the rest of the page.
        near = _start(day + 1) if descending else _start(day)
        start = _start(day) if descending else _start(day + 1)
    edge = reader.scalar(_EDGES[descending], {**params, _FROM.key: start, _SKIP.key: limit})
    if descending:
        return {FLOOR.key: _LOWEST if edge is None else _start(edge >> DAY_SHIFT), CEILING.key: near}
    return {FLOOR.key: near, CEILING.key: _HIGHEST if edge is None else _start((edge >> DAY_SHIFT) + 1)}


def _start(day: int) -> int:
    return day << DAY_SHIFT


def _day(published: Any) -> int:
    """The day a stored `published` value is in, 0 for none."""
    if published is None:
        return 0
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except (TypeError, ValueError) as error:
        raise InvalidCursor("the cursor is malformed; use next_cursor from a previous page") from error
