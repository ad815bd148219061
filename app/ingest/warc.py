"""Web archives (`.warc`, `.warc.gz`): each HTML page a crawler fetched, one record at a time, never the whole
archive in memory."""

import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

# What a page is served as: HTML, or XHTML (the same article markup in XML's syntax).
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Records that hold what a crawler fetched; requests, metadata and revisits hold no page of their own.
_PAGE_RECORDS = ("response", "resource")


class PassedOver(StrEnum):
    """A fetched record that holds no page: counted, not reported one by one (an archive holds many)."""

    NOT_HTML = "not HTML"
    REDIRECT = "redirect"
    ERROR = "error response"


@dataclass(frozen=True)
class ArchivedPage:
    """One HTML page an archive holds: the address it was fetched from, its bytes and the server's content type."""

    number: int
    uri: str
    data: bytes
    content_type: str | None


@dataclass(frozen=True)
class Damaged:
    """Where an archive could not be read on: the records before it were read."""

    reason: str


class _Unreadable(Exception):
    """A record that is not a WARC record, or that ends before the length its header gives."""


def archived_pages(handle: BinaryIO, *, max_bytes: int) -> Iterator[ArchivedPage | PassedOver | Damaged]:
    """Every fetched record of the archive in order: its HTML page, or why it holds none; then, if the archive
    is truncated or corrupt, where it stopped."""
    if handle.seek(0, os.SEEK_END) == 0:
        yield Damaged("empty file")
        return
    handle.seek(0)
    number = 0
    records = ArchiveIterator(handle)
    try:
        for record in records:
            if record.format != "warc":
                # warcio also reads the older ARC format, and takes any line of five words for its header.
                raise _Unreadable("not a WARC record")
            if record.rec_type not in _PAGE_RECORDS:
                continue
            yield _page(record, number + 1, max_bytes)
            number += 1
        # warcio ends quietly where a compressed archive is cut short between records' headers.
        if records.offset < handle.seek(0, os.SEEK_END):
            raise _Unreadable("it ends inside a record")
    except (_Unreadable, ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError) as error:
        at = f"byte {records.offset:,}" if records.offset else "its start"
        yield Damaged(
            f"archive unreadable from {at} on ({error or 'cut short'}); the {number:,} records before it were read"
        )


def _status(code: str | None) -> int:
    """The HTTP status; a response without a readable one is no page to trust."""
    try:
        return int(code or "")
    except ValueError:
        return 0


def _page(record: ArcWarcRecord, number: int, max_bytes: int) -> ArchivedPage | PassedOver:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    headers = record.http_headers
    status = _status(headers.get_statuscode()) if headers else 200
    if 300 <= status < 400:
        return PassedOver.REDIRECT
    if status >= 400 or status < 200:
        return PassedOver.ERROR
    content_type = (headers.get_header("Content-Type") if headers else None) or record.rec_headers.get_header(
        "Content-Type"
    )
    if not content_type or content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return PassedOver.NOT_HTML
    # One byte past the limit tells a page that is over it, without reading it all.
    data = record.content_stream().read(max_bytes + 1)
    if record.raw_stream.limit > 0 and len(data) <= max_bytes:
        raise _Unreadable("a record ends before its stated length")
    return ArchivedPage(number, uri, data, content_type)
