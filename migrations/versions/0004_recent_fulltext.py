"""A second full-text index over the newest articles only, to rank common words by relevance.

FTS5's bm25() weighs each word by the share of documents holding it, and counts them by walking the
word's whole list in the index on every query: 30 ms for a word in nearly all of a million articles,
whatever is ranked. Ranked among the newest articles alone, where a common word's newest matches
are, that walk is as long as the window. The window's size is stored, not built into the triggers.

Contentless: the text stays in `articles`; `recent_articles` lists what the index holds.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations.engines import engine

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WINDOW = 20_000

FILL = [
    """INSERT INTO recent_articles(id)
        SELECT id FROM articles ORDER BY id DESC LIMIT (SELECT articles FROM recent_window)""",
    """INSERT INTO recent_articles_fts(rowid, title, body)
        SELECT id, title, body FROM articles WHERE id IN (SELECT id FROM recent_articles)""",
]
TRIGGERS = [
    # A new article joins the window, and those now further back than its size leave it.
    """CREATE TRIGGER recent_articles_insert AFTER INSERT ON articles BEGIN
        INSERT INTO recent_articles(id) VALUES (new.id);
        INSERT INTO recent_articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        INSERT INTO recent_articles_fts(recent_articles_fts, rowid, title, body)
            SELECT 'delete', articles.id, articles.title, articles.body
            FROM recent_articles JOIN articles ON articles.id = recent_articles.id
            WHERE recent_articles.id <= new.id - (SELECT articles FROM recent_window);
        DELETE FROM recent_articles WHERE id <= new.id - (SELECT articles FROM recent_window);
    END""",
    """CREATE TRIGGER recent_articles_delete AFTER DELETE ON articles
        WHEN old.id IN (SELECT id FROM recent_articles) BEGIN
        INSERT INTO recent_articles_fts(recent_articles_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        DELETE FROM recent_articles WHERE id = old.id;
    END""",
    """CREATE TRIGGER recent_articles_update AFTER UPDATE OF title, body ON articles
        WHEN old.id IN (SELECT id FROM recent_articles) BEGIN
        INSERT INTO recent_articles_fts(recent_articles_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO recent_articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
]


def upgrade() -> None:
    if engine() != "sqlite":
        return
    op.create_table("recent_window", sa.Column("articles", sa.Integer, primary_key=True, autoincrement=False))
    op.create_table("recent_articles", sa.Column("id", sa.Integer, primary_key=True, autoincrement=False))
    op.execute(
        """CREATE VIRTUAL TABLE recent_articles_fts USING fts5(
        title, body, content='', tokenize='porter unicode61 remove_diacritics 2')"""
    )
    op.execute(f"INSERT INTO recent_window(articles) VALUES ({WINDOW})")
    for statement in [*FILL, *TRIGGERS]:
        op.execute(statement)


def downgrade() -> None:
    if engine() != "sqlite":
        return
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER recent_articles_{trigger}")
    op.execute("DROP TABLE recent_articles_fts")
    op.drop_table("recent_articles")
    op.drop_table("recent_window")
