"""Datelines: the place, and perhaps the agency, that a wire story opens with ("OSLO 2003-04-17",
"DENVER (Agency) -", "TULSA, Okla., Jun 5 -", "Lagos (Agency) — Crowds ...").

The page cleaner asks whether a line opens the story (`opens_story`); the extractors ask which place it names
(`dateline_places`), where the story starts after it (`story_start`), what date it gives (`dateline_date`) and which
wire it credits (`dateline_credit`). All read the same parts, defined once here.
"""

import functools
import re

from app.vocabulary.calendar import MONTH_ANY, WEEKDAY
from app.vocabulary.capitals import initials

# The words English place names open or end with ("Port Elin", "Fort Sim", "Cedar Falls", "Elm Springs"), compared
# without dots: a dateline printed on its own line is built of them, a person's name hardly ever ('Hill', 'Park',
# 'Rivers', 'Lake', 'Bay', 'Beach' and 'Parish' end surnames, 'Glen' opens given names, and are left out).
PLACE_OPENERS = frozenset(
    ["port", "fort", "ft", "mount", "mt", "lake", "san", "santa", "los", "las", "saint", "st", "north", "south", "east",
     "west", "upper", "lower", "new"]
)  # fmt: skip
PLACE_ENDS = frozenset(
    ["city", "town", "township", "village", "county", "borough", "harbor", "harbour", "falls",
     "springs", "heights", "valley", "island", "islands", "creek", "junction", "crossing", "landing"]
)  # fmt: skip
# A region abbreviated, as a dateline gives it after its place and a comma: "Ore.", "N.Y.".
ABBREVIATED_REGION = r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}"
_PLACE = r"[A-Z][A-Z.'’ -]*[A-Z.]"  # in capitals: "NEW YORK", "ST. PAUL", "PORT-AU-PRINCE"
_REGION = r"[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*?"  # after a comma: "Okla.", "CALIF.", "South Africa"
# A place in ordinary case is a dateline only before an agency: "Lagos (Agency)"; alone it is any sentence's start.
_TOWN = r"[A-Z][A-Za-z.,' ]{1,40}?"
_AGENCY = r"\([A-Z][A-Za-z.& ]{0,30}\)"
_DASH = r"[—–-]{1,2}"
# A dash as the tokenizer splits it off: after a wire's credit in brackets ("OSTBY (Wire) - ...", "Tarrow Group
# (Wire) -- ..."), or between two names.
DASHES = frozenset({"-", "--", "—", "–"})
# The most words of a place a dateline names ("RIO DE JANEIRO", "SALT LAKE CITY", "BANDAR SERI BEGAWAN"); a line of
# more words in capitals is a headline.
_PLACE_WORDS = 4

# The place in capitals (with its region) before what follows it in a dateline: a date, an agency, a dash, a
# comma, or the line's end.
_NAMED_PLACE = re.compile(
    rf"^(?P<place>{_PLACE})(?:\s*,\s*(?P<region>{_REGION}))?\s*(?: \.)?"
    rf"(?=,|\(|[-—–]|\d{{4}}-\d\d-\d\d|{MONTH_ANY}\.? \d|$)"
)
_DATE_START = re.compile(r"\d{4}-\d\d-\d\d|$")
# A day as a dateline gives it after its place (and region), as the wires print it: "Tuesday", "March 3", "March 3,
# 2031", "5 June 1990", "2031-03-03". The one description every reader of a dated dateline uses.
_DAY = (
    rf"(?:{WEEKDAY}|{MONTH_ANY}\.?\s\d{{1,2}}(?:,?\s\d{{4}})?|\d{{1,2}}\s{MONTH_ANY}\.?(?:\s\d{{4}})?"
    rf"|\d{{4}}-\d\d-\d\d)"
)
_DATE = re.compile(_DAY)


def _dateline_day(group: str) -> str:
    """A dateline's date, one day or two ("Tuesday, March 3"), in the named group: the day the story was written."""
    return rf"\s*,?\s*(?P<{group}>{_DAY}(?:,?\s*{_DAY})?)"


# A dateline that opens the story's text, dated or not: an agency in brackets, or a place in capitals and a spaced
# dash. Each alternative names its date (a name is given once in a pattern).
_STORY_OPENING = re.compile(
    rf"^(?:{_TOWN}(?:{_dateline_day('town_date')})?\s*)?{_AGENCY}\s*(?:{_DASH}\s*)?[A-Z]"
    rf"|^{_PLACE}(?:\s*,\s*{_REGION})?(?:{_dateline_day('date')})?\s*(?:\([^)]{{1,30}}\))?\s+{_DASH}\s"
)


def _dateline(line: str) -> re.Match[str] | None:
    """The dateline opening the story's text on a line, not a body with its initials (see `_dated`), else None."""
    match = _STORY_OPENING.match(line)
    return match if match is not None and _dated(match.group(0)) else None


def dateline_date(line: str) -> tuple[int, int] | None:
    """Where the date of the dateline opening a line lies ("VELMORA, Aug. 10 (Wire) - ..."), else None."""
    match = _dateline(line)
    if match is None:
        return None
    group = "date" if match.group("date") else "town_date"
    return match.span(group) if match.group(group) else None


def place_shaped(first: str, last: str) -> bool:
    """Whether a name's first and last words (lower case) are a place's: "Port Elin", "Cedar Falls"."""
    return first.rstrip(".") in PLACE_OPENERS or last in PLACE_ENDS


def opens_story(line: str) -> bool:
    """Whether the line begins with a dateline and the story's text after it ("CITY (Agency) — The ...")."""
    return _STORY_OPENING.match(line) is not None


# Asked once for each subject of each cue of a paragraph, of the same line: read once a paragraph. A few dozen lines
# cover the paragraphs an article's quotes are read in together; more would only hold lines never asked again.
@functools.lru_cache(maxsize=64)
def story_start(line: str) -> int:
    """Where the story's text begins after the dateline opening a line ("CITY (Agency) — The ..."), else 0."""
    match = _dateline(line)
    if match is None:
        return 0
    end = match.end()
    return end - 1 if line[end - 1].isupper() else end


def dateline_brackets(line: str) -> str | None:
    """What the brackets of the dateline opening a line hold ('Kessock Press' in "OLVEY (Kessock Press) — The ...",
    'Ore.' in "DUNMORROW (Ore.) — ..."), where the line opens the story so; else None. Whether it names an agency is
    the caller's to judge: a region, a note ('Updated') or an organisation's initials are printed there too."""
    match = _dateline(line)
    if match is None:
        return None
    held = re.search(r"\(([^)]*)\)", match.group(0))
    return held.group(1).strip() if held else None


# A wire's initials in brackets between a place in capitals (with its region) and a dash: "OLVEY (HW) — The ...", as
# the wires print their datelines. An organisation's initials follow its name in ordinary words or run on into the
# sentence with no dash ("OLVEY HARBOUR TRUST (OHT) Chairman ..."). Two to four letters, as wires' initials run.
_INITIALS_DATELINE = re.compile(rf"^{_PLACE}(?:\s*,\s*{_REGION})?\s*\((?P<initials>[A-Z]{{2,4}})\)\s*{_DASH}\s")


# The postal codes of Australia's states and its northern territory, which regional news writes in brackets after a
# town's name ("Kelby (NSW)", "Ostby (Qld)"): the state, and the town a place, however the tagger read them. Not the
# capital territory's "(ACT)", a New Zealand party's label after a person's name as often. Compared in capitals.
AUSTRALIAN_STATES = frozenset(["NSW", "QLD", "SA", "TAS", "VIC", "WA", "NT"])
# The postal codes of the states, provinces and territories of the countries whose papers print them in a dateline's
# brackets ("BRAYFORD (IL) —", "KELLOWAN (NSW) —"): the United States', Canada's and Australia's, as their post
# offices list them. Pennsylvania's 'PA' is also a British wire's initials; in brackets it is read as the state.
REGION_CODES = AUSTRALIAN_STATES | frozenset(
    [
     "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
     "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
     "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AB", "BC", "MB", "NB", "NL", "NS",
     "NT", "NU", "ON", "PE", "QC", "SK", "YT", "ACT",
    ]
)  # fmt: skip


# The initials papers print for a country the alias table names only in full ('Jane Roe (NZ)'). Curated, not made
# from the countries' names: those would take in wires' and broadcasters' initials ('TT', 'DR', 'ET', 'SI').
COUNTRY_INITIALS = frozenset(["NZ", "PNG", "PRC", "ROK", "DPRK", "KSA"])


def dateline_initials(line: str) -> str | None:
    """The initials in brackets of a dateline opening a line ('HW' in "OLVEY (HW) — The ..."), else None; not those
    the words in capitals before them spell, an organisation's ("OLVEY HARBOUR TRUST (OHT) — The trust ..."), nor a
    state's or province's code ("BRAYFORD (IL) —")."""
    match = _INITIALS_DATELINE.match(line)
    if match is None or match["initials"] in REGION_CODES:
        return None
    before = line[: match.start("initials")].split()
    spelt = initials(word for word in before if word.isalpha())
    return None if spelt.endswith(match["initials"]) else match["initials"]


# A wire credited in a dateline, dated or not: in the brackets before its dash ("OLVEY, May 3 (HWN) — The ..."), or
# by its initials alone before the dash ("HWN — The ..."), as wire copy opens.
_CREDITING_DATELINE = re.compile(r"^(?:[A-Z][^()]{0,60}\((?P<held>[^()]+)\)|(?P<bare>[A-Z]{2,5}))\s*(?:[—–]|-\s)")


def dateline_credit(line: str) -> str | None:
    """The wire a line's opening dateline credits, in brackets or alone before its dash ('HWN' in "OLVEY, May 3
    (HWN) — The ..." and in "HWN — The ..."), else None."""
    match = _CREDITING_DATELINE.match(line)
    return (match["held"] or match["bare"]) if match else None


def _dated(opening: str) -> bool:
    """Whether a line's opening is a dateline, not a body with its initials: a place in ordinary case before
    brackets is one only with the dash after them ("Portvale (Agency) — Crowds", but "The Harlow Water Board (HWB)
    Monday said")."""
    place = opening.split("(")[0]
    # The dash looked for follows the brackets (and the date): an ISO date's hyphens are no dash.
    return re.search(_DASH, opening.rpartition(")")[2]) is not None or place == place.upper()


def dateline_places(text: str) -> list[tuple[int, int]]:
    """The place (and region) a line's opening dateline names, as character ranges of the line."""
    match = _NAMED_PLACE.match(text)
    rest = text[match.end() :] if match else ""
    # A line all in capitals after its "dash" is a headline ("SPORT - TEAM WINS"), not a dateline; so is one
    # whose "place" holds a spaced dash (the headline ran to the line's end).
    if match is None or (rest.upper() == rest and not _DATE_START.match(rest.lstrip())) or " - " in match["place"]:
        return []
    if len(match["place"].split()) > _PLACE_WORDS:  # a headline in capitals that ran to the line's end
        return []
    return [match.span(group) for group in ("place", "region") if match.group(group)]


def is_dated_dateline(text: str) -> bool:
    """Whether the line is a dateline that gives its date after the place ("OSLO 2031-04-17"): of a story's first
    lines that read as datelines, this one is; a short headline in capitals above it ("UNREST IN KELVO .") is not."""
    match = _NAMED_PLACE.match(text)
    return match is not None and bool(dateline_places(text)) and _DATE.match(text[match.end() :].lstrip()) is not None
