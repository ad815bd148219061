"""/docs (Swagger UI 5) and /redoc (Redoc 2), with every script, style and image served by the app: no CDN.

All of them come from one package, fastapi-standalone-docs, and only the files the two pages load
are served: not the rest of the package (licences, and whatever a later version adds).
"""

import os
from collections.abc import Iterable
from importlib.resources import files

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = files("fastapi_standalone_docs") / "static"

# Where each of the package's folders is served, and the files of it the pages load (tests/test_docs.py
# loads both pages in a browser and sees them ask for these and nothing else).
SERVED = {
    "/static/swagger-ui": ("swagger", ("swagger-ui-bundle.js", "swagger-ui.css")),
    "/static/redoc": ("redoc", ("redoc.standalone.js",)),
    "/static/fastapi": ("fastapi", ("favicon.png",)),
    # The package's Redoc asks for its logo (in the sidebar's "API docs by Redocly") at the page's own
    # path plus "/logo-mini.svg", where it stood on Redoc's CDN.
    "/redoc": ("redoc", ("logo-mini.svg",)),
}
FAVICON = "/static/fastapi/favicon.png"


class ListedFiles(StaticFiles):
    """The named files of a folder, as StaticFiles serves them (ETag, 304, HEAD); any other path is a 404."""

    def __init__(self, folder: str, names: Iterable[str]) -> None:
        super().__init__(directory=folder)
        self.names = frozenset(names)

    def lookup_path(self, path: str) -> tuple[str, os.stat_result | None]:
        return super().lookup_path(path) if path in self.names else ("", None)


def install(app: FastAPI) -> None:
    """Serve the documentation pages; FastAPI's own CDN-based ones must be off (docs_url=None)."""
    for prefix, (folder, names) in SERVED.items():
        app.mount(prefix, ListedFiles(str(ASSETS / folder), names), name=prefix)

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} — API docs",
            swagger_js_url="/static/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger-ui/swagger-ui.css",
            swagger_favicon_url=FAVICON,
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} — API reference",
            redoc_js_url="/static/redoc/redoc.standalone.js",
            redoc_favicon_url=FAVICON,
            with_google_fonts=False,
        )
