"""A date restated: "on May 4, the day before the vote," names one day twice, and so does "Friday was the eighth
day of the strike".

The phrase set off by the comma counts from an event ("the day before the vote"), or from nothing the text gives,
not from the date before it: it is that date, described again. A count of days is that date only where its
sentence equates the two, the verb alone between them: in "the strike began on Oct. 1 and this is its eighth
day", the eighth day is no restatement of Oct. 1.
"""

import re

_COMMA = re.compile(r"\s*,\s*")
_EQUATING = re.compile(r"\s+(?:is|was|marks|marked)\s+", re.IGNORECASE)
# "The day before" or "after" with the words of an event after it, to the clause's end: not a conjunction that goes on
# to another clause, nor a "that" standing for what was told before ("the day after that, ...").
_BEFORE_OR_AFTER = re.compile(r"\b(?:before|after)$", re.IGNORECASE)
_EVENT_NAMED = re.compile(r"\s+(?!(?:and|or|but|then)\b|that\b(?!\s+\w))(\w[^,.;:!?\"“”]*)")


def in_apposition(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Does the date at `second` restate the one at `first` (character offsets in `text`), set off by a comma?"""
    return bool(_COMMA.fullmatch(text[first[1] : second[0]]))


def equated(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Does a verb of being alone stand between the date at `first` and the one at `second`: "Friday was ..."?"""
    return bool(_EQUATING.fullmatch(text[first[1] : second[0]]))


def event_named(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where the words are of the event that the day or month at `span` counts from ("the day after the election"),
    not the date told before it ("left the day after"); None where it counts from that date."""
    named = _EVENT_NAMED.match(text, span[1]) if _BEFORE_OR_AFTER.search(text, span[0], span[1]) else None
    return named.span(1) if named else None
