"""One error shape for every failure: RFC 9457 problem details."""

import logging
import sqlite3
from http import HTTPStatus
from typing import Any

import psycopg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException

from app.api.security import API_HEADERS
from app.store import postgresql, sqlite
from app.store.errors import InvalidQuery

MEDIA_TYPE = "application/problem+json"
logger = logging.getLogger("newsdesk.api")


def problem(status: int, detail: str, errors: list[dict[str, Any]] | None = None) -> JSONResponse:
    return _answer(_body(status, detail, errors))


def _body(status: int, detail: str, errors: list[dict[str, Any]] | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    return body


def _answer(body: dict[str, Any]) -> JSONResponse:
    return JSONResponse(body, status_code=body["status"], media_type=MEDIA_TYPE)


def located(error: ValidationError, *where: str) -> RequestValidationError:
    """A model's or a type's validation error as FastAPI reports a request's: each place prefixed by
    `where`, where in the request the value was (`"query"`; `"path", "article_id"`)."""
    return RequestValidationError([{**item, "loc": (*where, *item["loc"])} for item in error.errors(include_url=False)])


def validation_problem(error: RequestValidationError) -> dict[str, Any]:
    """The body of the 422 answering `error`; /openapi.json's examples of a 422 are made by it too."""
    errors = [_describe(item) for item in error.errors()]
    detail = "; ".join(f"{_name(item['loc'])}: {item['msg']}" for item in errors)
    return _body(422, detail or "invalid request", errors)


def _validation_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    return _answer(validation_problem(error))


def _describe(item: dict[str, Any]) -> dict[str, Any]:
    message = str(item.get("msg", "invalid")).removeprefix("Value error, ")
    bounds = item.get("ctx") or {}
    if item.get("type") == "extra_forbidden":
        message = "unknown parameter"
    # Bounds in the words of the API's own checks ("must be at most 100"), not pydantic's.
    elif item.get("type") == "greater_than_equal":
        message = f"must be at least {bounds['ge']}"
    elif item.get("type") == "less_than_equal":
        message = f"must be at most {bounds['le']}"
    return {"loc": [str(part) for part in item.get("loc", ())], "msg": message}


def _name(loc: list[str]) -> str:
    return ".".join(loc[1:]) or (loc[0] if loc else "request")


def _http_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    response = problem(error.status_code, str(error.detail))
    response.headers.update(error.headers or {})
    if error.status_code == 405 and response.headers.get("allow") == "GET":
        # The routes declare GET; the caching middleware answers HEAD for each (app/api/caching.py).
        response.headers["Allow"] = "GET, HEAD"
    return response


def _invalid_query(_request: Request, error: Exception) -> JSONResponse:
    return problem(422, str(error))


def _database_unavailable(request: Request, error: Exception) -> JSONResponse:
    # The database locked, failing or out of reach for now: the request was fine.
    if not _transient(error):
        return _unexpected(request, error)
    logger.warning("database unavailable on %s %s: %s", request.method, request.url.path, error)
    response = problem(503, "the database is busy or unavailable; try again shortly")
    response.headers["Retry-After"] = "1"
    return response


def _transient(error: Exception) -> bool:
    if isinstance(error, sqlite3.Error):
        return sqlite.is_transient(error)
    # The server restarting, stopped or cut off: the reader connects again at its next statement.
    return postgresql.is_unreachable(error)


def _unexpected(request: Request, error: Exception) -> JSONResponse:
    logger.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=error)
    return problem(500, "an unexpected error occurred; it has been logged")


def _crashed(request: Request, error: Exception) -> JSONResponse:
    # Starlette answers an unhandled exception outside every middleware, the security headers' too.
    response = _unexpected(request, error)
    response.headers.update(API_HEADERS)
    return response


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(InvalidQuery, _invalid_query)
    app.add_exception_handler(sqlite3.OperationalError, _database_unavailable)
    app.add_exception_handler(psycopg.OperationalError, _database_unavailable)
    app.add_exception_handler(Exception, _crashed)
