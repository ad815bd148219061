"""The `newsdesk` command: ingest articles, serve the API."""

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
import uvicorn
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError

from app.extract.names import use_aliases
from app.ingest.files import Skipped, discover
from app.settings import Settings
from app.store import sqlite
from app.store.db import make_engine, migrate_to_head, redacted, require_head, shown, tidy_after_ingest

if TYPE_CHECKING:
    from app.ingest.extraction import Extract

cli = typer.Typer(
    help="Newsdesk: a REST API over a news corpus.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
# The exit status when the database stayed locked by another process for longer than SQLITE_BUSY_TIMEOUT_MS, or
# its server failed or went away during the command: run it again (1: input was skipped; 2: a usage error).
EXIT_BUSY = 3
DbOption = Annotated[
    str | None, typer.Option("--db", help="Database URL (default: $DATABASE_URL, else sqlite:///data/newsdesk.db).")
]


@cli.command()
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files (.txt, .json, .jsonl, .html, .htm, .warc, .warc.gz) or folders, walked recursively."
        ),
    ],
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Processes parsing and extracting articles (default: $INGEST_WORKERS, else 1)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Ingest articles; bad files or records are reported and skipped. Exit 1 if anything was skipped, 3 if the
    database stayed busy (another process writing) for longer than SQLITE_BUSY_TIMEOUT_MS or its server failed."""
    settings = Settings()  # read once, here, and passed down
    url = db or settings.database_url
    with _busy_database_reported(url, settings), _server_failure_reported(url):
        _ingest(
            paths, workers=workers or settings.ingest_workers, engine=_migrated_engine(url, settings), settings=settings
        )


def _ingest(paths: list[Path], *, workers: int, engine: Engine, settings: Settings) -> None:
    # Imported here, as they import spaCy: `serve` never extracts, and starts without it (1 s of CPU less).
    from app.ingest.pipeline import IngestRun

    errors = Console(stderr=True, highlight=False, soft_wrap=True)
    _check_aliases(settings.alias_file)
    inputs = list(discover(paths))
    files = sum(not isinstance(item, Skipped) for item in inputs)
    with (
        _extraction(settings.spacy_model, workers, settings.alias_file) as extract,
        Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=errors,
            disable=not errors.is_terminal,
            transient=True,
        ) as progress,
    ):
        run = IngestRun(
            engine=engine,
            extract=extract,
            max_file_bytes=settings.max_file_bytes,
            max_article_chars=settings.max_article_chars,
            batch_size=settings.ingest_batch_size,
            on_skip=lambda skipped: errors.print(f"skipped {skipped.where}: {skipped.reason}", markup=False),
            on_read_as=lambda where, encoding: errors.print(f"read {where} as {encoding}: not UTF-8", markup=False),
        )
        task = progress.add_task("files", total=files)
        report = run.ingest(inputs, on_file=lambda path: progress.advance(task))
    tidy_after_ingest(engine)
    typer.echo(f"{files} file{'' if files == 1 else 's'}: {report.summary()}")
    engine.dispose()
    raise typer.Exit(1 if report.skipped else 0)


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Server processes (default: $SERVE_WORKERS, else 1).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Serve the HTTP API (the database is first brought to the newest schema)."""
    from app.api.http_protocol import HeaderDeadlineProtocol  # the server's own; ingest needs none of it

    settings = Settings()  # read once, here; the server's processes read theirs from the environment
    url = db or settings.database_url
    _migrated_engine(url, settings).dispose()
    if settings.database_read_url:
        _check_read_url(settings.database_read_url, settings)
    # Worker processes build the app themselves from the environment, so the URL goes there.
    os.environ["DATABASE_URL"] = url
    uvicorn.run(
        "app.api.main:create_served_app",
        factory=True,
        host=host,
        port=port,
        workers=workers or settings.serve_workers,
        # A worker is restarted when it does not answer this soon; importing the app takes seconds on a busy host.
        timeout_worker_healthcheck=30,
        timeout_keep_alive=settings.keep_alive_seconds,
        access_log=settings.access_log,
        proxy_headers=True,
        http=HeaderDeadlineProtocol,  # httptools' parser, with a deadline on request headers
        loop="uvloop",
    )


def _check_aliases(alias_file: Path | None) -> None:
    try:
        use_aliases(alias_file)
    except (OSError, ValueError, KeyError, TypeError) as error:
        typer.echo(f"error: ALIAS_FILE {alias_file} is not a usable alias table: {error!r}", err=True)
        raise typer.Exit(2) from error


def _extraction(model: str, workers: int, alias_file: Path | None) -> AbstractContextManager["Extract"]:
    """Extraction in a thread of this process, or in `workers` processes; the model is loaded before any input is
    read."""
    from app.ingest.extraction import ExtractionPool  # spaCy: as in _ingest

    try:
        return ExtractionPool.started(model, workers, alias_file)
    except OSError as error:
        typer.echo(f"error: the spaCy model {model!r} (SPACY_MODEL) is not installed: {error}", err=True)
        raise typer.Exit(2) from error


@contextmanager
def _busy_database_reported(url: str, settings: Settings) -> Iterator[None]:
    """A database that another process kept locked past the busy timeout ends the command with one line and
    EXIT_BUSY; what was committed before stays (an ingest run again finds it unchanged)."""
    try:
        yield
    except OperationalError as error:
        if not sqlite.is_busy(error.orig):
            raise
        waited = f"SQLITE_BUSY_TIMEOUT_MS, {settings.sqlite_busy_timeout_ms:,} ms"
        typer.echo(
            f"error: the database at {shown(url)!r} is busy: another process kept it locked longer than the wait "
            f"allowed ({waited}); run the command again when it is done",
            err=True,
        )
        raise typer.Exit(EXIT_BUSY) from error


@contextmanager
def _server_failure_reported(url: str) -> Iterator[None]:
    """A database server that failed or went away during the command (restarted, killed, cut off, a deadlock it
    broke) ends it with one line and EXIT_BUSY; what was committed before stays, and the command run again goes on
    from there."""
    try:
        yield
    except OperationalError as error:
        if (server := _server_address(url)) is None:
            raise
        typer.echo(
            f"error: the database server at {server} failed: {_reason(error)}; what was committed stays: "
            "run the command again (once the server is back)",
            err=True,
        )
        raise typer.Exit(EXIT_BUSY) from error


def _migrated_engine(url: str, settings: Settings) -> Engine:
    """An engine on `url`, its database brought to the newest schema; a bad URL, or a database server that cannot
    be reached, is a usage error."""
    return _opened(url, settings, migrate_to_head, given_as="--db or DATABASE_URL")


def _check_read_url(url: str, settings: Settings) -> None:
    """The database the API is to read (DATABASE_READ_URL, a replica): reachable and at the newest schema, which
    a replica receives from its primary (never migrated here: it is read-only)."""
    _opened(url, settings, require_head, given_as="DATABASE_READ_URL").dispose()


def _opened(url: str, settings: Settings, prepare: Callable[[Engine], None], *, given_as: str) -> Engine:
    """An engine on `url`, `prepare`d; a bad URL, or a database server that cannot be reached, a usage error."""
    try:
        with _busy_database_reported(url, settings):
            engine = make_engine(url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
            prepare(engine)
    except OperationalError as error:
        if (server := _server_address(url)) is None:
            raise _unusable(url, error, given_as) from error
        # One line, as for the other usage errors found after the arguments were read (ALIAS_FILE, SPACY_MODEL).
        typer.echo(f"error: cannot use the database server at {server} ({given_as}): {_reason(error)}", err=True)
        raise typer.Exit(2) from error
    # ValueError: a URL SQLAlchemy cannot read a number from (a port that is not one), or an engine not supported.
    except (ArgumentError, NoSuchModuleError, ImportError, DatabaseError, OSError, ValueError) as error:
        raise _unusable(url, error, given_as) from error
    return engine


def _unusable(url: str, error: Exception, given_as: str) -> typer.BadParameter:
    return typer.BadParameter(f"cannot use the database at {shown(url)!r}: {_reason(error)}", param_hint=given_as)


def _server_address(url: str) -> str | None:
    """`host:port` of the database server `url` names (libpq's defaults where it names none); None for a file."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return None
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}"


def _reason(error: Exception) -> str:
    """The driver's own first line about `error` (libpq adds hints on the lines after), without any password."""
    lines = str(getattr(error, "orig", None) or error).strip().splitlines()
    return redacted(lines[0] if lines else type(error).__name__)


def main() -> None:
    cli()
