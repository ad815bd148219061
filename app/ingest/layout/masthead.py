"""The publication's own name, from the masthead at the top of the page."""

import re
from collections.abc import Iterable

from app.ingest.layout.chrome import chrome_word_share
from app.ingest.layout.lines import Line
from app.vocabulary.furniture import (
    KICKERS,
    PUBLICATION_WORDS,
    SUBJECT_WORDS,
    UI_VERBS,
    WIDGET_WORDS,
    WIRE_DESK_WORDS,
)

_GENERIC_SUFFIX = re.compile(r"\s+(?:newspaper|news ?paper|online|e-edition|\.com)$", re.IGNORECASE)
_URL = re.compile(r"https?://(?:www\.)?([^/\s]+)")


def _looks_like_name(line: Line) -> bool:
    words = line.text.split()
    return 1 <= len(words) <= 7 and not line.sentence and words[0][:1].isupper() and not re.search(r"\d", line.text)


def publication_shaped(text: str) -> bool:
    """Two or more capitalised words ending in one publications are named with ('The Harbour Ledger'), and no
    menu ('Latest News')."""
    words = text.split()
    if len(words) < 2:  # a line of no words has no last one ("Follow" alone leaves none after the verb)
        return False
    last = re.sub(r"[^a-z]", "", words[-1].lower())
    capitalised = all(word[:1].isupper() for word in words)
    return capitalised and last in PUBLICATION_WORDS and chrome_word_share(text) < 0.5


def is_site_control(line: Line) -> bool:
    """A control labelled with the site's own name: a button's verb before a publication's name, as a search box
    ('Search The Harbour Ledger') or a follow button ('Follow Harbour Ledger') is labelled. A headline tells of the
    news in the site's pages, not of the site: 'Search for missing climber called off', 'Search Teams Find Climber'."""
    verb, _, name = line.text.partition(" ")
    return verb.lower() in UI_VERBS and publication_shaped(name.removeprefix("the ")) and not line.sentence


# The copyright mark in a footer, anywhere in its line: '© 2021 Harbour Ledger', 'Harbour Ledger © 2021', 'All
# content copyright 2021 Harbour Ledger'.
_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
# What a copyright footer prints between the mark and its holder's name: '© 2021', 'Copyright (c) 2019-2021 The'.
_FOOTER_LEAD = re.compile(r"^(?:©|\(c\)|copyright|\d{4}|[-–,\s])*(?:the\s+)?", re.IGNORECASE)
# A footer line is short; a story sentence may mention copyright in passing (forty words, as chrome.is_copyright
# allows a copyright line).
_FOOTER_WORDS = 40


def _footer_holders(lines: list[Line]) -> list[tuple[str, str]]:
    """Each copyright footer's text before its mark and after it (less the years), squashed for comparison."""
    holders = []
    for line in lines:
        mark = _MARK.search(line.text)
        if mark and line.words <= _FOOTER_WORDS:
            holders.append((squash(line.text[: mark.start()]), squash(_FOOTER_LEAD.sub("", line.text[mark.start() :]))))
    return holders


def _in_footer(text: str, holders: list[tuple[str, str]]) -> bool:
    """Named again as the copyright holder at the foot of the page, after the mark or before it."""
    key = squash(text)
    return len(key) >= 4 and any(after.startswith(key) or before.endswith(key) for before, after in holders)


def holders_lines(lines: list[Line]) -> frozenset[int]:
    """The lines that name the copyright footer's holder and no more: the site's name, printed again over the story
    as a logo's or a desk's label ('HARBOUR LEDGER'), whatever its case; no headline."""
    holders = _footer_holders(lines)
    return frozenset(
        i for i, line in enumerate(lines) if not _MARK.search(line.text) and _in_footer(line.text, holders)
    )


# The masthead heads the page: among its first lines, before any menu.
_TOP_LINES = 3


def masthead_lines(lines: list[Line]) -> frozenset[int]:
    """The lines that print the masthead's name again, shaped as a publication's ('The Harbour Ledger' heading the
    page and again under the byline, whom the writer works for): the site's name, no headline."""
    heads = {squash(line.text) for line in lines[:_TOP_LINES] if publication_shaped(line.text)}
    return frozenset(i for i, line in enumerate(lines) if squash(line.text) in heads)


def find_source(lines: list[Line], before: int) -> str | None:
    """The masthead: a name line heading the page, above the headline, that the copyright footer names again or
    that is shaped like a publication's name."""
    head = [line for line in lines[: min(before, _TOP_LINES)] if _looks_like_name(line)]
    holders = _footer_holders(lines[before:])
    named = [line for line in head if _in_footer(_GENERIC_SUFFIX.sub("", line.text), holders)]
    shaped = [line for line in head if publication_shaped(line.text)]
    for line in named[:1] or shaped[:1]:
        return _GENERIC_SUFFIX.sub("", line.text).strip()
    return None


def site_names(lines: list[Line], source: str | None) -> list[str]:
    """Ways the page names its own site: masthead, URL host, copyright holder; squashed for comparison."""
    names = [source] if source else []
    for line in lines:
        names += _URL.findall(line.text)
        if line.text.startswith(("©", "Copyright")):
            names.append(line.text)
    return [squash(n) for n in names]


# A site's name as its logo prints it on a line of its own: four words at most ('The Valley Morning Post'), a
# judgement from mastheads' length; longer lines are headlines and sentences, no logo.
_SITE_NAME_WORDS = 4


# A menu's item or a section's label ('Analysis', 'Opinion', 'Local Sport'): a page's furniture, no site's name.
_MENU_WORDS = SUBJECT_WORDS | WIRE_DESK_WORDS | KICKERS | WIDGET_WORDS


def shown_names(texts: Iterable[str]) -> list[str]:
    """The short lines a page shows on their own, any of which may be its logo's name for the site, but for a menu's
    items and a section's label, which name what the page holds; squashed."""
    return [squash(text) for text in texts if 0 < len(text.split()) <= _SITE_NAME_WORDS and not _menu_item(text)]


def _menu_item(text: str) -> bool:
    return all(word.strip(".,:;|»›&-").lower() in _MENU_WORDS for word in text.split())


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", text.lower()))


def is_same_site(publication: str, names: list[str]) -> bool:
    key = squash(publication)
    return bool(key) and any(key in n for n in names)
