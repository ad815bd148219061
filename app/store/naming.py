"""An entity's names: every spelling the corpus uses, how many articles call it by each, the canonical one."""

from collections.abc import Iterable

from sqlalchemy import Connection, and_, delete, exists, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.store.tables import ALIASES, ENTITIES, MENTIONS

# A spelling is common when more than this share of the articles using the most common one use it:
# one headline's "Crooked Jane Roe" never outweighs the corpus's "Jane Roe".
_COMMON_SHARE = 0.25


def record_names(connection: Connection, *, entity_id: int, article_name: str, written: Iterable[str]) -> None:
    """One more article calls the entity `article_name` and writes it in the `written` ways."""
    connection.execute(
        sqlite_insert(ALIASES)
        .values(entity_id=entity_id, alias=article_name, articles=1)
        .on_conflict_do_update(index_elements=["entity_id", "alias"], set_={"articles": ALIASES.c.articles + 1})
    )
    others = set(written) - {article_name}
    if others:
        connection.execute(
            sqlite_insert(ALIASES).on_conflict_do_nothing(),
            [{"entity_id": entity_id, "alias": name, "articles": 0} for name in others],
        )
    choose_name(connection, entity_id=entity_id)


def forget_names(connection: Connection, *, entity_id: int, article_name: str, written: Iterable[str]) -> None:
    """An article that called the entity `article_name` is gone: spellings nothing uses any more go too."""
    connection.execute(
        update(ALIASES)
        .where(ALIASES.c.entity_id == entity_id, ALIASES.c.alias == article_name)
        .values(articles=ALIASES.c.articles - 1)
    )
    for alias in {article_name, *written}:
        used = exists().where(and_(MENTIONS.c.entity_id == entity_id, MENTIONS.c.text == alias))
        connection.execute(
            delete(ALIASES).where(
                ALIASES.c.entity_id == entity_id, ALIASES.c.alias == alias, ALIASES.c.articles <= 0, ~used
            )
        )
    choose_name(connection, entity_id=entity_id)


def choose_name(connection: Connection, *, entity_id: int) -> None:
    """The canonical name: the fullest of the common spellings."""
    counts = dict(
        connection.execute(select(ALIASES.c.alias, ALIASES.c.articles).where(ALIASES.c.entity_id == entity_id)).all()
    )
    if not counts:
        return
    most = max(counts.values())
    common = [alias for alias, articles in counts.items() if articles > most * _COMMON_SHARE]
    name = max(common or counts, key=fullness)
    connection.execute(update(ENTITIES).where(ENTITIES.c.id == entity_id, ENTITIES.c.name != name).values(name=name))


def fullness(name: str) -> tuple[int, int, str]:
    # More words, then more letters; the name itself breaks ties so the choice never depends on order.
    return len(name.split()), len(name), name
