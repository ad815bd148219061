"""Ordinal numbers written as words, as news spells them out: "the eighth day", "its twenty-first year"."""

_ORDINAL_ONES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_TEENS = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# Every ordinal word from "first" to "ninety-ninth", and "hundredth", in lower case.
ORDINAL_WORDS = frozenset(
    {*_ORDINAL_ONES, *_ORDINAL_TEENS, *(tens[:-1] + "ieth" for tens in _TENS), "hundredth"}
    | {f"{tens}-{ones}" for tens in _TENS for ones in _ORDINAL_ONES}
)
# The same as a pattern, longest first, in lower case (callers compile it case-insensitively where needed).
SPELLED_ORDINAL = "(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"
