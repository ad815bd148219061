"""A full-text index of the newest 2,000 articles only: a tenth of the window of 0004's.

bm25() walks a word's whole list of documents in the index it ranks in. In the window of the
newest 20,000 articles, a word in nearly every article still has about 19,000 of them (1 ms a
search, at a million articles). Its 200 newest matches lie among the newest few hundred articles,
so it is ranked in this smaller window instead, and a word is ranked in the smallest window that
holds its ranked matches: in either window its walk is then at most about 2,000 entries (a word
whose ranked matches reach further back than 20,000 articles walks at most 200 × articles /
20,000 entries in the main index).

Contentless, like 0004's: the text stays in `articles`, `latest_articles` lists what the index
holds, and the window's size is stored, not built into the triggers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations.engines import engine

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WINDOW = 2_000
# Ids further back than this from a new article's leave the window.
_BEYOND = "new.id - (SELECT articles FROM latest_window)"


def _forget(row: str) -> str:
    return (
        "INSERT INTO latest_articles_fts(latest_articles_fts, rowid, title, body) "
        f"VALUES ('delete', {row}.id, {row}.title, {row}.body);"
    )


FILL = [
    """INSERT INTO latest_articles(id)
        SELECT id FROM articles ORDER BY id DESC LIMIT (SELECT articles FROM latest_window)""",
    """INSERT INTO latest_articles_fts(rowid, title, body)
        SELECT id, title, body FROM articles WHERE id IN (SELECT id FROM latest_articles)""",
]
TRIGGERS = [
    f"""CREATE TRIGGER latest_articles_insert AFTER INSERT ON articles BEGIN
        INSERT INTO latest_articles(id) VALUES (new.id);
        INSERT INTO latest_articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        INSERT INTO latest_articles_fts(latest_articles_fts, rowid, title, body)
            SELECT 'delete', articles.id, articles.title, articles.body
            FROM latest_articles JOIN articles ON articles.id = latest_articles.id
            WHERE latest_articles.id <= {_BEYOND};
        DELETE FROM latest_articles WHERE id <= {_BEYOND};
    END""",
    f"""CREATE TRIGGER latest_articles_delete AFTER DELETE ON articles
        WHEN old.id IN (SELECT id FROM latest_articles) BEGIN
        {_forget("old")}
        DELETE FROM latest_articles WHERE id = old.id;
    END""",
    f"""CREATE TRIGGER latest_articles_update AFTER UPDATE OF title, body ON articles
        WHEN old.id IN (SELECT id FROM latest_articles) BEGIN
        {_forget("old")}
        INSERT INTO latest_articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
]


def upgrade() -> None:
    if engine() != "sqlite":
        return
    op.create_table("latest_window", sa.Column("articles", sa.Integer, primary_key=True, autoincrement=False))
    op.create_table("latest_articles", sa.Column("id", sa.Integer, primary_key=True, autoincrement=False))
    op.execute(
        """CREATE VIRTUAL TABLE latest_articles_fts USING fts5(
        title, body, content='', tokenize='porter unicode61 remove_diacritics 2')"""
    )
    op.execute(f"INSERT INTO latest_window(articles) VALUES ({WINDOW})")
    for statement in [*FILL, *TRIGGERS]:
        op.execute(statement)


def downgrade() -> None:
    if engine() != "sqlite":
        return
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER latest_articles_{trigger}")
    op.execute("DROP TABLE latest_articles_fts")
    op.drop_table("latest_articles")
    op.drop_table("latest_window")
