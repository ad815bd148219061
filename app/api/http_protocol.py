"""uvicorn's httptools protocol with a deadline on each request's headers.

uvicorn (0.55) closes a connection idle after a response (`timeout_keep_alive`), but arms that timer
only once a response is sent, and any byte received cancels it: a connection that sends nothing, or
part of its headers, is held open for ever, and enough of them exhaust the server's file descriptors.
Here a request's headers must be complete within HEADER_TIMEOUT_SECONDS of the connection opening or
of its previous response; data arriving meanwhile does not restart the clock.
"""

import asyncio
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.settings import get_settings

# What the subclass below relies on in uvicorn's private class: the methods it extends, and the attributes it
# reads, by the method of HttpToolsProtocol that sets them.
EXTENDED = ("connection_made", "on_headers_complete", "on_response_complete", "connection_lost")
SET_BY = {
    "__init__": ("loop", "timeout_keep_alive_task"),
    "connection_made": ("transport",),
    "on_response_complete": ("timeout_keep_alive_task",),
}


def check_protocol(base: type) -> None:
    """Refuse, at import, a uvicorn whose protocol class no longer has what the deadline relies on: its
    absence would otherwise show only as connections that are never closed, or errors on each request."""
    missing = [name for name in EXTENDED if not callable(getattr(base, name, None))]
    missing += [
        f"{method} setting {attribute}"
        for method, attributes in SET_BY.items()
        for attribute in attributes
        if attribute not in _names_used(getattr(base, method, None))
    ]
    if missing:
        raise RuntimeError(
            f"uvicorn {uvicorn.__version__}'s {base.__name__} lacks what the header deadline relies on "
            f"({'; '.join(missing)}): app/api/http_protocol.py was written for uvicorn 0.55, as pyproject.toml pins"
        )


def _names_used(method: object) -> tuple[str, ...]:
    """The attribute (and global) names a method's code uses; none for a missing method."""
    code = getattr(method, "__code__", None)
    return code.co_names if code is not None else ()


check_protocol(HttpToolsProtocol)


class HeaderDeadlineProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Read once a process (get_settings is cached), from the environment `newsdesk serve` set.
        self.header_timeout = get_settings().header_timeout_seconds
        self.header_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._await_headers()

    def on_headers_complete(self) -> None:
        self._cancel_deadline()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # Where uvicorn waits for the next request (nothing pipelined is under way).
        if self.timeout_keep_alive_task is not None:
            self._await_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_deadline()
        super().connection_lost(exc)

    def _await_headers(self) -> None:
        self._cancel_deadline()
        self.header_deadline = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _cancel_deadline(self) -> None:
        if self.header_deadline is not None:
            self.header_deadline.cancel()
            self.header_deadline = None

    def _headers_too_slow(self) -> None:
        self.header_deadline = None
        if not self.transport.is_closing():
            self.transport.close()
