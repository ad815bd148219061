"""Which way a date without a year or week looks: reported futures and the parts of a range look ahead."""

from collections.abc import Callable
from typing import Any

import pytest

Extracted = Callable[..., list[dict[str, Any]]]

# A Thursday: "Friday" is 2019-03-08 looking back, 2019-03-15 looking ahead.
PUBLISHED = "2019-03-14"
# Late autumn, when a month named ahead lies in the next year.
AUTUMN = "2019-11-20"


def dates(extracted: Extracted, text: str, published: str = PUBLISHED) -> dict[str, str]:
    """date_text -> date of every event found."""
    return {event["date_text"]: event["date"] for event in extracted("timeline", text, published=published)}


@pytest.mark.parametrize(
    "text",
    [
        "The committee said it would vote on Friday.",
        "Inspectors would come back on Friday.",
        "The council said the report would be published on Friday.",
    ],
)
def test_a_reported_future_looks_ahead(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


def test_a_reported_past_looks_back(extracted: Extracted) -> None:
    assert dates(extracted, "The committee said it voted on Friday.") == {"Friday": "2019-03-08"}


def test_would_have_looks_back(extracted: Extracted) -> None:
    assert dates(extracted, "Officials said the trial would have started on Friday.") == {"Friday": "2019-03-08"}


@pytest.mark.parametrize(
    "text",
    [
        "The agency said it planned to reopen the bridge on Friday.",
        "The minister was expected to announce the plan on Friday.",
        "The board said the report was due to be published on Friday.",
        "The union said it was set to strike on Friday.",
        "The club said the match was scheduled to go ahead on Friday.",
    ],
)
def test_a_reported_plan_looks_ahead(extracted: Extracted, text: str) -> None:
    assert dates(extracted, text) == {"Friday": "2019-03-15"}


def test_a_range_due_ahead_keeps_its_order(extracted: Extracted) -> None:
    text = "Work on the depot is due to start in June and be finished by the end of September."
    assert dates(extracted, text, AUTUMN) == {"June": "2020-06", "the end of September": "2020-09"}


def test_a_range_told_in_the_past_stays_in_the_past(extracted: Extracted) -> None:
    text = "Work on the depot started in June and was finished by the end of September."
    assert dates(extracted, text, AUTUMN) == {"June": "2019-06", "the end of September": "2019-09"}


def test_a_verb_with_a_tense_of_its_own_does_not_share_the_future_it_is_joined_to(extracted: Extracted) -> None:
    text = "The depot will open in June and was approved by the council in September."
    assert dates(extracted, text, AUTUMN) == {"June": "2020-06", "September": "2019-09"}
