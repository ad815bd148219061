"""Named entities: each rule of issue 3 on a short constructed article, through GET /entities."""

import json
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.extract.names import name_keys

Extracted = Callable[..., list[dict[str, Any]]]


def _named(entities: list[dict[str, Any]], name: str) -> dict[str, Any]:
    found = [entity for entity in entities if entity["name"] == name or name in entity["aliases"]]
    assert len(found) == 1, f"expected one entity named {name!r}, got {[e['name'] for e in entities]}"
    return found[0]


def _names(entities: list[dict[str, Any]]) -> set[str]:
    return {name for entity in entities for name in (entity["name"], *entity["aliases"])}


def test_leading_determiner_is_not_part_of_the_name(extracted: Extracted) -> None:
    entities = extracted("entities", "Reporters waited outside the White House until late on Tuesday.")
    assert "White House" in _names(entities)
    assert not any(name.lower().startswith("the ") for name in _names(entities))


def test_possessive_is_stripped_from_a_name(extracted: Extracted) -> None:
    entities = extracted("entities", "Governor Mara Velasquez's plan drew criticism from farmers in the valley.")
    assert _named(entities, "Mara Velasquez")["type"] == "PERSON"
    assert not any("'s" in name for name in _names(entities))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mayor Choi Min-seo opened the bridge on Monday.", "Choi Min-seo"),
        ("A Mara Velasquez-led panel met on Friday.", "Mara Velasquez"),
    ],
    ids=["hyphenated-given-name", "hyphenated-compound"],
)
def test_lower_case_half_of_a_hyphenated_given_name_stays_in_the_name(
    extracted: Extracted, text: str, name: str
) -> None:
    assert _named(extracted("entities", text), name)["type"] == "PERSON"


def test_lone_surname_joins_the_full_name(extracted: Extracted) -> None:
    entities = extracted(
        "entities", "Tomas Brennick founded the bakery in 1998. Brennick said it had never been busier."
    )
    person = _named(entities, "Tomas Brennick")
    assert person["aliases"] == ["Brennick"]
    assert person["mention_count"] == 2


def test_surname_the_tagger_missed_is_found_from_the_full_name(extracted: Extracted) -> None:
    entities = extracted("entities", "Police said Ilse Marchetti was arrested. Marchetti denied the charges.")
    assert _named(entities, "Ilse Marchetti")["mention_count"] == 2


def test_a_one_word_organisation_the_tagger_missed_is_found_where_it_found_it(extracted: Extracted) -> None:
    text = "The state news agency Pravdik said the talks had failed.\nPravdik quoted a minister as saying so."
    organisation = _named(extracted("entities", text), "Pravdik")
    assert (organisation["type"], organisation["mention_count"]) == ("ORG", 2)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Crowds gathered in Mobile on Friday.\nMobile phones were banned from the hall.", "Mobile"),
        ("Labour won the vote in the city on Friday.\nLabour shortages hit the farms in the spring.", "Labour"),
        (
            "The trial was held in Reading on Friday.\nReading the verdict, the judge said the case was closed.",
            "Reading",
        ),
    ],
    ids=["an adjective", "a common noun modifying another", "a sentence's first word read as a verb"],
)
def test_a_one_word_name_used_as_a_common_word_is_no_further_mention(
    extracted: Extracted, text: str, name: str
) -> None:
    """The positive control is the news agency above, found again where the tagger missed it."""
    assert _named(extracted("entities", text), name)["mention_count"] == 1


def test_a_company_named_with_its_legal_form_is_an_organisation_under_its_first_word_too(extracted: Extracted) -> None:
    text = (
        "Torvane Industrial Inc will close two paper mills in the north next spring.\n"
        "Torvane said orders had fallen for a third year.\nUnions said they would fight Torvane in court."
    )
    company = _named(extracted("entities", text), "Torvane Industrial Inc")
    assert (company["type"], company["mention_count"]) == ("ORG", 3)


def test_a_company_the_tagger_takes_for_a_person_is_an_organisation(extracted: Extracted) -> None:
    text = "Shares in Marta Quist Ltd fell on Tuesday after the toy maker cut its forecast."
    assert _named(extracted("entities", text), "Marta Quist Ltd")["type"] == "ORG"


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("Ohio Valley Mills Inc will build a plant near Akron.\nLawmakers in Ohio were not impressed.", "Ohio", "GPE"),
        (
            "Brennan & Co will build the library.\nMr Brennan told councillors it would open in May.",
            "Brennan",
            "PERSON",
        ),
    ],
    ids=["the place it is named after", "its founder"],
)
def test_a_word_the_article_uses_alone_for_a_place_or_a_person_stays_apart_from_the_company(
    extracted: Extracted, text: str, word: str, type_: str
) -> None:
    assert _named(extracted("entities", text), word)["type"] == type_


def test_a_companys_first_word_the_tagger_takes_for_a_place_joins_the_company(extracted: Extracted) -> None:
    text = (
        "Food group Tamsin Foods NV said on Thursday its profit rose 12 percent.\n"
        "Shares in Tamsin rose 1.50 guilders.\nTamsin 's U.S. unit was sold last year."
    )
    company = _named(extracted("entities", text), "Tamsin Foods NV")
    assert (company["type"], company["mention_count"]) == ("ORG", 3)


def test_the_surname_of_a_person_named_in_full_stays_apart_from_the_company(extracted: Extracted) -> None:
    text = "Ann Torvane founded Torvane Industrial Inc in 1990.\nTorvane said she would retire in May."
    assert _named(extracted("entities", text), "Ann Torvane")["type"] == "PERSON"


def test_a_country_opening_a_company_name_stays_the_country(extracted: Extracted) -> None:
    text = "Norway Seafoods Ltd said on Friday it would cut 200 jobs.\nExports from Norway fell last year."
    entities = extracted("entities", text)
    assert _named(entities, "Norway Seafoods Ltd")["type"] == "ORG"
    assert _named(entities, "Norway")["type"] == "GPE"


def test_a_surname_relatives_share_joins_the_one_mentioned_most_so_far(extracted: Extracted) -> None:
    # The last "Okoro" comes after both are named; Grace has two mentions by then, Alan one, so it is hers.
    text = (
        "Grace Okoro runs the shop. Okoro said the rent had doubled. Her brother, Alan Okoro, keeps the books. "
        "Okoro said sales were up."
    )
    entities = extracted("entities", text)
    assert _named(entities, "Alan Okoro")["mention_count"] == 1
    assert _named(entities, "Grace Okoro")["mention_count"] == 3


@pytest.mark.parametrize(
    ("text", "name", "variants"),
    [
        (
            "Delegates met at the U.N. in New York. A UN spokesman said the United Nations would respond.",
            "United Nations",
            {"U.N.", "UN"},
        ),
        (
            "The Coastal Fisheries Authority published the figures. The CFA said catches fell by a third.",
            "Coastal Fisheries Authority",
            {"CFA"},
        ),
    ],
)
def test_acronym_and_its_expansion_are_one_entity(
    extracted: Extracted, text: str, name: str, variants: set[str]
) -> None:
    entity = _named(extracted("entities", text), name)
    assert entity["type"] == "ORG"
    assert variants <= set(entity["aliases"])


def test_nationality_adjective_and_country_forms_of_a_name_are_one(extracted: Extracted) -> None:
    text = (
        "The Kenyan Farmers Network wrote to the ministry. "
        "A spokesman for the Kenya Farmers Network said the letter went unanswered."
    )
    entity = _named(extracted("entities", text), "Kenyan Farmers Network")
    assert entity["aliases"] == ["Kenya Farmers Network"]


def test_nationality_adjective_is_not_an_entity(extracted: Extracted) -> None:
    entities = extracted("entities", "A Kuwaiti official told Mara Velasquez the border would stay open.")
    assert "Mara Velasquez" in _names(entities)  # the control: a name in the same sentence
    assert "Kuwaiti" not in _names(entities)


def test_weekday_glued_to_a_name_is_cut_off(extracted: Extracted) -> None:
    entities = extracted(
        "entities", "The strike was first reported by the Harbor Workers UnionMonday, a statement said."
    )
    assert "Harbor Workers Union" in _names(entities)
    assert not any("Monday" in name for name in _names(entities))


@pytest.mark.parametrize(
    "text",
    [
        "Samir (not his real name) said he left the city in March.",
        "Samir, not his real name, said he left the city in March.",
    ],
)
def test_name_said_not_to_be_real_is_a_pseudonym(extracted: Extracted, text: str) -> None:
    person = _named(extracted("entities", text), "Samir")
    assert person["type"] == "PERSON"
    assert person["pseudonym"] is True


@pytest.mark.parametrize("gap", ["     ", " \u0001\u0002 "])
def test_a_run_of_blanks_or_control_characters_is_not_part_of_a_name(extracted: Extracted, gap: str) -> None:
    entities = extracted("entities", f"Tomas Brennick{gap}said on Monday the shop was closed.")
    assert _names(entities) == {"Tomas Brennick"}


def test_real_name_is_not_a_pseudonym(extracted: Extracted) -> None:
    person = _named(extracted("entities", "Tomas Brennick said he left the city in March."), "Tomas Brennick")
    assert person["pseudonym"] is False


def test_dateline_names_a_place(extracted: Extracted) -> None:
    entities = extracted("entities", "NAIROBI, March 3 (Reuters) - The central bank held its main rate on Tuesday.")
    assert _named(entities, "NAIROBI")["type"] == "GPE"


def test_a_datelines_place_in_capitals_goes_by_title_case_and_keeps_its_capitals_as_an_alias(
    extracted: Extracted, client: TestClient
) -> None:
    entities = extracted("entities", "SAN ORVIDO DEL MONTE (Wire) - Farmers blocked a highway on Thursday.")
    place = _named(entities, "San Orvido del Monte")
    assert place["aliases"] == ["SAN ORVIDO DEL MONTE"]
    assert client.get(f"/entities/{place['id']}").json()["name"] == "San Orvido del Monte"


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Lukas, a 19-year-old student, said he was afraid to go home.", "Lukas", "PERSON"),
        ("The report was praised by the independent newspaper Vremya Segodnya on Monday.", "Vremya Segodnya", "ORG"),
        ("Shares of Halvorsen Shipping rose 4 percent on Friday.", "Halvorsen Shipping", "ORG"),
    ],
)
def test_words_around_a_name_settle_its_type(extracted: Extracted, text: str, name: str, type_: str) -> None:
    assert _named(extracted("entities", text), name)["type"] == type_


def test_club_named_after_a_town_is_an_organisation(extracted: Extracted) -> None:
    entities = extracted("entities", "Fans cheered as Westbury beat Northfield 3-1 on Saturday.")
    assert _named(entities, "Northfield")["type"] == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Mara Velasquez lost Nebraska by four points in the primary.", "Nebraska"),
        ("Montana lost 3,000 jobs last month, the survey found.", "Montana"),
    ],
)
def test_place_a_person_or_an_economy_loses_is_no_team(extracted: Extracted, text: str, name: str) -> None:
    assert _named(extracted("entities", text), name)["type"] == "GPE"


def test_place_before_an_organisation_noun_stays_a_place(extracted: Extracted) -> None:
    assert _named(extracted("entities", "A Delaware bank raised its fees on Monday."), "Delaware")["type"] == "GPE"


def test_organisations_listed_after_a_name_with_of_stay_apart(extracted: Extracted) -> None:
    text = "Regulators from the Bank of Portugal, Santander and Commerzbank met in Lisbon."
    names = _names(extracted("entities", text))
    assert {"Bank of Portugal", "Commerzbank"} <= names
    assert not any("," in name or " and " in name for name in names)


def test_an_observance_named_with_a_list_is_one_name(extracted: Extracted) -> None:
    text = "The city marked the International Day of Rivers, Lakes, and Wetlands on Sunday."
    assert _names(extracted("entities", text)) == {"International Day of Rivers, Lakes, and Wetlands"}


def test_a_slash_inside_a_caption_sentence_is_no_photo_credit(ingest, client: TestClient) -> None:
    story = (
        "Health workers in the capital said queues at clinics had grown longer this year, as funding for "
        "outreach fell and more patients arrived from rural districts.\n"
    )
    page = (
        "Clinics Report Longer Queues\nBy Tomas Brennick\n"
        "This photo taken on Monday shows patients waiting at an HIV/AIDS clinic in Kampala.\n" + story * 3
    )
    assert ingest({"page.txt": page}).exit_code == 0
    places = [entity for entity in client.get("/entities").json()["items"] if entity["name"] == "Kampala"]
    assert len(places) == 1


def test_dates_and_amounts_are_not_entities(extracted: Extracted) -> None:
    text = "Prices rose 4 percent to $27 on Friday, March 3, after Mara Velasquez cut 300 jobs."
    assert _names(extracted("entities", text)) == {"Mara Velasquez"}


def test_mentions_point_at_the_name_in_the_text(extracted: Extracted, client: TestClient) -> None:
    text = "Tomas Brennick founded the bakery in 1998. Brennick said it had never been busier."
    person = _named(extracted("entities", text), "Tomas Brennick")
    mentions = client.get(f"/entities/{person['id']}").json()["mentions"]
    assert [(m["field"], text[m["start"] : m["end"]], m["text"]) for m in mentions] == [
        ("body", "Tomas Brennick", "Tomas Brennick"),
        ("body", "Brennick", "Brennick"),
    ]


@pytest.fixture
def alias_file(tmp_path, monkeypatch):
    """Point ALIAS_FILE at a file the test writes (an ingest reads it when it starts)."""
    path = tmp_path / "aliases.json"
    monkeypatch.setenv("ALIAS_FILE", str(path))
    return path


def test_a_deployment_alias_file_joins_its_variants(extracted: Extracted, alias_file) -> None:
    alias_file.write_text('{"aliases": [{"name": "Harbour Authority", "type": "ORG", "variants": ["HBA"]}]}')
    text = "The Harbour Authority closed the port. HBA officials said storms were coming."
    entity = _named(extracted("entities", text), "Harbour Authority")
    assert entity["aliases"] == ["HBA"]


def test_the_deployment_alias_file_reaches_the_ingests_worker_processes(newsdesk, inputs, client, alias_file) -> None:
    alias_file.write_text('{"aliases": [{"name": "Harbour Authority", "type": "ORG", "variants": ["HBA"]}]}')
    # An acronym alone goes by the file's full name, which only the processes extracting it can know.
    text = "Officials of the HBA said storms were coming."
    result = newsdesk("ingest", inputs({"a.json": json.dumps({"id": "a", "text": text})}), "--workers", "2")
    assert result.exit_code == 0, result.output
    entity = _named(client.get("/entities", params={"limit": 100}).json()["items"], "Harbour Authority")
    assert entity["aliases"] == ["HBA"]


def test_an_unusable_alias_file_is_a_usage_error(ingest, alias_file) -> None:
    alias_file.write_text("{not json")
    result = ingest({"a.json": '{"id": "a", "text": "News."}'})
    assert result.exit_code == 2
    assert "ALIAS_FILE" in result.output


def test_a_media_company_and_its_news_arm_are_one_entity_across_articles(ingest, client: TestClient) -> None:
    records = [
        {"id": "a", "text": "The report was first published by Lantern News on Monday."},
        {"id": "b", "text": "A reporter for Lantern confirmed the figures to the council."},
    ]
    ingest({"feed.jsonl": "\n".join(json.dumps(record) for record in records)})
    found = client.get("/entities", params={"q": "lantern"}).json()["items"]
    assert [(e["name"], e["article_count"]) for e in found] == [("Lantern News", 2)]


def test_the_publisher_is_an_organisation_the_article_names(extracted: Extracted, client: TestClient) -> None:
    entities = extracted("entities", "Floods closed the coast road.", source="Valley Courier")
    publisher = _named(entities, "Valley Courier")
    assert publisher["type"] == "ORG"
    mentions = client.get(f"/entities/{publisher['id']}").json()["mentions"]
    assert [(m["field"], m["start"], m["end"]) for m in mentions] == [("source", 0, 14)]


def test_an_acronym_alone_goes_by_the_curated_full_name(extracted: Extracted) -> None:
    entity = _named(extracted("entities", "Aid workers from the U.N. reached the town at dawn."), "United Nations")
    assert entity["aliases"] == ["U.N."]


_HEADLINE_CASES = [
    (
        "Harbour Pilots Accuse Marisol Vandenberg Of A ‘Careless Cover-Up’",
        "Marisol Vandenberg faced a wave of criticism on Monday. Vandenberg said the charges were false.",
        {"Marisol Vandenberg"},
    ),
    (
        "Vandenberg Sides Against Okafor Over Ferry Tax",
        "Senator Isaura Vandenberg voted against the ferry tax that Governor Paul Okafor had championed for a year.",
        {"Isaura Vandenberg", "Paul Okafor"},
    ),
    (
        "Valley Tribune Column Mocks Okafor Donor Who Lost His Farm",
        "The Valley Tribune newspaper mocked a farmer who gives money to Paul Okafor. Okafor called the column cruel.",
        {"Valley Tribune", "Paul Okafor"},
    ),
]


@pytest.mark.parametrize("in_title", [True, False])
@pytest.mark.parametrize(("headline", "body", "expected"), _HEADLINE_CASES)
def test_headline_words_glued_to_a_name_are_cut_off(
    extracted: Extracted, headline: str, body: str, expected: set[str], in_title: bool
) -> None:
    """In a title-case headline every word is capitalised, so the name is cut to the form the body writes."""
    entities = (
        extracted("entities", body, title=headline) if in_title else extracted("entities", f"{headline}\n\n{body}")
    )
    canonical = {entity["name"] for entity in entities if entity["type"] in {"PERSON", "ORG"}}
    assert canonical == expected
    assert _names(entities) <= expected | {name.split()[-1] for name in expected}


def test_headline_words_the_article_writes_in_lower_case_are_no_name(extracted: Extracted) -> None:
    body = "Dock workers walked out at dawn. Their leader, Harlan Briggs, said the strike looms over the harbour."
    entities = extracted("entities", body, title="Miners Union Blasts Harlan Briggs As Strike Looms")
    assert "Strike Looms" not in _names(entities)
    assert _named(entities, "Harlan Briggs")["type"] == "PERSON"


def test_a_line_of_names_alone_keeps_its_names_whole(extracted: Extracted) -> None:
    text = "Jane Okoro, Peter Lindqvist and Maria Santos\nThe panel chaired by Peter Lindqvist met for two hours."
    assert {"Jane Okoro", "Peter Lindqvist", "Maria Santos"} <= _names(extracted("entities", text))


@pytest.mark.parametrize("arm", ["Lantern News", "Lantern Digital", "Lantern Radio"])
def test_a_media_company_and_its_arm_share_a_key(arm: str) -> None:
    assert name_keys(arm, "ORG") & name_keys("Lantern", "ORG")


def test_a_company_named_with_another_last_word_keeps_its_own_keys() -> None:
    assert not name_keys("Lantern Foundry", "ORG") & name_keys("Lantern", "ORG")


def test_any_name_with_of_continued_by_a_list_of_common_words_is_one_name(extracted: Extracted) -> None:
    text = "Officials from the Department of Harbours, Canals, and Ferries met in Lisbon on Monday."
    assert "Department of Harbours, Canals, and Ferries" in _names(extracted("entities", text))


_NAMESAKES = [
    {"id": "a", "text": "Helen Garrick, the mayor, opened a bakery in the old mill on Monday."},
    {"id": "b", "text": "Tom Garrick, a blacksmith, closed his forge near the harbour on Tuesday."},
]
_SURNAME_ALONE = [
    {"id": "c", "text": "The mill will stay open all winter, Garrick said."},
    {"id": "d", "text": "Prices at the mill will rise next month, Garrick said."},
]


def _garricks(ingest, client: TestClient, records: list[dict[str, str]]) -> list[tuple[str, int]]:
    ingest({"feed.jsonl": "\n".join(json.dumps(record) for record in records)})
    found = client.get("/entities", params={"q": "garrick", "type": "PERSON"}).json()["items"]
    return sorted((entity["name"], entity["article_count"]) for entity in found)


def test_a_lone_surname_in_another_article_joins_the_one_person_bearing_it(ingest, client: TestClient) -> None:
    assert _garricks(ingest, client, [_NAMESAKES[0], *_SURNAME_ALONE]) == [("Helen Garrick", 3)]


def test_lone_uses_of_a_surname_several_people_bear_gather_on_one_entity(ingest, client: TestClient) -> None:
    found = _garricks(ingest, client, [*_NAMESAKES, *_SURNAME_ALONE])
    assert found == [("Garrick", 2), ("Helen Garrick", 1), ("Tom Garrick", 1)]


def test_a_person_named_in_full_after_lone_uses_of_the_surname_is_the_one_they_stood_for(
    ingest, client: TestClient
) -> None:
    assert _garricks(ingest, client, [*_SURNAME_ALONE, _NAMESAKES[0]]) == [("Helen Garrick", 3)]


def test_a_second_person_of_the_surname_named_in_full_is_another_person(ingest, client: TestClient) -> None:
    found = _garricks(ingest, client, [_SURNAME_ALONE[0], *_NAMESAKES])
    assert found == [("Helen Garrick", 2), ("Tom Garrick", 1)]
