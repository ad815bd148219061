"""A market named by its city and a lower-case "stock exchange" or "exchange" (issue 20): the city is a place, not a
firm; a capitalised "Stock Exchange" stays the market's own name. The rule on its pure function and through GET
/entities on short invented reports."""

from collections.abc import Callable
from typing import Any

import pytest

from app.extract.mention_exchanges import exchange_places
from app.extract.nlp import load_model
from app.settings import Settings

Extracted = Callable[..., list[dict[str, Any]]]


def _types(entities: list[dict[str, Any]]) -> dict[str, str]:
    return {name: entity["type"] for entity in entities for name in (entity["name"], *entity["aliases"])}


def _places(text: str) -> list[str]:
    doc = load_model(Settings().spacy_model)(text)
    return [text[piece.start : piece.end] for piece in exchange_places(doc)]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Shares in Brellan rose on the Halvern stock exchange.", "Halvern"),
        ("Tarrow Foods is listed on the Kelvo exchange, the company said.", "Kelvo"),
        ("Trading on the Port Anselm stock exchange was halted.", "Port Anselm"),
        ("The Halvern stock exchange fell 2 percent.", "Halvern"),
    ],
)
def test_the_city_before_a_lower_case_exchange_is_a_place(text: str, city: str) -> None:
    assert _places(text) == [city]


@pytest.mark.parametrize(
    "text",
    [
        "The fund bet on the Kelvo exchange rate falling.",  # a modifier of another noun, no market
        "Shares rose on the Halvern Stock Exchange.",  # the market's own name
        "Halvern exchange officials met on Monday.",  # no "the" before the city
        "The Kelvo exchange of prisoners went ahead.",  # no "stock", no "on the"
    ],
)
def test_no_place_where_no_market_is_written_so(text: str) -> None:
    assert _places(text) == []


def test_a_market_city_the_tagger_reads_as_a_firm_is_a_place(extracted: Extracted) -> None:
    text = (
        "Kelvane Pharma shares fell 6 percent after the drug failed a trial. The company, which is also listed on "
        "the Oslo stock exchange, said it would cut 300 jobs in Harnby."
    )
    types = _types(extracted("entities", text))
    assert types["Oslo"] == "GPE"
    assert types["Kelvane Pharma"] == "ORG"


def test_a_capitalised_stock_exchange_stays_the_markets_name(extracted: Extracted) -> None:
    text = "Brindle Foods Inc shares rose 3 percent on the Halvern Stock Exchange on Thursday."
    types = _types(extracted("entities", text))
    assert types["Halvern Stock Exchange"] == "ORG"
    assert "Halvern" not in types
