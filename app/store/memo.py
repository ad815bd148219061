"""What a connection has read, kept until the database changes.

Every connection of the API only reads; SQLite's `data_version` tells it whether another
connection (an ingest) has committed since it last looked. Until then, what it read before is
still true, and a client paging through a list asks for the same counts and names page after page.
"""

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from app.store import sqlite

_MEMO = "newsdesk_memo"
# Entries per kind and connection; the oldest go first.
_MAX_ENTRIES = 4096


@dataclass
class _Memo:
    version: int
    kinds: dict[str, dict[Hashable, Any]] = field(default_factory=dict)


def remembered(connection: Connection, kind: str) -> dict[Hashable, Any]:
    """This connection's entries of `kind`, all still true of the database it now reads."""
    version = sqlite.data_version(connection)
    memo = connection.info.get(_MEMO)
    if memo is None or memo.version != version:
        memo = connection.info[_MEMO] = _Memo(version)
    return memo.kinds.setdefault(kind, {})


def remember(entries: dict[Hashable, Any], key: Hashable, value: Any) -> None:
    if len(entries) >= _MAX_ENTRIES:
        del entries[next(iter(entries))]
    entries[key] = value
