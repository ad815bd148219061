"""Queries over entities: lists, one entity with what the corpus says of it, and names for display."""

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Select, func, select

from app.store.listing import Page, paginate
from app.store.memo import remember, remembered
from app.store.pagination import Sort
from app.store.rows import IDS, dicts, first
from app.store.tables import ALIASES, ARTICLE_ENTITIES, ARTICLES, ENTITIES, MENTIONS, QUOTES

ENTITY_COLUMNS = ("id", "name", "type", "pseudonym", "mention_count", "article_count")
MENTION_COLUMNS = ("article_id", "field", "start", "end", "text", "pseudonym")


# Built once: composing a statement costs more than running it.
_ENTITIES: Select[Any] = select(*(ENTITIES.c[name] for name in ENTITY_COLUMNS))
_REFS: Select[Any] = select(ENTITIES.c.id, ENTITIES.c.name, ENTITIES.c.type).where(ENTITIES.c.id.in_(IDS))
_ALIASES: Select[Any] = (
    select(ALIASES.c.entity_id, ALIASES.c.alias)
    .where(ALIASES.c.entity_id.in_(IDS))
    .order_by(ALIASES.c.entity_id, ALIASES.c.alias)
)


def _named(value: str) -> Any:
    # Any spelling the corpus uses, case aside, as a substring: "haley" finds "Nikki Haley".
    pattern = "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return ENTITIES.c.id.in_(select(ALIASES.c.entity_id).where(ALIASES.c.alias.ilike(pattern, escape="\\")))


FILTERS: dict[str, Callable[[Any], Any]] = {
    "type": lambda value: ENTITIES.c.type == value,
    "q": _named,
    "article_id": lambda value: ENTITIES.c.id.in_(
        select(ARTICLE_ENTITIES.c.entity_id).where(ARTICLE_ENTITIES.c.article_id == value)
    ),
    "min_articles": lambda value: ENTITIES.c.article_count >= value,
}

# Most widely named first: what a reader of the corpus looks for.
SORT = Sort("-article_count", ENTITIES.c.article_count, ENTITIES.c.id, descending=True)


def list_entities(
    connection: Connection, *, filters: Mapping[str, Any], limit: int, cursor: str | None, count: bool
) -> Page:
    query = _ENTITIES
    for name, value in filters.items():
        query = query.where(FILTERS[name](value))
    page = paginate(connection, query, sort=SORT, limit=limit, cursor=cursor, count=count)
    return Page(items=with_aliases(connection, page.items), total=page.total, next_cursor=page.next_cursor)


def get_entity(connection: Connection, *, entity_id: int) -> dict[str, Any] | None:
    query = _ENTITIES.where(ENTITIES.c.id == entity_id)
    return first(connection.execute(query))


def with_aliases(connection: Connection, rows: Iterable[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """Rows of entities, each with the other names it goes by."""
    rows = list(rows)
    names = aliases_of(connection, [row["id"] for row in rows])
    return [{**row, "aliases": [alias for alias in names.get(row["id"], []) if alias != row["name"]]} for row in rows]


def aliases_of(connection: Connection, entity_ids: Iterable[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for entity_id, alias in connection.execute(_ALIASES, {"ids": list(set(entity_ids))}):
        found.setdefault(entity_id, []).append(alias)
    return found


def entity_refs(connection: Connection, entity_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """id -> {id, name, type, aliases} for display wherever an entity is referred to (remembered
    until the database changes: the same speakers and places recur page after page)."""
    refs = remembered(connection, "entity")
    ids = set(entity_ids)
    found = {entity_id: refs[entity_id] for entity_id in ids if entity_id in refs}
    if missing := ids - found.keys():
        rows = dicts(connection.execute(_REFS, {"ids": list(missing)}))
        for row in with_aliases(connection, rows):
            found[row["id"]] = row
            remember(refs, row["id"], row)
    return found


def mentions_of(connection: Connection, *, entity_id: int, limit: int) -> list[dict[str, Any]]:
    query = (
        select(*(MENTIONS.c[name] for name in MENTION_COLUMNS))
        .where(MENTIONS.c.entity_id == entity_id)
        .order_by(MENTIONS.c.article_id, MENTIONS.c.id)
        .limit(limit)
    )
    return dicts(connection.execute(query))


def articles_of(connection: Connection, *, entity_id: int, limit: int) -> list[dict[str, Any]]:
    """The articles naming the entity, newest first, with how often each names it."""
    query = (
        select(ARTICLES.c.id, ARTICLES.c.title, ARTICLES.c.published, ARTICLE_ENTITIES.c.mention_count)
        .join_from(ARTICLE_ENTITIES, ARTICLES, ARTICLE_ENTITIES.c.article_id == ARTICLES.c.id)
        .where(ARTICLE_ENTITIES.c.entity_id == entity_id)
        .order_by(ARTICLE_ENTITIES.c.published.desc(), ARTICLE_ENTITIES.c.article_id.desc())
        .limit(limit)
    )
    return dicts(connection.execute(query))


def quotes_by(connection: Connection, *, entity_id: int, limit: int) -> list[dict[str, Any]]:
    query = (
        select(QUOTES.c.id, QUOTES.c.article_id, QUOTES.c.text, QUOTES.c.kind)
        .where(QUOTES.c.speaker_id == entity_id)
        .order_by(QUOTES.c.id)
        .limit(limit)
    )
    return dicts(connection.execute(query))


def related_to(connection: Connection, *, entity_id: int, among: int, limit: int) -> list[dict[str, Any]]:
    """Entities named in the same articles, among the entity's `among` newest, with the number of
    those articles they share, most first. Bounded so that a page costs the same for an entity
    named everywhere."""
    newest = (
        select(ARTICLE_ENTITIES.c.article_id)
        .where(ARTICLE_ENTITIES.c.entity_id == entity_id)
        .order_by(ARTICLE_ENTITIES.c.published.desc(), ARTICLE_ENTITIES.c.article_id.desc())
        .limit(among)
    )
    shared = func.count().label("articles")
    query = (
        select(ARTICLE_ENTITIES.c.entity_id, shared)
        .where(ARTICLE_ENTITIES.c.article_id.in_(newest), ARTICLE_ENTITIES.c.entity_id != entity_id)
        .group_by(ARTICLE_ENTITIES.c.entity_id)
        .order_by(shared.desc(), ARTICLE_ENTITIES.c.entity_id)
        .limit(limit)
    )
    rows = connection.execute(query).all()
    refs = entity_refs(connection, [row.entity_id for row in rows])
    return [{"entity": refs[row.entity_id], "articles": row.articles} for row in rows]


def speakers_named(value: str) -> Any:
    """Entity ids whose name or any alias is `value`, case aside (for filtering by speaker name)."""
    return select(ALIASES.c.entity_id).where(ALIASES.c.alias.collate("NOCASE") == value)


def entities_in(connection: Connection, *, article_id: int) -> list[dict[str, Any]]:
    """The entities an article names, most mentioned first, each with its mentions there."""
    rows = connection.execute(
        select(ARTICLE_ENTITIES.c.entity_id, ARTICLE_ENTITIES.c.mention_count)
        .where(ARTICLE_ENTITIES.c.article_id == article_id)
        .order_by(ARTICLE_ENTITIES.c.mention_count.desc(), ARTICLE_ENTITIES.c.entity_id)
    ).all()
    refs = entity_refs(connection, [row.entity_id for row in rows])
    mentions: dict[int, list[dict[str, Any]]] = {}
    found = connection.execute(
        select(MENTIONS.c.entity_id, *(MENTIONS.c[name] for name in MENTION_COLUMNS))
        .where(MENTIONS.c.article_id == article_id)
        .order_by(MENTIONS.c.id)
    )
    for mention in dicts(found):
        mentions.setdefault(mention["entity_id"], []).append(mention)
    return [{**refs[row.entity_id], "mentions": mentions.get(row.entity_id, [])} for row in rows]
