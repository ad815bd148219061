"""An entity's names: every spelling the corpus uses, how many articles call it by each, the canonical one."""

from collections.abc import Collection, Sequence
from functools import cache
from types import ModuleType
from typing import NamedTuple

from sqlalchemy import BindParameter, Connection, bindparam, delete, exists, select, true, update

from app.store import engines
from app.store.portable import json_records, records, records_of
from app.store.statements import Statement, compiled
from app.store.tables import ALIASES, ENTITIES, MENTIONS
from app.store.writes import execute, run, run_many

# A spelling is common when more than this share of the articles using the most common one use it:
# one headline's "Embattled Jane Roe" never outweighs the corpus's "Jane Roe".
_COMMON_SHARE = 0.25


class Naming(NamedTuple):
    """How one article names an entity: its fullest name there, and every way it writes it."""

    entity_id: int
    name: str
    written: Collection[str]


# Statements built once, each run once an article with a row per name: an ingest names entities
# thousands of times, and composing a statement cost SQLAlchemy more than SQLite takes to run it.
# (The parameters are not named after the columns: SQLAlchemy keeps those names for the SET values.)
_ENTITY: BindParameter[int] = bindparam("entity")
_NAME: BindParameter[str] = bindparam("name")


@cache
def _count_name(engine: ModuleType) -> Statement:
    """`articles` is 1 for the name the article calls the entity by, 0 for the others it merely writes
    (adding 0 leaves a stored spelling as it was: the others are only inserted when new)."""
    names = ("entity_id", "alias", "articles")
    # WHERE true: SQLite would read the ON of ON CONFLICT as a join's.
    insert_alias = engine.upsert(ALIASES).from_select(names, records_of(ALIASES, names).where(true()))
    return compiled(
        insert_alias.on_conflict_do_update(
            index_elements=["entity_id", "alias"],
            set_={"articles": ALIASES.c.articles + insert_alias.excluded.articles},
        )
    )


_UNCOUNT_NAME = compiled(
    update(ALIASES)
    .where(ALIASES.c.entity_id == _ENTITY, ALIASES.c.alias == _NAME)
    .values(articles=ALIASES.c.articles - 1)
)
_DROP_UNUSED_NAME = compiled(
    delete(ALIASES).where(
        ALIASES.c.entity_id == _ENTITY,
        ALIASES.c.alias == _NAME,
        ALIASES.c.articles <= 0,
        ~exists().where(MENTIONS.c.entity_id == _ENTITY, MENTIONS.c.text == _NAME),
    )
)
_NAME_COUNTS = compiled(
    select(ALIASES.c.entity_id, ALIASES.c.alias, ALIASES.c.articles).where(
        ALIASES.c.entity_id.in_(bindparam("entity_ids", expanding=True))
    )
)
_CHOSEN = json_records(ENTITIES.c.id, ENTITIES.c.name)
_RENAME = compiled(
    update(ENTITIES).where(ENTITIES.c.id == _CHOSEN.c.id, ENTITIES.c.name != _CHOSEN.c.name).values(name=_CHOSEN.c.name)
)


def record_names(connection: Connection, namings: Sequence[Naming]) -> None:
    """One more article calls each entity by its `name` and writes it in the `written` ways."""
    if not namings:
        return
    # One row a spelling of an entity: PostgreSQL refuses a statement that upserts a row twice.
    execute(
        connection,
        _count_name(engines.of(connection)),
        records(
            [
                {"entity_id": naming.entity_id, "alias": alias, "articles": int(alias == naming.name)}
                for naming in namings
                for alias in dict.fromkeys([naming.name, *naming.written])
            ]
        ),
    )
    choose_names(connection, [naming.entity_id for naming in namings])


def forget_names(connection: Connection, namings: Sequence[Naming]) -> None:
    """An article that named the entities so is gone: spellings nothing uses any more go too."""
    if not namings:
        return
    run_many(connection, _UNCOUNT_NAME, [{"entity": naming.entity_id, "name": naming.name} for naming in namings])
    run_many(
        connection,
        _DROP_UNUSED_NAME,
        [{"entity": naming.entity_id, "name": alias} for naming in namings for alias in {naming.name, *naming.written}],
    )
    choose_names(connection, [naming.entity_id for naming in namings])


def choose_names(connection: Connection, entity_ids: Collection[int]) -> None:
    """Each entity's canonical name, chosen again from its spellings (each entity's own: one read for all)."""
    counts: dict[int, dict[str, int]] = {}
    for entity_id, alias, articles in run(connection, _NAME_COUNTS, {"entity_ids": list(entity_ids)}).fetchall():
        counts.setdefault(entity_id, {})[alias] = articles
    if counts:
        names = [{"id": entity_id, "name": canonical_name(aliases)} for entity_id, aliases in counts.items()]
        execute(connection, _RENAME, records(names))


def canonical_name(counts: dict[str, int]) -> str:
    """The fullest of the common spellings, given how many articles call the entity by each it goes by."""
    counts = _unshouted(counts)
    most = max(counts.values())
    common = [alias for alias, articles in counts.items() if articles > most * _COMMON_SHARE]
    return max(common or counts, key=fullness)


def _unshouted(counts: dict[str, int]) -> dict[str, int]:
    """Articles that write a name in capitals (a dateline's "HALDENBURG") count for its ordinary spelling where
    the corpus has one: the capitals are the style of a line, not the name."""
    ordinary = {alias.casefold(): alias for alias in counts if not alias.isupper()}
    folded: dict[str, int] = {}
    for alias, articles in counts.items():
        spelling = ordinary.get(alias.casefold(), alias) if alias.isupper() else alias
        folded[spelling] = folded.get(spelling, 0) + articles
    return folded


def fullness(name: str) -> tuple[int, int, str]:
    # More words, then more letters; the name itself breaks ties so the choice never depends on order.
    return len(name.split()), len(name), name
