"""What routes read from the request: the database's readers, which run the store's reads
(`await readers(request).read(...)`)."""

from fastapi import Request

from app.store.reader import Readers


def readers(request: Request) -> Readers:
    """The app's readers. Taken from the request rather than declared as a FastAPI dependency: resolving a
    dependency costs every request more than the attribute lookup it would stand for."""
    return request.app.state.readers
