"""GET /articles and /articles/{id}: filters, sorts, keyset pagination, caching, errors."""

import asyncio
import base64
import json
import re
import sqlite3

import pytest

from tests.conftest import assert_problem

RECORDS = [
    {
        "id": "flood",
        "title": "River floods the valley",
        "text": "The river burst its banks after storms.",
        "source": "The Valley Courier",
        "author": "Ann Poe",
        "published": "2021-06-01",
    },
    {
        "id": "budget",
        "title": "Council passes budget",
        "text": "Councillors approved the budget for schools.",
        "source": "The Valley Courier",
        "author": "Ann Poe and Ben Roe",
        "published": "2021-06-03T09:30:00+02:00",
    },
    {
        "id": "match",
        "title": "Late goal wins the derby",
        "text": "A late goal settled the derby in the rain.",
        "source": "Sports Daily",
        "author": "Cy Doe",
        "published": "2021-06-02",
    },
    {
        "id": "storm",
        "title": "Storms expected",
        "text": "Forecasters expect storms and flooding rivers.",
        "source": "Sports Daily",
        "published": "2021-05-30",
    },
    {"id": "undated", "title": "Letters", "text": "Readers write about the river and the storms."},
]


@pytest.fixture
def corpus(seed, request):
    seed({"feed.jsonl": "\n".join(json.dumps(r) for r in RECORDS)})
    return request.getfixturevalue("client")


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["external_id"] for item in response.json()["items"]]


def test_list_items_carry_the_contract_fields(corpus):
    item = corpus.get("/articles", params={"external_id": "budget"}).json()["items"][0]
    assert {"id", "external_id", "title", "source", "author", "published", "url"} <= item.keys()


def test_default_order_is_newest_first_with_undated_articles_last(corpus):
    assert ids(corpus.get("/articles")) == ["budget", "match", "flood", "storm", "undated"]


def test_sort_published_is_oldest_first(corpus):
    assert ids(corpus.get("/articles", params={"sort": "published"})) == [
        "undated",
        "storm",
        "flood",
        "match",
        "budget",
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"source": "the valley courier"}, {"flood", "budget"}),
        ({"author": "Ben Roe"}, {"budget"}),
        ({"author": "ann poe"}, {"flood", "budget"}),
        ({"external_id": "match"}, {"match"}),
        ({"published_from": "2021-06-02"}, {"match", "budget"}),
        ({"published_to": "2021-06-01"}, {"storm", "flood"}),
        ({"published_from": "2021-06-01", "published_to": "2021-06-03"}, {"flood", "match", "budget"}),
        ({"q": "storms"}, {"flood", "storm", "undated"}),
        ({"q": "flood"}, {"flood", "storm"}),
        ({"q": "river NOT storms"}, set()),
        ({"q": "title:storms"}, {"storm"}),
        ({"q": '"late goal"'}, {"match"}),
        ({"q": "counc*"}, {"budget"}),
        ({"q": "storms", "source": "Sports Daily"}, {"storm"}),
        ({"source": "Nobody"}, set()),
    ],
)
def test_each_filter_selects_the_matching_articles(corpus, params, expected):
    response = corpus.get("/articles", params=params)
    assert set(ids(response)) == expected
    assert response.json()["total"] == len(expected)


def test_search_ranks_by_relevance_and_highlights_a_snippet(corpus):
    items = corpus.get("/articles", params={"q": "storms"}).json()["items"]
    assert items[0]["external_id"] == "storm"  # a title hit outranks body hits
    assert items[0]["snippet"] == "Forecasters expect <mark>storms</mark> and flooding rivers."


def test_total_follows_articles_ingested_since_the_last_count(corpus, ingest):
    for _ in range(3):  # counted on each pooled connection before the database changes
        assert corpus.get("/articles", params={"q": "storms"}).json()["total"] == 3
    ingest({"more.json": json.dumps({"id": "squall", "text": "More storms tonight."})})
    assert corpus.get("/articles", params={"q": "storms"}).json()["total"] == 4


def test_total_of_a_word_follows_an_article_rewritten_without_it(corpus, ingest):
    assert corpus.get("/articles", params={"q": "storms"}).json()["total"] == 3
    ingest({"feed.jsonl": json.dumps({**RECORDS[-1], "text": "Readers write about the river."})})
    assert corpus.get("/articles", params={"q": "storms"}).json()["total"] == 2
    assert corpus.get("/articles", params={"q": "river"}).json()["total"] == 3  # its other words still counted


@pytest.fixture
def ranked_matches(client):
    """Set the RANKED_MATCHES setting of the client's app: ranked_matches(2)."""

    def set_to(count: int) -> None:
        client.app.state.settings = client.app.state.settings.model_copy(update={"ranked_matches": count})

    return set_to


def test_relevance_ranks_only_the_newest_matches_up_to_the_setting(corpus, ranked_matches):
    ranked_matches(2)
    page = corpus.get("/articles", params={"q": "storms"}).json()
    # flood, storm and undated all match; the two ingested last are ranked, the count has all three.
    assert [item["external_id"] for item in page["items"]] == ["storm", "undated"]
    assert page["total"] == 3 and page["next_cursor"] is None


WINDOWS = ["latest", "recent"]  # the indexes of the newest articles, smallest first


def newest_window(db_url: str, articles: int, window: str = "recent") -> None:
    """Make the index of the newest articles named `window` hold `articles` of them from now on."""
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
        connection.execute(f"UPDATE {window}_window SET articles = ?", (articles,))


def ranked_in(client, q: str) -> tuple[list[str], str]:
    """The external ids a relevance search lists, and the full-text index that ranked them."""
    statements: list[str] = []
    client.app.state.readers.trace(statements.append)
    items = client.get("/articles", params={"q": q}).json()["items"]
    client.app.state.readers.trace(None)
    (ranking,) = [statement for statement in statements if "bm25(" in statement]
    return [item["external_id"] for item in items], ranking.split("bm25(")[1].split(",")[0]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("window", WINDOWS)
def test_a_common_word_is_ranked_among_the_newest_articles_that_hold_its_ranked_matches(
    ingest, client, db_url, ranked_matches, window
):
    # The other window holds nothing (the smaller) or everything (the larger).
    newest_window(db_url, 3 if window == "latest" else 0, "latest")
    newest_window(db_url, 3 if window == "recent" else 1_000, "recent")
    storms = [{"id": f"s{n}", "text": f"Storms, day {n}."} for n in range(5)]
    ingest({"feed.jsonl": "\n".join(json.dumps(r) for r in [*storms, {"id": "t", "title": "Storms", "text": "x"}])})
    ranked_matches(2)
    # The title hit first, ranked in the window asked for; the count has every match.
    assert ranked_in(client, "storms") == (["t", "s4"], f"{window}_articles_fts")
    assert client.get("/articles", params={"q": "storms"}).json()["total"] == 6


@pytest.mark.sqlite_only
def test_a_word_is_ranked_in_the_smallest_window_that_holds_its_ranked_matches(ingest, client, db_url, ranked_matches):
    newest_window(db_url, 2, "latest")
    newest_window(db_url, 4, "recent")
    feed = [{"id": f"s{n}", "text": f"Storms, day {n}." + (" Floods." if n < 3 else "")} for n in range(6)]
    ingest({"feed.jsonl": "\n".join(json.dumps(record) for record in feed)})
    ranked_matches(2)
    assert ranked_in(client, "storms")[1] == "latest_articles_fts"
    ranked_matches(4)
    assert ranked_in(client, "storms")[1] == "recent_articles_fts"
    # Matches further back than either window are ranked in the main index, the newest of them only.
    ranked_matches(2)
    assert ranked_in(client, "floods") == (["s1", "s2"], "articles_fts")  # ties by id


@pytest.mark.sqlite_only
def test_a_word_is_ranked_in_the_window_holding_fewest_articles_whichever_is_named_larger(
    ingest, client, db_url, ranked_matches
):
    newest_window(db_url, 4, "latest")
    newest_window(db_url, 2, "recent")
    ingest({"feed.jsonl": stormy_days(["0", "1", "2", "3", "4", "5"])})
    ranked_matches(2)
    assert ranked_in(client, "storms")[1] == "recent_articles_fts"


def stormy_days(days: list[str]) -> str:
    return "\n".join(json.dumps({"id": f"s{n}", "text": f"Storms, day {day}."}) for n, day in enumerate(days))


@pytest.mark.sqlite_only
@pytest.mark.parametrize("window", WINDOWS)
def test_an_index_of_the_newest_articles_holds_only_its_window(ingest, client, db_url, window):
    newest_window(db_url, 2, window)
    ingest({"feed.jsonl": stormy_days(["0", "1", "2", "3", "4"])})
    ingest({"feed.jsonl": stormy_days(["0", "1", "2", "three", "4"])})  # s3 replaced in place
    index = f"{window}_articles_fts"
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
        matching = f"SELECT rowid FROM {index} WHERE {index} MATCH ?"
        assert connection.execute(matching, ("storms",)).fetchall() == [(4,), (5,)]
        assert connection.execute(matching, ("three",)).fetchall() == [(4,)]
        connection.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")


@pytest.mark.parametrize("sort", ["-published", "published"])
def test_search_by_date_through_a_crowded_day_lists_every_match_in_order(ingest, client, sort):
    # Undated articles are all one day in the index keyed by day: more than a page can sort there.
    feed = [{"id": f"u{n}", "text": "Storms again."} for n in range(120)]
    feed += [{"id": f"d{n}", "text": "Storms.", "published": f"2021-03-0{n + 1}"} for n in range(3)]
    ingest({"feed.jsonl": "\n".join(json.dumps(record) for record in feed)})
    found, statements = search_pages(client, f"/articles?q=storms&sort={sort}&limit=1")
    undated, dated = [f"u{n}" for n in range(120)], ["d0", "d1", "d2"]
    assert found == (dated[::-1] + undated[::-1] if sort == "-published" else undated + dated)
    # The pages read every match (joined from SQLite's index, or sorted by the dates PostgreSQL's documents keep),
    # not the day's.
    assert any(re.search(r"JOIN articles_fts ON|FROM articles_fts\s+WHERE", statement) for statement in statements)


def search_pages(client, url: str) -> tuple[list[str], list[str]]:
    """The external ids of every page of a search from `url` on, and the statements run for them."""
    found, statements = [], []
    client.app.state.readers.trace(statements.append)
    while url:
        page = client.get(url).json()
        found += [item["external_id"] for item in page["items"]]
        url = page["next_cursor"] and f"{url.split('&cursor=')[0]}&cursor={page['next_cursor']}"
    client.app.state.readers.trace(None)
    return found, statements


@pytest.mark.parametrize("sort", ["-published", "published"])
def test_search_by_date_under_a_filter_pages_alike_through_the_date_index_and_through_every_match(
    ingest, client, ranked_matches, sort
):
    days = [f"2021-0{n % 9 + 1}-{10 + n % 3}" for n in range(60)]
    feed = [{"id": f"s{n}", "text": "Storms again.", "published": day, "source": "Wire"} for n, day in enumerate(days)]
    ingest({"feed.jsonl": "\n".join(json.dumps(record) for record in [{"id": "calm", "text": "Calm."}, *feed])})
    url = f"/articles?q=storms&source=Wire&sort={sort}&limit=4"
    every, _ = search_pages(client, url)
    ranked_matches(5)  # a word in every article counts as common: its pages are found by walking the dates
    walked, statements = search_pages(client, url)
    assert any("EXISTS" in statement for statement in statements)
    assert walked == every and len(every) == 60


# Days with several articles, times and offsets within one day, and articles without a date.
DATED = [
    None,
    "2021-03-02",
    "2021-03-01T23:00:00-05:00",
    "2021-03-02",
    "2021-03-02T08:00:00+02:00",
    None,
    "2020-12-31",
    "2021-03-01",
    "2021-03-02T08:00:00+01:00",
    "2021-03-01",
    "0001-01-01",
    "2021-03-02",
]


@pytest.mark.parametrize("sort", ["-published", "published"])
@pytest.mark.parametrize("limit", [1, 2, 5])
def test_search_by_date_pages_through_the_matches_in_date_then_id_order(ingest, client, sort, limit):
    feed = [{"id": f"s{n}", "text": "Storms again.", "published": day} for n, day in enumerate(DATED)]
    ingest({"feed.jsonl": "\n".join(json.dumps({k: v for k, v in r.items() if v}) for r in feed)})
    found, _ = search_pages(client, f"/articles?q=storms&sort={sort}&limit={limit}")
    # NULL dates count as the smallest, as SQLite orders them; ids follow the feed's order.
    order = sorted(range(len(DATED)), key=lambda n: (DATED[n] is not None, DATED[n] or "", n))
    assert found == [f"s{n}" for n in (order[::-1] if sort == "-published" else order)]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("sort", ["-published", "published"])
def test_search_by_date_is_read_from_the_index_keyed_by_day_on_sqlite(ingest, client, sort):
    feed = [{"id": f"s{n}", "text": "Storms again.", "published": day} for n, day in enumerate(DATED)]
    ingest({"feed.jsonl": "\n".join(json.dumps({k: v for k, v in r.items() if v}) for r in feed)})
    found, statements = search_pages(client, f"/articles?q=storms&sort={sort}&limit=2")
    assert len(found) == len(DATED)  # the control: every page was read
    assert any("FROM dated_articles_fts JOIN articles" in statement for statement in statements)


def test_search_by_date_follows_an_article_whose_date_changed(ingest, client):
    ingest({"feed.jsonl": stormy_dates({"a": "2021-01-01", "b": "2021-02-01"})})
    ingest({"feed.jsonl": stormy_dates({"a": "2021-03-01", "b": "2021-02-01"})})
    assert ids(client.get("/articles", params={"q": "storms", "sort": "-published"})) == ["a", "b"]
    assert ids(client.get("/articles", params={"q": "storms", "sort": "-published", "limit": 1})) == ["a"]


def stormy_dates(days: dict[str, str]) -> str:
    return "\n".join(
        json.dumps({"id": name, "text": f"Storms on {day}.", "published": day}) for name, day in days.items()
    )


def test_snippet_escapes_the_article_text(ingest, client):
    ingest({"x.json": json.dumps({"id": "x", "text": "Use <script> tags & storms."})})
    snippet = client.get("/articles", params={"q": "storms"}).json()["items"][0]["snippet"]
    assert snippet == "Use &lt;script&gt; tags &amp; <mark>storms</mark>."


def test_search_can_be_sorted_by_date(corpus):
    assert ids(corpus.get("/articles", params={"q": "storms", "sort": "-published"})) == ["flood", "storm", "undated"]


@pytest.mark.parametrize("params", [{}, {"sort": "published"}, {"q": "the"}, {"source": "Sports Daily"}])
def test_paging_with_the_cursor_walks_every_match_exactly_once(corpus, params):
    everything = ids(corpus.get("/articles", params={**params, "limit": 100}))
    seen, cursor = [], None
    for _ in range(20):
        page = corpus.get("/articles", params={**params, "limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        seen += [item["external_id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == everything


def test_pages_stay_correct_while_articles_are_added(corpus, ingest):
    first = corpus.get("/articles", params={"limit": 2}).json()
    ingest({"late.jsonl": json.dumps({"id": "newest", "text": "Breaking.", "published": "2022-01-01"})})
    rest = corpus.get("/articles", params={"limit": 100, "cursor": first["next_cursor"]})
    assert ids(rest) == ["flood", "storm", "undated"]


def test_next_page_is_also_given_in_the_link_header(corpus):
    response = corpus.get("/articles", params={"limit": 1, "source": "The Valley Courier"})
    cursor = response.json()["next_cursor"]
    link = response.headers["link"]
    assert link.endswith('>; rel="next"') and f"cursor={cursor}" in link and "source=The+Valley+Courier" in link
    assert "link" not in corpus.get("/articles", params={"limit": 100}).headers


def test_link_header_of_a_later_page_carries_only_the_next_cursor(corpus):
    first = corpus.get("/articles", params={"limit": 1, "sort": "published"})
    second = corpus.get(first.headers["link"][1:].partition(">")[0])
    link = second.headers["link"]
    assert link.count("cursor=") == 1 and f"cursor={second.json()['next_cursor']}" in link


def test_link_header_percent_encodes_what_the_client_sent_raw(corpus):
    # HTTP clients encode a query themselves; this one is sent as a hostile client may send it.
    query = b'limit=1&q=storms+OR+"x>;rel=next,<https://elsewhere.example/?"'
    link = headers_of_raw_get(corpus.app, query)["link"]
    url, _, rest = link.removeprefix("<").partition(">")
    assert rest == '; rel="next"' and not set('<>",; ') & set(url)
    assert url.startswith("/articles?limit=1&q=storms")


def headers_of_raw_get(app, query: bytes) -> dict[str, str]:
    """The response headers of GET /articles?`query`, the query passed to the app byte for byte."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/articles",
        "raw_path": b"/articles",
        "query_string": query,
        "root_path": "",
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 1),
        "server": ("testserver", 80),
    }
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 200, sent
    return {name.decode(): value.decode() for name, value in sent[0]["headers"]}


def test_count_false_skips_the_total(corpus):
    assert corpus.get("/articles", params={"count": "false"}).json()["total"] is None


def test_article_detail_has_the_body_and_everything_else(corpus):
    article_id = corpus.get("/articles", params={"external_id": "budget"}).json()["items"][0]["id"]
    article = corpus.get(f"/articles/{article_id}").json()
    assert article["body"] == "Councillors approved the budget for schools."
    assert article["published"] == "2021-06-03T09:30:00+02:00"
    assert {"caption", "original_source", "ingested_at"} <= article.keys()


def test_get_responses_carry_an_etag_and_answer_304_when_it_matches(corpus):
    first = corpus.get("/articles")
    etag = first.headers["etag"]
    again = corpus.get("/articles", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert corpus.get("/articles", headers={"If-None-Match": '"other"'}).status_code == 200


def test_etag_changes_when_the_answer_changes(corpus, ingest):
    etag = corpus.get("/articles").headers["etag"]
    ingest({"more.json": json.dumps({"id": "more", "text": "More news."})})
    assert corpus.get("/articles", headers={"If-None-Match": etag}).status_code == 200


def test_head_answers_like_get_without_a_body(corpus):
    response = corpus.head("/articles")
    assert response.status_code == 200 and response.content == b"" and response.headers["etag"]


def test_health_reports_ok(corpus):
    assert corpus.get("/health").json() == {"status": "ok", "articles": 5}


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/articles", {"limit": "101"}),
        ("/articles", {"limit": "0"}),
        ("/articles", {"limit": "ten"}),
        ("/articles", {"count": "perhaps"}),
        ("/articles", {"published_from": "yesterday"}),
        ("/articles", {"published_from": "2021-06-05", "published_to": "2021-06-01"}),
        ("/articles", {"sort": "title"}),
        ("/articles", {"sort": "relevance"}),
        ("/articles", {"q": ""}),
        ("/articles", {"q": '"unbalanced'}),
        ("/articles", {"q": "nosuchcolumn:word"}),
        ("/articles", {"q": "x" * 501}),
        ("/articles", {"cursor": "not-a-cursor"}),
        ("/articles", {"cursor": "x" * 1001}),
        ("/articles", {"unknown": "1"}),
        ("/articles/abc", {}),
        ("/articles/0", {}),
        ("/articles/99999999999999999999", {}),
        ("/articles/1.0", {}),
        ("/articles/01", {}),
        ("/articles/+1", {}),
        ("/articles/%201", {}),
    ],
)
def test_bad_parameters_answer_422_problem_json(corpus, path, params):
    assert_problem(corpus.get(path, params=params), 422)


def test_a_cursor_from_another_sort_is_refused(corpus):
    cursor = corpus.get("/articles", params={"limit": 1}).json()["next_cursor"]
    body = assert_problem(corpus.get("/articles", params={"sort": "published", "cursor": cursor}), 422)
    assert "sort" in body["detail"]


@pytest.mark.parametrize("key", ["not a date", "2021W091", 7, 1.5])
def test_a_search_by_date_refuses_a_cursor_whose_date_is_no_date(corpus, key):
    cursor = base64.urlsafe_b64encode(json.dumps({"s": "-published", "k": [key, 3]}).encode()).decode()
    params = {"q": "storms", "sort": "-published", "cursor": cursor.rstrip("=")}
    assert "cursor" in assert_problem(corpus.get("/articles", params=params), 422)["detail"]


@pytest.mark.parametrize("path", ["/articles/12345", "/no-such-endpoint"])
def test_unknown_ids_and_paths_answer_404_problem_json(corpus, path):
    assert_problem(corpus.get(path), 404)


def test_wrong_method_answers_405_problem_json(corpus):
    assert_problem(corpus.post("/articles"), 405)


@pytest.mark.parametrize("q", ["*", "^", "NEAR(", "(a", "-", "AND", "a:b:c", '"x', "x OR", "NOT"])
def test_any_malformed_full_text_query_is_a_422(corpus, q):
    assert_problem(corpus.get("/articles", params={"q": q}), 422)


def test_published_to_the_last_representable_day_is_accepted(corpus):
    assert corpus.get("/articles", params={"published_to": "9999-12-31"}).json()["total"] == 4


def test_nul_characters_in_parameters_are_refused(corpus):
    assert_problem(corpus.get("/articles", params={"q": "river\x00storms"}), 422)
    assert_problem(corpus.get("/articles", params={"source": "x\x00"}), 422)


def snippet_for(ingest, client, text: str, q: str) -> str:
    ingest({"s.json": json.dumps({"id": "s", "text": text})})
    return client.get("/articles", params={"q": q}).json()["items"][0]["snippet"]


def test_snippet_marks_inflected_forms_of_the_query_words(ingest, client):
    snippet = snippet_for(ingest, client, "The storm flooded roads, and storms continue.", "storm")
    assert snippet == "The <mark>storm</mark> flooded roads, and <mark>storms</mark> continue."


def test_snippet_falls_back_to_the_opening_when_only_the_title_matched(ingest, client):
    ingest({"t.json": json.dumps({"id": "t", "title": "Storm warning", "text": "Residents were told to stay in."})})
    item = client.get("/articles", params={"q": "title:storm"}).json()["items"][0]
    assert item["snippet"] == "Residents were told to stay in."
