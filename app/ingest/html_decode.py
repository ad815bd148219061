"""The text of an HTML page's bytes: in the encoding the page declares (byte-order mark, the server's header,
`<meta charset>`), else UTF-8, else the one it reads best in."""

import codecs
import re

from app.ingest.decode import BadInput, check_size, decode_any_text, normalise_text

# Where HTML looks for `<meta charset>`: the first 1024 bytes (the HTML standard's prescan).
_PRESCAN_BYTES = 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Labels that the HTML standard reads as another encoding: browsers read Latin-1 and ASCII pages as Windows-1252.
_AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252", "latin-1": "cp1252"}


def decode_page(data: bytes, *, max_bytes: int, content_type: str | None = None) -> tuple[str, str | None]:
    """The page's text, and the encoding it was guessed to be in when it declared none and is not UTF-8.

    A page whose bytes are valid UTF-8 beyond ASCII but that declares a single-byte code page is read as UTF-8:
    such a declaration is a template's leftover, and following it gives mojibake ("Ã©" for "é")."""
    check_size(len(data), max_bytes=max_bytes)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(data[len(bom) :], encoding), None
    declared = _declared(data, content_type)
    if declared and not (_is_single_byte(declared) and _is_utf8_beyond_ascii(data)):
        try:
            return _decoded(data, declared), None
        except UnicodeDecodeError:
            pass  # the declaration is wrong: read it as an undeclared page
    return decode_any_text(data, max_bytes=max_bytes)


def _declared(data: bytes, content_type: str | None) -> str | None:
    """The encoding the server's header names, else the page's `<meta charset>`."""
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    in_markup = _encoding(meta.group(1).decode("ascii") if meta else None)
    # Markup found by reading the bytes as ASCII is not UTF-16, whatever it says: the HTML standard reads UTF-8.
    in_markup = "utf-8" if in_markup and in_markup.startswith("utf-16") else in_markup
    return _encoding(header.group(1) if header else None) or in_markup


def _encoding(label: str | None) -> str | None:
    try:
        name = codecs.lookup(label).name if label else None
    except LookupError:
        return None  # an encoding Python does not know is no declaration
    return _AS_BROWSERS_READ.get(name, name) if name else None


def _decoded(data: bytes, encoding: str) -> str:
    text = data.decode(encoding)
    if not text.strip():
        raise BadInput("empty file")
    return normalise_text(text)


def _is_single_byte(encoding: str) -> bool:
    return len("\u00e9".encode(encoding, "replace")) == 1


def _is_utf8_beyond_ascii(data: bytes) -> bool:
    try:
        return not data.decode("utf-8").isascii()
    except UnicodeDecodeError:
        return False
