from functools import partial

from fastapi import APIRouter, Request, Response

from app.api.deps import readers
from app.api.params import TimelineQuery
from app.api.responses import EVERY_GET, VALIDATION, link_next
from app.api.schemas import EventList, PeriodList
from app.store import timeline

router = APIRouter(prefix="/timeline", tags=["timeline"], responses=EVERY_GET)


@router.get("", responses=VALIDATION)
async def list_events(params: TimelineQuery, request: Request, response: Response) -> EventList | PeriodList:
    """Dated events, oldest first; with `bucket`, how many fall in each day, month or year (a page of periods)."""
    page_of = timeline.list_events if params.bucket is None else partial(timeline.count_by_period, bucket=params.bucket)
    page = await readers(request).read(
        page_of, filters=params.filters(), limit=params.limit, cursor=params.cursor, count=params.count
    )
    link_next(request, response, page.next_cursor)
    listing = EventList if params.bucket is None else PeriodList
    return listing.model_validate(page, from_attributes=True)
