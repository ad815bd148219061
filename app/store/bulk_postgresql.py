"""What a bulk load (app/store/bulk.py) does PostgreSQL's way: rows written with COPY, the full-text documents
made in the caller's worker processes (`documents`: 1 ms an article, more than COPY takes to write all its
rows), the constraints, indexes and triggers dropped for the load and made again from their definitions (as
the catalogue gives them) at the end, the id sequences moved past the ids the load gave, and the tables
vacuumed and analysed. Its SQLite counterpart is app/store/bulk_sqlite.py."""

from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, text

from app.store.articles import ArticleRecord
from app.store.postgresql import article_document, quote_document

# The article's document with its date, and its quotes' documents, in the order of its quotes (app/store/postgresql.py
# indexes both).
Documents = tuple[str, str | None, tuple[str, ...]]

# For the load's session only: no waiting for the disk at each commit (a load stopped midway is made
# again anyway), and memory enough to build each index and check each foreign key in one sort, and to
# count the pairs of entities named together in one hash table (PostgreSQL's defaults: 64 MB and 4 MB).
SESSION_SETTINGS = {"synchronous_commit": "off", "maintenance_work_mem": "1GB", "work_mem": "1GB"}


def documents(record: ArticleRecord, quotes: Sequence[dict[str, Any]]) -> Documents:
    """The full-text documents of the article (with its date) and of its quotes, as the store writes them."""
    of_quotes = tuple(quote_document(quote["text"]) for quote in quotes)
    return article_document(record.title, record.body), record.published, of_quotes


def document_rows(
    article_id: int, quotes: Sequence[dict[str, Any]], made: Documents
) -> dict[str, list[dict[str, Any]]]:
    """The rows of the full-text tables for the article and its quotes (numbered by now)."""
    article, published, of_quotes = made
    return {
        "articles_fts": [{"rowid": article_id, "document": article, "published": published}],
        "quotes_fts": [
            {"rowid": quote["id"], "document": document} for quote, document in zip(quotes, of_quotes, strict=True)
        ],
    }


# The quote clusters are joined to the quotes before the indexes are made again: a quote moved to its cluster is
# written anew (a new version of its row), and would be into each of the quotes' six indexes too. A hash join of the
# clusters to the quotes, read in one pass, needs no index (20,000 articles: 0.34 s, against 1.16 s with the
# indexes).
CLUSTERS_WITHOUT_INDEXES = True


@dataclass(frozen=True)
class _Definition:
    """A constraint, index or trigger dropped for the load, and the statement that makes it again."""

    drop: str
    create: str


# What the load sets aside, each kind in the order it is made again: unique keys first (foreign keys need
# them), then the other indexes, then foreign keys (checked against every row as each is made), triggers last.
_UNIQUE_KEYS = """SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
        format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
    FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND contype IN ('p', 'u')"""
_INDEXES = """SELECT format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid)
    FROM pg_index JOIN pg_class ON pg_class.oid = indexrelid
    WHERE relnamespace = current_schema()::regnamespace
        AND NOT EXISTS (SELECT FROM pg_constraint WHERE conindid = indexrelid)"""
_FOREIGN_KEYS = _UNIQUE_KEYS.replace("('p', 'u')", "('f')")
_COUNT_TERMS = """INSERT INTO articles_fts_terms(term, doc)
    SELECT term, count(*) FROM articles_fts, unnest(tsvector_to_array(document)) term GROUP BY term"""
_TRIGGERS = """SELECT format('DROP TRIGGER %I ON %s', tgname, tgrelid::regclass), pg_get_triggerdef(pg_trigger.oid)
    FROM pg_trigger JOIN pg_class ON pg_class.oid = tgrelid
    WHERE relnamespace = current_schema()::regnamespace AND NOT tgisinternal"""
# Every column whose default is the next value of a sequence, with its sequence.
_SEQUENCES = """SELECT table_name, column_name, pg_get_serial_sequence(format('%I', table_name), column_name)
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'"""


class Loading:
    """A bulk load's writing on one PostgreSQL connection, begun outside any transaction."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        with connection.begin():
            # Set for the session: a SET outlives the transaction that commits it.
            for name, value in SESSION_SETTINGS.items():
                connection.exec_driver_sql(f"SET {name} = '{value}'")
            self.set_aside = {
                kind: _drop(connection, query)
                for kind, query in (
                    # Dropped in the reverse order: what depends on a unique key goes before it.
                    ("triggers", _TRIGGERS),
                    ("foreign keys", _FOREIGN_KEYS),
                    ("indexes", _INDEXES),
                    ("unique keys", _UNIQUE_KEYS),
                )
            }

    def write(self, table: str, rows: list[dict[str, Any]]) -> None:
        """COPY the rows (all with the same keys) into the table."""
        columns = list(rows[0])
        quote = self.connection.dialect.identifier_preparer.quote
        values = itemgetter(*columns)
        driver = self.connection.connection.driver_connection
        assert driver is not None, "the connection is open"
        with (
            driver.cursor() as cursor,
            cursor.copy(f"COPY {quote(table)} ({', '.join(map(quote, columns))}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(values(row))

    def restore_indexes(self) -> None:
        for kind in ("unique keys", "indexes", "foreign keys"):
            self._restore(kind)

    def complete(self) -> None:
        """The articles' word counts, the triggers and the id sequences (in the load's last transaction); the
        full text is indexed with the other indexes."""
        connection = self.connection
        # What the trigger set aside for the load would have counted, article by article (migration 0011).
        connection.exec_driver_sql(_COUNT_TERMS)
        self._restore("triggers")
        for table, column, sequence in connection.execute(text(_SEQUENCES)).all():
            # The next id one past the largest given, as if each row had taken its id from the sequence.
            connection.exec_driver_sql(
                f"SELECT setval('{sequence}', coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)"
            )

    def close(self) -> None:
        """Vacuum (outside any transaction) and analyse every table: the visibility map that lets a query read
        an index alone, without the table's rows, is set by vacuum only; the planner needs the statistics."""
        driver = self.connection.connection.driver_connection
        assert driver is not None, "the connection is open"
        autocommit = driver.autocommit
        driver.autocommit = True
        try:
            driver.execute("VACUUM (ANALYZE)")
        finally:
            driver.autocommit = autocommit
        with self.connection.begin():
            for name in SESSION_SETTINGS:
                self.connection.exec_driver_sql(f"RESET {name}")

    def _restore(self, kind: str) -> None:
        for definition in self.set_aside[kind]:
            self.connection.exec_driver_sql(definition.create)


def _drop(connection: Connection, query: str) -> list[_Definition]:
    found = [_Definition(drop, create) for drop, create in connection.execute(text(query)).all()]
    for definition in found:
        connection.exec_driver_sql(definition.drop)
    return found
