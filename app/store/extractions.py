"""Writing an article's extraction: replacing what was stored for it, keeping entity ids stable."""

from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    Boolean,
    Connection,
    Integer,
    Table,
    bindparam,
    column,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)

from app.extract.found import Extraction
from app.store import engines
from app.store.extraction_rows import ExtractionRows, Ids, clustered, extraction_rows
from app.store.naming import Naming, forget_names, record_names
from app.store.portable import JsonRows, json_records, records, records_of
from app.store.reader import json_list
from app.store.resolution import resolve_entities
from app.store.statements import Statement, compiled
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
from app.store.writes import execute, one, run, run_many

# Statements built once and run with parameters, one per kind of row and article: an ingest writes
# a hundred rows an article, and composing a statement cost SQLAlchemy several times what SQLite takes
# to run it. (The parameters are not named after the columns: SQLAlchemy keeps those for SET values.)
_ARTICLE: BindParameter[int] = bindparam("article")
_ENTITY: BindParameter[int] = bindparam("entity")
# The largest quote and event ids (None in an empty table): SQLite gives a new row the next one.
_LAST_IDS = select(*(select(func.max(table.c.id)).scalar_subquery() for table in (QUOTES, EVENTS)))
# With them, whether any of the article's extraction is stored: a new article's is not, and needs no forgetting.
# (Asked together: each statement is a round trip to PostgreSQL, and costs SQLAlchemy more than running it.)
_BEFORE = compiled(
    _LAST_IDS.add_columns(
        or_(*(exists().where(table.c.article_id == _ARTICLE) for table in (ARTICLE_ENTITIES, MENTIONS, QUOTES, EVENTS)))
    )
)
_LAST = compiled(_LAST_IDS)
_NAMED = compiled(
    select(ARTICLE_ENTITIES.c.entity_id, ARTICLE_ENTITIES.c.mention_count, ARTICLE_ENTITIES.c.name).where(
        ARTICLE_ENTITIES.c.article_id == _ARTICLE
    )
)
_WRITTEN = compiled(select(MENTIONS.c.entity_id, MENTIONS.c.text).where(MENTIONS.c.article_id == _ARTICLE).distinct())
_FORGET = [
    compiled(delete(table).where(table.c.article_id == _ARTICLE))
    for table in (QUOTES, EVENTS, MENTIONS, ARTICLE_ENTITIES)
]
_UNCOUNT = compiled(
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
_COUNTED = json_records(column("entity", Integer), column("mentions", Integer), column("pseudonym_said", Boolean))
_COUNT = compiled(
    update(ENTITIES)
    .where(ENTITIES.c.id == _COUNTED.c.entity)
    .values(
        mention_count=ENTITIES.c.mention_count + _COUNTED.c.mentions,
        article_count=ENTITIES.c.article_count + 1,
        # Said once not to be real, a name stays so while that article names the entity.
        pseudonym=or_(ENTITIES.c.pseudonym, _COUNTED.c.pseudonym_said),
    )
)
# The link repeats the article's `published`, read in the statement rather than passed along.
_LINKED = ("article_id", "entity_id", "name", "mention_count", "pseudonym")
_LINK = compiled(
    insert(ARTICLE_ENTITIES).from_select(
        [*_LINKED, "published"],
        records_of(ARTICLE_ENTITIES, _LINKED).add_columns(
            select(ARTICLES.c.published).where(ARTICLES.c.id == _ARTICLE).scalar_subquery()
        ),
    )
)
# Each of the keys (a JSON list) with the cluster of a stored quote of those words, if any: one
# statement for the article's quotes, each key finding its first quote by the index, as alone.
_KEYS_GIVEN = JsonRows(bindparam("keys")).table_valued("value")
_CLUSTERS = compiled(
    select(
        _KEYS_GIVEN.c.value,
        select(QUOTES.c.cluster_id).where(QUOTES.c.cluster_key == _KEYS_GIVEN.c.value).limit(1).scalar_subquery(),
    )
)
_DROP_UNNAMED = compiled(
    delete(ENTITIES).where(ENTITIES.c.id.in_(bindparam("entity_ids", expanding=True)), ENTITIES.c.article_count <= 0)
)


def replace_extraction(connection: Connection, *, article_id: int, extraction: Extraction) -> None:
    """Store the article's entities, quotes and events in place of any stored before."""
    last_quote, last_event, stored = one(connection, _BEFORE, {"article": article_id})
    forgotten: set[int] = set()
    if stored:
        forgotten = forget_extraction(connection, article_id=article_id)
        last_quote, last_event = one(connection, _LAST)
    entity_ids = resolve_entities(connection, extraction.entities)
    # The quotes' and events' ids SQLite would give, one past the largest, given here so that their
    # places and links go in with them, one statement a table.
    first_quote, first_event = ((last or 0) + 1 for last in (last_quote, last_event))
    rows = extraction_rows(extraction, Ids(article_id, entity_ids, first_quote, first_event))
    _write_entities(connection, article_id, rows)
    _join_clusters(connection, rows.quotes)
    for table, table_rows in (
        (QUOTES, rows.quotes),
        (QUOTE_PLACES, rows.quote_places),
        (EVENTS, rows.events),
        (EVENT_ENTITIES, rows.event_entities),
    ):
        if table_rows:
            execute(connection, _inserting(table, tuple(table_rows[0])), records(table_rows))
    engines.of(connection).index_quotes(connection, [(quote["id"], quote["text"]) for quote in rows.quotes])
    _drop_unnamed(connection, forgotten - set(entity_ids))


def forget_extraction(connection: Connection, *, article_id: int) -> set[int]:
    """Remove the article's extraction; gives the ids of the entities it named."""
    article = {"article": article_id}
    named = run(connection, _NAMED, article).fetchall()
    written: dict[int, set[str]] = {}
    for entity_id, text in run(connection, _WRITTEN, article).fetchall():
        written.setdefault(entity_id, set()).add(text)
    for statement in _FORGET:
        execute(connection, statement, article)
    if named:
        run_many(
            connection, _UNCOUNT, [{"entity": entity_id, "mentions": mentions} for entity_id, mentions, _ in named]
        )
    forget_names(connection, [Naming(entity_id, name, written.get(entity_id, set())) for entity_id, _, name in named])
    return {entity_id for entity_id, _, _ in named}


def _write_entities(connection: Connection, article_id: int, rows: ExtractionRows) -> None:
    """The article's links to its entities and their mentions; the entities' counts and names."""
    if not rows.links:
        return
    execute(connection, _LINK, {**records(rows.links), "article": article_id})
    execute(connection, _inserting(MENTIONS, tuple(rows.mentions[0])), records(rows.mentions))
    counts = [
        {"entity": link["entity_id"], "mentions": link["mention_count"], "pseudonym_said": link["pseudonym"]}
        for link in rows.links
    ]
    execute(connection, _COUNT, records(counts))
    record_names(connection, rows.namings)


def _join_clusters(connection: Connection, quotes: list[dict[str, Any]]) -> None:
    """Each quote joins the cluster of the quotes of the same words stored before it, if any, or else of
    the article's first quote of those words (which opens its own)."""
    keys = list(dict.fromkeys(quote["cluster_key"] for quote in quotes if clustered(quote["cluster_key"])))
    if not keys:
        return
    stored: dict[str, int | None] = dict(run(connection, _CLUSTERS, {"keys": json_list(keys)}).fetchall())
    for quote in quotes:
        key = quote["cluster_key"]
        if key not in stored:
            continue
        if stored[key] is None:
            stored[key] = quote["cluster_id"]
        quote["cluster_id"] = stored[key]


@cache
def _inserting(table: Table, names: tuple[str, ...]) -> Statement:
    """The statement writing rows of these fields (named as the table's columns) into the table, all in one."""
    return compiled(insert(table).from_select(names, records_of(table, names)))


def _drop_unnamed(connection: Connection, entity_ids: set[int]) -> None:
    """Entities no article names any more go, with their keys and aliases (by cascade)."""
    if entity_ids:
        execute(connection, _DROP_UNNAMED, {"entity_ids": list(entity_ids)})
