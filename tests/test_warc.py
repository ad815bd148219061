"""Web archives: each HTML page a crawler fetched is an article under the address it was fetched from; records
with no page (other media, redirects, error responses) are counted; a damaged archive keeps what came before."""

import io
from collections.abc import Iterator
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from app.ingest.first_given import FirstGiven
from app.ingest.pipeline import IngestRun
from app.ingest.warc import ArchivedPage, Damaged, PassedOver, archived_pages
from app.store.db import make_engine, migrate_to_head
from tests.conftest import article_by_external_id

STORY = (
    "<html><head><title>{title}</title><meta name='author' content='Edda Roskel'></head><body><article>"
    "<h1>{title}</h1><p>By Edda Roskel</p>"
    "<p>The county library reopened its reading room on Monday after a winter of roof repairs and new shelving.</p>"
    "<p>Volunteers carried back nine thousand books in two days, the head librarian said, and more had offered.</p>"
    "</article></body></html>"
)


def archive(*responses: tuple[str, str, str, bytes], gzip: bool = True, crawled: str = "2031-05-02T10:00:00Z") -> bytes:
    """A WARC file of (target URI, HTTP status line, content type, payload) responses, each after its request."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for uri, status, content_type, payload in responses:
        asked = StatusAndHeaders(f"GET {uri} HTTP/1.1", [], is_http_request=True)
        request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=asked)
        writer.write_record(request)
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(payload), http_headers=headers, warc_headers_dict={"WARC-Date": crawled}
        )
        writer.write_record(record)
    return out.getvalue()


def story(uri: str, title: str = "Library reopens its reading room") -> tuple[str, str, str, bytes]:
    return (uri, "200 OK", "text/html; charset=utf-8", STORY.format(title=title).encode())


def read_all(data: bytes) -> list[ArchivedPage | PassedOver | Damaged]:
    return list(archived_pages(io.BytesIO(data), max_bytes=10**6))


def test_each_html_response_is_a_page_under_its_address():
    found = read_all(archive(story("https://library.example/a"), story("https://library.example/b")))
    assert [(page.number, page.uri) for page in found if isinstance(page, ArchivedPage)] == [
        (1, "https://library.example/a"),
        (2, "https://library.example/b"),
    ]


def test_an_uncompressed_archive_is_read_as_a_compressed_one():
    assert read_all(archive(story("https://library.example/a"), gzip=False)) == read_all(
        archive(story("https://library.example/a"))
    )


def test_other_media_redirects_and_errors_are_passed_over_by_kind():
    found = read_all(
        archive(
            ("https://library.example/logo.png", "200 OK", "image/png", b"\x89PNG"),
            ("https://library.example/old", "301 Moved Permanently", "text/html", b""),
            ("https://library.example/gone", "404 Not Found", "text/html", b"<html>Not found</html>"),
            story("https://library.example/a"),
        )
    )
    assert found[:3] == [PassedOver.NOT_HTML, PassedOver.REDIRECT, PassedOver.ERROR]
    assert isinstance(found[3], ArchivedPage)


def test_a_truncated_archive_keeps_the_records_before_the_damage_and_says_where_it_stopped():
    whole = archive(story("https://library.example/a"), story("https://library.example/b"))
    found = read_all(whole[: len(whole) - 200])
    assert [page.uri for page in found if isinstance(page, ArchivedPage)] == ["https://library.example/a"]
    assert isinstance(found[-1], Damaged)
    assert found[-1].reason.endswith("the 1 records before it were read")


def test_an_archive_cut_inside_a_records_headers_is_reported_as_damaged():
    whole = archive(story("https://library.example/a"), story("https://library.example/b"))
    found = read_all(whole[: len(whole) - 600])
    assert [page.uri for page in found if isinstance(page, ArchivedPage)] == ["https://library.example/a"]
    assert isinstance(found[-1], Damaged)


def test_an_archive_is_ingested_page_by_page_with_the_skips_counted(ingest, inputs, client):
    data = archive(
        story("https://library.example/a"),
        ("https://library.example/logo.png", "200 OK", "image/png", b"\x89PNG"),
        ("https://library.example/old", "302 Found", "text/html", b""),
        ("https://library.example/gone", "404 Not Found", "text/html", b"<html>Not found</html>"),
        story("https://library.example/b", title="Library adds Sunday hours"),
    )
    result = ingest({"crawl.warc.gz": data})
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == (
        "1 file: 2 new, 0 unchanged, 0 replaced, 0 skipped; "
        "archive records passed over: 1 not HTML, 1 redirect, 1 error response"
    )
    article = article_by_external_id(client, "https://library.example/b")
    assert (article["url"], article["title"], article["author"]) == (
        "https://library.example/b",
        "Library adds Sunday hours",
        "Edda Roskel",
    )
    # The crawl date is when the page was fetched, not when the story was published.
    assert article["published"] is None


def test_a_truncated_archive_is_ingested_up_to_the_damage_which_is_reported(ingest, inputs, client):
    whole = archive(story("https://library.example/a"), story("https://library.example/b"))
    result = ingest({"crawl.warc.gz": whole[: len(whole) - 200]})
    assert result.exit_code == 1
    assert result.stdout.strip() == "1 file: 1 new, 0 unchanged, 0 replaced, 1 skipped"
    (line,) = result.stderr.splitlines()[-1:]
    assert line.startswith(f"skipped {inputs({}) / 'crawl.warc.gz'}: archive unreadable from byte ")
    assert article_by_external_id(client, "https://library.example/a")["title"] == "Library reopens its reading room"


def front(uri: str) -> tuple[str, str, str, bytes]:
    """A home or section page: links to stories, no story of its own."""
    links = "".join(f"<li><a href='/s{i}'>Story number {i}</a></li>" for i in range(20))
    return (uri, "200 OK", "text/html", f"<html><body><ul>{links}</ul></body></html>".encode())


def test_an_archived_page_with_no_story_is_skipped_by_its_address(ingest, inputs):
    result = ingest(
        {"crawl.warc": archive(front("https://library.example/"), story("https://library.example/a"), gzip=False)}
    )
    assert result.stdout.strip() == "1 file: 1 new, 0 unchanged, 0 replaced, 1 skipped"
    where = f"{inputs({}) / 'crawl.warc'}#1 <https://library.example/>"
    assert result.stderr.splitlines() == [f"skipped {where}: no article text found on the page"]


def test_the_first_place_of_each_id_is_kept_on_disk_for_the_run_only():
    with FirstGiven() as given:
        folder = Path(given._folder.name)
        assert given.first("https://library.example/a", "crawl.warc#1") == "crawl.warc#1"
        assert given.first("https://library.example/b", "crawl.warc#2") == "crawl.warc#2"
        assert given.first("https://library.example/a", "crawl.warc#3") == "crawl.warc#1"
        assert folder.exists()
    assert not folder.exists()


def test_ids_past_what_the_page_cache_holds_are_kept_in_the_file():
    # 60,000 addresses of some 60 bytes outgrow SQLite's default 2 MB page cache: the open transaction spills.
    with FirstGiven() as given:
        for n in range(60_000):
            assert given.first(f"https://library.example/stories/{n:08d}", f"crawl.warc#{n}") == f"crawl.warc#{n}"
        assert given.first("https://library.example/stories/00000007", "crawl.warc#60000") == "crawl.warc#7"
        assert Path(given._folder.name, "ids.db").stat().st_size > 2_000_000


def test_a_file_that_is_no_web_archive_is_refused_whole(ingest, inputs):
    result = ingest({"notes.warc": "hello, these are my notes on the crawl\n", "empty.warc.gz": b""})
    assert result.stdout.strip() == "2 files: 0 new, 0 unchanged, 0 replaced, 2 skipped"
    assert result.stderr.splitlines() == [
        f"skipped {inputs({}) / 'empty.warc.gz'}: empty file",
        f"skipped {inputs({}) / 'notes.warc'}: archive unreadable from its start on (not a WARC record); "
        "the 0 records before it were read",
    ]


def test_an_archived_page_over_the_size_limit_is_skipped_and_the_archive_read_on(ingest, inputs, monkeypatch):
    monkeypatch.setenv("MAX_FILE_BYTES", "600")
    big = ("https://library.example/big", "200 OK", "text/html", STORY.format(title="Big").encode() + b" " * 600)
    result = ingest({"crawl.warc": archive(big, story("https://library.example/a"), gzip=False)})
    assert result.stdout.strip() == "1 file: 1 new, 0 unchanged, 0 replaced, 1 skipped"
    where = f"{inputs({}) / 'crawl.warc'}#1 <https://library.example/big>"
    assert result.stderr.splitlines() == [f"skipped {where}: page is over the limit of 600 bytes (MAX_FILE_BYTES)"]


def test_pages_with_no_story_are_reported_while_the_archive_is_read_not_held_to_its_end(db_url, tmp_path):
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(archive(*(front(f"https://library.example/events/{n}") for n in range(6))))
    finished: list[Path] = []
    reported_before_the_end: list[bool] = []

    def inputs() -> Iterator[Path]:
        yield crawl
        finished.append(crawl)

    engine = make_engine(db_url)
    migrate_to_head(engine)
    run = IngestRun(
        engine=engine,
        max_file_bytes=10**6,
        max_article_chars=10**5,
        batch_size=2,
        extract=lambda batches: ([] for _ in batches),
        on_skip=lambda skipped: reported_before_the_end.append(not finished),
    )
    assert run.ingest(inputs()).skipped == 6
    engine.dispose()
    # Held to the end, a crawl's skipped pages would take memory in proportion to its size.
    assert reported_before_the_end == [True] * 6
