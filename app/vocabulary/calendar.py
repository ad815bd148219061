"""Month and weekday names, as words and as patterns.

The patterns are written capitalised, as running text prints the names ("May" is a month, "may" a verb);
a caller that reads page furniture, where case says nothing, compiles them with `re.IGNORECASE`.
"""

from datetime import date, timedelta

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The abbreviations news prints, with their month; "May" has none, and September has two.
_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
    "Nov": 11, "Dec": 12,
}  # fmt: skip

# Every way a month is written, in lower case, with its number: "january" and "jan" are both 1.
MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)} | {
    short.lower(): number for short, number in _ABBREVIATIONS.items()
}
# The last word of a holiday's name ("Harvest Day", "Founders' Eve"): a day in the calendar, no person.
HOLIDAY_HEADS = frozenset(["day", "eve"])
# Prepositions that put a date after them ("on Harvest Day", "since Founders' Eve"), never a person.
TIME_PREPOSITIONS = frozenset(["on", "before", "after", "since", "until", "till"])
# With those that put a date after them as often as a person or a thing ("by Christmas", "by Jane Roe"): where the
# word after can only be a date ("Christmas"), any of them.
ANY_TIME_PREPOSITIONS = TIME_PREPOSITIONS | frozenset(["by", "at", "over", "during", "around", "for"])
# Words before a year written by its last two digits after an apostrophe: "in '98", "the class of '98", "since '98".
# After any other word the apostrophe may open a quote ("said '98 of them"), so only after these.
SHORT_YEAR_PREPOSITIONS = TIME_PREPOSITIONS | frozenset(["in", "of", "from", "by"])
# Words that close a year's phrase after it ("in '98 by the dockers' union", "in '98 when the yard shut"), where a
# quotation that opens with a count goes on with what is counted: "the loss of '12 jobs'".
SHORT_YEAR_CLOSERS = frozenset(
    ["by", "when", "after", "before", "and", "but", "as", "at", "during", "under", "with", "while", "until", "for"]
)
# Prepositions that make the period after them a stretch of time, measured from the time spoken of, not a date:
# "over the next month", "within the following week". Not "during" or "throughout", which name the period something
# happened in ("closed in 1998; during the following year its workers left" is 1999), nor "for", as often of the
# period figures are given for ("a forecast for the following year").
STRETCH_PREPOSITIONS = frozenset(["over", "within"])
# Days named from the day of writing.
RELATIVE_DAYS = ("today", "tonight", "tomorrow", "yesterday")
# The hours of the clock named by a word, as a timetable gives them with a day: "fires at noon on Friday".
CLOCK_WORDS = frozenset(["noon", "midday", "midnight"])
# The names written out in full, in lower case.
CALENDAR_WORDS = frozenset(name.lower() for name in (*MONTH_NAMES, *WEEKDAY_NAMES))


def _either(names: list[str]) -> str:
    # Longest first, so that "Sept" is tried before "Sep" where nothing after the name bounds it.
    return "(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"


MONTH_FULL = _either(list(MONTH_NAMES))
MONTH_SHORT = _either(list(_ABBREVIATIONS))
MONTH_ANY = _either([*MONTH_NAMES, *_ABBREVIATIONS])  # a month written out or shortened, without its dot
WEEKDAY = _either(list(WEEKDAY_NAMES))
# Shortened day names are dotted: "Tues. May 4".
WEEKDAY_SHORT = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\."
# A relative day as running text writes it, in lower case or opening a sentence.
RELATIVE_DAY = "(?:" + "|".join(f"[{day[0].upper()}{day[0]}]{day[1:]}" for day in RELATIVE_DAYS) + ")"


def month_number(word: str) -> int:
    """The month a name or abbreviation stands for, in any case, with or without its dot: "Sept." is 9."""
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(name: str) -> int:
    """The day a weekday's name stands for, counted as `date.weekday()` does: "Monday" is 0."""
    return [day.lower() for day in WEEKDAY_NAMES].index(name.lower())


# Holidays on the same day every year, as running text writes them, with their month and day ("New Year's Eve" is
# December 31). Not the movable ones (Easter, a Thanksgiving), nor a nation's own day, which differ by place. Written
# with a straight apostrophe; the patterns take a curly one too (`holiday_date`).
FIXED_HOLIDAYS = {
    "Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Christmas": (12, 25), "Boxing Day": (12, 26),
    "New Year's Eve": (12, 31), "New Year's Day": (1, 1), "Valentine's Day": (2, 14), "Halloween": (10, 31),
    "May Day": (5, 1), "New Year": (1, 1),
}  # fmt: skip
# Holidays whose name names the season's trade or parties as often as the day ("Christmas sales", "New Year
# celebrations", "Halloween costumes"): the day only after a preposition of time ("by Christmas", "after New Year").
SEASON_HOLIDAYS = frozenset(["Christmas", "Halloween", "New Year"])
# The forms of verbs whose object such a holiday is as a day kept: "celebrated Christmas with his family", "spent
# Christmas in hospital" (not "Christmas sales", "the Christmas party", where no verb comes before it).
KEEPING_A_DAY = frozenset(
    ["celebrate", "celebrates", "celebrated", "celebrating", "spend", "spends", "spent", "spending"]
)  # fmt: skip


def _holiday_pattern(names: list[str]) -> str:
    return _either([name.replace("'", "['’]") for name in names])


# The other holidays ("Christmas Eve", "Boxing Day") are the day wherever written.
HOLIDAY = _holiday_pattern([name for name in FIXED_HOLIDAYS if name not in SEASON_HOLIDAYS])
HOLIDAY_WORD = _holiday_pattern(sorted(SEASON_HOLIDAYS))


# Feasts and holidays named by one word, fixed or movable: "their Christmas party", "its Easter concert" say when, and
# name no place, whatever the tagger guessed.
HOLIDAY_NAMES = frozenset(
    ["christmas", "easter", "thanksgiving", "halloween", "hanukkah", "diwali", "ramadan", "eid", "passover", "advent",
     "whitsun", "pentecost", "hogmanay"]
)  # fmt: skip


def holiday_date(name: str) -> tuple[int, int]:
    """The month and day of a holiday as a pattern above found it, with either apostrophe."""
    return FIXED_HOLIDAYS[name.replace("’", "'")]


# The movable feasts of the Western churches, as running text names them, with their distance in days from Easter
# Sunday: "Good Friday" is two days before it, "Ascension Day" the fortieth day counting Easter Sunday as the first.
# Named by two words, so the day wherever written; "Easter" alone is as often the season ("the Easter holidays").
MOVABLE_FEASTS = {
    "Shrove Tuesday": -47, "Ash Wednesday": -46, "Palm Sunday": -7, "Maundy Thursday": -3, "Holy Thursday": -3,
    "Good Friday": -2, "Holy Saturday": -1, "Easter Sunday": 0, "Easter Day": 0, "Easter Monday": 1,
    "Ascension Day": 39, "Ascension Thursday": 39, "Pentecost Sunday": 49, "Whit Sunday": 49, "Whit Monday": 50,
    "Pentecost Monday": 50,
}  # fmt: skip
MOVABLE_FEAST = _either(list(MOVABLE_FEASTS))


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar, by the anonymous Gregorian computus (Meeus, "Astronomical
    Algorithms", ch. 8)."""
    golden = year % 19
    century, of_century = divmod(year, 100)
    leap_centuries, leap_rest = divmod(century, 4)
    correction = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap_centuries - correction + 15) % 30
    weekday = (32 + 2 * leap_rest + 2 * (of_century // 4) - epact - of_century % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def feast_date(name: str, year: int) -> date:
    """The day of a movable feast (`MOVABLE_FEASTS`) in that year."""
    return easter_sunday(year) + timedelta(days=MOVABLE_FEASTS[name])


# The parts of a period news names without a date of their own: "the early 1960s", "mid-May", "late 2019".
PERIOD_PARTS = ("early", "mid", "late")
# The words after "before" or "after" that count a period from its neighbour: "the weekend before last", "the week
# after next".
NEIGHBOURING_PERIODS = ("last", "next")
# Words that put the period they qualify ahead of the writing: "next week", "the coming month".
AHEAD_WORDS = frozenset(["next", "coming"])
# Verbs of a forecast, by lemma: the quarter or half they tell of is ahead, or just ended and not yet reported
# ("warned of a pullback in the first quarter", "expects first-quarter revenue", written in December). Not "see"
# nor "estimate", as often what a period brought or a figure put on it ("saw strong demand in the first quarter",
# "estimated first-quarter losses at $2 million").
FORECASTING = frozenset(["expect", "forecast", "predict", "project", "warn", "anticipate", "guide"])
# Nouns naming a period of the calendar, which "next" puts ahead ("next year's vote"), where it puts no other noun
# there ("her next film's premiere" may be long gone).
PERIOD_NOUNS = frozenset(["week", "weekend", "month", "quarter", "season", "year"])
# Nouns of works and vessels, by lemma, that bear a title: a holiday set off after one is that title ("the album, Palm
# Sunday,"). A list of what takes titles, not of what names a day, as a holiday set off after a noun of any other
# kind most often restates a day: "the deadline, Christmas Eve,", "the strike's start, New Year's Day,".
TITLED_WORKS = frozenset(
    ["album", "single", "song", "track", "hymn", "carol", "film", "movie", "documentary", "play", "musical", "opera",
     "ballet", "show", "series", "episode", "novel", "book", "poem", "memoir", "painting", "ship", "ferry", "yacht"]
)  # fmt: skip
# Verbs of a price or a market moving, by lemma: markets news tells the day's trading in the present ("Shares slip on
# Tuesday as oil climbs", "Copper edges higher on Wednesday"), of a day gone by or today, never of one ahead, as no
# schedule sets where a price goes. Not "open" nor "close", which a market's hours are scheduled by ("will close early
# on Thursday"), nor "hold" or "extend", as often a meeting held or a deadline extended.
MARKET_MOVES = frozenset(
    ["slip", "slide", "edge", "climb", "dip", "ease", "firm", "rally", "slump", "tumble", "gain", "jump", "surge",
     "sink", "plunge", "soar", "rebound", "retreat", "fall", "rise", "drop", "steady", "recover", "inch", "weaken",
     "strengthen", "advance", "decline", "skid", "sag", "wobble", "waver", "hover", "languish"]
)  # fmt: skip
# Verbs of a market's session, by lemma, and the words of where prices stood at its bounds: with one, the session is
# told as a move ("Stocks finish lower on Friday", "Shares end flat"); without, as hours kept ("closes early").
SESSION_VERBS = frozenset(["open", "close", "end", "finish"])
# Verbs of beginning, by lemma, whose gerund is the act begun: "begin trading on Friday", "resumes flying on Monday".
BEGINNING = frozenset(["begin", "start", "resume"])
# What markets trade and price, by lemma: the subjects whose move the present tells of the day's trading ("Shares slip",
# "The euro hovers", "Copper edges higher"), or what a price is of ("Oil prices rise", "the price of gold"). Not a
# charge or a reading, whose change the present tells ahead: "Rail fares rise on Monday" (set by whoever levies them),
# "Temperatures drop on Friday" (a forecast); nor a price alone, as often a charge: "Petrol prices rise on Monday".
MARKET_GOODS = frozenset(
    ["share", "stock", "equity", "bond", "gilt", "bund", "treasury", "yield", "spread", "index", "market",
     "bourse", "future", "currency", "dollar", "euro", "yen", "pound", "sterling", "franc", "yuan", "rupee", "peso",
     "rouble", "ruble", "oil", "crude", "gold", "silver", "copper", "platinum", "palladium", "aluminium", "aluminum",
     "zinc", "nickel", "metal", "wheat", "corn", "soybean", "grain", "cocoa", "coffee", "sugar", "cotton",
     "commodity", "bitcoin"]
)  # fmt: skip
# The names news gives a stock market or its index as the subject of a move in prices, in lower case, their numbers
# left out ("the FTSE 100" is "ftse"): "Wall Street rallies on Friday", "The Dow slips on Tuesday" tell the day's
# trading as "Shares slip" does, where another name's present may be a plan ("Harlow rallies on Friday": a match).
MARKET_NAMES = frozenset(
    ["wall street", "dow", "nasdaq", "ftse", "nikkei", "s&p", "dax", "cac", "topix",
     "kospi", "sensex", "stoxx", "tsx", "asx", "bovespa", "ibex", "jse"]
)  # fmt: skip
PRICE_LEVELS = frozenset(["higher", "lower", "up", "down", "flat", "mixed", "firmer", "weaker", "unchanged"])
# Verbs by which a period's results come out, by lemma: a day one of them is told on ("reported third-quarter profit on
# Tuesday") is when the figures were given, not what they are of.
RESULTS_GIVEN = frozenset(["report", "post", "announce", "release", "publish", "unveil", "issue", "say"])
# "The new year" is the one about to begin when written from October on, the one just begun until the end of March;
# between them it is neither surely (in May "until the new year" looks ahead, in September it may be Rosh Hashanah),
# and no value is given. A judgement of where news turns to the next year, not tuned on any set.
NEW_YEAR_AHEAD_FROM = 10
NEW_YEAR_BEGUN_UNTIL = 3
