"""The tense in which a sentence speaks of a date: "will meet Monday" looks ahead, "met Monday" back.

Only a date that modifies its clause's verb takes the verb's tense: "second-quarter sales will look weak"
speaks of a quarter past, however the verb looks ahead.
"""

from typing import Literal

from spacy.tokens import Doc, Token

Tense = Literal["past", "present", "future"]

_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "shall", "wo"})
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
_ADVERBIAL = frozenset({"pobj", "prep", "npadvmod", "advmod", "pcomp", "nummod", "conj", "cc", "tmod", "compound"})
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
        if any(child.dep_ in ("aux", "auxpass") and child.lower_ in _FUTURE_AUXILIARIES for child in verb.children):
            return True
        if verb.lemma_ in _PLANNING and verb.tag_ == "VBN":  # "is scheduled for", "was expected on"
            return True
        if verb.dep_ != "xcomp" or verb.head is verb:
            return False
        if verb.head.lemma_ in _FUTURE_FRAMES and any(child.lower_ == "to" for child in verb.children):
            return True
        verb = verb.head


def _governing_verb(token: Token) -> Token | None:
    for _ in range(_HOPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token or token.dep_ not in _ADVERBIAL:
            return None
        token = token.head
    return None
