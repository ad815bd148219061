"""The publication's own name, from the masthead at the top of the page."""

import re

from app.ingest.layout.dates import is_founding_line
from app.ingest.layout.lines import Line

_GENERIC_SUFFIX = re.compile(r"\s+(?:newspaper|news ?paper|online|e-edition|\.com)$", re.IGNORECASE)
_URL = re.compile(r"https?://(?:www\.)?([^/\s]+)")


def _looks_like_name(line: Line) -> bool:
    words = line.text.split()
    return 1 <= len(words) <= 7 and not line.sentence and words[0][:1].isupper()


def find_source(lines: list[Line], before: int) -> str | None:
    """The masthead name above the headline: the line over an 'Est. 1901' line, or one ending 'Newspaper'."""
    head = [line for line in lines if line.pos < before]
    for i, line in enumerate(head):
        if is_founding_line(line):
            for above in reversed(head[max(0, i - 2) : i]):
                if _looks_like_name(above) and not re.search(r"\d", above.text):
                    return _GENERIC_SUFFIX.sub("", above.text).strip()
    for line in head:
        if _looks_like_name(line) and re.search(r"\snews ?paper$", line.text, re.IGNORECASE):
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
