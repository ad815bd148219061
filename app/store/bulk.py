"""Loading many articles with their extractions into a new database at once (SQLite).

The ingest path resolves every entity by its name keys and keeps every count current, article by
article. A bulk load knows who each entity is (the caller gives a key for it), so it writes rows by the
thousand with the secondary indexes and the triggers set aside, and computes the counts, names, keys,
pairs named together, clusters, indexes and full-text indexes once at the end, to the same values the
ingest path gives.
The indexes and triggers are recreated from the very statements that created them (kept by SQLite).
"""

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, bindparam, func, insert, select, text, update

from app.extract.found import Event, Extraction, Place
from app.extract.names import name_keys
from app.store import sqlite
from app.store.articles import ArticleRecord
from app.store.extractions import _MIN_CLUSTER_WORDS, _entities_in, cluster_key, period
from app.store.naming import choose_name, fullness
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


class Named(NamedTuple):
    """An entity as one article names it."""

    key: str  # who it is, across the corpus
    type: str
    name: str  # the article's fullest name for it
    mentions: int
    written: set[str]  # every way the article writes it


@dataclass
class PreparedArticle:
    """One article's rows, ready but for the ids only the load gives: made in any process, picklable.

    Rows refer to the article's entities, quotes and events by their index in its own lists.
    """

    article: dict[str, Any]
    authors: list[dict[str, Any]]
    entities: list[Named]
    article_entities: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    quote_places: list[dict[str, Any]]
    events: list[dict[str, Any]]
    event_entities: list[dict[str, Any]]


def prepare(record: ArticleRecord, extraction: Extraction, keys: Sequence[str]) -> PreparedArticle:
    """The rows of an article whose entities are known: `keys[i]` names who `extraction.entities[i]` is."""
    order = list(dict.fromkeys(keys))
    local = [order.index(key) for key in keys]
    events = [_event(number, event) for number, event in enumerate(extraction.events)]
    entities = _entities(extraction, order, local)
    return PreparedArticle(
        article={name: value for name, value in vars(record).items() if name != "authors"},
        authors=[{"article_id": 0, "name": name} for name in dict.fromkeys(record.authors)],
        entities=entities,
        article_entities=[
            {
                "article_id": 0,
                "entity_id": index,
                "name": name,
                "mention_count": mentions,
                "pseudonym": False,
                "published": record.published,
            }
            for index, (_, _, name, mentions, _) in enumerate(entities)
        ],
        mentions=[
            {**_place(mention.place), "entity_id": index, "article_id": 0, "text": mention.text, "pseudonym": False}
            for entity, index in zip(extraction.entities, local, strict=True)
            for mention in entity.mentions
        ],
        quotes=[
            {
                "id": number,
                "article_id": 0,
                "text": quote.text,
                "kind": quote.kind,
                "cue": quote.cue,
                "speaker_id": None if speaker is None else local[speaker],
                "speaker_text": quote.speaker_text,
                **_place(quote.places[0]),
                "cluster_key": cluster_key(quote.text),
                "cluster_id": number,
            }
            for number, (quote, speaker) in enumerate(zip(extraction.quotes, extraction.speakers, strict=True))
        ],
        quote_places=[
            {"quote_id": number, **_place(place)}
            for number, quote in enumerate(extraction.quotes)
            for place in {(place.field, place.start): place for place in quote.places}.values()
        ],
        events=events,
        event_entities=[
            {"event_id": number, "entity_id": index, "first_day": row["first_day"], "last_day": row["last_day"]}
            for number, (event, row) in enumerate(zip(extraction.events, events, strict=True))
            for index in sorted(_entities_in(event.sentence_place, extraction.entities, local))
        ],
    )


def _entities(extraction: Extraction, order: list[str], local: list[int]) -> list[Named]:
    found: dict[int, Named] = {}
    for entity, index in zip(extraction.entities, local, strict=True):
        seen = found.get(index, Named(order[index], entity.type, entity.name, 0, set()))
        # Two entities of an article may be one ("Smith" and "John Smith"): its name is the fuller.
        found[index] = seen._replace(
            name=max(seen.name, entity.name, key=fullness),
            mentions=seen.mentions + len(entity.mentions),
            written=seen.written | {entity.name, *(mention.text for mention in entity.mentions)},
        )
    return [found[index] for index in range(len(order))]


def _place(place: Place) -> dict[str, Any]:
    return {"field": place.field, "start": place.start, "end": place.end}


def _event(number: int, event: Event) -> dict[str, Any]:
    first, last = period(event.date, event.precision)
    return {
        "id": number,
        "article_id": 0,
        "date": event.date,
        "precision": event.precision,
        "first_day": first.isoformat(),
        "last_day": last.isoformat(),
        "date_text": event.date_text,
        "resolved_from": event.resolved_from,
        **_place(event.place),
        "sentence": event.sentence,
    }


@dataclass
class _Known:
    """What the load has seen of one entity so far."""

    id: int
    type: str
    mentions: int = 0
    articles: int = 0
    called: Counter[str] = field(default_factory=Counter)  # articles calling it each name
    written: set[str] = field(default_factory=set)  # every way it is written


# No foreign key checks (entities are written last), no waiting for the disk, a large page cache.
LOAD_PRAGMAS = ["foreign_keys=OFF", "synchronous=OFF", "journal_mode=MEMORY", "cache_size=-1000000"]


def _set_pragmas(connection: Connection, pragmas: list[str]) -> str:
    """Set the pragmas outside any transaction; gives the journal mode they replaced."""
    driver = connection.connection.driver_connection
    assert driver is not None, "the connection is open"
    journal_mode = str(driver.execute("PRAGMA journal_mode").fetchone()[0])
    for pragma in pragmas:
        driver.execute(f"PRAGMA {pragma}")
    return journal_mode


@dataclass(frozen=True)
class _SetAside:
    """The secondary indexes and triggers dropped for the load, by the statements that made them."""

    indexes: list[str]
    triggers: list[str]


class BulkLoad:
    """Rows gathered with their ids, written with `flush()` in the caller's transactions, completed by `finish()`.

    For a new, empty database only: ids start from 1, and an interrupted load leaves the database
    without its indexes (make it again).
    """

    def __init__(self, connection: Connection) -> None:
        """Begin the load on a connection outside any transaction (some settings cannot change inside one)."""
        self.connection = connection
        self.journal_mode = _set_pragmas(connection, LOAD_PRAGMAS)
        self.entities: dict[str, _Known] = {}
        self.rows: dict[Table, list[dict[str, Any]]] = {}
        self.ingested_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.next_ids = {table.name: 1 for table in (ARTICLES, QUOTES, EVENTS)}
        with connection.begin():
            self.set_aside = _set_aside(connection)

    def add(self, prepared: PreparedArticle) -> None:
        """Gather the article's rows, giving them their ids."""
        article_id = self._take_ids(ARTICLES, 1)
        self._gather(ARTICLES, [{**prepared.article, "id": article_id, "ingested_at": self.ingested_at}])
        entity_ids = [self._named(entity) for entity in prepared.entities]
        first_quote = self._take_ids(QUOTES, len(prepared.quotes))
        first_event = self._take_ids(EVENTS, len(prepared.events))
        for row in prepared.authors:
            row["article_id"] = article_id
        for rows in (prepared.article_entities, prepared.mentions):
            for row in rows:
                row["article_id"], row["entity_id"] = article_id, entity_ids[row["entity_id"]]
        for row in prepared.quotes:
            row["article_id"], row["id"], row["cluster_id"] = (
                article_id,
                row["id"] + first_quote,
                row["id"] + first_quote,
            )
            if row["speaker_id"] is not None:
                row["speaker_id"] = entity_ids[row["speaker_id"]]
        for row in prepared.quote_places:
            row["quote_id"] += first_quote
        for row in prepared.events:
            row["article_id"], row["id"] = article_id, row["id"] + first_event
        for row in prepared.event_entities:
            row["event_id"], row["entity_id"] = row["event_id"] + first_event, entity_ids[row["entity_id"]]
        self._gather(AUTHORS, prepared.authors)
        self._gather(ARTICLE_ENTITIES, prepared.article_entities)
        self._gather(MENTIONS, prepared.mentions)
        self._gather(QUOTES, prepared.quotes)
        self._gather(QUOTE_PLACES, prepared.quote_places)
        self._gather(EVENTS, prepared.events)
        self._gather(EVENT_ENTITIES, prepared.event_entities)

    def flush(self) -> None:
        """Write the rows gathered so far (in the caller's transaction)."""
        for table, rows in self.rows.items():
            if rows:
                _insert_many(self.connection, table, rows)
        self.rows = {}

    def finish(self, *, on_step: Callable[[str], None] = lambda step: None) -> None:
        """The entities with their counts, names and keys; quote clusters; indexes, full text and statistics.

        `on_step` hears of each step done, by name.
        """
        self.flush()
        connection = self.connection
        with connection.begin():
            self._write_known()
            on_step("entities")
            _count_co_occurrences(connection)
            on_step("co-occurrences")
            for statement in self.set_aside.indexes:
                connection.exec_driver_sql(statement)
            on_step("indexes")
            for known in self.entities.values():
                choose_name(connection, entity_id=known.id)
            on_step("names")
            _cluster_quotes(connection)
            on_step("quote clusters")
            sqlite.rebuild_fulltext(connection)
            # As an ingest of a whole corpus leaves them (app/store/db.py).
            sqlite.merge_fulltext(connection)
            for statement in self.set_aside.triggers:
                connection.exec_driver_sql(statement)
            on_step("full text")
            # The planner chooses between the indexes by their statistics, which a large table needs.
            connection.exec_driver_sql("ANALYZE")
            on_step("statistics")
        _set_pragmas(connection, [f"journal_mode={self.journal_mode}"])

    def _gather(self, table: Table, rows: list[dict[str, Any]]) -> None:
        self.rows.setdefault(table, []).extend(rows)

    def _take_ids(self, table: Table, count: int) -> int:
        """The first of `count` new ids of the table."""
        first = self.next_ids[table.name]
        self.next_ids[table.name] = first + count
        return first

    def _named(self, named: Named) -> int:
        """The id of the entity one more article names."""
        known = self.entities.get(named.key)
        if known is None:
            # Ids in the order entities are first named, as ingest gives them.
            known = self.entities[named.key] = _Known(len(self.entities) + 1, named.type)
        known.mentions += named.mentions
        known.articles += 1
        known.called[named.name] += 1
        known.written |= named.written
        return known.id

    def _write_known(self) -> None:
        """The entities, every name they go by with how many articles use it, and their name keys."""
        for known in self.entities.values():
            row = {
                "id": known.id,
                "name": known.called.most_common(1)[0][0],
                "type": known.type,
                "pseudonym": False,
                "mention_count": known.mentions,
                "article_count": known.articles,
            }
            self._gather(ENTITIES, [row])
            self._gather(
                ALIASES,
                [{"entity_id": known.id, "alias": alias, "articles": known.called[alias]} for alias in known.written],
            )
            keys = {key for alias in known.written for key in name_keys(alias, known.type)}
            self._gather(KEYS, [{"key": key, "entity_id": known.id} for key in keys])
        self.flush()


def _insert_many(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany of rows (all with the same keys) handed to the driver as they are: at millions of rows,
    SQLAlchemy's processing of each row's parameters would cost more than SQLite's writing them."""
    statement = insert(table).compile(dialect=connection.dialect, column_keys=list(rows[0]))
    values = itemgetter(*(statement.positiontup or ()))
    connection.exec_driver_sql(str(statement), [values(row) for row in rows])


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


def _cluster_quotes(connection: Connection) -> None:
    """Quotes of the same words share the cluster of the first of them, as the ingest path clusters them."""
    repeated = connection.execute(
        select(QUOTES.c.cluster_key, func.min(QUOTES.c.id)).group_by(QUOTES.c.cluster_key).having(func.count() > 1)
    ).all()
    clusters = [{"key": key, "first": first} for key, first in repeated if len(key.split()) >= _MIN_CLUSTER_WORDS]
    if clusters:
        connection.execute(
            update(QUOTES).where(QUOTES.c.cluster_key == bindparam("key")).values(cluster_id=bindparam("first")),
            clusters,
        )
