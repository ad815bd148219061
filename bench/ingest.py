"""Ingest throughput against spaCy alone on the same texts, the speed-up of `--workers`, and peak memory.

    python -m bench.ingest [--articles 1000] [--workers 1 2] [--repeat 1] [--memory 200 1000 4000] [--seed 0]
    python -m bench.ingest --input FILE.jsonl --memory        # your own articles, throughput only
    python -m bench.ingest --server postgresql://postgres@127.0.0.1:5432/postgres --processes 2 --memory

Every measurement is a fresh process, timed from its start to its exit, so each includes starting Python,
its imports and loading the spaCy model:

- "spaCy alone" (`--nlp-alone FILE`): `spacy.load(SPACY_MODEL)` with every component of the pipeline, the
  records read as ingest reads them (`read_records`, milliseconds), and one `nlp.pipe` stream, batch size
  PIPE_BATCH_SIZE, over exactly the paragraphs ingest parses (`paragraphs_of`: title, caption and body,
  line by line, long lines in pieces). Nothing else: no extraction, no database.
- "newsdesk ingest": the `newsdesk` entry point on a fresh SQLite database in a temporary folder (with
  `--server URL`, a fresh database made on that PostgreSQL server and dropped after), with `--workers N`:
  reading, validation, hashing, parsing, extraction (which parses ALL-CAPS lines once more), entity
  resolution, every write, the full-text documents and the commits.
- "N ingest processes" (`--processes N`, PostgreSQL only): N `newsdesk ingest` processes started together
  on one fresh database, each given 1/N of the articles, timed from the first start to the last exit: what
  several crawlers' ingests writing to one server reach together.

Both parse the same paragraphs with the same model, so the ratio of their times is what ingest costs on
top of the NLP. Rates count the articles and the words (white-space separated) of those paragraphs. CPU is
user + system time of the process and its workers (not the database server's). Peak memory is sampled
every 0.2 s over the process and its workers: `anon` is their own memory (heap, model weights), `total`
adds the database pages SQLite maps into memory (MMAP, which the kernel reclaims at will) and shared
libraries.

Runs are interleaved (spaCy alone, then each worker count and process count, `--repeat` times) so that other load on the
machine weighs on all of them alike; the median of each is shown and, repeated, the best (least disturbed)
too. The load average is printed: other work on the machine slows every figure, most of all the workers'.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import orjson
from sqlalchemy import make_url

from app.store.db import make_engine

# Memory is sampled this often; the processes under a run are looked up again every so many samples.
_SAMPLE_SECONDS = 0.2
_TREE_EVERY = 5
# Articles a file of the split corpus holds.
_FILE_ARTICLES = 200


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + system, with the workers'
    anon_mb: float  # peak
    total_mb: float  # peak


@dataclass(frozen=True)
class Texts:
    articles: int
    words: int
    paragraphs: int


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="synthetic articles for the throughput runs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--input", type=Path, help="a .jsonl file to measure instead of a synthetic corpus")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare")
    parser.add_argument("--repeat", type=int, default=1, help="interleaved repetitions (medians and best are shown)")
    parser.add_argument("--memory", type=int, nargs="*", default=[200, 1000, 4000], help="corpus sizes for memory")
    parser.add_argument("--memory-workers", type=int, default=1, help="worker count of the memory runs")
    parser.add_argument("--server", help="a PostgreSQL URL: ingest into fresh databases made there, not SQLite")
    parser.add_argument("--processes", type=int, nargs="*", default=[], help="concurrent ingests (with --server)")
    parser.add_argument("--nlp-alone", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--count-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.processes and not args.server:
        parser.error("--processes needs --server: concurrent ingests into one SQLite file take turns")
    if args.nlp_alone:
        _print_nlp_alone(args.nlp_alone, parse=not args.count_only)
        return
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as folder:
        work = Path(folder)
        source = args.input or _corpus(work, args.seed, args.articles)
        print(f"{os.cpu_count()} cores; load average {load_average()} at the start", flush=True)
        databases = _Databases(work, args.server)
        _throughput(work, source, databases, Runs(args.workers, args.processes, args.repeat))
        if args.memory and not args.input:
            _memory(work, databases, args.seed, args.memory, args.memory_workers)
        print(f"load average {load_average()} at the end")


@dataclass(frozen=True)
class Runs:
    workers: list[int]  # worker counts of one ingest process
    processes: list[int]  # numbers of ingest processes started together
    repeat: int


def _throughput(work: Path, source: Path, databases: "_Databases", plan: Runs) -> None:
    texts = _texts(source)
    print(f"\n{source.name}: {texts.articles} articles, {texts.paragraphs} paragraphs, {texts.words} words")
    print(f"into {databases.engine}")
    runs: dict[str, list[Run]] = {}
    for _ in range(plan.repeat):
        runs.setdefault("spaCy alone", []).append(measure([_nlp_command(source)]))
        for count in plan.workers:
            with databases.fresh() as url:
                runs.setdefault(f"ingest --workers {count}", []).append(measure([ingest_command(source, url, count)]))
        for count in plan.processes:
            parts = _split(source, work / f"parts-{count}", per_file=-(-texts.articles // count))
            with databases.fresh() as url:
                commands = [ingest_command(part, url, 1) for part in parts]
                runs.setdefault(f"{count} ingest processes", []).append(measure(commands))
    _table("median", {label: _median(measured) for label, measured in runs.items()}, texts)
    if plan.repeat > 1:
        # The least disturbed run of each: on a shared machine, other load only ever adds time.
        _table("best", {label: min(measured, key=lambda run: run.wall) for label, measured in runs.items()}, texts)
        for label, measured in runs.items():
            print(f"{label}: wall s of each run {[round(run.wall, 1) for run in measured]}")
    print("commands:", " ;  ".join(map(" ".join, [_nlp_command(source), ingest_command(source, "DB", 1)])))


def _table(statistic: str, runs: dict[str, Run], texts: Texts) -> None:
    nlp = runs["spaCy alone"]
    print(f"\n{statistic} of the runs:")
    print("| run | wall s | CPU s | articles/s | words/s | wall / spaCy | CPU / spaCy | peak anon / total MB |")
    print("|---|---|---|---|---|---|---|---|")
    for label, run in runs.items():
        print(
            f"| {label} | {run.wall:.1f} | {run.cpu:.1f} | {texts.articles / run.wall:.1f} | "
            f"{texts.words / run.wall:,.0f} | {run.wall / nlp.wall:.2f} | {run.cpu / nlp.cpu:.2f} | "
            f"{run.anon_mb:.0f} / {run.total_mb:.0f} |"
        )
    first, *others = [label for label in runs if label != "spaCy alone"]
    for label in others:
        print(f"{label}: {runs[first].wall / runs[label].wall:.2f}x the speed of {first}")


def _memory(work: Path, databases: "_Databases", seed: int, sizes: list[int], workers: int) -> None:
    """Peak memory of ingest as the input grows, given as one file and as files of _FILE_ARTICLES articles (a
    .jsonl feed is read a line at a time, so the two should agree: a difference is what one large file costs)."""
    print(f"\n--workers {workers}, peak anon / total MB:")
    print(f"| articles | one .jsonl | files of {_FILE_ARTICLES} |")
    print("|---|---|---|")
    for size in sizes:
        single = _corpus(work, seed, size)
        folder = work / f"split-{size}"
        _split(single, folder, per_file=_FILE_ARTICLES)
        runs = []
        for source in (single, folder):
            with databases.fresh() as url:
                runs.append(measure([ingest_command(source, url, workers)]))
        print(f"| {size} | " + " | ".join(f"{run.anon_mb:.0f} / {run.total_mb:.0f}" for run in runs) + " |", flush=True)


def _split(source: Path, folder: Path, *, per_file: int) -> list[Path]:
    """`source`'s articles in files of `per_file` (the last may hold fewer) in `folder`."""
    folder.mkdir(exist_ok=True)
    lines = source.read_bytes().splitlines(keepends=True)
    written = []
    for part, start in enumerate(range(0, len(lines), per_file)):
        written.append(folder / f"part-{part:05d}.jsonl")
        written[-1].write_bytes(b"".join(lines[start : start + per_file]))
    return written


class _Databases:
    """Fresh databases for the ingest runs: SQLite files in `work`, or databases made on a PostgreSQL server."""

    def __init__(self, work: Path, server: str | None) -> None:
        self.work, self.server, self.made = work, server, 0
        self.engine = "PostgreSQL" if server else "SQLite"

    @contextmanager
    def fresh(self) -> Iterator[str]:
        self.made += 1
        if self.server is None:
            yield f"sqlite:///{self.work / f'ingest-{self.made}.db'}"
            return
        name = f"bench_ingest_{os.getpid()}_{self.made}"
        admin = make_engine(self.server).execution_options(isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield make_url(self.server).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
            admin.dispose()


def _corpus(work: Path, seed: int, articles: int) -> Path:
    path = work / f"corpus-{seed}-{articles}.jsonl"
    command = [
        sys.executable,
        "-m",
        "bench.corpus",
        "--articles",
        str(articles),
        "--seed",
        str(seed),
        "--out",
        str(path),
    ]
    subprocess.run(command, check=True, capture_output=True)
    return path


def _nlp_command(source: Path) -> list[str]:
    return [sys.executable, "-m", "bench.ingest", "--nlp-alone", str(source)]


def ingest_command(source: Path, db: str, workers: int) -> list[str]:
    newsdesk = Path(sys.executable).with_name("newsdesk")
    return [str(newsdesk), "ingest", str(source), "--workers", str(workers), "--db", db]


def _texts(source: Path) -> Texts:
    result = subprocess.run([*_nlp_command(source), "--count-only"], check=True, capture_output=True)
    return Texts(**orjson.loads(result.stdout))


def _print_nlp_alone(source: Path, *, parse: bool) -> None:
    """The baseline, in its own process: spaCy over the paragraphs ingest parses (or only their counts)."""
    import spacy

    from app.extract.parsed import PIPE_BATCH_SIZE, paragraphs_of
    from app.ingest.extraction import article_text
    from app.ingest.files import Given, read_records
    from app.settings import get_settings

    settings = get_settings()
    nlp = spacy.load(settings.spacy_model) if parse else None
    read = read_records(source, max_bytes=settings.max_file_bytes, max_article_chars=settings.max_article_chars)
    records = [item.record for item in read if isinstance(item, Given)]
    lines = [line for record in records for _, _, line in paragraphs_of(article_text(record))]
    if nlp is not None:
        for _ in nlp.pipe(lines, batch_size=PIPE_BATCH_SIZE):
            pass
    words = sum(len(line.split()) for line in lines)
    sys.stdout.buffer.write(orjson.dumps({"articles": len(records), "words": words, "paragraphs": len(lines)}))


def measure(commands: list[list[str]], *, exit_codes: Sequence[int] = (0,)) -> Run:
    """Wall time from starting `commands` together to the last one's exit, their CPU and peak memory summed; each
    must exit with one of `exit_codes`."""
    with tempfile.TemporaryFile() as output:
        start = time.perf_counter()
        processes = [subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT) for command in commands]
        peaks = _Peaks([process.pid for process in processes])
        sampler = threading.Thread(target=peaks.sample_until_exit, daemon=True)
        sampler.start()
        cpu = 0.0
        for process, command in zip(processes, commands, strict=True):
            # wait4 gives the process's resource usage, its reaped workers' included.
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            cpu += usage.ru_utime + usage.ru_stime
            if process.returncode not in exit_codes:
                output.seek(0)
                raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{output.read().decode()}")
        wall = time.perf_counter() - start
        peaks.stop = True
        sampler.join()
    return Run(wall, cpu, peaks.anon_kb / 1024, peaks.total_kb / 1024)


class _Peaks:
    """The largest memory processes and their descendants held together, from /proc (Linux)."""

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids
        self.anon_kb = 0
        self.total_kb = 0
        self.stop = False

    def sample_until_exit(self) -> None:
        samples = 0
        tree: list[int] = []
        while not self.stop:
            if samples % _TREE_EVERY == 0:
                tree = self._tree()
            samples += 1
            anon = total = 0
            for pid in tree:
                found = memory_kb(pid)
                anon += found.get("RssAnon", 0)
                total += found.get("VmRSS", 0)
            self.anon_kb, self.total_kb = max(self.anon_kb, anon), max(self.total_kb, total)
            time.sleep(_SAMPLE_SECONDS)

    def _tree(self) -> list[int]:
        parents: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                parent = int(stat.rsplit(")", 1)[1].split()[1])
                parents.setdefault(parent, []).append(int(entry))
        tree, todo = [], list(self.pids)
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo += parents.get(pid, [])
        return tree


def memory_kb(pid: int) -> dict[str, int]:
    """The memory figures of a process's /proc status (VmRSS, RssAnon, VmHWM...), in kB; none once it exited."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    return {
        name: int(value.split()[0]) for name, value in (line.split(":", 1) for line in lines) if value.endswith("kB")
    }


def _median(runs: list[Run]) -> Run:
    return Run(
        *(statistics.median(getattr(run, name) for run in runs) for name in ("wall", "cpu", "anon_mb", "total_mb"))
    )


def load_average() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
