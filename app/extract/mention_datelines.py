"""The dateline's place where the story writes it again in ordinary case ("NORTHPORT (Wire) - ... Northport's
mayor"): a mention of the same place even where the tagger missed it, and the spelling its name takes; and the plural
noun that opens the story's first sentence after it, which is no name."""

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from app.extract.found import Place
from app.extract.mention_case import a_noun_of
from app.extract.parsed import Paragraph, covering
from app.vocabulary.datelines import DASHES


def dateline_echoes(
    paragraphs: Iterable[Paragraph], datelines: Iterable[str], taken: list[Place]
) -> Iterator[tuple[Place, str]]:
    """Each use of a dateline's place (given as the dateline writes it) in ordinary case that no mention
    covers: not part of a longer capitalised name ("Northport Harbour Trust") or of a hyphened word."""
    patterns = [re.compile(rf"(?<![\w-]){re.escape(place)}(?![\w-])", re.IGNORECASE) for place in set(datelines)]
    for paragraph in paragraphs:
        for pattern in patterns:
            for match in pattern.finditer(paragraph.text):
                written = match.group()
                place = Place(paragraph.field, paragraph.offset + match.start(), paragraph.offset + match.end())
                if written.isupper() or not written[:1].isupper() or _inside_longer_name(paragraph.text, match):
                    continue
                if not any(_overlaps(place, other) for other in taken):
                    yield place, written


def _overlaps(a: Place, b: Place) -> bool:
    return a.field == b.field and a.start < b.end and b.start < a.end


def _inside_longer_name(text: str, match: re.Match[str]) -> bool:
    """A capitalised word right before or after, with only a space between ("Greater Northport", "Northport
    Harbour Trust")."""
    before = text[: match.start()]
    previous = before.split()[-1] if before.endswith(" ") and before.strip() else ""
    after = text[match.end() :]
    following = after.split()[0] if after.startswith(" ") and after.strip() else ""
    return previous[:1].isupper() and previous[-1:].isalpha() or following[:1].isupper()


def opens_after_the_dateline(doc: Doc, start: int, end: int, dateline_end: int, common: frozenset[str]) -> bool:
    """One word right after the dateline's dash, one of the article's own common nouns or the plural of one
    (`common`: the nouns its ordinary lines write only in lower case; "OSTBY - Officials said ... an official"): it
    opens the story's sentence and is capitalised for that alone, though the tagger runs the dateline into it
    ("OSTBY - Officials"). A firm's or a person's name after the dash is none ("OSTBY - Tarrow said"), nor is a
    club's ("OSTBY - Rovers won 2-1"), which the story never writes in lower case, nor a people, party or faith
    ("Democrats", "Greens")."""
    span = covering(doc, start, end)
    if (
        not dateline_end
        or span is None
        or len(span) != 1
        or span[0].ent_type_ == "NORP"
        or span.start == 0
        or doc[span.start - 1].text not in DASHES
    ):
        return False
    if any(dash in doc.text[dateline_end : doc[span.start - 1].idx] for dash in DASHES):
        return False  # a second dash: the word is past the story's opening
    return a_noun_of(span[0].lower_, common)
