from fastapi import APIRouter

from app.api.deps import ConnectionDep
from app.api.schemas import Health
from app.store.articles import count_articles

router = APIRouter(tags=["service"])


@router.get("/health")
def health(connection: ConnectionDep) -> Health:
    """Whether the service is up and can read its database."""
    return Health(status="ok", articles=count_articles(connection))
