"""Words by which news reports that someone spoke: its verbs, by lemma, its nouns for what was said, and the
voices that speak for a body or a person."""

# Verbs that introduce or close reported speech ("Roe said", "added Roe"): a quotation beside one is the subject's.
CUE_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "recall",
        "declare",
        "add",
        "write",
        "read",
        "call",
        "explain",
        "note",
        "argue",
        "insist",
        "continue",
        "ask",
        "reply",
        "respond",
        "state",
        "claim",
        "warn",
        "announce",
        "tweet",
        "testify",
        "acknowledge",
        "admit",
        "describe",
        "suggest",
        "complain",
        "joke",
        "quip",
        "remark",
        "observe",
        "comment",
        "predict",
        "promise",
        "vow",
        "urge",
        "shout",
        "scream",
        "whisper",
        "cry",
        "exclaim",
        "boast",
        "concede",
        "counter",
        "recount",
        "allege",
        "assert",
        "charge",
        "maintain",
        "contend",
        "caution",
        "brag",
        "post",
        "label",
        "dub",
        "deem",
        "term",
        "lament",
        "demand",
        "report",
        "proclaim",
        "retort",
        "chant",
        "yell",
        "holler",
        "mutter",
        "wonder",
        "plead",
        "interject",
        "interrupt",
        "muse",
        "marvel",
    ]
)
# The forms of the commonest speech verbs as a story's paragraph attributes what it reports ('..., officials said.'),
# for rules that read a page's lines without parsing them.
REPORTING_FORMS = frozenset(["said", "says", "told", "tells", "added"])
# Verbs saying that someone spoke, or took a side ("Roe disagreed."), without saying what: the quotation that
# follows says it.
SPEAKING = frozenset(
    {"talk", "speak", "reminisce", "recall", "explain", "reflect", "disagree", "agree", "object", "respond", "reply"}
)
# Nouns for something said, whose owner said the words quoted in it ("Roe's claim that ...").
SPEECH_NOUNS = frozenset(
    [
        "claim",
        "statement",
        "remark",
        "comment",
        "word",
        "promise",
        "pledge",
        "warning",
        "argument",
        "assertion",
        "description",
        "message",
        "declaration",
        "tweet",
        "call",
        "accusation",
        "charge",
        "vow",
        "question",
        "answer",
        "response",
        "reply",
        "words",
        "remarks",
        "line",
        "mantra",
        "prediction",
        "forecast",
        "conclusion",
        "suggestion",
        "insistence",
        "contention",
        "allegation",
        "assurance",
        "verdict",
        "assessment",
    ]
)
# Nouns for what someone said back, whose source a story goes on to quote.
REACTION_NOUNS = frozenset(
    {"response", "reply", "rebuke", "retort", "criticism", "condemnation", "reaction", "pushback", "rebuttal"}
)
# Common nouns that speak for an organisation named after them ("a spokesman for the X", "a statement from X"), or
# for a person ("her office said", "Roe's office said": an official's staff speak in the office's name).
VOICES = frozenset(
    [
        "office",
        "representative",
        "representatives",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "statement",
        "release",
        "official",
        "officials",
        "aide",
        "aides",
    ]
)
# The voices that are people, whom a story may introduce by "the" alone ("The police spokesman said ..."): not an
# office or a document, which stand for whoever is behind them.
PERSON_VOICES = VOICES - {"office", "statement", "release"}
