from fastapi import APIRouter, Request, Response

from app.api.deps import ReaderDep
from app.api.params import TimelineQuery
from app.api.responses import EVERY_GET, VALIDATION, link_next
from app.api.schemas import EventList, PeriodList
from app.store import timeline

router = APIRouter(prefix="/timeline", tags=["timeline"], responses=EVERY_GET)


@router.get("", responses=VALIDATION)
async def list_events(
    params: TimelineQuery, reader: ReaderDep, request: Request, response: Response
) -> EventList | PeriodList:
    """Dated events, oldest first; with `bucket`, how many fall in each day, month or year."""
    if params.bucket is not None:
        periods = timeline.count_by_period(reader, filters=params.filters(), bucket=params.bucket)
        return PeriodList.model_validate({"items": periods, "total": len(periods), "next_cursor": None})
    page = timeline.list_events(
        reader, filters=params.filters(), limit=params.limit, cursor=params.cursor, count=params.count
    )
    link_next(request, response, page.next_cursor)
    return EventList.model_validate(page, from_attributes=True)
