"""Throwaway PostgreSQL servers for tests that stop, kill or restart one (scripts/pgcluster.sh makes them)."""

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from tests.conftest import free_port

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "pgcluster.sh"
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


@dataclass(frozen=True)
class Cluster:
    """A server of our own on 127.0.0.1: `port`, its data in `folder`."""

    folder: Path
    port: int

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new, empty database on this server: its URL."""
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def start(self) -> None:
        _pgcluster("start", self.folder)

    def stop(self, mode: str = "fast") -> None:
        _pgcluster("stop", self.folder, mode)

    def kill(self) -> None:
        """SIGKILL to the server and each of its processes, as when its machine fails."""
        _pgcluster("kill", self.folder)


@contextmanager
def throwaway_cluster() -> Iterator[Cluster]:
    """A new server, started; stopped and removed afterwards, whatever happened. Skips the test where the
    server binaries (PG_BIN) or, as root, the `postgres` user to run them are missing."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"no PostgreSQL server binaries in {PG_BIN} (set PG_BIN)")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("runuser is needed to run PostgreSQL as the user postgres")
    # Not pytest's tmp_path: the server's user must be able to reach its folder.
    parent = Path(tempfile.mkdtemp(prefix="newsdesk-pg."))
    parent.chmod(0o755)
    cluster = Cluster(parent / "data", free_port())
    try:
        _pgcluster("init", cluster.folder, str(cluster.port))
        yield cluster
    finally:
        _pgcluster("destroy", cluster.folder)
        shutil.rmtree(parent, ignore_errors=True)


def _pgcluster(*args: str | Path) -> None:
    # Bounded: every wait inside the script is (PGCLUSTER_WAIT_SECONDS, 60 s).
    subprocess.run(["bash", str(SCRIPT), *map(str, args)], check=True, timeout=180)
