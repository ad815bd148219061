"""Which stored entity an article's entity is: found again by its name keys, or created."""

from collections import Counter
from collections.abc import Sequence
from functools import cache
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, true

from app.extract.found import Entity
from app.extract.names import name_keys
from app.store import engines
from app.store.portable import records, records_of
from app.store.statements import Statement, compiled
from app.store.tables import ENTITIES, KEYS
from app.store.writes import execute, run

# Keys that may stand for several people (a lone surname) join only when one entity holds them.
WEAK_KEY_PREFIX = "surname:"

# Statements built once and run with parameters: composing one cost SQLAlchemy several times what
# SQLite takes to run it. Each stored entity holding any of the keys, with its number of articles.
_HOLDERS = compiled(
    select(KEYS.c.key, KEYS.c.entity_id, ENTITIES.c.article_count)
    .join(ENTITIES, ENTITIES.c.id == KEYS.c.entity_id)
    .where(KEYS.c.key.in_(bindparam("keys", expanding=True)))
)
_CREATED = ("name", "type", "pseudonym", "mention_count", "article_count")
_CREATE = compiled(insert(ENTITIES).from_select(_CREATED, records_of(ENTITIES, _CREATED)).returning(ENTITIES.c.id))
# An entity the article names that no stored one is has this id plus its place among them until it is stored:
# above every stored id, in the order they are found, as their own ids will be (each engine gives the next).
_NOT_STORED = 2**62
# Which of the entities hold a strong key (a name in full, an organisation's or a place's name).
_NAMED_IN_FULL = compiled(
    select(KEYS.c.entity_id).where(
        KEYS.c.entity_id.in_(bindparam("entity_ids", expanding=True)), KEYS.c.key.not_like(f"{WEAK_KEY_PREFIX}%")
    )
)


@cache
def _add_key(engine: ModuleType) -> Statement:
    names = ("key", "entity_id")
    # WHERE true: SQLite would read the ON of ON CONFLICT as a join's.
    add = engine.upsert(KEYS).from_select(names, records_of(KEYS, names).where(true())).on_conflict_do_nothing()
    return compiled(add)


def entity_keys(entity: Entity) -> set[str]:
    return {key for name in {entity.name, *entity.aliases} for key in name_keys(name, entity.type)}


class _Holders:
    """Who holds each of an article's keys: as stored, then as its entities, resolved one after another, add theirs."""

    def __init__(self, connection: Connection, keys: set[str]) -> None:
        self.connection = connection
        self.of_key: dict[str, set[int]] = {}
        self.article_count: dict[int, int] = {}
        for key, entity_id, article_count in run(connection, _HOLDERS, {"keys": list(keys)}).fetchall():
            self.of_key.setdefault(key, set()).add(entity_id)
            self.article_count[entity_id] = article_count
        # Of the entities resolved for this article (not stored yet), those named in full.
        self.named_in_full: set[int] = set()
        # Those the article names first (not stored before it, and so holding no stored key).
        self.new: set[int] = set()

    def add(self, entity_id: int, keys: set[str]) -> None:
        self.article_count.setdefault(entity_id, 0)
        if _strong(keys):
            self.named_in_full.add(entity_id)
        for key in keys:
            self.of_key.setdefault(key, set()).add(entity_id)

    def find(self, keys: set[str]) -> int | None:
        """The entity sharing the most strong keys, the most written about first; a name with none (a lone
        surname) joins the one holder of its key, or where several people bear it, the entity known by the
        surname alone: the articles that name none of them in full gather on one entity, not one each.
        A person named in full whom no stored entity shares a strong key with is the entity known by the
        surname alone where that is the one bearer of the surname, whichever of the two came first.

        Keys carry their type class ("person:", "place:"), so only compatible entities share them.
        """
        strong = _strong(keys)
        shared = Counter(entity_id for key in strong or keys for entity_id in self.of_key.get(key, ()))
        if strong and not shared:
            bearers = {entity_id for key in keys - strong for entity_id in self.of_key.get(key, ())}
            return next(iter(bearers)) if len(bearers) == 1 and self._known_by_surname_alone(bearers) else None
        if not strong and len(shared) > 1:
            alone = self._known_by_surname_alone(set(shared))
            return alone.pop() if len(alone) == 1 else None
        ranked = sorted(shared, key=lambda entity_id: (-shared[entity_id], -self.article_count[entity_id], entity_id))
        return ranked[0] if ranked else None

    def _known_by_surname_alone(self, entity_ids: set[int]) -> set[int]:
        """Those of the entities that hold no strong key: made by articles naming a person by surname alone."""
        stored = entity_ids - self.named_in_full - self.new
        read = run(self.connection, _NAMED_IN_FULL, {"entity_ids": list(stored)}).fetchall() if stored else ()
        full = {entity_id for (entity_id,) in read}
        return entity_ids - self.named_in_full - full


def _strong(keys: set[str]) -> set[str]:
    return {key for key in keys if not key.startswith(WEAK_KEY_PREFIX)}


def resolve_entities(connection: Connection, entities: Sequence[Entity]) -> list[int]:
    """The id of the stored entity each of an article's entities is, creating those the corpus has not named
    before. Each is resolved as if the ones before it were stored with their keys ("Smith" after "John
    Smith" is him), but the stored keys are read, and the new ones written, once for the article."""
    keys = [entity_keys(entity) for entity in entities]
    holders = _Holders(connection, set().union(*keys))
    entity_ids = []
    new: list[dict[str, Any]] = []
    for entity, its_keys in zip(entities, keys, strict=True):
        entity_id = holders.find(its_keys)
        if entity_id is None:
            entity_id = _NOT_STORED + len(new)
            holders.new.add(entity_id)
            new.append(
                {"name": entity.name, "type": entity.type, "pseudonym": False, "mention_count": 0, "article_count": 0}
            )
        holders.add(entity_id, its_keys)
        entity_ids.append(entity_id)
    if new:
        # Stored in one statement, not a round trip each: the engine numbers them in the order they are written.
        created = sorted(entity_id for (entity_id,) in run(connection, _CREATE, records(new)).fetchall())
        entity_ids = [
            created[entity_id - _NOT_STORED] if entity_id >= _NOT_STORED else entity_id for entity_id in entity_ids
        ]
    # In the order resolving them one at a time wrote them.
    added = zip(entity_ids, keys, strict=True)
    rows = [{"key": key, "entity_id": entity_id} for entity_id, its_keys in added for key in its_keys]
    if rows:
        execute(connection, _add_key(engines.of(connection)), records(rows))
    return entity_ids
