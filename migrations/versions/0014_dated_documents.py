"""PostgreSQL: each article's full-text document keeps the article's `published` beside it.

A search newest first read its matches from the GIN index, then each match's date from the articles' index
of dates by id, and sorted them: for a word in 0.5% of 200,000 articles (999 matches) 4.2 ms in PostgreSQL,
2.5 ms of it in that index (3 pages a match), and 62 ms a request at a million articles under load
(docs/benchmarks.md). With the date in the document's row, the matches' dates are read in the same pages as
their ids, and only the page's articles are read. The store writes the copy with each document
(app/store/postgresql.py `index_articles`, and the bulk load's rows), as it writes the copy in
`article_entities`. (SQLite: no change; its index keyed by day serves this sort, migration 0006.)

The table is made anew rather than each row updated: an update of every row leaves the table twice its size
until a VACUUM FULL, and writes every document into the GIN index again.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations.engines import TEXT, count_documents_written, engine, wait_for_writers

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# The engines whose schema this migration changes (tests/test_migrations.py).
ENGINES = ("postgresql",)


def upgrade() -> None:
    if engine() == "sqlite":
        return
    # An ingest's document committed during the copy would be dropped with the table it was written to.
    wait_for_writers()
    op.create_table(
        "articles_fts_dated",
        sa.Column("rowid", sa.Integer, nullable=False),
        sa.Column("document", sa.dialects.postgresql.TSVECTOR, nullable=False),
        sa.Column("published", TEXT),
    )
    # Both kept in the row: the document as migrations/engines.py `create_documents` keeps it; the date never
    # moved out either. A row over 2 kB has its movable values moved to TOAST first, however small: a date
    # left movable (as text is by default) was moved out of 130,149 of 200,000 rows, and sorting 999 matches
    # by it read 4,700 pages of TOAST (9 ms, where the scan finding them took 1.6 ms).
    op.execute("ALTER TABLE articles_fts_dated ALTER COLUMN document SET STORAGE MAIN")
    op.execute("ALTER TABLE articles_fts_dated ALTER COLUMN published SET STORAGE PLAIN")
    # Each document's date looked up as the documents are read, so that they are written in the order they had
    # (by id, as articles are stored): a join wrote them in its own order, and a walk of the newest documents by id
    # (a search by relevance finding its newest 200 matches) read a page a document instead of a few.
    op.execute(
        "INSERT INTO articles_fts_dated(rowid, document, published) SELECT rowid, document, "
        "(SELECT published FROM articles WHERE articles.id = articles_fts.rowid) FROM articles_fts"
    )
    # Its keys, index and statistics made before the old table is dropped: from the DROP to the commit every read of
    # the documents, and of the articles (their foreign key's triggers go with it), waits on the migration, which then
    # only renames. The words' counts stay, the documents being the same.
    op.create_primary_key("articles_fts_dated_pkey", "articles_fts_dated", ["rowid"])
    op.create_foreign_key(
        "articles_fts_rowid_fkey", "articles_fts_dated", "articles", ["rowid"], ["id"], ondelete="CASCADE"
    )
    op.create_index("ix_articles_fts_dated_document", "articles_fts_dated", ["document"], postgresql_using="gin")
    # A new table has no statistics until autovacuum samples it: its searches would be planned blind till then.
    op.execute("ANALYZE articles_fts_dated")
    op.drop_table("articles_fts")
    op.rename_table("articles_fts_dated", "articles_fts")
    op.execute("ALTER INDEX articles_fts_dated_pkey RENAME TO articles_fts_pkey")
    op.execute("ALTER INDEX ix_articles_fts_dated_document RENAME TO ix_articles_fts_document")
    count_documents_written("articles_fts")


def downgrade() -> None:
    if engine() == "sqlite":
        return
    op.drop_column("articles_fts", "published")
