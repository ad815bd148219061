"""What list and item endpoints share: documented error responses and the Link header."""

from typing import Annotated, Any

from annotated_types import Ge, Le
from fastapi import Request, Response
from pydantic import BeforeValidator

from app.api.problems import MEDIA_TYPE
from app.api.schemas import Problem

_PROBLEM = {"model": Problem, "content": {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {**_PROBLEM, "description": "No such item."}}
VALIDATION: dict[int | str, dict[str, Any]] = {422: {**_PROBLEM, "description": "Invalid parameters."}}


def link_next(request: Request, response: Response, next_cursor: str | None) -> None:
    """Advertise the next page as `Link: <url>; rel="next"` (RFC 8288), as well as in the body."""
    if next_cursor:
        response.headers["Link"] = f'<{request.url.include_query_params(cursor=next_cursor)}>; rel="next"'


def _digits_only(value: object) -> object:
    # One URL per item: "/articles/01", "/articles/1.0" and "/articles/+1" are not it.
    if isinstance(value, str) and not (value.isascii() and value.isdigit() and not value.startswith("0")):
        raise ValueError("must be a positive whole number written in digits")
    return value


# An item's id in a path, written canonically; each route adds its own description.
ItemId = Annotated[int, Ge(1), Le(2**63 - 1), BeforeValidator(_digits_only)]
