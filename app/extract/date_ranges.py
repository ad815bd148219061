"""Two dates of one sentence that bound a range ("from November to February") keep their order.

Each end of a range is resolved on its own, and a year guessed for each can put the end before the start: in
late autumn, "runs from November to February" gives this year's February. The end is then the next one after
the start, unless the sentence tells of the past and the start's year was guessed too: then the start is the last
one before the end ("prices rose from October to March", published in November, began the October before). An
end that names its year gives it to a start that names none ("from July 3 to July 6, 2023"), as does a year told
after both ends ("from July 3 to July 6 in 2023"). A
date may also bound a stretch alone ("through Tuesday", "since January"): the stretch is not that date.
"""

import re
from datetime import timedelta

from app.extract.date_forms import Expression, Named
from app.extract.date_tense import Tense
from app.extract.date_values import Resolved, relayed

# What stands between the two ends of a range: "November to February", "December-March"; "and" only after a
# "between" before the first end, as "in June and September" lists two dates rather than bounding one span.
_BETWEEN_ENDS = re.compile(r"\s*(?:to|until|till|through|-|–|—)\s*|\s+and\s+", re.IGNORECASE)
_OPENS_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_ONE_END = re.compile(r"\b(?:through|since|until|till)\s+$", re.IGNORECASE)
# The words before the period a figure is compared with.
_COMPARED_WITH = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|against|versus|vs\.)\s+(?:(?:in|during|at|on)\s+)?$", re.IGNORECASE
)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# What stands between a period and the day it ends: "the quarter ended June 30", "the quarter that ended March 31".
_ENDED = re.compile(r"\s+(?:(?:that|which)\s+)?(?:ended|ending)\s+", re.IGNORECASE)


def bounds_range(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Do the date at `first` and the next one, at `second` (character offsets in `text`), bound a range?"""
    between = text[first[1] : second[0]]
    if not _BETWEEN_ENDS.fullmatch(between):
        return False
    return not _AND.fullmatch(between) or bool(_OPENS_BETWEEN.search(text[: first[0]]))


def ends_period(text: str, period: tuple[int, int], day: tuple[int, int]) -> bool:
    """Does the date at `day` (character offsets in `text`) end the period just before it: "the quarter ended
    June 30"?"""
    return bool(_ENDED.fullmatch(text[period[1] : day[0]]))


def compared_with(text: str, start: int) -> bool:
    """Is the date at `start` told as the period a figure is compared with: "rose in March from February", "higher
    than in May", "compared with April"?"""
    return bool(_COMPARED_WITH.search(text, 0, start))


def bounds_alone(text: str, start: int) -> bool:
    """Is the date at the character `start` of `text` one end of a stretch: "through Tuesday", "since January"?"""
    return bool(_ONE_END.search(text[:start]))


def runs_to_now(text: str, start: int) -> bool:
    """Is the date at the character `start` of `text` one a stretch runs from up to the writing: "since January"?"""
    return bool(_SINCE.search(text[:start]))


def year_guessed(expression: Expression) -> bool:
    """Is this a month or day whose year nothing in the text gives ("June", not "June 2020" or "last June")?"""
    return (
        isinstance(expression, Named)
        and expression.year is None
        and expression.year_shift is None
        and expression.lean == 0
    )


def in_order(start: Resolved, end: Resolved, tense: Tense, start_guessed: bool) -> tuple[Resolved, Resolved]:
    """The two ends, one whose year was guessed moved by a year where the end came out before the start."""
    if end.period.start >= start.period.start:
        return start, end
    if start_guessed and tense in ("past", "unmarked"):
        return Resolved(start.period.shifted("year", -1), start.source), end
    return start, Resolved(end.period.shifted("year", 1), end.source)


def names_its_year(expression: Expression) -> bool:
    """Is this a month or a day told with its year ("July 6, 2023", "June 2023"), not a year alone?"""
    return isinstance(expression, Named) and expression.year is not None and expression.month is not None


# What stands between a date and a year told after it as its own: "July 6 in 2023", "from May to August in 2022".
_YEAR_AFTER = re.compile(r",?\s+in\s+")


def year_told_after(text: str, date: tuple[int, int], year: tuple[int, int], expression: Expression) -> bool:
    """Is `expression`, at `year` (character offsets in `text`), a year alone told after the date at `date` as the
    year of that date: "on July 6 in 2023", "from May to August in 2022"?"""
    alone = isinstance(expression, Named) and expression.year is not None and expression.month is None
    return alone and bool(_YEAR_AFTER.fullmatch(text[date[1] : year[0]]))


def in_year_of_end(start: Resolved, end: Resolved) -> Resolved:
    """The start of a range that only its end names the year of: the last of its date on or before the end's last day
    ("from July 3 to July 6, 2023" starts in 2023, as does "from July 3 to July 2023"; "from Dec. 28 to Jan. 3,
    2024" in 2023). Its year is relayed from the end, as another date's is."""
    moved = start.period.shifted("year", end.period.start.year - start.period.start.year)
    last_day = end.period.shifted(end.period.precision, 1).start - timedelta(days=1)
    if moved.start > last_day:
        moved = moved.shifted("year", -1)
    return Resolved(moved, relayed(end.source))
