"""Request dependencies: the database reader of the thread serving the request."""

from typing import Annotated

from fastapi import Depends, Request

from app.store.reader import Reader


async def get_reader(request: Request) -> Reader:
    # Queries run on the event loop, one request at a time: a local SQLite read takes well under a
    # millisecond, less than the hand-offs to a worker thread and back would cost (and the GIL's
    # switch interval makes each hand-off wait for up to 5 ms under load). Each store function reads
    # in one snapshot of the database.
    return request.app.state.readers.reader()


ReaderDep = Annotated[Reader, Depends(get_reader)]
