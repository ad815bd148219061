"""Ingest throughput against spaCy alone on the same texts, the speed-up of `--workers`, and peak memory.

    python -m bench.ingest [--articles 1000] [--workers 1 2] [--repeat 1] [--memory 200 1000 4000] [--seed 0]
    python -m bench.ingest --input FILE.jsonl --memory        # your own articles, throughput only

Every measurement is a fresh process, timed from its start to its exit, so each includes starting Python,
its imports and loading the spaCy model:

- "spaCy alone" (`--nlp-alone FILE`): `spacy.load(SPACY_MODEL)` with every component of the pipeline, the
  records read as ingest reads them (`read_records`, milliseconds), and one `nlp.pipe` stream, batch size
  PIPE_BATCH_SIZE, over exactly the paragraphs ingest parses (`paragraphs_of`: title, caption and body,
  line by line, long lines in pieces). Nothing else: no extraction, no database.
- "newsdesk ingest": the `newsdesk` entry point on a fresh SQLite database in a temporary folder, with
  `--workers N`: reading, validation, hashing, parsing, extraction (which parses ALL-CAPS lines once more),
  entity resolution, every write, the full-text triggers and the commits.

Both parse the same paragraphs with the same model, so the ratio of their times is what ingest costs on
top of the NLP. Rates count the articles and the words (white-space separated) of those paragraphs. CPU is
user + system time of the process and its workers. Peak memory is sampled every 0.2 s over the process and
its workers: `anon` is their own memory (heap, model weights), `total` adds the database pages SQLite maps
into memory (MMAP, which the kernel reclaims at will) and shared libraries.

Runs are interleaved (spaCy alone, then each worker count, `--repeat` times) so that other load on the
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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson

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
    parser.add_argument("--nlp-alone", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--count-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.nlp_alone:
        _print_nlp_alone(args.nlp_alone, parse=not args.count_only)
        return
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as folder:
        work = Path(folder)
        source = args.input or _corpus(work, args.seed, args.articles)
        print(f"{os.cpu_count()} cores; load average {load_average()} at the start", flush=True)
        _throughput(work, source, args.workers, args.repeat)
        if args.memory and not args.input:
            _memory(work, args.seed, args.memory, args.memory_workers)
        print(f"load average {load_average()} at the end")


def _throughput(work: Path, source: Path, workers: list[int], repeat: int) -> None:
    texts = _texts(source)
    print(f"\n{source.name}: {texts.articles} articles, {texts.paragraphs} paragraphs, {texts.words} words")
    runs: dict[str, list[Run]] = {}
    for attempt in range(repeat):
        runs.setdefault("spaCy alone", []).append(measure(_nlp_command(source)))
        for count in workers:
            command = ingest_command(source, work / f"ingest-{count}-{attempt}.db", count)
            runs.setdefault(f"ingest --workers {count}", []).append(measure(command))
    _table("median", {label: _median(measured) for label, measured in runs.items()}, texts, workers)
    if repeat > 1:
        # The least disturbed run of each: on a shared machine, other load only ever adds time.
        _table(
            "best", {label: min(measured, key=lambda run: run.wall) for label, measured in runs.items()}, texts, workers
        )
        for label, measured in runs.items():
            print(f"{label}: wall s of each run {[round(run.wall, 1) for run in measured]}")
    print("commands:", " ;  ".join(map(" ".join, [_nlp_command(source), ingest_command(source, Path("DB"), 1)])))


def _table(statistic: str, runs: dict[str, Run], texts: Texts, workers: list[int]) -> None:
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
    for count in workers[1:]:
        speedup = runs[f"ingest --workers {workers[0]}"].wall / runs[f"ingest --workers {count}"].wall
        print(f"--workers {count}: {speedup:.2f}x the speed of --workers {workers[0]}")


def _memory(work: Path, seed: int, sizes: list[int], workers: int) -> None:
    """Peak memory of ingest as the input grows, given as one file and as files of _FILE_ARTICLES articles (a
    .jsonl feed is read a line at a time, so the two should agree: a difference is what one large file costs)."""
    print(f"\n--workers {workers}, peak anon / total MB:")
    print(f"| articles | one .jsonl | files of {_FILE_ARTICLES} |")
    print("|---|---|---|")
    for size in sizes:
        single = _corpus(work, seed, size)
        runs = [
            measure(ingest_command(source, work / f"memory-{size}-{layout}.db", workers))
            for layout, source in (("one", single), ("split", _split(single, work / f"split-{size}")))
        ]
        print(f"| {size} | " + " | ".join(f"{run.anon_mb:.0f} / {run.total_mb:.0f}" for run in runs) + " |", flush=True)


def _split(source: Path, folder: Path) -> Path:
    folder.mkdir()
    lines = source.read_bytes().splitlines(keepends=True)
    for part, start in enumerate(range(0, len(lines), _FILE_ARTICLES)):
        (folder / f"part-{part:05d}.jsonl").write_bytes(b"".join(lines[start : start + _FILE_ARTICLES]))
    return folder


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


def ingest_command(source: Path, db: Path, workers: int) -> list[str]:
    newsdesk = Path(sys.executable).with_name("newsdesk")
    return [str(newsdesk), "ingest", str(source), "--workers", str(workers), "--db", f"sqlite:///{db}"]


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


def measure(command: list[str], *, exit_codes: Sequence[int] = (0,)) -> Run:
    """The wall and CPU time of `command` in a fresh process, and the peak memory of it and its workers; it must
    exit with one of `exit_codes`."""
    with tempfile.TemporaryFile() as output:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
        peaks = _Peaks(process.pid)
        sampler = threading.Thread(target=peaks.sample_until_exit, daemon=True)
        sampler.start()
        # wait4 gives the process's resource usage, its reaped workers' included.
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        peaks.stop = True
        sampler.join()
        if process.returncode not in exit_codes:
            output.seek(0)
            raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{output.read().decode()}")
    return Run(wall, usage.ru_utime + usage.ru_stime, peaks.anon_kb / 1024, peaks.total_kb / 1024)


class _Peaks:
    """The largest memory a process and its descendants held together, from /proc (Linux)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
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
        tree, todo = [], [self.pid]
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
