"""uvicorn's httptools protocol with a deadline on each request's headers.

uvicorn (0.55) closes a connection idle after a response (`timeout_keep_alive`), but arms that timer
only once a response is sent, and any byte received cancels it: a connection that sends nothing, or
part of its headers, is held open for ever, and enough of them exhaust the server's file descriptors.
Here a request's headers must be complete within HEADER_TIMEOUT_SECONDS of the connection opening or
of its previous response; data arriving meanwhile does not restart the clock.
"""

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.settings import get_settings


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
