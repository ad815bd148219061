"""Entities of results pages and tables (issue 20): a cricket scoreline's sides either side of "v", a table's line
of column labels, a club named before its staff role at a sentence's start, and the towns a journey began in
("travelled from X and Y"). Each rule on its function over invented lines, with a control that differs only where
the rule looks."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract.mention_cleaning import clean_spans
from app.extract.mention_context import context_type
from app.extract.nlp import load_model
from app.extract.teams import club_names
from app.settings import Settings
from tests.tagged_docs import tagged


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().spacy_model)


def _clubs(doc: Doc) -> set[str]:
    return {doc.text[piece.start : piece.end] for piece in club_names(doc)}


# A cricket scoreline's sides either side of "v"


def test_the_sides_either_side_of_v_in_a_scoreline_are_clubs(nlp: Language) -> None:
    line = "Westshire 320 ( J. Ferrow 88 ) v Eastmoor 210-6 ( P. Lorrin 71 ) ."
    assert {"Westshire", "Eastmoor"} <= _clubs(nlp(line))


def test_a_name_after_and_in_a_scoreline_is_no_side(nlp: Language) -> None:
    """The control: only "v" parts two sides' innings; one side alone is no scoreline."""
    line = "Westshire 320 ( J. Ferrow 88 ) and Eastmoor 210-6 ( P. Lorrin 71 ) ."
    assert "Eastmoor" not in _clubs(nlp(line))


# A table's column labels


def test_a_line_of_column_labels_names_nothing(nlp: Language) -> None:
    line = "P W D L F A Pts"
    doc = tagged(nlp, line, "P W D L F A Pts", "ORG")
    assert list(clean_spans(doc)) == []


def test_a_line_of_short_names_without_lone_letters_stays_names(nlp: Language) -> None:
    """The control: as short and as many words, but no label of a letter alone."""
    line = "Ops Dir Ann Roe"
    doc = tagged(nlp, line, "Ann Roe", "PERSON")
    assert [(line[piece.start : piece.end], piece.label) for piece in clean_spans(doc)] == [("Ann Roe", "PERSON")]


def test_a_name_of_initials_on_a_line_of_four_stays_a_name(nlp: Language) -> None:
    """The control: a byline of initials is as short, its letters as lone, but no table has four labels only."""
    line = "By K M Tay"
    doc = tagged(nlp, line, "K M Tay", "PERSON")
    assert [line[piece.start : piece.end] for piece in clean_spans(doc)] == ["K M Tay"]


# A club before its staff role at a sentence's start


def test_a_club_before_its_managers_name_keeps_the_sentences_first_word(nlp: Language) -> None:
    text = "Tarn Vale manager Dean Orsk said his side deserved the win."
    doc = tagged(nlp, text, "Dean Orsk", "PERSON")
    assert "Tarn Vale" in _clubs(doc)


def test_a_capitalised_adjective_opening_the_sentence_stays_out_of_the_club(nlp: Language) -> None:
    """The control: "Former" opens the sentence but is no proper noun."""
    text = "Former Kelby captain Dean Orsk said his side deserved the win."
    doc = tagged(nlp, text, "Dean Orsk", "PERSON")
    assert "Kelby" in _clubs(doc)
    assert "Former Kelby" not in _clubs(doc)


def test_a_word_of_the_role_opening_the_sentence_stays_out_of_the_club(nlp: Language) -> None:
    """The control: the tagger may call "Outgoing" a proper noun, but it says how the person holds the role."""
    text = "Outgoing Kelby chairman Dean Orsk said his side deserved the win."
    doc = tagged(nlp, text, "Dean Orsk", "PERSON")
    assert "Outgoing Kelby" not in _clubs(doc)


# Where a journey began


def _context(nlp: Language, text: str, name: str, label: str) -> str | None:
    doc = nlp(text)
    start = text.index(name)
    return context_type(doc, start, start + len(name), label)


@pytest.mark.parametrize("name", ["Norwell", "Pike Hill"])
def test_the_towns_a_journey_began_in_are_places(nlp: Language, name: str) -> None:
    text = "She travelled from Norwell and Pike Hill by bus every day."
    assert _context(nlp, text, name, "ORG") == "GPE"


def test_a_firm_a_worker_moved_from_is_no_place(nlp: Language) -> None:
    """The control: "moved from" is as often a job's or a club's move as a journey."""
    text = "She moved from Norwell and Pike Hill to a bigger firm."
    assert _context(nlp, text, "Pike Hill", "ORG") != "GPE"


@pytest.mark.parametrize(
    "text",
    [
        "She flew in from Pike Hill to meet the board.",  # a name alone after "from": as often a firm's
        "Staff drove in from the Pike Hill and the Norwell.",  # after "the": a body's or a site's
        "Families fled from Norwell and Pike Hill last year.",  # people flee a group as often as a town
    ],
)
def test_a_name_a_journey_began_at_alone_after_the_or_fled_is_no_place(nlp: Language, text: str) -> None:
    assert _context(nlp, text, "Pike Hill", "ORG") != "GPE"


# Where a journey went


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The president flew to Kessmoor on Sunday for two days of talks.", "Kessmoor", "PERSON"),
        ("The envoy arrived in Brellin late on Wednesday.", "Brellin", "ORG"),
    ],
    ids=["flew-to", "arrived-in"],
)
def test_the_town_a_journey_went_to_is_a_place(nlp: Language, text: str, name: str, label: str) -> None:
    assert _context(nlp, text, name, label) == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The chief executive visited Arvelco's headquarters on Tuesday.", "Arvelco"),
        ("Midfielder Owen Crale joined Tolvey on a two-year deal.", "Tolvey"),
        ("Halden travel to Marsby on Saturday for the cup tie.", "Marsby"),
        ("He visits wife Selina in hospital", "Selina"),
        ("The minister toured Arvelco on Tuesday and praised its staff.", "Arvelco"),
        ("Doctors visited Brannock twice a day after his fall.", "Brannock"),
    ],
    ids=["an-owner-of-the-place-visited", "a-club-joined", "a-sides-journey", "a-person-visited", "a-firm-toured",
         "a-surname-visited"],
)  # fmt: skip
def test_an_owner_a_club_joined_a_sides_destination_or_a_visits_object_is_no_place(
    nlp: Language, text: str, name: str
) -> None:
    assert _context(nlp, text, name, "ORG") != "GPE"


# A bracket after a firm's name


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("The order went to Tarrow Group (Vessland), the ministry said.", "Vessland", None),
        ("The order went to its shipping group, Tarrow Lines, on Monday.", "Tarrow Lines", "ORG"),
    ],
    ids=["a-capitalised-kind-ends-a-name", "a-kind-in-lower-case-names-the-body"],
)
def test_only_a_kind_in_lower_case_names_the_organisation_in_apposition(
    nlp: Language, text: str, name: str, type_: str | None
) -> None:
    assert _context(nlp, text, name, "ORG") == type_
