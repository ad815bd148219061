"""Loading many articles with their extractions into a new database at once.

The rows are those the ingest writes (app/store/extraction_rows.py), built with provisional ids wherever
the caller likes (in worker processes), and given their ids here. Where the ingest resolves every entity
by its name keys and keeps every count current article by article, a bulk load knows who each entity is
(the caller gives a key for it): it writes rows by the thousand with the secondary indexes and the triggers
set aside, and computes the entities' counts, names and keys, the pairs named together, the quote clusters,
indexes and full-text indexes once at the end, to the same values the ingest gives.
How rows are written, what is set aside and how it is made again, and how the full text is indexed is each
engine's own: app/store/bulk_sqlite.py and app/store/bulk_postgresql.py.
"""

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import ModuleType
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, func, insert, select, update

from app.extract.found import Extraction
from app.store import bulk_postgresql, bulk_sqlite
from app.store.articles import ArticleRecord, article_row, author_rows
from app.store.extraction_rows import ExtractionRows, Ids, clustered, extraction_rows, provisional, renumber
from app.store.naming import Naming, canonical_name
from app.store.portable import json_records, records
from app.store.resolution import entity_keys
from app.store.tables import (
    ALIASES,
    ARTICLE_ENTITIES,
    ARTICLES,
    AUTHORS,
    CO_OCCURRENCES,
    ENTITIES,
    EVENT_ENTITIES,
    EVENTS,
    KEYS,
    MENTIONS,
    QUOTE_PLACES,
    QUOTES,
)

# Each engine's ways, by SQLAlchemy's name of its dialect.
_ENGINES: dict[str, ModuleType] = {"sqlite": bulk_sqlite, "postgresql": bulk_postgresql}


class Named(NamedTuple):
    """One of an article's entities, as the load tells them apart."""

    key: str  # who it is, across the corpus
    type: str
    name_keys: frozenset[str]  # the keys the ingest would give it (app/store/resolution.py)


class PreparedArticle(NamedTuple):
    """An article with the rows of its extraction, ready but for the ids only the load gives: picklable, to be
    made in any process (a tuple, which pickles sooner). The rows' provisional entity ids index `entities`;
    `documents` is what the engine indexes its words from, made ahead where that costs (PostgreSQL)."""

    record: ArticleRecord
    entities: list[Named]
    rows: ExtractionRows
    documents: Any


def prepare(record: ArticleRecord, extraction: Extraction, keys: Sequence[str], *, engine: str) -> PreparedArticle:
    """The rows of an article whose entities are known, to be loaded into a database of `engine` ("sqlite",
    "postgresql"): `keys[i]` names who `extraction.entities[i]` is."""
    numbers: dict[str, int] = {}
    local = [numbers.setdefault(key, len(numbers)) for key in keys]
    types: dict[int, str] = {}
    name_keys: dict[int, set[str]] = {}
    for entity, number in zip(extraction.entities, local, strict=True):
        # Of the type of the first entity naming it, as the ingest creates it.
        types.setdefault(number, entity.type)
        name_keys.setdefault(number, set()).update(entity_keys(entity))
    entities = [Named(key, types[number], frozenset(name_keys[number])) for key, number in numbers.items()]
    rows = extraction_rows(extraction, provisional(local))
    return PreparedArticle(record, entities, rows, _ENGINES[engine].documents(record, rows.quotes))


@dataclass
class _Known:
    """What the load has seen of one entity so far."""

    id: int
    type: str
    mentions: int = 0
    articles: int = 0
    pseudonym: bool = False
    called: Counter[str] = field(default_factory=Counter)  # articles calling it each name
    written: set[str] = field(default_factory=set)  # every way it is written, the names it is called included
    keys: set[str] = field(default_factory=set)

    def named(self, link: dict[str, Any], naming: Naming) -> None:
        """One more article names it, as its link and naming say (what the ingest counts and records)."""
        self.mentions += link["mention_count"]
        self.articles += 1
        self.pseudonym |= link["pseudonym"]
        self.called[naming.name] += 1
        self.written.add(naming.name)
        self.written.update(naming.written)


class BulkLoad:
    """Rows gathered with their ids, written with `flush()` in the caller's transactions, completed by `finish()`.

    For a new, empty database only: ids start from 1, and an interrupted load leaves the database
    without its indexes (make it again).
    """

    def __init__(self, connection: Connection) -> None:
        """Begin the load on a connection outside any transaction (some settings cannot change inside one)."""
        self.connection = connection
        self.engine = _ENGINES[connection.dialect.name]
        self.loading = self.engine.Loading(connection)
        self.entities: dict[str, _Known] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.ingested_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.next_ids = {table.name: 1 for table in (ARTICLES, QUOTES, EVENTS)}

    def add(self, prepared: PreparedArticle) -> None:
        """Gather the article's rows, giving them their ids."""
        record, rows = prepared.record, prepared.rows
        article_id = self._take_ids(ARTICLES, 1)
        known = [self._known(named) for named in prepared.entities]
        for link, naming in zip(rows.links, rows.namings, strict=True):
            known[naming.entity_id].named(link, naming)
            # What the ingest's statement reads from the article.
            link["published"] = record.published
        quotes, events = self._take_ids(QUOTES, len(rows.quotes)), self._take_ids(EVENTS, len(rows.events))
        renumber(rows, Ids(article_id, [entity.id for entity in known], quotes, events))
        self._gather(ARTICLES, [{**article_row(record, ingested_at=self.ingested_at), "id": article_id}])
        self._gather(AUTHORS, author_rows(article_id, record))
        self._gather(ARTICLE_ENTITIES, rows.links)
        self._gather(MENTIONS, rows.mentions)
        self._gather(QUOTES, rows.quotes)
        self._gather(QUOTE_PLACES, rows.quote_places)
        self._gather(EVENTS, rows.events)
        self._gather(EVENT_ENTITIES, rows.event_entities)
        for name, documents in self.engine.document_rows(article_id, rows.quotes, prepared.documents).items():
            self.rows.setdefault(name, []).extend(documents)

    def flush(self) -> None:
        """Write the rows gathered so far (in the caller's transaction)."""
        for table, rows in self.rows.items():
            if rows:
                self.loading.write(table, rows)
        self.rows = {}

    def finish(self, *, on_step: Callable[[str], None] = lambda step: None) -> None:
        """The entities with their counts, names and keys; quote clusters; indexes, full text and statistics.

        `on_step` hears of each step done, by name.
        """
        connection = self.connection
        with connection.begin():
            self.flush()
            self._write_known()
            on_step("entities")
            _count_co_occurrences(connection)
            on_step("co-occurrences")
            # Where the engine joins the clusters to the quotes as fast without the indexes, before them: the quotes
            # it moves to their clusters are then not written again into each index (bulk_postgresql.py).
            if self.engine.CLUSTERS_WITHOUT_INDEXES:
                self._quote_clusters_step(on_step)
            self.loading.restore_indexes()
            on_step("indexes")
            if not self.engine.CLUSTERS_WITHOUT_INDEXES:
                self._quote_clusters_step(on_step)
            self.loading.complete()
            on_step("full text")
        self.loading.close()
        on_step("statistics")

    def _quote_clusters_step(self, on_step: Callable[[str], None]) -> None:
        _cluster_quotes(self.connection)
        on_step("quote clusters")

    def _gather(self, table: Table, rows: list[dict[str, Any]]) -> None:
        self.rows.setdefault(table.name, []).extend(rows)

    def _take_ids(self, table: Table, count: int) -> int:
        """The first of `count` new ids of the table."""
        first = self.next_ids[table.name]
        self.next_ids[table.name] = first + count
        return first

    def _known(self, named: Named) -> _Known:
        """The entity one more article names."""
        known = self.entities.get(named.key)
        if known is None:
            # Ids in the order entities are first named, as ingest gives them.
            known = self.entities[named.key] = _Known(len(self.entities) + 1, named.type)
        known.keys |= named.name_keys
        return known

    def _write_known(self) -> None:
        """The entities, every name they go by with how many articles use it, and their name keys."""
        for known in self.entities.values():
            # Sorted: a set's order, and the rows' with it, would differ from one run to the next.
            called = {alias: known.called[alias] for alias in sorted(known.written)}
            row = {
                "id": known.id,
                "name": canonical_name(called),
                "type": known.type,
                "pseudonym": known.pseudonym,
                "mention_count": known.mentions,
                "article_count": known.articles,
            }
            self._gather(ENTITIES, [row])
            self._gather(
                ALIASES, [{"entity_id": known.id, "alias": alias, "articles": n} for alias, n in called.items()]
            )
            self._gather(KEYS, [{"key": key, "entity_id": known.id} for key in known.keys])
        self.flush()


def _count_co_occurrences(connection: Connection) -> None:
    """Every pair of entities some article names, with how many do, as the triggers on the links count them
    one article at a time (migration 0008)."""
    one, other = ARTICLE_ENTITIES.alias("one"), ARTICLE_ENTITIES.alias("other")
    pairs = (
        select(one.c.entity_id, other.c.entity_id, func.count())
        .join_from(one, other, (other.c.article_id == one.c.article_id) & (other.c.entity_id != one.c.entity_id))
        .group_by(one.c.entity_id, other.c.entity_id)
    )
    connection.execute(insert(CO_OCCURRENCES).from_select(["entity_id", "other_id", "articles"], pairs))


# Each cluster's key with the id of its first quote (`records`), joined to the quotes of that key that are not in its
# cluster yet (the first is): one statement for all clusters. One UPDATE a cluster (executemany) took 1,477 s of a
# million-article PostgreSQL fill.
_FIRSTS = json_records(QUOTES.c.cluster_key, QUOTES.c.cluster_id)
_JOIN_FIRSTS = (
    update(QUOTES)
    .where(QUOTES.c.cluster_key == _FIRSTS.c.cluster_key, QUOTES.c.cluster_id != _FIRSTS.c.cluster_id)
    .values(cluster_id=_FIRSTS.c.cluster_id)
)


def _cluster_quotes(connection: Connection) -> None:
    """Quotes of the same words share the cluster of the first of them, as the ingest path clusters them."""
    repeated = connection.execute(
        select(QUOTES.c.cluster_key, func.min(QUOTES.c.id)).group_by(QUOTES.c.cluster_key).having(func.count() > 1)
    ).all()
    clusters = [{"cluster_key": key, "cluster_id": first} for key, first in repeated if clustered(key)]
    if clusters:
        connection.execute(_JOIN_FIRSTS, records(clusters))
