"""Numbers written as words, as news spells them out: counts ("two years", "a couple of weeks"), tens and ones
("nineteen eighty-four" is read from them) and ordinals ("the eighth day", "its twenty-first year")."""

# The counts news writes out before a unit of time, with their values.
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "a couple of": 2, "couple of": 2,
}  # fmt: skip
TENS = {
    "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
ONES = {
    word: value
    for value, word in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], 1)
}

_ORDINAL_ONES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_TEENS = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth",
)  # fmt: skip
_TENS = tuple(word for word in TENS if word != "ten")

# Every ordinal word from "first" to "ninety-ninth", and "hundredth", in lower case, with its number.
ORDINAL_NUMBERS = (
    {word: value for value, word in enumerate(_ORDINAL_ONES, 1)}
    | {word: value for value, word in enumerate(_ORDINAL_TEENS, 10)}
    | {tens[:-1] + "ieth": TENS[tens] for tens in _TENS}
    | {f"{tens}-{ones}": TENS[tens] + value for tens in _TENS for value, ones in enumerate(_ORDINAL_ONES, 1)}
    | {"hundredth": 100}
)
ORDINAL_WORDS = frozenset(ORDINAL_NUMBERS)
# The same as a pattern, longest first, in lower case (callers compile it case-insensitively where needed).
SPELLED_ORDINAL = "(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"
# Nouns an ordinal ranks by ("fifth place", "a third straight win"): an ordinal before them after a month ("by June
# fifth place was secure") is no day of it.
RANKED_BY = ("place", "round", "straight", "consecutive", "seed", "spot")

# Nouns that take a number for a name, which a year's digits after one are ("Flight 2025", "Route 1960", "Room
# 2001"): the things of travel and of a building, and a number itself. (Not "unit", "lot" or "exit", whose year may
# be one: "the unit 2019 results".)
NUMBERED_NOUNS = frozenset(
    ["flight", "route", "highway", "interstate", "bus", "train", "platform", "gate", "terminal", "pier", "room"]
    + ["suite", "apartment", "channel", "no.", "number"]
)
