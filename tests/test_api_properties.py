"""Property-based: every operation /openapi.json declares, fed generated and hostile parameters, answers as declared.

Schemathesis reads the app's own /openapi.json and sends each operation valid and invalid parameters (its
examples, coverage and fuzzing phases) over a small corpus with quotes, entities and events. Each answer must
not be a server error, must have a documented status code and content type, must match the declared body
schema, and invalid input must be refused with a 4xx. Generation is derandomized and bounded, so a run is
reproducible and takes seconds.
"""

import base64
import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.api.main import create_app
from app.cli import cli
from tests.databases import Databases

RECORDS = [
    {
        "id": "bridge",
        "title": "Town votes to rebuild the old bridge",
        "source": "The Harbour Gazette",
        "author": "Mira Solt",
        "published": "2022-03-09",
        "text": (
            "Mayor Ada Quill met engineers from Northgate Works in Lindenport on Tuesday.\n\n"
            '"We will rebuild the bridge before winter," Quill said after the meeting.\n\n'
            'The engineers called the plan "bold but possible" and expect work to begin in April 2022.'
        ),
    },
    {
        "id": "ferry",
        "title": "Ferry service returns",
        "source": "The Harbour Gazette",
        "published": "2022-03-15T08:00:00+01:00",
        "text": (
            "Northgate Works will run a ferry across the river until the bridge reopens.\n\n"
            '"Nobody should be cut off," Ada Quill told reporters on Monday.'
        ),
    },
    {
        "id": "harbour",
        "title": "Fishers return to Kåsby",
        "source": "Nordic Coast Review",
        "author": "Zoë Ångström",
        "published": "2021-05-06",
        "text": 'Harbour master Jørgen Lund said on 4 May 2021 that "the harbour is ours again."',
    },
    {"id": "letters", "title": "Letters", "text": "Readers in Lindenport write about the bridge and the ferry."},
]

CONFIG = schemathesis.Config.from_dict(
    {
        "generation": {
            # Valid and invalid parameters alike.
            "mode": "all",
            "max-examples": 40,
            # Reproducible in CI: derandomized, and no example database carried over from earlier runs.
            "deterministic": True,
            "database": "none",
        },
        "checks": {
            # Off because the schema cannot say everything: a cursor is opaque (any string is schema-valid, few
            # are cursors), and parameters constrain each other (sort=relevance needs q; from before to).
            "positive_data_acceptance": {"enabled": False},
        },
    }
)
# The document does not depend on the data, so it is read from an app over an empty database at collection
# time; each request then goes to the app over the corpus (`app=` below).
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", create_app(database_url="sqlite://"), config=CONFIG)
LISTS = ["/articles", "/quotes", "/entities", "/timeline"]


@pytest.fixture(scope="module")
def corpus_app(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """The API over the corpus, ingested once: requests only read, so every test may share it."""
    folder = tmp_path_factory.mktemp("properties")
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(record) for record in RECORDS), encoding="utf-8")
    url = databases.new(folder)
    result = CliRunner().invoke(cli, ["ingest", str(folder / "feed.jsonl"), "--db", url])
    assert result.exit_code == 0, result.output
    app = create_app(database_url=url)
    with TestClient(app) as client:
        for path in LISTS:
            assert client.get(path).json()["total"], f"the corpus has nothing for {path}"
    yield app


@SCHEMA.parametrize()
def test_every_operation_answers_as_the_openapi_document_declares(case: schemathesis.Case, corpus_app: FastAPI) -> None:
    case.call_and_validate(app=corpus_app)


def _get(path: str, corpus_app: FastAPI, **parts: Any) -> schemathesis.Response:
    """GET `path` with the given parts (query, path_parameters, headers), checked against the document."""
    return SCHEMA[path]["GET"].Case(**parts).call_and_validate(app=corpus_app)


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _refused(response: schemathesis.Response) -> bool:
    return response.status_code == 422 and response.headers["content-type"][0].startswith("application/problem+json")


HOSTILE_TEXT = [
    "NEAR(a b",
    '"unterminated',
    "a AND OR b",
    "'; DROP TABLE articles; --",
    "bridge\x00",
    "x" * 10_000,
    "title:bridge OR body:*",
    "^bridge NOT",
    "🌉 Zoë Ångström \u202e",
    "%_\\",
]
TEXT_PARAMETERS = [("/articles", "q"), ("/articles", "source"), ("/quotes", "q"), ("/quotes", "speaker_name")]
TEXT_PARAMETERS += [("/entities", "q"), ("/entities", "type")]


@pytest.mark.parametrize("text", HOSTILE_TEXT, ids=repr)
@pytest.mark.parametrize(("path", "name"), TEXT_PARAMETERS)
def test_hostile_text_is_answered_or_refused_as_documented(
    corpus_app: FastAPI, path: str, name: str, text: str
) -> None:
    response = _get(path, corpus_app, query={name: text})
    assert response.status_code == 200 or _refused(response), response.text


HOSTILE_CURSORS = [
    "not base64 at all!",
    _b64('{"s": "-published"}'),
    _b64("[1, 2]"),
    _b64('{"s": "-published", "k": [{"x": 1}, 1]}'),
    _b64(f'{{"s": "-published", "k": ["2022-03-09", {2**64}]}}'),
    "QUJD" * 2_500,
    "eyJ\x00",
]


@pytest.mark.parametrize("cursor", HOSTILE_CURSORS, ids=lambda cursor: repr(cursor[:20]))
@pytest.mark.parametrize("path", LISTS)
def test_malformed_cursors_are_refused(corpus_app: FastAPI, path: str, cursor: str) -> None:
    assert _refused(_get(path, corpus_app, query={"cursor": cursor}))


BAD_NUMBERS = [str(2**63), "-1", "1e309", "١٢"]
NUMBER_PARAMETERS = [("/articles", "limit"), ("/articles", "entity"), ("/quotes", "speaker"), ("/quotes", "article_id")]
NUMBER_PARAMETERS += [("/entities", "min_articles"), ("/timeline", "limit"), ("/timeline", "entity")]


@pytest.mark.parametrize("number", BAD_NUMBERS)
@pytest.mark.parametrize(("path", "name"), NUMBER_PARAMETERS)
def test_numbers_beyond_range_or_not_in_ascii_digits_are_refused(
    corpus_app: FastAPI, path: str, name: str, number: str
) -> None:
    assert _refused(_get(path, corpus_app, query={name: number}))


@pytest.mark.parametrize("number", BAD_NUMBERS)
@pytest.mark.parametrize(
    ("path", "name"), [("/articles/{article_id}", "article_id"), ("/quotes/{quote_id}", "quote_id")]
)
def test_item_ids_beyond_range_or_not_in_ascii_digits_are_refused(
    corpus_app: FastAPI, path: str, name: str, number: str
) -> None:
    assert _refused(_get(path, corpus_app, path_parameters={name: number}))


@pytest.mark.parametrize("day", ["2024-02-30", "99999-01-01"])
@pytest.mark.parametrize(
    ("path", "name"), [("/articles", "published_from"), ("/quotes", "published_to"), ("/timeline", "from")]
)
def test_impossible_days_are_refused(corpus_app: FastAPI, path: str, name: str, day: str) -> None:
    assert _refused(_get(path, corpus_app, query={name: day}))


def test_a_conditional_get_answers_the_documented_304(corpus_app: FastAPI) -> None:
    etag = _get("/articles", corpus_app).headers["etag"][0]
    assert _get("/articles", corpus_app, headers={"If-None-Match": etag}).status_code == 304
