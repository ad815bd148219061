"""The ingest run: files -> records -> extraction -> database, in batched transactions."""

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError

from app.extract.found import Extraction
from app.ingest.extraction import ExtractionFailed
from app.ingest.files import Skipped, read_records
from app.store.articles import ArticleRecord, WriteOutcome, stored_hashes, write_article
from app.store.extractions import replace_extraction

Extract = Callable[[Sequence[ArticleRecord]], list[Extraction | ExtractionFailed]]


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
    extract: Extract
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
        with self.engine.connect() as connection:
            known = stored_hashes(connection, external_ids=[record.external_id for record in batch])
        changed = [record for record in batch if known.get(record.external_id) != record.content_hash]
        self.report.written[WriteOutcome.UNCHANGED] += len(batch) - len(changed)
        # The NLP runs outside the transaction, so readers and other writers wait only for the writes;
        # an article and its extraction are written in one transaction, never one without the other.
        extractions = self.extract(changed) if changed else []
        with self.engine.begin() as connection:
            for record, extraction in zip(changed, extractions, strict=True):
                if isinstance(extraction, ExtractionFailed):
                    self._skip(Skipped(f"id {record.external_id!r}", str(extraction)))
                    continue
                self._write_one(connection, record, extraction)

    def _write_one(self, connection: Connection, record: ArticleRecord, extraction: Extraction) -> None:
        try:
            # A savepoint: an article that cannot be stored leaves no trace, and the batch goes on.
            with connection.begin_nested():
                outcome, article_id = write_article(connection, record=record)
                if outcome is not WriteOutcome.UNCHANGED:
                    replace_extraction(connection, article_id=article_id, extraction=extraction)
        except (IntegrityError, ValueError) as error:
            self._skip(Skipped(f"id {record.external_id!r}", f"could not be stored: {error}"))
            return
        self.report.written[outcome] += 1

    def _skip(self, skipped: Skipped) -> None:
        self.report.skipped.append(skipped)
        self.on_skip(skipped)
