"""Dates as periods at the precision the text gives, and expressions resolved to them.

A relative expression is resolved against a reference: the publication date, else the latest date the article
gives. A date that names no year takes the reference's year, unless that would put it well after the reference
in a sentence not about the future (then the year before): news names the year only when it is not the current
one, and writes of the coming weeks without "will" as often as with it ("the offer expires Nov. 16"), in the
present of schedules into the next year too ("the toll takes effect Jan. 1", written in November). Told in the
past tense ("prices rose in November"), it cannot lie in a month after the reference's.
"""

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from app.extract.date_forms import (
    Ahead,
    Anaphor,
    Beside,
    ComingYear,
    DayOfMonth,
    Decade,
    Expression,
    Feast,
    Half,
    Named,
    Quarter,
    Restated,
    Season,
    Shift,
    ShortYear,
    Unit,
    WeekBy,
    Weekday,
    YearsBefore,
    YearToDate,
)
from app.extract.date_tense import Tense, looks_ahead
from app.extract.found import SEASON_STARTS, ResolvedFrom
from app.vocabulary.calendar import NEW_YEAR_AHEAD_FROM, NEW_YEAR_BEGUN_UNTIL, feast_date

_RANK: dict[Unit, int] = {
    "day": 0,
    "week": 1,
    "weekend": 1,
    "month": 2,
    "quarter": 3,
    "season": 3,
    "half": 4,
    "year": 5,
    "decade": 6,
}
_MONTHS_IN: dict[Unit, int] = {"month": 1, "quarter": 3, "season": 3, "half": 6, "year": 12, "decade": 120}
# How many years into a decade its two digits name it rather than the last century's ("the '20s"): half of it, a
# rule of thumb rather than a measured figure (the dev sets hold one such decade, written nine years in).
_DECADE_HALF = 5
_SEASON_CODES = {month: code for code, month in SEASON_STARTS.items()}
# How far past the reference a date without a year may fall and still be in the reference's year: about two months, a
# rule of thumb rather than a measured figure (news names a date further ahead with its year).
_AHEAD = timedelta(days=62)
# The present of schedules names a date further ahead, some nine months (an event set for the spring, written in the
# autumn; a festival in August, written in January), so that only one named in it within about three months behind is
# the one gone by ("the survey covers December", written in January). A judgement from news writing (nine months
# covers a season's events announced the season before), not a measured figure.
_AHEAD_IN_PRESENT = timedelta(days=274)
# How many years ahead a year written by its last two digits may lie ("in '32"): the short form names a year gone by
# far more often ("in '45", "the class of '98"), and one ahead only near, as a plan's or a bid's. A rule of thumb, not
# a measured figure: games are awarded some eleven years ahead, rounded up.
_SHORT_YEAR_AHEAD = 15
# A weekend's first day, as `date.weekday()` counts.
_SATURDAY = 5
# The day that gives an ISO week its year, and here its month, as `date.weekday()` counts.
_THURSDAY = 3
# How far from a day the middle of the seven days before or after it lies: the fourth of them.
_MIDDLE_OF_A_WEEK = 4
# The day weeks begin on where they do not begin on a Monday, as `date.weekday()` counts.
_SUNDAY = 6
# How far into a year or month its end begins: its last quarter ("at the end of the month", written on the 25th).
_END_BEGINS = 0.75


@dataclass(frozen=True)
class Period:
    start: date  # the first day of the period
    precision: Unit

    @staticmethod
    def of(day: date, precision: Unit) -> "Period":
        """The period of this precision that holds `day`."""
        if precision == "day":
            return Period(day, precision)
        if precision == "week":
            return Period(day - timedelta(days=day.weekday()), precision)
        if precision == "weekend":  # the Saturday and Sunday that end an ISO week
            return Period(day + timedelta(days=_SATURDAY - day.weekday()), precision)
        if precision == "month":
            return Period(day.replace(day=1), precision)
        if precision == "quarter":
            return Period(date(day.year, (day.month - 1) // 3 * 3 + 1, 1), precision)
        if precision == "season":  # January and February are of the winter that began the December before
            first = _add_months(day.replace(day=1), -(day.month % 3))
            return Period(first, precision)
        if precision == "half":
            return Period(date(day.year, 1 if day.month <= 6 else 7, 1), precision)
        if precision == "decade":
            return Period(date(day.year - day.year % 10, 1, 1), precision)
        return Period(date(day.year, 1, 1), precision)

    def iso(self) -> str:
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision in ("week", "weekend"):  # TimeML writes a weekend as its week's: "2013-W11-WE"
            year, week, _ = self.start.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if self.precision == "weekend" else "")
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.precision == "quarter":
            return f"{self.start.year:04d}-Q{(self.start.month - 1) // 3 + 1}"
        if self.precision == "season":
            return f"{self.start.year:04d}-{_SEASON_CODES[self.start.month]}"
        if self.precision == "half":
            return f"{self.start.year:04d}-H{1 if self.start.month <= 6 else 2}"
        if self.precision == "decade":  # TimeML's: the first three digits of its years ("199")
            return f"{self.start.year // 10:03d}"
        return f"{self.start.year:04d}"

    def shifted(self, unit: Unit, amount: int) -> "Period":
        """So many units on (or back, when negative), at this period's precision."""
        if unit in ("day", "week", "weekend"):
            day = self.start + timedelta(days=amount * (1 if unit == "day" else 7))
        else:
            day = _add_months(self.start, amount * _MONTHS_IN[unit])
        return Period.of(day, self.precision)

    def coarsened(self, precision: Unit) -> "Period":
        return Period.of(self.start, precision) if _RANK[precision] > _RANK[self.precision] else self

    def resolves(self, unit: Unit) -> bool:
        """Is this period given finely enough to count in `unit`s from it (a month cannot give a day)?"""
        return _RANK[self.precision] <= _RANK[unit]


@dataclass(frozen=True)
class Resolved:
    period: Period
    source: ResolvedFrom
    # Of an article's date: the day the story was written, as a dateline gives it, not only the latest day it tells of.
    written: bool = False


@dataclass(frozen=True)
class Context:
    """What an expression is resolved against."""

    reference: Resolved | None  # the publication day, or the article's latest date
    tense: Tense = "unmarked"  # of the verb the expression modifies
    earlier: Sequence[Resolved] = ()  # dates the text gave before this one, in reading order
    in_sentence: Resolved | None = None  # the last date its sentence gave before it
    subjects: Sequence[Resolved] = ()  # those of `earlier` not told as what a figure is compared with ("from May")
    quarter: Resolved | None = None  # the last quarter the text spoke of
    reported: Resolved | None = None  # the last period the text gave figures for: a quarter, a half, the year to date
    apposed: Resolved | None = None  # the date just before, when this one restates it (in apposition, or after "is")
    anchor: Resolved | None = None  # the date just before, when it is of the same clause: the time the clause tells of
    of_a_verb: bool = False  # whether a verb governs the expression (with a tense or not: "to strike on Jan. 9")
    forecast: bool = False  # whether it is the period of a forecast figure or happening ("expects Q4 revenue")


def resolve(expression: Expression, context: Context) -> Resolved | None:
    try:
        return _resolve(expression, context)
    except (ValueError, OverflowError):  # counted past the calendar's ends (from a reference in year 1 or 9999)
        return None


def _resolve(expression: Expression, context: Context) -> Resolved | None:
    if isinstance(expression, Named):
        if expression.nth_week is not None:
            return _week_of_month(expression, expression.nth_week, context)
        if expression.beside is not None:
            return _beside(expression, expression.beside, context)
        return _named(expression, context) if expression.week is None else _week(expression, expression.week, context)
    if isinstance(expression, Quarter):
        return _quarter(expression, context)
    if isinstance(expression, Half):
        return _half(expression, context)
    if isinstance(expression, Anaphor):
        return _anaphor(expression, context)
    if isinstance(expression, YearsBefore):
        return _years_before(expression, context)
    if isinstance(expression, Restated):
        return _restated(context)
    if isinstance(expression, Ahead):
        return _ahead(expression, context)
    if isinstance(expression, Decade):
        return _decade(expression, context.reference)
    if isinstance(expression, ShortYear):
        return _short_year(expression, context.reference)
    reference = context.reference
    if reference is None:
        return None
    if isinstance(expression, Weekday) and expression.from_told:
        return _weekday_from_told(expression, context)
    if isinstance(expression, Weekday):
        day = _weekday(expression, reference, context.tense)
        return day if day is None or expression.week is None else _week_of_day(day, expression.week)
    if isinstance(expression, Feast):
        return _feast(expression, reference, context)
    if isinstance(expression, DayOfMonth):
        return _day_of_month(expression, reference, context.tense)
    if isinstance(expression, Shift):
        shift = _tensed(_end_gone_by(expression, reference, context.tense), reference, context.tense)
        return _shift(_week_to_come(shift, reference, context.tense), reference)
    if isinstance(expression, ComingYear):
        return _coming_year(reference)
    if isinstance(expression, YearToDate):
        return _year_to_date(expression, reference)
    return _season(expression, reference, context.tense)


def _week(named: Named, by: WeekBy, context: Context) -> Resolved | None:
    """The ISO week that holds the day named, or where it is said to begin on a Sunday, as weeks that start on Sundays
    do, the ISO week of its six days after: "the week beginning Sunday 14 June" runs to Saturday 20 June, six of its
    seven days in the ISO week from Monday 15 June."""
    day = _named(named, context)
    return None if day is None else _week_of_day(day, by)


def _week_of_day(day: Resolved, by: WeekBy) -> Resolved:
    begun_on_sunday = by == "beginning" and _is_sunday(day.period)
    period = day.period.shifted("day", 1) if begun_on_sunday else day.period
    return replace(day, period=period.coarsened("week"))


def _beside(named: Named, beside: Beside, context: Context) -> Resolved | None:
    """The day next to the day named, or the ISO week that holds most of the seven days before or after it, the week
    of the middle one ("the week before Christmas" on a Saturday is the Monday to Friday before it, not the week
    before that), or the weekend: the last one ending before the day, or the first beginning after it (a Christmas
    on a Sunday ends a weekend, which is not the one before it)."""
    day = _named(replace(named, beside=None), context)
    if day is None or day.period.precision != "day":
        return None
    start = day.period.start
    if beside.unit == "weekend":
        sunday = start - timedelta(days=(start.weekday() - _SUNDAY) % 7 or 7)
        saturday = start + timedelta(days=(_SATURDAY - start.weekday()) % 7 or 7)
        return replace(day, period=Period.of(sunday if beside.sign < 0 else saturday, "weekend"))
    moved = start + timedelta(days=beside.sign * (1 if beside.unit == "day" else _MIDDLE_OF_A_WEEK))
    return replace(day, period=Period.of(moved, beside.unit))


def _week_of_month(named: Named, nth: int, context: Context) -> Resolved | None:
    """A month's first (or later, or last) week: the first ISO week most of whose days are the month's, as ISO
    gives a week to the year that holds its Thursday, and the weeks after it; the last, the one before the first
    of the next month."""
    month = _named(replace(named, nth_week=None), context)
    if month is None or month.period.precision != "month":
        return None
    first = month.period.shifted("month", 1).start if nth < 0 else month.period.start
    opening = Period.of(first + timedelta(days=(_THURSDAY - first.weekday()) % 7), "week")
    return replace(month, period=opening.shifted("week", nth - 1 if nth > 0 else nth))


def _named(named: Named, context: Context) -> Resolved | None:
    precision: Unit = "day" if named.day else "month" if named.month else "year"
    if named.year is not None:
        return Resolved(_calendar_period(named.year, named.month, named.day, precision), "text")
    reference = context.reference
    if reference is None or named.month is None:
        return None
    ref = reference.period.start
    if named.year_shift is not None:
        year = ref.year + named.year_shift
    elif named.lean:
        year = ref.year + named.lean if (named.month - ref.month) * named.lean <= 0 else ref.year
    elif (anchor := _other_year(context)) is not None:
        # A clause tells its dates in order: "closed in December 2019 and reopened in May" reopened in 2020.
        period = _calendar_period(anchor.period.start.year, named.month, named.day, precision)
        if period.start < anchor.period.start:
            period = period.shifted("year", 1)
        return Resolved(period, anchor.source)
    else:
        year = _year_of(named.month, named.day or 1, ref, context.tense, precision, context.of_a_verb)
    return Resolved(_calendar_period(year, named.month, named.day, precision), reference.source)


def _other_year(context: Context) -> Resolved | None:
    """The date of its clause a date without a year is of, where that date lies in another year than the reference:
    "he was arrested in June 2019 and released in August", "last year, sales fell in March"."""
    anchor, reference = context.anchor, context.reference
    if anchor is None or reference is None or not anchor.period.resolves("year"):
        return None
    if anchor.period.start.year == reference.period.start.year:
        return None
    return Resolved(anchor.period, relayed(anchor.source))


def _calendar_period(year: int, month: int | None, day: int | None, precision: Unit) -> Period:
    """The period named; a day the month does not have ("Feb. 30", 29 February of a common year) is a slip, so
    only its month is kept rather than a day invented."""
    if day is not None and day > calendar.monthrange(year, month or 1)[1]:
        return Period(date(year, month or 1, 1), "month")
    return Period(date(year, month or 1, day or 1), precision)


def _year_of(month: int, day: int, ref: date, tense: Tense, precision: Unit, of_a_verb: bool = False) -> int:
    """The year of a date named without one: the reference's, or the one before when that falls well after it,
    or the next one when that falls as near ahead. A verb in the present that a date modifies speaks of a
    schedule ("the quarter ends Dec. 31"), so a date in the present may lie further ahead than one in the past;
    one told in the past tense lies in no month after the reference's. (A day of the reference's month after it, told
    in the past, is its own: a schedule reported in the past, "the vote was called for June 22", as news omits only
    the current year.)"""
    this_year = Period.of(_in_year(ref.year, month, day), precision).start
    if tense == "future":
        return ref.year if this_year >= Period.of(ref, precision).start else ref.year + 1
    if tense == "past":  # a month is told of in the past while under way, but not before it has begun
        return ref.year if month <= ref.month else ref.year - 1
    ahead = _AHEAD_IN_PRESENT if tense == "present" else _AHEAD
    # Late in the year, the days and months a schedule names just ahead are the next year's: "the toll takes
    # effect Jan. 1", written in November. (Not a quarter, a half or a season, which figures are given for once
    # it is over; nor a date with no tense of its own, often one the parse did not hang from its verb.)
    next_year = Period.of(_in_year(ref.year + 1, month, day), precision).start
    if tense == "present" and precision in ("day", "month") and next_year - ref <= ahead:
        return ref.year + 1
    # A day a verb without a tense governs, named just ahead late in the year, is the next year's, as near as one
    # just behind early in the year is the last year's ("voted to strike on Jan. 9", "the timetable, starting
    # Jan. 4", written in December): an infinitive or a participle sets a plan. Not a day of a noun with no verb,
    # an event named as a fact ("the blaze of Jan. 9"), nor a month: figures for one are given once it is over.
    if tense == "unmarked" and of_a_verb and precision == "day" and next_year - ref <= ahead:
        return ref.year + 1
    return ref.year if this_year - ref <= ahead else ref.year - 1


def _in_year(year: int, month: int, day: int) -> date:
    """The day of that month in that year, or its last day where the month is shorter (29 February)."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _quarter(quarter: Quarter, context: Context) -> Resolved | None:
    reference = context.reference
    if quarter.number is not None:
        return _part_of_year(quarter.number * 3 - 2, "quarter", quarter.year, quarter.year_shift, context)
    spoken = None if quarter.latest or quarter.current else context.quarter
    current = Resolved(reference.period.coarsened("quarter"), reference.source) if reference else None
    if quarter.latest and current is not None:
        current = replace(current, period=current.period.shifted("quarter", -1))
    base = spoken or current
    if base is None or base.period.precision != "quarter":
        return None
    period = base.period.shifted("quarter", quarter.step)
    if quarter.year is not None:
        period = Period(period.start.replace(year=quarter.year), "quarter")
    period = period.shifted("year", quarter.year_shift or 0)
    return Resolved(period, relayed(base.source) if spoken else base.source)


def _half(half: Half, context: Context) -> Resolved | None:
    return _part_of_year(1 if half.number == 1 else 7, "half", half.year, half.year_shift, context)


def _part_of_year(
    first_month: int, precision: Unit, year: int | None, year_shift: int | None, context: Context
) -> Resolved | None:
    """A numbered quarter or half of the year the text names, or of the reference's year (shifted as the text
    says, else the one before when it would lie well ahead)."""
    if year is not None:
        return Resolved(Period(date(year, first_month, 1), precision), "text")
    reference = context.reference
    if reference is None:
        return None
    ref = reference.period.start
    if year_shift is None and (anchor := _other_year(context)) is not None:
        return Resolved(Period(date(anchor.period.start.year, first_month, 1), precision), anchor.source)
    if year_shift is None and context.forecast and precision == "quarter":
        year = _year_to_report(first_month, ref, precision)
        return Resolved(Period(date(year, first_month, 1), precision), reference.source)
    if year_shift is None:
        year = _year_of(first_month, 1, ref, context.tense, precision)
        return Resolved(Period(date(year, first_month, 1), precision), reference.source)
    return Resolved(Period(date(ref.year + year_shift, first_month, 1), precision), reference.source)


def _year_to_report(first_month: int, ref: date, precision: Unit) -> int:
    """The year of a quarter a forecast tells of ("expects first-quarter revenue", "warned of a loss for the
    fourth quarter"): the first one from the quarter before the reference's on, as figures for a quarter come out
    in the weeks after it, so a forecast in January may still be of the quarter just ended. (Not a quarter only
    told in the future, "will open stores in the fourth quarter", nor a half: one told ahead is more often the
    economy's coming one, "growth will pick up in the second half", written in January.)"""
    just_ended = Period.of(ref, precision).shifted(precision, -1).start
    return next(year for year in range(ref.year - 1, ref.year + 2) if date(year, first_month, 1) >= just_ended)


def _anaphor(anaphor: Anaphor, context: Context) -> Resolved | None:
    """Counted from the last date given at least as finely as the step ("the same day" skips "in April"); in
    apposition to a date ("May 4, the day before the vote"), that date restated."""
    if context.apposed is not None:
        return Resolved(context.apposed.period, relayed(context.apposed.source))
    for antecedent in reversed(context.earlier):
        if antecedent.period.resolves(anaphor.unit):
            moved = antecedent.period.coarsened(anaphor.unit).shifted(anaphor.unit, anaphor.amount)
            return Resolved(moved, relayed(antecedent.source))
    return None


def _years_before(years: YearsBefore, context: Context) -> Resolved | None:
    """A comparison ("a year earlier") goes back from the period its sentence gave ("third quarter ... a year
    earlier"), else from the period the text reports on: business news compares a quarter, a half, or the months
    of the year so far, with the same period a year before. One that names its period ("the same month last year")
    goes back from the last such period told that the figures are of, not one they are compared with ("rose in
    February from January and from the same month last year"), whatever its sentence told after it ("The index,
    released Thursday, rose 2% in the same month last year") and in a sentence before it as well. With none of
    these, it is the reference's year, so many years back."""
    compared = (
        _last_told(years.unit, context.subjects)
        or _last_told(years.unit, context.earlier)
        or context.in_sentence
        or context.reported
    )
    if compared is not None:
        return Resolved(compared.period.shifted("year", -years.amount), relayed(compared.source))
    if context.reference is None:
        return None
    period = context.reference.period.coarsened("year").shifted("year", -years.amount)
    return Resolved(period, context.reference.source)


def _last_told(unit: Unit | None, earlier: Sequence[Resolved]) -> Resolved | None:
    """The last period of `unit` the text told of."""
    return next((told for told in reversed(earlier) if told.period.precision == unit), None) if unit else None


def _restated(context: Context) -> Resolved | None:
    """The day it restates ("today is the eighth day of the strike"); with none, or with a longer period ("March
    was the eighth day"), no date."""
    said = context.apposed
    return Resolved(said.period, relayed(said.source)) if said and said.period.precision == "day" else None


def _ahead(ahead: Ahead, context: Context) -> Resolved | None:
    """A count ahead in a sentence about the future, from the date its sentence gave before ("In 2015, officials
    said it would open in five years"), else from the reference unless its sentence sets its time otherwise."""
    if context.tense != "future":
        return None
    if context.in_sentence is not None:
        start = context.in_sentence
        return _shift(ahead.shift, Resolved(start.period, relayed(start.source)))
    if ahead.anchored or context.reference is None:
        return None
    return _shift(ahead.shift, context.reference)


def _shift(shift: Shift, reference: Resolved) -> Resolved | None:
    if not reference.period.resolves(shift.precision):
        return None
    amount = shift.amount
    if shift.sunday_weeks and amount < 0 and _is_sunday(reference.period):
        # A Sunday paper's "last week" is the working week just behind it, which the ISO calendar ends that day
        # (the American week runs from Sunday to Saturday).
        amount += 1
    moved = reference.period.coarsened(shift.precision).shifted(shift.unit, amount)
    return Resolved(moved, reference.source)


def _end_gone_by(shift: Shift, reference: Resolved, tense: Tense) -> Shift:
    """The end of the year or month told in the past is of the one before while the reference has not reached the
    end of its own, its last quarter: "sales slumped at the end of the year", written in January."""
    if not shift.end or tense != "past" or not reference.period.resolves(shift.unit):
        return shift
    own = reference.period.coarsened(shift.unit)
    length = own.shifted(shift.unit, 1).start - own.start
    reached = reference.period.start - own.start >= length * _END_BEGINS
    return shift if reached else replace(shift, amount=shift.amount - 1)


def _tensed(shift: Shift, reference: Resolved, tense: Tense) -> Shift:
    """A shift that the sentence's tense turns: "closed over the weekend" is the weekend gone by, "will close over
    the weekend" the one of the reference's week, still to come. Written on a Sunday, the weekend gone by is the one
    ending that day: a Sunday paper's "talks broke down over the weekend" tells of its Saturday; and the one still to
    come is the next: "ministers will meet at the weekend", as its "this week" is the week ahead (`_week_to_come`)."""
    sunday = _is_sunday(reference.period)
    if not shift.tensed or not (looks_ahead(tense) or sunday):
        return shift
    return replace(shift, amount=shift.amount + (2 if sunday and tense == "future" else 1))


def _week_to_come(shift: Shift, reference: Resolved, tense: Tense) -> Shift:
    """A Sunday paper's "this week" told in the future is the working week ahead of it ("will decide later this
    week"), not the ISO week ending that day, which its past tells of ("shares fell this week")."""
    ahead = shift.sunday_weeks and shift.amount == 0 and tense == "future" and _is_sunday(reference.period)
    return replace(shift, amount=1) if ahead else shift


def _is_sunday(period: Period) -> bool:
    return period.precision == "day" and period.start.weekday() == _SUNDAY


def _coming_year(reference: Resolved) -> Resolved | None:
    """ "The new year" written late in a year (`NEW_YEAR_AHEAD_FROM`) is the next one, about to begin ("plots will be
    allocated early in the new year", in December); early in one (`NEW_YEAR_BEGUN_UNTIL`), the one just begun ("early
    in the new year", in January). In between, or with no month to the reference, no year is sure."""
    ref = reference.period
    if not ref.resolves("month") or NEW_YEAR_BEGUN_UNTIL < ref.start.month < NEW_YEAR_AHEAD_FROM:
        return None
    ahead = ref.start.month >= NEW_YEAR_AHEAD_FROM
    return Resolved(Period(date(ref.start.year + ahead, 1, 1), "year"), reference.source)


def _year_to_date(months: YearToDate, reference: Resolved) -> Resolved:
    """The year whose first months a report covers, at the precision of a year (the contract has no shorter
    span for them): figures for nine months come out after September, so before October they are last year's."""
    ref = reference.period
    year = ref.start.year - 1 if ref.resolves("month") and ref.start.month <= months.months else ref.start.year
    return Resolved(Period(date(year, 1, 1), "year"), reference.source)


def _feast(feast: Feast, reference: Resolved, context: Context) -> Resolved:
    """A movable feast of the year the text gives, else of the year a fixed day would take (`_year_of`), told from
    the feast's day in the reference's year: "Good Friday", written in January in the past tense, is last year's."""
    if feast.year is not None:
        return Resolved(Period(feast_date(feast.name, feast.year), "day"), "text")
    ref = reference.period.start
    if feast.year_shift is not None:
        year = ref.year + feast.year_shift
    else:
        this_year = feast_date(feast.name, ref.year)
        year = _year_of(this_year.month, this_year.day, ref, context.tense, "day", context.of_a_verb)
    return Resolved(Period(feast_date(feast.name, year), "day"), reference.source)


def _day_of_month(day: DayOfMonth, reference: Resolved, tense: Tense) -> Resolved | None:
    """A day by its ordinal alone ("on the 14th") is of the reference's month or, where that day of it lies the
    wrong way, of the next month when the sentence looks ahead, else of the month before."""
    if reference.period.precision != "day":
        return None
    ref = reference.period.start
    ahead = looks_ahead(tense)
    step = (1 if day.day < ref.day else 0) if ahead else (-1 if day.day > ref.day else 0)
    month = _add_months(ref.replace(day=1), step)
    if day.day > calendar.monthrange(month.year, month.month)[1]:
        return None
    return Resolved(Period(month.replace(day=day.day), "day"), reference.source)


def in_week(weekday: Weekday, week: Resolved) -> Resolved:
    """The day of that name in the week: "last week's vote on Tuesday" is that week's Tuesday."""
    return Resolved(Period(week.period.start + timedelta(days=weekday.weekday), "day"), week.source)


def after_day(weekday: Weekday, day: Resolved) -> Resolved:
    """The first day of that name after the day: what "On Monday they agreed to meet on Wednesday" fixes is the
    Wednesday after that Monday."""
    return Resolved(Period(_next_after(weekday, day.period.start), "day"), day.source)


def _weekday_from_told(weekday: Weekday, context: Context) -> Resolved | None:
    """The first day of that name after the last day the text gave ("began on May 2 and ended the following
    Tuesday"), or the last before it ("the previous Tuesday"); none where the text gave no day before it."""
    told = _last_told("day", context.earlier)
    if told is None:
        return None
    start = told.period.start
    if weekday.from_told > 0:
        day = after_day(weekday, told).period.start
    else:
        day = start - timedelta(days=(start.weekday() - weekday.weekday - 1) % 7 + 1)
    return Resolved(Period(day, "day"), relayed(told.source))


def _next_after(weekday: Weekday, day: date) -> date:
    return day + timedelta(days=(weekday.weekday - day.weekday() - 1) % 7 + 1)


def _weekday(weekday: Weekday, reference: Resolved, tense: Tense) -> Resolved | None:
    """A day name in news is the publication day or one of the six before it, or that day or the next such
    one when the sentence looks ahead: "will meet Monday", and in the present of schedules, "meet Monday".
    Without a publication date, the story was written after the latest date it gives, so the day named is the
    first such day after that date, unless that date is the dateline's, the day it was written, which stands for
    the publication day."""
    if reference.period.precision != "day":
        return None
    ref = reference.period.start
    since = (ref.weekday() - weekday.weekday) % 7
    if (reference.source == "article_date" and not reference.written) or weekday.lean > 0:
        day = _next_after(weekday, ref)
    elif tense in ("present", "future") and weekday.lean == 0:  # news names the publication day by its name too
        day = ref + timedelta(days=(weekday.weekday - ref.weekday()) % 7)
    elif weekday.lean < 0:
        day = ref - timedelta(days=since or 7)
    else:
        day = ref - timedelta(days=since)
    return Resolved(Period(day, "day"), reference.source)


def _season(season: Season, reference: Resolved, tense: Tense) -> Resolved:
    """A season, its year told from the reference and the lean: "last winter" is the last one over, "this winter"
    in January the one under way."""
    if season.year is not None:
        return Resolved(Period(date(season.year, season.first_month, 1), "season"), "text")
    ref = reference.period.start
    under_way = Period.of(ref, "season")
    if season.year_shift == 0 and under_way.start.month == season.first_month:
        return Resolved(under_way, reference.source)
    if season.year_shift is not None:
        year = ref.year + season.year_shift
    elif season.lean < 0:
        year = next(year for year in range(ref.year, ref.year - 3, -1) if _season_end(year, season) <= ref)
    elif season.lean > 0:
        year = ref.year if date(ref.year, season.first_month, 1) > ref else ref.year + 1
    else:
        year = _year_of(season.first_month, 1, ref, "unmarked" if tense == "present" else tense, "season")
    return Resolved(Period(date(year, season.first_month, 1), "season"), reference.source)


def _season_end(year: int, season: Season) -> date:
    """The day after the season of that year."""
    return _add_months(date(year, season.first_month, 1), 3)


def _decade(decade: Decade, reference: Resolved | None) -> Resolved | None:
    """A decade of the century the text gives, else the latest one whose first half the reference's year has
    passed: "the '90s" written in 2021 or in 1996 are the 1990s, but "the '20s" written in 2021 the 1920s (the
    Roaring '20s, a theatre standing since the '20s), a decade's name standing for it once it is well under way."""
    if decade.century is not None:
        return Resolved(Period(date(decade.century * 100 + decade.tens * 10, 1, 1), "decade"), "text")
    if reference is None:
        return None
    year = reference.period.start.year
    first = year - year % 100 + decade.tens * 10
    if first + _DECADE_HALF > year:
        first -= 100
    return Resolved(Period(date(first, 1, 1), "decade"), reference.source)


def _short_year(short: ShortYear, reference: Resolved | None) -> Resolved | None:
    """The latest year of those last two digits at most `_SHORT_YEAR_AHEAD` years past the reference's: "'98" written
    in 2023 is 1998, "by '27" 2027, "fell in '45" 1945 (not 2045, though nearer)."""
    if reference is None:
        return None
    year = reference.period.start.year
    latest = year - year % 100 + short.digits
    if latest > year + _SHORT_YEAR_AHEAD:
        latest -= 100
    return Resolved(Period(date(latest, 1, 1), "year"), reference.source)


def relayed(source: ResolvedFrom) -> ResolvedFrom:
    """Counted from another date of the article: from the article's date unless that one came from publication."""
    return "published" if source == "published" else "article_date"


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
