"""The documentation: complete OpenAPI, and /docs and /redoc rendering with no network at all."""

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_openapi_describes_every_parameter_with_an_example(client):
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                where = f"{method.upper()} {path} {parameter['name']}"
                assert parameter.get("description"), f"{where} has no description"
                assert (
                    parameter.get("example") is not None
                    or parameter.get("examples")
                    or parameter["schema"].get("examples")
                ), f"{where} has no example"


def _properties(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for name, schema in spec["components"]["schemas"].items():
        if name in {"HTTPValidationError", "ValidationError"}:
            continue  # FastAPI's own; our 422s answer with Problem instead
        for field, definition in schema.get("properties", {}).items():
            yield name, field, definition


def test_openapi_describes_every_response_field_with_an_example(client):
    spec = client.get("/openapi.json").json()
    for model, field, definition in _properties(spec):
        assert definition.get("description"), f"{model}.{field} has no description"
        assert "examples" in definition or "example" in definition, f"{model}.{field} has no example"


def test_docs_pages_reference_no_other_host(client):
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        assert "http://" not in html.replace("http://testserver", "") and "https://" not in html, page


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("docs") / "docs.db"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port), "--db", f"sqlite:///{db}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def rendered_dom(url: str) -> str:
    """The page's DOM after its scripts ran, in headless Chromium that can reach only this machine."""
    assert CHROMIUM
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--virtual-time-budget=15000",
        "--dump-dom",
        url,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120).stdout


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_swagger_ui_renders_the_operations_offline(server):
    dom = rendered_dom(f"{server}/docs")
    assert "opblock-summary-path" in dom
    assert 'data-path="/articles"' in dom and 'data-path="/articles/{article_id}"' in dom


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_redoc_renders_the_operations_offline(server):
    dom = rendered_dom(f"{server}/redoc")
    assert "Articles, newest first or by relevance" in dom
    assert "One article with its full text" in dom


def test_every_setting_is_documented_in_the_readme():
    from pathlib import Path

    from app.settings import Settings

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"`{name.upper()}`" in readme, f"setting {name.upper()} is not in the README"
