"""Entities of titled people, players, firms and their sites (issue 20): a title inside a name the tagger read as a
body's, a name after a player's hyphenated position, a firm's short name before its officer, a business's word after
a sentence's first word, the firm advisers come from, a terminal as a firm's site, and a headline in capitals that
reads as a dateline. Each rule on a short invented article."""

import pytest
from spacy.language import Language

from app.extract.entities import find_entities
from app.extract.nlp import load_model
from app.extract.parsed import ArticleText
from app.extract.parsing import parse_articles
from app.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().spacy_model)


def _types(nlp: Language, text: str) -> dict[str, str]:
    """Every mention the article's entities have, with the entity's type."""
    article = parse_articles(nlp, [ArticleText({"body": text}, None)])[0]
    return {mention.text: entity.type for entity in find_entities(article) for mention in entity.mentions}


def test_a_title_inside_a_bodys_name_leaves_the_persons_name(nlp: Language) -> None:
    assert _types(nlp, "Councillor Mehet Soral said the bypass would open in spring.") == {"Mehet Soral": "PERSON"}


def test_a_title_opening_a_name_after_a_preposition_of_places_stays_the_places(nlp: Language) -> None:
    assert "Tolvey Moor" not in _types(nlp, "Rain fell across Sheriff Tolvey Moor overnight.")


def test_a_title_opening_a_name_the_tagger_reads_as_a_places_stays_the_places(nlp: Language) -> None:
    assert _types(nlp, "Oil spread from Prince Halvard Sound into the bay.") == {"Prince Halvard Sound": "GPE"}


def test_a_title_inside_a_bodys_name_after_a_preposition_of_no_place_leaves_the_persons(nlp: Language) -> None:
    assert _types(nlp, "The plan was backed by Councillor Mehet Soral.") == {"Mehet Soral": "PERSON"}


def test_a_titled_persons_possessive_after_a_preposition_of_places_leaves_the_persons(nlp: Language) -> None:
    types = _types(nlp, "The bypass plan in Councillor Mehet Soral's ward was dropped.")
    assert types.get("Mehet Soral") == "PERSON"


def test_a_titles_word_opening_a_business_name_stays_the_businesss(nlp: Language) -> None:
    types = _types(nlp, "General Tarkon Foods said profits rose in the spring.")
    assert types == {"General Tarkon Foods": "ORG"}


def test_a_name_after_a_players_hyphenated_position_is_a_persons(nlp: Language) -> None:
    text = "Fly-half Ryn Caddo kicked four penalties as Ostby Wanderers beat Kelthorpe Athletic 22-10."
    assert _types(nlp, text).get("Ryn Caddo") == "PERSON"


def test_a_name_without_a_position_before_it_is_left_to_the_tagger(nlp: Language) -> None:
    text = "Ryn Caddo kicked four penalties as Ostby Wanderers beat Kelthorpe Athletic 22-10."
    assert "Ryn Caddo" not in _types(nlp, text)


def test_a_firms_short_name_opening_a_sentence_before_its_chairman_is_whole(nlp: Language) -> None:
    text = "Kelso Mining Ltd posted a loss. Kelso Mining chairman Arne Poll said prices would recover."
    types = _types(nlp, text)
    assert types.get("Kelso Mining") == "ORG"
    assert "Mining" not in types


def test_a_businesss_word_after_a_sentences_first_word_makes_one_firm(nlp: Language) -> None:
    types = _types(nlp, "Stavely Rail said the line to Ardmore would reopen on Monday.")
    assert types.get("Stavely Rail") == "ORG"


def test_a_word_of_no_business_after_a_sentences_first_word_names_no_firm(nlp: Language) -> None:
    types = _types(nlp, "Stavely Park said the line to Ardmore would reopen on Monday.")
    assert "Stavely Park" not in types


def test_the_firm_a_professions_members_come_from_is_an_organisation(nlp: Language) -> None:
    types = _types(nlp, "The council hired advisers from Tallow Brink to review the budget.")
    assert types.get("Tallow Brink") == "ORG"


def test_a_letter_from_a_name_leaves_it_a_persons(nlp: Language) -> None:
    types = _types(nlp, "The council read a letter from Tallow Brink about the budget.")
    assert types.get("Tallow Brink") == "PERSON"


def test_a_terminal_after_a_firms_its_names_its_town(nlp: Language) -> None:
    types = _types(nlp, "Repairs will shut its Tarrow terminal, the firm warned.")
    assert types.get("Tarrow") == "GPE"


def test_a_brand_after_a_firms_its_names_no_town(nlp: Language) -> None:
    types = _types(nlp, "Repairs will shut its Tarrow brand, the firm warned.")
    assert types.get("Tarrow") != "GPE"


def test_a_capitals_headline_of_the_storys_common_words_is_no_dateline(nlp: Language) -> None:
    text = "ORRIN PARK STRIKE ENDS\n\nWorkers at Orrin Park returned to work on Monday after a two-week strike."
    types = _types(nlp, text)
    assert "ORRIN PARK STRIKE ENDS" not in types
    assert types.get("ORRIN PARK") == "LOC"


def test_a_capitals_line_of_a_place_alone_stays_a_dateline(nlp: Language) -> None:
    text = "ORRIN PARK\n\nWorkers at the mill returned to work on Monday after a two-week strike."
    assert _types(nlp, text) == {"ORRIN PARK": "GPE"}


def test_a_capitals_place_of_a_name_and_its_kinds_word_stays_a_dateline(nlp: Language) -> None:
    text = "VARNLEY BRIDGE\n\nThe bridge over the river reopened to traffic on Monday."
    assert _types(nlp, text) == {"VARNLEY BRIDGE": "GPE"}


def test_a_capitals_headline_of_three_words_ending_in_a_common_word_is_no_dateline(nlp: Language) -> None:
    text = "VARNLEY BAY SHOOTING\n\nPolice at Varnley Bay said the shooting happened late on Monday."
    types = _types(nlp, text)
    assert "VARNLEY BAY SHOOTING" not in types
    assert "VARNLEY BAY" in types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dean Arlo Venn said the college would freeze tuition.", {"Arlo Venn": "PERSON"}),
        ("Dean Harlow said the college would freeze tuition.", {"Dean Harlow": "PERSON"}),
        ("Dean Van Arsdel said the team would travel on Friday.", {"Dean Van Arsdel": "PERSON"}),
    ],
    ids=["title-before-a-full-name", "given-name-before-a-surname", "given-name-before-a-surname-with-a-particle"],
)
def test_a_title_that_is_also_a_given_name_leaves_a_name_only_before_a_full_one(
    nlp: Language, text: str, names: dict[str, str]
) -> None:
    assert _types(nlp, text) == names
