"""What the timeline's `from` costs as built, and as it would with its index scan reaching a decade back.

    python -m bench.timeline_from --db sqlite:////path/to/f.db
    python -m bench.timeline_from --db postgresql://postgres@127.0.0.1:5432/news

A period overlapping `from` may begin up to LONGEST_PERIOD before it, so the index of first days is read
from there on. As built, that is a year, and the decade holding `from`, the one longer period, is read
apart by its first day (app/store/timeline.py); the alternative, a LONGEST_PERIOD of a decade, reads ten
years back instead (its decade then within reach, the separate read finds nothing). Asks the app in
process (no HTTP server) for the first page of a timeline from a day, with `to` and without, of one
entity and of every event, each way in turn, and prints the median of 200 requests after 20 warming
ones. The entity and the range are picked as `bench.api` picks them: an entity in about 10% of the
articles, the first half of the year before the newest article's.
"""

import argparse
import statistics
import time
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

import app.store.timeline
from app.api.main import create_app
from bench.api import _ENTITY

REACHES = {"as built": timedelta(days=365), "a decade back": timedelta(days=3652)}
REQUESTS, WARMING = 200, 20


def parameters(url: str) -> tuple[str, str, str]:
    """The entity, `from` and `to` of the requests."""
    with create_engine(url).connect() as connection:
        articles = connection.execute(text("select count(*) from articles")).scalar_one()
        entity = connection.execute(text(_ENTITY.replace("?", ":n")), {"n": articles // 10}).scalar_one()
        newest = connection.execute(text("select max(published) from articles")).scalar_one()
    year = int(str(newest)[:4]) - 1
    return str(entity), f"{year}-01-01", f"{year}-06-30"


def median_ms(client: TestClient, path: str) -> float:
    for _ in range(WARMING):
        client.get(path)
    times = []
    for _ in range(REQUESTS):
        started = time.perf_counter()
        assert client.get(path).status_code == 200
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="the database URL")
    url = parser.parse_args().db
    entity, start, end = parameters(url)
    paths = {
        "one entity, from and to": f"/timeline?entity={entity}&from={start}&to={end}&count=false",
        "one entity, from": f"/timeline?entity={entity}&from={start}&count=false",
        "every event, from and to": f"/timeline?from={start}&to={end}&count=false",
    }
    print(f"entity {entity}, from {start} to {end}; median ms of {REQUESTS} requests")
    with TestClient(create_app(database_url=url)) as client:
        for name, path in paths.items():
            figures = []
            for reach in REACHES.values():
                app.store.timeline.LONGEST_PERIOD = reach
                figures.append(f"{median_ms(client, path):.2f}")
            print(f"{name}: " + ", ".join(f"{label} {ms}" for label, ms in zip(REACHES, figures, strict=True)))


if __name__ == "__main__":
    main()
