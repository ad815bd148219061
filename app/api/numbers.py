"""Whole numbers in a request (ids, counts, page sizes), read only as plain digits."""

from typing import Annotated

from annotated_types import Ge, Le
from pydantic import BeforeValidator


def _digits_only(value: object) -> object:
    # One URL per item and per page: "/articles/01", "/articles/1.0", "/articles/+1" and "?limit=1_0" are not it.
    # "0" is in digits: the bounds refuse it ("must be at least 1").
    if isinstance(value, str) and not (value.isascii() and value.isdigit() and (value == "0" or value[0] != "0")):
        raise ValueError("must be a positive whole number written in digits")
    return value


# Whole numbers are written canonically, in plain digits (pydantic alone also reads "1.0", "+1" and "1_0").
_DIGITS = BeforeValidator(_digits_only)
Digits = Annotated[int, _DIGITS]
# A whole number from 1 up within SQLite's integers, in digits: an item's id (in a path or a query) or a count.
# The bounds come before the validator, so that the documentation gives them as `minimum` and `maximum`.
Id = Annotated[int, Ge(1), Le(2**63 - 1), _DIGITS]
