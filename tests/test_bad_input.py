"""Bad input, one class a test: each bad item is reported on stderr as `skipped WHERE: reason`, and
everything else in the same run goes in (exit status 1 when anything was skipped)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import article_by_external_id

ARTICLE = "The council voted on Tuesday to close the old bridge.\n\nRepairs will take a year."
NEWSDESK = Path(sys.executable).with_name("newsdesk")


def jsonl(*records: object) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


GOOD = {"good.jsonl": jsonl({"id": "good", "text": ARTICLE})}


@pytest.fixture
def ingest_beside_good(newsdesk, inputs):
    """Ingest {file name: content} in one folder with a good feed; gives the folder and the CLI's result."""

    def run(files: dict[str, str | bytes]):
        folder = inputs({**files, **GOOD})
        return folder, newsdesk("ingest", folder)

    return run


def skipped(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("skipped ")]


def ingested(client) -> set[str]:
    return {article["external_id"] for article in client.get("/articles", params={"limit": 100}).json()["items"]}


def test_an_empty_file_is_reported(ingest_beside_good, client):
    folder, result = ingest_beside_good(
        {"empty.txt": "", "blank.jsonl": " \n\n\t\n", "mark.jsonl": "\ufeff\r\n", "wide.jsonl": "\u3000\u00a0\n"}
    )
    assert result.exit_code == 1
    names = ("blank.jsonl", "empty.txt", "mark.jsonl", "wide.jsonl")
    assert skipped(result) == [f"skipped {folder / name}: empty file" for name in names]
    assert ingested(client) == {"good"}


def test_a_binary_file_is_reported(ingest_beside_good, client):
    folder, result = ingest_beside_good({"photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    assert result.exit_code == 1
    assert skipped(result) == [f"skipped {folder / 'photo.txt'}: binary file (it holds NUL bytes), not text"]
    assert ingested(client) == {"good"}


def test_a_feed_with_a_nul_byte_anywhere_is_refused_before_any_of_its_records(ingest_beside_good, client):
    # Feeds are read a line at a time; what makes the file no text is still found before its first record.
    records = jsonl(*({"id": f"r{n}", "text": ARTICLE} for n in range(30_000)))
    folder, result = ingest_beside_good({"feed.jsonl": records.encode() + b"\x00\n"})
    assert result.exit_code == 1
    assert skipped(result) == [f"skipped {folder / 'feed.jsonl'}: binary file (it holds NUL bytes), not text"]
    assert ingested(client) == {"good"}


def test_invalid_utf8_costs_its_file_or_only_its_line_of_a_feed(ingest_beside_good, client):
    # Pages in a legacy encoding are read (test_legacy_encodings.py); a page of UTF-8 with a flaw is not.
    latin1 = "Café owners protest the new rents.".encode("latin-1")
    flawed = "Café owners protest the new rents.".encode().replace(b"rents", b"r\xe9nts")
    feed = jsonl({"id": "before", "text": ARTICLE}).encode() + b'{"id": "bad", "text": "' + latin1 + b'"}\n'
    folder, result = ingest_beside_good(
        {"page.txt": flawed, "feed.jsonl": feed + jsonl({"id": "after", "text": ARTICLE}).encode()}
    )
    assert result.exit_code == 1
    assert skipped(result) == [
        f"skipped {folder / 'feed.jsonl'}:2: not valid UTF-8 (column 27 is byte 0xe9)",
        f"skipped {folder / 'page.txt'}: not valid UTF-8 (byte 30 is 0xe9)",
    ]
    assert ingested(client) == {"good", "before", "after"}


def test_a_byte_order_mark_is_accepted_and_not_kept(ingest_beside_good, client):
    bom = "\ufeff"
    _, result = ingest_beside_good(
        {
            "2021-06-01-bridge.txt": f"{bom}Bridge to close\n\n{ARTICLE}\n".encode(),
            # As if two files saved with a byte-order mark were joined with `cat`.
            "joined.jsonl": "".join(bom + json.dumps({"id": f"j{n}", "text": ARTICLE}) + "\n" for n in (1, 2)).encode(),
            "spaced.jsonl": f"{bom}\r\n{json.dumps({'id': 'spaced', 'text': ARTICLE})}\n".encode(),
        }
    )
    assert result.exit_code == 0, result.output
    assert ingested(client) == {"good", "2021-06-01-bridge.txt", "j1", "j2", "spaced"}
    page = article_by_external_id(client, "2021-06-01-bridge.txt")
    assert page["title"] == "Bridge to close"
    assert bom not in page["body"] and article_by_external_id(client, "j1")["body"] == ARTICLE


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_crlf_and_cr_line_endings_are_accepted_as_newlines(ingest_beside_good, client, newline):
    page = f"Bridge to close{newline}{newline}{ARTICLE.replace(chr(10), newline)}{newline}"
    feed = newline.join(json.dumps({"id": f"r{n}", "text": ARTICLE}) for n in (1, 2))
    _, result = ingest_beside_good({"bridge.txt": page.encode(), "feed.jsonl": feed.encode()})
    assert result.exit_code == 0, result.output
    assert ingested(client) == {"good", "bridge.txt", "r1", "r2"}
    body = article_by_external_id(client, "bridge.txt")["body"]
    assert "\r" not in body and "old bridge.\n\nRepairs" in body


def test_a_50_mb_file_is_refused_under_the_default_size_limit(ingest_beside_good, client):
    line = json.dumps({"id": "big-00000", "text": "word " * 190}) + "\n"
    lines = 50_000_000 // len(line.encode())
    feed = "".join(line.replace("00000", f"{n:05d}") for n in range(lines))
    feed += " " * (50_000_000 - len(feed.encode()))
    folder, result = ingest_beside_good({"big.jsonl": feed})
    assert (folder / "big.jsonl").stat().st_size == 50_000_000
    assert result.exit_code == 1
    assert skipped(result) == [
        f"skipped {folder / 'big.jsonl'}: file is 50,000,000 bytes, over the limit of 20,000,000 (MAX_FILE_BYTES)"
    ]
    assert ingested(client) == {"good"}


def test_the_size_limit_is_the_max_file_bytes_setting(ingest_beside_good, client, monkeypatch):
    monkeypatch.setenv("MAX_FILE_BYTES", "1000")
    folder, result = ingest_beside_good({"big.json": json.dumps({"id": "big", "text": "word " * 400})})
    assert result.exit_code == 1
    assert skipped(result) == [
        f"skipped {folder / 'big.json'}: file is 2,025 bytes, over the limit of 1,000 (MAX_FILE_BYTES)"
    ]
    assert ingested(client) == {"good"}


def test_malformed_json_costs_its_file_or_only_its_line_of_a_feed(ingest_beside_good, client):
    feed = jsonl({"id": "before", "text": ARTICLE}) + "{not json\n" + jsonl({"id": "after", "text": ARTICLE})
    # A feed cut off in the middle of its last record, as an interrupted download leaves it.
    feed += json.dumps({"id": "cut", "text": ARTICLE})[:30]
    folder, result = ingest_beside_good({"broken.json": '{"id": ', "feed.jsonl": feed})
    assert result.exit_code == 1
    reports = skipped(result)
    assert [report.split(": malformed JSON: ")[0] for report in reports] == [
        f"skipped {folder / 'broken.json'}",
        f"skipped {folder / 'feed.jsonl'}:2",
        f"skipped {folder / 'feed.jsonl'}:4",
    ]
    assert ingested(client) == {"good", "before", "after"}


def test_a_record_missing_its_text_is_reported(ingest_beside_good, client):
    folder, result = ingest_beside_good(
        {
            "feed.jsonl": jsonl({"id": "no-text", "title": "Bridge to close"}, {"id": "blank", "text": " \n "}),
            "list.json": json.dumps([{"id": "listed", "text": ARTICLE}, {"id": "also-no-text"}]),
        }
    )
    assert result.exit_code == 1
    assert skipped(result) == [
        f"skipped {folder / 'feed.jsonl'}:1: missing 'text'",
        f"skipped {folder / 'feed.jsonl'}:2: 'text': must not be empty",
        f"skipped {folder / 'list.json'}[1]: missing 'text'",
    ]
    assert ingested(client) == {"good", "listed"}


def test_a_record_with_fields_of_the_wrong_type_is_reported(ingest_beside_good, client):
    folder, result = ingest_beside_good(
        {
            "feed.jsonl": jsonl(
                {"id": "number-text", "text": 42},
                {"id": "list-title", "text": ARTICLE, "title": ["Bridge", "to close"]},
                {"id": "number-date", "text": ARTICLE, "published": 20200304},
                {"id": True, "text": ARTICLE},
                ["a", "list"],
                {"id": "fine", "text": ARTICLE},
            )
        }
    )
    assert result.exit_code == 1
    feed = folder / "feed.jsonl"
    assert skipped(result) == [
        f"skipped {feed}:1: 'text': Input should be a valid string",
        f"skipped {feed}:2: 'title': Input should be a valid string",
        f"skipped {feed}:3: 'published': Input should be a valid string",
        f"skipped {feed}:4: 'id': Input should be a valid string",
        f"skipped {feed}:5: a record must be a JSON object, not list",
    ]
    assert ingested(client) == {"good", "fine"}


def test_an_unparseable_published_date_is_reported(ingest_beside_good, client):
    dates = ("last Tuesday", "2020-13-45", "04/03/2020")
    folder, result = ingest_beside_good(
        {"feed.jsonl": jsonl(*({"id": date, "text": ARTICLE, "published": date} for date in dates))}
    )
    assert result.exit_code == 1
    assert skipped(result) == [
        f"skipped {folder / 'feed.jsonl'}:{n}: 'published': {date!r} is not an ISO 8601 date or datetime"
        for n, date in enumerate(dates, start=1)
    ]
    assert ingested(client) == {"good"}


def test_an_id_given_twice_in_one_run_keeps_the_first(ingest_beside_good, client):
    folder, result = ingest_beside_good(
        {
            "a.jsonl": jsonl({"id": "x", "text": "First."}, {"id": "x", "text": "Second."}),
            "b.json": json.dumps({"id": "x", "text": "Third."}),
        }
    )
    assert result.exit_code == 1
    first = f"{folder / 'a.jsonl'}:1"
    assert skipped(result) == [
        f"skipped {folder / 'a.jsonl'}:2: duplicate id 'x', first given at {first}",
        f"skipped {folder / 'b.json'}: duplicate id 'x', first given at {first}",
    ]
    assert ingested(client) == {"good", "x"}
    assert article_by_external_id(client, "x")["body"] == "First."


def _without_root_override(probe: Path) -> list[str]:
    """A command prefix under which file modes bind: as root, without the capabilities that
    bypass them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH); the test is skipped where that is impossible."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("as root, chmod 000 binds only without CAP_DAC_OVERRIDE, and setpriv is missing")
        drop = "-dac_override,-dac_read_search"
        prefix = [setpriv, f"--inh-caps={drop}", f"--bounding-set={drop}", "--"]
    if subprocess.run([*prefix, "cat", str(probe)], capture_output=True).returncode == 0:
        pytest.skip("no way here to make a file unreadable (capabilities cannot be dropped)")
    return prefix


def test_unreadable_files_and_folders_are_reported(inputs, db_url, client):
    folder = inputs({"secret.json": json.dumps({"id": "secret", "text": ARTICLE}), "locked/inside.json": "{}", **GOOD})
    (folder / "secret.json").chmod(0)
    (folder / "locked").chmod(0)
    try:
        command = [
            *_without_root_override(folder / "secret.json"),
            str(NEWSDESK),
            "ingest",
            str(folder),
            "--db",
            db_url,
        ]
        completed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    finally:
        (folder / "locked").chmod(0o755)
    assert completed.returncode == 1, completed.stderr
    assert [line for line in completed.stderr.splitlines() if line.startswith("skipped ")] == [
        f"skipped {folder / 'secret.json'}: cannot read file: Permission denied",
        f"skipped {folder / 'locked'}: cannot read folder: Permission denied",
    ]
    assert ingested(client) == {"good"}


def test_symbolic_link_loops_are_reported_not_followed(inputs, newsdesk, client):
    folder = inputs({"sub/story.json": json.dumps({"id": "story", "text": ARTICLE}), **GOOD})
    (folder / "sub" / "up").symlink_to("..")
    (folder / "self.json").symlink_to("self.json")
    result = newsdesk("ingest", folder)
    assert result.exit_code == 1
    assert skipped(result) == [
        f"skipped {folder / 'self.json'}: link loop (it leads back to itself)",
        f"skipped {folder / 'sub' / 'up'}: link to a folder, not followed (it could loop)",
    ]
    assert ingested(client) == {"good", "story"}


def test_a_missing_path_is_reported(newsdesk, inputs, client, tmp_path):
    folder = inputs(GOOD)
    result = newsdesk("ingest", tmp_path / "nowhere", folder)
    assert result.exit_code == 1
    assert skipped(result) == [f"skipped {tmp_path / 'nowhere'}: no such file or folder"]
    assert ingested(client) == {"good"}


def test_a_fifo_named_like_an_article_is_reported_not_read(newsdesk, inputs, client):
    folder = inputs(GOOD)
    os.mkfifo(folder / "pipe.jsonl")
    result = newsdesk("ingest", folder)
    assert result.exit_code == 1
    assert skipped(result) == [f"skipped {folder / 'pipe.jsonl'}: not a regular file"]
    assert ingested(client) == {"good"}


def test_a_utf16_file_is_refused_with_its_encoding_named(ingest_beside_good, client):
    folder, result = ingest_beside_good({"wide.txt": "Headline\n\nSome text.".encode("utf-16")})
    assert result.exit_code == 1
    assert skipped(result) == [f"skipped {folder / 'wide.txt'}: UTF-16 text; save it as UTF-8"]
    assert ingested(client) == {"good"}
