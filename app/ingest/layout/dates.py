"""Publication dates stated on a page, and founding dates that are not."""

import re
from datetime import date

from app.ingest.layout.lines import Line
from app.vocabulary.calendar import MONTH_ANY, WEEKDAY, month_number

_MONTH = f"({MONTH_ANY})"
_MONTH_FIRST = re.compile(_MONTH + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"\.?,?\s+(\d{4})", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_FOUNDING = re.compile(r"\b(?:est\.?|estd\.?|established|founded|since)\s*(?:in\s+)?$", re.IGNORECASE)
_STATED = re.compile(r"\b(published|posted|updated|original|first published|last updated)\b", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(published|posted|original)\b", re.IGNORECASE)


def _make(year: str, month: int, day: str) -> date | None:
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def _dates_with_start(text: str) -> list[tuple[int, date]]:
    found: list[tuple[int, date | None]] = []
    found += [(m.start(), _make(m[3], month_number(m[1]), m[2])) for m in _MONTH_FIRST.finditer(text)]
    found += [(m.start(), _make(m[3], month_number(m[2]), m[1])) for m in _DAY_FIRST.finditer(text)]
    found += [(m.start(), _make(m[1], int(m[2]), m[3])) for m in _ISO.finditer(text)]
    for m in _DOTTED.finditer(text):
        first, second = int(m[1]), int(m[2])
        # Day-first unless that is impossible (US sites write 12.24.2031, month first).
        day, month = (second, first) if second > 12 else (first, second)
        found.append((m.start(), _make(m[3], month, str(day))))
    return sorted((pos, d) for pos, d in found if d is not None)


def stated_dates(text: str) -> list[date]:
    """Dates in the text, in order, leaving out founding dates ('Est. March 3, 1901')."""
    return [d for pos, d in _dates_with_start(text) if not _FOUNDING.search(text[:pos])]


def is_founding_line(line: Line) -> bool:
    """A masthead's 'Est. 1887': a story sentence saying 'since 2016' is no founding line."""
    if line.prose:
        return False
    return any(_FOUNDING.search(line.text[:pos]) for pos, _ in _dates_with_start(line.text)) or bool(
        re.search(r"\b(?:est\.?|established|founded|since)\s+\d{4}\b", line.text, re.IGNORECASE)
    )


_STAMP = re.compile(r"^(?:(?:first|last) )?(?:published|updated|posted|modified)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"^(?:(?:published|updated|posted)\b.{0,40}\b)?(?:\d+|an?) (?:minute|hour|day|week)s? ago$", re.IGNORECASE
)
_CALENDAR_WORD = re.compile(f"{MONTH_ANY}|{WEEKDAY}", re.IGNORECASE)
# What a date stamp is made of besides the date: 'Updated 5:08 pm EST, Friday, April 9', '3 hours ago'.
_STAMP_WORD = re.compile(
    r"[ap]\.?m|[ecmpa][sd]t|[ecmp]t|hst|gmt|utc|bst|cest?|ist|at|on|of|the|(?:second|minute|hour|day|week)s?|ago",
    re.IGNORECASE,
)

# A clock time alone on its line, maybe with its half of the day and its zone: a live page's stamp over each entry
# ('14:02', '9:15 am', '14:02 GMT'), not a line of the story; with a dot, as British pages write it, only with its
# half of the day ('9.45am'), as '9.45' alone is as likely a number.
_CLOCK_ALONE = re.compile(
    r"^(?:\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\.\d\d\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?$", re.IGNORECASE
)


def looks_dated(text: str) -> bool:
    """Nothing but a date and its stamp words, valid or not: 'Updated Feb 30, 2021', 'Posted 10:04 am'."""
    if not re.search(r"\d", text):
        return False
    rest = _STAMP.sub("", text)
    tokens = [t.rstrip(".") for t in re.findall(r"[^\W\d_][\w'’.]*", rest)]
    if not all(_CALENDAR_WORD.fullmatch(t) or _STAMP_WORD.fullmatch(t) for t in tokens):
        return False
    calendar = any(_CALENDAR_WORD.fullmatch(t) for t in tokens) or re.search(r"\d[./-]\d", rest)
    return bool(_STAMP.match(text) or calendar or is_clock_stamp(text))


def is_clock_stamp(text: str) -> bool:
    """A clock time alone: '14:02', '9:15 am', the dotted '9.45am', '14:02 GMT'."""
    return _CLOCK_ALONE.match(text) is not None


def is_date_line(line: Line) -> bool:
    """A short line whose job is to state a date (dateline stamps, 'Updated ...')."""
    if line.words > 18 or line.prose or is_founding_line(line):
        return False
    return bool(stated_dates(line.text)) or bool(_RELATIVE.match(line.text)) or looks_dated(line.text)


def published_date(lines: list[Line]) -> str | None:
    """ISO date from the header's date lines: 'Published'/'Posted' beats 'Updated' beats a bare date."""
    dated = [(line, stated_dates(line.text)) for line in lines if is_date_line(line)]
    dated = [(line, ds) for line, ds in dated if ds]
    for wanted in (_PUBLISHED, _STATED):
        for line, ds in dated:
            match = wanted.search(line.text)
            if match:
                later = stated_dates(line.text[match.start() :])
                return (later or ds)[0].isoformat()
    return dated[0][1][0].isoformat() if dated else None
