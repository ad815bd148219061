"""A light request beside a heavy one: newest articles while a search reads thousands of matches, on one server
process, both loaded at once (2 connections each, wrk, loopback).

    python -m bench.mixed --postgresql postgresql://postgres@127.0.0.1:5432/news_1m
    python -m bench.mixed --db /path/to/1m.db

`bench.api` loads one query at a time, so it cannot show what one request costs the others in flight: on a
process whose reads run on its event loop, every request waits behind the slow search in front of it. The
heavy query is the word in 0.5% of the articles, newest first (`bench.api` picks it the same way).
"""

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.api import Load, load, pick_parameters, pick_postgresql_parameters, serve_newsdesk

PORT = 8766


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    engine = parser.add_mutually_exclusive_group(required=True)
    engine.add_argument("--db", type=Path, help="a SQLite file")
    engine.add_argument("--postgresql", help="a PostgreSQL database URL")
    parser.add_argument("--duration", type=int, default=8, help="seconds of load")
    args = parser.parse_args()
    if args.postgresql:
        url, word = args.postgresql, pick_postgresql_parameters(args.postgresql)["uncommon"]
    else:
        url, word = f"sqlite:///{args.db.resolve()}", pick_parameters(args.db)["uncommon"]
    pair = argparse.Namespace(connections=2, duration=args.duration)
    with serve_newsdesk(url, PORT, workers=1) as base, ThreadPoolExecutor(2) as both:
        light = both.submit(load, f"{base}/articles?count=false", pair)
        heavy = both.submit(load, f"{base}/articles?q={word}&sort=-published&count=false", pair)
        report("newest articles", light.result())
        report(f"beside it: {word!r} (0.5% of articles), newest first", heavy.result())


def report(name: str, figures: Load) -> None:
    errors = f", {figures.errors} errors" if figures.errors else ""
    print(f"| {name} | {figures.p50_ms:.2f} / {figures.p99_ms:.2f}{errors} | {figures.rps:.0f} |", file=sys.stdout)


if __name__ == "__main__":
    main()
