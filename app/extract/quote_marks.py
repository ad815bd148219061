"""Pairing quotation marks within one paragraph: straight, curly or mismatched, apostrophes left alone."""

import re
from dataclasses import dataclass
from enum import Enum

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + '"'
SINGLE_OPEN = "‘‚‛"
SINGLE = SINGLE_OPEN + "’'"
MARKS = DOUBLE + SINGLE
# Marks that end a sentence, between quotations or at the end of a line.
SENTENCE_ENDS = frozenset(".!?…")
# Characters after which a mark opens a quotation, and before which one closes it.
_OPENS_AFTER = "([{—–-/" + DOUBLE_OPEN + SINGLE_OPEN
_CLOSES_BEFORE = ".,;:!?)]}—–-/…" + DOUBLE_CLOSE + "’'\""
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# Where the marks stand: the pairing visits only them, not every character of the paragraph.
_DOUBLE_MARK = re.compile(f"[{re.escape(DOUBLE)}]")
_SINGLE_MARK = re.compile(f"[{re.escape(SINGLE)}]")
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
    for mark in _DOUBLE_MARK.finditer(text):
        index = mark.start()
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
    for mark in _SINGLE_MARK.finditer(text, begin, end):
        index = mark.start()
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
