"""Where the API's reads run: SQLite's on the event loop, PostgreSQL's in reading threads of their own, so that
requests wait on the server together."""

import asyncio
import threading
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from app.api.main import create_app
from app.store.reader import Reader, Readers
from app.store.statements import compiled

ONE = compiled(text("SELECT 1"))


@pytest.fixture
def readers(db_url: str) -> Iterator[Callable[[int], Readers]]:
    """Readers of the test's database with a given number of reading threads, closed after the test."""
    made: list[Readers] = []

    def make(threads: int) -> Readers:
        made.append(Readers(db_url, busy_timeout_ms=1000, threads=threads))
        return made[-1]

    yield make
    for each in made:
        each.close()


def _thread_of(reader: Reader) -> int:
    reader.scalar(ONE)
    return threading.get_ident()


def _loop_and_read_threads(readers: Readers) -> tuple[int, int]:
    async def both() -> tuple[int, int]:
        return threading.get_ident(), await readers.read(_thread_of)

    return asyncio.run(both())


def _meeting(readers: Readers, reads: int) -> bool:
    """Whether `reads` reads started together all run at once: each waits until all have begun."""
    meeting = threading.Barrier(reads, timeout=3)

    def meet(reader: Reader) -> int:
        reader.scalar(ONE)
        return meeting.wait()

    async def together() -> None:
        await asyncio.gather(*(readers.read(meet) for _ in range(reads)))

    try:
        asyncio.run(together())
    except threading.BrokenBarrierError:
        return False
    return True


@pytest.mark.sqlite_only
def test_sqlite_reads_run_on_the_event_loops_thread(readers):
    loop_thread, read_thread = _loop_and_read_threads(readers(2))
    assert read_thread == loop_thread


@pytest.mark.postgresql_only
def test_postgresql_reads_run_off_the_event_loops_thread(readers):
    loop_thread, read_thread = _loop_and_read_threads(readers(2))
    assert read_thread != loop_thread


@pytest.mark.postgresql_only
def test_postgresql_reads_wait_on_the_server_together(readers):
    assert _meeting(readers(2), reads=2)


@pytest.mark.postgresql_only
def test_postgresql_reads_run_in_no_more_threads_than_set(readers):
    # A connection a thread: the threads bound the connections a server process opens. The third read waits
    # for a thread, so the three never meet (the control: with three threads they do).
    assert not _meeting(readers(2), reads=3)
    assert _meeting(readers(3), reads=3)


def test_an_app_reads_again_after_its_lifespan_has_ended_and_begun_again(ingest, db_url: str):
    assert ingest({"a.json": '{"id": "a", "text": "News."}'}).exit_code == 0
    app = create_app(database_url=db_url)
    for _ in range(2):
        with TestClient(app) as client:
            assert client.get("/health").json()["articles"] == 1
