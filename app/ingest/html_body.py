"""A saved page's story from the paragraphs trafilatura keeps: less what a page sets at the story's edges inside the
same container, which the page cleaner knows from copied pages (a printed page's address and the headline above
the story; sign-up boxes, share prompts and the writer's contact line below it)."""

import unicodedata

from app.ingest.layout.chrome import is_boilerplate, is_chrome, is_rights_notice
from app.ingest.layout.lines import Line, split_lines
from app.ingest.layout.notes import is_editors_note, is_story_note


def story_lines(paragraphs: list[str], title: str | None) -> list[str]:
    """The paragraphs from the story's first to its last."""
    lines = split_lines("\n".join(paragraphs))
    start = _first(lines, title)
    end = _last(lines, start)
    return [line.text for line in lines[start:end]]


def folded(text: str) -> str:
    """Case, spacing and compatibility forms folded, for comparing a line with a headline or a name."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _first(lines: list[Line], title: str | None) -> int:
    """Past the headline and any short legal or form line or bare address (a print header's) above the story, in
    whichever order the page sets them."""
    start = 0
    while start < len(lines) and (_is_headline(lines[start], title) or _is_header_furniture(lines[start])):
        start += 1
    return start


def _is_headline(line: Line, title: str | None) -> bool:
    return title is not None and folded(line.text) == folded(title)


def _is_header_furniture(line: Line) -> bool:
    return not line.prose and is_boilerplate(line)


def _last(lines: list[Line], start: int) -> int:
    """Above the menu, form and promotion lines that close the container; an editor's note is the story's own, and
    so is a wire's notice reserving its rights, as the page cleaner keeps it."""
    end = len(lines)
    # The first line stays: a container trafilatura flattens into one line (a page laid out as a table) holds the
    # story and its furniture together, and its links make the whole line read as a menu.
    while end > start + 1 and _follows_story(lines, end - 1):
        end -= 1
    return end


def _follows_story(lines: list[Line], i: int) -> bool:
    if is_editors_note(lines[i]) or is_rights_notice(lines[i]):
        return False
    return is_chrome(lines[i]) or is_story_note(lines, i)
