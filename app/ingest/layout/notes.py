"""Notes that news sites print after a story: credits, bios, disclaimers, promos, references, teasers."""

import re

from app.ingest.layout.lines import Line

_CONTRIBUTORS = re.compile(
    r"\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b|^(?:additional )?reporting by\b",
    re.IGNORECASE,
)
# "Jane Roe (jane@example.org) is a senior writer for ...": a name, then what the author does.
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \([^()]{1,60}\))? is (?:a|an|the)\b[^.]{0,80}?"
    r"\b(?i:reporter|writer|editor|correspondent|columnist|contributor|journalist|producer)s?\b"
)
# "... He has been reporting on energy since 2009.": the author's career, closing a bio.
_CAREER = re.compile(r"\b(?:has|have) been (?:reporting|writing|covering)\b[^.]{0,80}\bsince \d{4}\.$")
_DISCLAIMER = re.compile(
    r"\b(?:views|opinions)(?: and (?:views|opinions))? expressed (?:in|here|by)\b"
    r"|\bdo(?:es)? not (?:necessarily )?reflect the (?:views|opinions)\b",
    re.IGNORECASE,
)
# Invitations to do something other than read on: follow, join, listen, subscribe.
_PROMO = re.compile(
    r"\bfollow (?:us|him|her|them|me)\b|^join (?:our|us)\b|^if you (?:enjoyed|liked|value) (?:this|our)\b"
    r"|^(?:like|enjoy(?:ed)?) this (?:article|story)\?|^share (?:this|your)\b|^(?:click|tap) here\b",
    re.IGNORECASE,
)
# A syndicated story says where it first ran.
_REPUBLISHED = re.compile(
    r"\b(?:originally|first) (?:published|appeared)\b|\brepublished (?:here )?with permission\b", re.IGNORECASE
)
# How to reach the author or, under a press release, the press office.
_CONTACT = re.compile(
    r"^(?:contact|email|e-mail|reach) \S+(?: \S+){0,3} at \S+@|^(?:media|press) (?:contacts?|inquiries|enquiries)\s*:",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    r"^(?:more information|journal reference|references?|citation|doi)\s*:|\bdoi:\s*10\.", re.IGNORECASE
)
# Teasers for other stories end in a link or, when short, are cut off mid-sentence.
_TEASER_LINK = re.compile(r"\bread more$", re.IGNORECASE)
_CUT_OFF = re.compile(r"(?:\.\.\.|…)$")


def is_story_note(line: Line) -> bool:
    """A line that follows a story rather than telling it."""
    text = line.text
    notes = (_CONTRIBUTORS, _CAREER, _CONTACT, _DISCLAIMER, _PROMO, _REFERENCE, _REPUBLISHED, _TEASER_LINK)
    if any(p.search(text) for p in notes):
        return True
    if _AUTHOR_BIO.match(text):
        return True
    return bool(_CUT_OFF.search(text)) and line.words <= 25


_EDITORS_NOTE = re.compile(r"^(?:editor[’']?s note|correction|clarification)\s*:", re.IGNORECASE)


def is_editors_note(line: Line) -> bool:
    """'Correction: An earlier version misspelled ...': a notice about the story, part of it."""
    return bool(_EDITORS_NOTE.match(line.text))
