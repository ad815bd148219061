"""What list and item endpoints share: documented error responses and the Link header."""

from typing import Any

from fastapi import Request, Response

from app.api.problems import MEDIA_TYPE
from app.api.schemas import Problem

_PROBLEM = {"model": Problem, "content": {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {**_PROBLEM, "description": "No such item."}}
VALIDATION: dict[int | str, dict[str, Any]] = {422: {**_PROBLEM, "description": "Invalid parameters."}}


def link_next(request: Request, response: Response, next_cursor: str | None) -> None:
    """Advertise the next page as `Link: <url>; rel="next"` (RFC 8288), as well as in the body."""
    if next_cursor:
        response.headers["Link"] = f'<{request.url.include_query_params(cursor=next_cursor)}>; rel="next"'
