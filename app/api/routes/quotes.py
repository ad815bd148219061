from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, Response

from app.api.deps import readers
from app.api.numbers import Id
from app.api.params import QuoteQuery
from app.api.responses import EVERY_GET, NOT_FOUND, VALIDATION, invalid_id, link_next
from app.api.schemas import QuoteDetail, QuoteList
from app.store import quotes

router = APIRouter(prefix="/quotes", tags=["quotes"], responses=EVERY_GET)

QuoteId = Annotated[Id, Path(description="Newsdesk's id of the quote.", examples=[1])]


@router.get("", responses=VALIDATION)
async def list_quotes(params: QuoteQuery, request: Request, response: Response) -> QuoteList:
    """Quotes with their speakers, in the order the articles give them."""
    page = await readers(request).read(
        quotes.list_quotes, filters=params.filters(), limit=params.limit, cursor=params.cursor, count=params.count
    )
    link_next(request, response, page.next_cursor)
    return QuoteList.model_validate(page, from_attributes=True)


@router.get("/{quote_id}", responses={**NOT_FOUND, **invalid_id("quote_id")})
async def get_quote(quote_id: QuoteId, request: Request) -> QuoteDetail:
    """One quote, with the quotes of the same words elsewhere in the corpus."""
    found = await readers(request).read(quotes.get_quote, quote_id=quote_id)
    if found is None:
        raise HTTPException(404, f"no quote with id {quote_id}")
    return QuoteDetail.model_validate(found)
