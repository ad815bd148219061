"""Which stored entity an article's entity is: found again by its name keys, or created."""

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.extract.found import Entity
from app.extract.names import name_keys
from app.store.tables import ENTITIES, KEYS

# Keys that may stand for several people (a lone surname) join only when one entity holds them.
WEAK_KEY_PREFIX = "surname:"


def entity_keys(entity: Entity) -> set[str]:
    return {key for name in {entity.name, *entity.aliases} for key in name_keys(name, entity.type)}


def resolve_entity(connection: Connection, entity: Entity) -> int:
    """The id of the stored entity this one is, creating it when the corpus has not named it before."""
    keys = entity_keys(entity)
    entity_id = _find(connection, keys)
    if entity_id is None:
        entity_id = connection.execute(
            insert(ENTITIES)
            .values(name=entity.name, type=entity.type, pseudonym=False, mention_count=0, article_count=0)
            .returning(ENTITIES.c.id)
        ).scalar_one()
    connection.execute(
        sqlite_insert(KEYS).on_conflict_do_nothing(), [{"key": key, "entity_id": entity_id} for key in keys]
    )
    return entity_id


def _find(connection: Connection, keys: set[str]) -> int | None:
    """The entity sharing the most strong keys; a name with none (a lone surname) joins the one holder of its key.

    Keys carry their type class ("person:", "place:"), so only compatible entities share them.
    """
    strong = {key for key in keys if not key.startswith(WEAK_KEY_PREFIX)}
    rows = (
        connection.execute(
            select(KEYS.c.entity_id)
            .join(ENTITIES, ENTITIES.c.id == KEYS.c.entity_id)
            .where(KEYS.c.key.in_(strong or keys))
            .group_by(KEYS.c.entity_id)
            .order_by(func.count().desc(), ENTITIES.c.article_count.desc(), KEYS.c.entity_id)
            .limit(2)
        )
        .scalars()
        .all()
    )
    if not rows or (not strong and len(rows) > 1):
        return None
    return int(rows[0])
