"""`newsdesk serve` closes a connection whose request headers are not complete in HEADER_TIMEOUT_SECONDS."""

import socket
import time
from collections.abc import Iterator

import pytest
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.api.http_protocol import check_protocol
from tests.conftest import served
from tests.databases import Databases

DEADLINE = 0.25  # HEADER_TIMEOUT_SECONDS of these servers: small, for a fast test (each test waits it out)
# What a loaded test machine may add to it before the close is seen.
SLACK = 2.0
REQUEST = b"GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"


@pytest.fixture(scope="module", params=[(), ("--workers", "2")], ids=["one process", "two workers"])
def server(
    request: pytest.FixtureRequest, databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, int]]:
    """(host, port) of `newsdesk serve` with the small deadline, in one process or as workers."""
    url = databases.new(tmp_path_factory.mktemp("deadline"))
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("HEADER_TIMEOUT_SECONDS", str(DEADLINE))
        with served(url, *request.param) as base:
            host, port = base.removeprefix("http://").split(":")
            yield host, int(port)


def seconds_until_closed(connection: socket.socket) -> float:
    """How long until the server closes `connection` (what it sends before is read and dropped)."""
    start = time.monotonic()
    connection.settimeout(DEADLINE + SLACK)
    while connection.recv(4096):
        pass
    return time.monotonic() - start


def test_a_connection_with_partial_headers_is_closed_at_the_deadline(server):
    with socket.create_connection(server) as connection:
        connection.sendall(REQUEST[:20])
        assert seconds_until_closed(connection) < DEADLINE + SLACK


def test_a_connection_that_sends_nothing_is_closed_at_the_deadline(server):
    with socket.create_connection(server) as connection:
        assert seconds_until_closed(connection) < DEADLINE + SLACK


def test_headers_trickling_in_do_not_put_the_deadline_off(server):
    with socket.create_connection(server) as connection:
        start = time.monotonic()
        with pytest.raises(OSError):  # the server closes it while bytes are still being sent
            for byte in REQUEST[:-2]:
                connection.sendall(bytes([byte]))
                time.sleep(DEADLINE / 5)
        assert time.monotonic() - start < DEADLINE + SLACK


def test_the_next_request_on_a_kept_alive_connection_has_the_deadline_too(server):
    with socket.create_connection(server) as connection:
        connection.sendall(REQUEST)
        assert connection.recv(4096).startswith(b"HTTP/1.1 200")
        connection.sendall(REQUEST[:20])
        assert seconds_until_closed(connection) < DEADLINE + SLACK


def test_headers_completed_within_the_deadline_are_answered(server):
    with socket.create_connection(server) as connection:
        connection.settimeout(DEADLINE + SLACK)
        for part in (REQUEST[:20], REQUEST[20:]):
            connection.sendall(part)
            time.sleep(DEADLINE / 3)
        assert connection.recv(4096).startswith(b"HTTP/1.1 200")


def test_the_installed_uvicorn_has_what_the_deadline_relies_on():
    check_protocol(HttpToolsProtocol)


def test_a_uvicorn_without_what_the_deadline_relies_on_is_refused_naming_its_version():
    class Renamed(HttpToolsProtocol):
        # As if a release renamed the keep-alive timer this class reads.
        def on_response_complete(self) -> None:
            self.idle_timer = None

    with pytest.raises(RuntimeError, match=f"uvicorn {uvicorn.__version__}'s Renamed lacks .*timeout_keep_alive_task"):
        check_protocol(Renamed)
