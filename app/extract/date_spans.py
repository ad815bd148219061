"""Where a paragraph states a date: the date rules' matches, kept where they are dates in context.

The rules (`date_forms`) are joined into one pattern, so each expression is found with its own boundaries
rather than the tagger's ("the", trailing words, two dates in one entity). The pattern runs only near the
tagger's DATE and TIME entities and near the few date words the tagger misses (a day name run together with
the word before it, "today"), which keeps it cheap; the entities also decide the words that are often something
else ("May", "1990").
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from app.extract.date_forms import RULES, Expression, Rule
from app.extract.date_tense import Tense, tense_of
from app.extract.parsed import Paragraph
from app.vocabulary.calendar import RELATIVE_DAY, WEEKDAY

# A named thing that holds a date word is no date: "Sunday Best" (a shop), "June Halvorsen" (a person).
_NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "NORP"})
_DATE_LABELS = frozenset({"DATE", "TIME"})
# Words before a date that make an ambiguous one ("May", "1990") a date all the same.
_TIME_PREPOSITION = re.compile(
    r"(?i:\b(?:in|since|until|till|by|from|through|during|before|after|between|of|to|and|around|early|late|mid)[\s-]+)$"
)
# Sets ("every Monday") recur; founding notes ("Est. 1902") and copyright lines are page furniture.
# ("EST" without a dot is a time zone: "9 p.m. EST Tuesday").
_NOT_AN_EVENT = re.compile(
    r"(?:(?i:\b(?:every|each)\s+|\bestablished\s+(?:in\s+)?|©\s*|\bcopyright\s+)|\b(?:Est|EST|Estd)\.\s*)$"
)
_LOOK_BEHIND = 16
# "The third straight quarter" counts quarters; it names none.
_COUNTED = re.compile(r"(?i:\b(?:consecutive|straight|successive)\s+)$")
# Periods of a match as well as of a year.
_GAME_PERIOD_RULES = frozenset({"quarter", "the_quarter", "half"})
# A quarter or half of a game is none of a year: words of a match report in the paragraph tell one from the other.
_GAME = re.compile(
    r"\b(?:coach|halftime|half-time|overtime|touchdowns?|buzzer|timeout|innings?|rebounds|assists|quarterback"
    r"|trailed|scored|scoring|ball|field goal|free throws?|points? lead|goalkeeper|equali[sz]\w*|kick-?off)\b",
    re.IGNORECASE,
)
# "In five years" after a superlative or a first counts back over a stretch ("its highest output in five years",
# "the first time in five years"), even in a sentence about the future.
_RECORD_WORDS = frozenset({"first", "only", "time"})
_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
# Date words the tagger leaves out of its entities now and then; the rules are tried around them too.
_UNTAGGED = re.compile(rf"(?=[MTWFSYtyal])(?:{WEEKDAY}|{RELATIVE_DAY}|(?<!\w)(?:ago|later)(?!\w))")
# How far around an entity an expression may reach ("the prior-year second quarter" around "second quarter").
_REACH = 48


@dataclass(frozen=True)
class DateSpan:
    """A date expression of one paragraph, with the sentence that holds it; offsets are the paragraph's."""

    start: int
    end: int
    text: str
    expression: Expression
    sentence: Span
    tense: Tense


def find_date_spans(paragraph: Paragraph) -> list[DateSpan]:
    """The date expressions of a paragraph."""
    doc, text = paragraph.doc, paragraph.text
    dates = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in _DATE_LABELS]
    names = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in _NAME_LABELS]
    sentences = list(doc.sents)  # spaCy walks the whole doc for each pass over sents
    starts = [sentence.start_char for sentence in sentences]
    found = []
    for match in _matches(text, dates):
        rule = _RULES_BY_NAME[str(match.lastgroup)]
        start, end = match.span()
        if not _in_context(rule, text, start, end, dates, names):
            continue
        if rule.name == "hence" and _after_a_record(doc, start):
            continue
        expression = rule.parse(text, start, end)
        if expression is not None:
            sentence = _sentence(sentences, starts, start) or doc[:]
            found.append(DateSpan(start, end, match[0], expression, sentence, tense_of(doc, start, end)))
    return found


_RULES_BY_NAME = {rule.name: rule for rule in RULES}


def _matches(text: str, dates: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The rules' matches, left to right without overlaps, in the stretches of text around date words."""
    found: list[re.Match[str]] = []
    done = 0
    for start, end in _stretches(text, [*dates, *(match.span() for match in _UNTAGGED.finditer(text))]):
        for match in _pattern().finditer(text, max(start, done), end):
            found.append(match)
            done = match.end()
    return found


def _stretches(text: str, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each anchor widened by `_REACH` (to the end of a word), overlapping ones merged, in text order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(anchors):
        start, end = max(0, start - _REACH), _word_end(text, end + _REACH)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _word_end(text: str, at: int) -> int:
    space = text.find(" ", at)
    return len(text) if at >= len(text) or space < 0 else space


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """Every rule as one alternative, in the rules' order, so the first rule that matches at a place wins.

    Expressions start a word, or are a day name run together with the word before it ("reportersFriday").
    """
    alternatives = "|".join(_alternative(rule) for rule in RULES)
    return re.compile(rf"(?:(?<!\w)|(?<=[a-z])(?={WEEKDAY}))(?:{alternatives})")


def _alternative(rule: Rule) -> str:
    inner = re.sub(r"\(\?P<\w+>", "(?:", rule.pattern)
    return rf"(?P<{rule.name}>{inner})(?!\w)"


def _in_context(
    rule: Rule, text: str, start: int, end: int, dates: list[tuple[int, int]], names: list[tuple[int, int]]
) -> bool:
    before = text[max(0, start - _LOOK_BEHIND) : start]
    if _NOT_AN_EVENT.search(before) or any(s <= start and end <= e and e - s > end - start for s, e in names):
        return False
    if rule.name in _GAME_PERIOD_RULES and (_COUNTED.search(before) or _GAME.search(text)):
        return False
    if not rule.needs_support:
        return True
    return any(s < end and start < e for s, e in dates) or bool(_TIME_PREPOSITION.search(before))


def _after_a_record(doc: Doc, start: int) -> bool:
    """Is there a superlative or a first in the sentence before the character `start`?"""
    at = doc.char_span(start, start + 1, alignment_mode="expand")
    if at is None:
        return False
    before = doc[at.sent.start : at.start]
    return any(token.tag_ in _SUPERLATIVE_TAGS or token.lower_ in _RECORD_WORDS for token in before)


def _sentence(sentences: list[Span], starts: list[int], start: int) -> Span | None:
    index = bisect_right(starts, start) - 1
    return sentences[index] if index >= 0 and start < sentences[index].end_char else None
