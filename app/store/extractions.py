"""Writing an article's extraction: replacing what was stored for it, keeping entity ids stable."""

import re
from datetime import date, timedelta
from typing import Any

import orjson
from sqlalchemy import (
    BindParameter,
    Boolean,
    Connection,
    Table,
    bindparam,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)

from app.extract.found import Entity, Extraction, Mention, Place
from app.store.naming import Naming, forget_names, fullness, record_names
from app.store.resolution import resolve_entities
from app.store.tables import (
    ARTICLE_ENTITIES,
    ARTICLES,
    ENTITIES,
    EVENT_ENTITIES,
    EVENTS,
    MENTIONS,
    QUOTE_PLACES,
    QUOTES,
)

# Quotes this short ("not aware") recur by chance across articles, so they are not clustered.
_MIN_CLUSTER_WORDS = 4


# Statements built once and run with parameters, one per kind of row and article: an ingest writes
# a hundred rows an article, and composing a statement cost SQLAlchemy several times what SQLite takes
# to run it. (The parameters are not named after the columns: SQLAlchemy keeps those for SET values.)
_ARTICLE: BindParameter[int] = bindparam("article")
_ENTITY: BindParameter[int] = bindparam("entity")
# Whether any of the article's extraction is stored: a new article's is not, and needs no forgetting.
_STORED = select(
    or_(*(exists().where(table.c.article_id == _ARTICLE) for table in (ARTICLE_ENTITIES, MENTIONS, QUOTES, EVENTS)))
)
_NAMED = select(ARTICLE_ENTITIES.c.entity_id, ARTICLE_ENTITIES.c.mention_count, ARTICLE_ENTITIES.c.name).where(
    ARTICLE_ENTITIES.c.article_id == _ARTICLE
)
_WRITTEN = select(MENTIONS.c.entity_id, MENTIONS.c.text).where(MENTIONS.c.article_id == _ARTICLE).distinct()
_FORGET = [
    delete(table).where(table.c.article_id == _ARTICLE) for table in (QUOTES, EVENTS, MENTIONS, ARTICLE_ENTITIES)
]
_UNCOUNT = (
    update(ENTITIES)
    .where(ENTITIES.c.id == _ENTITY)
    .values(
        mention_count=ENTITIES.c.mention_count - bindparam("mentions"),
        article_count=ENTITIES.c.article_count - 1,
        # Only the articles still naming the entity may say its name is not real.
        pseudonym=select(ARTICLE_ENTITIES.c.article_id)
        .where(ARTICLE_ENTITIES.c.entity_id == _ENTITY, ARTICLE_ENTITIES.c.pseudonym)
        .exists(),
    )
)
_COUNT = (
    update(ENTITIES)
    .where(ENTITIES.c.id == _ENTITY)
    .values(
        mention_count=ENTITIES.c.mention_count + bindparam("mentions"),
        article_count=ENTITIES.c.article_count + 1,
        # Said once not to be real, a name stays so while that article names the entity.
        pseudonym=or_(ENTITIES.c.pseudonym, bindparam("pseudonym_said", type_=Boolean)),
    )
)
# The link repeats the article's `published`, read in the statement rather than passed along.
_LINK = insert(ARTICLE_ENTITIES).values(
    published=select(ARTICLES.c.published).where(ARTICLES.c.id == _ARTICLE).scalar_subquery()
)
_INSERT_MENTIONS = insert(MENTIONS)
_INSERT_QUOTES = insert(QUOTES)
_INSERT_QUOTE_PLACES = insert(QUOTE_PLACES)
_INSERT_EVENTS = insert(EVENTS)
_INSERT_EVENT_ENTITIES = insert(EVENT_ENTITIES)
# Each of the keys (a JSON list) with the cluster of a stored quote of those words, if any: one
# statement for the article's quotes, each key finding its first quote by the index, as alone.
_KEYS_GIVEN = func.json_each(bindparam("keys")).table_valued("value")
_CLUSTERS = select(
    _KEYS_GIVEN.c.value,
    select(QUOTES.c.cluster_id).where(QUOTES.c.cluster_key == _KEYS_GIVEN.c.value).limit(1).scalar_subquery(),
)
_LAST_ID = {table: select(func.max(table.c.id)) for table in (QUOTES, EVENTS)}
_DROP_UNNAMED = delete(ENTITIES).where(
    ENTITIES.c.id.in_(bindparam("entity_ids", expanding=True)), ENTITIES.c.article_count <= 0
)


def replace_extraction(connection: Connection, *, article_id: int, extraction: Extraction) -> None:
    """Store the article's entities, quotes and events in place of any stored before."""
    forgotten = forget_extraction(connection, article_id=article_id)
    entity_ids = resolve_entities(connection, extraction.entities)
    _write_entities(connection, article_id, extraction.entities, entity_ids)
    _write_quotes(connection, article_id, extraction, entity_ids)
    _write_events(connection, article_id, extraction, entity_ids)
    _drop_unnamed(connection, forgotten - set(entity_ids))


def forget_extraction(connection: Connection, *, article_id: int) -> set[int]:
    """Remove the article's extraction; gives the ids of the entities it named."""
    article = {"article": article_id}
    if not connection.execute(_STORED, article).scalar_one():
        return set()
    named = connection.execute(_NAMED, article).all()
    written: dict[int, set[str]] = {}
    for entity_id, text in connection.execute(_WRITTEN, article):
        written.setdefault(entity_id, set()).add(text)
    for statement in _FORGET:
        connection.execute(statement, article)
    if named:
        connection.execute(_UNCOUNT, [{"entity": row.entity_id, "mentions": row.mention_count} for row in named])
    forget_names(connection, [Naming(row.entity_id, row.name, written.get(row.entity_id, set())) for row in named])
    return {row.entity_id for row in named}


def _write_entities(connection: Connection, article_id: int, entities: list[Entity], entity_ids: list[int]) -> None:
    # Two of the article's entities may turn out to be one stored entity ("Smith" and "John Smith").
    same: dict[int, list[Entity]] = {}
    for entity, entity_id in zip(entities, entity_ids, strict=True):
        same.setdefault(entity_id, []).append(entity)
    if not same:
        return
    links: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    counts: list[dict[str, Any]] = []
    namings: list[Naming] = []
    for entity_id, group in same.items():
        found = [mention for entity in group for mention in entity.mentions]
        pseudonym = any(entity.pseudonym for entity in group)
        name = max((entity.name for entity in group), key=fullness)
        link = {"entity_id": entity_id, "name": name, "mention_count": len(found), "pseudonym": pseudonym}
        links.append({"article_id": article_id, "article": article_id, **link})
        # In the order they were written one entity at a time, so that they keep the same ids.
        mentions += [_mention_row(article_id, entity_id, mention) for mention in found]
        counts.append({"entity": entity_id, "mentions": len(found), "pseudonym_said": pseudonym})
        written = {mention.text for mention in found} | {alias for entity in group for alias in entity.aliases}
        namings.append(Naming(entity_id, name, written))
    connection.execute(_LINK, links)
    connection.execute(_INSERT_MENTIONS, mentions)
    connection.execute(_COUNT, counts)
    record_names(connection, namings)


def _mention_row(article_id: int, entity_id: int, mention: Mention) -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "article_id": article_id,
        **_place(mention.place),
        "text": mention.text,
        "pseudonym": mention.pseudonym,
    }


def _place(place: Place) -> dict[str, Any]:
    # Not `dataclasses.asdict`, which costs ten times as much, row after row.
    return {"field": place.field, "start": place.start, "end": place.end}


def _write_quotes(connection: Connection, article_id: int, extraction: Extraction, entity_ids: list[int]) -> None:
    if not extraction.quotes:
        return
    keys = [cluster_key(quote.text) for quote in extraction.quotes]
    # The ids SQLite would give, one past the largest, given here so that a quote opening its own
    # cluster is written with it, and its places with it, all in one statement a table.
    first_id = _last_id(connection, QUOTES) + 1
    clusters = _clusters(connection, keys, first_id)
    quotes: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    rows = zip(extraction.quotes, extraction.speakers, keys, clusters, strict=True)
    for quote_id, (quote, speaker, key, cluster) in enumerate(rows, start=first_id):
        quotes.append(
            {
                "id": quote_id,
                "article_id": article_id,
                "text": quote.text,
                "kind": quote.kind,
                "cue": quote.cue,
                "speaker_id": entity_ids[speaker] if speaker is not None else None,
                "speaker_text": quote.speaker_text,
                **_place(quote.places[0]),
                "cluster_key": key,
                "cluster_id": cluster,
            }
        )
        unique = {(place.field, place.start): place for place in quote.places}.values()
        places += [{"quote_id": quote_id, **_place(place)} for place in unique]
    connection.execute(_INSERT_QUOTES, quotes)
    connection.execute(_INSERT_QUOTE_PLACES, places)


def _clusters(connection: Connection, keys: list[str], first_id: int) -> list[int]:
    """The cluster of each quote (of these keys, to have ids from `first_id`): that of the quotes of the
    same words stored before it, or else its own."""
    clustered = list(dict.fromkeys(key for key in keys if len(key.split()) >= _MIN_CLUSTER_WORDS))
    stored: dict[str, int | None] = {}
    if clustered:
        stored = dict(connection.execute(_CLUSTERS, {"keys": orjson.dumps(clustered).decode()}).all())
    found = []
    for quote_id, key in enumerate(keys, start=first_id):
        if key not in stored:
            found.append(quote_id)
            continue
        cluster = stored[key]
        if cluster is None:
            # The article's first quote of new words opens their cluster, and its next ones join it.
            cluster = stored[key] = quote_id
        found.append(cluster)
    return found


def cluster_key(text: str) -> str:
    """The quote's words, case and punctuation aside: what makes two quotes the same words."""
    return " ".join(re.findall(r"\w+", text.replace("\u2019", "'").casefold()))


def _write_events(connection: Connection, article_id: int, extraction: Extraction, entity_ids: list[int]) -> None:
    if not extraction.events:
        return
    events: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    # Ids given here as SQLite would give them, so that the events' links go in with one statement.
    for event_id, event in enumerate(extraction.events, start=_last_id(connection, EVENTS) + 1):
        first, last = period(event.date, event.precision)
        days = {"first_day": first.isoformat(), "last_day": last.isoformat()}
        events.append(
            {
                "id": event_id,
                "article_id": article_id,
                "date": event.date,
                "precision": event.precision,
                **days,
                "date_text": event.date_text,
                "resolved_from": event.resolved_from,
                **_place(event.place),
                "sentence": event.sentence,
            }
        )
        named = _entities_in(event.sentence_place, extraction.entities, entity_ids)
        links += [{"event_id": event_id, "entity_id": entity_id, **days} for entity_id in named]
    connection.execute(_INSERT_EVENTS, events)
    if links:
        connection.execute(_INSERT_EVENT_ENTITIES, links)


def _last_id(connection: Connection, table: Table) -> int:
    """The largest id in the table (0 when empty): SQLite gives a new row the next one."""
    return int(connection.execute(_LAST_ID[table]).scalar_one() or 0)


# The most a period's last day can follow its first: a year (leap years included).
LONGEST_PERIOD = timedelta(days=365)


def period(value: str, precision: str) -> tuple[date, date]:
    """The first and last day an ISO date of the given precision covers."""
    if precision == "week":
        year, week = value.split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
        return monday, monday + timedelta(days=6)
    if precision == "month":
        first = date.fromisoformat(f"{value}-01")
        return first, _month_end(first)
    if precision == "quarter":
        year, quarter = value.split("-Q")
        first = date(int(year), 3 * int(quarter) - 2, 1)
        return first, _month_end(first.replace(month=first.month + 2))
    if precision == "year":
        return date(int(value), 1, 1), date(int(value), 12, 31)
    day = date.fromisoformat(value)
    return day, day


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _entities_in(sentence: Place, entities: list[Entity], entity_ids: list[int]) -> set[int]:
    return {
        entity_id
        for entity, entity_id in zip(entities, entity_ids, strict=True)
        if any(
            mention.place.field == sentence.field and sentence.start <= mention.place.start < sentence.end
            for mention in entity.mentions
        )
    }


def _drop_unnamed(connection: Connection, entity_ids: set[int]) -> None:
    """Entities no article names any more go, with their keys and aliases (by cascade)."""
    if entity_ids:
        connection.execute(_DROP_UNNAMED, {"entity_ids": list(entity_ids)})
