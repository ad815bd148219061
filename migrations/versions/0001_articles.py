"""Articles, their authors, and full-text search over title and body.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations.engines import TEXT, create_documents, engine, folded, nulls_first

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# External-content FTS5: the text lives once, in `articles`; triggers keep the index in step.
FTS_SQLITE = [
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("external_id", TEXT, nullable=False, unique=True),
        sa.Column("content_hash", TEXT, nullable=False),
        sa.Column("title", TEXT),
        sa.Column("source", TEXT),
        sa.Column("author", TEXT),
        sa.Column("original_source", TEXT),
        sa.Column("caption", TEXT),
        sa.Column("body", TEXT, nullable=False),
        sa.Column("url", TEXT),
        sa.Column("published", TEXT),
        sa.Column("ingested_at", TEXT, nullable=False),
    )
    op.create_index("ix_articles_published", "articles", [nulls_first("published"), "id"])
    op.create_index("ix_articles_source", "articles", [folded("source"), nulls_first("published"), "id"])
    op.create_table(
        "article_authors",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("name", TEXT, primary_key=True),
    )
    op.create_index("ix_article_authors_name", "article_authors", [folded("name"), "article_id"])
    if engine() == "sqlite":
        for statement in FTS_SQLITE:
            op.execute(statement)
    else:
        create_documents("articles_fts", "articles")


def downgrade() -> None:
    op.execute("DROP TABLE articles_fts")
    op.drop_table("article_authors")
    op.drop_table("articles")
