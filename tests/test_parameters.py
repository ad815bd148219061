"""Query parameters through HTTP: each given once, numbers in plain digits, entity types in any case,
settings read once when the app is made, and links that never echo the client's Host header."""

import json

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.settings import Settings
from tests.conftest import assert_problem

# A person named in two articles, an organisation in one.
RECORDS = [
    {"id": "one", "text": "Mayor Jane Roe spoke to Acme Holdings in Springfield."},
    {"id": "two", "text": "Mayor Jane Roe opened the new library."},
]


@pytest.fixture
def named(ingest, client):
    result = ingest({"feed.jsonl": "\n".join(json.dumps(record) for record in RECORDS)})
    assert result.exit_code == 0, result.output
    return client


@pytest.mark.parametrize("written", ["person", "Person", "PERSON"])
def test_an_entity_type_is_matched_in_any_case(named, written):
    items = named.get("/entities", params={"type": written}).json()["items"]
    assert [item["name"] for item in items] == ["Jane Roe"]


def test_an_unknown_entity_type_is_refused_with_the_known_types(named):
    body = assert_problem(named.get("/entities", params={"type": "NOPE"}), 422)
    assert "type: must be one of PERSON, ORG, GPE, LOC, FAC, EVENT" in body["detail"]
    assert named.get("/entities", params={"type": "org"}).status_code == 200


def test_the_documented_entity_types_are_the_accepted_ones(client):
    (parameter,) = [
        parameter
        for parameter in client.get("/openapi.json").json()["paths"]["/entities"]["get"]["parameters"]
        if parameter["name"] == "type"
    ]
    documented = parameter["schema"]["anyOf"][0]["enum"]
    assert "PERSON" in documented
    for kind in documented:
        assert client.get("/entities", params={"type": kind.lower()}).status_code == 200


@pytest.mark.parametrize("query", ["limit=5&limit=1", "limit=1&limit=5", "type=ORG&type=PERSON"])
def test_a_repeated_parameter_is_refused_by_name(client, query):
    body = assert_problem(client.get(f"/entities?{query}"), 422)
    name = query.partition("=")[0]
    assert body["detail"] == f"{name}: is given more than once"
    assert client.get(f"/entities?{query.partition('&')[0]}").status_code == 200


@pytest.mark.parametrize("written", ["1.0", "+5", "1_0", " 5", "٥", "05"])
@pytest.mark.parametrize("name", ["limit", "article_id", "min_articles"])
def test_a_number_is_written_in_plain_digits(client, name, written):
    body = assert_problem(client.get(f"/entities?{name}={written}"), 422)
    assert f"{name}: must be a positive whole number written in digits" in body["detail"]
    assert client.get(f"/entities?{name}=5").status_code == 200


@pytest.mark.parametrize("name", ["limit", "article_id", "min_articles"])
def test_a_number_below_one_is_refused_as_under_the_least(client, name):
    body = assert_problem(client.get(f"/entities?{name}=0"), 422)
    assert body["detail"] == f"{name}: must be at least 1"
    assert client.get(f"/entities?{name}=1").status_code == 200


def test_an_id_beyond_sqlites_integers_is_refused_as_over_the_most(client):
    largest = 2**63 - 1
    body = assert_problem(client.get(f"/entities?article_id={largest + 1}"), 422)
    assert body["detail"] == f"article_id: must be at most {largest}"
    assert client.get(f"/entities?article_id={largest}").status_code == 200


def test_a_wrong_method_names_get_and_head_as_allowed(client):
    assert_problem(client.post("/entities"), 405)
    assert client.post("/entities").headers["allow"] == "GET, HEAD"
    assert client.head("/entities").status_code == 200


def test_the_settings_are_those_the_app_was_made_with(client, db_url, monkeypatch):
    # The environment changing after the app is made changes nothing, and no cache needs clearing.
    with TestClient(create_app(database_url=db_url, settings=Settings(max_page_size=3, page_size=2))) as small:
        monkeypatch.setenv("MAX_PAGE_SIZE", "50")
        assert "limit: must be at most 3" in assert_problem(small.get("/entities?limit=4"), 422)["detail"]
        assert small.get("/entities?limit=3").status_code == 200
        limit = next(p for p in small.get("/openapi.json").json()["paths"]["/entities"]["get"]["parameters"])
        assert (limit["name"], limit["schema"]["maximum"], limit["schema"]["default"]) == ("limit", 3, 2)
    assert client.get("/entities?limit=4").status_code == 200


def test_the_default_page_size_is_the_apps_setting(named, db_url):
    with TestClient(create_app(database_url=db_url, settings=Settings(page_size=1))) as one_a_page:
        page = one_a_page.get("/entities").json()
    assert len(page["items"]) == 1 and page["next_cursor"]
    assert len(named.get("/entities").json()["items"]) > 1


def test_the_next_page_link_is_relative_whatever_the_host_header_says(named):
    response = named.get("/entities", params={"limit": 1}, headers={"Host": "evil.example"})
    link = response.headers["link"]
    assert link.startswith("</entities?limit=1&cursor=") and "evil.example" not in link
    assert named.get(link[1:].partition(">")[0]).json()["items"], "the link leads to the next page"


def test_the_next_page_link_starts_with_the_public_base_url_when_set(named, db_url):
    public = Settings(public_base_url="https://news.example.org/api/")
    with TestClient(create_app(database_url=db_url, settings=public)) as behind_a_proxy:
        response = behind_a_proxy.get("/entities", params={"limit": 1}, headers={"Host": "evil.example"})
    assert response.headers["link"].startswith("<https://news.example.org/api/entities?limit=1&cursor=")
