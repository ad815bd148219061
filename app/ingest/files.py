"""Finding the input files under the paths given, and reading each into records."""

import errno
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import orjson

from app.ingest.authors import split_authors
from app.ingest.decode import BadInput, check_size, decode_any_text, decode_lines, decode_text
from app.ingest.html_decode import decode_page
from app.ingest.html_page import read_page
from app.ingest.layout import clean_page
from app.ingest.structured import InputRecord, read_json, read_jsonl
from app.ingest.warc import ArchivedPage, Damaged, PassedOver, archived_pages
from app.store.articles import ArticleRecord
from app.vocabulary.furniture import is_error_page_heading

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm", ".warc", ".warc.gz")
_ARCHIVES = (".warc", ".warc.gz")
_NO_ARTICLE = "no article text found on the page"
_PAGES = (".html", ".htm")


@dataclass(frozen=True)
class Given:
    """An article read from the input, where it was given ("feed.jsonl:12"), and the encoding its file was read
    in when that was not UTF-8."""

    where: str
    record: ArticleRecord
    encoding: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input (a file, or one record of it) left out, and why."""

    where: str
    reason: str


def discover(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Input files under `paths`, folders walked recursively in name order; hidden entries ignored.

    A file reached twice (named twice, or inside a folder also named) is read once. Links to
    folders are reported and not followed, so a link loop cannot trap the walk.
    """
    seen: set[Path] = set()
    for found in _candidates(paths):
        if isinstance(found, Path):
            real = found.resolve()
            if real in seen:
                continue
            seen.add(real)
        yield found


def _candidates(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path if _supported(path) else Skipped(str(path), _unsupported(path))
        else:
            yield Skipped(str(path), _not_a_file(path))


def _walk(folder: Path) -> Iterator[Path | Skipped]:
    problems: list[OSError] = []
    for root, dirs, names in os.walk(folder, onerror=problems.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for link in [d for d in dirs if (Path(root) / d).is_symlink()]:
            yield Skipped(str(Path(root) / link), "link to a folder, not followed (it could loop)")
        for name in sorted(names):
            path = Path(root) / name
            if not name.startswith(".") and _supported(path):
                # A FIFO or device under an article's name would block the read forever.
                yield path if path.is_file() else Skipped(str(path), _not_a_file(path))
    # After the walk: os.walk meets an unreadable folder only on its way to the next one (or the end).
    for error in problems:
        yield Skipped(str(error.filename), f"cannot read folder: {error.strerror}")


def _not_a_file(path: Path) -> str:
    """Why `path`, not a regular file or folder, cannot be read."""
    try:
        path.stat()
    except FileNotFoundError:
        return "link to nothing (its target does not exist)" if path.is_symlink() else "no such file or folder"
    except OSError as error:
        return "link loop (it leads back to itself)" if error.errno == errno.ELOOP else f"cannot read: {error.strerror}"
    return "not a regular file"


def _supported(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def _unsupported(path: Path) -> str:
    return f"unsupported file type {path.suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}"


def too_long(chars: int, *, max_chars: int) -> str | None:
    """Why an article of `chars` characters is refused (MAX_ARTICLE_CHARS), or None when it is within the limit."""
    if chars <= max_chars:
        return None
    return f"article is {chars:,} characters, over the limit of {max_chars:,} (MAX_ARTICLE_CHARS)"


def read_records(path: Path, *, max_bytes: int, max_article_chars: int) -> Iterator[Given | Skipped | PassedOver]:
    """The articles in one file with where each was given, each bad one (or the whole file) as Skipped, and the
    records of an archive that hold no page.

    A text page longer than `max_article_chars` is refused before its cleaning, whose time grows with its text.
    """
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            if path.name.lower().endswith(_ARCHIVES):
                # An archive may be far larger than any page: the size limit applies to each of its pages.
                yield from _archived(path, archived_pages(handle, max_bytes=max_bytes), max_bytes)
                return
            check_size(os.fstat(handle.fileno()).st_size, max_bytes=max_bytes)
            if suffix == ".jsonl":
                # Read a line at a time: a feed's records are ingested as they come, never all held at once.
                yield from _given(path, read_jsonl(decode_lines(handle, max_bytes=max_bytes)))
                return
            # One byte past the limit tells a file that grew since, without reading it all.
            data = handle.read(max_bytes + 1)
        if suffix in _PAGES:
            yield _html_page(str(path), path.name, None, *decode_page(data, max_bytes=max_bytes))
            return
        if suffix == ".txt":
            # A page may be in a legacy encoding; JSON is UTF-8 by its standard (RFC 8259).
            yield _page(path, *decode_any_text(data, max_bytes=max_bytes), max_chars=max_article_chars)
            return
        yield from _given(path, read_json(decode_text(data, max_bytes=max_bytes)))
    except BadInput as error:
        yield Skipped(str(path), str(error))
    except OSError as error:
        yield Skipped(str(path), f"cannot read file: {error.strerror}")


def _page(path: Path, text: str, encoding: str | None, *, max_chars: int) -> Given | Skipped:
    if reason := too_long(len(text), max_chars=max_chars):
        return Skipped(str(path), reason)
    record = _from_page(path.name, text)
    return Given(str(path), record, encoding) if holds_article(record) else Skipped(str(path), _NO_ARTICLE)


def _archived(
    path: Path, items: Iterable[ArchivedPage | PassedOver | Damaged], max_bytes: int
) -> Iterator[Given | Skipped | PassedOver]:
    for item in items:
        if isinstance(item, PassedOver):
            yield item
        elif isinstance(item, Damaged):
            yield Skipped(str(path), item.reason)
        else:
            where = f"{path}#{item.number} <{item.uri}>"
            if len(item.data) > max_bytes:
                yield Skipped(where, f"page is over the limit of {max_bytes:,} bytes (MAX_FILE_BYTES)")
                continue
            try:
                decoded = decode_page(item.data, max_bytes=max_bytes, content_type=item.content_type)
                yield _html_page(where, item.uri, item.uri, *decoded)
            except BadInput as error:
                yield Skipped(where, str(error))


def _html_page(where: str, external_id: str, url: str | None, text: str, encoding: str | None) -> Given | Skipped:
    """The article on a saved or archived page; a page that holds none (a home page, a gallery) is skipped."""
    page = read_page(text)
    fields = asdict(page) | ({"url": url} if url else {})
    record = _record(external_id=external_id, **fields)
    return Given(where, record, encoding) if holds_article(record) else Skipped(where, _NO_ARTICLE)


# The most words an error page's apology and the links left under it run to. Stock apologies run under 30 words
# ('Sorry, the page you were looking for could not be found. It may have been moved or deleted.', 18; 'It looks like
# nothing was found at this location. Maybe try one of the links below or a search?', 18), so 60 leaves room for a
# longer one with a few links; a story under a heading like one runs longer, as a brief of three or four sentences
# does (some 80 words; the tests' invented story runs 87, the seeds' pages 374 and more).
_ERROR_PAGE_WORDS = 60


def holds_article(record: ArticleRecord) -> bool:
    """Whether a page read holds a story: some body, and not a server's error page ('Page not found' over a line
    of apology), whose short text would otherwise be taken for one."""
    if not record.body.strip():
        return False
    return not (record.title and is_error_page_heading(record.title) and len(record.body.split()) <= _ERROR_PAGE_WORDS)


def _given(path: Path, items: Iterable[tuple[str, InputRecord | BadInput]]) -> Iterator[Given | Skipped]:
    for position, item in items:
        where = f"{path}{position}"
        yield Skipped(where, str(item)) if isinstance(item, BadInput) else Given(where, record_from_structured(item))


def _from_page(name: str, text: str) -> ArticleRecord:
    return _record(external_id=name, **asdict(clean_page(text)))


def record_from_structured(item: InputRecord) -> ArticleRecord:
    """The article a structured record (.json, .jsonl) gives, as ingest stores it."""
    return _record(external_id=item.id, body=item.text, **item.model_dump(exclude={"id", "text"}))


def _record(*, external_id: str, body: str, **fields: str | None) -> ArticleRecord:
    content = {"external_id": external_id, "body": body, **fields}
    digest = hashlib.sha256(orjson.dumps(content, option=orjson.OPT_SORT_KEYS)).hexdigest()
    return ArticleRecord(
        external_id=external_id,
        body=body,
        **fields,
        content_hash=digest,
        authors=split_authors(fields.get("author")),
    )
