"""Nouns for events by how news dates them: set on a calendar ahead of their day, or happening unannounced."""

from app.vocabulary.calendar import HOLIDAY_NAMES

# Events set on a calendar ahead of their day, by lemma: a day's one ("Friday's report", "Saturday's game") that a
# verb looks ahead to is still to come, where a happening's ("Sunday's fire will cost millions") has come and gone.
# Figures published on a calendar are among them: "will watch Tuesday's factory data" ("datum" is the lemma the
# tagger gives "data").
SCHEDULED_EVENTS = frozenset(
    {"report", "meeting", "game", "match", "hearing", "session", "summit", "auction", "debate", "talks", "ceremony"}
    | {"deadline", "vote", "ballot", "election", "referendum", "kickoff", "draw", "final", "strike", "walkout"}
    | {"data", "datum", "figure", "release", "speech", "testimony", "parade"}
    # A court's and a table's sittings, set by a court or the parties: "is due to begin deliberations on Monday".
    | {"trial", "inquest", "sentencing", "deliberation", "negotiation"}
)
# Scheduled events whose "for" names the period they cover, not their day: "the jobs report for April", "the
# figures for March".
COVERING_EVENTS = frozenset({"report", "data", "datum", "figure"})
# Records made of a period once it is over, by lemma ("minutes" is "minute", "statistics" "statistic"), and the verbs,
# by lemma, by which one tells what it holds: told in the present, the period is one gone by ("The audit covers
# July", "The figures, which cover January to June, show a fall"), not one a schedule names ahead.
RECORDS = COVERING_EVENTS | {
    "audit", "survey", "study", "review", "inspection", "inquiry", "analysis", "statistic", "account", "minute",
    "census", "poll", "finding", "result", "index", "record",
}  # fmt: skip
RECORD_VERBS = frozenset(
    {"cover", "span", "examine", "review", "analyse", "analyze", "show", "find", "reveal", "detail", "describe"}
    | {"document", "chart", "track", "highlight", "cite"}
)
# Happenings no one sets a day for, by lemma, a hyphenated one's parts joined ("hit-and-run"): news tells of one once
# it has happened, so the day of one that a present follows is gone by ("is in hospital after a crash at the
# weekend"). Not the weather, which forecasts name ahead ("after a storm at the weekend" may be to come).
INCIDENTS = frozenset(
    {"accident", "attack", "assault", "blaze", "brawl", "burglary", "collapse", "collision", "crash", "death"}
    | {"derailment", "explosion", "fire", "killing", "landslide", "landslip", "murder"}
    | {"outage", "outbreak", "raid", "riot", "robbery", "shooting", "spill", "stabbing", "theft", "disappearance"}
    | {"hit-and-run", "break-in", "pile-up"}
)
# What befalls people, by lemma of the participle: news tells it in the present passive of what has just happened
# ("A man is arrested on Monday", "Two climbers are rescued on Sunday"), never of a schedule.
BEFALLINGS = frozenset(
    {"arrest", "detain", "charge", "kill", "injure", "hurt", "wound", "rescue", "shoot", "stab", "attack", "rob"}
    | {"evacuate", "hospitalise", "hospitalize", "find"}
)
# Nouns of a happening foreseen, by lemma, whose incident may be to come: "warnings of a riot on Friday", "fears of an
# attack on Saturday", where "witnesses of a collision on Tuesday" tell of one gone by.
FORESEEING = frozenset(
    {"warning", "warn", "threat", "fear", "risk", "danger", "prospect", "possibility", "alert", "plot"}
)
# Words that make one of those an event set ahead after all, by lower case: "after the planned outage on Saturday",
# "after a controlled explosion on Sunday", "after a mock crash on Saturday" may all be to come.
ARRANGED = frozenset({"planned", "scheduled", "controlled", "mock", "staged", "simulated"})
# Words of a procession, and the words for what one celebrates before them: "Harlow Pride Parade", "the Victory
# March", "the St Ann's Day Parade" name an event, where "Harlow Parade" or "Marsh Walk" names a street.
PROCESSION_WORDS = frozenset(["parade", "march", "procession"])
CELEBRATIONS = (
    frozenset(
        ["pride", "carnival", "victory", "remembrance", "memorial", "anniversary", "jubilee", "homecoming", "day"]
        + ["independence", "unity", "peace", "freedom"]
    )
    | HOLIDAY_NAMES
)
# Verbs by which a court holds a defendant over to the next hearing, by lemma, whose day they name after "until": "was
# remanded in custody until Thursday", "was bailed until Monday". Not a verb of holding alone, whose stretch may be
# over: "was held in custody until Monday".
HOLDING_OVER = frozenset({"remand", "bail"})
# Prepositions of the grounds for what a clause tells, before an incident: "is suing over a crash on Friday", "faces a
# fine for a spill on Tuesday". "For" is as often of what is awaited, so a caller counts it only after a verb that does
# not wait: not "are preparing for a power outage on Friday".
GROUNDS = "over"
GROUNDS_AFTER_A_VERB = "for"
# Words straight before a street's name in an address ("a shop on Peace Parade", "in Jubilee Parade"): a procession
# takes an article there ("on the Peace Parade").
ADDRESS_PREPOSITIONS = frozenset(["on", "in", "at", "off", "along", "near"])
