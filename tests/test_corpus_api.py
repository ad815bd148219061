"""The extraction endpoints over a small corpus: filters, linking across articles, re-ingest, errors."""

import json

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import article_by_external_id, assert_problem

RECORDS = [
    {
        "id": "summit",
        "title": "Leaders meet on trade",
        "published": "2021-06-04",
        "text": (
            "Prime Minister Clara Vance met the United Nations envoy in Geneva on Wednesday.\n\n"
            '"We will not give up on open trade," Vance said after the meeting.\n\n'
            'The envoy said the talks were "a real step forward" for the region.'
        ),
    },
    {
        "id": "followup",
        "title": "Trade talks go on",
        "published": "2021-06-10",
        "text": (
            "The U.N. will host another round in Geneva next month.\n\n"
            '"We will not give up on open trade," Clara Vance told reporters on Monday, repeating her pledge.'
        ),
    },
    {
        "id": "other",
        "title": "Harbour reopens",
        "published": "2021-05-02",
        "text": 'Harbour master Omar Field said on Friday that "the harbour is open again to all ships."',
    },
]


@pytest.fixture
def corpus(seed, request):
    seed({"feed.jsonl": "\n".join(json.dumps(r) for r in RECORDS)})
    return request.getfixturevalue("client")


def items(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["items"]


def entity_named(client, name: str) -> dict:
    found = [e for e in items(client.get("/entities", params={"limit": 100})) if e["name"] == name]
    assert len(found) == 1, f"expected one entity {name!r}"
    return found[0]


def test_quote_items_carry_the_contract_fields(corpus):
    quote = items(corpus.get("/quotes"))[0]
    expected = {"id", "article_id", "text", "kind", "speaker", "speaker_text", "cue", "field", "start", "end"}
    assert expected <= quote.keys()


def test_quote_offsets_index_into_the_named_field(corpus):
    quotes = items(corpus.get("/quotes", params={"limit": 100}))
    assert len(quotes) == 4  # two in the first article, one in each of the others
    for quote in quotes:
        article = corpus.get(f"/articles/{quote['article_id']}").json()
        assert article[quote["field"]][quote["start"] : quote["end"]] == quote["text"]


def test_one_person_is_one_entity_across_articles(corpus):
    vance = entity_named(corpus, "Clara Vance")
    assert vance["type"] == "PERSON"
    assert vance["article_count"] == 2


def test_an_acronym_and_its_expansion_are_one_entity_across_articles(corpus):
    un = entity_named(corpus, "United Nations")
    assert "U.N." in un["aliases"]
    assert un["article_count"] == 2


def test_quotes_filter_by_speaker_id(corpus):
    vance = entity_named(corpus, "Clara Vance")
    quotes = items(corpus.get("/quotes", params={"speaker": vance["id"]}))
    assert len(quotes) == 2
    assert all(q["speaker"]["id"] == vance["id"] for q in quotes)


@pytest.mark.parametrize("name", ["Clara Vance", "clara vance", "Vance"])
def test_quotes_filter_by_any_name_of_the_speaker(corpus, name):
    quotes = items(corpus.get("/quotes", params={"speaker_name": name}))
    assert {q["speaker"]["name"] for q in quotes} == {"Clara Vance"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": "partial"}, {"a real step forward", "the harbour is open again to all ships."}),
        ({"q": "harbour"}, {"the harbour is open again to all ships."}),
        ({"published_to": "2021-05-31"}, {"the harbour is open again to all ships."}),
        ({"published_from": "2021-06-05"}, {"We will not give up on open trade,"}),
    ],
)
def test_quotes_filter(corpus, params, expected):
    assert {q["text"] for q in items(corpus.get("/quotes", params=params))} == expected


def test_a_quote_search_naming_a_column_is_refused_as_quotes_have_none(corpus):
    assert items(corpus.get("/quotes", params={"q": "trade"}))
    body = assert_problem(corpus.get("/quotes", params={"q": "title:trade"}), 422)
    assert "quotes have none" in body["detail"]


def test_the_same_words_in_two_articles_share_a_cluster(corpus):
    first, second = items(corpus.get("/quotes", params={"q": '"open trade"'}))
    assert first["article_id"] != second["article_id"]
    assert first["cluster_id"] == second["cluster_id"]
    detail = corpus.get(f"/quotes/{first['id']}").json()
    assert [q["id"] for q in detail["cluster"]] == [second["id"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "PERSON"}, {"Clara Vance", "Omar Field"}),
        ({"q": "nations"}, {"United Nations"}),
        ({"q": "u.n."}, {"United Nations"}),
        ({"min_articles": 2}, {"Clara Vance", "United Nations", "Geneva"}),
    ],
)
def test_entities_filter(corpus, params, expected):
    assert {e["name"] for e in items(corpus.get("/entities", params={**params, "limit": 100}))} == expected


def test_entities_filter_by_article(corpus):
    article = article_by_external_id(corpus, "other")
    names = {e["name"] for e in items(corpus.get("/entities", params={"article_id": article["id"]}))}
    assert names == {"Omar Field"}


def named_with(detail: dict) -> dict[str, int]:
    """An entity page's related entities: name -> how many articles name both."""
    return {r["entity"]["name"]: r["articles"] for r in detail["related"]}


def companions(client, name: str) -> dict[str, int]:
    return named_with(client.get(f"/entities/{entity_named(client, name)['id']}").json())


def test_entity_page_lists_mentions_articles_quotes_and_companions(corpus):
    vance = entity_named(corpus, "Clara Vance")
    detail = corpus.get(f"/entities/{vance['id']}").json()
    assert {m["text"] for m in detail["mentions"]} == {"Clara Vance", "Vance"}
    assert len({a["id"] for a in detail["articles"]}) == 2
    assert len(detail["quotes"]) == 2
    named_alongside = named_with(detail)
    assert named_alongside["United Nations"] == 2 and named_alongside["Geneva"] == 2


def test_articles_filter_by_entity(corpus):
    field = entity_named(corpus, "Omar Field")
    found = items(corpus.get("/articles", params={"entity": field["id"]}))
    assert [a["external_id"] for a in found] == ["other"]


def test_article_detail_embeds_quotes_entities_and_events(corpus):
    article = article_by_external_id(corpus, "summit")
    assert len(article["quotes"]) == 2
    assert {e["name"] for e in article["entities"]} >= {"Clara Vance", "United Nations", "Geneva"}
    vance = next(e for e in article["entities"] if e["name"] == "Clara Vance")
    assert [m["text"] for m in vance["mentions"]] == ["Clara Vance", "Vance"]
    assert [e["date"] for e in article["events"]] == ["2021-06-02"]


def test_timeline_is_sorted_oldest_first(corpus):
    dates = [e["date"] for e in items(corpus.get("/timeline", params={"limit": 100}))]
    assert dates == sorted(dates) and len(dates) == 4


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"from": "2021-06-01"}, ["2021-06-02", "2021-06-07", "2021-07"]),
        ({"to": "2021-06-05"}, ["2021-04-30", "2021-06-02"]),
        ({"from": "2021-07-15", "to": "2021-07-20"}, ["2021-07"]),
    ],
)
def test_timeline_filters_by_date_range(corpus, params, expected):
    assert [e["date"] for e in items(corpus.get("/timeline", params=params))] == expected


def test_timeline_filters_by_entity_in_the_sentence(corpus):
    field = entity_named(corpus, "Omar Field")
    events = items(corpus.get("/timeline", params={"entity": field["id"]}))
    assert [e["date_text"] for e in events] == ["Friday"]
    assert events[0]["entities"][0]["name"] == "Omar Field"


def test_timeline_counts_per_month(corpus):
    periods = items(corpus.get("/timeline", params={"bucket": "month"}))
    assert periods == [
        {"period": "2021-04", "count": 1},
        {"period": "2021-06", "count": 2},
        {"period": "2021-07", "count": 1},
    ]


def test_re_ingesting_a_changed_article_replaces_its_extraction_and_keeps_entity_ids(corpus, ingest):
    vance = entity_named(corpus, "Clara Vance")
    changed = {**RECORDS[1], "text": "Clara Vance said nothing more on Tuesday."}
    result = ingest({"feed.jsonl": "\n".join(json.dumps(r) for r in [RECORDS[0], changed, RECORDS[2]])})
    assert "1 replaced" in result.output
    article = article_by_external_id(corpus, "followup")
    assert article["quotes"] == []
    assert [e["date"] for e in article["events"]] == ["2021-06-08"]
    assert entity_named(corpus, "Clara Vance")["id"] == vance["id"]


def test_an_article_that_no_longer_names_a_companion_is_no_longer_counted(corpus, ingest):
    changed = {**RECORDS[1], "text": "Clara Vance will host another round in Geneva next month."}
    ingest({"feed.jsonl": "\n".join(json.dumps(r) for r in [RECORDS[0], changed, RECORDS[2]])})
    assert companions(corpus, "Clara Vance") == {"United Nations": 1, "Geneva": 2}
    assert companions(corpus, "United Nations") == {"Clara Vance": 1, "Geneva": 1}


def test_companions_no_article_names_together_any_more_are_not_listed(corpus, ingest):
    assert companions(corpus, "Clara Vance")
    changed = [{**record, "text": "Clara Vance spoke on Wednesday."} for record in RECORDS[:2]]
    ingest({"feed.jsonl": "\n".join(json.dumps(r) for r in [*changed, RECORDS[2]])})
    assert companions(corpus, "Clara Vance") == {}


def test_an_entity_no_article_names_any_more_is_gone(corpus, ingest):
    field = entity_named(corpus, "Omar Field")
    changed = {**RECORDS[2], "text": "The harbour reopened."}
    ingest({"feed.jsonl": "\n".join(json.dumps(r) for r in [*RECORDS[:2], changed])})
    assert_problem(corpus.get(f"/entities/{field['id']}"), 404)


@pytest.mark.parametrize("path", ["/quotes/999", "/entities/999"])
def test_unknown_ids_are_404(corpus, path):
    assert_problem(corpus.get(path), 404)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/quotes", {"kind": "rumour"}),
        ("/quotes", {"q": '"unbalanced'}),
        ("/quotes", {"speaker": "0"}),
        ("/entities", {"min_articles": "-1"}),
        ("/timeline", {"from": "2021-13-01"}),
        ("/timeline", {"to": "0"}),
        ("/quotes", {"published_from": "1622505600"}),
        ("/timeline", {"from": "2021-06-02", "to": "2021-06-01"}),
        ("/timeline", {"bucket": "week"}),
        ("/articles", {"entity": "x"}),
        ("/quotes/01", {}),
    ],
)
def test_bad_parameters_are_422(corpus, path, params):
    assert_problem(corpus.get(path, params=params), 422)


def test_dates_out_of_order_are_named_as_the_request_gives_them(corpus):
    problem = assert_problem(corpus.get("/timeline", params={"from": "2021-06-02", "to": "2021-06-01"}), 422)
    assert "from is after to" in problem["detail"]


def test_the_canonical_name_is_the_fullest_of_the_common_spellings(ingest, client):
    texts = ["Judge Thomas Walsh opened the bridge."] * 4 + ["Judge Thomas Henry Walsh cut the ribbon."]
    records = [{"id": f"a{i}", "text": text} for i, text in enumerate(texts)]
    ingest({"feed.jsonl": "\n".join(json.dumps(r) for r in records)})
    (walsh,) = items(client.get("/entities", params={"q": "walsh"}))
    assert walsh["name"] == "Thomas Walsh"
    assert walsh["aliases"] == ["Thomas Henry Walsh"]
    renamed = records[:1] + [{**record, "text": texts[4]} for record in records[1:]]
    ingest({"feed.jsonl": "\n".join(json.dumps(r) for r in renamed)})
    (walsh,) = items(client.get("/entities", params={"q": "walsh"}))
    assert walsh["name"] == "Thomas Henry Walsh"


def test_re_ingesting_keeps_entity_counts_as_a_fresh_ingest_gives_them(corpus, ingest):
    before = entity_named(corpus, "Clara Vance")
    retitled = [{**record, "title": record["title"] + " (updated)"} for record in RECORDS]
    result = ingest({"feed.jsonl": "\n".join(json.dumps(r) for r in retitled)})
    assert "3 replaced" in result.output
    assert entity_named(corpus, "Clara Vance") == before


def test_a_name_is_no_longer_a_pseudonym_once_no_article_says_so(ingest, client):
    record = {"id": "flight", "text": "Samir (not his real name) said he left the city in March."}
    ingest({"feed.jsonl": json.dumps(record)})
    assert entity_named(client, "Samir")["pseudonym"] is True
    ingest({"feed.jsonl": json.dumps({**record, "text": "Samir said he left the city in March."})})
    assert entity_named(client, "Samir")["pseudonym"] is False


# About SQLite's FTS5 trigger on an update of a quote's text; the store never updates one (it writes an
# article's quotes anew), and PostgreSQL's documents are written with them (tests/test_postgresql.py).
@pytest.mark.sqlite_only
def test_quote_search_follows_a_quote_whose_text_changes(corpus, db_url):
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE quotes SET text = 'the lighthouse stays dark' WHERE text LIKE 'the harbour%'"))
    engine.dispose()
    assert [q["text"] for q in items(corpus.get("/quotes", params={"q": "lighthouse"}))] == [
        "the lighthouse stays dark"
    ]
    assert items(corpus.get("/quotes", params={"q": "harbour"})) == []


def test_the_id_of_an_entity_gone_from_the_corpus_is_never_given_to_another(corpus, ingest):
    field = entity_named(corpus, "Omar Field")
    gone = {**RECORDS[2], "text": "The harbour reopened."}
    ingest({"feed.jsonl": "\n".join(json.dumps(r) for r in [*RECORDS[:2], gone])})
    ingest({"feed.jsonl": json.dumps({"id": "new", "text": "Harbour master Lena Ortiz said the ships were back."})})
    assert_problem(corpus.get(f"/entities/{field['id']}"), 404)


def test_a_speaker_shown_with_a_quote_follows_names_learned_since(ingest, client):
    first = {"id": "first", "text": '"We will rebuild the bridge," said Jane Roe on Monday.'}
    assert ingest({"a.json": json.dumps(first)}).exit_code == 0
    before = client.get("/quotes").json()["items"][0]["speaker"]
    second = {"id": "second", "text": '"The work starts soon," said Jane Q. Roe, the mayor.'}
    assert ingest({"b.json": json.dumps(second)}).exit_code == 0
    first_id = article_by_external_id(client, "first")["id"]
    after = client.get("/quotes", params={"article_id": first_id}).json()["items"][0]["speaker"]
    assert "Jane Q. Roe" not in [before["name"], *before["aliases"]]
    assert "Jane Q. Roe" in [after["name"], *after["aliases"]]
