"""From bytes on disk to article text: size limit, encoding, byte-order mark, line endings."""

import codecs


class BadInput(ValueError):
    """Input that cannot become an article; the message says why, for the person who gave it."""


def decode_text(data: bytes, *, max_bytes: int) -> str:
    """UTF-8 text with `\\n` line endings, or BadInput."""
    if len(data) > max_bytes:
        raise BadInput(f"file is {len(data):,} bytes, over the limit of {max_bytes:,} (MAX_FILE_BYTES)")
    if b"\x00" in data:
        raise BadInput("binary file (it holds NUL bytes), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadInput(f"not valid UTF-8 (byte {error.start} is {data[error.start]:#04x})") from error
    if not text.strip():
        raise BadInput("empty file")
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
