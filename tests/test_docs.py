"""The documentation: complete OpenAPI, /docs and /redoc rendering offline, and links that lead somewhere."""

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.settings import Settings, get_settings
from tests.conftest import assert_problem, served

PROBLEM = "application/problem+json"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


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


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            yield f"{method.upper()} {path}", operation


def test_openapi_gives_every_error_as_problem_json_only(client):
    for where, operation in _operations(client.get("/openapi.json").json()):
        for status, response in operation["responses"].items():
            if int(status) >= 400:
                assert list(response["content"]) == ["application/problem+json"], f"{where} {status}"


def _documented_422s(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each operation's documented 422 example, with the request it answers: its parameter set to 0."""
    for path, operations in spec["paths"].items():
        for operation in operations.values():
            if "422" in operation["responses"]:
                example = operation["responses"]["422"]["content"][PROBLEM]["example"]
                where, name = example["errors"][0]["loc"]
                yield (path.replace(f"{{{name}}}", "0") if where == "path" else f"{path}?{name}=0"), example


def test_each_documented_422_is_what_the_server_answers_to_that_request(client):
    documented = dict(_documented_422s(client.get("/openapi.json").json()))
    assert {"/articles?limit=0", "/articles/0", "/timeline?limit=0"} <= documented.keys()
    assert {url: client.get(url).json() for url in documented} == documented


def test_the_problem_schema_s_examples_are_those_of_a_real_answer(client):
    spec = client.get("/openapi.json").json()
    content = spec["paths"]["/articles"]["get"]["responses"]["422"]["content"][PROBLEM]
    examples = {field: schema["examples"] for field, schema in content["schema"]["properties"].items()}
    assert examples == {field: [value] for field, value in client.get("/articles?limit=0").json().items()}


def test_openapi_documents_the_304_and_503_any_get_may_answer(client):
    for where, operation in _operations(client.get("/openapi.json").json()):
        assert {"304", "503"} <= operation["responses"].keys(), where


def test_openapi_declares_the_limits_the_settings_set(client):
    spec = client.get("/openapi.json").json()
    parameters = {
        parameter["name"]: parameter["schema"] for parameter in spec["paths"]["/articles"]["get"]["parameters"]
    }
    settings = get_settings()
    assert parameters["limit"]["maximum"] == settings.max_page_size
    assert parameters["q"]["maxLength"] == settings.max_query_length
    assert parameters["cursor"]["maxLength"] == settings.max_cursor_length


@pytest.mark.parametrize("path", ["/articles", "/quotes", "/entities", "/timeline"])
def test_the_example_cursor_of_each_list_is_one_that_list_accepts(client, path):
    parameters = client.get("/openapi.json").json()["paths"][path]["get"]["parameters"]
    (cursor,) = [parameter["schema"]["examples"][0] for parameter in parameters if parameter["name"] == "cursor"]
    assert client.get(path, params={"cursor": cursor}).status_code == 200


def test_docs_pages_reference_no_other_host(client):
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        assert "http://" not in html.replace("http://testserver", "") and "https://" not in html, page


# What a page links to: <script src>, <link href> (its style and its icon).
LINKED = re.compile(r'(?:src|href)="(/[^"]*)"')


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_every_file_a_docs_page_links_to_is_served(client, page):
    linked = LINKED.findall(client.get(page).text)
    assert len(linked) >= 2, linked  # a script and an icon at least: the pattern still finds them
    assert {url: client.get(url).status_code for url in linked} == dict.fromkeys(linked, 200)


@pytest.mark.parametrize(
    ("loaded", "unused"),
    [
        ("/static/swagger-ui/swagger-ui-bundle.js", "/static/swagger-ui/swagger-ui-bundle.js.map"),
        ("/static/swagger-ui/swagger-ui.css", "/static/swagger-ui/index.html"),
        ("/static/swagger-ui/swagger-ui.css", "/static/swagger-ui/LICENSE"),
        ("/static/redoc/redoc.standalone.js", "/static/redoc/redoc.standalone.js.LICENSE.txt"),
        ("/static/fastapi/favicon.png", "/static/fastapi/LICENSE"),
        ("/redoc/logo-mini.svg", "/redoc/redoc.standalone.js"),
    ],
)
def test_only_the_files_the_docs_pages_load_are_served(client, loaded, unused):
    assert client.get(loaded).status_code == 200
    assert_problem(client.get(unused), 404)


@pytest.fixture(scope="module")
def server(databases, tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """The server's base URL, and its log, where the access log records every request and its status."""
    folder = tmp_path_factory.mktemp("docs")
    log = folder / "server.log"
    with served(databases.new(folder), log=log) as base:
        yield base, log


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


# A line of uvicorn's access log: `INFO:     127.0.0.1:5000 - "GET /docs HTTP/1.1" 200 OK`.
ACCESS = re.compile(r'"[A-Z]+ (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3})')


@dataclass(frozen=True)
class Visit:
    dom: str
    requests: dict[str, int]  # path: status, of every request the server received meanwhile


@pytest.fixture(scope="module")
def visits(server) -> dict[str, Visit]:
    """Each documentation page loaded once in the browser: its DOM, and the requests it made."""
    base, log = server
    found = {}
    for page in ("/docs", "/redoc"):
        seen = log.stat().st_size
        dom = rendered_dom(f"{base}{page}")
        with log.open("rb") as lines:
            lines.seek(seen)
            logged = lines.read().decode()
        found[page] = Visit(dom, {hit["path"]: int(hit["status"]) for hit in ACCESS.finditer(logged)})
    return found


browser = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")


@pytest.mark.browser
@browser
def test_swagger_ui_renders_the_operations_offline(visits):
    dom = visits["/docs"].dom
    assert "opblock-summary-path" in dom
    assert 'data-path="/articles"' in dom and 'data-path="/articles/{article_id}"' in dom


@pytest.mark.browser
@browser
def test_redoc_renders_the_operations_offline(visits):
    dom = visits["/redoc"].dom
    assert "Articles, newest first or by relevance" in dom
    assert "One article with its full text" in dom


@pytest.mark.browser
@browser
@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_a_docs_page_asks_only_for_what_the_app_serves(visits, page):
    requests = visits[page].requests
    assert {page, "/openapi.json"} <= requests.keys()  # the page and what it documents, seen in the log
    assert {path: status for path, status in requests.items() if status != 200} == {}


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"`{name.upper()}`" in readme, f"setting {name.upper()} is not in the README"


# [text](target): a target with no scheme is a file of the repository, maybe with a #heading.
LINK = re.compile(r"\]\((?![a-z]+:)([^)\s#]*)(?:#([^)\s]+))?\)")


def heading_anchors(markdown: str) -> set[str]:
    """The anchors GitHub gives a document's headings: lower case, spaces as hyphens, punctuation dropped."""
    headings = re.findall(r"^#+ (.+)$", re.sub(r"^```.*?^```", "", markdown, flags=re.M | re.S), re.M)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


def test_a_heading_anchor_is_as_github_makes_it():
    assert heading_anchors("# What `sort=relevance` means\n## The API's reads\n") == {
        "what-sortrelevance-means",
        "the-apis-reads",
    }


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_every_link_of_the_documentation_leads_to_a_file_and_heading_that_exist(document):
    text = document.read_text(encoding="utf-8")
    links = LINK.findall(text)
    assert links or document.name != "README.md", "the README links to no other document"
    for target, anchor in links:
        path = (document.parent / target).resolve() if target else document
        assert path.exists(), f"{document.name} links to {target}, which does not exist"
        if anchor:
            assert anchor in heading_anchors(path.read_text(encoding="utf-8")), (
                f"{document.name}: no #{anchor} in {path.name}"
            )
