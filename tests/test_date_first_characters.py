"""The lookahead each date rule opens with: the characters its matches can start with, read from its pattern."""

import re

from app.extract.date_spans import _first_character, _pattern


def test_optional_words_and_case_insensitive_groups_give_every_character_a_match_can_open_with() -> None:
    assert _first_character(r"(?i:(?:the\s+)?(?:first|1st)\s+half)") == "(?=(?i:[1ft]))"


def test_a_digit_class_is_kept_as_digits() -> None:
    assert _first_character(r"(?:\d{1,3}|a few)\s+days") == r"(?=(?i:[\da]))"


def test_a_lookbehind_takes_no_character_so_the_word_after_it_opens_the_match() -> None:
    assert _first_character(r"(?<=\bon\s)the\s+day") == "(?=(?i:[t]))"


def test_a_pattern_that_may_open_with_any_character_or_match_nothing_gets_no_lookahead() -> None:
    assert _first_character(r"\w+day") == ""
    assert _first_character(r"(?:the\s+)?") == ""


def test_the_rules_find_the_same_expressions_with_and_without_their_lookaheads() -> None:
    text = "On Monday, 3 days ago, in the first half of 2031 and the week of May 4, sales rose 12% in Q3 today."
    without = re.compile(re.sub(r"\(\?=\(\?i:\[[^]]*\]\)\)", "", _pattern().pattern))
    assert [(m.span(), m.lastgroup) for m in _pattern().finditer(text)] == [
        (m.span(), m.lastgroup) for m in without.finditer(text)
    ]
    assert len(list(_pattern().finditer(text))) >= 5
