"""Entities of council, court and political news (issue 20): a department's word before "Secretary", a firm named
after a person's "of", a town before its bypass, the two ends of a route after "from", and a water named after a
titled person, a town after a street's comma, an office or a trade before a person's name; a person named in full
by three words at every mention. Each rule on a short invented sentence, at the rule's own level, beside the case
it must not fire on."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract.found import Place
from app.extract.grouping import group_mentions
from app.extract.mention_case import known_words
from app.extract.mention_classes import announced_names
from app.extract.mention_cleaning import clean_spans
from app.extract.mention_context import context_type
from app.extract.mentions import Candidate
from app.extract.nlp import load_model
from app.settings import Settings
from tests.tagged_docs import tagged


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().spacy_model)


def _pieces(doc: Doc) -> list[tuple[str, str]]:
    return [(doc.text[piece.start : piece.end], piece.label) for piece in clean_spans(doc)]


def _context(nlp: Language, text: str, name: str, label: str) -> str | None:
    start = text.index(name)
    return context_type(nlp(text), start, start + len(name), label)


def _announced(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    doc.ents = ()
    return [(text[piece.start : piece.end], piece.label) for piece in announced_names(doc)]


@pytest.mark.parametrize(
    ("text", "word", "pieces"),
    [
        ("Health Secretary Corin Brisk visited the ward on Monday .", "Health", []),
        ("UN Secretary Dora Vell visited the camp on Monday .", "UN", [("UN", "ORG")]),
        ("Ostra Secretary General Dora Vell visited the camp .", "Ostra", [("Ostra", "ORG")]),
    ],
    ids=["a-departments-word", "an-acronym-names-a-body", "a-body-before-its-secretary-general"],
)
def test_a_departments_word_before_secretary_is_the_title_not_a_body(
    nlp: Language, text: str, word: str, pieces: list[tuple[str, str]]
) -> None:
    assert _pieces(tagged(nlp, text, word, "ORG")) == pieces


def test_a_titles_last_word_run_into_its_holders_name_leaves_the_holder(nlp: Language) -> None:
    text = "Minister of the Interior Uto Fenn stayed home ."
    assert _pieces(tagged(nlp, text, "the Interior Uto Fenn", "ORG")) == [("Uto Fenn", "PERSON")]


def test_a_bodys_word_after_no_title_keeps_the_name_whole(nlp: Language) -> None:
    text = "Friends of the Interior Uto Fenn met on Monday ."
    assert [label for _, label in _pieces(tagged(nlp, text, "the Interior Uto Fenn", "ORG"))] == ["ORG"]


@pytest.mark.parametrize(
    ("text", "word", "pieces"),
    [
        ("Secretary of State Ida Marn visited the port .", "State", []),
        ("Speaker of the House Tom Kell opened the session .", "House", []),
        ("The Secretary of State said the House would vote .", "State", [("State", "ORG")]),
        ("Chairman of Corvane Ilsa Dromm resigned on Monday .", "Corvane", [("Corvane", "ORG")]),
    ],
    ids=["secretary-of-state", "speaker-of-the-house", "no-holder-named-after", "a-firms-own-name"],
)
def test_a_bodys_word_inside_an_office_title_before_its_holder_is_no_organisation(
    nlp: Language, text: str, word: str, pieces: list[tuple[str, str]]
) -> None:
    assert _pieces(tagged(nlp, text, word, "ORG")) == pieces


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Her sister , Mara Kelby of Fenwick Dorr Harrow , said she would appeal .", "Fenwick Dorr Harrow", "ORG"),
        ("Mara Kelby of Tarlow Shipping said she would appeal .", "Tarlow Shipping", "ORG"),
        ("Her lawyer , Mara Kelby of Corbel Hart , said she would appeal .", "Corbel Hart", "ORG"),
        ("Mara Kelby of Ashcombe Vale said she would appeal .", "Ashcombe Vale", None),
        ("Her lawyer , Mara Kelby of Harrow , said she would appeal .", "Harrow", None),
        ("A cousin of Fenwick Dorr Harrow said she would appeal .", "Fenwick Dorr Harrow", None),
        ("Her lawyer , Mara Kelby of West Ollery , said she would appeal .", "West Ollery", None),
        ("Her lawyer , Mara Kelby of Tarrow Heights , said she would appeal .", "Tarrow Heights", None),
        ("Councillor Mara Kelby of Kings Ollery Green ward said she would appeal .", "Kings Ollery Green", None),
    ],
    ids=[
        "three-words-after-a-persons-of",
        "a-firms-word-after-it",
        "two-words-after-a-trade-and-its-person",
        "two-words-may-be-her-home-town",
        "one-word-may-be-her-home-town",
        "no-person-before-the-of",
        "a-places-word-opens-her-home-town",
        "a-places-word-ends-her-home-town",
        "a-places-noun-follows-her-home-town",
    ],
)
def test_names_after_a_persons_of_are_her_firms(nlp: Language, text: str, name: str, kind: str | None) -> None:
    assert _context(nlp, text, name, "PERSON") == kind


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The council approved the Marlstow bypass on Monday .", [("Marlstow", "GPE")]),
        ("The Marlstow tunnel authority met on Monday .", []),
    ],
    ids=["the-town-before-its-bypass", "a-bodys-word-after-the-road"],
)
def test_a_name_before_a_roads_noun_is_the_towns(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    assert _announced(nlp, text) == found


@pytest.mark.parametrize(
    ("text", "span", "label", "pieces"),
    [
        (
            "The ferry sails from Brennick to Tavish Sound each day .",
            "Brennick to Tavish Sound",
            "PERSON",
            [("Brennick", "GPE"), ("Tavish Sound", "GPE")],
        ),
        (
            "The ferry sails to Brennick to Tavish Sound each day .",
            "Brennick to Tavish Sound",
            "PERSON",
            [("Brennick to Tavish Sound", "PERSON")],
        ),
        (
            "The shop passed from Helen Varrow to Gerald Ashe in May .",
            "Helen Varrow to Gerald Ashe",
            "PERSON",
            [("Helen Varrow", "PERSON"), ("Gerald Ashe", "PERSON")],
        ),
        (
            "The loan moved from Arnsby Bank to Meridian Growth Fund .",
            "Arnsby Bank to Meridian Growth Fund",
            "ORG",
            [("Arnsby Bank", "ORG"), ("Meridian Growth Fund", "ORG")],
        ),
    ],
    ids=["from-one-end-to-the-other", "no-from-no-route", "an-owner-to-the-next", "a-body-to-the-next"],
)
def test_a_span_run_over_a_route_after_from_is_its_two_places(
    nlp: Language, text: str, span: str, label: str, pieces: list[tuple[str, str]]
) -> None:
    assert _pieces(tagged(nlp, text, span, label)) == pieces


@pytest.mark.parametrize(
    ("text", "span", "label", "pieces"),
    [
        (
            "The practice passed from Dr Helen Varrow to Mr Gerald Ashe in May .",
            "Dr Helen Varrow to Mr Gerald Ashe",
            "PERSON",
            [("Helen Varrow", "PERSON"), ("Gerald Ashe", "PERSON")],
        ),
        (
            "The striker moved from Kelvo United to Tarrow Rovers in May .",
            "Kelvo United to Tarrow Rovers",
            "ORG",
            [("Kelvo United", "ORG"), ("Tarrow Rovers", "ORG")],
        ),
        (
            "The seat passed from Labour to Reform in May .",
            "Labour to Reform",
            "ORG",
            [("Labour", "ORG"), ("Reform", "ORG")],
        ),
        (
            "The title passed from Varrow to Ashe in May .",
            "Varrow to Ashe",
            "PERSON",
            [("Varrow", "PERSON"), ("Ashe", "PERSON")],
        ),
        (
            "The bus runs from Kelby to Port Elin each day .",
            "Kelby to Port Elin",
            "PERSON",
            [("Kelby", "GPE"), ("Port Elin", "GPE")],
        ),
    ],
    ids=["titled-owners", "two-clubs", "two-parties", "two-surnames", "a-place-opener-makes-a-route"],
)
def test_a_from_to_span_with_no_end_shaped_like_a_place_keeps_the_taggers_type(
    nlp: Language, text: str, span: str, label: str, pieces: list[tuple[str, str]]
) -> None:
    assert _pieces(tagged(nlp, text, span, label)) == pieces


@pytest.mark.parametrize(
    ("text", "span", "pieces"),
    [
        ("The crossing to King Aldred Sound takes three hours .", "King Aldred Sound", [("King Aldred Sound", "ORG")]),
        ("The crossing was opened by King Aldred Swann last year .", "King Aldred Swann", [("Aldred Swann", "PERSON")]),
    ],
    ids=["a-water-named-after-a-king", "a-king"],
)
def test_a_title_before_a_waters_name_does_not_make_it_a_persons(
    nlp: Language, text: str, span: str, pieces: list[tuple[str, str]]
) -> None:
    assert _pieces(tagged(nlp, text, span, "ORG")) == pieces


@pytest.mark.parametrize(
    ("text", "span", "pieces"),
    [
        (
            "Ewart Pike , 34 , of Saltcote Road , Coldmere , was jailed .",
            "Saltcote Road , Coldmere",
            [("Saltcote Road", "PERSON"), ("Coldmere", "GPE")],
        ),
        (
            "The court heard from Ewart Pike , Coldmere , on Monday .",
            "Ewart Pike , Coldmere",
            [("Ewart Pike", "PERSON"), ("Coldmere", "PERSON")],
        ),
        (
            "The shop on Wythe Lane , Helen Varrow said , will close .",
            "Wythe Lane , Helen Varrow",
            [("Wythe Lane", "PERSON"), ("Helen Varrow", "PERSON")],
        ),
        (
            "Neighbours of Saltcote Road , Ann Roe and Ivo Berg , objected .",
            "Saltcote Road , Ann Roe and Ivo Berg",
            [("Saltcote Road", "PERSON"), ("Ann Roe and Ivo Berg", "PERSON")],
        ),
    ],
    ids=["a-street-then-its-town", "no-street-before-the-comma", "a-person-after-the-streets-comma", "people-after-it"],
)
# The street keeps the tagger's type here: its last word retypes it later, when mentions are typed by their heads.
def test_the_name_after_a_streets_comma_is_the_addresss_town(
    nlp: Language, text: str, span: str, pieces: list[tuple[str, str]]
) -> None:
    assert _pieces(tagged(nlp, text, span, "PERSON")) == pieces


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Halvard Ness , the Kelvo police chief , said two men were held .", "Halvard Ness", "PERSON"),
        ("Halvard Ness , the Kelvo law firm , said two men were held .", "Halvard Ness", "ORG"),
    ],
    ids=["an-office-in-apposition", "a-body-in-apposition"],
)
def test_a_name_with_the_office_it_holds_in_apposition_is_a_persons(
    nlp: Language, text: str, name: str, kind: str | None
) -> None:
    assert _context(nlp, text, name, "ORG") == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A second report by economist Lydia Farr said prices would rise .", "Lydia Farr", "PERSON"),
        ("A second report by auditor Pennick Quillan said prices would rise .", "Pennick Quillan", None),
    ],
    ids=["a-trade-only-a-person-has", "a-trade-a-firm-has-too"],
)
def test_a_name_after_a_trade_only_a_person_is_called_by_is_a_persons(
    nlp: Language, text: str, name: str, kind: str | None
) -> None:
    assert _context(nlp, text, name, "ORG") == kind


def _grouped_types(*names: str) -> dict[str, str]:
    """Each entity's name and type, for names the tagger read as people's written one after another in a body."""
    candidates, start = [], 0
    for name in names:
        candidates.append(Candidate(Place("body", start, start + len(name)), name, "PERSON"))
        start += len(name) + 20
    return {entity.name: entity.type for entity in group_mentions(candidates)}


@pytest.mark.parametrize(
    ("names", "kind"),
    [
        (("Ramiro Ochoa Urquiza", "Ramiro Ochoa Urquiza"), "PERSON"),
        (("Kwesi Ampem Darko", "Kwesi Ampem Darko"), "PERSON"),
        (("Pike Lorrick Anstruther Ltd", "Pike Lorrick Anstruther"), "ORG"),
    ],
    ids=["a-given-name-and-two-surnames", "a-given-name-the-lists-lack", "a-firm-its-legal-form-names-once"],
)
# Three words at every mention are no firm's: a person with two surnames ("Ramiro Ochoa Urquiza") is written in full
# again, and the given-name lists cannot know every given name that would tell the two apart. A legal form at one
# mention does tell them apart.
def test_three_names_written_in_full_at_every_mention_stay_a_persons(names: tuple[str, ...], kind: str) -> None:
    assert _grouped_types(*names) == {names[0]: kind}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pupils walked out of the Varrow high school on Monday .", [("Varrow", "GPE")]),
        ("The Brellund police chief said the road would reopen .", [("Brellund", "GPE")]),
        ("Workers at the Brellix paper mill were laid off .", []),
        ("The Labour council voted to raise charges .", []),
        ("The Brellund police authority met on Monday .", []),
    ],
    ids=["before-a-towns-school", "after-a-sentences-the", "a-firms-works", "a-partys-council", "a-bodys-word-after"],
)
def test_a_name_before_a_towns_service_is_the_towns(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    assert _announced(nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Parents at the Catholic high school were told of the closure .",
        "A spokesman for the Transport police said the line was shut .",
        "Residents criticised the Tory council over parking charges .",
        "Pupils at the St Aidan primary school raised money .",
        "The row split the KLP council on Monday .",
    ],
    ids=["a-faiths-school", "a-forces-own-word", "a-partys-nickname", "a-saints-school", "a-partys-initials"],
)
def test_a_known_word_or_a_saint_before_a_towns_service_is_no_town(nlp: Language, text: str) -> None:
    doc = nlp(text)
    doc.ents = ()
    assert [piece for piece in announced_names(doc, known_words(nlp)) if piece.label == "GPE"] == []


def test_a_new_word_before_a_towns_service_is_the_town_with_the_lemmatizers_words(nlp: Language) -> None:
    doc = nlp("The Brammock police chief praised the volunteers .")
    doc.ents = ()
    assert [(doc.text[p.start : p.end], p.label) for p in announced_names(doc, known_words(nlp))] == [
        ("Brammock", "GPE")
    ]
