"""A search sorted by date, from the full-text index whose rowids order the articles by day.

In `dated_articles_fts` (migration 0006) an article's rowid is its day (the date `published` begins
with, as an ordinal; 0 without one) shifted left by `sqlite.DAY_SHIFT` bits, plus its id (so ids
stay below 2**40). Walking that index from one end finds a page's days; the matches of those days,
and no others, are then sorted exactly (by `published` and id, as every listing of articles is). A
page costs the matches of its days, not every match of the word — unless its days are crowded (all
the undated articles are one day), when the caller plans otherwise.
"""

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, literal_column

from app.store import sqlite
from app.store.pagination import InvalidCursor
from app.store.portable import FULL_TEXT_QUERY
from app.store.reader import Reader
from app.store.statements import compiled

_LOWEST, _HIGHEST = -(2**63), 2**63 - 1
# Past this many matches for each row of the page, the page's days cost more to sort than the other
# plans do (about 1.5 µs a match sorted against 10 µs an article asked about, for a common word).
_CROWDED = 50

# The bounds of a page's keys, as parameters of its statement: floor <= rowid < ceiling.
FLOOR: BindParameter[int] = bindparam("day_floor")
CEILING: BindParameter[int] = bindparam("day_ceiling")
_FROM: BindParameter[int] = bindparam("day_from")
_SKIP: BindParameter[int] = bindparam("day_skip")

_INDEX = sqlite.DATED_FTS
_Q = FULL_TEXT_QUERY
ARTICLE_ID: ColumnElement[int] = _INDEX.rowid.op("&")(literal_column(str(2**sqlite.DAY_SHIFT - 1)))


_IN_PAGE_DAYS = (_INDEX.rowid >= FLOOR, _INDEX.rowid < CEILING)


def matches(query: Select[Any]) -> Select[Any]:
    """`query` restricted to the matches of `q` in the page's days."""
    return query.where(_INDEX.match(_Q), *_IN_PAGE_DAYS)


# The key of the `skip`+1-th match from `from` on, walking backwards from it when descending.
_EDGES = {
    True: compiled(_INDEX.nth_match(_Q, _SKIP, _INDEX.rowid < _FROM)),
    False: compiled(_INDEX.nth_match(_Q, _SKIP, _INDEX.rowid >= _FROM, descending=False)),
}
# Whether the page's days hold more than `skip` matches.
_MORE_THAN = compiled(_INDEX.nth_match(_Q, _SKIP, *_IN_PAGE_DAYS, descending=False))


def day_bounds(
    reader: Reader, params: Mapping[str, Any], *, descending: bool, cursor_day: int | None, limit: int
) -> dict[str, int] | None:
    """The keys holding the next `limit` + 1 matches of `q` after the cursor's day (None: from the
    first), every match of their days with them; None when those days are crowded."""
    if cursor_day is None:
        start = near = _HIGHEST if descending else _LOWEST
    else:
        # The cursor's own day first, all of it; then as many days as hold the rest of the page.
        near = _start(cursor_day + 1) if descending else _start(cursor_day)
        start = _start(cursor_day) if descending else _start(cursor_day + 1)
    edge = reader.scalar(_EDGES[descending], {**params, _FROM.key: start, _SKIP.key: limit})
    if descending:
        bounds = {FLOOR.key: _LOWEST if edge is None else _start(edge >> sqlite.DAY_SHIFT), CEILING.key: near}
    else:
        bounds = {FLOOR.key: near, CEILING.key: _HIGHEST if edge is None else _start((edge >> sqlite.DAY_SHIFT) + 1)}
    crowded = reader.scalar(_MORE_THAN, {**params, **bounds, _SKIP.key: _CROWDED * (limit + 1)})
    return None if crowded is not None else bounds


def _start(day: int) -> int:
    return day << sqlite.DAY_SHIFT


def day_of(published: object) -> int:
    """The day of a cursor's `published` (as stored: an ISO date or datetime), 0 for none."""
    if published is None:
        return 0
    if isinstance(published, str):
        try:
            day = date.fromisoformat(published[:10])
        except ValueError:
            pass
        else:
            # fromisoformat takes other ISO forms too ("2021W091"); a stored date begins YYYY-MM-DD.
            if day.isoformat() == published[:10]:
                return day.toordinal()
    raise InvalidCursor("the cursor is malformed; use next_cursor from a previous page")
