"""Where a paragraph states a date: the date rules' matches, kept where they are dates in context.

The rules (`date_forms`) are joined into one pattern, so each expression is found with its own boundaries
rather than the tagger's ("the", trailing words, two dates in one entity). The pattern runs only near the
tagger's DATE and TIME entities and near the few date words the tagger misses (a day name run together with
the word before it, "today"), which keeps it cheap; the entities also decide the words that are often something
else ("May", "1990").
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from spacy.tokens import Doc, Span, Token

from app.extract.date_forms import QUARTER_CODES, RULES, SEASONS, Ahead, Expression, Half, Quarter, Rule, Shift, Weekday
from app.extract.date_tense import Tense, forecast, tense_of, verbs_of
from app.extract.parsed import CAPTION_FIELD, Paragraph, covering, entities_of, first_joined, sentence_of, sentences_of
from app.vocabulary.calendar import HOLIDAY, HOLIDAY_WORD, MOVABLE_FEAST, RELATIVE_DAY, TITLED_WORKS, WEEKDAY
from app.vocabulary.classes import EDITION_NOUNS
from app.vocabulary.credits import CLOSING_CREDIT, CREDIT_NAMES
from app.vocabulary.furniture import PAPER_ONLY_WORDS, PAPER_OR_SURNAME_WORDS
from app.vocabulary.numbers import NUMBERED_NOUNS

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
# A year's digits after a noun that takes a number for a name are that number: "Flight 2025 landed on Monday".
_NUMBERED = re.compile(rf"(?i:\b(?:{'|'.join(re.escape(noun) for noun in NUMBERED_NOUNS)})\s+)$")
# A weekday qualifying an edition's noun ("the Sunday paper") or in a paper's name ("the Orland Sunday Times") names
# the paper, not a day. Only the words that name papers alone: a weekday before the rest of `PUBLICATION_WORDS`
# is a date in a capitalised headline ("Ahead of Friday Jobs Report", "a Tuesday Group meeting").
_PAPER_NAME_WORDS = frozenset(
    word.capitalize() for word in PAPER_OR_SURNAME_WORDS | PAPER_ONLY_WORDS | {"times", "post", "herald", "observer"}
)
# The words before a weekday that tell when, whatever the parse makes of it (`_names_a_paper`).
_ON_A_DAY = frozenset({"on", "by", "until", "till", "since"})
# "The third straight quarter" counts quarters; it names none.
_COUNTED = re.compile(r"(?i:\b(?:consecutive|straight|successive)\s+)$")
# Rules whose words a match report also uses: a game's quarters and halves, a golf course's holes ("on the 18th").
_MATCH_REPORT_RULES = frozenset({"quarter", "the_quarter", "quarter_code", "half", "day_of_month"})
# A quarter or half of a game is none of a year, nor a golf course's hole a day ("bogeyed on the 18th"): words of a
# match report in the paragraph tell one from the other.
_GAME = re.compile(
    r"\b(?:coach|halftime|half-time|overtime|touchdowns?|buzzer|timeout|innings?|rebounds|assists|quarterback"
    r"|trailed|scored|scoring|ball|field goal|free throws?|points? lead|goalkeeper|equali[sz]\w*|kick-?off"
    r"|birdies?|birdied|bogeys?|bogeyed|fairways?|putts?|putted)\b",
    re.IGNORECASE,
)
# A count of time just after a noun phrase with a superlative, a first or an only is a stretch back ("its busiest
# summer in five years", "the first time in five years"), even in a sentence about the future. (The parser hangs
# "in five years" from the verb there as well, so the words just before it tell.)
_RECORD_WORDS = frozenset({"first", "only"})
_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
_NOUN_PHRASE_ENDS = frozenset({"NOUN", "PROPN", "ADJ"})
# The words besides superlatives and ordinals that put a thing in an order of a period's: "its last meeting of the
# year", "the only sitting of the year".
_ORDER_WORDS = _RECORD_WORDS | {"last", "final", "latest", "next"}
# Nor is it a date where its verb takes an amount ("will save $2 billion in five years") or is negated ("will not
# recover in five years"): it is the time that takes, or that passes without it.
_AMOUNTS = frozenset({"MONEY", "PERCENT"})
_OBJECTS = frozenset({"dobj", "npadvmod"})
# Words that set a sentence's time other than by a date: "At the time, officials said it would open in two years."
_SET_THEN = re.compile(r"\b(?:at\s+(?:the|that)\s+(?:time|point)|back\s+then|that\s+year)\b", re.IGNORECASE)
# Date words the tagger leaves out of its entities now and then (or tags as events: "New Year's Day"); the rules are
# tried around them too. The seasons and the weekend as well ("would hold a vote in the autumn"), but not "fall",
# mostly the verb; and the abbreviations of financial news ("FY2031", "in Q3").
_PERIOD_WORDS = "|".join([*(season for season in SEASONS if season != "fall"), "weekend"])
_ABBREVIATED = rf"(?<!\w)(?:FY\s?\d{{4}}|{QUARTER_CODES})(?!\w)"
_UNTAGGED = (
    rf"{WEEKDAY}|{RELATIVE_DAY}|{HOLIDAY}|{HOLIDAY_WORD}|{MOVABLE_FEAST}|(?<!\w)(?:ago|later)(?!\w)"
    rf"|(?<!\w)(?i:{_PERIOD_WORDS})(?!\w)|{_ABBREVIATED}"
)
# "The weekend" before a noun it qualifies names no weekend: "traders at the weekend market", "in the weekend edition";
# nor a quarter's abbreviation a quarter, which is then a model's or a product's name: "interest in Q3 models"; nor a
# holiday after a verb of keeping a day, then the season's trade: "spent Christmas bonuses on staff"; nor a movable
# feast, then part of another name: "the Good Friday Agreement", "the Good Friday accord".
_NOUN_MODIFIER_RULES = frozenset({"weekend", "quarter_code", "holiday_kept", "feast"})
# The rules that find a holiday or a feast by its name alone, which may be the title of a work set off by commas as
# well; a holiday of one word is found only after a preposition, a holiday or a verb ("holiday_word", "holiday_kept"),
# never after a comma.
_TITLED_HOLIDAY_RULES = frozenset({"holiday", "feast"})
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
    verb: int | None  # where the verb it modifies starts
    clause: int | None  # where the verb heading that verb's clause starts (`verbs_of`)
    forecast: bool = False  # a quarter or half a forecast tells of (`forecast`), told in the future


def find_date_spans(paragraph: Paragraph) -> list[DateSpan]:
    """The date expressions of a paragraph."""
    doc, text = paragraph.doc, paragraph.text
    dates = [(ent.start_char, ent.end_char) for ent in entities_of(doc) if ent.label_ in _DATE_LABELS]
    names = [(ent.start_char, ent.end_char) for ent in entities_of(doc) if ent.label_ in _NAME_LABELS]
    sentences = sentences_of(doc)
    starts = [sentence.start_char for sentence in sentences]
    found = []
    for match in _matches(text, dates):
        rule = _RULES_BY_NAME[str(match.lastgroup)]
        start, end = match.span()
        if not _in_context(rule, text, start, end, dates, names):
            continue
        if rule.may_be_a_stretch and _counts_a_stretch(doc, start):
            continue
        if rule.name == "year_of_a_record" and not _of_a_record(doc, start):
            continue
        if rule.name in _NOUN_MODIFIER_RULES and _modifies_a_noun(doc, end):
            continue
        if rule.name in _TITLED_HOLIDAY_RULES and _a_title_set_off(doc, start, end):
            continue
        expression = rule.parse(text, start, end)
        if isinstance(expression, Weekday) and _names_a_paper(doc, end):
            continue
        if expression is not None:
            sentence = _sentence(sentences, starts, start) or doc[:]
            # A period of a forecast is ahead, whatever tense the forecast is told in: "warned of a pullback in the
            # first quarter".
            forecast_period = isinstance(expression, Quarter | Half) and forecast(doc, start, end)
            tense: Tense = "future" if forecast_period else _as_told_in(paragraph, tense_of(doc, start, end))
            verb, clause = verbs_of(doc, start, end)
            found.append(DateSpan(start, end, match[0], expression, sentence, tense, verb, clause, forecast_period))
    return [_anchored(span, found) for span in found]


_RULES_BY_NAME = {rule.name: rule for rule in RULES}
# A plain-text feed leaves a caption in the body, a short paragraph closed by its photo's credit after its sentence:
# "... on Friday. (Jane Roe / Agency)", "... on Friday. Photo: Jane Roe". A writer's closing credit is none
# ("Reporting by Jane Roe"), nor a paragraph of story that is longer than a caption runs.
_NAMED_CREDIT = re.compile(rf"[.!?]\s*\(?\s*(?:{CREDIT_NAMES.pattern})")
# A judgement from news photos' captions, one or two sentences of some twenty words, not a measured figure.
_CAPTION_WORDS = 40


def _as_told_in(paragraph: Paragraph, tense: Tense) -> Tense:
    """A photo's caption tells in the present what the photo shows, taken before the article went out: "A man is
    detained by police on Friday" is last Friday's, where the body's present is one of schedules."""
    return "past" if tense == "present" and _a_caption(paragraph) else tense


def _a_caption(paragraph: Paragraph) -> bool:
    if paragraph.field == CAPTION_FIELD:
        return True
    text = paragraph.text
    credited = CLOSING_CREDIT.search(text) or _NAMED_CREDIT.search(text)
    return credited is not None and len(text.split()) <= _CAPTION_WORDS


def _matches(text: str, dates: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The rules' matches, left to right without overlaps, in the stretches of text around date words."""
    found: list[re.Match[str]] = []
    done = 0
    for start, end in _stretches(text, [*dates, *(match.span() for match in _untagged().finditer(text))]):
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
def _untagged() -> re.Pattern[str]:
    """`_UNTAGGED` behind a lookahead for the characters its words can start with (`_first_character`): it is
    scanned over the whole of every paragraph, and the test leaves most places at once (a quarter less time)."""
    return re.compile(rf"{_first_character(_UNTAGGED)}(?:{_UNTAGGED})")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """Every rule as one alternative, in the rules' order, so the first rule that matches at a place wins.

    Expressions start a word, or are a day name run together with the word before it ("reportersFriday").
    """
    alternatives = "|".join(_alternative(rule) for rule in RULES)
    return re.compile(rf"(?:(?<!\w)|(?<=[a-z])(?={WEEKDAY}))(?:{alternatives})")


def _alternative(rule: Rule) -> str:
    # The rule's name is an empty group closing its alternative (a match's `lastgroup` is the group closed last),
    # not a group around it: the regex engine skips an alternative whose first character cannot match only when it
    # opens with that character, and the pattern is tried at every word's start (a fifth less time).
    inner = re.sub(r"\(\?P<\w+>", "(?:", rule.pattern)
    return rf"{_first_character(inner)}(?:{inner})(?P<{rule.name}>)(?!\w)"


def _first_character(pattern: str) -> str:
    """A lookahead for the characters a match of `pattern` can start with, read from the parsed pattern ("" where
    any may): most rules open with optional words or a case-insensitive group, which the engine enters at every
    word's start before failing, where one test of the first character fails at once (two fifths less time).
    Characters the pattern writes in one case are tested in that case: "Monday" opens no match at an "m" inside a
    word (the untagged words' scan enters 44% of the places every letter tested without case let it, in the 442
    articles of docs/benchmarks.md)."""
    parsed = _parser.parse(pattern)
    caseless = bool(parsed.state.flags & re.IGNORECASE)
    first = None if _may_be_empty(parsed) else _first_of(parsed, caseless)
    if first is None:
        return ""
    cased = "".join(sorted(member for member, without_case in first if not without_case))
    uncased = "".join(sorted(member for member, without_case in first if without_case))
    classes = []
    if cased:
        classes.append(f"[{cased}]")
    if uncased:
        classes.append(f"(?i:[{uncased}])")
    return "(?=" + "|".join(classes) + ")"


# A member of a character class, and whether it is tested without case (lower case then).
_Member = tuple[str, bool]


def _first_of(items: Any, caseless: bool) -> set[_Member] | None:
    """The characters a match of the parsed `items` can start with, as members of a character class (None: any, or
    the parse holds what is not read here); empty where the items take no character. `caseless`: the items are in a
    case-insensitive group."""
    found: set[_Member] = set()
    for op, arguments in items:
        first, may_be_empty = _first_of_item(op, arguments, caseless)
        if first is None:
            return None
        found |= first
        if not may_be_empty:
            return found
    return found


def _first_of_item(op: Any, arguments: Any, caseless: bool) -> tuple[set[_Member] | None, bool]:
    """The characters one parsed item can start with (as `_first_of`), and whether it can match nothing."""
    if op is _constants.LITERAL:
        return {_member(arguments, caseless)}, False
    if op is _constants.IN:
        found: set[_Member] = set()
        for kind, value in arguments:
            if kind is _constants.LITERAL:
                found.add(_member(value, caseless))
            elif kind is _constants.RANGE:
                found |= {_member(character, caseless) for character in range(value[0], value[1] + 1)}
            elif kind is _constants.CATEGORY and value is _constants.CATEGORY_DIGIT:
                found.add((r"\d", False))
            else:
                return None, False
        return found, False
    if op is _constants.SUBPATTERN:
        _, add_flags, del_flags, items = arguments
        inside = (caseless or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _first_of(items, inside), _may_be_empty(items)
    if op is _constants.BRANCH:
        found = set()
        for branch in arguments[1]:
            first = _first_of(branch, caseless)
            if first is None:
                return None, False
            found |= first
        return found, any(_may_be_empty(branch) for branch in arguments[1])
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        least, _, repeated = arguments
        return _first_of(repeated, caseless), least == 0 or _may_be_empty(repeated)
    if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
        return set(), True  # takes no character: the first is the next item's
    return None, False


def _member(code: int, caseless: bool) -> _Member:
    """The character of `code` as a class's member, escaped, in lower case where it is tested without case."""
    character = chr(code)
    return re.escape(character.lower() if caseless else character), caseless


def _may_be_empty(items: Any) -> bool:
    return bool(items.getwidth()[0] == 0)


def _in_context(
    rule: Rule, text: str, start: int, end: int, dates: list[tuple[int, int]], names: list[tuple[int, int]]
) -> bool:
    before = text[max(0, start - _LOOK_BEHIND) : start]
    if _NOT_AN_EVENT.search(before) or any(s <= start and end <= e and e - s > end - start for s, e in names):
        return False
    if rule.name in _MATCH_REPORT_RULES and (_COUNTED.search(before) or _GAME.search(text)):
        return False
    if rule.name == "year" and _NUMBERED.search(before):
        return False
    if not rule.needs_support:
        return True
    return any(s < end and start < e for s, e in dates) or bool(_TIME_PREPOSITION.search(before))


def _modifies_a_noun(doc: Doc, end: int) -> bool:
    """Is the word ending at the character `end` a modifier of a noun after it ("the weekend market"), alone or with
    others joined to it ("Q3 and Q4 models")?"""
    at = covering(doc, end - 1, end)
    if at is None:
        return False
    word = first_joined(at[0])
    return word.dep_ in ("compound", "amod", "nmod") and word.head.i > word.i


def _a_title_set_off(doc: Doc, start: int, end: int) -> bool:
    """Is the holiday at the characters `start` to `end` set off by commas right after the noun of a work
    (`TITLED_WORKS`), as its title ("the band's album, Palm Sunday,")? Read from the words, as the parser often takes
    such a title for the sentence's subject or a time ("the ferry, Good Friday, sank"). A holiday after any other noun
    is the day it falls on or restates: "the deadline, Christmas Eve,", "the busiest day, Christmas Eve,"."""
    at = covering(doc, start, end)
    if at is None or at.start < 2 or at.end >= len(doc):
        return False
    comma, noun, after = doc[at.start - 1], doc[at.start - 2], doc[at.end]
    return comma.text == "," and after.is_punct and noun.lemma_.lower() in TITLED_WORKS


def _names_a_paper(doc: Doc, end: int) -> bool:
    """Does the weekday ending at the character `end` qualify an edition's noun or a paper's name after it ("a Sunday
    newspaper", "the Sunday Herald"), rather than tell when ("said on Monday papers were filed")?"""
    if not _modifies_a_noun(doc, end):
        return False
    day = covering(doc, end - 1, end)
    assert day is not None  # `_modifies_a_noun` found the word
    # After "on" or straight after a verb the weekday is when, whatever the parse: "said on Monday papers were
    # filed", "said Monday newspapers had erred"; an edition's weekday follows an article or a possessive.
    if day[0].i > 0 and (doc[day[0].i - 1].lower_ in _ON_A_DAY or doc[day[0].i - 1].pos_ in ("VERB", "AUX")):
        return False
    head = first_joined(day[0]).head
    return head.lower_ in EDITION_NOUNS or head.text in _PAPER_NAME_WORDS


def _counts_a_stretch(doc: Doc, start: int) -> bool:
    """Do the words at the character `start` ("in five years") count a stretch of time rather than name a date?"""
    at = covering(doc, start, start + 1)
    return at is not None and (_after_a_record(at[0]) or _over_the_time(at[0].head))


def _after_a_record(word: Token) -> bool:
    """Does `word` follow a noun phrase with a superlative, a first or an only: "its busiest summer in ..."?"""
    if word.i == sentence_of(word).start:
        return False
    before = word.doc[word.i - 1]
    if before.pos_ not in _NOUN_PHRASE_ENDS:
        return False
    phrase = word.doc[before.left_edge.i : before.i + 1]
    return any(token.tag_ in _SUPERLATIVE_TAGS or token.lower_ in _RECORD_WORDS for token in phrase)


def _of_a_record(doc: Doc, start: int) -> bool:
    """Is the period at the character `start` one "of" which a noun phrase before tells a record, an order or a last:
    "the biggest drop of the year", "its first meeting of the year", "its final session of the year"?"""
    at = covering(doc, start, start + 1)
    if at is None or at[0].i < 2 or doc[at[0].i - 1].lower_ != "of":
        return False
    before = doc[at[0].i - 2]
    if before.pos_ not in _NOUN_PHRASE_ENDS:
        return False
    phrase = doc[before.left_edge.i : before.i]
    # A counted stretch of it is a part of the year, not a thing in its order: "the final six weeks of the year".
    if any(token.like_num for token in phrase):
        return False
    return any(
        token.tag_ in _SUPERLATIVE_TAGS or token.lower_ in _ORDER_WORDS or token.ent_type_ == "ORDINAL"
        for token in phrase
    )


def _over_the_time(verb: Token) -> bool:
    """Is `verb` negated ("will not recover") or does it take an amount ("will save $2 billion")?"""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        child.dep_ == "neg" or (child.dep_ in _OBJECTS and any(token.ent_type_ in _AMOUNTS for token in child.subtree))
        for child in verb.children
    )


def _anchored(span: DateSpan, found: list[DateSpan]) -> DateSpan:
    """A count ahead, marked where its sentence sets its time other than by a date before it: by words ("at the
    time") or by a date after it that is no day of the reporting ("officials said in 2015", not "said Tuesday")."""
    if not isinstance(span.expression, Ahead):
        return span
    sentence = span.sentence
    later = (other for other in found if other.sentence.start == sentence.start and other.start > span.start)
    if _SET_THEN.search(sentence.text) or any(not _reporting_day(other.expression) for other in later):
        return replace(span, expression=replace(span.expression, anchored=True))
    return span


def _reporting_day(expression: Expression) -> bool:
    """A day near the reference, when a story's speakers speak: "Tuesday", "yesterday", "today"."""
    return isinstance(expression, Weekday) or (
        isinstance(expression, Shift) and expression.unit == "day" and abs(expression.amount) <= 1
    )


def _sentence(sentences: tuple[Span, ...], starts: list[int], start: int) -> Span | None:
    index = bisect_right(starts, start) - 1
    return sentences[index] if index >= 0 and start < sentences[index].end_char else None
