"""Date expressions resolved against a reference, read straight from the rules and the resolver."""

from datetime import date

import pytest

from app.extract.date_forms import RULES, Expression
from app.extract.date_values import Context, Period, Resolved, resolve

SUNDAY = date(2021, 3, 14)  # the last day of ISO week 10
SATURDAY = date(2021, 3, 13)


def published(day: date) -> Context:
    return Context(Resolved(Period(day, "day"), "published"))


def read(rule: str, text: str) -> Expression | None:
    return {each.name: each for each in RULES}[rule].parse(text, 0, len(text))


def value(expression: Expression | None, context: Context) -> str | None:
    assert expression is not None
    resolved = resolve(expression, context)
    return resolved.period.iso() if resolved else None


def test_last_week_on_a_sunday_is_the_week_that_ends_that_day() -> None:
    assert value(read("relative_week", "last week"), published(SUNDAY)) == "2021-W10"


def test_last_week_on_a_saturday_is_the_week_before() -> None:
    assert value(read("relative_week", "last week"), published(SATURDAY)) == "2021-W09"


@pytest.mark.parametrize(
    ("rule", "text", "week"),
    [("weekend", "last weekend", "2021-W09"), ("relative_week", "this week", "2021-W10")],
)
def test_on_a_sunday_other_weeks_keep_the_iso_count(rule: str, text: str, week: str) -> None:
    assert value(read(rule, text), published(SUNDAY)) == week
