"""/docs (Swagger UI 5) and /redoc, with every script and style served by the app: no CDN."""

from importlib.resources import as_file, files

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

# Only Redoc's bundle is taken from this package; Swagger UI comes from swagger-ui-bundle-v2.
REDOC_FOLDER = files("fastapi_standalone_docs") / "static" / "redoc"


def install(app: FastAPI) -> None:
    """Serve the documentation pages; FastAPI's own CDN-based ones must be off (docs_url=None)."""
    app.mount("/static/swagger-ui", StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")
    with as_file(REDOC_FOLDER) as redoc_folder:
        app.mount("/static/redoc", StaticFiles(directory=str(redoc_folder)), name="redoc")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} — API docs",
            swagger_js_url="/static/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/swagger-ui/favicon-32x32.png",
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} — API reference",
            redoc_js_url="/static/redoc/redoc.standalone.js",
            redoc_favicon_url="/static/swagger-ui/favicon-32x32.png",
            with_google_fonts=False,
        )
