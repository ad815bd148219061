"""Extraction with one worker: a thread of the ingest process parses while the caller writes."""

import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future
from typing import Any, TypeVar

import pytest

import app.ingest.extraction as extraction
from app.ingest.extraction import ExtractionPool
from app.store.articles import ArticleRecord

T = TypeVar("T")

# How long a test waits for the thread before calling it stuck: far above a fake chunk's microseconds.
PATIENCE_S = 10


def _record(name: str) -> ArticleRecord:
    return ArticleRecord(external_id=name, content_hash=name, body=f"The {name} story.")


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> dict[str, threading.Event]:
    """Each record's name, set once its (fake) extraction ran, in place of the model's."""
    events: dict[str, threading.Event] = {}

    def extract_chunk(model: str, records: Sequence[ArticleRecord]) -> list[str]:
        for record in records:
            events.setdefault(record.external_id, threading.Event()).set()
        return [f"{record.external_id} in {threading.current_thread().name}" for record in records]

    monkeypatch.setattr(extraction, "_load", lambda model: None)
    monkeypatch.setattr(extraction, "_extract_chunk", extract_chunk)
    return events


def test_one_worker_parses_the_next_batch_while_the_caller_holds_one(parsed: dict[str, threading.Event]):
    with ExtractionPool.started("model", 1, None) as extract:
        findings = extract([[_record("first")], [_record("second")]])
        assert next(findings) == ["first in extraction_0"]
        assert parsed.setdefault("second", threading.Event()).wait(PATIENCE_S)
        assert next(findings) == ["second in extraction_0"]


class _AtOnce(Executor):
    """Runs each task as it is sent: every batch is parsed before the pool looks at it."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def test_a_batch_is_handed_over_only_once_the_next_is_sent(parsed: dict[str, threading.Event], monkeypatch):
    # Else, with writing slower than parsing, the worker would wait out every other write.
    monkeypatch.setattr(extraction, "_thread", _AtOnce)
    read: list[str] = []

    def batches() -> Iterator[list[ArticleRecord]]:
        for name in ("first", "second", "third"):
            read.append(name)
            yield [_record(name)]

    with ExtractionPool.started("model", 1, None) as extract:
        findings = extract(batches())
        assert next(findings) == ["first in MainThread"]
        assert read == ["first", "second"]
        assert next(findings) == ["second in MainThread"]
        assert read == ["first", "second", "third"]


def test_one_worker_gives_the_findings_in_the_batches_order(parsed: dict[str, threading.Event]):
    batches = [[_record(f"a{batch}-{n}") for n in range(extraction.CHUNK_ARTICLES + 3)] for batch in range(3)]
    with ExtractionPool.started("model", 1, None) as extract:
        found = list(extract(batches))
    assert found == [[f"{record.external_id} in extraction_0" for record in batch] for batch in batches]
