"""Entities of wire and local news (issue 20): a wire's credit in brackets after a firm's name, buildings called
"House", public bodies named "Port of X Authority", a state's office deciding a country's type and a wire slug's sport
glued to a headline's name. Each rule on a short
invented item through GET /entities, with its near miss."""

from collections.abc import Callable
from typing import Any

import pytest

Extracted = Callable[..., list[dict[str, Any]]]


def _types(entities: list[dict[str, Any]]) -> dict[str, str]:
    """Every name and alias an entity goes by, with the entity's type."""
    return {name: entity["type"] for entity in entities for name in [entity["name"], *entity["aliases"]]}


@pytest.mark.parametrize(
    ("after", "bracketed"),
    [(" - The miner said on Tuesday it would cut 400 jobs .", "ORG"), (" said on Tuesday it would cut jobs .", "GPE")],
)
def test_a_bracket_before_a_dash_is_a_wires_credit_not_the_firms_home(
    extracted: Extracted, after: str, bracketed: str
) -> None:
    types = _types(extracted("entities", f"Kestrel Mining (Tollwire){after}"))
    assert types["Kestrel Mining"] == "ORG"
    assert types["Tollwire"] == bracketed


@pytest.mark.parametrize(
    ("text", "bracketed"),
    [
        ("Kestrel Mining (Brenvik) - Kestrel Mining said output fell - the first drop in years .", "ORG"),
        ("Kestrel Mining (Brenvik) - a unit of Tarrow Group - said output fell .", "GPE"),
        ("Shares in Kestrel Mining (Brenvik) - which cut 400 jobs - fell on Monday .", "GPE"),
    ],
)
def test_a_bracket_before_an_aside_or_mid_sentence_stays_the_firms_home(
    extracted: Extracted, text: str, bracketed: str
) -> None:
    assert _types(extracted("entities", text))["Brenvik"] == bracketed


@pytest.mark.parametrize(
    ("text", "bracketed"),
    [
        ("Kestrel Mining (Brenvik) - which cut 400 jobs last year - said output fell .", "GPE"),
        ("Kestrel Mining (Brenvik) - The miner, which cut 400 jobs, said output fell - the first drop .", "ORG"),
    ],
)
def test_a_relative_clause_between_dashes_after_a_bracket_is_an_aside_not_a_wires_story(
    extracted: Extracted, text: str, bracketed: str
) -> None:
    assert _types(extracted("entities", text))["Brenvik"] == bracketed


@pytest.mark.parametrize(("name", "expected"), [("Hadlow House", "FAC"), ("Tom House", "PERSON")])
def test_a_house_the_tagger_read_as_a_persons_is_a_building(extracted: Extracted, name: str, expected: str) -> None:
    text = f"The council has agreed to sell {name}, the former tax office, to a developer ."
    assert _types(extracted("entities", text)).get(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarquin House told the inquiry on Monday that he had not seen the letter .", "PERSON"),
        ("The council has agreed to sell Tarquin House to a developer .", "FAC"),
    ],
)
def test_a_house_read_as_a_persons_that_acts_stays_hers(extracted: Extracted, text: str, expected: str) -> None:
    assert _types(extracted("entities", text)).get("Tarquin House") == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Port of Selham Authority chief Ian Rook resigned on Monday .", "Port of Selham Authority", "ORG"),
        ("The City of Ardley Council approved the plan on Monday .", "City of Ardley Council", "ORG"),
        ("The City of Ardley is growing fast, figures showed on Monday .", "City of Ardley", "GPE"),
    ],
)
def test_a_place_s_kind_of_the_place_and_a_bodys_word_name_one_body(
    extracted: Extracted, text: str, name: str, expected: str
) -> None:
    assert _types(extracted("entities", text)).get(name) == expected


@pytest.mark.parametrize(("office", "expected"), [("finance minister", "GPE"), ("best known export", "ORG")])
def test_a_states_office_settles_a_country_the_tagger_read_either_way(
    extracted: Extracted, office: str, expected: str
) -> None:
    text = (
        "The court ruled on Thursday that Velmoria had breached the treaty .\n"
        f"Velmoria 's {office} , Odile Marchetti , said the ruling was unjust ."
    )
    assert _types(extracted("entities", text))["Velmoria"] == expected


@pytest.mark.parametrize(
    ("slug", "named", "expected"),
    [("FOOTBALL-OLE HALVERSON", "Ole Halverson", ["Ole Halverson"]), ("OLE HALVERSON", "Halverson", ["OLE HALVERSON"])],
)
def test_a_wire_slugs_sport_is_no_given_name(extracted: Extracted, slug: str, named: str, expected: list[str]) -> None:
    text = f"{slug} TO RETIRE .\nMARSBY 2031-05-02\nQuarterback {named} said on Friday he would retire ."
    assert [entity["name"] for entity in extracted("entities", text) if entity["type"] == "PERSON"] == expected
