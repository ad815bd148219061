"""The seed articles in seeds/, ingested as `make run` ingests them: what every real page must give.

The pages' own names, phrases and dates are kept out of the tests (extraction is judged on news nobody
here has seen); what the seeds answer in detail is pinned by the README's examples
(tests/test_readme_examples.py) and scored against their gold outside the suite.
"""

from pathlib import Path

import pytest

SEEDS = sorted(path.name for path in (Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def articles(seeds_api) -> dict[str, dict]:
    listed = seeds_api.get("/articles", params={"limit": 100}).json()["items"]
    return {item["external_id"]: seeds_api.get(f"/articles/{item['id']}").json() for item in listed}


def test_every_seed_page_is_one_article(articles):
    assert SEEDS and sorted(articles) == SEEDS


@pytest.mark.parametrize("name", SEEDS)
def test_a_seed_page_has_a_headline_and_a_body_of_paragraphs(articles, name):
    article = articles[name]
    assert article["title"] and len(article["title"].split()) >= 5
    paragraphs = article["body"].split("\n\n")
    assert len(paragraphs) >= 5 and article["title"] not in paragraphs


@pytest.mark.parametrize("name", SEEDS)
def test_a_seed_page_s_quotes_mostly_have_speakers_named_in_it(articles, name):
    quotes = articles[name]["quotes"]
    spoken = [quote for quote in quotes if quote["speaker"]]
    assert len(quotes) >= 3 and len(spoken) >= 0.8 * len(quotes)
    names = {entity["id"] for entity in articles[name]["entities"]}
    assert {quote["speaker"]["id"] for quote in spoken} <= names


@pytest.mark.parametrize("name", SEEDS)
def test_a_seed_page_names_people_organisations_and_places(articles, name):
    types = {entity["type"] for entity in articles[name]["entities"]}
    assert {"PERSON", "ORG", "GPE"} <= types


def test_the_seed_pages_events_are_dated_within_their_story(articles):
    years = [{int(event["date"][:4]) for event in article["events"]} for article in articles.values()]
    assert any(years)  # a page giving no year of its own has no dated event: the other one has
    # A story's events fall within a few years of each other: a founding year or a stray number is no event.
    assert all(max(page) - min(page) <= 5 for page in years if page)


def test_people_named_in_both_seed_pages_are_one_entity_each(seeds_api):
    people = seeds_api.get("/entities", params={"type": "PERSON", "min_articles": 2, "limit": 100}).json()["items"]
    assert people and len({person["name"] for person in people}) == len(people)


def test_a_statement_both_seed_pages_quote_is_one_cluster(articles):
    clusters = [{quote["cluster_id"] for quote in article["quotes"]} for article in articles.values()]
    assert set.intersection(*clusters)
