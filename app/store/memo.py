"""What a connection has read, kept until the database changes.

Every connection of the API only reads; the database's version (SQLite's `data_version`; on PostgreSQL,
the version of the row each ingest's transaction updates) tells it whether another connection (an
ingest) has committed since it last looked. Until then, what it read before is still true, and a
client paging through a list asks for the same counts and names page after page.
"""

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from app.store.reader import Reader

# Entries per kind and connection; the oldest go first.
_MAX_ENTRIES = 4096


@dataclass
class _Memo:
    version: object
    kinds: dict[str, dict[Hashable, Any]] = field(default_factory=dict)


def remembered(reader: Reader, kind: str) -> dict[Hashable, Any]:
    """The reader's entries of `kind`, all still true of the database it now reads."""
    version = reader.data_version()
    memo = reader.memo
    if memo is None or memo.version != version:
        memo = reader.memo = _Memo(version)
    return memo.kinds.setdefault(kind, {})


def remember(entries: dict[Hashable, Any], key: Hashable, value: Any) -> None:
    if len(entries) >= _MAX_ENTRIES:
        del entries[next(iter(entries))]
    entries[key] = value
