"""The ingest run: files -> records -> (extraction stages) -> database, in batched transactions."""

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine

from app.ingest.files import Skipped, read_records
from app.store.articles import ArticleRecord, WriteOutcome, write_article

# A stage runs after an article is written or replaced, in the same transaction, so an article
# is never stored without what its stages derive from it.
Stage = Callable[[Connection, int, ArticleRecord], None]


@dataclass
class IngestReport:
    written: Counter[WriteOutcome] = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)

    def summary(self) -> str:
        counts = ", ".join(f"{self.written[outcome]} {outcome.value}" for outcome in WriteOutcome)
        return f"{counts}, {len(self.skipped)} skipped"


@dataclass
class IngestRun:
    """One `newsdesk ingest`: every input is either written or reported through `on_skip`."""

    engine: Engine
    max_file_bytes: int
    batch_size: int
    stages: Sequence[Stage] = ()
    on_skip: Callable[[Skipped], None] = lambda skipped: None
    report: IngestReport = field(default_factory=IngestReport)
    _first_given: dict[str, str] = field(default_factory=dict)

    def ingest(
        self, inputs: Iterable[Path | Skipped], *, on_file: Callable[[Path], None] = lambda path: None
    ) -> IngestReport:
        """Ingest the files `discover` found (and report what it could not read)."""
        batch: list[ArticleRecord] = []
        for record in self._records(inputs, on_file):
            batch.append(record)
            if len(batch) >= self.batch_size:
                self._write(batch)
                batch = []
        self._write(batch)
        return self.report

    def _records(self, inputs: Iterable[Path | Skipped], on_file: Callable[[Path], None]) -> Iterator[ArticleRecord]:
        for found in inputs:
            if isinstance(found, Skipped):
                self._skip(found)
                continue
            for item in read_records(found, max_bytes=self.max_file_bytes):
                if isinstance(item, Skipped):
                    self._skip(item)
                elif (first := self._first_given.setdefault(item.record.external_id, item.where)) != item.where:
                    self._skip(Skipped(item.where, f"duplicate id {item.record.external_id!r}, first given at {first}"))
                else:
                    yield item.record
            on_file(found)

    def _write(self, batch: list[ArticleRecord]) -> None:
        if not batch:
            return
        with self.engine.begin() as connection:
            for record in batch:
                outcome, article_id = write_article(connection, record=record)
                self.report.written[outcome] += 1
                if outcome is not WriteOutcome.UNCHANGED:
                    for stage in self.stages:
                        stage(connection, article_id, record)

    def _skip(self, skipped: Skipped) -> None:
        self.report.skipped.append(skipped)
        self.on_skip(skipped)
