"""What a search snippet costs, query by query, on the bodies of the newest articles each query matches.

    python -m bench.snippets --db /path/to/1m.db [--against OLD_SNIPPETS.py] [QUERY ...]

Each QUERY is a full-text query, or `WORDS>QUERY` for the snippets of QUERY in the articles matching WORDS
(`said>zzzz`: texts without a hit). Prints microseconds per snippet, the best of --rounds rounds over the
--articles newest matches. `--against` loads another version of app/store/snippets.py (for instance
`git show REV:app/store/snippets.py > old.py`, one taking the parsed query) and runs it in the same
rounds, alternating with this one: on a shared machine two versions timed minutes apart differ by more
than their code does.
"""

import argparse
import importlib.util
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from app.store import snippets
from app.store.search_query import Node, parse

DEFAULT_QUERIES = ["said", "figur", "russo", "minister said", "said>zzzz"]
NEWEST_MATCHES = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
BODY = "SELECT body FROM articles WHERE id = ?"

MakeSnippet = Callable[[str, Node], str | None]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--against", type=Path, help="another version of app/store/snippets.py")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("queries", nargs="*", default=DEFAULT_QUERIES)
    args = parser.parse_args()
    versions: dict[str, MakeSnippet] = {"this": snippets.make_snippet}
    if args.against:
        versions[args.against.name] = _load(args.against).make_snippet
    connection = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    print("| query | " + " | ".join(f"{name}, µs a snippet" for name in versions) + " |")
    print("|---|" + "---|" * len(versions))
    for query in args.queries:
        words, _, shown = query.partition(">")
        texts = _bodies(connection, words, args.articles)
        best = _best_times(versions, texts, parse(shown or words), args.rounds)
        print(f"| `{query}` | " + " | ".join(f"{best[name]:.1f}" for name in versions) + " |", flush=True)


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("snippets_against", path)
    assert spec and spec.loader, f"cannot load {path}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bodies(connection: sqlite3.Connection, words: str, articles: int) -> list[str]:
    ids = [row[0] for row in connection.execute(NEWEST_MATCHES, (words, articles))]
    return [connection.execute(BODY, (article_id,)).fetchone()[0] for article_id in ids]


def _best_times(versions: dict[str, MakeSnippet], texts: list[str], query: Node, rounds: int) -> dict[str, float]:
    """Each version's best time per snippet over the rounds, in µs; the versions alternate within a round."""
    best = dict.fromkeys(versions, float("inf"))
    for _ in range(rounds):
        for name, make in versions.items():
            start = time.perf_counter()
            for text in texts:
                make(text, query)
            best[name] = min(best[name], (time.perf_counter() - start) / max(1, len(texts)) * 1e6)
    return best


if __name__ == "__main__":
    main()
