"""A saved page's story from the paragraphs trafilatura keeps: less what a page sets at the story's edges inside the
same container, which the page cleaner knows from copied pages (a printed page's address, a kicker, the headline and
its dek above the story; sign-up boxes, share prompts and the writer's contact line below it), and the adverts' labels
and links to other stories set between its paragraphs."""

from app.ingest.authors import split_authors
from app.ingest.decode import folded
from app.ingest.layout.byline import credits_no_writer, is_byline_label, marked_byline, name_only_byline
from app.ingest.layout.captions import is_labelled_credit
from app.ingest.layout.chrome import (
    BOILERPLATE_WORDS,
    chrome_word_share,
    is_boilerplate,
    is_chrome,
    is_rights_notice,
)
from app.ingest.layout.dates import is_clock_stamp, is_date_line
from app.ingest.layout.lines import Line, ends_sentence, split_lines
from app.ingest.layout.notes import before_closing_bio, is_about_the_story, is_editors_note, is_story_note
from app.vocabulary.credits import WIRE_SLASH_CREDIT
from app.vocabulary.datelines import opens_story
from app.vocabulary.furniture import (
    CALL_TO_ACTION,
    ROLE_WORDS,
    SUBJECT_WORDS,
    is_labelled_teaser,
    without_live_label,
)
from app.vocabulary.people import JOB_TITLE_JOINERS


def story_lines(
    paragraphs: list[str], title: str | None, author: str | None, *, sites: frozenset[str] = frozenset()
) -> list[str]:
    """The paragraphs from the story's first to its last (`author`: the byline's names, as the page gives them;
    `sites`: the site's own names, folded)."""
    lines = split_lines("\n".join(paragraphs))
    start = _first(lines, title, author, sites)
    last = before_closing_bio(lines, start, _last(lines, start), split_authors(author))
    return [line.text for line in lines[start : last + 1] if not _is_inset(line)]


# Lines a story's container may set above its headline: a kicker, a section label, a date (three: a judgement, not
# measured; the headline further down is as likely a subheading's repeat of it).
_ABOVE_HEADLINE = 3


def _first(lines: list[Line], title: str | None, author: str | None, sites: frozenset[str]) -> int:
    """Past the headline, what the container sets above it and the dek right below it, and any short legal or form
    line, bare address (a print header's), date stamp, the writer's name alone or job title above the story, or the
    site's name alone (under the byline, whom the writer works for), in whichever order the page sets them."""
    start = next((end for i in range(min(_ABOVE_HEADLINE, len(lines))) if (end := _past_headline(lines, i, title))), 0)
    if start and start < len(lines) and _is_dek(lines[start]):
        start += 1
    while start < len(lines) and (
        _is_headline(lines[start], title)
        or _is_header_furniture(lines[start], author)
        or _is_writers_job(lines, start, author)
        or folded(lines[start].text) in sites
    ):
        start += 1
    return _at_dateline(lines, start)


# Header lines a dateline may stand below: a job title, a label and a stamp at most (as many as the page cleaner
# takes for a story's header, though it looks eight lines down for a dateline: app/ingest/layout/body.py skip_header).
_HEADER_LINES = 5


def _at_dateline(lines: list[Line], start: int) -> int:
    """At the story's dateline ('KELDMOUTH — The board ...') where one opens a paragraph a few short header lines
    below `start` (a writer's job, a label: 'Harbours Correspondent'), as the page cleaner starts the story there; a
    paragraph of running text before it is the story's already, and so is a short sentence ('The river rose at
    night.'): header lines end in no full stop, but for a date stamp's ('10:02 a.m.')."""
    for i in range(start, min(start + _HEADER_LINES, len(lines))):
        if opens_story(lines[i].text) and lines[i].prose:
            return i
        if lines[i].prose or (ends_sentence(lines[i].text) and not is_date_line(lines[i])):
            break
    return start


def _is_dek(line: Line) -> bool:
    """Right below the headline, a headline-shaped line that is no running text: the standfirst, not the story. One
    ending in a colon opens what follows ('Here is what we know:'), and one opening with a dateline opens the story,
    its final stop lost or not, as a story's first line does and a dek never."""
    return line.headline_shaped and not line.prose and not line.text.endswith(":") and not opens_story(line.text)


def _is_headline(line: Line, title: str | None) -> bool:
    return title is not None and shows_headline(line.text, title)


# A kicker run into the heading is a label of a word or three ('Exclusive', 'Live updates'), a judgement.
_KICKER_WORDS = 3


def shows_headline(text: str, title: str) -> bool:
    """The headline as a heading shows it: alone, or with a kicker run into its start, a section's or a menu's label
    ('Exclusive Ferry pier to close') or a live page's ('Live | Ferry pier to close'), or a media tag run into its
    end ('Ferry pier to close VIDEO'); words of the headline's own sentence before it are the heading's ('Fire crews
    tackle blaze at the mill' is no kicker over 'Blaze at the mill')."""
    shown, headline = folded(without_live_label(text)), folded(title)
    kicker = shown.removesuffix(" " + headline)
    tag = shown.removeprefix(headline + " ")
    return shown == headline or (kicker != shown and _is_kicker(kicker)) or (tag != shown and _is_menu_label(tag))


def _is_menu_label(words: str) -> bool:
    """'VIDEO', 'PHOTOS', 'Watch live': a label of the menu's words, a word or three."""
    return len(words.split()) <= _KICKER_WORDS and chrome_word_share(words) == 1.0


def _is_kicker(words: str) -> bool:
    """A menu's label or a section's: 'Exclusive', 'Business'."""
    tokens = words.split()
    return _is_menu_label(words) or (len(tokens) <= _KICKER_WORDS and all(t in SUBJECT_WORDS for t in tokens))


def _past_headline(lines: list[Line], i: int, title: str | None) -> int:
    """The line after the headline where it begins at line i, on one line or broken over two (a heading with a
    line break in it); else 0."""
    if _is_headline(lines[i], title):
        return i + 1
    two = " ".join(line.text for line in lines[i : i + 2])
    return i + 2 if title is not None and i + 1 < len(lines) and folded(two) == folded(title) else 0


def _is_header_furniture(line: Line, author: str | None) -> bool:
    # Running text is the story's at either edge: a first paragraph may cite an address or a policy. Above the story
    # no call to action is set, so none is looked for; a date stamp ('Published: May 3, 2021'), the writer's name
    # alone or after 'By' and a job title are, as the page cleaner's header holds them. Another name alone opens the
    # story (the first of a list of people, 'Mira Kaur' over what she does).
    if line.prose:
        return False
    if is_byline_label(line.text) or WIRE_SLASH_CREDIT.match(line.text):
        return True  # 'Written by' alone over the writer's name; '/ Agency' under the date, the wire's credit
    return is_boilerplate(line) or is_date_line(line) or _names_writer(line, author) or credits_no_writer(line.text)


# A job title is short: a rank, a beat of up to four words and a role ('Senior Harbours and Coast Correspondent',
# 'Senior Health and Social Care Reporter'): six words at most, a judgement from such titles, not a measured figure.
_JOB_WORDS = 6


def _is_writers_job(lines: list[Line], i: int, author: str | None) -> bool:
    """Right under the writer's name, a short title-case line closed by a role's word: the writer's job, whatever its
    beat's words ('Harbours and Coast Correspondent'). Elsewhere such a line may be a subhead of the story's."""
    line, tokens = lines[i], lines[i].text.split()
    if i == 0 or line.prose or not 2 <= len(tokens) <= _JOB_WORDS or not _names_writer(lines[i - 1], author):
        return False
    # A colon labels a heading ('Part One: The Night Desk'); a job title is a name of a post, with none.
    titled = all((t[:1].isupper() or t in JOB_TITLE_JOINERS) and not t.endswith(":") for t in tokens)
    return titled and tokens[-1].lower() in ROLE_WORDS


def _names_writer(line: Line, author: str | None) -> bool:
    """The writer's name alone or after 'By'; or the byline found (the page's metadata names it), as the line prints
    it, whatever shape its names have."""
    if author is not None and folded(line.text) == folded(author):
        return True
    byline = name_only_byline(line) or marked_byline([line], 0)
    return byline is not None and author is not None and all(folded(name) in folded(author) for name in byline.names)


def _is_inset(line: Line) -> bool:
    """Set between the story's paragraphs, not of them: an advert's or a sponsor's label (every word a menu word), a
    'story continues below' line, a link to another story with its label, a live page's time stamp. A subhead ('What
    happens next') holds words of its own and stays, and so does a wire's notice reserving its rights."""
    if line.prose or is_rights_notice(line):
        return False
    if is_clock_stamp(line.text):
        return True  # a live page's time stamp over each entry ('10:15 PM'); a date alone heads a chronology's part
    return chrome_word_share(line.text) == 1.0 or is_boilerplate(line) or is_labelled_teaser(line.text)


def _last(lines: list[Line], start: int) -> int:
    """The story's last line: above the menu, form and promotion lines that close the container; an editor's note is
    the story's own, and so is a wire's notice reserving its rights, as the page cleaner keeps it."""
    end = len(lines)
    # The first line stays: a container trafilatura flattens into one line (a page laid out as a table) holds the
    # story and its furniture together, and its links make the whole line read as a menu.
    while end > start + 1 and _follows_story(lines, end - 1):
        end -= 1
    return end - 1


def _follows_story(lines: list[Line], i: int) -> bool:
    line = lines[i]
    if is_editors_note(line) or is_rights_notice(line):
        return False
    # A closing paragraph of running text is the story's, though it names a newsletter, a privacy policy or the
    # comments it drew; furniture in a sentence is a call to action ('Sign up for ...') no longer than the layout
    # rules' boilerplate sentences, or a sentence about the story ('This story first ran in ...').
    if line.prose and not (_is_call_to_action(line) or is_about_the_story(line)):
        return False
    # the labelled credit of the story's photo, printed at its foot ('Photo credit: Jane Roe'), is no paragraph of
    # it; a name and an agency alone ('Jane Roe / Harbor Wire') may be its writer's closing credit
    return is_chrome(line) or is_story_note(lines, i) or is_labelled_credit(line)


def _is_call_to_action(line: Line) -> bool:
    return bool(CALL_TO_ACTION.match(line.text)) and line.words <= BOILERPLATE_WORDS
