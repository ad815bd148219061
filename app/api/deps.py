"""Request dependencies: a read-only database connection per request."""

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Connection


async def get_connection(request: Request) -> AsyncIterator[Connection]:
    # Queries run on the event loop: a local SQLite read takes well under a millisecond, less
    # than the hand-offs to a worker thread and back would cost (and the GIL's switch interval
    # makes each hand-off wait for up to 5 ms under load).
    with request.app.state.engine.connect() as connection:
        yield connection


ConnectionDep = Annotated[Connection, Depends(get_connection)]
