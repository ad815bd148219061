"""Fill a new Newsdesk database with N synthetic articles and their extractions, without running the NLP.

Articles are written by `bench.corpus` in worker processes and stored in bulk (`app.store.bulk`): the
same rows `newsdesk ingest` would store for them had the NLP found exactly what the corpus put in.

    python -m bench.fill --articles 1000000 --db sqlite:////work/bench-data/1m.db --seed 0
    python -m bench.fill --articles 1000000 --db postgresql://postgres@127.0.0.1:5432/news_1m --seed 0

A PostgreSQL database must exist (empty, or migrated and holding no article).
"""

import argparse
import multiprocessing
import os
import sys
import time
from collections.abc import Iterator, Sequence

from sqlalchemy import Connection

from app.ingest.files import record_from_structured
from app.ingest.structured import InputRecord
from app.store.bulk import BulkLoad, PreparedArticle, prepare
from app.store.db import make_engine, migrate_to_head
from bench.corpus import Corpus

# Articles a worker writes per task: large enough that handing them over costs little.
TASK = 500

# What this process writes articles of, and for which engine ("sqlite", "postgresql").
_corpus: Corpus | None = None
_engine = ""


def _use_corpus(seed: int, engine: str) -> None:
    """Make the corpus of `seed` the one this process writes articles of, for a database of `engine`."""
    global _corpus, _engine
    _corpus, _engine = Corpus(seed), engine


def _prepare_range(numbers: range) -> list[PreparedArticle]:
    assert _corpus is not None, "the worker starts with its corpus"
    return [_prepare_article(_corpus, number, _engine) for number in numbers]


def _prepare_article(corpus: Corpus, number: int, engine: str) -> PreparedArticle:
    """The article's rows, its record read as ingest reads a JSON record (hash, authors, dates normalised)."""
    article = corpus.article(number)
    record = record_from_structured(InputRecord.model_validate(article.record))
    return prepare(record, article.extraction, article.keys, engine=engine)


def _tasks(count: int) -> Iterator[range]:
    return (range(start, min(start + TASK, count)) for start in range(0, count, TASK))


def fill(url: str, *, articles: int, seed: int, batch: int, workers: int) -> None:
    """Store `articles` articles of the corpus of `seed` into the new database at `url`, `batch` per transaction."""
    engine = make_engine(url)
    migrate_to_head(engine)
    with engine.connect() as connection:
        if connection.exec_driver_sql("SELECT count(*) FROM articles").scalar_one():
            raise SystemExit(f"{url} already holds articles: fill makes a new database")
        connection.commit()
        _load(connection, articles=articles, seed=seed, batch=batch, workers=workers)
    engine.dispose()


def _load(connection: Connection, *, articles: int, seed: int, batch: int, workers: int) -> None:
    started = time.monotonic()
    load = BulkLoad(connection)
    done = 0
    # Made before the workers start, so that they share it instead of making it each.
    engine = connection.dialect.name
    _use_corpus(seed, engine)
    with multiprocessing.get_context("fork").Pool(workers, _use_corpus, (seed, engine)) as pool:
        for prepared in pool.imap(_prepare_range, _tasks(articles)):
            for article in prepared:
                load.add(article)
            done += len(prepared)
            if done % batch < TASK or done == articles:
                with connection.begin():
                    load.flush()
                _progress(f"{done:,} articles stored", started, done)
    load.finish(on_step=_StepClock())
    _progress(f"{done:,} articles filled in", started, done)


class _StepClock:
    """Prints how long each step took, timed from the previous one."""

    def __init__(self) -> None:
        self.last = time.monotonic()

    def __call__(self, step: str) -> None:
        now = time.monotonic()
        print(f"{step} built in {now - self.last:.0f} s", file=sys.stderr, flush=True)
        self.last = now


def _progress(message: str, started: float, done: int) -> None:
    elapsed = time.monotonic() - started
    print(f"{message} {elapsed:.0f} s, {done / elapsed:,.0f} articles/s", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.fill", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, help="how many articles")
    parser.add_argument(
        "--db", required=True, help="URL of a new database: sqlite:////tmp/x.db, postgresql://user@host:5432/name"
    )
    parser.add_argument("--seed", type=int, default=0, help="the corpus's seed")
    parser.add_argument("--batch", type=int, default=10_000, help="articles per transaction")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes writing articles")
    args = parser.parse_args(argv)
    fill(args.db, articles=args.articles, seed=args.seed, batch=args.batch, workers=args.workers)


if __name__ == "__main__":
    main()
