"""PostgreSQL: how many articles hold each word of the full-text index, a one-word search's exact `total` as one row.

Counting the matches of a word in nearly every article reads every one of them: about a second at a
million articles, paid by the first request of each version of the database. Kept as the documents are
written, the count of a one-word query with no other filter is read, not counted. (SQLite: no change;
migrations/engines.py says why.)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from migrations.engines import create_word_counts, drop_word_counts

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# The engines whose schema this migration changes (tests/test_migrations.py).
ENGINES = ("postgresql",)


def upgrade() -> None:
    create_word_counts("articles_fts")


def downgrade() -> None:
    drop_word_counts("articles_fts")
