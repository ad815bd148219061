"""Extractions: entities with their aliases, keys and mentions; quotes; timeline events.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations.engines import TEXT, create_documents, engine, folded

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUOTES_FTS_SQLITE = [
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content='quotes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    # An external-content index must be told the old text before it changes, or it goes corrupt.
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
]


def _article_fk() -> sa.Column[int]:
    return sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


def _entity_fk(primary_key: bool = False) -> sa.Column[int]:
    return sa.Column(
        "entity_id",
        sa.Integer,
        sa.ForeignKey("entities.id", ondelete="CASCADE"),
        primary_key=primary_key,
        nullable=False,
    )


def _place() -> list[sa.Column[object]]:
    return [
        sa.Column("field", TEXT, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", TEXT, nullable=False),
        sa.Column("type", TEXT, nullable=False),
        sa.Column("pseudonym", sa.Boolean, nullable=False),
        sa.Column("mention_count", sa.Integer, nullable=False),
        sa.Column("article_count", sa.Integer, nullable=False),
        # An entity no article names any more is deleted; its id must never come back as another entity's.
        sqlite_autoincrement=True,
    )
    op.create_index("ix_entities_articles", "entities", ["article_count", "id"])
    op.create_index("ix_entities_type", "entities", ["type", "article_count", "id"])
    op.create_table(
        "entity_aliases",
        _entity_fk(primary_key=True),
        sa.Column("alias", TEXT, primary_key=True),
        sa.Column("articles", sa.Integer, nullable=False),
    )
    op.create_index("ix_entity_aliases_alias", "entity_aliases", [folded("alias"), "entity_id"])
    op.create_table("entity_keys", sa.Column("key", TEXT, primary_key=True), _entity_fk(primary_key=True))
    op.create_index("ix_entity_keys_entity", "entity_keys", ["entity_id"])
    op.create_table(
        "article_entities",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        _entity_fk(primary_key=True),
        sa.Column("name", TEXT, nullable=False),
        sa.Column("mention_count", sa.Integer, nullable=False),
        sa.Column("pseudonym", sa.Boolean, nullable=False),
    )
    op.create_index("ix_article_entities_entity", "article_entities", ["entity_id", "article_id"])
    op.create_index("ix_article_entities_name", "article_entities", ["entity_id", "name"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        _entity_fk(),
        _article_fk(),
        *_place(),
        sa.Column("text", TEXT, nullable=False),
        sa.Column("pseudonym", sa.Boolean, nullable=False),
    )
    op.create_index("ix_mentions_entity", "mentions", ["entity_id", "article_id", "id"])
    op.create_index("ix_mentions_entity_text", "mentions", ["entity_id", "text"])
    op.create_index("ix_mentions_article", "mentions", ["article_id", "entity_id"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        sa.Column("text", TEXT, nullable=False),
        sa.Column("kind", TEXT, nullable=False),
        sa.Column("cue", TEXT),
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="SET NULL")),
        sa.Column("speaker_text", TEXT),
        *_place(),
        sa.Column("cluster_key", TEXT, nullable=False),
        sa.Column("cluster_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_quotes_article", "quotes", ["article_id", "id"])
    op.create_index("ix_quotes_speaker", "quotes", ["speaker_id", "id"])
    op.create_index("ix_quotes_kind", "quotes", ["kind", "id"])
    op.create_index("ix_quotes_cluster_key", "quotes", ["cluster_key"])
    op.create_index("ix_quotes_cluster", "quotes", ["cluster_id", "id"])
    op.create_table(
        "quote_places",
        sa.Column("quote_id", sa.Integer, sa.ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("field", TEXT, primary_key=True),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        sa.Column("date", TEXT, nullable=False),
        sa.Column("precision", TEXT, nullable=False),
        sa.Column("first_day", TEXT, nullable=False),
        sa.Column("last_day", TEXT, nullable=False),
        sa.Column("date_text", TEXT, nullable=False),
        sa.Column("resolved_from", TEXT, nullable=False),
        *_place(),
        sa.Column("sentence", TEXT, nullable=False),
    )
    op.create_index("ix_events_first_day", "events", ["first_day", "id"])
    op.create_index("ix_events_article", "events", ["article_id", "first_day", "id"])
    op.create_table(
        "event_entities",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        _entity_fk(primary_key=True),
    )
    op.create_index("ix_event_entities_entity", "event_entities", ["entity_id", "event_id"])
    if engine() == "sqlite":
        for statement in QUOTES_FTS_SQLITE:
            op.execute(statement)
    else:
        create_documents("quotes_fts", "quotes")
    # Articles stored before extraction existed are extracted at the next ingest of their input.
    op.execute("UPDATE articles SET content_hash = ''")


def downgrade() -> None:
    op.execute("DROP TABLE quotes_fts")
    for table in (
        "event_entities",
        "events",
        "quote_places",
        "quotes",
        "mentions",
        "article_entities",
        "entity_keys",
        "entity_aliases",
    ):
        op.drop_table(table)
    op.drop_table("entities")
