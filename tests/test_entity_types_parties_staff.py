"""Entities of political, business, council and conflict wire (issue 20): two parties' words joined by "and" before
"parties" are two parties; a name the tagger read as a person's or a site's after the "at" of a firm's
profession is the firm; a title before two capitalised words the tagger missed makes them a person's name; a name
after "the border with" is a land; a name before a chairman is a body's; capitalised words after "residents of" are
a place; a company's name closed by a legal form keeps the sentence's first word; a word between a company's
possessive and a site is the town. Each rule on short invented sentences at the function where it lives, with a
near miss beside each."""

import pytest
from spacy.language import Language

from app.extract.mention_classes import announced_names
from app.extract.mention_cleaning import Piece, untagged_names
from app.extract.mention_context import context_type
from app.extract.mention_parties import paired_party_names
from app.extract.mention_places import placed_names
from app.extract.nlp import load_model
from app.settings import Settings
from tests.tagged_docs import tagged


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().spacy_model)


def _texts(text: str, pieces: list[Piece]) -> list[tuple[str, str]]:
    return [(text[piece.start : piece.end], piece.label) for piece in pieces]


# Two parties joined by "and"


def test_two_parties_words_before_parties_are_two_parties(nlp: Language) -> None:
    text = "Talks between the Labour and Conservative parties collapsed on Wednesday ."
    assert _texts(text, list(paired_party_names(nlp(text)))) == [("Labour", "ORG"), ("Conservative", "ORG")]


def test_other_words_before_parties_are_no_parties(nlp: Language) -> None:
    text = "Staff missed the Christmas and Easter parties this year ."
    assert list(paired_party_names(nlp(text))) == []


# A profession's firm after "at"


def _context(nlp: Language, text: str, name: str, label: str) -> str | None:
    start = text.index(name)
    return context_type(tagged(nlp, text, name, label), start, start + len(name), label)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Analysts at Corbel Hart said the price was fair .", "Corbel Hart", "PERSON"),
        ("A lawyer at Ostrander Flint said they would appeal .", "Ostrander Flint", "FAC"),
    ],
    ids=["read-as-a-person", "read-as-a-site"],
)
def test_a_name_after_the_at_of_a_firms_profession_is_the_firm(nlp: Language, text: str, name: str, label: str) -> None:
    assert _context(nlp, text, name, label) == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Voters at Corbel Hart 's rally cheered loudly .", "Corbel Hart", "PERSON"),
        ("Workers at Ostrander Mill said they would strike .", "Ostrander Mill", "FAC"),
        ("A lawyer at Halden said they would appeal .", "Halden", "GPE"),
    ],
    ids=["a-crowd", "a-sites-workers", "a-town"],
)
def test_a_name_after_the_at_of_a_crowd_or_a_sites_workers_or_a_town_stays_the_taggers(
    nlp: Language, text: str, name: str, label: str
) -> None:
    assert _context(nlp, text, name, label) is None


def test_a_site_named_by_its_buildings_word_after_the_at_of_a_firms_profession_stays_a_site(nlp: Language) -> None:
    assert _context(nlp, "Bankers at Tollgate Wharf said rates would rise .", "Tollgate Wharf", "FAC") is None


# A title before a name the tagger missed


def _untagged(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    doc.ents = []
    return _texts(text, list(untagged_names(doc)))


def test_two_capitalised_words_after_a_title_are_a_persons_name(nlp: Language) -> None:
    assert _untagged(nlp, "Councillor Tavi Lathe said the trust would manage the site .") == [("Tavi Lathe", "PERSON")]


def test_two_capitalised_words_after_no_title_stay_unread(nlp: Language) -> None:
    assert _untagged(nlp, "The report by Tavi Lathe said the trust would manage the site .") == []


def test_capitalised_words_after_a_title_in_a_title_case_headline_stay_unread(nlp: Language) -> None:
    assert _untagged(nlp, "Mayor Backs Harbour Plan") == []


# Across a border


def test_a_name_after_the_border_with_is_a_land(nlp: Language) -> None:
    text = "Two soldiers were wounded near the border with Ostravia ."
    doc = tagged(nlp, text, "Ostravia", "ORG")
    assert _texts(text, list(placed_names(doc, frozenset()))) == [("Ostravia", "GPE")]


def test_a_name_after_a_deal_with_stays_the_taggers(nlp: Language) -> None:
    text = "The firm signed a deal with Ostravia on Monday ."
    doc = tagged(nlp, text, "Ostravia", "ORG")
    assert list(placed_names(doc, frozenset())) == []


# A body's officer after its name


@pytest.mark.parametrize(("name", "label"), [("Pemberton Quay", "FAC"), ("Corbel Hart", "PERSON")])
def test_a_name_before_a_chairman_is_a_bodys(nlp: Language, name: str, label: str) -> None:
    text = f"{name} chairman Rhys Aldane called the merger a good fit ."
    assert _context(nlp, text, name, label) == "ORG"


def test_a_town_before_a_chairman_stays_a_place(nlp: Language) -> None:
    assert _context(nlp, "Halden chairman Rhys Aldane called the merger a good fit .", "Halden", "GPE") is None


def test_a_persons_name_a_verb_gives_the_office_of_chairman_stays_a_persons(nlp: Language) -> None:
    text = "The board named Lorna Pettigrew chairman on Monday ."
    assert _context(nlp, text, "Lorna Pettigrew", "PERSON") is None


# A place's people "of" it


def test_capitalised_words_after_residents_of_are_a_place(nlp: Language) -> None:
    text = "Residents of Little Ashby objected to the plan ."
    pieces = announced_names(tagged(nlp, text, "Ashby", "ORG"))
    assert _texts(text, list(pieces)) == [("Little Ashby", "GPE")]


def test_a_street_after_residents_of_is_no_town(nlp: Language) -> None:
    text = "Residents of Elm Grove objected to the plan ."
    assert list(announced_names(tagged(nlp, text, "Elm Grove", "FAC"))) == []


# A company's name opening its sentence, and its sites


def test_a_sentences_first_word_before_a_missed_companys_name_is_its_first_word(nlp: Language) -> None:
    assert _untagged(nlp, "Kelso Mining Ltd hired advisers to review the offer .") == [("Kelso Mining Ltd", "ORG")]


def test_a_function_word_opening_the_sentence_stays_out_of_the_name(nlp: Language) -> None:
    assert _untagged(nlp, "After Kelso Mining Ltd collapsed , the town lost its jobs .") == [
        ("Kelso Mining Ltd", "ORG")
    ]


@pytest.mark.parametrize("opener", ["Separately", "Rival"])
def test_an_opener_the_tagger_reads_as_no_proper_noun_stays_out_of_the_name(nlp: Language, opener: str) -> None:
    assert _untagged(nlp, f"{opener} Kelso Mining Ltd cut its prices again .") == [("Kelso Mining Ltd", "ORG")]


def test_a_word_between_a_companys_possessive_and_a_site_is_the_sites_town(nlp: Language) -> None:
    text = "Analysts said the bid undervalued the group 's Karrow mine ."
    assert _texts(text, list(announced_names(tagged(nlp, text, "Karrow", "ORG")))) == [("Karrow", "GPE")]


def test_a_word_between_a_persons_possessive_and_an_office_is_left_to_the_tagger(nlp: Language) -> None:
    text = "Reporters waited outside the minister 's Karrow office ."
    assert list(announced_names(tagged(nlp, text, "Karrow", "ORG"))) == []


@pytest.mark.parametrize(("label", "found"), [("PERSON", [("Ellery Marsh", "PERSON")]), ("ORG", [])])
def test_a_persons_shape_listed_with_a_persons_name_is_a_persons(
    nlp: Language, label: str, found: list[tuple[str, str]]
) -> None:
    """ "Goals from X and Y": a name of a person's shape joined to one the tagger read as a person's is a person's;
    joined to one it read as an organisation's (the control) it stays unread."""
    text = "Goals from Ellery Marsh and Tobiah Wren sealed the win ."
    doc = tagged(nlp, text, "Tobiah Wren", label)
    assert [(text[piece.start : piece.end], piece.label) for piece in untagged_names(doc)] == found


def test_a_clubs_name_listed_with_a_persons_name_is_no_persons(nlp: Language) -> None:
    """The control of the shape: a club's first word ("Torpedo") is no person's, whatever it is listed with."""
    text = "Goals against Torpedo Marsby and Tobiah Wren sealed the win ."
    doc = tagged(nlp, text, "Tobiah Wren", "PERSON")
    assert ("Torpedo Marsby", "PERSON") not in [(text[p.start : p.end], p.label) for p in untagged_names(doc)]
