from typing import Annotated

import orjson
from fastapi import APIRouter, HTTPException, Path, Request, Response

from app.api.deps import readers
from app.api.numbers import Id
from app.api.params import EntityQuery
from app.api.responses import EVERY_GET, NOT_FOUND, VALIDATION, invalid_id, link_next, rendered
from app.api.schemas import EntityDetail, EntityList
from app.store import entities

router = APIRouter(prefix="/entities", tags=["entities"], responses=EVERY_GET)

EntityId = Annotated[Id, Path(description="Newsdesk's id of the entity.", examples=[1])]
# Co-occurring entities listed on an entity's page.
RELATED = 20


@router.get("", responses=VALIDATION)
async def list_entities(params: EntityQuery, request: Request, response: Response) -> EntityList:
    """People, organisations, places and other named things, most widely named first."""
    page = await readers(request).read(
        entities.list_entities, filters=params.filters(), limit=params.limit, cursor=params.cursor, count=params.count
    )
    link_next(request, response, page.next_cursor)
    return EntityList.model_validate(page, from_attributes=True)


@router.get("/{entity_id}", response_model=EntityDetail, responses={**NOT_FOUND, **invalid_id("entity_id")})
async def get_entity(entity_id: EntityId, request: Request) -> Response:
    """One entity: its mentions, the articles naming it, the quotes it spoke and who is named alongside."""
    settings = request.app.state.settings
    # Every mention (up to MAX_EMBEDDED) is the entity's record; its newest articles and quotes are a
    # first page, the rest a request away through /articles?entity= and /quotes?speaker=.
    found = await readers(request).read(
        entities.entity_page,
        entity_id=entity_id,
        mentions=settings.max_embedded,
        first_page=settings.page_size,
        related=RELATED,
    )
    if found is None:
        raise HTTPException(404, f"no entity with id {entity_id}")
    return rendered({**found, "mentions": orjson.Fragment(found["mentions"])})
