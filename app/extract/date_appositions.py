"""A date restated in apposition: "on May 4, the day before the vote," names one day twice.

The phrase set off by the comma counts from an event ("the day before the vote"), or from nothing the text gives,
not from the date before it: it is that date, described again.
"""

import re

_COMMA = re.compile(r"\s*,\s*")


def in_apposition(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Does the date at `second` restate the one at `first` (character offsets in `text`), set off by a comma?"""
    return bool(_COMMA.fullmatch(text[first[1] : second[0]]))
