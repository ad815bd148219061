"""PostgreSQL: the documents' copies of `published` in an index of their own, NULLs first.

A one-word search by date under no other filter read every match's row from the full-text table for its date
(migration 0014), then sorted them: at a million articles a word in 0.5% of them had 5,000 rows read for a page
of 20 (docs/benchmarks.md). Its count gives its share of the articles, and so how many of the newest articles are
expected to hold the page: this index finds the date that bounds them, and gives the articles within the bound, whose
matches alone are read and sorted (app/store/articles.py `_Plan.DATE_BOUNDED`). NULLs first, the order the store
lists the undated in (migrations/engines.py `nulls_first`), so that one index serves both directions; with the
document's id, the tiebreak of that order. (SQLite: no change; its index keyed by day serves this sort, migration
0006.)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from migrations.engines import engine, nulls_first

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# The engines whose schema this migration changes (tests/test_migrations.py).
ENGINES = ("postgresql",)


def upgrade() -> None:
    if engine() == "sqlite":
        return
    op.create_index("ix_articles_fts_published", "articles_fts", [nulls_first("published"), "rowid"])


def downgrade() -> None:
    if engine() == "sqlite":
        return
    op.drop_index("ix_articles_fts_published", "articles_fts")
