"""How many articles were written since an ingest's closing step last ran (planner statistics, full-text merge).

The closing step follows an ingest's last commit. An ingest stopped in between would leave it undone, and the
next, finding its input unchanged, would write nothing and not know the step was due: at a million articles, a
query planned without statistics can be 10,000 times slower. The count is kept in the transactions that write
the articles, so it is due exactly when articles were written and the step has not run since.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table("untidied", sa.Column("articles", sa.Integer, primary_key=True, autoincrement=False))
    # Whether a database made before this revision was stopped before its closing step cannot be told: the step is
    # due once, as if every article were new.
    op.execute("INSERT INTO untidied(articles) SELECT count(*) FROM articles")


def downgrade() -> None:
    op.drop_table("untidied")
