"""Pairing quotation marks within one paragraph: straight, curly or mismatched, apostrophes left alone."""

import re
from dataclasses import dataclass
from enum import Enum

from app.vocabulary.furniture import EDITORS_NOTE, INTERVIEW_NOTE, KICKERS, SECTION_LABEL

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + '"'
SINGLE_OPEN = "‘‚‛"
SINGLE = SINGLE_OPEN + "’'"
MARKS = DOUBLE + SINGLE
# Characters after which a mark opens a quotation, and before which one closes it.
_OPENS_AFTER = "([{—–-/" + DOUBLE_OPEN + SINGLE_OPEN
_CLOSES_BEFORE = ".,;:!?)]}—–-/…" + DOUBLE_CLOSE + "’'\""
# A turn's speaker may carry a role after a comma ("JANE ROE, HOST:"), or a bracket after the name: a party tag
# ("SEN. JANE ROE (R-EASTPORT):", "JANE ROE (R), EASTPORT:"), or the name after a role ("MODERATOR (JANE ROE):").
# A role follows a full name only: one word and a comma is a place's or a note's ("WASHINGTON, D.C.:", "UPDATE,
# TUESDAY:"), and so are a name and a state's initials ("NEW YORK, N.Y.:"); a bracket holds a party or a full name,
# not a credit ("PHOTO (STAFF):").
_WORD = r"[A-Z][A-Z'.-]+"
_ROLE = rf"(?!(?:[A-Z]\.)+:)(?:{_WORD} ){{0,2}}{_WORD}"
_BRACKET = rf"\((?:[DRI](?:-[A-Z][A-Za-z. ]*)?|(?:{_WORD} )+{_WORD})\)"
_TURN = re.compile(
    rf"[\"“”]?(?:(?:{_WORD} ){{1,3}}{_WORD}, {_ROLE}|(?:{_WORD} ){{0,3}}{_WORD}(?: {_BRACKET}(?:, {_ROLE})?)?): +(?=\S)"
)
# An interview set out as questions and answers: "Q: ..." asks (the publication), "A: ..." answers (whom it
# interviews); the letter may be bold, or followed by a full stop.
_QUESTION = re.compile(r"[*_]{0,2}Q[:.][*_]{0,2} +(?=\S)")
_ANSWER = re.compile(r"[*_]{0,2}A[:.][*_]{0,2} +(?=\S)")
_NAMED_TURN = re.compile(r"((?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’.-]+): +(?=\S)")
# Where a sentence may start within a paragraph: after its end and any closing marks.
_SENTENCE_START = re.compile(r"(?<=[.!?])[\"”’)]*\s+")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# Single-quoted spans longer than this are most likely two stray apostrophes.
_MAX_SINGLE = 300


class Role(Enum):
    OPEN = 1
    CLOSE = 2
    EITHER = 3


@dataclass(frozen=True)
class Span:
    """The quoted text between a pair of marks: `start`/`end` exclude the marks themselves."""

    start: int
    end: int
    closed: bool  # False when no closing mark came before the paragraph's end


def quote_spans(text: str) -> list[Span]:
    """Every top-level quotation in one paragraph, in order."""
    # Marks inside markup tags (<tweet author="...">) delimit attribute values, not speech.
    text = _TAG.sub(lambda tag: " " * len(tag.group()), text)
    doubles = _pair_doubles(text)
    singles: list[Span] = []
    edge = 0
    for span in [*doubles, Span(len(text) + 1, len(text) + 1, True)]:
        singles += _pair_singles(text, edge, max(edge, span.start - 1))
        edge = span.end + 1
    spans = [*doubles, *singles]
    return sorted(
        (span for span in spans if _has_words(text[span.start : span.end]) and "<" not in text[span.start : span.end]),
        key=_start,
    )


def turn_speech_start(text: str) -> int | None:
    """Where the speech of a transcript's turn ("SMITH: Well, ...") starts, after its speaker's name in capitals
    and the colon; None for a paragraph that is no turn, and for an editor's note ("CORRECTION: "), a section's
    label ("THE FACTS: ") or a kicker ("WATCH: "), which are the publication's."""
    turn = _TURN.match(text)
    if turn is None or EDITORS_NOTE.match(text) or SECTION_LABEL.match(text) or _kicker(turn.group()):
        return None
    return turn.end()


def transcript_span(text: str) -> Span | None:
    """A transcript's turn: the words after the speaker's name are speech, up to a note of the publication's run on
    after them ("... This interview has been edited for length.")."""
    speech = turn_speech_start(text)
    return None if speech is None else _turn_words(text, speech)


def named_turn(text: str) -> tuple[str, Span] | None:
    """A turn under a name in title case ("Jane Roe: Well, ..."), as web pages print interviews: the name, and the
    words after it up to a note of the publication's. Only a name the story gives a person makes one ("Note:",
    "Photo:" label lines the same way), which is the caller's to know."""
    turn = _NAMED_TURN.match(text)
    return (turn.group(1), _turn_words(text, turn.end())) if turn else None


def _turn_words(text: str, start: int) -> Span:
    starts = [m.end() for m in _SENTENCE_START.finditer(text, start)]
    end = next((start for start in starts if INTERVIEW_NOTE.match(text, start)), len(text))
    return Span(start, len(text[:end].rstrip().rstrip(DOUBLE)), True)


def _kicker(label: str) -> bool:
    return label.strip().strip(DOUBLE).rstrip(":").strip().lower() in KICKERS


def asks(text: str) -> bool:
    """Whether a paragraph is an interview's question ("Q: Why now?")."""
    return bool(_QUESTION.match(text))


def answer_span(text: str) -> Span | None:
    """The words of an interview's answer ("A: Because we could."), after its letter; to be read as one only where
    the story has asked a question before."""
    answer = _ANSWER.match(text)
    return Span(answer.end(), len(text.rstrip()), True) if answer else None


def _start(span: Span) -> int:
    return span.start


def _has_words(text: str) -> bool:
    return any(char.isalnum() for char in text)


def _context(text: str, index: int) -> tuple[bool, bool]:
    """Whether the mark at `index` stands where a quotation can open, and where one can close."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    # A mark with space on both sides ("... outreach,' " he said) says nothing by its place; its glyph decides.
    opens = not after.isspace() and (
        before.isspace() or before in _OPENS_AFTER or (before in ",:;" and after.isalnum())
    )
    closes = not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE)
    return opens, closes


def _double_role(text: str, index: int) -> Role | None:
    if index and text[index - 1] == "=":
        return None  # a markup attribute's value, not speech
    opens, closes = _context(text, index)
    if opens != closes:
        return Role.OPEN if opens else Role.CLOSE
    mark = text[index]
    if mark in DOUBLE_OPEN:
        return Role.OPEN
    return Role.CLOSE if mark in DOUBLE_CLOSE else Role.EITHER


def _pair_doubles(text: str) -> list[Span]:
    spans: list[Span] = []
    start: int | None = None
    depth = 0  # quotations nested inside the open one
    for index, char in enumerate(text):
        if char not in DOUBLE:
            continue
        role = _double_role(text, index)
        if role is None:
            continue
        if start is None:
            if role is not Role.CLOSE:
                start = index + 1
        elif role is Role.OPEN:
            depth += 1
        elif depth:
            depth -= 1
        else:
            spans.append(Span(start, index, True))
            start = None
    if start is not None:
        spans.append(Span(start, len(text.rstrip()), False))
    return spans


def _pair_singles(text: str, begin: int, end: int) -> list[Span]:
    """Single-quoted spans between `begin` and `end`; a mark between two letters is an apostrophe."""
    spans: list[Span] = []
    start: int | None = None
    for index in range(begin, end):
        if text[index] not in SINGLE:
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue
        opens, closes = _context(text, index)
        if opens and after.isalnum():
            start = index + 1
        elif closes and start is not None and index - start <= _MAX_SINGLE:
            spans.append(Span(start, index, True))
            start = None
    return spans
