"""What relevance ranking costs in SQLite FTS5, ranking every match or a window of the newest.

    python -m bench.ranking --db /path/to/1m.db [--window 500] [--words figur said bakugiba]

Times each statement on one read-only connection (median of 5 runs after one warm-up), for words
picked from the data (in about 10% and 95% of the articles, and a rare one) unless given.
"""

import argparse
import sqlite3
import statistics
import time
from pathlib import Path

RANK_ALL = (
    "SELECT articles.id, articles.title FROM articles JOIN articles_fts ON articles_fts.rowid = articles.id"
    " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 4.0, 1.0), articles.id LIMIT 20"
)
FLOOR = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?"
RANK_WINDOW = (
    "SELECT articles.id, articles.title FROM articles JOIN articles_fts ON articles_fts.rowid = articles.id"
    " WHERE articles_fts MATCH ? AND articles_fts.rowid >= ? ORDER BY bm25(articles_fts, 4.0, 1.0), articles.id"
    " LIMIT 20"
)
COUNT = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--window", type=int, default=500)
    parser.add_argument("--words", nargs="*")
    args = parser.parse_args()
    connection = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    words = args.words or picked(connection)
    print(f"| word | matches | rank every match | {args.window}th newest match | rank the newest {args.window} |")
    print("|---|---|---|---|---|")
    for word in words:
        matches = connection.execute(COUNT, (word,)).fetchone()[0]
        everything = timed(connection, RANK_ALL, (word,))
        floor_ms = timed(connection, FLOOR, (word, args.window - 1))
        floor = (connection.execute(FLOOR, (word, args.window - 1)).fetchone() or (0,))[0]
        window = timed(connection, RANK_WINDOW, (word, floor))
        print(f"| `{word}` | {matches:,} | {everything:.1f} ms | {floor_ms:.2f} ms | {window:.1f} ms |", flush=True)


def picked(connection: sqlite3.Connection) -> list[str]:
    articles = connection.execute("SELECT max(id) FROM articles").fetchone()[0]
    connection.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, articles_fts, row)")
    share = "SELECT term FROM temp.words WHERE doc <= ? AND term GLOB '[a-z]*' ORDER BY doc DESC LIMIT 1"
    rare = "SELECT term FROM temp.words WHERE doc BETWEEN 3 AND 10 AND term GLOB '[a-z][a-z][a-z]*' LIMIT 1"
    found = [connection.execute(share, (articles * fraction,)).fetchone()[0] for fraction in (0.10, 0.95)]
    return [*found, connection.execute(rare).fetchone()[0]]


def timed(connection: sqlite3.Connection, statement: str, parameters: tuple[object, ...]) -> float:
    connection.execute(statement, parameters).fetchall()
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        connection.execute(statement, parameters).fetchall()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


if __name__ == "__main__":
    main()
