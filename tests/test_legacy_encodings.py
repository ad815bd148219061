"""Text pages in a legacy encoding (Windows-1252, Latin-1: old newsroom archives) are read in the encoding they
read best in, named on the summary line; UTF-8 stays the first choice, and JSON stays UTF-8 only."""

import json

import pytest

from app.ingest.decode import BadInput, decode_any_text
from tests.conftest import article_by_external_id

# Curly quotes and a dash (bytes 0x80-0x9F in Windows-1252), and accented letters, one of them ñ (which cp1250 and
# cp1257, scoring many Western texts the same, would read as another letter).
PAGE = (
    "Rents double on the old square\n\n"
    "“We cannot pay this,” said the café’s owner, René Ostrowski – and she was not alone.\n\n"
    "Señora Quiñones, who sells flowers by the fountain, called the council’s decision “a disgrace”.\n"
)
MAX_BYTES = 1_000_000


def test_utf8_is_read_as_utf8_though_its_bytes_would_read_in_other_encodings():
    # "é" in UTF-8 is two bytes that Windows-1252 would read as "Ã©".
    assert decode_any_text(PAGE.encode("utf-8"), max_bytes=MAX_BYTES) == (PAGE, None)


def test_a_windows_1252_page_is_read_as_windows_1252():
    assert decode_any_text(PAGE.encode("cp1252"), max_bytes=MAX_BYTES) == (PAGE, "cp1252")


def test_a_short_latin1_line_keeps_its_letters():
    line = "Señora Quiñones sells flowers in Besançon."
    assert decode_any_text(line.encode("latin-1"), max_bytes=MAX_BYTES)[0] == line


def test_a_page_that_reads_cleanly_only_in_another_code_page_is_read_in_that():
    # Windows-1252 would read "ł" as "³" and "ż" as "¿".
    line = "Rada miasta zagłosowała za zamknięciem starego mostu. Żółć, gęś, jaźń."
    assert decode_any_text(line.encode("cp1250"), max_bytes=MAX_BYTES) == (line, "cp1250")


def test_utf8_with_a_flaw_is_refused_not_garbled_in_another_encoding():
    flawed = PAGE.encode("utf-8").replace(b"Rents", b"R\xe9nts")
    with pytest.raises(BadInput, match=r"^not valid UTF-8 \(byte 1 is 0xe9\)$"):
        decode_any_text(flawed, max_bytes=MAX_BYTES)


def test_bytes_that_are_text_in_no_encoding_are_refused():
    with pytest.raises(BadInput, match=r"^not valid UTF-8 \(byte 0 is 0x80\), nor text in any other encoding$"):
        decode_any_text(bytes(range(0x80, 0x100)) * 3, max_bytes=MAX_BYTES)


def test_a_windows_1252_page_is_ingested_and_the_summary_names_its_encoding(ingest, inputs, client):
    result = ingest({"square.txt": PAGE.encode("cp1252"), "plain.txt": PAGE.replace("Rents", "Rates")})
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "2 files: 2 new, 0 unchanged, 0 replaced, 0 skipped, 1 read as cp1252"
    assert result.stderr.splitlines() == [f"read {inputs({}) / 'square.txt'} as cp1252: not UTF-8"]
    page = article_by_external_id(client, "square.txt")
    assert page["title"] == "Rents double on the old square"
    assert "“We cannot pay this,” said the café’s owner, René Ostrowski – and" in page["body"]
    assert "Señora Quiñones" in page["body"] and "council’s decision “a disgrace”." in page["body"]


def test_json_in_windows_1252_is_refused_as_json_is_utf8_only(ingest, inputs, client):
    record = {"id": "square", "text": PAGE}
    result = ingest({"square.json": json.dumps(record, ensure_ascii=False).encode("cp1252"), "square.txt": PAGE})
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"skipped {inputs({}) / 'square.json'}: not valid UTF-8 (byte 60 is 0x93)"]
    assert article_by_external_id(client, "square.txt")["body"].startswith("“We cannot pay this,”")
