"""Indexes for reading at scale.

Sort keys on the entity links: an article's `published` beside each entity it names, an event's
days beside each entity in its sentence, so that one entity's articles or timeline are read in
order from one index instead of gathered and sorted. And events by precision and day, for counts
per period.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations.engines import TEXT, nulls_first

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("article_entities", sa.Column("published", TEXT, nullable=True))
    op.add_column("event_entities", sa.Column("first_day", TEXT, nullable=True))
    op.add_column("event_entities", sa.Column("last_day", TEXT, nullable=True))
    op.execute(
        "UPDATE article_entities SET published = "
        "(SELECT published FROM articles WHERE articles.id = article_entities.article_id)"
    )
    op.execute(
        "UPDATE event_entities SET "
        "first_day = (SELECT first_day FROM events WHERE events.id = event_entities.event_id), "
        "last_day = (SELECT last_day FROM events WHERE events.id = event_entities.event_id)"
    )
    # The new indexes start with the entity as the old ones did, so they serve every lookup those did.
    op.drop_index("ix_article_entities_entity", "article_entities")
    op.drop_index("ix_event_entities_entity", "event_entities")
    op.create_index(
        "ix_article_entities_published", "article_entities", ["entity_id", nulls_first("published"), "article_id"]
    )
    op.create_index("ix_event_entities_days", "event_entities", ["entity_id", "first_day", "event_id", "last_day"])
    # Counts per period (`bucket=`) read only this index, never the events' sentences.
    op.create_index("ix_events_precision", "events", ["precision", "first_day"])


def downgrade() -> None:
    op.drop_index("ix_events_precision", "events")
    op.drop_index("ix_event_entities_days", "event_entities")
    op.drop_index("ix_article_entities_published", "article_entities")
    op.create_index("ix_event_entities_entity", "event_entities", ["entity_id", "event_id"])
    op.create_index("ix_article_entities_entity", "article_entities", ["entity_id", "article_id"])
    op.drop_column("event_entities", "last_day")
    op.drop_column("event_entities", "first_day")
    op.drop_column("article_entities", "published")
