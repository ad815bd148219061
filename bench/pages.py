"""Reading throughput of saved HTML pages and web archives, the NLP left out: pages per second through
decoding, metadata, trafilatura and the skip rules, the work `newsdesk ingest` does before extraction.

    python -m bench.pages FOLDER [--repeat N]

Reads every `.html` file in FOLDER N times as saved pages, then writes them N times into one gzipped WARC
file (each after a request and beside an image, as a crawl holds them) and reads that through `read_records`,
archive streaming included; prints pages per second for each, and the peak memory of the process.
"""

import argparse
import io
import resource
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from app.ingest.files import Given, read_records

MAX_BYTES = 20_000_000
MAX_ARTICLE_CHARS = 200_000  # the setting's default, as MAX_BYTES is


def _saved(pages: list[Path], repeat: int) -> float:
    started, read = time.perf_counter(), 0
    for _ in range(repeat):
        for path in pages:
            read += sum(
                isinstance(item, Given)
                for item in read_records(path, max_bytes=MAX_BYTES, max_article_chars=MAX_ARTICLE_CHARS)
            )
    return read / (time.perf_counter() - started)


def _archive(pages: list[Path], repeat: int, out: Path) -> None:
    with out.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for round_ in range(repeat):
            for number, path in enumerate(pages):
                uri = f"https://news.example/{round_}/{number}"
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                payload = io.BytesIO(path.read_bytes())
                writer.write_record(writer.create_warc_record(uri, "response", payload=payload, http_headers=headers))
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                png = io.BytesIO(b"\x89PNG" + bytes(2000))
                record = writer.create_warc_record(uri + ".png", "response", payload=png, http_headers=image)
                writer.write_record(record)


def _archived(archive: Path) -> float:
    started = time.perf_counter()
    read = sum(
        isinstance(item, Given)
        for item in read_records(archive, max_bytes=MAX_BYTES, max_article_chars=MAX_ARTICLE_CHARS)
    )
    return read / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pages = sorted(args.folder.glob("*.html"))
    print(f"saved pages: {_saved(pages, args.repeat):.1f} pages/s ({len(pages) * args.repeat} pages)")
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "crawl.warc.gz"
        _archive(pages, args.repeat, archive)
        print(f"archive: {_archived(archive):.1f} pages/s ({archive.stat().st_size:,} bytes)")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
