"""Request dependencies: the database's readers, which run the store's reads (`await reads.read(...)`)."""

from typing import Annotated

from fastapi import Depends, Request

from app.store.reader import Readers


async def get_readers(request: Request) -> Readers:
    return request.app.state.readers


ReadsDep = Annotated[Readers, Depends(get_readers)]
