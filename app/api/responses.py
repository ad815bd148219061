"""What list and item endpoints share: documented error responses and the Link header."""

from typing import Any
from urllib.parse import quote

import orjson
from fastapi import Request, Response

from app.api.problem_examples import INVALID_QUERY, answer_to_id
from app.api.problems import MEDIA_TYPE
from app.api.schemas import Problem

Responses = dict[int | str, dict[str, Any]]

# The schema inline rather than as a `model`, which FastAPI would also declare as application/json:
# a problem is only ever application/problem+json.
_PROBLEM = {"content": {MEDIA_TYPE: {"schema": Problem.model_json_schema()}}}
NOT_FOUND: Responses = {404: {**_PROBLEM, "description": "No such item."}}


def _invalid(example: dict[str, Any]) -> Responses:
    """A 422, with `example`: the API's own answer to a bad request."""
    content = {MEDIA_TYPE: {**_PROBLEM["content"][MEDIA_TYPE], "example": example}}
    return {422: {"content": content, "description": "Invalid parameters."}}


# What a list documents: its answer to `limit=0`.
VALIDATION = _invalid(INVALID_QUERY)
# What any GET may answer besides its own responses: the caching middleware's 304 and the database's 503.
EVERY_GET: Responses = {
    304: {
        "description": "Not Modified: the `ETag` sent in `If-None-Match` still matches; no body.",
        "headers": {"ETag": {"description": "The entity tag of the unchanged response.", "schema": {"type": "string"}}},
    },
    503: {
        **_PROBLEM,
        "description": "The database is busy or unavailable; the request may be sent again.",
        "headers": {
            "Retry-After": {"description": "Seconds to wait before trying again.", "schema": {"type": "integer"}}
        },
    },
}


def rendered(content: Any) -> Response:
    """`content` written out by orjson as it stands, for an item whose values are already of their
    schema's types and whose largest part is JSON already (`orjson.Fragment`): validating it all again
    would cost more than the reading did."""
    return Response(orjson.dumps(content), media_type="application/json")


def link_next(request: Request, response: Response, next_cursor: str | None) -> None:
    """Advertise the next page as `Link: <url>; rel="next"` (RFC 8288), as well as in the body."""
    if next_cursor:
        # The request's own query with its cursor, if any, replaced by the next one: a fifth
        # of the cost of parsing it and encoding it again. What a client sent raw is percent-encoded, as a URL
        # must be, so that no quote or angle bracket can end the link and begin another.
        kept = [
            part for part in request.scope["query_string"].split(b"&") if part and part.partition(b"=")[0] != b"cursor"
        ]
        query = "&".join([*(quote(part, safe=_QUERY_SAFE) for part in kept), f"cursor={quote(next_cursor, safe='')}"])
        response.headers["Link"] = f'<{_public(request)}{quote(request.scope["path"])}?{query}>; rel="next"'


def _public(request: Request) -> str:
    """The public base URL setting, or nothing (a link relative to the request's host, RFC 3986 4.2): never
    the request's own Host header, which the client chooses."""
    base = request.app.state.settings.public_base_url
    return str(base).rstrip("/") if base else ""


# What a query may hold as it stands (RFC 3986), less "," and ";", which separate links and their parameters.
_QUERY_SAFE = "!$&'()*+=:@/?%"


def invalid_id(name: str) -> Responses:
    """What an item's route documents: its answer to the id `0` in its path parameter `name`."""
    return _invalid(answer_to_id(name))
