"""The tense in which a sentence speaks of a date: "will meet Monday" looks ahead, "met Monday" back.

Only a date that modifies its clause's verb takes the verb's tense: "second-quarter sales will look weak"
speaks of a quarter past, however the verb looks ahead.
"""

from typing import Literal

from spacy.tokens import Doc, Token

Tense = Literal["past", "present", "future"]

_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "shall", "wo"})
# The future of reported speech: "said it would vote on Thursday" ("would have voted" looks back instead).
_REPORTED_FUTURE = frozenset({"would"})
# Verbs of planning put what they govern ahead: "is scheduled for Monday", "was expected on Friday".
_PLANNING = frozenset({"schedule", "expect", "plan", "slate"})
# An infinitive under these looks ahead too: "is to meet", "is going to meet", "set to open Monday".
_FUTURE_FRAMES = _PLANNING | {"be", "go", "set", "due", "intend", "aim", "prepare"}
# Verbs whose past is spelled as their present ("hurt", "cut"): the tagger often takes the past for the present.
_SAME_IN_PAST = frozenset(
    {"hit", "hurt", "cut", "put", "set", "let", "cost", "shut", "quit", "spread", "bet", "cast", "split", "burst"}
    | {"thrust", "upset", "bid", "broadcast", "forecast", "read"}
)
# Links by which a date hangs from a verb as an adverbial ("on Monday", "Monday", "in May and June").
# ("agent": the parser takes "finished by the end of May" for a passive's "by" phrase.)
_ADVERBIAL = frozenset(
    {"pobj", "prep", "npadvmod", "advmod", "pcomp", "nummod", "conj", "cc", "tmod", "compound", "agent"}
)
# The tags of a verb or auxiliary that gives its clause a tense of its own ("and was finished"), unlike a bare
# infinitive, which shares the tense of the verb it is conjoined with ("will start in June and finish in May").
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_HOPS = 5


def tense_of(doc: Doc, start: int, end: int) -> Tense:
    """The tense of the verb that the characters `start:end` of `doc` modify (or of a verb it completes)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = _governing_verb(span.root) if span is not None else None
    if verb is None:
        return "past"
    if _looks_ahead(verb):
        return "future"
    present = verb.tag_ == "VBZ" or (verb.tag_ == "VBP" and verb.lower_ not in _SAME_IN_PAST)
    return "present" if present else "past"


def _looks_ahead(verb: Token) -> bool:
    while True:
        auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
        if any(child.lower_ in _FUTURE_AUXILIARIES or _reported_future(child) for child in auxiliaries):
            return True
        if verb.lemma_ in _PLANNING and verb.tag_ == "VBN":  # "is scheduled for", "was expected on"
            return True
        if verb.dep_ == "conj" and not _finite(verb, auxiliaries):
            verb = verb.head
            continue
        if verb.dep_ != "xcomp":
            return False
        if verb.head.lemma_ in _FUTURE_FRAMES and any(child.lower_ == "to" for child in verb.children):
            return True
        verb = verb.head


def _reported_future(auxiliary: Token) -> bool:
    """A modal "would" not followed by a perfect's "have": "would vote", not "would have voted"."""
    if auxiliary.tag_ != "MD" or auxiliary.lower_ not in _REPORTED_FUTURE:
        return False
    return not any(sibling.lemma_ == "have" and sibling.i > auxiliary.i for sibling in auxiliary.head.children)


def _finite(verb: Token, auxiliaries: list[Token]) -> bool:
    return verb.tag_ in _FINITE or any(child.tag_ in _FINITE for child in auxiliaries)


def _governing_verb(token: Token) -> Token | None:
    for _ in range(_HOPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.dep_ not in _ADVERBIAL:
            return None
        token = token.head
    return None
