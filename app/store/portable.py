"""SQL that every engine has in its own words: each construct here names what a statement needs, and the engine
modules (app/store/sqlite.py, app/store/postgresql.py) say how their engine writes it (SQLAlchemy's `@compiles`).
A statement of the store uses these instead of an engine's functions, and so is composed once for both."""

from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import (
    BindParameter,
    ColumnClause,
    ColumnElement,
    Select,
    Table,
    bindparam,
    column,
    exists,
    select,
    table,
)
from sqlalchemy.sql.expression import FunctionElement, TableValuedAlias
from sqlalchemy.types import Boolean, Float, NullType, String


class CaseFolded(ColumnElement[str]):
    """Text compared with ASCII letters' case ignored (SQLite's NOCASE), so that an index on the same
    expression serves the comparison (migrations/versions/0001 and 0002 build them)."""

    inherit_cache = True
    type = String()

    def __init__(self, text: ColumnElement[str]) -> None:
        self.text = text


# Conditions are of no type, so that SQLAlchemy writes them as they are: of type Boolean, it would compare them
# with 1 on an engine without a boolean type (SQLite), where FTS5's MATCH may stand only alone.
_CONDITION: Any = NullType()


class Among(ColumnElement[bool]):
    """`column` is one of the values of a JSON array given as one parameter."""

    inherit_cache = True
    type = _CONDITION

    def __init__(self, column: ColumnElement[Any], values: BindParameter[str]) -> None:
        self.column = column
        self.values = values


class JsonRows(FunctionElement[Any]):
    """The values of a JSON array given as one parameter, as rows of one column `value` (text or number as in
    the array); use `.table_valued("value")`."""

    inherit_cache = True
    name = "json_rows"


class JsonRecords(FunctionElement[Any]):
    """Rows given as one parameter, a JSON array of objects (`records`): a row an object, in the array's order, with
    a column for each of the columns given after the parameters (named and typed as it is), read from the object's
    field of that name; the second parameter (`record_count`) says how many rows there are. Use `json_records`."""

    inherit_cache = True
    name = "json_records"


def json_records(*columns: ColumnClause[Any]) -> TableValuedAlias:
    """The rows of the parameter `records` (given by `records`), with these columns: one statement writes all of an
    article's rows of a kind. Run once a row instead (executemany), each row cost SQLAlchemy and the driver more
    than the database took to write it, and PostgreSQL a message each way (docs/architecture.md)."""
    return JsonRecords(bindparam("records"), bindparam("record_count"), *columns).table_valued(
        *(each.name for each in columns)
    )


def records_of(table: Table, names: Sequence[str]) -> Select[Any]:
    """The rows of `records` as the named columns of the table (its own names and types), for `from_select`."""
    return select(*json_records(*(table.c[name] for name in names)).c)


def records(rows: list[dict[str, Any]]) -> dict[str, str | int]:
    """The parameters of `json_records`: the rows, objects of plain values (text, numbers, true or false, null), and
    how many they are."""
    return {"records": orjson.dumps(rows).decode(), "record_count": len(rows)}


class JsonArrayOf(FunctionElement[str]):
    """One JSON array (as text) of one object per row of the aggregated query: `JsonArrayOf(name, value, ...)`,
    names and values alternating; `[]` when there are no rows."""

    inherit_cache = True
    name = "json_array_of"
    type = String()


class JsonBoolean(ColumnElement[Any]):
    """A true-or-false value, as a JSON object built by `JsonArrayOf` shows it (`true`, `false`)."""

    inherit_cache = True
    type = Boolean()

    def __init__(self, value: ColumnElement[bool]) -> None:
        self.value = value


class NullsSmallest(ColumnElement[Any]):
    """An ORDER BY term over a column that may be NULL, NULL counting as its smallest value (SQLite's order:
    NULLs first ascending, last descending), which one index in the same order serves both ways."""

    inherit_cache = True

    def __init__(self, column: ColumnElement[Any], *, descending: bool) -> None:
        self.column = column
        self.descending = descending
        self.type = column.type


class FullTextMatch(ColumnElement[bool]):
    """The rows of a full-text index matching a query, written for that engine (app/store/search_query.py)."""

    inherit_cache = True
    type = _CONDITION

    def __init__(self, index: str, query: ColumnElement[str]) -> None:
        self.index = index
        self.query = query


class FullTextRank(ColumnElement[float]):
    """How relevant a matching row of a full-text index is to the query; lower is more relevant. Title hits
    weigh four times body hits on both engines (SQLite: BM25; PostgreSQL: ts_rank)."""

    inherit_cache = True
    type = Float()

    def __init__(self, index: str, query: ColumnElement[str]) -> None:
        self.index = index
        self.query = query


class FullText:
    """A full-text index over the rows of a table: SQLite's FTS5 table, or PostgreSQL's table of documents of
    the same name (migrations/engines.py); either way `rowid` is the row's id."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.table = table(name, column("rowid"))
        self.rowid: ColumnElement[int] = self.table.c.rowid

    def match(self, query: ColumnElement[str]) -> ColumnElement[bool]:
        return FullTextMatch(self.name, query)

    def rank(self) -> ColumnElement[float]:
        return FullTextRank(self.name, FULL_TEXT_QUERY)

    def nth_match(
        self, query: ColumnElement[str], skip: ColumnElement[int], *where: ColumnElement[bool], descending: bool = True
    ) -> Select[Any]:
        """The rowid of the `skip`+1-th row matching `query` (and `where`), walking the index by rowid,
        backwards when `descending`: reading that many entries of the index, no rows."""
        walk = self.rowid.desc() if descending else self.rowid.asc()
        return select(self.rowid).where(self.match(query), *where).order_by(walk).limit(1).offset(skip)


# The full-text query's parameter, in every statement that searches.
FULL_TEXT_QUERY: BindParameter[str] = bindparam("q")
ARTICLES_FTS = FullText("articles_fts")
QUOTES_FTS = FullText("quotes_fts")


def matching_articles(query: Select[Any], q: ColumnElement[str], *, article_id: ColumnElement[int]) -> Select[Any]:
    """`query` over articles joined to their full-text index, where it matches `q`."""
    return query.join(ARTICLES_FTS.table, ARTICLES_FTS.rowid == article_id).where(ARTICLES_FTS.match(q))


def contains(article_id: ColumnElement[int], q: ColumnElement[str]) -> ColumnElement[bool]:
    """Whether the article's text matches `q`, asked of the index one article at a time."""
    return exists().where(ARTICLES_FTS.rowid == article_id, ARTICLES_FTS.match(q))


def matching(row_id: ColumnElement[int], index: FullText, query: ColumnElement[str]) -> ColumnElement[bool]:
    """Rows whose full-text `index` (an FTS5 table over their table) matches the query."""
    return row_id.in_(select(index.rowid).where(index.match(query)))


def equals_ignoring_case(column: ColumnElement[str], value: ColumnElement[str]) -> ColumnElement[bool]:
    """Equality with ASCII letters' case ignored, which the case-folded indexes serve."""
    return CaseFolded(column) == CaseFolded(value)


# The engines' ways of writing the constructs, registered as the modules are imported.
from app.store import postgresql, sqlite  # noqa: E402, F401
