"""Date expressions read by one rule and resolved against a reference, straight from the rules and the resolver."""

from datetime import date

from app.extract.date_forms import RULES, Expression
from app.extract.date_values import Context, Period, Resolved, resolve


def published(day: date) -> Context:
    return Context(Resolved(Period(day, "day"), "published"))


def read(rule: str, text: str) -> Expression | None:
    return {each.name: each for each in RULES}[rule].parse(text, 0, len(text))


def value(expression: Expression | None, context: Context) -> str | None:
    assert expression is not None
    resolved = resolve(expression, context)
    return resolved.period.iso() if resolved else None
