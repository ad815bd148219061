"""Rows as plain dicts, the form the API reads fastest.

Pydantic validates a dict in its Rust core but a SQLAlchemy RowMapping through Python's Mapping
protocol, key by key and with an exception for every optional field the row lacks: for an entity's
500 mentions that was most of the request.
"""

from typing import Any

from sqlalchemy import BindParameter, Result, bindparam

# The ids of a page's rows, in statements built once: `column.in_(IDS)`, run with {"ids": [...]}.
# Composing `column.in_(list)` anew for every page cost more than running it.
IDS: BindParameter[Any] = bindparam("ids", expanding=True)


def dicts(result: Result[Any]) -> list[dict[str, Any]]:
    names = tuple(result.keys())
    return [dict(zip(names, row, strict=True)) for row in result.all()]


def first(result: Result[Any]) -> dict[str, Any] | None:
    names = tuple(result.keys())
    row = result.first()
    return None if row is None else dict(zip(names, row, strict=True))
