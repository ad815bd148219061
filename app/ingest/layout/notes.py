"""Notes that news sites print after a story: credits, bios, disclaimers, promos, references, teasers."""

import re

from app.ingest.layout.lines import Line
from app.vocabulary.furniture import EDITORS_NOTE, ROLE_WORDS, WRITERS_BEAT

_CONTRIBUTORS = re.compile(
    r"\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b|^(?:additional )?reporting by\b",
    re.IGNORECASE,
)
# "Jane Roe (jane@example.org) is a senior writer for ...": a name, then what the author does.
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \([^()]{1,60}\))? is (?:a|an|the)\b[^.]{0,80}?"
    r"\b(?i:reporter|writer|editor|correspondent|columnist|contributor|journalist|producer)s?\b"
)
# A move in a career ('Jane joined the Courier in 2019', 'Jane Roe was previously ...'), which a bio tells and a
# story's sentence opening with its writer's name does not ('Jane was nine when ...').
_CAREER_MOVES = "previously|joined|worked"
# What a bio goes on to say about the author's life and career: a note only on the line after the bio itself.
_CAREER = re.compile(
    rf"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}} (?:has|have|had|was|were|{_CAREER_MOVES}|lives|is based)\b"
)
_CAREER_WORDS = 40
_NAME_LINE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w.'’-]*){1,2}$")
# A commentary's disclosure of its writer's interests, under its label: '... would benefit from this article', '...
# disclosed no relevant affiliations'.
_DISCLAIMER = re.compile(
    r"\b(?:views|opinions)(?: and (?:views|opinions))? expressed (?:in|here|by)\b"
    r"|\bdo(?:es)? not (?:necessarily )?reflect the (?:views|opinions)\b"
    r"|^disclosure(?: statement)?\s*:?$|\bbenefit from this article\b|\bno relevant affiliations\b",
    re.IGNORECASE,
)
# The publication's note on its editorial standards under each story, a label and a link: 'Our Standards: ...',
# 'Our editorial guidelines'; a sentence about someone's standards goes on without a colon.
_STANDARDS = re.compile(r"^our (?:editorial )?(?:standards|guidelines|principles|policy)\s*(?::|$)", re.IGNORECASE)
# Invitations to do something other than read on: follow, join, listen, subscribe.
_PROMO = re.compile(
    r"\bfollow (?:us|him|her|them|me)\b"
    # a live page's invitation to its coverage; 'Follow the latest twists ...' or 'Follow along as ...' heads a story
    r"|^follow (?:our|along with (?:us|our)|live|the latest (?:news|updates|coverage))\b"
    r"|^join (?:our|us)\b|^if you (?:enjoyed|liked|value) (?:this|our)\b"
    r"|^(?:like|enjoy(?:ed)?) this (?:article|story)\?|^share (?:this|your)\b|^(?:click|tap) here\b",
    re.IGNORECASE,
)
# A syndicated story says where it first ran, in a sentence of its own: 'This story was originally published by ...'.
_REPUBLISHED = re.compile(
    r"^(?:(?:a version of )?(?:this|the) (?:story|article|report|piece|post|column|interview) "
    r"(?:(?:was|is|has been) )?)?(?:originally|first) (?:published|appeared|ran)\b"
    r"|^republished (?:here )?with permission\b",
    re.IGNORECASE,
)
# How to reach the author or, under a press release, the press office: a whole line, 'Contact Jane Roe at jane@...'.
_CONTACT = re.compile(
    r"^(?i:contact|e-?mail|reach) (?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|(?i:the (?:reporter|author|writer)s?))"
    r" at \S+@\S+?(?: or [\w@.()+ -]{1,40}?)?\.?$"
    r"|^(?i:(?:media|press) (?:contacts?|inquiries|enquiries))\s*:"
)
_REFERENCE = re.compile(
    r"^(?:more information|journal reference|references?|citation|doi)\s*:|\bdoi:\s*10\.", re.IGNORECASE
)
# Teasers for other stories end in a link or, when short, are cut off mid-sentence.
_TEASER_LINK = re.compile(r"\bread more$", re.IGNORECASE)
_CUT_OFF = re.compile(r"(?:\.\.\.|…)$")


# Sentences about the story rather than of it: where it first ran, who contributed, how to reach its writer.
_ABOUT_THE_STORY = (_CONTRIBUTORS, _CONTACT, _REPUBLISHED)


def is_story_note(lines: list[Line], i: int) -> bool:
    """A line that follows a story rather than telling it."""
    line = lines[i]
    text = line.text
    notes = (*_ABOUT_THE_STORY, _DISCLAIMER, _STANDARDS, _PROMO, _REFERENCE, _TEASER_LINK)
    if any(p.search(text) for p in notes) or is_author_bio(line):
        return True
    if i > 0 and line.words <= _CAREER_WORDS and _CAREER.match(text):
        # A bio goes on below its first line, or opens under the author's name: 'Jane Roe' / 'Jane joined ...'.
        above = lines[i - 1]
        if is_author_bio(above):
            return True
        under_name = _NAME_LINE.match(above.text) and text.split()[0] in above.text.split()
        if under_name and tells_the_writers_work(line):
            return True
    return bool(_CUT_OFF.search(text)) and line.words <= 25


def is_about_the_story(line: Line) -> bool:
    """Where the story first ran, who contributed to it or how to reach its writer: a sentence about the story, not
    of it."""
    return any(p.search(line.text) for p in _ABOUT_THE_STORY)


def credits_contributor(line: Line, name: str) -> bool:
    """Whether the line is a note that `name` contributed to the story ('HWN contributed to this report.')."""
    opener = line.text.removeprefix("The ").removeprefix("the ")
    return opener.startswith(f"{name} ") and _CONTRIBUTORS.search(line.text) is not None


# The column a writer writes, by its capitalised name: 'writes Field Notes every month'.
_WRITES_COLUMN = re.compile(r"\bwrites (?:the )?[A-Z]")
# What a line says about its writer's work: a job ('a reporter for ...', 'a freelance writer'), a beat ('covers
# schools', 'writes about farming', 'has written for ...'), how to reach them (an e-mail address, a handle) or a move
# in their career in its first words ('Jane joined ...', 'Jane Roe has worked ...'), or the column they write, by
# its capitalised name ('writes Field Notes every month'). A line about the writer as a person in the story ('... has
# not owned a car since ...') says none of it.
_WRITERS_WORK = re.compile(
    rf"\b(?i:{'|'.join(sorted(ROLE_WORDS))}|{WRITERS_BEAT})\b|\S@\S|(?:^|\s)@\w|{_WRITES_COLUMN.pattern}"
    rf"|^\S+(?: \S+){{0,2}} (?:{_CAREER_MOVES})\b",
)


def tells_the_writers_work(line: Line) -> bool:
    """'Jane Roe is a reporter for ...', 'Jane Roe covers schools', 'Jane Roe (jane@...) writes about farming',
    'Jane joined the Courier in 2019'."""
    return bool(_WRITERS_WORK.search(line.text))


def is_author_bio(line: Line) -> bool:
    """'Jane Roe is a senior writer for ...'."""
    return bool(_AUTHOR_BIO.match(line.text))


def is_editors_note(line: Line) -> bool:
    """'Correction: An earlier version misspelled ...': a notice about the story, part of it."""
    return bool(EDITORS_NOTE.match(line.text))


# A dash or a rule may set a bio off from the story above it: '— Jane Roe is a reporter ...'.
BIO_MARKS = "—–-― "
# "Jane Roe is a retired teacher and writes on schools.": a line about the writer, opening or closing the story's run.
_BIO_VERBS = (" is ", " was ", " has ", " writes ", " teaches ", " works ", " covers ")
# A bio is a sentence or two (forty words: a judgement, not measured; a story's first paragraph is longer as often).
_BIO_WORDS = 40


# The post a guest writer holds, named in a bio: ' is chair of the Riders' Union', ' is a lecturer at Elmridge
# University', ' is the director of ...': a post of a few lower-case words, then the body that holds it by its name.
_POST_HELD = r" is (?:the |a |an )?(?:[a-z-]+ ){1,3}(?:of|at|for) (?:the )?[A-Z]"


def about_the_writer(line: Line, names: tuple[str, ...]) -> bool:
    """A short line that opens with a byline's name and says what the writer does for a living: their bio. A
    story's own sentence about its writer ('Jane Roe has not driven since ...') is kept: losing story text is worse
    than keeping a bio."""
    text = line.text.lstrip(BIO_MARKS)
    if line.words > _BIO_WORDS:
        return False
    if not tells_the_writers_work(line):
        return False
    # "Jane Roe is a retired teacher and writes on schools.": the name and a verb of a bio, opening or closing the
    # story's run; any verb where the line names the column the writer writes ("Jane Roe farms near Tilden and writes
    # Field Notes"), as 'Jane Roe thanked the staff' in a story about her does not.
    column = _WRITES_COLUMN.search(text) is not None
    return any(text.startswith(name + verb) for name in names for verb in _BIO_VERBS) or (
        column and any(re.match(rf"{re.escape(name)} [a-z]", text) for name in names)
    )


def before_closing_bio(lines: list[Line], start: int, last: int, names: tuple[str, ...]) -> int:
    """The last line of the story's run `start`..`last` (both in it): `last`, or the line before where `last` is a
    bio of the byline's writer (`names`) that closes the run ('Jane Roe is a retired teacher and writes on
    schools.'), as a column prints it. The run's only line stays."""
    return (
        last - 1
        if last > start and (about_the_writer(lines[last], names) or _holds_a_post(lines[last], names))
        else last
    )


def _holds_a_post(line: Line, names: tuple[str, ...]) -> bool:
    """A guest writer's bio that closes the story: 'Jane Roe is chair of the Riders' Union.' Only at the close: a
    story's first line may say as much of the person it is about."""
    text = line.text.lstrip(BIO_MARKS)
    return line.words <= _BIO_WORDS and any(re.match(rf"{re.escape(name)}{_POST_HELD}", text) for name in names)
