"""Where the API's reads run: SQLite's on the event loop, PostgreSQL's in reading threads of their own, so that
requests wait on the server together."""

import asyncio
import threading

import pytest
from sqlalchemy import text

from app.store.reader import Reader, Readers, compiled

ONE = compiled(text("SELECT 1"))


def _readers(db_url: str, threads: int) -> Readers:
    return Readers(db_url, busy_timeout_ms=1000, threads=threads)


def _thread_of(reader: Reader) -> int:
    reader.scalar(ONE)
    return threading.get_ident()


@pytest.mark.sqlite_only
def test_sqlite_reads_run_on_the_event_loops_thread(db_url: str):
    readers = _readers(db_url, threads=2)

    async def both() -> tuple[int, int]:
        return threading.get_ident(), await readers.read(_thread_of)

    loop_thread, read_thread = asyncio.run(both())
    readers.close()
    assert read_thread == loop_thread


@pytest.mark.postgresql_only
def test_postgresql_reads_run_off_the_event_loops_thread(db_url: str):
    readers = _readers(db_url, threads=2)

    async def both() -> tuple[int, int]:
        return threading.get_ident(), await readers.read(_thread_of)

    loop_thread, read_thread = asyncio.run(both())
    readers.close()
    assert read_thread != loop_thread


@pytest.mark.postgresql_only
def test_postgresql_reads_wait_on_the_server_together(db_url: str):
    # Each read waits for the other to have begun: read one after the other, the first would wait in vain.
    meeting = threading.Barrier(2, timeout=10)

    def meet(reader: Reader) -> int:
        reader.scalar(ONE)
        return meeting.wait()

    readers = _readers(db_url, threads=2)

    async def together() -> list[int]:
        return list(await asyncio.gather(readers.read(meet), readers.read(meet)))

    arrivals = asyncio.run(together())
    readers.close()
    assert sorted(arrivals) == [0, 1]


@pytest.mark.postgresql_only
def test_postgresql_reads_run_in_no_more_threads_than_set(db_url: str):
    # A connection a thread: the threads bound the connections a server process opens.
    readers = _readers(db_url, threads=2)

    async def many() -> set[int]:
        return set(await asyncio.gather(*(readers.read(_thread_of) for _ in range(20))))

    threads = asyncio.run(many())
    readers.close()
    assert 1 <= len(threads) <= 2
