"""From bytes on disk to article text: size limit, encoding, byte-order mark, line endings."""

import codecs
import re
import unicodedata
from collections.abc import Iterator
from typing import BinaryIO

from charset_normalizer import from_bytes

# Control characters (C0 but tab and newline, DEL, C1) and bidirectional overrides: never meant
# as article text, and a hazard to whatever displays or marks the text up. Each becomes one
# space, so offsets computed later still index the text as stored.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Python's surrogateescape keeps each byte that is not UTF-8 as one of these lone surrogates.
_UNDECODED = re.compile("[\udc80-\udcff]")
_BEYOND_ASCII = re.compile("[^\x00-\x7f]")


class BadInput(ValueError):
    """Input that cannot become an article; the message says why, for the person who gave it."""


def decode_text(data: bytes, *, max_bytes: int) -> str:
    """UTF-8 text with `\\n` line endings, or BadInput."""
    data = _checked(data, max_bytes)
    try:
        return _content(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise BadInput(_not_utf8(data, error)) from error


def decode_any_text(data: bytes, *, max_bytes: int) -> tuple[str, str | None]:
    """Text as `decode_text` gives it, or, when it is not UTF-8, in the encoding it reads best in (legacy archives
    hold Windows-1252, Latin-1 and the like), with that encoding's name; BadInput when no encoding fits it.
    Valid UTF-8 is always read as UTF-8 (None)."""
    data = _checked(data, max_bytes)
    try:
        return _content(data.decode("utf-8")), None
    except UnicodeDecodeError as error:
        if _mostly_utf8(data):
            raise BadInput(_not_utf8(data, error)) from error
        if (found := _read_legacy(data)) is None:
            raise BadInput(f"{_not_utf8(data, error)}, nor text in any other encoding") from error
    text, encoding = found
    return _content(text), encoding


def _mostly_utf8(data: bytes) -> bool:
    """Whether as many of the characters beyond ASCII read as UTF-8 as not: UTF-8 with a flaw, which any other
    encoding would garble. (In a legacy encoding, bytes that read as UTF-8 are a rare accident, "É’" say.)"""
    text = data.decode("utf-8", "surrogateescape")
    flawed = len(_UNDECODED.findall(text))
    return len(_BEYOND_ASCII.findall(text)) - flawed >= flawed


# The encoding of most Western newsroom archives, and what browsers read pages labelled Latin-1 as.
_WESTERN = "cp1252"


def _read_legacy(data: bytes) -> tuple[str, str] | None:
    """The text and the encoding it reads best in; Windows-1252 when it reads as cleanly in that as in any.

    The articles are English (so is the extraction model), and on a short text charset-normalizer's ranking
    of code pages that read it equally cleanly is a guess: it ranks a Latin-1 "Señora" as cp850's "Se±ora",
    a Windows-1252 one as cp1250's "Seńora"."""
    matches = from_bytes(data)
    if (best := matches.best()) is None:
        return None
    try:
        western = matches[_WESTERN]
    except KeyError:
        return str(best), best.encoding
    return (str(western), _WESTERN) if western.chaos <= best.chaos else (str(best), best.encoding)


def _checked(data: bytes, max_bytes: int) -> bytes:
    """The bytes less a UTF-8 byte-order mark, once found to be text under the size limit."""
    check_size(len(data), max_bytes=max_bytes)
    _check_text(data[:2], b"\x00" in data)
    return data.removeprefix(codecs.BOM_UTF8)


def _not_utf8(data: bytes, error: UnicodeDecodeError) -> str:
    return f"not valid UTF-8 (byte {error.start} is {data[error.start]:#04x})"


def _content(text: str) -> str:
    if not text.strip():
        raise BadInput("empty file")
    return normalise_text(text)


def decode_lines(handle: BinaryIO, *, max_bytes: int) -> Iterator[tuple[int, str]]:
    """The lines of a file of one record a line, numbered from 1 and decoded one at a time, so that a feed is
    not held whole (unless its lines end in CR alone: it is read as one). A byte that is not UTF-8 spoils only
    its own line, which `undecoded` then refuses.

    Not itself a generator: a file too large or not text is BadInput here, before any of its lines is read;
    one with no line of content is BadInput once its lines are (none of them having given a record).
    """
    size = _scan(handle, max_bytes)
    handle.seek(0)
    return _lines(handle, size)


# Bytes read at a time by the first pass over a feed.
_SCAN_BYTES = 1 << 20


def _scan(handle: BinaryIO, max_bytes: int) -> int:
    """The file's size once checked, a chunk at a time: under the limit, not UTF-16, no NUL byte."""
    size, head, nul = 0, b"", False
    while chunk := handle.read(min(_SCAN_BYTES, max_bytes + 1 - size)):
        head = head or chunk[:2]
        nul = nul or b"\x00" in chunk
        size += len(chunk)
    check_size(size, max_bytes=max_bytes)
    _check_text(head, nul)
    return size


def _lines(handle: BinaryIO, size: int) -> Iterator[tuple[int, str]]:
    """The numbered lines of the file's first `size` bytes (a file that grew since its scan is read only as far
    as it was checked, and no line further), each less a byte-order mark that begins it."""
    number, left, content = 0, size, False
    while left > 0 and (raw := _read_line(handle, left, number)):
        left -= len(raw)
        for line in normalise_text(raw.decode("utf-8", "surrogateescape")).removesuffix("\n").split("\n"):
            number += 1
            # Not only the file's first: files joined into one (`cat a.jsonl b.jsonl`) leave each one's mark.
            line = line.removeprefix("\ufeff")
            content = content or bool(line.strip())
            yield number, line
    if not content:
        raise BadInput("empty file")


def _read_line(handle: BinaryIO, limit: int, lines_read: int) -> bytes:
    try:
        return handle.readline(limit)
    except OSError as error:
        raise BadInput(f"cannot read the file from line {lines_read + 1} on: {error.strerror}") from error


def _check_text(head: bytes, nul: bool) -> None:
    if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        raise BadInput("UTF-16 text; save it as UTF-8")
    if nul:
        raise BadInput("binary file (it holds NUL bytes), not text")


def undecoded(line: str) -> BadInput | None:
    """The error for a line of `decode_lines` that held bytes that were not UTF-8."""
    if found := _UNDECODED.search(line):
        return BadInput(f"not valid UTF-8 (column {found.start() + 1} is byte {ord(found.group()) - 0xDC00:#04x})")
    return None


def check_size(size: int, *, max_bytes: int) -> None:
    """BadInput when `size` bytes are over the limit."""
    if size > max_bytes:
        raise BadInput(f"file is {size:,} bytes, over the limit of {max_bytes:,} (MAX_FILE_BYTES)")


def one_line(text: str) -> str:
    """`text` as one line: runs of white space (newlines, controls) become one space."""
    return " ".join(normalise_text(text).split())


def folded(text: str) -> str:
    """Case, spacing and compatibility forms folded, for comparing a line with a headline or a name."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def normalise_text(text: str) -> str:
    """`\n` line endings; other control characters become spaces, so later offsets do not move."""
    # Unicode's own line and paragraph separators are line breaks too. (str.replace, not str.translate: on a
    # saved page of 135 kB the one takes 1.3 ms, the other 17 ms; measured with timeit.)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub(" ", text)
