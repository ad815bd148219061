"""The lookahead each date rule opens with: the characters its matches can start with, read from its pattern."""

import re

from app.extract.date_spans import _first_character, _pattern, _untagged


def test_optional_words_and_case_insensitive_groups_give_every_character_a_match_can_open_with() -> None:
    assert _first_character(r"(?i:(?:the\s+)?(?:first|1st)\s+half)") == "(?=(?i:[1ft]))"


def test_a_digit_class_is_kept_as_digits() -> None:
    assert _first_character(r"(?:\d{1,3}|a few)\s+days") == r"(?=[\da])"


def test_a_lookbehind_takes_no_character_so_the_word_after_it_opens_the_match() -> None:
    assert _first_character(r"(?<=\bon\s)the\s+day") == "(?=[t])"


def test_a_word_written_in_one_case_is_tested_in_that_case() -> None:
    assert _first_character(r"Monday|[Tt]oday") == "(?=[MTt])"


def test_a_case_insensitive_group_beside_words_in_one_case_is_tested_without_case() -> None:
    assert _first_character(r"Monday|(?i:spring)") == "(?=[M]|(?i:[s]))"


def test_a_pattern_that_may_open_with_any_character_or_match_nothing_gets_no_lookahead() -> None:
    assert _first_character(r"\w+day") == ""
    assert _first_character(r"(?:the\s+)?") == ""


def test_the_rules_find_the_same_expressions_with_and_without_their_lookaheads() -> None:
    text = "On Monday, 3 days ago, in the first half of 2031 and the week of May 4, sales rose 12% in Q3 today."
    without = _without_lookaheads(_pattern())
    assert [(m.span(), m.lastgroup) for m in _pattern().finditer(text)] == [
        (m.span(), m.lastgroup) for m in without.finditer(text)
    ]
    assert len(list(_pattern().finditer(text))) >= 5


def test_the_untagged_date_words_are_found_alike_with_and_without_their_lookahead() -> None:
    text = "ReportersFriday said a SUMMER sale, the spring fair and Autumn ended later; Q3 was yesterday, monday ago."
    without = _without_lookaheads(_untagged())
    assert [m.span() for m in _untagged().finditer(text)] == [m.span() for m in without.finditer(text)]
    assert len(list(_untagged().finditer(text))) >= 8


def _without_lookaheads(pattern: re.Pattern[str]) -> re.Pattern[str]:
    lookahead = r"\(\?=(?:\[[^]]*\]\|?)?(?:\(\?i:\[[^]]*\]\))?\)"
    stripped = re.sub(lookahead, "", pattern.pattern)
    assert len(stripped) < len(pattern.pattern)
    return re.compile(stripped)
