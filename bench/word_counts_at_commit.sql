-- What writing 300 articles' full-text documents costs the word counts (docs/benchmarks.md): on a database of
-- ingested articles, every document is written again in one transaction, rolled back. With the counts settled at
-- commit (migration 0013) the settling runs at SET CONSTRAINTS; on a database at migration 0012, the row trigger
-- counts each document as it is written. It locks articles_fts (ALTER TABLE) until its rollback: never on a
-- database in use.
--   psql -h 127.0.0.1 -U postgres -d DB -f bench/word_counts_at_commit.sql
CREATE TEMP TABLE saved AS SELECT rowid, document FROM articles_fts;
BEGIN;
ALTER TABLE articles_fts DISABLE TRIGGER articles_fts_terms_count;
DELETE FROM articles_fts;
ALTER TABLE articles_fts ENABLE TRIGGER articles_fts_terms_count;
\timing on
INSERT INTO articles_fts SELECT rowid, document FROM saved;
SET CONSTRAINTS ALL IMMEDIATE;
\timing off
ROLLBACK;
