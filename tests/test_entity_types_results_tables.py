"""Entities of results pages and tables (issue 20): a cricket scoreline's sides either side of "v", a table's line
of column labels, a club named before its staff role at a sentence's start, and the towns a journey began in
("travelled from X and Y"). Each rule on its function over invented lines, with a control that differs only where
the rule looks."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract.mention_cleaning import clean_spans
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


# A league table's row whose games add up


def test_a_table_rows_first_word_is_a_club_where_games_played_add_up(nlp: Language) -> None:
    assert _clubs(nlp("Brackwell 12 9 2 1 29")) == {"Brackwell"}


def test_a_table_row_without_draws_whose_points_are_its_wins_is_a_club(nlp: Language) -> None:
    assert _clubs(nlp("Brackwell 10 7 3 7 14")) == {"Brackwell"}


@pytest.mark.parametrize(
    "line", ["Ivo Berg 70 68 71 69 278", "Brackwell 0 0 0 0 0", "Brackwell 540 320 220 12 4", "Brackwell 12 9 2 1 7"]
)
def test_a_row_of_numbers_that_do_not_add_up_names_no_club(nlp: Language, line: str) -> None:
    """The control: a golf leaderboard's rounds, a row of no games, and a row whose first columns add up by chance (a
    ward's votes, cast for and against) but whose last is no league's points, are no league table's."""
    assert _clubs(nlp(line)) == set()


# A side the tagger ran into a date with the score after it


def test_a_side_read_as_a_date_with_its_score_is_a_club(nlp: Language) -> None:
    doc = tagged(nlp, "Berg scored twice as Halden beat Tarrowby 2-1.", "Tarrowby 2-1", "DATE")
    assert "Tarrowby" in _clubs(doc)


def test_a_days_name_a_matchs_word_takes_is_no_club(nlp: Language) -> None:
    """The control: a day's name the match's word takes ("the match for Saturday") stays the date's."""
    doc = tagged(nlp, "The match for Saturday was called off after a 2-1 defeat.", "Saturday", "DATE")
    assert "Saturday" not in _clubs(doc)


# A score that ends its sentence


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Halden beat Tarrowby 2-1.", True),
        ("Halden beat Tarrowby in 2031.", False),
        # A longer figure ends no score: a decimal after the dash, a third number.
        ("Halden beat Tarrowby 2-1.5.", False),
        ("Halden beat Tarrowby 3-1-2.", False),
    ],
)
def test_a_score_before_the_full_stop_makes_the_line_a_matchs(nlp: Language, sentence: str, club: bool) -> None:
    """An untagged side is a club where its line gives a score, also one its sentence ends on; a year is none."""
    doc = nlp(sentence)
    doc.ents = []
    assert ("Tarrowby" in _clubs(doc)) is club
