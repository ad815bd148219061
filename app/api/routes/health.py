from fastapi import APIRouter, Request

from app.api.deps import readers
from app.api.responses import EVERY_GET
from app.api.schemas import Health
from app.store.articles import count_articles

router = APIRouter(tags=["service"], responses=EVERY_GET)


@router.get("/health")
async def health(request: Request) -> Health:
    """Whether the service is up and can read its database."""
    return Health(status="ok", articles=await readers(request).read(count_articles))
