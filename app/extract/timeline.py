"""Date expressions of an article's caption and body, normalised and resolved to dates.

The title is left out: a headline's "Tuesday" repeats a date of the body, and its words are not the story's.
The months of the year so far that a report covers ("the first nine months") are no date of the timeline, but
they are the period that a later "a year earlier" goes back from.
"""

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from app.extract.date_appositions import equated, event_named, in_apposition
from app.extract.date_forms import (
    Ahead,
    Anaphor,
    Decade,
    Half,
    Named,
    Quarter,
    Restated,
    Shift,
    Weekday,
    YearsBefore,
    YearToDate,
)
from app.extract.date_ranges import (
    bounds_alone,
    bounds_range,
    compared_with,
    ends_period,
    in_order,
    in_year_of_end,
    names_its_year,
    runs_to_now,
    year_guessed,
    year_told_after,
)
from app.extract.date_spans import DateSpan, find_date_spans
from app.extract.date_tense import arranged_after, looks_ahead, owner_of, reported_after
from app.extract.date_values import Context, Period, Resolved, after_day, in_week, relayed, resolve
from app.extract.found import Event, Place
from app.extract.parsed import Paragraph, ParsedArticle, covering
from app.vocabulary.calendar import RESULTS_GIVEN
from app.vocabulary.datelines import dateline_date

_FIELDS = ("caption", "body")
# The words that tell what happened, compared by the first letters of their lemmas: enough to tell one event's words
# from another's, few enough that a verb and its noun agree ("closed", "the closure").
_TELLING = frozenset({"NOUN", "PROPN", "VERB"})
_STEM = 4
Found = tuple[Paragraph, DateSpan]
# What stands before a date that opens its sentence ("On March 9 the minister ..."), and after one that closes it.
_OPENING_PREPOSITION = re.compile(r"\s*(?:On|In|By)\s+")
_TO_THE_END = re.compile(r"[\s.!\"”’']*")
# What stands between a day and the year it is of: "March 9 that year", "June of the following year".
_JUST_AFTER = re.compile(r"\s+(?:of\s+)?")


def find_events(article: ParsedArticle) -> list[Event]:
    found = [
        (paragraph, span) for field in _FIELDS for paragraph in article.of(field) for span in find_date_spans(paragraph)
    ]
    reference = Resolved(Period(article.published, "day"), "published") if article.published else None
    if reference is None:
        reference = _reference_without_publication(found)
    events = []
    for field in _FIELDS:
        events += _resolve_field([item for item in found if item[0].field == field], reference)
    return events


def _reference_without_publication(found: list[Found]) -> Resolved | None:
    """The date to count the article's dates from where it gives no publication date: the dateline's day, else the
    latest date told as done (unless it is background, `_background`), else the latest told in any tense."""
    stated = _article_date(found, past_only=False)
    happened = _article_date(found, past_only=True)
    if happened is not None and stated is not None and _background(happened, stated):
        happened = None
    latest = happened or stated
    if latest is None:
        return None
    return _dateline_day(found, latest, told_as_done=happened is not None) or latest


def _resolve_field(found: list[Found], reference: Resolved | None) -> list[Event]:
    """Resolve a field's dates in reading order, each against the dates read before it."""
    events: list[Event] = []
    earlier: list[Resolved] = []
    quarter: Resolved | None = None
    reported: Resolved | None = None
    in_sentence: Resolved | None = None
    told: DateSpan | None = None  # the last date resolved, the last of `earlier` and `events`
    before: DateSpan | None = None  # the date resolved before `told`
    days: list[tuple[DateSpan, Resolved]] = []  # the days the sentence gave before, where it gave them
    bases: set[int] = set()  # the places in `earlier` of dates told as what a figure is compared with ("from May")

    def take_year_of_end(paragraph: Paragraph, previous: DateSpan, end: Resolved) -> None:
        """The date told last takes the year of `end`, which closes its range or names its year: value and event."""
        earlier[-1] = in_year_of_end(earlier[-1], end)
        events[-1] = _event(paragraph, previous, earlier[-1])

    for paragraph, span in found:
        previous = told if told is not None and told.sentence == span.sentence else None  # the sentence's last date
        if previous is None:  # the sentence has no period spoken of before its first date resolved
            in_sentence = None
            days = []
        apposed = earlier[-1] if previous is not None and _restates(paragraph.text, previous, span) else None
        if apposed is None and _from_an_event(paragraph.text, span, told):
            continue
        anchor = earlier[-1] if previous is not None and _sets_the_time(paragraph.text, previous, span) else None
        if told is not None and _goes_on_from(paragraph.text, told, span):
            anchor = earlier[-1]
        of_a_verb = span.verb is not None
        context = Context(
            reference,
            span.tense,
            earlier,
            in_sentence,
            [date for at, date in enumerate(earlier) if at not in bases],
            quarter,
            reported,
            apposed,
            anchor,
            of_a_verb,
            span.forecast,
        )
        # "A year ago, the firm had ten stores": the year before the writing's, whatever period a report spoke of.
        if isinstance(span.expression, YearsBefore) and span.expression.ago and _opens_sentence(paragraph.text, span):
            context = Context(reference, span.tense)
        # "On March 9 that year": the year is the one spoken of before the day, which takes it.
        year_of_day = previous is not None and _year_of_day(paragraph.text, previous, span)
        resolved = resolve(span.expression, replace(context, earlier=earlier[:-1]) if year_of_day else context)
        if resolved is None:
            continue
        if year_of_day and previous is not None:
            take_year_of_end(paragraph, previous, resolved)
        if (
            previous is not None
            and isinstance(span.expression, Weekday)
            and span.expression.week is None  # "the week ending Friday" is a week, not a day of the week before
            and _owned_by_week(previous, span, earlier[-1])
        ):
            resolved = in_week(span.expression, earlier[-1])
        told_before = earlier[-1] if previous is not None else None
        resolved = _read_in_sentence(paragraph, span, resolved, (found, days, told_before), reference)
        if (
            previous is not None
            and _later_in_a_plan(previous, span)
            and resolved.period.start < earlier[-1].period.start
        ):
            resolved = Resolved(resolved.period.shifted("week", 1), resolved.source)
        if isinstance(span.expression, YearToDate):
            reported = resolved
            continue
        if previous is not None and _ends_range(paragraph.text, previous, span):
            earlier[-1], resolved = in_order(earlier[-1], resolved, span.tense, year_guessed(previous.expression))
            events[-1] = _event(paragraph, previous, earlier[-1])
        if previous is not None and _year_named_at_end(paragraph.text, previous, span):
            take_year_of_end(paragraph, previous, resolved)
        if previous is not None and _year_after(paragraph, previous, span):
            take_year_of_end(paragraph, previous, resolved)
            opener = before if before is not None and before.sentence == span.sentence else None
            if opener is not None and _opens_range(paragraph.text, opener, previous):
                earlier[-2] = in_year_of_end(earlier[-2], earlier[-1])
                events[-2] = _event(paragraph, opener, earlier[-2])
        # "The quarter ended June 30" is the quarter that day ends, and the period the sentence speaks of.
        ends_quarter = False
        if previous is not None and _ends_quarter(paragraph.text, previous, span, resolved):
            ends_quarter = True
            earlier[-1] = quarter = reported = in_sentence = Resolved(
                resolved.period.coarsened("quarter"), resolved.source
            )
            events[-1] = _event(paragraph, previous, earlier[-1])
        before, told = told, span
        if resolved.period.precision == "day":
            days.append((span, resolved))
        if compared_with(paragraph.text, span.start):
            bases.add(len(earlier))
        earlier.append(resolved)
        # A year-earlier comparison is not the period spoken of: the next one compares with the same period. Nor
        # is a decade ("its best quarter since the 1990s"), which no comparison counts back a year from.
        if (
            not isinstance(span.expression, YearsBefore | Decade)
            and not ends_quarter
            and not _told_on(in_sentence, span, resolved)
        ):
            in_sentence = _spoken_of(paragraph.text, span, resolved)
        # A quarter told ahead ("expects first-quarter revenue", "will open stores in the first quarter") is not the
        # one reported on, which a later "the year-ago quarter" compares with, once the text has spoken of that one.
        forecast_after_report = span.tense == "future" and reported is not None
        if isinstance(span.expression, Quarter) and span.expression.year_shift is None and not forecast_after_report:
            quarter = reported = resolved
        # Half-year reports give figures for a half as quarterly ones for a quarter.
        if isinstance(span.expression, Half) and span.expression.year_shift is None and not forecast_after_report:
            reported = resolved
        events.append(_event(paragraph, span, resolved))
    return events


def _read_in_sentence(
    paragraph: Paragraph,
    span: DateSpan,
    resolved: Resolved,
    read: tuple[list[Found], list[tuple[DateSpan, Resolved]], Resolved | None],
    reference: Resolved | None,
) -> Resolved:
    """`resolved`, or what the rest of its sentence makes of it: a day arranged on or reported on a day the sentence
    tells, or last year's period that came out as the one told just before (`read`: the field's dates, the days its
    sentence gave before and the date resolved just before, if in the same sentence)."""
    found, days, told_before = read
    resolved = _arranged_on(days, span) or resolved
    told_with = [other for _, other in found if other is not span and other.sentence == span.sentence]
    resolved = _reported_on(days, told_with, span, reference) or resolved
    if told_before is not None and _itself_a_year_back(paragraph, span, resolved, told_before):
        return Resolved(resolved.period.shifted("year", -1), resolved.source)
    return resolved


def _itself_a_year_back(paragraph: Paragraph, span: DateSpan, resolved: Resolved, told: Resolved) -> bool:
    """Is `span` a quarter or half named as last year's ("last year's fourth quarter", "the fourth quarter of last
    year") that comes out as the very period its sentence told just before? Written in 2022 of 2021's fourth
    quarter, "beat last year's fourth quarter" compares it with the one a year before: no period is compared with
    itself."""
    expression = span.expression
    last_years = isinstance(expression, Quarter | Half) and expression.year_shift == -1
    return last_years and resolved.period == told.period and _compared(paragraph, span)


def _compared(paragraph: Paragraph, span: DateSpan) -> bool:
    """Is the period told as what a figure is compared with ("rose from the second half of last year") or as the
    object of a verb, itself or by a pronoun standing for its figure ("beat last year's fourth quarter", "topped
    those of last year's fourth quarter")? Only then is it another period than the one told before it: "output fell
    after the plant closed in the fourth quarter of last year" tells of that very quarter."""
    if compared_with(paragraph.text, span.start):
        return True
    period = paragraph.doc.char_span(span.start, span.end, alignment_mode="expand")
    if period is None:
        return False
    word = period.root
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ == "PRON":  # "those of"
        word = word.head.head
    # The parser makes a period right after the verb its adverb as often as its object: "beat last year's quarter".
    return word.dep_ in ("dobj", "npadvmod") and word.head.pos_ == "VERB"


def _later_in_a_plan(day: DateSpan, later: DateSpan) -> bool:
    """Is `later` a day named after `day` in one clause looking ahead, its verbs joined by "and" or "then": "will host
    the cup holders on Saturday and travel north on Tuesday" tells of the Tuesday after that Saturday, as a plan
    tells its steps in their order? Each day alone is the next of its name, which may come first."""
    first, second = day.expression, later.expression
    # The first may be named ahead itself: "opens next Monday and closes on Friday".
    # Not a day counted from the day told ("the previous Thursday"): that one is placed already.
    plain = isinstance(first, Weekday) and first.lean in (0, 1)
    plain = plain and isinstance(second, Weekday) and second.lean == 0 and not second.from_told
    ahead = looks_ahead(day.tense) and looks_ahead(later.tense)
    return plain and ahead and later.clause is not None and later.clause == day.clause


def _arranged_on(days: list[tuple[DateSpan, Resolved]], later: DateSpan) -> Resolved | None:
    """The day `later` is where it is a day of the week named alone that a verb of arranging fixes, told with one of
    the sentence's `days`, the day of its own act ("On Monday the two sides agreed to meet on Wednesday"): the first
    of its name after that day, which the writing may be past (told on a Friday, that Wednesday is two days gone)."""
    weekday = later.expression
    # A day counted from the day told ("agreed to meet the previous Monday") is placed already.
    if not isinstance(weekday, Weekday) or weekday.lean != 0 or weekday.week is not None or weekday.from_told:
        return None
    doc, at = later.sentence.doc, (later.start, later.end)
    act = next((day for span, day in reversed(days) if arranged_after(doc, (span.start, span.end), at)), None)
    return None if act is None else after_day(weekday, act)


def _reported_on(
    days: list[tuple[DateSpan, Resolved]], others: list[DateSpan], later: DateSpan, reference: Resolved | None
) -> Resolved | None:
    """The date `later` is where a verb of saying reports it in the past, that telling dated by a day among the
    sentence's `others` (`reported_after`): counted from that day, not the writing. "The minister said on Monday the
    bill would be put to a vote on Thursday" is the Thursday after that Monday, which the writing may be past; "said on
    Friday he had resigned on Tuesday" the Tuesday before it. A count ahead ("would reopen next week", "in two
    weeks") counts from it too; a day counted from the writing's ("tomorrow") or from a day told does not."""
    expression = later.expression
    day = isinstance(expression, Weekday) and _named_alone(expression)
    counted = isinstance(expression, Ahead) or (
        isinstance(expression, Shift) and expression.unit != "day" and expression.amount >= 0
    )
    if not day and not (counted and looks_ahead(later.tense)):
        return None
    doc, at = later.sentence.doc, (later.start, later.end)
    telling = next((other for other in others if reported_after(doc, (other.start, other.end), at)), None)
    if telling is None:
        return None
    told = next((resolved for span, resolved in days if span is telling), None)
    # A telling after the report ("..., a spokesman told reporters on Friday") is not read yet: resolve it here.
    told = told or resolve(telling.expression, Context(reference, telling.tense))
    if told is None or told.period.precision != "day":
        return None
    start = Resolved(told.period, relayed(told.source), written=True)
    if isinstance(expression, Weekday) and expression.lean == 0 and looks_ahead(later.tense):
        return after_day(expression, start)
    return resolve(expression, Context(start, later.tense, in_sentence=start))


def _named_alone(weekday: Weekday) -> bool:
    """Is the day named by itself or as the next ("Friday", "next Friday"), not counted from another day told ("the
    previous Friday") nor a week it names ("the week ending Friday")?"""
    return weekday.lean >= 0 and weekday.week is None and not weekday.from_told


def _owned_by_week(week_span: DateSpan, day: DateSpan, week: Resolved) -> bool:
    """Does a week own the event that `day` gives the day of: "last week's vote on Tuesday"?"""
    owner = owner_of(day.sentence.doc, day.start, day.end) if week.period.precision == "week" else None
    return owner is not None and owner[0] <= week_span.start and week_span.end <= owner[1]


def _told_on(figures: Resolved | None, span: DateSpan, day: Resolved) -> bool:
    """Is `day` the day a sentence's figures for a quarter or half came out, told by a verb of `RESULTS_GIVEN`
    ("reported fourth-quarter profit of $9 million on Tuesday, up from $7 million a year earlier")? Results are given
    for the period, so a later "a year earlier" compares with that period a year back, not with the day they were
    told; a day's own figure compares with that day: "third-quarter sales were weak, but on Tuesday its shares traded
    at $9, up from $6 a year earlier"."""
    of_figures = figures is not None and figures.period.precision in ("quarter", "half")
    verb = next((word for word in span.sentence if word.idx == span.verb), None)
    return of_figures and day.period.precision == "day" and verb is not None and verb.lemma_ in RESULTS_GIVEN


def _spoken_of(text: str, span: DateSpan, resolved: Resolved) -> Resolved:
    """The period a sentence speaks of at a date: the date, or its year where the date only bounds a stretch
    ("through Tuesday, sales rose 5% from the same period last year" compares with last year's stretch)."""
    if bounds_alone(text, span.start):
        return Resolved(resolved.period.coarsened("year"), resolved.source)
    return resolved


def _ends_range(text: str, start: DateSpan, end: DateSpan) -> bool:
    """Does `end`, its year guessed, close a range that `start`, a date named, opens?"""
    named = isinstance(start.expression, Named) and year_guessed(end.expression)
    return named and bounds_range(text, (start.start, start.end), (end.start, end.end))


def _year_named_at_end(text: str, start: DateSpan, end: DateSpan) -> bool:
    """Does `end`, told with its year, close a range that `start`, its year guessed, opens?"""
    return names_its_year(end.expression) and _opens_range(text, start, end)


def _year_after(paragraph: Paragraph, date: DateSpan, year: DateSpan) -> bool:
    """Is `year` a year alone told right after `date`, its year guessed, as its year: "on July 6 in 2023"? Not where
    the year qualifies the noun after it, which "in" governs: "worth $3 billion on June 4, in 1989 dollars"."""
    told_after = year_told_after(paragraph.text, (date.start, date.end), (year.start, year.end), year.expression)
    tokens = covering(paragraph.doc, year.start, year.end)
    governed = tokens is not None and tokens[-1].dep_ == "pobj" and tokens[-1].head.lower_ == "in"
    return year_guessed(date.expression) and told_after and governed


def _opens_sentence(text: str, span: DateSpan) -> bool:
    return not text[span.sentence.start_char : span.start].strip(" \"“‘'")


def _year_of_day(text: str, date: DateSpan, year: DateSpan) -> bool:
    """Is `year` a year counted from the text's dates ("that year", "the following year") told right after `date`,
    its year guessed, as its year: "On March 9 that year", "in June of the following year"?"""
    anaphor = year.expression
    of_year = isinstance(anaphor, Anaphor) and anaphor.unit == "year" and year_guessed(date.expression)
    return of_year and _JUST_AFTER.fullmatch(text[date.end : year.start]) is not None


def _opens_range(text: str, start: DateSpan, end: DateSpan) -> bool:
    """Does `start`, its year guessed, open a range that `end` closes ("from July 3 to July 6 in 2023")?"""
    return year_guessed(start.expression) and bounds_range(text, (start.start, start.end), (end.start, end.end))


def _ends_quarter(text: str, quarter: DateSpan, day: DateSpan, resolved: Resolved) -> bool:
    """Does `day` end the quarter named just before it without its number: "the quarter ended June 30"?"""
    unnumbered = isinstance(quarter.expression, Quarter) and quarter.expression.number is None
    ended = ends_period(text, (quarter.start, quarter.end), (day.start, day.end))
    return unnumbered and ended and resolved.period.precision == "day"


def _sets_the_time(text: str, date: DateSpan, later: DateSpan) -> bool:
    """Does `date` set the time of its clause that `later` is told in ("was arrested in June 2019 and released in
    August")? A month or a day does, both looking ahead (in the future or the present of schedules) or neither
    ("opened in May 2021 and closes in March" tells of two times), and a longer period ("in 2018", "last year")
    where it opens the clause or modifies the same verb: "was founded in 1998 and cut jobs in March" tells of two
    times too. A comparison, a decade, or a date that only bounds a stretch ("since June 2019") sets none; nor
    any for a date a stretch runs from up to the writing ("have fallen since January"); nor a month whose year is
    guessed, which gives no year to tell the next date's by ("narrowed in December from $10 billion in November":
    a comparison goes back)."""
    if later.clause is None or later.clause != date.clause or looks_ahead(later.tense) != looks_ahead(date.tense):
        return False
    if bounds_alone(text, date.start) or runs_to_now(text, later.start):
        return False
    if isinstance(date.expression, YearsBefore | Decade) or year_guessed(date.expression):
        return False
    dated = isinstance(date.expression, Named) and date.expression.month is not None
    return dated or date.verb == later.verb or date.start < later.clause


def _goes_on_from(text: str, date: DateSpan, later: DateSpan) -> bool:
    """Does `later`, its year guessed, open the sentence right after the one that ends with `date`, told with its
    year, both in the past ("... in a referendum on March 8, 2022. On March 9 the minister resigned.")? The story
    then goes on in that year: news names the year once for a run of dates."""
    if date.sentence.doc is not later.sentence.doc or date.sentence.end != later.sentence.start:
        return False
    if not names_its_year(date.expression) or not year_guessed(later.expression):
        return False
    opens = _OPENING_PREPOSITION.fullmatch(text[later.sentence.start_char : later.start]) is not None
    closes = _TO_THE_END.fullmatch(text[date.end : date.sentence.end_char]) is not None
    return opens and closes and date.tense == later.tense == "past"


def _from_an_event(text: str, span: DateSpan, told: DateSpan | None) -> bool:
    """Is `span` a day or month counted from an event it names ("the day after the election"), not from a date?
    Not where the date told before it is that event's: "The vote was held on Monday. The day after the vote, ...",
    "The day after June 1"."""
    event = event_named(text, (span.start, span.end)) if isinstance(span.expression, Anaphor) else None
    if event is None:
        return False
    doc = span.sentence.doc
    named = covering(doc, *event)
    before = [] if told is None else [word for word in told.sentence if word.doc is not doc or word.idx < span.start]
    return named is None or not _stems(named) & _stems(before)


def _stems(words: Iterable[Token]) -> set[str]:
    """The first letters of the lemmas of the words that tell what happened: "closed" and "closure" share theirs."""
    return {word.lemma_.lower()[:_STEM] for word in words if word.pos_ in _TELLING and not word.is_stop}


def _restates(text: str, date: DateSpan, later: DateSpan) -> bool:
    """Does `later` restate `date`: set off by a comma after it, or a count of days that a verb equates with it?"""
    first, second = (date.start, date.end), (later.start, later.end)
    if isinstance(later.expression, Restated) and equated(text, first, second):
        return True
    return in_apposition(text, first, second)


def _article_date(found: list[Found], *, past_only: bool) -> Resolved | None:
    """The latest date the article states of what has happened (its sentences about the future left out):
    first among dates with their year, then again with the dates whose year those give.

    A date told in the past is what has happened (`past_only`); one of no tense ("the deadline is Aug. 20", "set an
    Aug. 20 deadline") or of a schedule ("the talks are scheduled for Aug. 20") may stand ahead of the writing, and
    counts only where none is told in the past (or that one is background, `_background`)."""
    named = [
        span.expression
        for _, span in found
        if isinstance(span.expression, Named) and (span.tense == "past" if past_only else span.tense != "future")
    ]
    stated = [resolved for expression in named if (resolved := resolve(expression, Context(None)))]
    first = _latest(stated)
    if first is None:
        return None
    return _latest([resolved for expression in named if (resolved := resolve(expression, Context(first)))])


def _background(happened: Resolved, stated: Resolved) -> bool:
    """Is the latest date told in the past more than a year before the latest the article gives in any tense but
    the future? A deadline or a schedule stands weeks or months ahead of the writing, within the year; a date told
    as done years before it ("the firm, founded in 1998, said its lease ends June 30, 2004") is the story's
    background, and the later date is the nearer the writing. The one year is a judgement, not a measured figure
    (schedules and deadlines usually sit weeks or months ahead of the writing); it is pinned by
    tests/test_timeline_context.py::test_without_publication_date_a_date_told_as_done_years_before_a_later_one_is_background."""
    return happened.period.shifted("year", 1).start < stated.period.start


def _dateline_day(found: list[Found], latest: Resolved, *, told_as_done: bool) -> Resolved | None:
    """The day of the dateline opening the body ("VELMORA, Aug. 10 (Wire) - ..."), its year the article's latest
    date's where it gives none: the day the story was written, which a weekday named is on or before. Where the
    latest date is one told in the past (`told_as_done`), the writing comes on or after it, not in the year before: a
    dateline of Jan. 3 over a story of Dec. 20 is of the next year, one of Nov. 4 over a story of June that June's."""
    body = [(paragraph, span) for paragraph, span in found if paragraph.field == "body"]
    if not body:
        return None
    first = body[0][0]
    dated = dateline_date(first.text) if first.offset == 0 else None
    spans = [span for paragraph, span in body if paragraph is first and dated and span.end <= dated[1]]
    resolved = resolve(spans[0].expression, Context(latest)) if spans else None
    if resolved is None or resolved.period.precision != "day":
        return None
    period = resolved.period
    if told_as_done and year_guessed(spans[0].expression) and period.start < latest.period.start:
        period = period.shifted("year", 1)
    return Resolved(period, "article_date", written=True)


def _latest(dates: list[Resolved]) -> Resolved | None:
    """The latest of the most finely given dates: a day can anchor "Wednesday", a year cannot."""
    for precision in ("day", "month", "year"):
        pool = [resolved.period for resolved in dates if resolved.period.precision == precision]
        if pool:
            return Resolved(max(pool, key=lambda period: period.start), "article_date")
    return None


def _event(paragraph: Paragraph, span: DateSpan, resolved: Resolved) -> Event:
    offset = paragraph.offset
    sentence = span.sentence
    return Event(
        place=Place(paragraph.field, offset + span.start, offset + span.end),
        date_text=span.text,
        date=resolved.period.iso(),
        precision=resolved.period.precision,
        resolved_from=resolved.source,
        sentence=paragraph.text[sentence.start_char : sentence.end_char],
        sentence_place=Place(paragraph.field, offset + sentence.start_char, offset + sentence.end_char),
    )
