"""The databases a test session hands its tests, on the engine it runs on (`pytest --engine=...`).

On either engine a migrated database is made once a session and copied for each test that needs one (a
file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL), which costs far less than running every
migration; so is each database an ingest made, for each test that seeds that input.
"""

import shutil
from functools import cached_property
from pathlib import Path
from typing import Protocol

from sqlalchemy.engine import make_url

from app.store.db import make_engine, migrate_to_head
from tests.postgres import TestServer


def migrate(url: str) -> None:
    engine = make_engine(url)
    migrate_to_head(engine)
    engine.dispose()  # on SQLite the last connection's close checkpoints the WAL into the file


class Databases(Protocol):
    def new(self, folder: Path) -> str:
        """The URL of a database of the test's own, migrated or made and migrated when first opened."""

    def copy(self, template: str, url: str) -> None:
        """Make the database at `url`, which nothing has opened yet, a copy of the one at `template`."""

    def opened(self, url: str) -> bool:
        """Whether anything has opened the database at `url` yet."""

    def migrated(self, url: str) -> None:
        """Bring the database at `url` to the newest schema (the quickest way the engine allows)."""

    def release(self, url: str) -> None:
        """Let the database at `url` go, once its test is over."""


class SqliteDatabases:
    """A file in the test's folder; nothing to release (the folder goes with the test's temporary files)."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    @cached_property
    def _migrated_template(self) -> Path:
        path = self._folder / "migrated.db"
        migrate(f"sqlite:///{path}")
        return path

    def new(self, folder: Path) -> str:
        return f"sqlite:///{folder / 'newsdesk.db'}"

    def copy(self, template: str, url: str) -> None:
        source, target = _path(template), _path(url)
        shutil.copyfile(source, target)
        # Whatever the template's last checkpoint left in the write-ahead log is part of the database.
        if (log := source.with_name(f"{source.name}-wal")).exists():
            shutil.copyfile(log, target.with_name(f"{target.name}-wal"))

    def opened(self, url: str) -> bool:
        return _path(url).exists()

    def migrated(self, url: str) -> None:
        if self.opened(url):
            migrate(url)
        else:
            shutil.copyfile(self._migrated_template, _path(url))

    def release(self, url: str) -> None:
        pass


class PostgresDatabases:
    """A database of the session's own on the server, made from a template and dropped when done with."""

    def __init__(self, server: TestServer) -> None:
        self._server = server

    @cached_property
    def _migrated_template(self) -> str:
        name = self._server.create()
        migrate(self._server.url_of(name))
        return name

    def new(self, folder: Path) -> str:
        return self._server.url_of(self._server.create(self._migrated_template))

    def copy(self, template: str, url: str) -> None:
        name = _name(url)
        self._server.drop(name)
        self._server.create(_name(template), name=name)

    def opened(self, url: str) -> bool:
        # The migrated copy `new` made has no connection until the test opens it.
        return bool(self._server.sessions(_name(url)))

    def migrated(self, url: str) -> None:
        migrate(url)  # a copy of a migrated database: a look at its revision

    def release(self, url: str) -> None:
        self._server.drop(_name(url))


def _path(url: str) -> Path:
    return Path(str(make_url(url).database))


def _name(url: str) -> str:
    return str(make_url(url).database)
