"""Which engine module (app/store/sqlite.py, app/store/postgresql.py) speaks for a connection's database: the
store asks it for what differs between engines rather than branching on the engine's name."""

from types import ModuleType

from sqlalchemy import Connection

from app.store import postgresql, sqlite

_MODULES = {"sqlite": sqlite, "postgresql": postgresql}


def of(connection: Connection) -> ModuleType:
    return _MODULES[connection.dialect.name]


def named(engine: str) -> ModuleType:
    return _MODULES[engine]
