"""What the migrations write differently on each engine: the one place they ask which engine they run on."""

import sqlalchemy as sa
from alembic import op

from app.store.postgresql import take_writers_turn

# Text, compared and sorted as SQLite does (by code point) on PostgreSQL too, whatever collation its database
# was made with: in a language's collation ("en_US.utf8", the official image's default) dates and names would
# sort otherwise ("2021-03-04T10:00" after "2021-03-04~", the bound of `published_to`).
TEXT = sa.String().with_variant(sa.String(collation="C"), "postgresql")


def engine() -> str:
    """The engine being migrated: "sqlite" or "postgresql"."""
    return str(op.get_bind().dialect.name)


def folded(column: str) -> sa.TextClause:
    """An index expression for `column` with ASCII letters' case ignored (app/store/portable.py `CaseFolded`)."""
    if engine() == "sqlite":
        return sa.text(f"{column} COLLATE NOCASE")
    return sa.text(f'lower({column} COLLATE "C")')


def nulls_first(column: str) -> str | sa.TextClause:
    """An index column that may be NULL, ordered as SQLite orders it (NULL the smallest value), so that the index
    serves the store's order both ways (app/store/portable.py `NullsSmallest`); PostgreSQL puts NULLs last."""
    return column if engine() == "sqlite" else sa.text(f"{column} NULLS FIRST")


def create_documents(table: str, owner: str) -> None:
    """On PostgreSQL, the full-text documents of the rows of `owner` (app/store/postgresql.py writes them): a
    `tsvector` each, keyed by the row's id, with the GIN index every search goes through. Named, and keyed, as
    SQLite's FTS5 index of the same rows (`rowid`), so that a query joins either engine's the same way.

    A document is kept in its row, compressed (STORAGE MAIN), rather than moved to the table's TOAST table
    once over 2 kB (an article of 350 words makes 3-4 kB): the planner prices a scan by the table's own pages
    and a document's test by one operator, so documents in TOAST made it read them all to count a word's
    matches, or walk the date index testing each, where the GIN index is several times faster; and each
    document read from TOAST costs its index and chunks besides. At 100,000 articles: counting a word in
    94% of them 0.58 s then 0.13 s, the 200th newest match of a word in 10% 5.3 ms then 1.7 ms, for 11% more
    space (docs/benchmarks.md)."""
    op.create_table(
        table,
        sa.Column("rowid", sa.Integer, sa.ForeignKey(f"{owner}.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("document", sa.dialects.postgresql.TSVECTOR, nullable=False),
    )
    op.execute(f"ALTER TABLE {table} ALTER COLUMN document SET STORAGE MAIN")
    op.create_index(f"ix_{table}_document", table, ["document"], postgresql_using="gin")


def _count_each_document(terms: str) -> str:
    """The row trigger's statements as migration 0011 made them: each document's words counted as it is written.
    Writers of documents take turns (app/store/postgresql.py's advisory lock), so no two count at once. A word no
    document holds any more leaves the table, which keeps only the words of the documents there are."""
    count = f"""INSERT INTO {terms}(term, doc) SELECT term, %s FROM unnest(tsvector_to_array(%s.document)) term
        ON CONFLICT (term) DO UPDATE SET doc = {terms}.doc + excluded.doc;"""
    forget = f"DELETE FROM {terms} WHERE doc = 0 AND term = ANY(tsvector_to_array(old.document));"
    return f"""IF tg_op <> 'DELETE' THEN {count % ("1", "new")} END IF;
            IF tg_op <> 'INSERT' THEN {count % ("-1", "old")} {forget} END IF;"""


def wait_for_writers() -> None:
    """On PostgreSQL, hold the writers' turn (app/store/postgresql.py `take_writers_turn`) until the migration
    commits: it waits for an ingest's open transaction to end, and the next waits for the migration. A migration that
    copies what writers write would otherwise miss what an ingest commits while it copies. (SQLite's writers take
    turns by its write lock, which the migration's own writes take.)"""
    if engine() == "sqlite":
        return
    take_writers_turn(op.get_bind())


def create_word_counts(index: str) -> None:
    """On PostgreSQL, `{index}_terms`: each key of the full-text `index` with how many rows hold it (`term`, `doc`),
    kept by a trigger on the documents in the transactions that write them, so that a one-word search's exact
    count is one row however common the word. A word in nearly every one of 400,000 articles took 0.9 s to count
    from the documents, 0.25 s of it reading its GIN entries alone (docs/benchmarks.md). SQLite has none
    (app/store/sqlite.py `WORD_COUNTS`)."""
    if engine() == "sqlite":
        return
    terms = f"{index}_terms"
    op.create_table(terms, sa.Column("term", TEXT, primary_key=True), sa.Column("doc", sa.Integer, nullable=False))
    _count_by(terms, _count_each_document(terms))
    count_documents_written(index)
    op.execute(f"""INSERT INTO {terms}(term, doc)
        SELECT term, count(*) FROM {index}, unnest(tsvector_to_array(document)) term GROUP BY term""")


def count_documents_written(index: str) -> None:
    """The row trigger that hands each document written to `{index}`, old and new, to its words' counts."""
    terms = f"{index}_terms"
    op.execute(f"""CREATE TRIGGER {terms}_count AFTER INSERT OR DELETE OR UPDATE OF document ON {index}
        FOR EACH ROW EXECUTE FUNCTION {terms}_count()""")


def count_words_at_commit(index: str) -> None:
    """On PostgreSQL, `{index}_terms` counted once a transaction, as it commits, rather than once a document: the
    row trigger only sets each written document aside (`{index}_terms_pending`, +1 new, -1 old), and a deferred
    trigger adds up what was set aside, word by word, into one upsert of each word the transaction changed. Once a
    document, an ingest of 300 articles upserted 43,854 counts (3-8 ms of the server's time an article, which
    shares the machine with the parse); counted once a batch, the same words are 1,921 upserts (docs/benchmarks.md).
    The set-aside rows live only inside their transaction, so their tables are unlogged (no WAL, nothing to replay).

    The deferred trigger fires once a transaction: it is on `{index}_terms_unsettled`, which takes one row a
    transaction (its id; later documents' rows conflict and are not inserted). Fired once for each document set
    aside, the firings after the first each scanned the emptied table: 6.2 s of a 10,000-document update's 7.4 s
    commit."""
    if engine() == "sqlite":
        return
    terms = f"{index}_terms"
    pending, unsettled = f"{terms}_pending", f"{terms}_unsettled"
    op.execute(f"CREATE UNLOGGED TABLE {pending} (document tsvector NOT NULL, delta smallint NOT NULL)")
    op.execute(f"CREATE UNLOGGED TABLE {unsettled} (transaction_id bigint PRIMARY KEY)")
    _count_by(
        terms,
        f"""IF tg_op <> 'DELETE' THEN INSERT INTO {pending} VALUES (new.document, 1); END IF;
            IF tg_op <> 'INSERT' THEN INSERT INTO {pending} VALUES (old.document, -1); END IF;
            INSERT INTO {unsettled} VALUES (txid_current()) ON CONFLICT DO NOTHING;""",
    )
    # A word whose count the transaction brings to 0 leaves the table, as it did counted once a document.
    op.execute(f"""CREATE FUNCTION {terms}_settle() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE emptied text[];
        BEGIN
            DELETE FROM {unsettled} WHERE transaction_id = new.transaction_id;
            WITH settled AS (DELETE FROM {pending} RETURNING document, delta),
                changes AS (SELECT term, sum(delta)::integer AS doc FROM settled,
                    unnest(tsvector_to_array(document)) term GROUP BY term HAVING sum(delta) <> 0),
                counted AS (INSERT INTO {terms}(term, doc) SELECT term, doc FROM changes
                    ON CONFLICT (term) DO UPDATE SET doc = {terms}.doc + excluded.doc RETURNING term, doc)
            SELECT array_agg(term) INTO emptied FROM counted WHERE doc = 0;
            DELETE FROM {terms} WHERE term = ANY(emptied);
            RETURN NULL;
        END $$""")
    op.execute(f"""CREATE CONSTRAINT TRIGGER {terms}_settle AFTER INSERT ON {unsettled}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {terms}_settle()""")


def count_words_by_document(index: str) -> None:
    """Undo `count_words_at_commit`: each document's words counted by its own row trigger again."""
    if engine() == "sqlite":
        return
    terms = f"{index}_terms"
    _drop_trigger(f"{terms}_settle", on=f"{terms}_unsettled")
    op.execute(f"DROP TABLE {terms}_unsettled, {terms}_pending")
    _count_by(terms, _count_each_document(terms))


def _count_by(terms: str, body: str) -> None:
    """(Re)define the row trigger's function of `terms`, its statements `body`."""
    op.execute(f"""CREATE OR REPLACE FUNCTION {terms}_count() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {body}
            RETURN NULL;
        END $$""")


def _drop_trigger(name: str, *, on: str) -> None:
    """Drop the trigger `name` of the table `on`, and its function of the same name."""
    op.execute(f"DROP TRIGGER {name} ON {on}")
    op.execute(f"DROP FUNCTION {name}()")


def drop_word_counts(index: str) -> None:
    if engine() == "sqlite":
        return
    terms = f"{index}_terms"
    _drop_trigger(f"{terms}_count", on=index)
    op.drop_table(terms)
