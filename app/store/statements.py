"""Statements composed once with SQLAlchemy Core and compiled once for each engine, run on its driver: the API's
reads (app/store/reader.py) and the ingest's writes (app/store/writes.py)."""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ClauseElement
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.compiler import SQLCompiler


class Form:
    """A statement as SQL for one engine's driver, with the values composed into it (weights, constants)."""

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        form = statement.compile(dialect=dialect)
        assert isinstance(form, SQLCompiler)
        self._compiled = form
        self.sql = form.string
        self.defaults = {name: value for name, value in form.params.items() if value is not None}
        # Whether a parameter is a list written out as a parameter a value (`bindparam(..., expanding=True)`).
        self.expands = bool(form.post_compile_params)

    def bound(self, params: Mapping[str, Any] | None) -> tuple[str, Mapping[str, Any]]:
        """The SQL and its parameters, with the values composed into it, each list's values written out."""
        values = {**self.defaults, **params} if params else self.defaults
        if not self.expands:
            return self.sql, values
        expanded = self._compiled.construct_expanded_state(values)
        return expanded.statement, expanded.parameters


class Statement:
    """A statement, compiled for an engine the first time it runs there."""

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        self._forms: dict[str, Form] = {}

    def form(self, engine: str) -> Form:
        if (found := self._forms.get(engine)) is None:
            # Imported here: the engine modules compile statements of their own as they are imported.
            from app.store import engines  # noqa: PLC0415

            # Each engine's dialect, parameters by name as its driver takes them (":name", "%(name)s").
            found = self._forms[engine] = Form(self.statement, engines.named(engine).DIALECT)
        return found


def compiled(statement: ClauseElement) -> Statement:
    """`statement` as the drivers run it; its parameters are named, and given when it is run."""
    return Statement(statement)
