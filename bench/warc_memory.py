"""Peak memory of reading web archives as they grow: a crawl-shaped `.warc.gz` of synthetic news pages, read
through ingest's reader alone (`read_records`: warcio, decoding, metadata, trafilatura, the skip rules), and
ingested whole (`newsdesk ingest`, the NLP and the writes included) into a throwaway SQLite database.

    python -m bench.warc_memory read 10000 100000 1000000     # archives of that many records
    python -m bench.warc_memory ingest 1000 5000              # archives of that many article pages

The archive is shaped as a crawler writes one (Heritrix, wget --warc-file): for each page fetched, a request,
the response and a metadata record (its outlinks); beside the pages, images, redirects and missing pages,
each with its request; one page in ten a section front (headlines linking to stories, no article of its own,
which ingest skips). The articles are `bench.corpus`'s (generated text). Each measurement is a fresh process,
its memory sampled as `bench.ingest` does (`anon`: the process's own memory; `total` adds mapped files and
shared libraries); wall time includes starting Python and its imports (and, for ingest, loading the model).
"""

import argparse
import html
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from app.ingest.files import Given, read_records
from bench.corpus import Corpus, GeneratedArticle
from bench.ingest import ingest_command, load_average, measure, memory_kb
from bench.pages import MAX_ARTICLE_CHARS, MAX_BYTES

# How often a crawl meets each kind of fetch beside a page: the mix of a news site's crawl, where about one
# record in four is an article's page (a page's request, response and metadata, plus these with requests).
_IMAGE_SHARE = 0.5
_REDIRECT_SHARE = 0.1
_MISSING_SHARE = 0.05
_FRONT_SHARE = 0.1
_IMAGE_BYTES = 4_000  # a thumbnail
# `newsdesk ingest` exits 1 when it skipped anything, as it does here for the section fronts.
_SKIPPED_EXIT = 1
# The reader's own memory is looked at every so many records (a look costs a read of /proc).
_SAMPLE_EVERY = 1000


@dataclass(frozen=True)
class _Fetch:
    """One response the crawler received, written after its request."""

    uri: str
    status: str
    headers: list[tuple[str, str]]
    payload: bytes


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["read", "ingest"])
    parser.add_argument("sizes", nargs="+", type=int, help="records (read) or article pages (ingest)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--read-archive", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.read_archive:
        _read_marks(args.read_archive, args.sizes)
        return
    print(f"{os.cpu_count()} cores; load average {load_average()} at the start", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-warc-") as folder:
        archive = Path(folder) / "crawl.warc.gz"
        if args.mode == "read":
            _read(archive, Corpus(args.seed), sorted(args.sizes))
        else:
            _ingest(archive, Corpus(args.seed), args.sizes)
    print(f"load average {load_average()} at the end")


def _read(archive: Path, corpus: Corpus, sizes: list[int]) -> None:
    """One archive of the largest size, read once through ingest's reader in a fresh process, which tells its
    peak memory as it passes each size: a peak at a size is what an archive of that size would reach."""
    started = time.perf_counter()
    kinds, marks = _write(archive, corpus, records=sizes[-1], marks=sizes)
    print(f"{_shape(archive, kinds)}, written in {time.perf_counter() - started:,.0f} s", flush=True)
    print("| records | article pages | s | pages/s since the last row | peak resident MB | peak anon MB | anon MB |")
    print("|---|---|---|---|---|---|---|")
    command = [sys.executable, "-m", "bench.warc_memory", "read", *map(str, marks), "--read-archive", str(archive)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        last = (0, 0.0)
        for size, line in zip(sizes, child.stdout, strict=True):
            mark = orjson.loads(line)
            rate = (mark["pages"] - last[0]) / (mark["seconds"] - last[1])
            last = (mark["pages"], mark["seconds"])
            print(
                f"| {size:,} | {mark['pages']:,} | {mark['seconds']:,.0f} | {rate:.0f} | "
                f"{mark['resident_mb']:.0f} | {mark['anon_mb']:.0f} | {mark['anon_now_mb']:.0f} |",
                flush=True,
            )


def _read_marks(archive: Path, marks: list[int]) -> None:
    """The child of `read`: every record through ingest's reader; at each of `marks` (fetched records, each of
    which `read_records` gives as one item) a line of JSON with the pages read, the time and the peaks so far."""
    started, pages, anon_kb = time.perf_counter(), 0, 0
    items = read_records(archive, max_bytes=MAX_BYTES, max_article_chars=MAX_ARTICLE_CHARS)
    todo = iter(marks)
    mark = next(todo)
    for fetched, item in enumerate(items, start=1):
        pages += isinstance(item, Given)
        if fetched % _SAMPLE_EVERY == 0 or fetched == mark:
            now = memory_kb(os.getpid())
            anon_kb = max(anon_kb, now["RssAnon"])
        if fetched == mark:
            seconds = time.perf_counter() - started
            line = {
                "pages": pages,
                "seconds": seconds,
                "resident_mb": now["VmHWM"] / 1024,
                "anon_mb": anon_kb / 1024,
                "anon_now_mb": now["RssAnon"] / 1024,
            }
            print(orjson.dumps(line).decode(), flush=True)
            mark = next(todo, 0)


def _ingest(archive: Path, corpus: Corpus, sizes: list[int]) -> None:
    """`newsdesk ingest` of an archive of each size, in a fresh process on a fresh database."""
    print("| article pages | archive | wall s | pages/s | peak anon / total MB |")
    print("|---|---|---|---|---|")
    for size in sizes:
        kinds, _ = _write(archive, corpus, pages=size)
        db = archive.with_name(f"ingest-{size}.db")
        run = measure([ingest_command(archive, f"sqlite:///{db}", 1)], exit_codes=(0, _SKIPPED_EXIT))
        print(
            f"| {size:,} | {_shape(archive, kinds)} | {run.wall:,.0f} | {size / run.wall:.1f} | "
            f"{run.anon_mb:.0f} / {run.total_mb:.0f} |",
            flush=True,
        )
        db.unlink()


def _shape(archive: Path, kinds: Counter[str]) -> str:
    return f"{archive.stat().st_size / 1e6:,.0f} MB: " + ", ".join(f"{count:,} {kind}" for kind, count in kinds.items())


def _write(
    archive: Path, corpus: Corpus, *, records: int = 0, pages: int = 0, marks: Sequence[int] = ()
) -> tuple[Counter[str], list[int]]:
    """A crawl of whole visits until it holds `records` records or `pages` article pages: what it holds, and how
    many fetched records (responses) it held when it passed each of `marks` records."""
    kinds: Counter[str] = Counter()
    fetched: list[int] = []
    with archive.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record(archive.name, {"software": "bench.warc_memory"}))
        kinds["records"] += 1
        for visit in range(sys.maxsize):
            while len(fetched) < len(marks) and kinds["records"] >= marks[len(fetched)]:
                fetched.append(kinds.total() - kinds["records"])
            if (records and kinds["records"] >= records) or (pages and kinds["article pages"] >= pages):
                break
            for kind, fetch, outlinks in _visit(corpus, visit):
                kinds["records"] += _write_fetch(writer, fetch, outlinks)
                kinds[kind] += 1
    return kinds, fetched


def _visit(corpus: Corpus, number: int) -> Iterator[tuple[str, _Fetch, list[str] | None]]:
    """What the crawler fetched on one visit: the page (with its outlinks), then what came beside it."""
    rng = random.Random(f"visit/{number}")
    article = corpus.article(number)
    url = article.record["url"]
    site = url.rsplit("/", 3)[0]
    html_type = [("Content-Type", "text/html; charset=utf-8")]
    if rng.random() < _FRONT_SHARE:
        front = _front(site, article)
        yield "section fronts", _Fetch(f"{site}/news/{number}", "200 OK", html_type, front), [url]
    else:
        yield "article pages", _Fetch(url, "200 OK", html_type, _page(article)), [f"{site}/", f"{url}.jpg"]
    if rng.random() < _IMAGE_SHARE:
        yield "images", _Fetch(f"{url}.jpg", "200 OK", [("Content-Type", "image/jpeg")], _image(rng)), None
    if rng.random() < _REDIRECT_SHARE:
        moved = [("Location", url), ("Content-Type", "text/html")]
        yield "redirects", _Fetch(f"{url}?ref=home", "301 Moved Permanently", moved, b""), None
    if rng.random() < _MISSING_SHARE:
        missing = b"<html><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>"
        yield "404s", _Fetch(f"{url}-old", "404 Not Found", html_type, missing), None


def _write_fetch(writer: WARCWriter, fetch: _Fetch, outlinks: list[str] | None) -> int:
    """Writes the request and the response, and the page's metadata record; how many records that made."""
    asked = StatusAndHeaders(f"GET {fetch.uri} HTTP/1.1", [("User-Agent", "bench")], is_http_request=True)
    writer.write_record(writer.create_warc_record(fetch.uri, "request", payload=io.BytesIO(), http_headers=asked))
    answered = StatusAndHeaders(fetch.status, fetch.headers, protocol="HTTP/1.1")
    payload = io.BytesIO(fetch.payload)
    writer.write_record(writer.create_warc_record(fetch.uri, "response", payload=payload, http_headers=answered))
    if outlinks is None:
        return 2
    fields = "".join(f"outlink: {link} L a/@href\r\n" for link in outlinks) + "fetchTimeMs: 180\r\n"
    metadata = writer.create_warc_record(
        fetch.uri, "metadata", payload=io.BytesIO(fields.encode()), warc_content_type="application/warc-fields"
    )
    writer.write_record(metadata)
    return 3


def _page(article: GeneratedArticle) -> bytes:
    """The article as a news site serves it: metadata in the head, the story in <article>, site furniture."""
    record = {name: html.escape(value) for name, value in article.record.items()}
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in record["text"].split("\n\n"))
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{record['title']} | {record['source']}"
        f"</title><meta property='og:title' content='{record['title']}'>"
        f"<meta property='og:site_name' content='{record['source']}'><meta name='author' content='{record['author']}'>"
        f"<link rel='canonical' href='{record['url']}'></head><body><header><a href='/'>{record['source']}</a><nav>"
        "<a href='/news'>News</a> <a href='/sport'>Sport</a> <a href='/opinion'>Opinion</a></nav></header><article>"
        f"<h1>{record['title']}</h1><p>By {record['author']}</p><time datetime='{record['published']}'>"
        f"{record['published']}</time>{paragraphs}</article><footer>{record['source']}. All rights reserved."
        "</footer></body></html>"
    ).encode()


def _front(site: str, article: GeneratedArticle) -> bytes:
    """A section's front page: headlines linking to stories, no article of its own."""
    title = html.escape(article.record["title"])
    links = "".join(f"<li><a href='{site}/story-{n}'>{title}, part {n}</a></li>" for n in range(12))
    return f"<html><head><title>News</title></head><body><h1>News</h1><ul>{links}</ul></body></html>".encode()


def _image(rng: random.Random) -> bytes:
    # Random bytes, as compressed image data is: gzip cannot shrink them.
    return b"\xff\xd8\xff\xe0" + rng.randbytes(_IMAGE_BYTES)


if __name__ == "__main__":
    main()
