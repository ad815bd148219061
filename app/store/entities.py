"""Queries over entities: lists, one entity with what the corpus says of it, and names for display."""

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, literal, select

from app.store.listing import Filter, Listing, Page, filter_on, filter_values, filtered, paginate
from app.store.memo import remember, remembered
from app.store.pagination import Sort
from app.store.portable import JsonArrayOf, JsonBoolean, NullsSmallest, equals_ignoring_case
from app.store.reader import Reader, among, json_list
from app.store.statements import compiled
from app.store.tables import ALIASES, ARTICLE_ENTITIES, ARTICLES, CO_OCCURRENCES, ENTITIES, MENTIONS, QUOTES

ENTITY_COLUMNS = ("id", "name", "type", "pseudonym", "mention_count", "article_count")
MENTION_COLUMNS = ("article_id", "field", "start", "end", "text", "pseudonym")

_ENTITY: BindParameter[int] = bindparam("entity")
_LIMIT: BindParameter[int] = bindparam("limit")
_ENTITIES: Select[Any] = select(*(ENTITIES.c[name] for name in ENTITY_COLUMNS))


def _as_json_array(mentions: Select[Any]) -> Select[Any]:
    """Mention rows as one JSON array of objects, written by the database: an entity's hundreds of mentions
    cost less so than as Python objects to be written out again."""
    rows = mentions.subquery()
    fields = [
        *(item for name in MENTION_COLUMNS if name != "pseudonym" for item in (literal(name), rows.c[name])),
        literal("pseudonym"),
        JsonBoolean(rows.c.pseudonym),
    ]
    return select(JsonArrayOf(*fields))


def _pattern(value: str) -> str:
    # Any spelling the corpus uses, case aside, as a substring: "quill" finds "Nora Quill".
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _named(pattern: ColumnElement[str]) -> ColumnElement[bool]:
    return ENTITIES.c.id.in_(select(ALIASES.c.entity_id).where(ALIASES.c.alias.ilike(pattern, escape="\\")))


FILTERS: dict[str, Filter] = {
    "type": filter_on("type", lambda kind: ENTITIES.c.type == kind),
    "q": filter_on("q", _named, _pattern),
    "article_id": filter_on(
        "article_id",
        lambda article: ENTITIES.c.id.in_(
            select(ARTICLE_ENTITIES.c.entity_id).where(ARTICLE_ENTITIES.c.article_id == article)
        ),
    ),
    "min_articles": filter_on("min_articles", lambda least: ENTITIES.c.article_count >= least),
}

# Most widely named first, then most talked about: what a reader of the corpus looks for.
SORT = Sort(
    "-article_count,-mention_count",
    ENTITIES.c.article_count,
    ENTITIES.c.id,
    descending=True,
    then=ENTITIES.c.mention_count,
)

_ONE = compiled(_ENTITIES.where(ENTITIES.c.id == _ENTITY))
_REFS = compiled(select(ENTITIES.c.id, ENTITIES.c.name, ENTITIES.c.type).where(among(ENTITIES.c.id)))
_ALL_ALIASES = select(ALIASES.c.entity_id, ALIASES.c.alias).order_by(ALIASES.c.entity_id, ALIASES.c.alias)
_ALIASES = compiled(_ALL_ALIASES.where(among(ALIASES.c.entity_id)))
# One entity's, compared as the entity is (an id past the column's 32 bits matches nothing): read beside the entity
# before it is known to exist, where a list of ids cast to the column's type would fail.
_ALIASES_OF_ONE = compiled(_ALL_ALIASES.where(ALIASES.c.entity_id == _ENTITY))
_MENTIONS = compiled(
    _as_json_array(
        select(*(MENTIONS.c[name] for name in MENTION_COLUMNS))
        .where(MENTIONS.c.entity_id == _ENTITY)
        .order_by(MENTIONS.c.article_id, MENTIONS.c.id)
        .limit(_LIMIT)
    )
)
# The entity's links to articles, newest first.
_NEWEST_LINKS = NullsSmallest(ARTICLE_ENTITIES.c.published, descending=True), ARTICLE_ENTITIES.c.article_id.desc()
_ARTICLES = compiled(
    select(ARTICLES.c.id, ARTICLES.c.title, ARTICLES.c.published, ARTICLE_ENTITIES.c.mention_count)
    .join_from(ARTICLE_ENTITIES, ARTICLES, ARTICLE_ENTITIES.c.article_id == ARTICLES.c.id)
    .where(ARTICLE_ENTITIES.c.entity_id == _ENTITY)
    .order_by(*_NEWEST_LINKS)
    .limit(_LIMIT)
)
_QUOTES = compiled(
    select(QUOTES.c.id, QUOTES.c.article_id, QUOTES.c.text, QUOTES.c.kind)
    .where(QUOTES.c.speaker_id == _ENTITY)
    .order_by(QUOTES.c.id)
    .limit(_LIMIT)
)
# The entities named most often in the same articles as the entity, with how many articles name both.
_RELATED = compiled(
    select(CO_OCCURRENCES.c.other_id, CO_OCCURRENCES.c.articles)
    .where(CO_OCCURRENCES.c.entity_id == _ENTITY)
    .order_by(CO_OCCURRENCES.c.articles.desc(), CO_OCCURRENCES.c.other_id)
    .limit(_LIMIT)
)
_NAMED_IN = compiled(
    select(ARTICLE_ENTITIES.c.entity_id)
    .where(ARTICLE_ENTITIES.c.article_id == bindparam("article"))
    .order_by(ARTICLE_ENTITIES.c.mention_count.desc(), ARTICLE_ENTITIES.c.entity_id)
)
_MENTIONED_IN = compiled(
    select(MENTIONS.c.entity_id, *(MENTIONS.c[name] for name in MENTION_COLUMNS))
    .where(MENTIONS.c.article_id == bindparam("article"))
    .order_by(MENTIONS.c.id)
)


@cache
def _listing(names: tuple[str, ...]) -> Listing:
    return Listing(filtered(_ENTITIES, FILTERS, names), SORT)


def list_entities(reader: Reader, *, filters: Mapping[str, Any], limit: int, cursor: str | None, count: bool) -> Page:
    params = filter_values(FILTERS, filters)
    with reader.snapshot():
        page = paginate(reader, _listing(tuple(filters)), params, limit=limit, cursor=cursor, count=count)
        return Page(items=with_aliases(reader, page.items), total=page.total, next_cursor=page.next_cursor)


def entity_page(
    reader: Reader, *, entity_id: int, mentions: int, first_page: int, related: int
) -> dict[str, Any] | None:
    """One entity and what the corpus says of it, each value of the type it is shown in: up to
    `mentions` mentions, article by article, as their JSON array; the first page of the articles naming
    it, newest first, and of the quotes it spoke; the `related` entities named most often in the same
    articles."""
    of_entity = {"entity": entity_id, "limit": first_page}
    with reader.snapshot():
        # What the page shows of the entity, in one round trip: each read needs only its id.
        one, aliases, mentioned, articles, quotes, pairs = reader.together(
            (_ONE, {"entity": entity_id}),
            (_ALIASES_OF_ONE, {"entity": entity_id}),
            (_MENTIONS, {"entity": entity_id, "limit": mentions}),
            (_ARTICLES, of_entity),
            (_QUOTES, of_entity),
            (_RELATED, {"entity": entity_id, "limit": related}),
        )
        row = one.first()
        if row is None:
            return None
        (summary,) = _with_names([{**row, "pseudonym": bool(row["pseudonym"])}], aliases.rows())
        return {
            **summary,
            "mentions": mentioned.scalar(),
            "articles": articles.dicts(),
            "quotes": quotes.dicts(),
            "related": _related(reader, pairs.rows()),
        }


def _related(reader: Reader, pairs: list[Any]) -> list[dict[str, Any]]:
    """The (other entity, articles naming both) pairs, each with the other entity for display."""
    refs = entity_refs(reader, [other for other, _ in pairs])
    # The pairs are kept by triggers, not foreign keys: a pair whose entity is gone is not shown.
    return [{"entity": refs[other], "articles": shared} for other, shared in pairs if other in refs]


def with_aliases(reader: Reader, rows: Iterable[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """Rows of entities, each with the other names it goes by."""
    rows = list(rows)
    return _with_names(rows, reader.rows(_ALIASES, {"ids": json_list({row["id"] for row in rows})}))


def _with_names(rows: Iterable[Mapping[Any, Any]], aliases: Iterable[tuple[int, str]]) -> list[dict[str, Any]]:
    """Rows of entities, each with the other names it goes by among `aliases` ((entity id, alias) rows)."""
    names: dict[int, list[str]] = {}
    for entity_id, alias in aliases:
        names.setdefault(entity_id, []).append(alias)
    return [{**row, "aliases": [alias for alias in names.get(row["id"], []) if alias != row["name"]]} for row in rows]


def entity_refs(reader: Reader, entity_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """id -> {id, name, type, aliases} for display wherever an entity is referred to (remembered
    until the database changes: the same speakers and places recur page after page)."""
    refs = remembered(reader, "entity")
    ids = set(entity_ids)
    found = {entity_id: refs[entity_id] for entity_id in ids if entity_id in refs}
    if missing := ids - found.keys():
        # The entities and their other names, read together.
        wanted = {"ids": json_list(missing)}
        entities, aliases = reader.together((_REFS, wanted), (_ALIASES, wanted))
        for row in _with_names(entities.dicts(), aliases.rows()):
            found[row["id"]] = row
            remember(refs, row["id"], row)
    return found


def speakers_named(name: ColumnElement[str]) -> Select[Any]:
    """Entity ids whose name or any alias is `name`, case aside (for filtering by speaker name)."""
    return select(ALIASES.c.entity_id).where(equals_ignoring_case(ALIASES.c.alias, name))


def entities_in(reader: Reader, *, article_id: int) -> list[dict[str, Any]]:
    """The entities an article names, most mentioned first, each with its mentions there."""
    ids = [entity_id for (entity_id,) in reader.rows(_NAMED_IN, {"article": article_id})]
    refs = entity_refs(reader, ids)
    mentions: dict[int, list[dict[str, Any]]] = {}
    for mention in reader.dicts(_MENTIONED_IN, {"article": article_id}):
        mentions.setdefault(mention["entity_id"], []).append(mention)
    return [{**refs[entity_id], "mentions": mentions.get(entity_id, [])} for entity_id in ids]
