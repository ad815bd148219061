"""Entities of equal article counts listed most mentioned first: their indexes carry the mention count.

`GET /entities` lists by article count, then mention count, then id; the indexes ordered by article
count and id alone would leave each run of equal counts to be sorted (most entities are named in one
article), where these give every page in order.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# name: (columns before, columns after)
INDEXES = {
    "ix_entities_articles": (["article_count", "id"], ["article_count", "mention_count", "id"]),
    "ix_entities_type": (["type", "article_count", "id"], ["type", "article_count", "mention_count", "id"]),
}


def _rebuild(columns_of: int) -> None:
    for name, columns in INDEXES.items():
        op.drop_index(name, "entities")
        op.create_index(name, "entities", columns[columns_of])


def upgrade() -> None:
    _rebuild(1)


def downgrade() -> None:
    _rebuild(0)
