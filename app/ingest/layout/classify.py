"""Labelling each line with the part of the page it belongs to."""

from enum import Enum

from app.ingest.layout.byline import credit_line
from app.ingest.layout.captions import is_caption, is_credit
from app.ingest.layout.chrome import is_boilerplate, is_chrome, is_separator
from app.ingest.layout.dates import is_date_line, is_founding_line
from app.ingest.layout.lines import Line
from app.ingest.layout.masthead import is_site_control
from app.ingest.layout.notes import is_story_note


class Kind(Enum):
    SEPARATOR = "separator"
    CREDIT = "credit"
    CAPTION = "caption"
    BYLINE = "byline"
    DATE = "date"
    BOILERPLATE = "boilerplate"
    CHROME = "chrome"
    NOTE = "note"
    HEADLINE = "headline"
    TEXT = "text"


def classify(lines: list[Line], i: int) -> Kind:
    line = lines[i]
    checks = (
        (Kind.SEPARATOR, is_separator),
        (Kind.CREDIT, is_credit),
        (Kind.BYLINE, lambda _: credit_line(lines, i) is not None),
        (Kind.CAPTION, lambda _: is_caption(lines, i)),
        (Kind.DATE, lambda ln: is_date_line(ln) or is_founding_line(ln)),
        (Kind.BOILERPLATE, is_boilerplate),
        (Kind.CHROME, lambda ln: is_chrome(ln) or is_site_control(ln)),
        (Kind.NOTE, lambda _: is_story_note(lines, i)),
        (Kind.HEADLINE, lambda ln: ln.headline_shaped and not ln.prose),
    )
    return next((kind for kind, test in checks if test(line)), Kind.TEXT)


def classify_all(lines: list[Line]) -> list[Kind]:
    return [classify(lines, i) for i in range(len(lines))]


# Page furniture: a share bar, a listen button or a photo credit between the headline and the byline puts the
# byline no further off.
FURNITURE = frozenset({Kind.CHROME, Kind.BOILERPLATE, Kind.CREDIT, Kind.CAPTION})


def index_below(kinds: list[Kind], anchor: int, count: int, skip: int | None = None) -> int:
    """The index `count` lines below `anchor`, furniture lines not counted (the first `skip` of them, if given)."""
    i = anchor
    while count > 0 and i + 1 < len(kinds):
        i += 1
        skipped = kinds[i] in FURNITURE and (skip is None or skip > 0)
        skip = skip - 1 if skipped and skip is not None else skip
        count -= not skipped
    return i
