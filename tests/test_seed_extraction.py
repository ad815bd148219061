"""What extraction finds in the two seed articles: the hand-made expectations, end to end."""

import re

import pytest

from tests.conftest import article_by_external_id

FIRST, SECOND = "000_608199e25b5ddc45.txt", "001_3e0c67f5ea73c002.txt"


@pytest.fixture
def api(seeds_api):
    return seeds_api


def listed(api, path: str, external_id: str) -> list[dict]:
    article = article_by_external_id(api, external_id)
    return api.get(path, params={"article_id": article["id"], "limit": 100}).json()["items"]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.replace("\u2019", "'").lower())


def quote_saying(quotes: list[dict], text: str) -> dict:
    wanted = words(text)
    found = [q for q in quotes if words(q["text"]) == wanted]
    assert len(found) == 1, f"no single quote {text!r} in {[q['text'] for q in quotes]}"
    return found[0]


def names_of(speaker: dict | None) -> set[str]:
    return {speaker["name"], *speaker["aliases"]} if speaker else set()


@pytest.mark.parametrize(
    ("article", "text", "speaker", "kind"),
    [
        (FIRST, "It's very important to act, because they are suffering,", "Linas Linkevicius", "direct"),
        (FIRST, "cannot be ignored,", "Nikki Haley", "partial"),
        (
            FIRST,
            "We were informed that the U.S. is not going to issue visas for people from Chechnya.",
            "Russian LGBT Network",
            "direct",
        ),
        (
            FIRST,
            "we are taking care of Russian citizens... [whose] rights were abused.",
            "Linas Linkevicius",
            "partial",
        ),
        (FIRST, "The same night, they started torturing me just the same as the others,", "David", "direct"),
        (FIRST, "They wanted to know who we knew, the ones that were part of the LGBT community.", "David", "direct"),
        (
            FIRST,
            "For many, the tips of their fingers were bursting because the electricity was coming out of the "
            "bodies that way,",
            "David",
            "direct",
        ),
        (FIRST, "When the wounds started to rot, they put bags on us,", "David", "direct"),
        (FIRST, "They put bags on our heads.", "David", "direct"),
        (
            SECOND,
            "two natives of Chechnya who suffered persecution because of their sexual orientation.",
            "Linas Linkevicius",
            "partial",
        ),
        (SECOND, "There are no victims of persecution, threats or violence,", "Russian Embassy", "direct"),
        (
            SECOND,
            "the excuse for the beginning of a propaganda campaign against Russia around the world.",
            "Russian Embassy",
            "partial",
        ),
        (SECOND, "not aware", "White House", "partial"),
    ],
)
def test_seed_quotes_have_their_speakers(api, article, text, speaker, kind):
    quote = quote_saying(listed(api, "/quotes", article), text)
    assert speaker in names_of(quote["speaker"])
    assert quote["kind"] == kind


def test_a_quote_given_twice_in_an_article_is_one_quote_with_two_occurrences(api):
    quote = quote_saying(listed(api, "/quotes", FIRST), "It's very important to act, because they are suffering,")
    assert len(quote["occurrences"]) == 2


def test_a_role_keeps_its_words_as_the_speaker_text(api):
    quote = quote_saying(listed(api, "/quotes", FIRST), "there are no victims of persecution, threats or violence.")
    assert quote["speaker_text"].lower().endswith("russian ambassador to israel")


def test_a_pseudonym_in_quote_marks_is_not_a_quote(api):
    assert not [q for q in listed(api, "/quotes", FIRST) if words(q["text"]) == ["david"]]


def test_the_same_statement_quoted_by_both_articles_is_one_cluster(api):
    first = quote_saying(listed(api, "/quotes", FIRST), "there are no victims of persecution, threats or violence.")
    second = quote_saying(listed(api, "/quotes", SECOND), "There are no victims of persecution, threats or violence,")
    assert first["cluster_id"] == second["cluster_id"]


FIRST_ENTITIES = [
    ("Linas Linkevicius", "PERSON"),
    ("Nikki Haley", "PERSON"),
    ("Vladimir Putin", "PERSON"),
    ("David", "PERSON"),
    ("Russian LGBT Network", "ORG"),
    ("BBC", "ORG"),
    ("Vice News", "ORG"),
    ("United Nations", "ORG"),
    ("European Union", "ORG"),
    ("Chechnya", "GPE"),
    ("Lithuania", "GPE"),
    ("United States", "GPE"),
    ("United Kingdom", "GPE"),
    ("Russia", "GPE"),
    ("Moscow", "GPE"),
    ("Israel", "GPE"),
]
SECOND_ENTITIES = [
    ("Linas Linkevicius", "PERSON"),
    ("Anzor", "PERSON"),
    ("Ramzan Kadyrov", "PERSON"),
    ("Vladimir Putin", "PERSON"),
    ("Donald Trump", "PERSON"),
    ("Sergei Lavrov", "PERSON"),
    ("Nikki Haley", "PERSON"),
    ("Associated Press", "ORG"),
    ("Baltic News Service", "ORG"),
    ("European Union", "ORG"),
    ("State Department", "ORG"),
    ("Russian LGBT Network", "ORG"),
    ("Haaretz", "ORG"),
    ("Novaya Gazeta", "ORG"),
    ("White House", "ORG"),
    ("Foreign Policy", "ORG"),
    ("Lithuania", "GPE"),
    ("United States", "GPE"),
    ("Chechnya", "GPE"),
    ("Russia", "GPE"),
    ("Tel Aviv", "GPE"),
]


@pytest.mark.parametrize(
    ("article", "name", "type_"),
    [(FIRST, *entity) for entity in FIRST_ENTITIES] + [(SECOND, *entity) for entity in SECOND_ENTITIES],
)
def test_seed_entities_are_found_with_their_type(api, article, name, type_):
    found = [e for e in listed(api, "/entities", article) if name in {e["name"], *e["aliases"]}]
    assert [e["type"] for e in found] == [type_]


@pytest.mark.parametrize(
    ("article", "name"),
    [
        (FIRST, "Getty Images"),
        (FIRST, "Marcos del Mazo"),
        (FIRST, "Latest News"),
        (SECOND, "Spokane"),
        (SECOND, "ServiceWednesday"),
        (SECOND, "the U.N. Nikki Haley"),
        (SECOND, "Transphobia"),
    ],
)
def test_credits_chrome_and_glued_words_are_not_entities(api, article, name):
    assert not [e for e in listed(api, "/entities", article) if name in {e["name"], *e["aliases"]}]


def test_a_name_said_not_to_be_real_is_flagged_as_a_pseudonym(api):
    (david,) = [e for e in listed(api, "/entities", FIRST) if e["name"] == "David"]
    assert david["pseudonym"] is True


@pytest.mark.parametrize(
    "name", ["Linas Linkevicius", "Vladimir Putin", "Nikki Haley", "Russian LGBT Network", "Chechnya", "Lithuania"]
)
def test_one_entity_across_both_articles(api, name):
    found = [e for e in api.get("/entities", params={"q": name, "limit": 100}).json()["items"] if e["name"] == name]
    assert [e["article_count"] for e in found] == [2]


@pytest.mark.parametrize(
    ("date", "precision", "text"),
    [
        ("2017-04-28", "day", "Friday, April 28, 2017"),
        ("2017-04", "month", "April"),
        ("2017-05-10", "day", "May 10"),
        ("2017-05-11", "day", "May 11"),
        ("2017-05-11", "day", "the same day"),
        ("2017-05-17", "day", "Wednesday"),
    ],
)
def test_seed_timeline_dates_resolve_from_the_articles_own_dates(api, date, precision, text):
    events = listed(api, "/timeline", SECOND)
    assert any(
        e["date"] == date and e["precision"] == precision and text.lower() in e["date_text"].lower() for e in events
    )


def test_a_masthead_founding_date_is_no_event(api):
    assert not [e for e in listed(api, "/timeline", SECOND) if e["date"].startswith("1883")]
