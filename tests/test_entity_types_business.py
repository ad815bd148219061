"""Entities of business, political and conflict wire (issue 20): a news outlet cited as a source after its class
noun, a company's town after its legal form, two trades joined by "and" in one company's name, the trade words
that end companies' names, long bodies' names completed by a country or a region, parties named in the plural, a
body's kind before its name, rivers, lakes and mountains, and schools and churches on a saint's possessive. Each
rule on a short invented item, through GET /entities or the pure function."""

from collections.abc import Callable
from typing import Any

import pytest

from app.extract.mention_heads import head_type
from app.extract.nlp import load_model
from app.settings import Settings

Extracted = Callable[..., list[dict[str, Any]]]


def _types(entities: list[dict[str, Any]]) -> dict[str, str]:
    """Every name and alias an entity goes by, with the entity's type."""
    return {name: entity["type"] for entity in entities for name in [entity["name"], *entity["aliases"]]}


def _types_of(extracted: Extracted, text: str, names: dict[str, str]) -> dict[str, str | None]:
    """The types found for the given names in the text, None for a name not found."""
    types = _types(extracted("entities", text))
    return {name: types.get(name) for name in names}


@pytest.mark.parametrize("verb", ["said", "reported late on Friday"])
def test_a_news_agency_cited_after_its_class_noun_is_an_organisation(extracted: Extracted, verb: str) -> None:
    text = f"KELVO 2031-08-22\nThe airport will close for a week , the Tolvian news agency TPA {verb} ."
    assert _types(extracted("entities", text)).get("TPA") == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("KELVO 2031-08-22\nThe airport will close for a week , the weekly TPA said .", "TPA", "ORG"),
        ("KELVO 2031-08-22\nHundreds attend the weekly Mass , the priest said .", "Mass", None),
    ],
    ids=["the-outlet-said", "a-service-held-weekly"],
)
def test_a_name_after_daily_or_weekly_is_an_outlet_only_as_the_one_saying(
    extracted: Extracted, text: str, name: str, kind: str | None
) -> None:
    assert _types(extracted("entities", text)).get(name) == kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Shares rose at Norvik Steel Corp of Halden on Monday .", {"Norvik Steel Corp": "ORG", "Halden": "GPE"}),
        ("The Bank of Tolvia left rates unchanged on Monday .", {"Bank of Tolvia": "ORG"}),
    ],
    ids=["legal-form-then-town", "body-of-a-country"],
)
def test_a_companys_town_after_its_legal_form_is_a_place_apart(
    extracted: Extracted, text: str, names: dict[str, str]
) -> None:
    assert _types_of(extracted, text, names) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marsby Oil and Gas said on Monday it had struck oil .", "Marsby Oil and Gas"),
        ("Shares in Marsby Oil and Halden rose on Monday .", "Marsby Oil"),
        ("Oil and gas prices fell on Monday as Marsby Oil and Gas Co cut output .", "Marsby Oil and Gas Co"),
        ("The Marsby Labour Party and Union leaders met on Monday .", "Marsby Labour Party"),
    ],
    ids=["two-trades", "trade-and-a-town", "two-trades-and-a-legal-form", "two-public-bodies"],
)
def test_two_trades_joined_by_and_make_one_companys_name(extracted: Extracted, text: str, name: str) -> None:
    assert _types(extracted("entities", text)).get(name) == "ORG"


@pytest.mark.parametrize(("name", "kind"), [("Vaskel Pharma", "ORG"), ("Vaskel Palmer", "PERSON")])
def test_a_trade_word_ending_a_name_makes_it_a_companys(name: str, kind: str) -> None:
    doc = load_model(Settings().spacy_model)(f"{name} said on Monday it had recalled a drug .")
    assert head_type(doc, 0, len(name), "PERSON") == kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Moody 's Investors Service cut its rating on Monday .", {"Moody 's Investors Service": "ORG"}),
        ("Quist 's Stores Inc said sales rose in July .", {"Quist 's Stores Inc": "ORG"}),
        ("McKeown 's Corp said sales rose in July .", {"McKeown 's Corp": "ORG"}),
        ("The Marsby 's Harbour Board met on Sunday .", {"Harbour Board": "ORG"}),
    ],
    ids=["service", "legal-form", "inner-capital", "a-towns-body"],
)
def test_a_founders_possessive_inside_a_companys_name_keeps_it_whole(
    extracted: Extracted, text: str, names: dict[str, str]
) -> None:
    assert _types_of(extracted, text, names) == names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("President Aleks Varn dismissed Interior Minister Oddvar Lind on Thursday .", "Aleks Varn", "PERSON"),
        ("The bill fell , party leader Hanna Brisk told parliament .", "Hanna Brisk", "PERSON"),
        ("The bill fell , said Deputy Halden Bank chief Ann Roe .", "Halden Bank", "ORG"),
    ],
    ids=["title", "lower-case-title", "body-after-a-title"],
)
def test_a_name_right_after_a_title_of_office_is_a_persons(
    extracted: Extracted, text: str, name: str, kind: str
) -> None:
    assert _types(extracted("entities", text)).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Halden Rovers beat league leader Marsby United 2-1 on Saturday .", "Marsby United", "ORG"),
        ("Group leader Tarrow Logistics posted record profits , Mara Quist said .", "Tarrow Logistics", "ORG"),
        ("The opposition walked out , union leader Ivo Marsh said on Monday .", "Ivo Marsh", "PERSON"),
    ],
    ids=["a-sides-standing", "a-firms-standing", "a-bodys-leader"],
)
def test_a_leader_in_lower_case_is_a_persons_title_only_after_a_bodys_word(
    extracted: Extracted, text: str, name: str, kind: str
) -> None:
    assert _types(extracted("entities", text)).get(name) == kind


def test_a_bodys_name_the_tagger_missed_goes_on_after_of(extracted: Extracted) -> None:
    text = "The Ostravel Chamber of Commerce said exports to Tolvia fell 8 percent in the first half ."
    assert _types(extracted("entities", text)).get("Ostravel Chamber of Commerce") == "ORG"


@pytest.mark.parametrize(("name", "kind"), [("Ostravel Chamber of Commerce", "ORG"), ("Catherine of Aragon", "PERSON")])
def test_a_bodys_word_before_of_makes_a_name_no_persons(name: str, kind: str) -> None:
    doc = load_model(Settings().spacy_model)(f"The {name} said exports fell .")
    assert head_type(doc, 4, 4 + len(name), "PERSON") == kind


@pytest.mark.parametrize(
    "text",
    [
        "Merrow Group named a new chairman on Monday . Merrow 's largest shareholder welcomed the choice .",
        "Regulators approved a drug made by Sentry Pharmaceuticals Inc . Sentry said sales would start in May .",
    ],
    ids=["tagged-as-another-type", "missed-by-the-tagger"],
)
def test_a_businesss_first_word_alone_names_the_business(extracted: Extracted, text: str) -> None:
    business = [entity for entity in extracted("entities", text) if entity["type"] == "ORG"]
    assert len(business) == 1 and len(business[0]["aliases"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "General Tarvo Motors will recall 900 cars . The Solicitor General said her office would review the case .",
        "General Tarvo Motors will recall 900 cars . General Ann Cole said the army would buy none of them .",
    ],
    ids=["after-a-capitalised-word", "before-a-capitalised-word"],
)
def test_a_businesss_first_word_inside_a_longer_name_is_not_the_business(extracted: Extracted, text: str) -> None:
    assert "General" not in _types(extracted("entities", text))


def test_a_businesss_first_word_used_for_its_town_stays_the_towns(extracted: Extracted) -> None:
    text = "Halden Shipping said on Monday it would hire 80 staff at its depot in Halden ."
    assert _types_of(extracted, text, {"Halden Shipping": "ORG", "Halden": "GPE"}) == {
        "Halden Shipping": "ORG",
        "Halden": "GPE",
    }


def test_the_owner_of_a_place_after_at_is_no_place(extracted: Extracted) -> None:
    text = "Harland Marine won an order for six frigates . The ships will be built at Harland 's yard in Port Quennet ."
    assert _types_of(extracted, text, {"Harland": "ORG", "Port Quennet": "GPE"}) == {
        "Harland": "ORG",
        "Port Quennet": "GPE",
    }


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Merrow Group , the Kelvo-based logistics firm , named a chairman .", "Kelvo", None),
        ("Merrow Group , the logistics firm based in Halden , named a chairman .", "Halden", "GPE"),
    ],
    ids=["hyphenated-to-based", "after-based-in"],
)
def test_a_place_hyphenated_to_a_suffix_is_no_mention(
    extracted: Extracted, text: str, name: str, kind: str | None
) -> None:
    assert _types(extracted("entities", text)).get(name) == kind


@pytest.mark.parametrize(
    ("headline", "name", "kind"),
    [
        ("BUSINESS - Arlen Foods profit rises .", "BUSINESS", None),
        ("BUSINESS - Arlen Foods profit rises .", "Arlen Foods", "ORG"),
    ],
    ids=["the-desk", "the-headlines-name"],
)
def test_a_desks_word_before_a_headline_in_ordinary_case_is_no_name(
    extracted: Extracted, headline: str, name: str, kind: str | None
) -> None:
    text = f"{headline}\nKELVO 2031-03-12\nArlen Foods said on Tuesday its profit rose 14 percent ."
    assert _types(extracted("entities", text)).get(name) == kind


def test_a_trade_capitalised_before_a_companys_name_is_no_word_of_it(extracted: Extracted) -> None:
    text = "Insurer Brightmere Mutual will cut 500 jobs over two years , it said on Tuesday ."
    names = {name for entity in extracted("entities", text) for name in [entity["name"], *entity["aliases"]]}
    assert "Brightmere Mutual" in names and "Insurer Brightmere Mutual" not in names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Regulators fined Telvora on Tuesday . Telvora , which is based in Kelvo , said it would appeal .",
            "Telvora",
            "ORG",
        ),
        (
            "Police questioned Anna Berg on Tuesday . Anna Berg , who lives in Kelvo , said she would appeal .",
            "Anna Berg",
            "PERSON",
        ),
    ],
    ids=["which", "who"],
)
def test_a_name_that_which_describes_is_no_persons(extracted: Extracted, text: str, name: str, kind: str) -> None:
    assert _types(extracted("entities", text)).get(name) == kind


def test_which_after_a_persons_full_name_opens_a_clause_on_the_event(extracted: Extracted) -> None:
    text = "The vote on Tuesday was won by Maria Lund , which surprised many in the party ."
    assert _types(extracted("entities", text)).get("Maria Lund") == "PERSON"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Organisation for Trade and Cooperation in Europe sent monitors on Monday .",
            {"Organisation for Trade and Cooperation in Europe": "ORG"},
        ),
        (
            "The Association of Ferry Operators of Norway met on Monday .",
            {"Association of Ferry Operators of Norway": "ORG"},
        ),
        (
            "The Bank of Halden in Kelvo raised rates on Monday .",
            {"Bank of Halden": "ORG", "Bank of Halden in Kelvo": None},
        ),
        (
            "The Ministry of Health in Norway confirmed new cases on Monday .",
            {"Ministry of Health": "ORG", "Ministry of Health in Norway": None},
        ),
        (
            "The Association of Ferry Operators in Europe's ports met on Monday .",
            {"Association of Ferry Operators": "ORG", "Association of Ferry Operators in Europe": None},
        ),
    ],
    ids=["region-after-in", "country-after-of", "a-town-says-where-it-sits", "a-country-after-in", "a-regions-own"],
)
def test_a_country_or_region_completes_a_name_that_opens_with_its_bodys_word(
    extracted: Extracted, text: str, names: dict[str, str | None]
) -> None:
    assert _types_of(extracted, text, names) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Social Democrats won 30 percent , ahead of the Christian Democrats on 22 percent .",
            {"Social Democrats": "ORG", "Christian Democrats": "ORG"},
        ),
        ("Party leader Ola Brenn said the Greens had blocked the bill .", {"Greens": "ORG"}),
        ("Senate Democrats blocked the bill on Monday .", {"Senate Democrats": None}),
        ("Liberal Democrats in the House broke with the leadership .", {"Liberal Democrats": None}),
    ],
    ids=["after-a-partys-adjective", "the-greens-alone", "a-chambers-members", "first-in-the-sentence"],
)
def test_a_party_named_by_its_members_in_the_plural_is_an_organisation(
    extracted: Extracted, text: str, names: dict[str, str | None]
) -> None:
    assert _types_of(extracted, text, names) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The hedge fund Archway Ridge said it would back the board .", {"Archway Ridge": "ORG"}),
        ("The charity Brightwater said demand had doubled .", {"Brightwater": "ORG"}),
        ("Archway Ridge said it would back the board .", {"Archway Ridge": "PERSON"}),
        ("Ministers told the regulator Norway would not back down .", {"Norway": "GPE"}),
    ],
    ids=["a-fund", "a-charity", "no-kind-before-it", "a-country-opens-the-object"],
)
def test_a_kind_of_body_right_before_a_name_makes_it_an_organisation(
    extracted: Extracted, text: str, names: dict[str, str]
) -> None:
    assert _types_of(extracted, text, names) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Residents along the River Colne were told to prepare for flooding .", "River Colne"),
        ("Fishermen on Loch Morven reported a fall in salmon numbers .", "Loch Morven"),
        ("Up to 60 mm of rain could fall over Mount Harlow on Friday .", "Mount Harlow"),
    ],
    ids=["river", "loch", "mount"],
)
def test_a_name_opening_with_a_waters_or_a_heights_word_is_a_place(extracted: Extracted, text: str, name: str) -> None:
    assert _types(extracted("entities", text)).get(name) in {"LOC", "GPE", "FAC"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Pupils at St Aldhelm's Primary School were sent home early .", "St Aldhelm's Primary School", "ORG"),
        ("St Elspeth's Church in Kelvo held a service on Sunday .", "St Elspeth's Church", "ORG"),
    ],
    ids=["school", "church"],
)
def test_a_saints_possessive_before_a_school_or_church_is_one_name(
    extracted: Extracted, text: str, name: str, kind: str
) -> None:
    assert _types(extracted("entities", text)).get(name) == kind


def test_a_person_going_by_a_waters_word_stays_a_person(extracted: Extracted) -> None:
    text = "Singer River Lund said she would tour again ."
    assert _types(extracted("entities", text)).get("River Lund") == "PERSON"


def test_a_name_on_a_waters_word_and_one_more_word_is_no_place(extracted: Extracted) -> None:
    text = "Lake Morven College will open a new library next year ."
    assert _types(extracted("entities", text)).get("Lake Morven College") == "ORG"
