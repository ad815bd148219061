"""What a bulk load (app/store/bulk.py) does SQLite's way: rows written by executemany with the foreign keys
unchecked and the disk not waited for, the secondary indexes and triggers dropped and made again from the
statements that made them (kept by SQLite), and the full-text indexes rebuilt from the tables once at the end.
Its PostgreSQL counterpart is app/store/bulk_postgresql.py."""

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, text

from app.store import sqlite
from app.store.articles import ArticleRecord

# No foreign key checks (entities are written last), no waiting for the disk, a large page cache.
LOAD_PRAGMAS = ["foreign_keys=OFF", "synchronous=OFF", "journal_mode=MEMORY", "cache_size=-1000000"]


def documents(record: ArticleRecord, quotes: Sequence[dict[str, Any]]) -> None:
    """Nothing to make ahead: the full-text indexes are rebuilt from the tables at the end of the load."""


def document_rows(article_id: int, quotes: Sequence[dict[str, Any]], made: None) -> dict[str, list[dict[str, Any]]]:
    """No rows: FTS5 reads the words from the tables it indexes."""
    return {}


# The quote clusters are joined to the quotes once their indexes are made again: SQLite finds the quotes of each
# cluster by the index of their words, and without it reads every quote for each cluster (20,000 articles: 345 s and
# more, against 0.15 s).
CLUSTERS_WITHOUT_INDEXES = False


@dataclass(frozen=True)
class _SetAside:
    """The secondary indexes and triggers dropped for the load, by the statements that made them."""

    indexes: list[str]
    triggers: list[str]


class Loading:
    """A bulk load's writing on one SQLite connection, begun outside any transaction (some settings cannot
    change inside one)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.journal_mode = _set_pragmas(connection, LOAD_PRAGMAS)
        with connection.begin():
            self.set_aside = _set_aside(connection)

    def write(self, table: str, rows: list[dict[str, Any]]) -> None:
        """One executemany of rows (all with the same keys) handed to the driver as they are: at millions of
        rows, SQLAlchemy's processing of each row's parameters would cost more than SQLite's writing them."""
        columns = list(rows[0])
        quote = self.connection.dialect.identifier_preparer.quote
        statement = (
            f"INSERT INTO {quote(table)} ({', '.join(map(quote, columns))}) VALUES ({', '.join('?' for _ in columns)})"
        )
        values = itemgetter(*columns)
        self.connection.exec_driver_sql(statement, [values(row) for row in rows])

    def restore_indexes(self) -> None:
        for statement in self.set_aside.indexes:
            self.connection.exec_driver_sql(statement)

    def complete(self) -> None:
        """The full-text indexes and the triggers (in the load's last transaction)."""
        connection = self.connection
        sqlite.rebuild_fulltext(connection)
        # As an ingest of a whole corpus leaves them (app/store/db.py).
        sqlite.merge_fulltext(connection)
        for statement in self.set_aside.triggers:
            connection.exec_driver_sql(statement)

    def close(self) -> None:
        """The planner's statistics, which it chooses between the indexes of a large table by; the settings
        the load changed, back (outside any transaction)."""
        _driver(self.connection).execute("ANALYZE")
        _set_pragmas(self.connection, [f"journal_mode={self.journal_mode}"])


def _set_pragmas(connection: Connection, pragmas: list[str]) -> str:
    """Set the pragmas outside any transaction; gives the journal mode they replaced."""
    driver = _driver(connection)
    journal_mode = str(driver.execute("PRAGMA journal_mode").fetchone()[0])
    for pragma in pragmas:
        driver.execute(f"PRAGMA {pragma}")
    return journal_mode


def _driver(connection: Connection) -> sqlite3.Connection:
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection), "the connection is open"
    return driver


def _set_aside(connection: Connection) -> _SetAside:
    """Drop the secondary indexes and the triggers, giving the statements that recreate them."""
    found = connection.execute(
        text("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL")
    ).all()
    for row in found:
        connection.exec_driver_sql(f'DROP {row.type.upper()} "{row.name}"')
    return _SetAside(
        indexes=[row.sql for row in found if row.type == "index"],
        triggers=[row.sql for row in found if row.type == "trigger"],
    )
