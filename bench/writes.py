"""The ingest's write path alone: the CPU of the writing thread (`IngestRun._write`), apart from the NLP.

    python -m bench.writes [--articles 300] [--seed 1] [--rounds 3] [--server postgresql://postgres@127.0.0.1:5432/postgres]

Synthetic articles (`bench.corpus`) are read and extracted once; then their write, in batches of the ingest's
size, is timed with `time.thread_time()` on a fresh database (SQLite in a temporary folder, or one made on
`--server` and dropped after), one round first on a database of its own to warm the statements. Each round prints
the writing thread's CPU an article and, on PostgreSQL, that of the server's processes on the database (from
/proc: the server must run on this machine); the minimum of the rounds closes. To compare two builds, run it from
each, interleaved: other load on the machine only ever adds time.
"""

import argparse
import os
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import make_url

from app.extract.found import Extraction
from app.ingest.extraction import ExtractionFailed, _extract_records, loaded_model
from app.ingest.files import Given, read_records
from app.ingest.pipeline import IngestRun
from app.settings import get_settings
from app.store.articles import ArticleRecord
from app.store.db import make_engine, migrate_to_head
from bench.ingest import _corpus

_Found = list[Extraction | ExtractionFailed]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--server", help="a PostgreSQL URL: write into fresh databases made there, not SQLite")
    args = parser.parse_args(argv)
    settings = get_settings()
    with tempfile.TemporaryDirectory(prefix="bench-writes-") as folder:
        work = Path(folder)
        source = _corpus(work, args.seed, args.articles)
        read = read_records(source, max_bytes=settings.max_file_bytes, max_article_chars=settings.max_article_chars)
        records = [item.record for item in read if isinstance(item, Given)]
        found = _extract_records(loaded_model(settings.spacy_model), records)
        with _fresh(work, args.server, "warm") as url:
            _round(url, records, found, settings.ingest_batch_size)
        spent = []
        for number in range(args.rounds):
            with _fresh(work, args.server, str(number)) as url:
                writer, server = _round(url, records, found, settings.ingest_batch_size)
            spent.append(writer)
            print(f"round {number + 1}: writing thread {writer:.2f} ms an article, server {server:.2f}", flush=True)
    print(f"min of {args.rounds}: {min(spent):.2f} ms an article; load average {os.getloadavg()[0]:.1f}")


def _round(url: str, records: list[ArticleRecord], found: _Found, batch: int) -> tuple[float, float]:
    """The writing thread's and the server's CPU, ms an article, to write `records` into the database at `url`."""
    engine = make_engine(url)
    migrate_to_head(engine)
    run = IngestRun(engine=engine, max_file_bytes=0, max_article_chars=0, batch_size=batch, extract=lambda _: iter(()))
    writer, server = 0.0, _server_seconds(url)
    for start in range(0, len(records), batch):
        began = time.thread_time()
        run._write(records[start : start + batch], found[start : start + batch])
        writer += time.thread_time() - began
    server = _server_seconds(url) - server
    engine.dispose()
    return 1000 * writer / len(records), 1000 * server / len(records)


def _server_seconds(url: str) -> float:
    """CPU seconds of the PostgreSQL server's processes on the database at `url` (none for SQLite)."""
    if not url.startswith("postgresql"):
        return 0.0
    admin = make_engine(url)
    with admin.connect() as connection:
        query = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        pids = [pid for (pid,) in connection.exec_driver_sql(query)]
    admin.dispose()
    ticks = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


@contextmanager
def _fresh(work: Path, server: str | None, name: str) -> Iterator[str]:
    if server is None:
        yield f"sqlite:///{work / f'writes-{name}.db'}"
        return
    database = f"bench_writes_{os.getpid()}_{name}"
    admin = make_engine(server).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{database}"')
    try:
        yield make_url(server).set(database=database).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{database}" WITH (FORCE)')
        admin.dispose()


if __name__ == "__main__":
    main()
