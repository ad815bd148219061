"""Extraction for batches of records, in a thread of this process or in worker processes: articles are parsed a
chunk at a time (one spaCy stream over the chunk's paragraphs), then each article's findings are taken from its
parse."""

import gc
import itertools
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from datetime import date, datetime
from multiprocessing.connection import wait
from pathlib import Path
from types import TracebackType

from spacy.language import Language

from app.extract.article import extract
from app.extract.found import Extraction
from app.extract.names import use_aliases
from app.extract.nlp import load_model
from app.extract.parsed import ArticleText, ParsedArticle
from app.extract.parsing import parse_articles
from app.store.articles import ArticleRecord

# Articles parsed together. spaCy batches paragraphs across them, and their parses are dropped once
# extracted, so memory does not grow with the batch; nor do the findings depend on the chunks (tested:
# spaCy's output does not depend on what it is batched with), so any number of workers finds the same.
CHUNK_ARTICLES = 16
# The collector's youngest generation is swept after this many more allocations than frees (Python's default is
# 700): parsing and extraction make and drop tens of thousands of objects an article (spaCy's tokens and spans), so
# at the default it sweeps some 30 times a chunk (about 2 an article), finding little (docs/benchmarks.md: ingesting
# 150 articles, the articles' own sweeps took 0.47 s in 314 at the default, 0.21 s in 22 at this threshold).
GC_YOUNG_THRESHOLD = 20_000


class ExtractionFailed(Exception):
    """Extraction broke on one article: it is reported and left out, and the batch goes on."""


# Each batch's findings, in order; an extractor may work on later batches while one is written.
Extract = Callable[[Iterable[Sequence[ArticleRecord]]], Iterator[list[Extraction | ExtractionFailed]]]


def _extract_records(nlp: Language, records: Sequence[ArticleRecord]) -> list[Extraction | ExtractionFailed]:
    found: list[Extraction | ExtractionFailed] = []
    for chunk in _chunks(records):
        found += [_extract_one(article) for article in parse_articles(nlp, map(article_text, chunk))]
    return found


class ExtractionPool:
    """Parsing and extraction beside the caller, which writes a batch out while later ones are parsed: in
    `workers` processes, each loading the model once (the findings, plain dataclasses, come back pickled), or,
    for one worker, in a thread of this process. The findings come in order. Start it with `started`, use it in
    a `with` block."""

    def __init__(self, model: str, workers: int, alias_file: Path | None) -> None:
        self.model = model
        self.workers = workers
        self._executor = _thread() if workers == 1 else _processes(workers, alias_file)

    @classmethod
    def started(cls, model: str, workers: int, alias_file: Path | None) -> "ExtractionPool":
        """A pool whose workers are loading the model and the alias table (ALIAS_FILE); OSError (from a worker)
        when the model is not installed."""
        pool = cls(model, workers, alias_file)
        try:
            for loading in [pool._executor.submit(_load, model) for _ in range(workers)]:
                loading.result()
        except BaseException:
            pool.close()
            raise
        return pool

    def __enter__(self) -> Extract:
        return self.extract

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def extract(self, batches: Iterable[Sequence[ArticleRecord]]) -> Iterator[list[Extraction | ExtractionFailed]]:
        """Each batch's findings, in order; later batches are read and sent to the workers meanwhile, so they
        keep working while the caller writes a batch out. A batch is handed over only once a later one is sent:
        else, with writing slower than parsing, the workers would wait out every other write."""
        pending: deque[list[Future[list[Extraction | ExtractionFailed]]]] = deque()
        for batch in batches:
            pending.append([self._executor.submit(_extract_chunk, self.model, chunk) for chunk in _chunks(batch)])
            while len(pending) > 1 and (
                all(chunk.done() for chunk in pending[0]) or _queued_behind(pending) >= 2 * self.workers
            ):
                yield _gathered(pending.popleft())
        while pending:
            yield _gathered(pending.popleft())


def _thread() -> Executor:
    # A write mostly waits on the database (on PostgreSQL, a round trip a statement), which lets the
    # thread parse meanwhile (docs/benchmarks.md, "Ingest against spaCy alone"). The thread touches no
    # database: the caller's connections stay in the caller's thread.
    return ThreadPoolExecutor(1, thread_name_prefix="extraction")


def _processes(workers: int, alias_file: Path | None) -> Executor:
    # Spawned, not forked: a fork would copy whatever state the parent's threads and libraries are in.
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker, initargs=(alias_file,)
    )


def loaded_model(model: str) -> Language:
    """The model, loaded for a process that goes on to extract: what exists by then (the model, the
    libraries) lives as long as the process, so it is moved out of reach of the garbage collector's full
    passes, each of which would otherwise walk those objects again while articles are parsed; and the young
    objects are swept less often (`GC_YOUNG_THRESHOLD`)."""
    nlp = load_model(model)
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    return nlp


def _load(model: str) -> None:
    loaded_model(model)


def _extract_chunk(model: str, records: Sequence[ArticleRecord]) -> list[Extraction | ExtractionFailed]:
    """A worker's task (`load_model` keeps the model of each process)."""
    return _extract_records(load_model(model), records)


def _start_worker(alias_file: Path | None) -> None:
    # Ctrl-C is the main process's to handle: it stops the pool, rather than every worker dying with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A main process killed outright (SIGKILL, OOM) cannot stop the pool, and the workers' task queue never
    # tells them (they hold its writing end too): each follows its parent out instead.
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()
    # The table the main process built and checked: a spawned worker starts without it.
    use_aliases(alias_file)


def _exit_with(parent: int) -> None:
    wait([parent])
    os._exit(1)


def _queued_behind(pending: deque[list[Future[list[Extraction | ExtractionFailed]]]]) -> int:
    """Chunks sent after the oldest batch's."""
    return sum(len(chunks) for chunks in itertools.islice(pending, 1, None))


def _gathered(chunks: list[Future[list[Extraction | ExtractionFailed]]]) -> list[Extraction | ExtractionFailed]:
    return [found for chunk in chunks for found in chunk.result()]


def _chunks(records: Sequence[ArticleRecord]) -> Iterator[Sequence[ArticleRecord]]:
    for start in range(0, len(records), CHUNK_ARTICLES):
        yield records[start : start + CHUNK_ARTICLES]


def article_text(record: ArticleRecord) -> ArticleText:
    """What extraction reads of a record."""
    fields = {"title": record.title, "caption": record.caption, "body": record.body}
    publishers = {"source": record.source, "original_source": record.original_source}
    texts = {name: text for name, text in {**fields, **publishers}.items() if text}
    return ArticleText(texts, _day(record.published))


def article_chars(record: ArticleRecord) -> int:
    """How much text extraction reads of a record, which its time and memory grow with."""
    return sum(map(len, article_text(record).texts.values()))


def _extract_one(article: ParsedArticle) -> Extraction | ExtractionFailed:
    try:
        return extract(article)
    except Exception as error:  # noqa: BLE001 - one article's failure must not cost the others
        return ExtractionFailed(f"extraction failed: {error!r}")


def _day(published: str | None) -> date | None:
    """The publication's own calendar day (its local date, whatever the offset)."""
    if not published:
        return None
    return datetime.fromisoformat(published).date() if "T" in published else date.fromisoformat(published[:10])
