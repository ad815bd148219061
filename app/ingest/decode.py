"""From bytes on disk to article text: size limit, encoding, byte-order mark, line endings."""

import codecs
import re

# Control characters (C0 but tab and newline, DEL, C1) and bidirectional overrides: never meant
# as article text, and a hazard to whatever displays or marks the text up. Each becomes one
# space, so offsets computed later still index the text as stored.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Unicode's own line and paragraph separators are line breaks.
_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})
# Python's surrogateescape keeps each byte that is not UTF-8 as one of these lone surrogates.
_UNDECODED = re.compile("[\udc80-\udcff]")


class BadInput(ValueError):
    """Input that cannot become an article; the message says why, for the person who gave it."""


def decode_text(data: bytes, *, max_bytes: int, by_line: bool = False) -> str:
    """UTF-8 text with `\\n` line endings, or BadInput.

    `by_line` (one record a line): a byte that is not UTF-8 spoils only its own line, which
    `undecoded` then refuses, instead of the whole file.
    """
    check_size(len(data), max_bytes=max_bytes)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BadInput("UTF-16 text; save it as UTF-8")
    if b"\x00" in data:
        raise BadInput("binary file (it holds NUL bytes), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8", "surrogateescape" if by_line else "strict")
    except UnicodeDecodeError as error:
        raise BadInput(f"not valid UTF-8 (byte {error.start} is {data[error.start]:#04x})") from error
    if not text.strip():
        raise BadInput("empty file")
    return normalise_text(text)


def undecoded(line: str) -> BadInput | None:
    """The error for a line of `decode_text(..., by_line=True)` that held bytes that were not UTF-8."""
    if found := _UNDECODED.search(line):
        return BadInput(f"not valid UTF-8 (column {found.start() + 1} is byte {ord(found.group()) - 0xDC00:#04x})")
    return None


def check_size(size: int, *, max_bytes: int) -> None:
    """BadInput when `size` bytes are over the limit."""
    if size > max_bytes:
        raise BadInput(f"file is {size:,} bytes, over the limit of {max_bytes:,} (MAX_FILE_BYTES)")


def normalise_text(text: str) -> str:
    """`\n` line endings; other control characters become spaces, so later offsets do not move."""
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n").translate(_SEPARATORS))
