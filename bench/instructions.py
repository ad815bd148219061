"""The API process's own work a request, counted in instructions: the same on a busy machine as on a quiet one.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.%p \\
        .venv/bin/python -m bench.instructions --db URL [--requests N]

Each typical request of `bench.api` (its parameters as it picks them on a `bench.fill --seed 0` fill) is sent N
times through the ASGI app in this process, without sockets, with callgrind counting only then; its count is
dumped under the request's name (`callgrind_annotate` reads a dump; its `totals:` line is the instructions for N
requests). The reading threads' work is counted with the event loop's. CPU time a request, the figure this stands
for, varies by 30% and more from one run to the next when other processes share the cores.
"""

import argparse
import os
import subprocess
from typing import Any
from urllib.parse import quote

import orjson
import uvloop

from app.api.main import create_app
from bench.api import DEEP_PAGE

REQUESTS = {
    "newest": "/articles?count=false",
    "source_and_dates": "/articles?source=The%20Inquirer%20Review&published_from=2023-01-01&published_to=2023-06-30"
    "&count=false",
    "said_by_relevance": "/articles?q=said&count=false",
    "institut_by_relevance": "/articles?q=institut&count=false",
    "rare_by_relevance": "/articles?q=bababi&count=false",
    "said_newest_first": "/articles?q=said&sort=-published&count=false",
    "bose_newest_first": "/articles?q=bose&sort=-published&count=false",
    "articles_naming_entity": "/articles?entity=26&count=false",
    "quotes_by_speaker": "/quotes?speaker=6&count=false",
    "timeline": "/timeline?count=false",
    "timeline_of_entity": "/timeline?entity=26&from=2023-01-01&to=2023-06-30&count=false",
    "entity_page": "/entities/26",
}


async def get(app: Any, url: str) -> bytes:
    """The body of the app's answer to GET `url`."""
    path, _, query = url.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1:8000")],
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8000),
    }
    body: list[bytes] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        body.append(message.get("body", b""))

    await app(scope, receive, send)
    return b"".join(body)


def callgrind(*args: str) -> None:
    subprocess.run(["callgrind_control", *args, str(os.getpid())], stdout=subprocess.DEVNULL, check=True)


async def count(db: str, requests: int) -> None:
    app = create_app(database_url=db)
    urls = dict(REQUESTS)
    deep = "/articles?count=false"
    for _ in range(DEEP_PAGE - 1):  # the next-page links followed, as a client reaches the page
        deep = f"/articles?count=false&cursor={_next_cursor(await get(app, deep))}"
    urls[f"page_{DEEP_PAGE}"] = deep
    for name, url in urls.items():
        for _ in range(5):  # statements prepared, caches filled
            await get(app, url)
        callgrind("--instr=on")
        for _ in range(requests):
            await get(app, url)
        callgrind("--instr=off")
        callgrind(f"--dump={name}")


def _next_cursor(body: bytes) -> str:
    return quote(orjson.loads(body)["next_cursor"], safe="")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of a bench.fill --seed 0 database")
    parser.add_argument("--requests", type=int, default=20, help="requests of each kind counted")
    args = parser.parse_args()
    uvloop.run(count(args.db, args.requests))  # the served app's loop


if __name__ == "__main__":
    main()
