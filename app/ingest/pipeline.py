"""The ingest run: files -> records -> extraction -> database, in batched transactions."""

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError

from app.extract.found import Extraction
from app.ingest.extraction import Extract, ExtractionFailed, article_chars
from app.ingest.files import Skipped, read_records, too_long
from app.ingest.first_given import FirstGiven
from app.ingest.warc import PassedOver
from app.store.articles import ArticleRecord, WriteOutcome, stored_hashes, write_article
from app.store.db import note_written, savepoint, writing
from app.store.extractions import replace_extraction

# What an article's write may do that the closing step must follow (app/store/db.py).
_CHANGES = (WriteOutcome.NEW, WriteOutcome.REPLACED)


@dataclass
class IngestReport:
    written: Counter[WriteOutcome] = field(default_factory=Counter)
    # Counted, not kept: each is told to `on_skip` as it comes, and a crawl may skip a million pages.
    skipped: int = 0
    # Pages read in an encoding other than UTF-8, by encoding.
    encodings: Counter[str] = field(default_factory=Counter)
    # Records of web archives that hold no page (images, redirects, error responses), by kind.
    passed_over: Counter[PassedOver] = field(default_factory=Counter)

    def summary(self) -> str:
        counts = ", ".join(f"{self.written[outcome]} {outcome.value}" for outcome in WriteOutcome)
        read_as = "".join(f", {pages} read as {encoding}" for encoding, pages in sorted(self.encodings.items()))
        passed = ", ".join(f"{self.passed_over[kind]} {kind.value}" for kind in PassedOver if self.passed_over[kind])
        archived = f"; archive records passed over: {passed}" if passed else ""
        return f"{counts}, {self.skipped} skipped{read_as}{archived}"


@dataclass
class _Batch:
    """Records read together: those to extract and write, and what reading them met, in order (skipped
    input, files read to their end), to report when the batch is written."""

    changed: list[ArticleRecord]
    unchanged: int
    met: list[Skipped | Path]


@dataclass
class IngestRun:
    """One `newsdesk ingest`: every input is either written or reported through `on_skip`."""

    engine: Engine
    max_file_bytes: int
    max_article_chars: int
    batch_size: int
    extract: Extract
    on_skip: Callable[[Skipped], None] = lambda skipped: None
    # Told of each page read in an encoding other than UTF-8: where it is, and the encoding.
    on_read_as: Callable[[str, str], None] = lambda where, encoding: None
    report: IngestReport = field(default_factory=IngestReport)

    def ingest(
        self, inputs: Iterable[Path | Skipped], *, on_file: Callable[[Path], None] = lambda path: None
    ) -> IngestReport:
        """Ingest the files `discover` found (and report what it could not read)."""
        read: deque[_Batch] = deque()

        def to_extract(first_given: FirstGiven) -> Iterator[list[ArticleRecord]]:
            for batch in self._batches(inputs, first_given):
                read.append(batch)
                yield batch.changed

        # The NLP runs outside the transaction, so readers and other writers wait only for the writes.
        with FirstGiven() as first_given:
            for extractions in self.extract(to_extract(first_given)):
                batch = read.popleft()
                for met in batch.met:
                    if isinstance(met, Skipped):
                        self._skip(met)
                    else:
                        on_file(met)
                self.report.written[WriteOutcome.UNCHANGED] += batch.unchanged
                self._write(batch.changed, extractions)
        return self.report

    def _batches(self, inputs: Iterable[Path | Skipped], first_given: FirstGiven) -> Iterator[_Batch]:
        records: list[ArticleRecord] = []
        met: list[Skipped | Path] = []
        for item in self._read(inputs, first_given):
            if isinstance(item, ArticleRecord):
                records.append(item)
            else:
                met.append(item)
            # What was met is held only until its batch is written: a crawl may skip a million pages in a row.
            if len(records) >= self.batch_size or len(met) >= self.batch_size:
                yield self._batch(records, met)
                records, met = [], []
        yield self._batch(records, met)

    def _batch(self, records: list[ArticleRecord], met: list[Skipped | Path]) -> _Batch:
        """The batch less the records stored before with the same content (they need no NLP)."""
        if not records:
            return _Batch([], 0, met)
        with self.engine.connect() as connection:
            known = stored_hashes(connection, external_ids=[record.external_id for record in records])
        changed = [record for record in records if known.get(record.external_id) != record.content_hash]
        return _Batch(changed, len(records) - len(changed), met)

    def _read(
        self, inputs: Iterable[Path | Skipped], first_given: FirstGiven
    ) -> Iterator[ArticleRecord | Skipped | Path]:
        """The records of every input, what was skipped, and each file once read to its end."""
        for found in inputs:
            if isinstance(found, Skipped):
                yield found
                continue
            for item in read_records(found, max_bytes=self.max_file_bytes, max_article_chars=self.max_article_chars):
                if isinstance(item, PassedOver):
                    self.report.passed_over[item] += 1
                elif isinstance(item, Skipped):
                    yield item
                elif reason := too_long(article_chars(item.record), max_chars=self.max_article_chars):
                    yield Skipped(item.where, reason)
                elif (first := first_given.first(item.record.external_id, item.where)) != item.where:
                    yield Skipped(item.where, f"duplicate id {item.record.external_id!r}, first given at {first}")
                else:
                    if item.encoding:
                        self.report.encodings[item.encoding] += 1
                        self.on_read_as(item.where, item.encoding)
                    yield item.record
            yield found

    def _write(self, changed: list[ArticleRecord], extractions: list[Extraction | ExtractionFailed]) -> None:
        if not changed:
            return
        # An article and its extraction are written in one transaction, never one without the other.
        with writing(self.engine) as connection:
            written = 0
            for record, extraction in zip(changed, extractions, strict=True):
                if isinstance(extraction, ExtractionFailed):
                    self._skip(Skipped(f"id {record.external_id!r}", str(extraction)))
                    continue
                written += self._write_one(connection, record, extraction) in _CHANGES
            note_written(connection, written)

    def _write_one(self, connection: Connection, record: ArticleRecord, extraction: Extraction) -> WriteOutcome | None:
        """What storing the article did, or None when it could not be stored."""
        try:
            # A savepoint: an article that cannot be stored leaves no trace, and the batch goes on.
            with savepoint(connection):
                outcome, article_id = write_article(connection, record=record)
                if outcome is not WriteOutcome.UNCHANGED:
                    replace_extraction(connection, article_id=article_id, extraction=extraction)
        except (IntegrityError, ValueError) as error:
            self._skip(Skipped(f"id {record.external_id!r}", f"could not be stored: {error}"))
            return None
        self.report.written[outcome] += 1
        return outcome

    def _skip(self, skipped: Skipped) -> None:
        self.report.skipped += 1
        self.on_skip(skipped)
