"""The PostgreSQL server the suite runs on under `--engine=postgresql`: its URL, whether it answers, and the
databases a session makes on it (each dropped when done).

`python -m tests.postgres` exits 0 when the server answers and 1 (saying why) when it does not: `make test`
asks it before running the suite on PostgreSQL.
"""

import os
import secrets
import sys
import time

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
# How long the probe waits for the server: a local one answers in milliseconds; one that takes longer than
# this is taken for absent rather than stalling `make test`.
PROBE_SECONDS = 3


def server_url() -> URL:
    """TEST_POSTGRES_URL (any database of the server: the suite connects to it only to make and drop its
    own), with psycopg 3 as the driver whichever the URL names."""
    return make_url(os.environ.get("TEST_POSTGRES_URL") or DEFAULT_URL).set(drivername="postgresql+psycopg")


def shown(url: URL) -> str:
    """The URL as a message may show it: without its password."""
    return url.render_as_string(hide_password=True)


def unanswered(url: URL) -> str | None:
    """Why the server at `url` does not answer, or None when it does."""
    engine = create_engine(url, connect_args={"connect_timeout": PROBE_SECONDS})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return None
    except OperationalError as error:
        return str(error.orig).strip().splitlines()[0]
    finally:
        engine.dispose()


class TestServer:
    """Databases made on the server for one test session, named `newsdesk_test_<session>_<n>` so that sessions
    running at once (several checkouts, several agents) never meet."""

    __test__ = False  # not a test class, whatever its name

    def __init__(self, url: URL) -> None:
        self.url = url
        # CREATE and DROP DATABASE refuse to run inside a transaction.
        self._admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self._prefix = f"newsdesk_test_{secrets.token_hex(4)}"
        self._made: list[str] = []
        self.creation_seconds: list[float] = []

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = None, *, name: str | None = None, options: str = "") -> str:
        """A new database (a copy of `template` when given, made with CREATE DATABASE's `options`) and its name
        (`name`, or a new one)."""
        if name is None:
            name = f"{self._prefix}_{len(self._made)}"
            self._made.append(name)
        with self._admin.connect() as connection:
            if template:
                # A template must have no other connection while it is copied: close those a finished ingest
                # or server may have left idle in a pool.
                connection.execute(
                    text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"),
                    {"name": template},
                )
            start = time.perf_counter()
            made_from = f' TEMPLATE "{template}"' if template else ""
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"{made_from} {options}')
            self.creation_seconds.append(time.perf_counter() - start)
        return name

    def sessions(self, name: str) -> int:
        """How many connections the database `name` has."""
        with self._admin.connect() as connection:
            query = text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name")
            return int(connection.execute(query, {"name": name}).scalar_one())

    def drop(self, name: str) -> None:
        with self._admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_all(self) -> None:
        """Drop every database this session made (the newest first: a template outlives its copies)."""
        for name in reversed(self._made):
            self.drop(name)
        self._admin.dispose()


def main() -> int:
    url = server_url()
    if reason := unanswered(url):
        print(f"PostgreSQL at {shown(url)} does not answer: {reason}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
