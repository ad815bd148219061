"""What a date expression says before it is resolved: the calendar parts it names, or a step from an anchor.

Each form of expression news uses is one `Rule`: a pattern (named groups for the parts) and a function that
reads a match into an expression. `date_spans` finds the rules' matches in text; `date_values` resolves them.
A rule that reads to None matches words that are no date of their own (a vague "a few days ago"), so that
no shorter rule takes part of them.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Literal

from app.vocabulary.calendar import (
    ANY_TIME_PREPOSITIONS,
    HOLIDAY,
    HOLIDAY_NAMES,
    HOLIDAY_WORD,
    KEEPING_A_DAY,
    MONTH_FULL,
    MONTH_SHORT,
    MOVABLE_FEAST,
    NEIGHBOURING_PERIODS,
    PERIOD_PARTS,
    SEASON_HOLIDAYS,
    SHORT_YEAR_CLOSERS,
    SHORT_YEAR_PREPOSITIONS,
    STRETCH_PREPOSITIONS,
    WEEKDAY,
    WEEKDAY_SHORT,
    holiday_date,
    month_number,
    weekday_number,
)
from app.vocabulary.numbers import COUNT_WORDS, ONES, ORDINAL_NUMBERS, RANKED_BY, SPELLED_ORDINAL, TENS
from app.vocabulary.pronouns import KNOWN_DETERMINERS, POSSESSIVE_DETERMINERS

Unit = Literal["day", "week", "weekend", "month", "quarter", "season", "half", "year", "decade"]
# How a week is named by a day: the week that holds it ("the week of March 5", "the week ended Oct. 25") or that
# begins on it ("the week beginning 9 June").
WeekBy = Literal["holding", "beginning"]
# The part of the calendar next to a day that news names by that day: "the day before", "the week after".
Side = Literal["day", "week", "weekend"]


@dataclass(frozen=True)
class Beside:
    """The day, week or weekend just before (-1) or after (+1) a day named: "the week before Christmas"."""

    unit: Side
    sign: int


@dataclass(frozen=True)
class Named:
    """Calendar parts the text names: "May 11", "April 2017", "1990", "last June", "June last year"."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_shift: int | None = None  # the year counted from the reference's ("June last year": -1)
    lean: int = 0  # -1 the last such month before the reference, +1 the next one after it, 0 by context
    week: WeekBy | None = None  # the week the day names, not the day: "the week of March 5"
    nth_week: int | None = None  # the month's week, not the month: 1 "the first week of May", -1 "the last week"
    beside: Beside | None = None  # the period next to the day, not the day: "the weekend after New Year's Day"


@dataclass(frozen=True)
class DayOfMonth:
    """A day named by its ordinal alone ("on the 14th"): of the reference's month, or the one next to it."""

    day: int


@dataclass(frozen=True)
class Weekday:
    weekday: int  # Monday is 0
    lean: int = 0  # -1 "last Friday", +1 "next Friday", 0 by the sentence's tense
    week: WeekBy | None = None  # the week the day names, not the day: "the week ending Friday"
    # +1 the first of its name after the day spoken of just before ("ended the following Tuesday"), -1 the last
    # before it ("the previous Tuesday"): counted from that day, as "the following day" is, not from the writing.
    from_told: int = 0


@dataclass(frozen=True)
class Shift:
    """Counted from the reference date: "yesterday", "last week", "two years ago"."""

    unit: Unit
    amount: int
    precision: Unit
    sunday_weeks: bool = False  # "last week" (not "last weekend"): written on a Sunday, the week ending that day
    end: bool = False  # "the end of the year": told in the past, the end of one gone by (`date_values._end_gone_by`)
    # "the weekend": the one just gone, or where its sentence looks ahead, the coming one (`date_values._tensed`)
    tensed: bool = False


@dataclass(frozen=True)
class Ahead:
    """Counted on in a sentence about the future, from the date its sentence gave before, else from the reference:
    "will be repaid in five years". Elsewhere the same words count a stretch of time ("fell in five years"), no
    date."""

    shift: Shift
    # Its sentence sets its time by other words than a date before it ("At the time, officials said it would
    # open in two years", "would open in two years, officials said in 2015"): the reference is not its start.
    anchored: bool = False


@dataclass(frozen=True)
class Anaphor:
    """Counted from the date the text spoke of just before: "the same day", "the following month"."""

    unit: Unit
    amount: int


@dataclass(frozen=True)
class Restated:
    """A count of days, the date just before it restated: "Today is the eighth day of the strike", "on Friday, the
    eighth day of the strike"."""


@dataclass(frozen=True)
class YearsBefore:
    """A comparison ("a year earlier", "year-ago"): the period the sentence compares with, so many years back."""

    amount: int
    unit: Unit | None = None  # the period it names, where it names one ("the same month last year")
    # Counted back from the writing ("a year ago"): opening its sentence it sets the scene, no figure's comparison.
    ago: bool = False


@dataclass(frozen=True)
class YearToDate:
    """The months of the year so far that a report gives figures for: "the first nine months"."""

    months: int


@dataclass(frozen=True)
class ComingYear:
    """ "The new year": the year about to begin, or just begun (`date_values._coming_year`)."""


@dataclass(frozen=True)
class Quarter:
    number: int | None  # None: the quarter the text spoke of ("the quarter", "the latest quarter")
    year: int | None = None
    year_shift: int | None = None  # "last year's third quarter": -1
    step: int = 0  # quarters on from the one spoken of ("the previous quarter": -1)
    latest: bool = False  # "the latest quarter": the last one ended before the reference, whatever was spoken of
    current: bool = False  # "the current quarter": the one under way at the reference, whatever was spoken of


@dataclass(frozen=True)
class Season:
    first_month: int
    lean: int = 0
    year: int | None = None
    year_shift: int | None = None  # "this summer": 0


@dataclass(frozen=True)
class Half:
    """A half of a year: "the second half of 2019", "next year's first half", "first-half sales", "the first
    half-year"."""

    number: int  # 1: January to June, 2: July to December
    year: int | None = None
    year_shift: int | None = None  # "the first half of next year": 1


@dataclass(frozen=True)
class Decade:
    """A decade: "the 1990s", "the mid-1960s", "the '60s" (its century left to the reference)."""

    tens: int  # 9: the nineties
    century: int | None = None  # 19: "the 1990s"; None: "the '90s"


@dataclass(frozen=True)
class Feast:
    """A movable feast, a day counted from Easter Sunday: "Good Friday", "Easter Monday 2019"."""

    name: str  # as `MOVABLE_FEASTS` writes it
    year: int | None = None
    year_shift: int | None = None  # "Good Friday last year": -1


@dataclass(frozen=True)
class ShortYear:
    """A year by its last two digits: "in '98" (its century left to the reference)."""

    digits: int


Expression = (
    Named
    | DayOfMonth
    | Weekday
    | Shift
    | Ahead
    | Anaphor
    | Restated
    | YearsBefore
    | YearToDate
    | ComingYear
    | Quarter
    | Season
    | Half
    | Decade
    | ShortYear
    | Feast
)
Reader = Callable[[re.Match[str]], Expression | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    read: Reader
    # Words that are often no date ("May", "March", a bare number like 1990, "the quarter", "first half") count only
    # where the tagger saw a date or a preposition of time comes just before them.
    needs_support: bool = False
    # Words that count a stretch of time as often as they name a date ("its best year in five years", "will save
    # $2 billion in five years"): the sentence's parse tells which.
    may_be_a_stretch: bool = False

    def parse(self, text: str, start: int, end: int) -> Expression | None:
        """The expression `text[start:end]` states; the text before it is seen by the pattern's lookbehinds."""
        match = self._compiled.fullmatch(text, start, end)
        return self.read(match) if match else None

    @cached_property
    def _compiled(self) -> re.Pattern[str]:
        # Compiled once: `re`'s own cache keeps 512 patterns, and a long ingest pushes these out of it with the
        # patterns it makes per article (each dateline's place, `mention_datelines`), to compile them again.
        return re.compile(self.pattern)


# The words for the period before the one spoken of: "the previous quarter", "the preceding week".
_PREVIOUS = ("previous", "prior", "preceding")
_ANY_PREVIOUS = "(?:" + "|".join(_PREVIOUS) + ")"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
HALVES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "last": 2, "latter": 2}
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
# A shortened month is dotted or followed by its day: "Jan" alone is more often a name.
MONTH = rf"(?:{MONTH_FULL}|{MONTH_SHORT}\.|{MONTH_SHORT}(?=\s+\d))"
_LEADING_WEEKDAY = rf"(?:(?:{WEEKDAY}|{WEEKDAY_SHORT}),?\s+)?"
# A day spelled out, as transcripts of broadcasts write it: "April twentieth", "the twenty-first of May"; not a rank.
_SPELLED_DAY = "|".join(
    sorted(
        (word.replace("-", r"[\s-]") for word, number in ORDINAL_NUMBERS.items() if number <= 31), key=len, reverse=True
    )
)
_DAY_DIGITS = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_DAY_WORDS = rf"(?i:{_SPELLED_DAY})(?![-\w]|\s+(?i:{'|'.join(RANKED_BY)})\b)"
DAY = rf"(?:{_DAY_DIGITS}|{_DAY_WORDS})"
# A day before its month, spelled out only with "of" ("the first of May"): "the first May Day", "a fourth March in
# a row" count them.
_DAY_BEFORE_MONTH = rf"(?P<day>{_DAY_DIGITS}|{_DAY_WORDS}(?=\s+of\s))\s+(?:of\s+)?"
# A year or a decade is not part of a longer number or an amount ("$1990s").
_NOT_AN_AMOUNT = r"(?<![\w$£€#/.,])"
# A year stands alone: not part of a longer number, an amount, a decade ("1990s") or a range of digits.
_YEAR_DIGITS = r"(?:1[6-9]\d\d|20\d\d)"
_YEAR_ENDS = r"(?![\w/]|[.,-]\d|['’]s)"
YEAR = rf"{_NOT_AN_AMOUNT}{_YEAR_DIGITS}{_YEAR_ENDS}"
# British news writes a fiscal year as a financial one: "the current financial year", "financial year 2026".
_FISCAL = "(?:fiscal|financial)"
# A fiscal year as financial news abbreviates it, run together with its year or not: "FY2031", "FY 2031".
_FISCAL_YEAR = rf"FY\s?(?P<fy>{_YEAR_DIGITS}){_YEAR_ENDS}"
# A year of the last century spelled out, as transcripts of broadcasts write it: "nineteen ninety-eight".
_SPELLED_YEAR = r"(?i:nineteen[\s-]+(?P<tens>ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPELLED_YEAR += r"(?:[\s-]+(?P<ones>one|two|three|four|five|six|seven|eight|nine))?)(?![-\w])"
_NUMBER = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
_NUMBER += r"|a\s+couple\s+of|couple\s+of|a\s+few|few|several|some)"
_ABOUT = r"(?:(?:about|nearly|almost|some|more\s+than|over|less\s+than|roughly|just|only|barely)\s+)?"
# "A year earlier than planned", "two weeks later than expected" compare two times; they name neither.
_NOT_COMPARED = r"(?!\s+than\b)"
# "The end of", "the start of": the edge of a period, "end" and "close" its end (`Shift.end`).
_THE_EDGE_OF = r"the\s+(?:{end}|start|beginning|middle)\s+of"
_EDGE_WORDS = rf"(?:{'|'.join(PERIOD_PARTS)}|earlier|later|end\s+of|{_THE_EDGE_OF.format(end='end|close')})"
_EDGE = rf"(?:{_EDGE_WORDS}[\s-]+)?"
_SEASON = "|".join(SEASONS)
_THE = r"(?<!the\s)(?<!The\s)"  # "the last year", "the next week" are spans of time, not dates
# "The end of the year", "the start of the month": the edge of the reference's own year or month, as "this year"
# (but an end told as gone by may be the one before's: `Shift.end`); "the year" alone is as often a span of time
# ("over the year") or the year spoken of.
_EDGE_OF_THE = _THE_EDGE_OF.format(end="(?P<end>end|close)") + r"\s+the\s+"
# ... unless the year or month is another, named or told after it: "the end of the year before", "the end of the
# month of fasting", "the end of the year 2015", or "the end of the year's first quarter", a part of it.
_NOT_ANOTHER = r"(?![-\w]|['’]s\b|\s+(?:(?:before|after|earlier|of)\b|\d))"


def _after_one_of(words: frozenset[str]) -> str:
    """A pattern that matches only right after one of the words (in any case) and a space."""
    return "(?:" + "|".join(rf"(?<=\b(?i:{word})\s)" for word in sorted(words)) + ")"


# A holiday of one word is its day after a preposition of time: "by Christmas", "On Halloween, ...".
_AFTER_TIME_PREPOSITION = _after_one_of(ANY_TIME_PREPOSITIONS)
# A season's holiday (`SEASON_HOLIDAYS`) is its day after one, or in a pair of them after one or after "between":
# "between Christmas and New Year", "over Christmas and New Year"; not "strong Christmas and New Year sales", nor
# "talks between Halloween organisers" (a lower-case word after the first, other than "and"). A negative lookahead,
# as `Rule.parse` reads the match alone, where a positive one would see nothing after it.
_BETWEEN_HOLIDAYS = rf"(?<=\b(?i:between)\s)(?!(?:{HOLIDAY_WORD})\s+(?!and\b)[a-z])"
_PAIR_PREPOSITIONS = sorted(ANY_TIME_PREPOSITIONS | {"between"})
_AFTER_A_HOLIDAY = "|".join(
    rf"(?<=\b(?i:{word})\s{name}\sand\s)" for word in _PAIR_PREPOSITIONS for name in sorted(SEASON_HOLIDAYS)
)
_HOLIDAY_PLACE = f"(?:{_AFTER_TIME_PREPOSITION}|{_BETWEEN_HOLIDAYS}|{_AFTER_A_HOLIDAY})"
# Or as the object of a verb of keeping a day (`KEEPING_A_DAY`): "celebrated Christmas with his family"; a rule of its
# own, as the holiday there may yet qualify a noun after it ("spent Christmas bonuses"), which the parse tells.
_AFTER_KEEPING = _after_one_of(KEEPING_A_DAY)
# A year by its last two digits after an apostrophe, and no amount: not "in '98 per cent" nor "in '98.5"; nor a
# quotation the apostrophe opens, closed later: after a word in the sentence ("the loss of '12 jobs'"), or after
# punctuation in the paragraph ("spoke of '20 years of neglect. We must act,'"), as a possessive never is, unless
# another quotation opens before it ("since '09. 'We never stop,' she said."). A plural possessive later in the
# sentence reads as a closing quote, unless a word that closes a year's phrase follows the year (`SHORT_YEAR_CLOSERS`):
# "in '98 by the dockers' union".
_CLOSES_THE_YEAR = r"(?:\s*[,;]|\s+(?i:" + "|".join(sorted(SHORT_YEAR_CLOSERS)) + r")\b)"
_SHORT_YEAR = (
    _after_one_of(SHORT_YEAR_PREPOSITIONS)
    + r"['’‘](?P<digits>\d\d)(?![\w'’%]|[.,]\d|\s*(?:per\s*cent|percent)\b"
    + rf"|(?!{_CLOSES_THE_YEAR})[^.!?\n'’]*\w['’](?!\w)"
    + r"|(?:[^\n'’‘]|(?<=\w)['’]\w)*[.,!?]['’](?!\w))"
)
# A preposition of a stretch of time before a period: "over the next month".
_AFTER_STRETCH_PREPOSITION = _after_one_of(STRETCH_PREPOSITIONS)
# A holiday's year may follow it: "on Christmas Day 1950", "at Christmas last year".
# Not "last year's", which owns the noun after it: "On Christmas Day last year's winner defends the title".
_HOLIDAYS_YEAR = rf"(?:,?\s+(?P<year>{YEAR})|\s+(?P<rel>(?i:this|last|next))\s+(?i:year)(?![-\w'’]))?"


# What a period is counted from after "before" or "after": another period ("the weekend before last"), an event named
# as one known ("the weekend before the election", "after their wedding"), a feast ("the weekend after Easter", "after
# Good Friday", "before Mother's Day") or anything else with a capital, such as a name or its possessive ("after Labor
# Day", "after Jo Roe's wedding"). Not a clause's reason or the next of its events, which news tells after "at the
# weekend" as often, in lower case: "were arrested at the weekend after a stabbing", "was called at the weekend after
# reports of a fight", "before police arrived".
_COUNTED_FROM = (
    "(?:(?:" + "|".join([*NEIGHBOURING_PERIODS, *KNOWN_DETERMINERS, *POSSESSIVE_DETERMINERS, *HOLIDAY_NAMES]) + r")\b"
    r"|(?-i:[A-Z]))"
)
_SIDES: dict[str, Side] = {"day": "day", "week": "week", "weekend": "weekend"}
_UNITS: dict[str, Unit] = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _i(pattern: str) -> str:
    return f"(?i:{pattern})"


def _number(text: str) -> int | None:
    """A count as written, or None when vague ("a few", "several")."""
    text = " ".join(text.lower().split())
    if text.isdigit():
        return int(text)
    return COUNT_WORDS.get(text)


def _month(text: str) -> int:
    return int(text) if text.isdigit() else month_number(text)


def _day(text: str) -> int:
    spelled = ORDINAL_NUMBERS.get("-".join(text.lower().split()))  # "twenty first" as "twenty-first"
    return spelled if spelled is not None else int(text.rstrip("stndrh"))


def _lean(word: str | None) -> int:
    word = " ".join((word or "").lower().split())
    return -1 if word in ("last", "past", "this past", *_PREVIOUS) else 1 if word in ("next", "coming") else 0


def _year_shift(word: str | None) -> int | None:
    return {"this": 0, "last": -1, "next": 1, "this past": -1}.get(" ".join((word or "").lower().split()))


def _full_date(match: re.Match[str]) -> Expression:
    return Named(_year_number(match), _month(match["month"]), _day(match["day"]))


def _year_number(match: re.Match[str]) -> int:
    """The year in digits, or spelled out: "nineteen ninety-nine", "the year two thousand"."""
    if year := match.groupdict().get("year"):
        return int(year)
    if match["tens"] is None:
        return 2000
    return 1900 + TENS[match["tens"].lower()] + ONES.get((match["ones"] or "").lower(), 0)


def _month_day(match: re.Match[str]) -> Expression:
    return Named(None, _month(match["month"]), _day(match["day"]))


def _week_of(match: re.Match[str]) -> Expression:
    year = match["year"]
    return Named(int(year) if year else None, _month(match["month"]), _day(match["day"]), week=_week_by(match))


def _week_by(match: re.Match[str]) -> WeekBy:
    return "beginning" if match["week"].lower() in _WEEK_BEGINNING else "holding"


def _week_of_weekday(match: re.Match[str]) -> Expression:
    """A week by a day of it named by its weekday: "the week ending Friday" (the Friday gone by, or to come, as its
    sentence tells)."""
    return Weekday(weekday_number(match["weekday"]), week=_week_by(match))


def _week_of_month(match: re.Match[str]) -> Expression:
    year = match["year"]
    nth = -1 if match["nth"].lower() == "last" else ORDINALS[match["nth"].lower()]
    return Named(int(year) if year else None, _month(match["month"]), nth_week=nth)


def _holiday(match: re.Match[str]) -> Named:
    month, day = holiday_date(match["holiday"])
    return Named(int(match["year"]) if match["year"] else None, month, day, year_shift=_year_shift(match["rel"]))


def _feast(match: re.Match[str]) -> Feast:
    return Feast(match["feast"], int(match["year"]) if match["year"] else None, _year_shift(match["rel"]))


def _beside_holiday(match: re.Match[str]) -> Expression:
    """The day, week or weekend next to a holiday: "the week before Christmas"."""
    sign = -1 if match["dir"].lower() == "before" else 1
    return replace(_holiday(match), beside=Beside(_SIDES[match["unit"].lower()], sign))


def _month_year(match: re.Match[str]) -> Expression:
    return Named(int(match["year"]), _month(match["month"]))


def _month_of_relative_year(match: re.Match[str]) -> Expression:
    day = _day(match["day"]) if match["day"] else None
    return Named(None, _month(match["month"]), day, year_shift=_year_shift(match["rel"]))


def _month_alone(match: re.Match[str]) -> Expression:
    """A month by itself: "last June", "next June", "this June" (the reference's year), "early June"."""
    return Named(None, _month(match["month"]), year_shift=_this(match["rel"]), lean=_lean(match["rel"]))


def _this(word: str | None) -> int | None:
    return 0 if (word or "").lower() == "this" else None


def _year(match: re.Match[str]) -> Expression:
    return Named(int(match.groupdict().get("fy") or match["year"]))


def _spelled_year(match: re.Match[str]) -> Expression:
    return Named(_year_number(match))


def _quarter(match: re.Match[str]) -> Expression:
    year = match["year"] or match["year2"]
    return Quarter(ORDINALS[match["nth"].lower()], int(year) if year else None, _quarter_year_shift(match))


def _closing_quarter(match: re.Match[str]) -> Expression:
    year = match["year2"]
    return Quarter(4, int(year) if year else None, _year_shift(match["rely2"]))


def _month_quarter(match: re.Match[str]) -> Expression | None:
    """A quarter by its last month, and its first where given: months that span no calendar quarter ("the
    April-September period") name no quarter."""
    last = _month(match["month"])
    first = match.groupdict().get("first")
    return Quarter(last // 3) if first is None or _month(first) == last - 2 else None


def _the_quarter(match: re.Match[str]) -> Expression:
    """A quarter by reference: "the quarter" is the one spoken of, "last quarter" the one before it, "last year's
    quarter" the same one a year back, "the current quarter" the one under way."""
    modifier = " ".join((match["relq"] or "").lower().split())
    year = int(match["year"]) if match["year"] else None
    latest, current = modifier in ("latest", "most recent"), modifier == "current"
    return Quarter(None, year, _quarter_year_shift(match), _lean(modifier), latest, current)


def _quarter_year_shift(match: re.Match[str]) -> int | None:
    """The year a quarter or half is of, counted from the reference's: before it ("last year's third quarter") or
    after it ("the third quarter of last year")."""
    return -1 if match["ago"] else _year_shift(match["rely"] or match.groupdict().get("rely2"))


def _period_code(match: re.Match[str]) -> Expression:
    """A quarter or half by its abbreviation: "Q3 2031" is the third quarter of 2031, "1H" the first half."""
    parts = match.groupdict()
    code = parts.get("code") or parts["code2"]
    year = parts.get("year") or parts.get("year2")
    number = int(code.strip("QH"))
    return Quarter(number, int(year) if year else None) if "Q" in code else Half(number, int(year) if year else None)


def _half(match: re.Match[str]) -> Expression:
    year = match["year"] or match["year2"]
    return Half(HALVES[match["nth"].lower()], int(year) if year else None, _quarter_year_shift(match))


def _season(match: re.Match[str]) -> Expression:
    parts = match.groupdict()
    season = parts["season"] or parts.get("season2") or ""
    year = parts.get("year")
    rel, rely = parts.get("rel"), parts.get("rely")
    year_shift = _year_shift(rely) if rely else _this(rel)  # "the spring of last year", "this spring"
    return Season(SEASONS[season.lower()], _lean(rel), int(year) if year else None, year_shift)


def _short_year(match: re.Match[str]) -> Expression:
    return ShortYear(int(match["digits"]))


def _decade(match: re.Match[str]) -> Expression | None:
    """A decade by its first year; a year of hundreds ("the 1800s") names a century as often, so no date."""
    parts = match.groupdict()
    century, tens = parts.get("century") or parts.get("century2"), int(parts.get("tens") or parts["tens2"])
    # The 2000s are the decade: a century is named "the 21st century", and "the 2000s" as one is rare.
    if century is not None and tens == 0 and century != "20":
        return None
    return Decade(tens, int(century) if century else None)


def _no_date(_: re.Match[str]) -> None:
    return None


def _relative(unit: Unit) -> Reader:
    """Periods like "last week", "this month", "next year", "the end of the year": the reference's own, or the one
    before or after."""

    def read(match: re.Match[str]) -> Expression:
        end = match.groupdict().get("end") is not None
        return Shift(unit, _year_shift(match["rel"]) or 0, unit, sunday_weeks=unit == "week", end=end)

    return read


def _this_year(_: re.Match[str]) -> Expression:
    return Shift("year", 0, "year")


def _coming_year(_: re.Match[str]) -> Expression:
    return ComingYear()


def _latest_fiscal_year(_: re.Match[str]) -> Expression:
    return Shift("year", -1, "year")


def _ago(match: re.Match[str]) -> Expression | None:
    """Counting back ("two weeks ago"): "a year ago" compares like "a year earlier", more years count back from
    the reference to a year."""
    count = _number(match["n"])
    if count is None:
        return None
    if count == 1 and match["unit"].lower().startswith("year"):
        return YearsBefore(1, ago=True)
    return _counted_from_reference(match["unit"], -count)


def _hence(match: re.Match[str]) -> Expression | None:
    """Counting on ("will close in two weeks"), as "ago" counts back."""
    count = _number(match["n"])
    return Ahead(_counted_from_reference(match["unit"], count)) if count is not None else None


def _counted_from_reference(unit_word: str, amount: int) -> Shift:
    """So many units from the reference: weeks and days count to a day, months to a month, years to a year."""
    unit = unit_word.lower().rstrip("s")
    if unit in ("year", "month"):
        return Shift(_UNITS[unit], amount, _UNITS[unit])
    return Shift("day", amount * (7 if unit == "week" else 1), "day")


def _counted_from_before(match: re.Match[str]) -> Expression | None:
    """Counted from the date just spoken of: "three days later", "a month earlier"."""
    count = _number(match["n"])
    unit = match["unit"].lower().rstrip("s")
    sign = -1 if match["dir"].lower() in ("earlier", "before") else 1
    if count is None:
        return None
    if unit == "year" and count == 1 and sign < 0:
        return YearsBefore(1)
    if unit == "week":
        return Anaphor("day", 7 * sign * count)
    return Anaphor(_UNITS[unit], sign * count)


def _same_period(match: re.Match[str]) -> Expression:
    """The period of the date just spoken of, or the next or previous one: "the same day", "the following month"."""
    words = match[0].lower().split()
    unit: Unit = next((unit for unit in ("week", "month", "year") if unit in words), "day")
    step = 1 if {"next", "following", "after"} & set(words) else -1 if {*_PREVIOUS, "before"} & set(words) else 0
    return Anaphor(unit, step)


def _two_periods_off(match: re.Match[str]) -> Expression:
    """The period two before or after the reference's: "the week before last", "the month after next"."""
    unit = _UNITS[match["unit"].lower()]
    amount = -2 if match["dir"].lower().startswith("before") else 2
    return Shift(unit, amount, unit, sunday_weeks=unit == "week")


def _deictic_day(match: re.Match[str]) -> Expression:
    word = match["word"].lower()
    step = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(" ".join(word.split()), 0)
    if word.startswith("the day before"):
        step = -2
    return Shift("day", step, "day")


def _day_of_month(match: re.Match[str]) -> Expression:
    return DayOfMonth(int(match["day"]))


def _weekday(match: re.Match[str]) -> Expression:
    return Weekday(weekday_number(match["weekday"]), _lean(match["rel"]))


def _weekday_from_told(match: re.Match[str]) -> Expression:
    return Weekday(weekday_number(match["weekday"]), from_told=1 if match["rel"].lower() == "following" else -1)


def _weekend(match: re.Match[str]) -> Expression:
    rel = (match["rel"] or "").lower()
    return Shift("week", 1 if rel == "next" else 0 if rel == "this" else -1, "weekend", tensed=not rel)


def _restated(_: re.Match[str]) -> Expression:
    return Restated()


# The periods a comparison may name that a text tells of by themselves: "the same month last year" goes back from the
# month told before. ("The same months" are the year so far, "the same period" whichever the text spoke of.)
_COMPARED_UNITS: dict[str, Unit] = {"month": "month", "quarter": "quarter"}


def _compared_period(match: re.Match[str]) -> Expression:
    named = re.search(rf"\b(?:{'|'.join(_COMPARED_UNITS)})\b", match[0], re.IGNORECASE)
    return YearsBefore(1, _COMPARED_UNITS[named[0].lower()] if named else None)


# A year so far is two to eleven months long: one month is a month's figures, twelve a trailing year's.
_MONTHS_SO_FAR = r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])(?!\d)"


def _year_to_date(match: re.Match[str]) -> Expression:
    return YearToDate(int(match["n"]) if match["n"].isdigit() else COUNT_WORDS[match["n"].lower()])


_ORDINAL = rf"(?P<nth>{'|'.join(ORDINALS)})"
_YEAR_AGO = r"(?P<ago>year-ago|year-earlier|year-before|prior-year)"
# A year's own ("fiscal 1990's first quarter") is its year, not the older spelling of a decade.
_OWN_YEAR = rf"(?:fiscal\s+)?(?P<year>{YEAR}|{_NOT_AN_AMOUNT}{_YEAR_DIGITS}(?=['’]s))(?:['’]s)?"
_OF_YEAR = rf"(?:{_OWN_YEAR}|{_YEAR_AGO}|(?P<rely>this|last|next)\s+year['’]s|current|fiscal)[\s-]+"
_HALF_ORDINAL = rf"(?P<nth>{'|'.join(HALVES)})"
# The year a quarter or half is of, when written after it: "the first half of 2033", "of next year", "of fiscal 2020",
# "the first quarter last year", or as financial news runs them together, "first-quarter 2033".
_OF_WHICH_YEAR = rf"\s+(?:(?:of\s+)?(?:fiscal\s+)?(?P<year2>{YEAR})|of\s+the\s+(?:current\s+)?year"
_OF_WHICH_YEAR += r"|(?:of\s+)?(?P<rely2>this|last|next)\s+year(?!['’]))"
# A half of something else is no half of a year: "the first half of the match", "the second half-hour".
_NO_YEAR_AFTER = r"(?![-\w]|\s+(?:of|hour|century|dozen|mile|point)\b)"
# The period a comparison is made with: "the corresponding period", "the same quarter".
_COMPARED = r"(?:same|corresponding|comparable|like)\s+(?:period|quarter|months?)"
# A quarter of something else is no quarter of a year: "a quarter of the vote", "a quarter mile", "the quarter finals".
_NOT_A_YEARS_QUARTER = r"(?![-\w]|\s+(?:of|century|mile|point|percent|finals?)\b)"
# The months that end a calendar quarter; a quarter ending in another month is a fiscal one, its year's part unknown.
_QUARTER_END_MONTH = r"(?:March|Mar\.|June|Sept(?:ember|\.)|Sep\.|Dec(?:ember|\.))"
_QUARTER_MOD = rf"(?P<relq>last|next|{_ANY_PREVIOUS}|past|this|current|latest|most\s+recent|same)"
# A decade keeps its value whatever part of it the text names ("the early 1990s" is "199", as TimeML writes it).
_DECADE_EDGE = rf"(?:(?:{'|'.join(PERIOD_PARTS)})[\s-]+)?"
_CENTURY = r"(?:1[6-9]|20)"
# A decade as a compound's first half, hyphenated ("1990s-era pumps", "1990s–style", "1990s’-vintage"), describes
# the thing, not when it happened. A compound without the hyphen ("a 1990s car") reads as the decade itself here.
_NOT_A_COMPOUND = r"(?!['’]?[-‐‑–]\w)"  # not an em dash: "the 1990s—when"
_DECADE = _i(rf"(?:the\s+)?{_DECADE_EDGE}") + rf"{_NOT_AN_AMOUNT}(?P<century>{_CENTURY})(?P<tens>\d)0s"
# "the 1990's", an older spelling, but not "1990's" alone, as often the year's ("1990's budget"). "The 1990's
# budget talks", the year's too, is rare and read as the decade.
_DECADE_OLD_SPELLING = _i(rf"the\s+{_DECADE_EDGE}") + rf"(?P<century2>{_CENTURY})(?P<tens2>\d)0['’]s"
# Two digits are a decade only with their apostrophe ("the '60s"): without it they are as often a temperature
# ("back in the 70s by Thursday"), a price ("stuck in the 40s since May") or an age ("in her 60s").
_SHORT_DECADE = _i(rf"(?:the\s+)?{_DECADE_EDGE}") + r"['’‘](?P<tens>\d)0s"

# A quarter or half abbreviated, its letter before or after its number: "Q3", "3Q", "H1", "1H".
QUARTER_CODES = r"Q[1-4]|[1-4]Q"
_QUARTER_CODE = rf"(?P<code>{QUARTER_CODES})"
_PERIOD_CODE = rf"(?P<code>{QUARTER_CODES}|H[12]|[12]H)"
_YEARS_PERIOD_CODE = rf"(?P<year2>{YEAR})\s+(?P<code2>Q[1-4]|H[12])"
# The week a day names, by the day or its first day, as schedules name a week: "the week of March 5",
# "the week beginning 9 June", "the week of March 5, 2018", "the week starting Sunday, June 21", and the week a
# day ends, as weekly figures are dated: "the week ended Oct. 25", "the week to Friday".
_WEEK_BEGINNING = ("beginning", "starting", "commencing")
_WEEK_BY = _i(rf"the\s+week\s+(?P<week>of|{'|'.join(_WEEK_BEGINNING)}|ended|ending|to)\s+")
_WEEK_OF = _WEEK_BY + _LEADING_WEEKDAY
_WEEKS_YEAR = rf"(?:,?\s+(?P<year>{YEAR}))?"
# "The first week of December", "the last week of March 2031": a month's week, not "the first week of the strike".
_WEEK_OF_MONTH = _i(rf"the\s+(?P<nth>{'|'.join(ORDINALS)}|last)\s+week\s+of\s+") + rf"(?P<month>{MONTH_FULL})(?!\w)"

RULES: tuple[Rule, ...] = (
    Rule("week_of", rf"{_WEEK_OF}(?P<month>{MONTH})\s+(?P<day>{DAY}){_WEEKS_YEAR}", _week_of),
    Rule("week_of_day_month", rf"{_WEEK_OF}{_DAY_BEFORE_MONTH}(?P<month>{MONTH}){_WEEKS_YEAR}", _week_of),
    Rule("week_of_weekday", rf"{_WEEK_BY}(?P<weekday>{WEEKDAY})(?!\w)", _week_of_weekday),
    Rule("week_of_month", rf"{_WEEK_OF_MONTH}{_WEEKS_YEAR}", _week_of_month),
    Rule(
        "full_date",
        rf"{_LEADING_WEEKDAY}(?P<month>{MONTH})\s+(?P<day>{DAY}),?\s+(?:(?P<year>{YEAR})|{_SPELLED_YEAR})",
        _full_date,
    ),
    Rule(
        "day_month_year",
        rf"{_LEADING_WEEKDAY}(?:the\s+)?{_DAY_BEFORE_MONTH}(?P<month>{MONTH}),?\s+(?P<year>{YEAR})",
        _full_date,
    ),
    Rule(
        "iso_date",
        r"(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d-])",
        _full_date,
    ),
    Rule(
        "quarter",
        _i(rf"(?:the\s+)?(?:{_OF_YEAR})?(?:fiscal[\s-]+)?{_ORDINAL}[\s-]+(?:fiscal[\s-]+)?quarter")
        + _i(rf"(?:{_OF_WHICH_YEAR})?"),
        _quarter,
    ),
    # The year's closing quarter, named with its year: "the final quarter of last year", "the last quarter of 2031".
    # Without its year, "the last quarter" is the one before the quarter spoken of (`the_quarter`).
    Rule(
        "closing_quarter",
        _i(
            r"the\s+(?:final|last)\s+quarter\s+of\s+"
            rf"(?:(?:fiscal\s+)?(?P<year2>{YEAR})|(?P<rely2>this|last|next)\s+year(?!['’])|the\s+(?:current\s+)?year)"
        ),
        _closing_quarter,
    ),
    # A quarter or half as financial news abbreviates it, with its year ("Q3 2031", "1H 2030", "2031 Q3"), or a
    # quarter alone where the tagger or a preposition of time tells it is a date ("in Q3"): "the Q3 model" is none,
    # and a half alone as often a visa or a strain ("H1 visas").
    Rule(
        "period_code_year",
        rf"{_PERIOD_CODE}\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>{YEAR})|{_YEARS_PERIOD_CODE}",
        _period_code,
    ),
    Rule("quarter_code", _QUARTER_CODE, _period_code, needs_support=True),
    # A quarter named by the month or the day that ends it, or by its first and last months: "the June quarter",
    # "the Sept. 30 quarter", "the January-March quarter", "the April-to-June period".
    Rule(
        "month_quarter",
        _i(r"(?:the\s+)?")
        + rf"(?P<month>{_QUARTER_END_MONTH})(?:\s+3[01])?"
        + _i(rf"[\s-]+quarter{_NOT_A_YEARS_QUARTER}"),
        _month_quarter,
    ),
    Rule(
        "months_quarter",
        _i(r"(?:the\s+)?")
        + rf"(?P<first>{MONTH})(?:\s*[-–]\s*|[\s-]+(?:to|through)[\s-]+)(?P<month>{_QUARTER_END_MONTH})"
        + _i(rf"[\s-]+(?:quarter|period){_NOT_A_YEARS_QUARTER}"),
        _month_quarter,
    ),
    # The same period a year back: "the corresponding period last year" compares as "a year earlier" does (before
    # "the same quarter" is read as the quarter spoken of).
    Rule(
        "compared_period",
        _i(
            rf"(?:(?:the\s+)?{_COMPARED}\s+(?:of\s+)?(?:last\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)"
            rf"|the\s+{_ANY_PREVIOUS}\s+year)|last\s+year['’]s\s+{_COMPARED})(?![-\w])"
        ),
        _compared_period,
    ),
    Rule(
        "the_quarter",
        _i(rf"(?:(?P<det>the|this|that)\s+)?(?:{_QUARTER_MOD}\s+|{_OF_YEAR})?") + rf"quarter{_NOT_A_YEARS_QUARTER}",
        _the_quarter,
        needs_support=True,
    ),
    Rule(
        "half",
        _i(rf"(?:the\s+)?(?:{_OF_YEAR})?{_HALF_ORDINAL}[\s-]+half(?:[\s-]year)?(?:{_OF_WHICH_YEAR}|{_NO_YEAR_AFTER})"),
        _half,
        needs_support=True,  # a play's "first half" is no date: the tagger reads its "first" as a mere ordinal
    ),
    Rule("month_year", rf"{_i(_EDGE)}(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})", _month_year),
    Rule(
        "month_of_relative_year",
        rf"{_i(_EDGE)}(?P<month>{MONTH_FULL}|{MONTH_SHORT}\.)(?:\s+(?P<day>{DAY}))?,?\s+(?:of\s+)?"
        + _i(r"(?P<rel>this|last|next)\s+year"),
        _month_of_relative_year,
    ),
    Rule(
        "month_day",
        rf"{_LEADING_WEEKDAY}(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\d|[:,.]\d|\s*(?:%|percent))",
        _month_day,
    ),
    Rule(
        "day_month",
        rf"{_LEADING_WEEKDAY}(?:the\s+)?{_DAY_BEFORE_MONTH}(?P<month>{MONTH})",
        _month_day,
        needs_support=True,
    ),
    # A day by its ordinal alone, after "on" and before the clause goes on: "will sit again on the 14th", not "on the
    # 14th floor", "on the 14th hole", nor before "and", more often a list of floors or holes than of days ("on the
    # 14th and 15th holes", "dropped a shot on the 14th and finished third").
    Rule(
        "day_of_month",
        r"(?<=\b[Oo]n\s)the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)"
        + _i(r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|when|after|before)\b)"),
        _day_of_month,
    ),
    # A day, week or weekend next to a holiday on a fixed day ("the week before Christmas", "the weekend after New
    # Year's Day") is a period of the calendar; next to an event of the story's ("the week before the vote") it is
    # none that the text dates (`timeline._from_an_event`).
    Rule(
        "beside_holiday",
        _i(r"the\s+(?P<unit>day|week|weekend)\s+(?P<dir>before|after)\s+")
        + rf"(?P<holiday>{HOLIDAY}|{HOLIDAY_WORD})(?![\w'’]){_HOLIDAYS_YEAR}",
        _beside_holiday,
    ),
    Rule("holiday", rf"(?P<holiday>{HOLIDAY})(?!\w){_HOLIDAYS_YEAR}", _holiday),
    Rule("holiday_word", rf"{_HOLIDAY_PLACE}(?P<holiday>{HOLIDAY_WORD})(?![\w'’]){_HOLIDAYS_YEAR}", _holiday),
    Rule("holiday_kept", rf"{_AFTER_KEEPING}(?P<holiday>{HOLIDAY_WORD})(?![\w'’]){_HOLIDAYS_YEAR}", _holiday),
    Rule("feast", rf"(?P<feast>{MOVABLE_FEAST})(?!\w){_HOLIDAYS_YEAR}", _feast),
    Rule(
        "season",
        _i(
            rf"(?:(?P<rel>last|this\s+past|this|next|early|late|mid|past|coming)[\s-]+)(?P<season>{_SEASON})"
            rf"|(?:the\s+)?(?P<season2>{_SEASON})\s+(?:of\s+)?"
            rf"(?:(?P<year>{YEAR})|(?P<rely>this|last|next)\s+year(?![-\w'’]))"
        ),
        _season,
    ),
    # A bare "fall" is mostly the verb.
    Rule(
        "the_season",
        _i(r"(?:the\s+)?(?P<season>spring|summer|autumn|winter)|the\s+(?P<season2>fall)"),
        _season,
        needs_support=True,
    ),
    Rule("decade", rf"(?:{_DECADE}|{_DECADE_OLD_SPELLING}){_NOT_A_COMPOUND}", _decade),
    Rule("short_decade", rf"{_SHORT_DECADE}{_NOT_A_COMPOUND}", _decade),
    Rule("short_year", _SHORT_YEAR, _short_year),
    # An age, written as a decade ("in his '60s"), is none.
    Rule("age", _i(rf"(?:{'|'.join(POSSESSIVE_DETERMINERS)})\s+{_DECADE_EDGE}['’‘]?\d0['’]?s"), _no_date),
    Rule("ago", _i(rf"{_ABOUT}(?P<n>{_NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago"), _ago),
    Rule(
        "hence",
        _i(rf"in\s+(?P<n>{_NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)"),
        _hence,
        may_be_a_stretch=True,
    ),
    Rule(
        "counted_from_before",
        _i(
            rf"{_ABOUT}(?P<n>{_NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>(?:later|earlier){_NOT_COMPARED}"
            r"|(?:before|after)(?=\s*(?:[,.;:!?)]|$)))"
        ),
        _counted_from_before,
    ),
    # "Sunday marks the 30th day of the strike": a date when its sentence equates it with the date before.
    Rule(
        "day_count",
        _i(rf"the\s+(?:\d+(?:st|nd|rd|th)|{SPELLED_ORDINAL})\s+(?:straight\s+)?day(?=\s+of\s|$)"),
        _restated,
    ),
    # "The year-ago period" and "the year-earlier month" are the period compared with, the noun part of it ("the
    # year-earlier quarter" is a quarter's rule); before any other noun the word alone is ("year-ago levels").
    Rule("year_ago", _i(rf"(?:the\s+)?{_YEAR_AGO}(?:\s+(?:period|month))?(?!\w)"), _compared_period),
    # The months of a year so far that reports give figures for: any count, after "first" or "latest" ("the
    # first 10 months") or before the day they end ("the 11 months ended Nov. 30"); alone, the half-year and
    # nine-month reports' ("the nine months"). Not three months ending a day (a quarter, most often not the
    # first), nor a stretch counted from an event ("the nine months since the strike"). A span is read again on
    # its own, so its end stands in for the words after it the search has seen.
    Rule(
        "year_to_date",
        _i(
            r"the\s+(?:(?:first|latest)\s+|(?=(?:six|nine)\s)|(?!three\s|3\s)"
            r"(?=\w+\s+months(?:\s+(?:ended|ending|to)\s|$)))"
            rf"{_MONTHS_SO_FAR}\s+months(?!\s+(?:ago|later|earlier|before|after|since)\b)"
        ),
        _year_to_date,
    ),
    Rule(
        "relative_year",
        _i(
            rf"{_EDGE}{_THE}(?P<rel>last|this|next)\s+(?:{_FISCAL}\s+)?year(?![-\w]|\s+(?:old|earlier|ago)\b)"
            rf"|the\s+current\s+(?:{_FISCAL}\s+)?year|(?:the\s+)?year[\s-]end(?![-\w])|year['’]s\s+end(?![-\w])"
            rf"|{_EDGE_OF_THE}year{_NOT_ANOTHER}"
        ),
        _relative("year"),
    ),
    # "The new year" is a calendar year ("early in the new year"); not "the new year's budget" nor "the new
    # year-round service", nor another calendar's ("the Chinese New Year" puts its own word before it), nor the name
    # of an event or a list it begins ("the New Year Honours", "the New Year Parade": a capital after it).
    Rule("new_year", _i(r"(?<![-\w])the\s+new\s+year") + r"(?![-\w'’]|\s+[A-Z])", _coming_year),
    # "The year" a record or a last is "of" is the reference's own: "its last meeting of the year", "the biggest
    # drop of the year" (`date_spans` keeps it after such a noun phrase only; "person of the year" names no year).
    Rule("year_of_a_record", _i(rf"(?<=\bof\s)the\s+year{_NOT_ANOTHER}"), _this_year),
    # A fiscal year is reported on once it is over, so the latest one is the year before the reference's; "the
    # last fiscal year" is that one too, where "the last year" is a stretch of time. "The previous fiscal year"
    # counts from the year spoken of, as "the previous year" does.
    Rule(
        "latest_fiscal_year",
        _i(rf"(?:the\s+)?(?:latest|most\s+recent|last|past)\s+{_FISCAL}\s+year(?![-\w])"),
        _latest_fiscal_year,
    ),
    Rule(
        "relative_month",
        _i(
            rf"{_EDGE}{_THE}(?P<rel>last|this|next)\s+month(?![-\w])|the\s+current\s+month"
            rf"|{_EDGE_OF_THE}month{_NOT_ANOTHER}"
        ),
        _relative("month"),
    ),
    Rule("relative_week", _i(rf"{_EDGE}{_THE}(?P<rel>last|this\s+past|this|next)\s+week(?![-\w])"), _relative("week")),
    # "Last decade" is as often the ten years just gone, a span of time, as the decade before.
    Rule(
        "relative_decade",
        _i(rf"{_EDGE}{_THE}(?P<rel>this|next)\s+decade(?![-\w])|{_EDGE_OF_THE}decade{_NOT_ANOTHER}"),
        _relative("decade"),
    ),
    # The period after the one spoken of, after a preposition of a stretch, is the stretch to come: "will be repaired
    # over the next month", "within the following week". (A rule of its own, read to no date, so that no shorter rule
    # takes part of it.)
    Rule(
        "stretch_ahead",
        _i(rf"{_AFTER_STRETCH_PREPOSITION}the\s+(?:next|following)\s+(?:day|week|month|year)(?![-\w])"),
        _no_date,
    ),
    # "The week before last" is the one before last week, "the month after next" the one after next month: counted
    # from the reference, as "the day before yesterday" is (a rule of its own, so that "the week before" takes no part).
    Rule(
        "two_periods_off",
        _i(
            r"the\s+(?P<unit>week|month|year)\s+(?P<dir>before\s+last|after\s+next)(?![-\w])"
            r"(?!\s+(?:week|weekend|month|year|season|night|time|term|quarter)\b)"  # "the week before last year's vote"
        ),
        _two_periods_off,
    ),
    # "The next week" is as often a span of time ("over the next week") as the week after the one spoken of.
    Rule(
        "same_period",
        _i(
            rf"the\s+(?:same|next|following|{_ANY_PREVIOUS})\s+(?:day|month)|that\s+(?:same\s+)?(?:day|week|month|year)"
            rf"|the\s+(?:same|following|{_ANY_PREVIOUS})\s+week|the\s+(?:day|week|month|year)\s+(?:before|after)"
            rf"|the\s+following\s+year|the\s+{_ANY_PREVIOUS}\s+(?:{_FISCAL}\s+)?year"
        ),
        _same_period,
    ),
    # "The weekend" after a preposition of time ("over the weekend", "at the weekend", "through the weekend"); not one
    # counted from an event (`_COUNTED_FROM`: "on the weekend before the vote", "the weekend after Labor Day"), which
    # the text does not date, nor "the weekend before last", two back.
    Rule(
        "weekend",
        _i(
            rf"(?P<rel>last|this\s+past|this|next)\s+weekend"
            rf"|(?:{_AFTER_TIME_PREPOSITION}|(?<=through\s))the\s+weekend(?!\s+(?:before|after)\s+{_COUNTED_FROM})"
        ),
        _weekend,
    ),
    Rule(
        "deictic_day",
        _i(
            r"(?:(?:early|late|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday|today|tonight|yesterday"
            r"|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))(?!\w)"
        ),
        _deictic_day,
    ),
    Rule(
        "weekday_from_told",
        _i(rf"the\s+(?P<rel>following|{_ANY_PREVIOUS})\s+") + rf"(?P<weekday>{WEEKDAY})(?!\w)",
        _weekday_from_told,
    ),
    Rule(
        "weekday",
        _i(r"(?:(?P<rel>last|next|this\s+past|this|past|coming|early|late|earlier|later)\s+)?")
        + rf"(?P<weekday>{WEEKDAY})"
        + _i(r"(?:\s+(?:morning|afternoon|evening|night))?(?!\w)"),
        _weekday,
    ),
    Rule(
        "month_with_modifier",
        _i(rf"(?:(?P<rel>last|next|this|past|coming)\s+|{_EDGE_WORDS}[\s-]+)") + rf"(?P<month>{MONTH_FULL})(?!\w)",
        _month_alone,
    ),
    Rule("month", rf"(?P<rel>)(?P<month>{MONTH_FULL})(?!\w)", _month_alone, needs_support=True),
    Rule(
        "year_with_modifier",
        _i(rf"(?:fiscal|(?:{_FISCAL}|calendar)\s+year|calendar|{_EDGE_WORDS})[\s-]+")
        + rf"(?P<year>{YEAR})|{_FISCAL_YEAR}",
        _year,
    ),
    Rule("year", rf"(?P<year>{YEAR})", _year, needs_support=True),
    # "Two thousand" alone is as often a count ("two thousand people"): a year only after "the year".
    Rule(
        "spelled_year",
        rf"{_SPELLED_YEAR}|" + _i(r"the\s+year\s+two[\s-]+thousand(?![-\w])"),
        _spelled_year,
        needs_support=True,
    ),
)
