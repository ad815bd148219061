"""PostgreSQL: each word's count of articles settled once a transaction, at its commit, not once a document.

Migration 0011's row trigger upserted the count of every distinct word of every article as it was written,
some 150 upserts an article: 3-8 ms of the server's time each, on a machine whose other core parses the next
articles. Its documents are now set aside as they are written and counted together at commit, one upsert of
each word the whole batch changed (migrations/engines.py). The counts are the same. (SQLite: no change.)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from migrations.engines import count_words_at_commit, count_words_by_document

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# The engines whose schema this migration changes (tests/test_migrations.py).
ENGINES = ("postgresql",)


def upgrade() -> None:
    count_words_at_commit("articles_fts")


def downgrade() -> None:
    count_words_by_document("articles_fts")
