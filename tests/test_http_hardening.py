"""HTTP hardening: limits that are settings (422 problem+json past them), security headers on every
response, and CORS off unless origins are configured."""

import json

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.api.security import API_POLICY
from app.settings import Settings
from app.store import articles
from tests.conftest import assert_problem

ORIGIN = "https://desk.example.org"


@pytest.fixture
def settings(client):
    """Change settings of the client's app: settings(max_page_size=5)."""

    def apply(**values: object) -> None:
        client.app.state.settings = client.app.state.settings.model_copy(update=values)

    return apply


@pytest.mark.parametrize("endpoint", ["/articles", "/quotes", "/entities"])
def test_the_longest_q_is_the_max_query_length_setting(client, settings, endpoint):
    settings(max_query_length=10)
    assert client.get(endpoint, params={"q": "a" * 10}).status_code == 200
    body = assert_problem(client.get(endpoint, params={"q": "a" * 11}), 422)
    assert "q: must be at most 10 characters" in body["detail"]


def test_the_longest_cursor_is_the_max_cursor_length_setting(ingest, client, settings):
    ingest({"feed.jsonl": "".join(json.dumps({"id": f"a{n}", "text": "News."}) + "\n" for n in range(2))})
    cursor = client.get("/articles", params={"limit": 1}).json()["next_cursor"]
    settings(max_cursor_length=len(cursor) - 1)
    body = assert_problem(client.get("/articles", params={"limit": 1, "cursor": cursor}), 422)
    assert "cursor: is too long" in body["detail"]
    settings(max_cursor_length=len(cursor))
    assert client.get("/articles", params={"limit": 1, "cursor": cursor}).status_code == 200


def test_the_largest_limit_is_the_max_page_size_setting(client, settings):
    settings(max_page_size=5)
    assert client.get("/articles", params={"limit": 5}).status_code == 200
    body = assert_problem(client.get("/articles", params={"limit": 6}), 422)
    assert "limit: must be at most 5" in body["detail"]


SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-resource-policy": "same-origin",
}
EVERY_KIND_OF_RESPONSE = [
    ("GET", "/articles", {}, 200),
    ("HEAD", "/articles", {}, 200),
    ("GET", "/health", {"If-None-Match": "*"}, 304),
    ("GET", "/articles/999", {}, 404),
    ("GET", "/no/such/path", {}, 404),
    ("GET", "/articles?limit=0", {}, 422),
    ("POST", "/articles", {}, 405),
    ("GET", "/openapi.json", {}, 200),
    ("GET", "/static/swagger-ui/swagger-ui.css", {}, 200),
    ("GET", "/docs", {}, 200),
    ("GET", "/redoc", {}, 200),
]


@pytest.mark.parametrize(("method", "url", "headers", "status"), EVERY_KIND_OF_RESPONSE)
def test_every_response_carries_the_security_headers(client, method, url, headers, status):
    response = client.request(method, url, headers=headers)
    assert response.status_code == status
    assert {name: response.headers.get(name) for name in SECURITY_HEADERS} == SECURITY_HEADERS
    policy = response.headers["content-security-policy"]
    assert policy.startswith("default-src 'none';") and "frame-ancestors 'none'" in policy


def test_a_server_error_carries_the_security_headers_too(db_url, monkeypatch):
    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    with TestClient(create_app(database_url=db_url), raise_server_exceptions=False) as crashing:
        monkeypatch.setattr(articles, "list_articles", fail)
        response = crashing.get("/articles")
    assert_problem(response, 500)
    assert {name: response.headers.get(name) for name in SECURITY_HEADERS} == SECURITY_HEADERS
    assert response.headers["content-security-policy"] == API_POLICY


@pytest.mark.parametrize("url", ["/articles", "/openapi.json", "/static/swagger-ui/swagger-ui.css"])
def test_json_and_assets_may_load_nothing(client, url):
    policy = client.get(url).headers["content-security-policy"]
    assert policy == "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_documentation_pages_may_load_only_from_this_server(client, page):
    directives = dict(
        directive.strip().split(" ", 1) for directive in client.get(page).headers["content-security-policy"].split(";")
    )
    assert directives["default-src"] == "'none'"
    for kind in ("script-src", "style-src", "img-src", "connect-src"):
        assert directives[kind].split()[0] == "'self'"
        assert not {"http:", "https:", "*"} & set(directives[kind].split()), kind


def test_cors_is_off_by_default(client):
    simple = client.get("/articles", headers={"Origin": ORIGIN})
    preflight = client.options("/articles", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET"})
    assert simple.status_code == 200
    assert_problem(preflight, 405)
    for response in (simple, preflight):
        assert not [name for name in response.headers if name.startswith("access-control-")]


@pytest.fixture
def cors_client(client, db_url):
    """The API made with CORS_ORIGINS set (comma-separated)."""
    origins = Settings(cors_origins=f"{ORIGIN}, https://other.example.org")
    with TestClient(create_app(database_url=db_url, settings=origins)) as configured:
        yield configured


def test_configured_origins_may_read_and_see_etag_and_link(cors_client):
    response = cors_client.get("/articles", headers={"Origin": ORIGIN})
    assert response.headers["access-control-allow-origin"] == ORIGIN
    exposed = {name.strip().lower() for name in response.headers["access-control-expose-headers"].split(",")}
    assert {"etag", "link"} <= exposed


def test_other_origins_get_no_cors_headers(cors_client):
    response = cors_client.get("/articles", headers={"Origin": "https://elsewhere.example.com"})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


def test_cors_preflight_allows_conditional_gets_only(cors_client):
    def preflight(method: str, **headers: str):
        request = {"Origin": ORIGIN, "Access-Control-Request-Method": method}
        return cors_client.options("/articles", headers={**request, **headers})

    allowed = preflight("GET", **{"Access-Control-Request-Headers": "If-None-Match"})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-methods"] == "GET, HEAD"
    assert allowed.headers["x-frame-options"] == "DENY"
    assert preflight("POST").status_code == 400
    assert preflight("DELETE").status_code == 400
