"""Each article's date by its id, for sorting a search's matches by date without reading the articles.

The full-text index gives a search's matches by id; sorting them by date read each article's row,
which keeps its date after its text (and a long text runs over several pages): twice the cost.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_articles_id_published", "articles", ["id", "published"])


def downgrade() -> None:
    op.drop_index("ix_articles_id_published", "articles")
