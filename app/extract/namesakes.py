"""Which of the people sharing a surname a lone use of it stands for; entities and speakers both ask."""

from collections.abc import Sequence
from typing import TypeVar

# Where a mention is: a mention's index (grouping) or its paragraph and token numbers (speakers).
Position = TypeVar("Position", int, tuple[int, int])


def person_key(full_name: str) -> str:
    """Who a full name names among namesakes: its given name, so a middle name or initial does not make another
    person ("Jane Roe", "Jane Q. Roe")."""
    return full_name.split()[0].casefold()


def stands_for(
    namesakes: Sequence[tuple[str, Position]], mentions: Sequence[tuple[str, Position]], at: Position
) -> str:
    """The person (`person_key`) a lone surname used `at` stands for, of the namesakes named in full (person,
    where). A story keeps the lone surname for the one it is about and names the other in full or by given name:
    of the namesakes named before it, the one mentioned most so far (`mentions`: person, where); with none before
    it (a headline), the one named in full most; the first named on a tie."""
    in_order = sorted(namesakes, key=lambda namesake: namesake[1])
    before = [person for person, where in in_order if where < at]
    named = [person for person, _ in in_order]
    counted = [person for person, where in mentions if where < at] if before else named
    return max(dict.fromkeys(before or named), key=counted.count)  # max keeps the first of equals
