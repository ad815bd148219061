"""The publication's own name, from the masthead at the top of the page."""

import re

from app.ingest.layout.chrome import chrome_word_share, is_copyright
from app.ingest.layout.lines import Line
from app.vocabulary.furniture import PUBLICATION_WORDS

_GENERIC_SUFFIX = re.compile(r"\s+(?:newspaper|news ?paper|online|e-edition|\.com)$", re.IGNORECASE)
_URL = re.compile(r"https?://(?:www\.)?([^/\s]+)")


def _looks_like_name(line: Line) -> bool:
    words = line.text.split()
    return 1 <= len(words) <= 7 and not line.sentence and words[0][:1].isupper() and not re.search(r"\d", line.text)


def _publication_shaped(text: str) -> bool:
    """Two or more capitalised words ending in one publications are named with ('The Harbour Ledger'), and no
    menu ('Latest News')."""
    words = text.split()
    last = re.sub(r"[^a-z]", "", words[-1].lower())
    capitalised = all(word[:1].isupper() for word in words)
    return len(words) >= 2 and capitalised and last in PUBLICATION_WORDS and chrome_word_share(text) < 0.5


# What a copyright footer prints before its holder's name: '© 2021', 'Copyright (c) 2019-2021 The'.
_FOOTER_LEAD = re.compile(r"^(?:©|\(c\)|copyright|\d{4}|[-–,\s])*(?:the\s+)?", re.IGNORECASE)


def _in_footer(text: str, footers: list[str]) -> bool:
    """Named again as the copyright holder at the foot of the page: '© 2021 Harbour Ledger. All rights ...'."""
    key = squash(text)
    return len(key) >= 4 and any(footer.startswith(key) for footer in footers)


# The masthead heads the page: among its first lines, before any menu.
_TOP_LINES = 3


def find_source(lines: list[Line], before: int) -> str | None:
    """The masthead: a name line heading the page, above the headline, that the copyright footer names again or
    that is shaped like a publication's name."""
    head = [line for line in lines[: min(before, _TOP_LINES)] if _looks_like_name(line)]
    footers = [squash(_FOOTER_LEAD.sub("", line.text)) for line in lines[before:] if is_copyright(line)]
    named = [line for line in head if _in_footer(_GENERIC_SUFFIX.sub("", line.text), footers)]
    shaped = [line for line in head if _publication_shaped(line.text)]
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


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", text.lower()))


def is_same_site(publication: str, names: list[str]) -> bool:
    key = squash(publication)
    return bool(key) and any(key in n for n in names)
