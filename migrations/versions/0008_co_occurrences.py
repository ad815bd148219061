"""Who is named alongside whom, counted as articles are written.

An entity's page lists the entities named most often in the same articles. Counted over its
articles at read time, that is a hundred index lookups for the newest hundred of them alone (0.4 ms
at a million articles); counted here, by triggers on the links of articles to entities, it is over
every article, and read as the first entries of one index.

Each pair is stored from both sides, so one entity's companions are one range of the index.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations.engines import engine

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FILL = """INSERT INTO co_occurrences(entity_id, other_id, articles)
    SELECT one.entity_id, other.entity_id, count(*) FROM article_entities one
    JOIN article_entities other ON other.article_id = one.article_id AND other.entity_id != one.entity_id
    GROUP BY one.entity_id, other.entity_id"""
# The entities the article of the deleted link still names.
_BESIDE = "(SELECT entity_id FROM article_entities WHERE article_id = old.article_id)"


def _uncount(side: str, other: str) -> str:
    # A pair its last article leaves is deleted, the others counted down: each by its primary key.
    pair = f"{side} = old.entity_id AND {other} IN {_BESIDE}"
    return f"""DELETE FROM co_occurrences WHERE articles = 1 AND {pair};
        UPDATE co_occurrences SET articles = articles - 1 WHERE {pair};"""


# The new link's pairs counted (PostgreSQL needs the updated column named with its table).
_COUNT = """INSERT INTO co_occurrences(entity_id, other_id, articles)
            SELECT new.entity_id, entity_id, 1 FROM article_entities
            WHERE article_id = new.article_id AND entity_id != new.entity_id
            UNION ALL
            SELECT entity_id, new.entity_id, 1 FROM article_entities
            WHERE article_id = new.article_id AND entity_id != new.entity_id
            ON CONFLICT(entity_id, other_id) DO UPDATE SET articles = co_occurrences.articles + 1;"""

TRIGGERS = [
    f"""CREATE TRIGGER co_occurrences_insert AFTER INSERT ON article_entities BEGIN
        {_COUNT}
    END""",
    f"""CREATE TRIGGER co_occurrences_delete AFTER DELETE ON article_entities BEGIN
        {_uncount("entity_id", "other_id")}
        {_uncount("other_id", "entity_id")}
    END""",
]


# PostgreSQL's: the same statements in a function, fired BEFORE each row is written, when (as in SQLite's
# AFTER triggers, which run as each row is written) the rows written before it by the same statement are
# seen and the rows after it are not; its AFTER row triggers would run once the whole statement is done.
_COUNT_POSTGRESQL = f"""CREATE FUNCTION co_occurrences_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_COUNT}
        RETURN new;
    END IF;
    {_uncount("entity_id", "other_id")}
    {_uncount("other_id", "entity_id")}
    RETURN old;
END $$"""
TRIGGERS_POSTGRESQL = [
    _COUNT_POSTGRESQL,
    """CREATE TRIGGER co_occurrences_count BEFORE INSERT OR DELETE ON article_entities
        FOR EACH ROW EXECUTE FUNCTION co_occurrences_count()""",
]


def upgrade() -> None:
    op.create_table(
        "co_occurrences",
        sa.Column("entity_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("other_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )
    op.execute(FILL)
    # After the fill: one sort of the finished table, not an insert into the index per pair.
    # In the order the page lists them (most shared first, then by id), so it reads them off the index.
    op.create_index("ix_co_occurrences_articles", "co_occurrences", ["entity_id", sa.text("articles DESC"), "other_id"])
    for statement in TRIGGERS if engine() == "sqlite" else TRIGGERS_POSTGRESQL:
        op.execute(statement)


def downgrade() -> None:
    if engine() == "sqlite":
        for trigger in ("insert", "delete"):
            op.execute(f"DROP TRIGGER co_occurrences_{trigger}")
    else:
        op.execute("DROP TRIGGER co_occurrences_count ON article_entities")
        op.execute("DROP FUNCTION co_occurrences_count")
    op.drop_index("ix_co_occurrences_articles", "co_occurrences")
    op.drop_table("co_occurrences")
