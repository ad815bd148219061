"""Security headers on every response, and CORS only for the origins the settings name."""

from collections.abc import Sequence

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The API answers JSON: nothing in it may load, run, be framed or be read by other origins' pages.
API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
# The documentation pages load their scripts and styles from our own paths only (app/api/docs.py).
# Swagger UI starts from an inline script and both pages inject inline styles; the pages are fixed
# HTML reflecting no request input, and nothing may be fetched from, or sent to, another host.
DOCS_POLICY = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; worker-src blob:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
DOCS_PAGES = ("/docs", "/redoc")
_COMMON = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    # Only no-cors loads (<script>, <img>) are refused to other origins; CORS reads are not affected.
    "Cross-Origin-Resource-Policy": "same-origin",
}

# What every response but the documentation pages carries.
API_HEADERS = {**_COMMON, "Content-Security-Policy": API_POLICY}

RawHeaders = list[tuple[bytes, bytes]]


def _raw(headers: dict[str, str]) -> RawHeaders:
    return [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()]


class SecurityHeadersMiddleware:
    """Adds the security headers, computed once, to the start of every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.api_headers = _raw(API_HEADERS)
        docs_headers = _raw({**_COMMON, "Content-Security-Policy": DOCS_POLICY})
        self.page_headers = dict.fromkeys(DOCS_PAGES, docs_headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        added = self.page_headers.get(scope["path"], self.api_headers)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                # A new list: a response may reuse its own header list for every request.
                message["headers"] = [*message.get("headers", ()), *added]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def install(app: FastAPI, *, cors_origins: Sequence[str]) -> None:
    """CORS only when origins are configured (none: no CORS headers at all), then the security headers outermost."""
    if cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "HEAD"],
            # Conditional GETs send If-None-Match, which needs a preflight to be allowed.
            allow_headers=["If-None-Match"],
            expose_headers=["ETag", "Link"],
        )
    app.add_middleware(SecurityHeadersMiddleware)
