"""Turning a raw scraped news page into a clean article."""

import re
from dataclasses import dataclass

from app.extract.names import alias_table
from app.ingest.layout import body as body_rules
from app.ingest.layout.byline import (
    Byline,
    author_card,
    closing_credit,
    filed_from_byline,
    initials_after_with,
    marked_byline,
    name_only_byline,
    name_only_byline_at,
    others_credit,
)
from app.ingest.layout.captions import caption_text, looks_like_agency_credit
from app.ingest.layout.chrome import chrome_word_share, is_rights_notice
from app.ingest.layout.classify import Kind, classify_all, index_below
from app.ingest.layout.dates import published_date
from app.ingest.layout.headline import (
    BYLINE_NEIGHBOURS,
    find_title,
    in_menu,
    lines_above,
    signs_a_teaser,
    without_site_name,
)
from app.ingest.layout.lines import HEADLINE_WORDS, Line, make_line, opens_like_a_title, split_lines, word_list
from app.ingest.layout.masthead import find_source, is_same_site, shown_names, site_names, squash
from app.ingest.layout.notes import BIO_MARKS, about_the_writer, before_closing_bio, credits_contributor, is_author_bio
from app.vocabulary.capitals import MINOR_WORDS
from app.vocabulary.credits import WIRE_SLASH_CREDIT
from app.vocabulary.datelines import (
    COUNTRY_INITIALS,
    dateline_brackets,
    dateline_credit,
    dateline_initials,
    opens_story,
)
from app.vocabulary.furniture import (
    FOREIGN_AGENCY_WORDS,
    PUBLICATION_WORDS,
    ROLE_WORDS,
    WIDGET_WORDS,
    WIRE_AGENCY_AFTER,
    WIRE_WORDS,
    labels_briefs,
    without_live_label,
)
from app.vocabulary.pronouns import FIRST_PERSON_SINGULAR


@dataclass(frozen=True)
class CleanPage:
    title: str | None
    body: str
    source: str | None
    author: str | None
    original_source: str | None
    caption: str | None
    published: str | None


def _body_bounds(lines: list[Line], kinds: list[Kind]) -> tuple[int, int]:
    scores = [body_rules.line_score(line, kind) for line, kind in zip(lines, kinds, strict=True)]
    start, end = body_rules.best_run(scores)
    start, end = body_rules.bridge_boxes(lines, kinds, scores, start, end)
    end = body_rules.cut_at_teaser_cards(lines, kinds, scores, start, end)
    end = body_rules.cut_at_separator(kinds, start, end)
    end = body_rules.extend_to_separator(kinds, end)
    end = body_rules.extend_to_editors_note(lines, kinds, end)
    if end + 1 < len(lines) and is_rights_notice(lines[end + 1]):
        end += 1  # a wire copyright notice belongs to the story it closes
    return start, end


# Lines under the headline where a name alone is taken for the byline, furniture not counted: room for a
# standfirst, a date and a section label between them (a judgement, not a measured figure).
_NAME_BYLINE_BELOW = 6


def _dateline_place(text: str, opening: str) -> bool:
    """The place the story's opening dateline names, printed alone near the headline: 'Mill Orin' over 'MILL ORIN,
    Ore. (Harbor Wire) — The council ...'."""
    head = opening[: len(text)]
    return opens_story(opening) and head.lower() == text.lower() and not opening[len(text) : len(text) + 1].isalpha()


def _header_window(lines: list[Line], title: int | None, start: int) -> range:
    """Where a byline stands: a few lines around the headline (or the story's start), down to the story's start."""
    anchor = title if title is not None else start
    return range(max(0, anchor - 3), min(len(lines), max(start, anchor + 1) + 2))


def _find_byline(lines: list[Line], kinds: list[Kind], title: int | None, start: int) -> Byline | None:
    anchor = title if title is not None else start
    window = _header_window(lines, title, start)
    # Below the headline first: a byline above it may close the header of a teaser printed over the story.
    order = sorted(window, key=lambda j: j < anchor)
    # A wire's credit may head its story as it closes others: 'Reporting by Jane Roe; Editing by John Doe'. A signed
    # teaser's byline in a box over the story is not the story's.
    explicit = [
        found
        for i in order
        if (found := marked_byline(lines, i) or closing_credit(lines[i]))
        and (i - 1 == title or not signs_a_teaser(lines, kinds, i))
    ]
    # After 'By', the name before a link to its writer's other stories, under the headline found: above it, or where
    # no headline is found, the same shape is as often a topic page's link or the headline ('Fans See More Stories').
    cards = [found for i in window if title is not None and i > title and (found := author_card(lines[i]))]
    for found in [*explicit, *cards]:
        if found.names:
            return found
    below = index_below(kinds, anchor, _NAME_BYLINE_BELOW)
    near_title = range(max(0, anchor - 4), min(len(lines), below, max(start, anchor + 1)))
    opening = lines[start].text if start < len(lines) else ""
    # A site's menu sits above the headline; below it, labels and tags around a name are the byline's neighbours.
    # A byline above the headline between two menus is lost with it. A name joined to an agency by a slash or 'via'
    # credits the photo set between the headline and the byline ('Jane Roe/Harbor Wire'), not the story.
    near = [
        i
        for i in sorted(near_title, key=lambda j: (j < anchor, abs(j - anchor)))
        if i != title
        and not _dateline_place(lines[i].text, opening)
        and not (title is not None and i < title and in_menu(lines, kinds, i, BYLINE_NEIGHBOURS))
        and not looks_like_agency_credit(lines[i])
    ]
    for i in near:
        if found := name_only_byline_at(lines, i):
            return found
    # 'Jane Roe in Oslo' right under the headline, where no name alone is near; elsewhere, or over a name alone, the
    # same shape may be a headline ('Jane Roe in Hospital')
    for i in near:
        if title in lines_above(kinds, i) and (found := filed_from_byline(lines[i])):
            return found
    if title is not None and (found := _writer_and_agency_under(lines, kinds, title, start)):
        return found
    # 'By Harbor Wire' credits no person: the publication, where no byline names one (a teaser's may stand nearby).
    return explicit[0] if explicit else None


def _writer_and_agency(lines: list[Line], i: int, start: int) -> Byline | None:
    """'Jane Roe / Harbor Wire' right under the headline, where no other byline is near: a wire's writer and her
    agency, the slash set off by spaces. A photo's credit glues its slash ('Jane Roe/Harbor Wire', as in 'Harbor Wire
    Photo/Jane Roe'), names a picture desk ('Jane Roe / Stockhouse Images') or heads the photo's caption, a sentence
    before the story's. A name in capitals before an agency's initials is a photo's credit in a wire's own style
    ('JANE ROE / HW')."""
    if i >= len(lines) or " / " not in lines[i].text or not looks_like_agency_credit(lines[i]):
        return None
    if _wire_photo_credit(lines[i].text):
        return None
    if i + 1 < start and lines[i + 1].sentence:
        return None
    found = name_only_byline(lines[i])
    if found is None or not found.names or found.publication is None:
        return None
    return None if WIDGET_WORDS.intersection(found.publication.lower().split()) else found


def _writer_and_agency_under(lines: list[Line], kinds: list[Kind], title: int, start: int) -> Byline | None:
    """The wire's writer and her agency right under the headline, or below the story's date there ('June 4, 2021' /
    'Jane Roe / Harbor Wire News Service'). Below a date a page may set a strap of two names a slash parts, a place
    and its district ('Kestle Bay / North Shore'): there the agency must read as a publication's name."""
    below = _past_dates(kinds, title + 1)
    found = _writer_and_agency(lines, below, start)
    if found is None or below == title + 1:
        return found
    agency = (found.publication or "").split()
    return found if any(w.lower() in PUBLICATION_WORDS or (w.isupper() and len(w) > 1) for w in agency) else None


# A slash credit with these words names a picture desk or a role, never the wire that sent the story.
_NO_AGENCY_WORDS = WIDGET_WORDS | ROLE_WORDS


def _with_slash_agency(lines: list[Line], heading: Byline | None, start: int) -> Byline | None:
    """The header's byline with the agency a line of its own below it credits ('Jane Roe' / '/ Harbor Wire'), set
    between the byline and the story: the writer's agency, where the byline names none. A slash line naming a picture
    desk or a role ('/ Tarrow Images', '/ Staff Photographer') credits the photo or the desk, no agency of the story."""
    if heading is None or heading.publication is not None:
        return heading
    for line in lines[heading.pos + 1 : start]:
        if WIRE_SLASH_CREDIT.match(line.text) and _NO_AGENCY_WORDS.isdisjoint(word_list(line.text.lower())):
            return Byline(heading.pos, heading.names, line.text.lstrip("/ "))
    return heading


# A wire's name is short: 'Harbor Press', 'Agence Nordique-Presse' (a judgement: the names of the wires run to
# three or four words).
_WIRE_NAME_WORDS = 4


def _names_a_wire(text: str) -> bool:
    """A line of a few capitalised words named as the wires name themselves: a name, then the wire's word last
    ('Harbor Press', 'Coastal Newswire', 'Kestle News Agency', 'Nordische Presse-Agentur'), or the French, Spanish
    or Italian agency's word first ('Agence Nordique-Presse'). A wire's word elsewhere ('Press Release', 'Fire Agency
    Update'), after no name ('The Wire', 'Hot Off The Press'), after a section's word ('Live Wire') or 'agency' after
    a public body's name ('Child Support Agency') names no wire."""
    words = text.split()
    if not 2 <= len(words) <= _WIRE_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return False
    lowered = [w.lower() for w in words]
    if lowered[0] in FOREIGN_AGENCY_WORDS:
        return True
    *name, last = lowered
    final = re.split(r"[-‐–]", last)[-1]
    if final == "agency":
        return name[-1] in WIRE_AGENCY_AFTER
    named = " ".join(w for w in name if w not in MINOR_WORDS)
    return final in WIRE_WORDS and name[-1] not in MINOR_WORDS and chrome_word_share(named) == 0


def _with_wire_above(lines: list[Line], heading: Byline | None, title: int | None, story: list[Line]) -> Byline | None:
    """The header's byline with the wire named alone on the line right above it ('Harbor Press' over 'By Jane Roe'),
    where the byline names no agency and that line is not the headline: the wire the story came from. Over a story
    its writer tells in the first person, the line names a column ('Trip Wire'): a wire's reporter never says 'I'."""
    if heading is None or heading.publication is not None or not heading.names or heading.pos - 1 in (-1, title):
        return heading
    above = lines[heading.pos - 1].text
    wire = _names_a_wire(above) and not _in_the_first_person(story)
    return Byline(heading.pos, heading.names, above) if wire else heading


# A quotation, to its closing mark or, where it runs on into the next paragraph, to its line's end: in double marks,
# or in single ones ('‘I was asleep,’ she said'), whose closing mark is no apostrophe inside a word ('don’t').
_QUOTATION = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)|‘(?:[^’]|’(?=\w))*(?:’|$)")


def _in_the_first_person(story: list[Line]) -> bool:
    """Whether the writer says 'I', 'me' or 'my' outside quotation marks somewhere in the story."""
    sentences = (part for line in story for part in _SENTENCE_END.split(_QUOTATION.sub(" ", line.text)))
    said = (re.findall(r"[^\W\d_]+", sentence) for sentence in sentences)  # "I'm": 'I', 'm'
    return any(_speaks_for_self(words, k) for words in said for k in range(len(words)))


# Where a sentence ends inside a paragraph: a full stop, question or exclamation mark before a space.
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def _speaks_for_self(words: list[str], k: int) -> bool:
    """Whether words[k], in a sentence's words, is the writer's word for herself. 'I' after a capitalised word within
    the sentence is a numeral or a ruler's ('World War I', 'Phase I', 'King Aldric I'), a name's part and no pronoun;
    after the sentence's first word ('Yesterday I went', 'Then I') it is the writer."""
    if words[k] != "I":
        return words[k] in FIRST_PERSON_SINGULAR
    return k <= 1 or not words[k - 1][:1].isupper()


def _site_footer(line: Line, source: str | None) -> bool:
    """A rights notice naming the page's own masthead is the site's footer, not a wire's notice closing the story it
    sent ('© 2025 The Valley Post. All rights reserved.' on the Valley Post's page)."""
    return source is not None and is_rights_notice(line) and is_same_site(source, [squash(line.text)])


def _past_dates(kinds: list[Kind], i: int) -> int:
    """The first line from i that states no date."""
    while i < len(kinds) and kinds[i] is Kind.DATE:
        i += 1
    return i


def _wire_photo_credit(text: str) -> bool:
    """'JANE ROE / HW': a name in capitals, a slash set off by spaces, then initials alone."""
    name, _, agency = text.partition(" / ")
    return name.isupper() and len(name.split()) >= 2 and agency.isupper() and len(agency.split()) == 1


def _editors(lines: list[Line], title: int | None, start: int) -> Byline | None:
    """Where the page credits no writer, at the head of the story or at its foot, the name it credits the story's
    editing to ('Edited by Jane Roe')."""
    window = _header_window(lines, title, start)
    return next((found for i in window if (found := others_credit(lines, i)) and found.names), None)


# Where a wire prints its closing credit: the story's last paragraph or the two lines below it (a judgement, not
# measured: wires print the credit last, sometimes above a copyright line or a tag).
_CLOSING_LINES = 3


# A bio may stand one line further: under a box's label and the writer's name ('About the author' / 'Jane Roe').
_BIO_LINES = _CLOSING_LINES + 1


def _closing_byline(lines: list[Line], kinds: list[Kind], start: int, end: int) -> Byline | None:
    """Where no byline heads the story, the writers its closing credit names ('Reporting by Jane Roe; ...'), a
    byline printed after the story ('By Jane Roe') or a bio after it ('Jane Roe is a reporter ...')."""
    closing = range(max(start, end), min(len(lines), end + _CLOSING_LINES))
    credited = (found for i in closing if (found := closing_credit(lines[i]) or _byline_alone(lines, kinds, i)))
    bios = (
        found
        for i in range(max(start, end), min(len(lines), end + _BIO_LINES))
        if (found := _bio_byline(lines[i])) and not _named_in_story(lines[start : min(i, end + 1)], found)
    )
    return next(credited, None) or next(bios, None)


def _named_in_story(story: list[Line], byline: Byline) -> bool:
    """A bio of someone the story above it names is about its subject ('... said Jane Roe, who edits the school
    paper'), or about a book's author under its review, not about its writer."""
    return any(re.search(rf"\b{re.escape(name)}\b", line.text) for line in story for name in byline.names)


def _bio_byline(line: Line) -> Byline | None:
    """The writer a bio after the story names, where no byline heads it: '— Jane Roe is a reporter at ...'."""
    text = line.text.lstrip(BIO_MARKS)
    if not is_author_bio(make_line(line.pos, text)):
        return None
    return name_only_byline(make_line(line.pos, text.partition(" is ")[0]))


def _byline_alone(lines: list[Line], kinds: list[Kind], i: int) -> Byline | None:
    """A byline naming writers on a line of its own: no sentence that opens like one ('Written by Jane Roe, the
    play opens Friday.'), nor the heading of a box of headlines below it ('By Popular Demand' over links)."""
    if lines[i].sentence or _heads_headlines(lines, kinds, i):
        return None
    found = marked_byline(lines, i)
    return found if found and found.names else None


def _heads_headlines(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    return i + 1 < len(lines) and kinds[i + 1] is Kind.HEADLINE and lines[i + 1].headline_shaped


def _writers(heading: Byline | None, closing: Byline | None) -> Byline | None:
    """The header's byline; where it names no person ('By Harbor Wire Staff'), the writers the closing credit names,
    the header's publication kept."""
    if heading is None:
        return closing
    if heading.names or closing is None:
        return heading
    return Byline(closing.pos, closing.names, heading.publication or closing.publication)


def _past_author_bio(lines: list[Line], start: int, end: int, byline: Byline | None) -> int:
    """Past a line about the byline's writer that opens the story's run, where an opinion page prints it."""
    return start + 1 if start < end and about_the_writer(lines[start], byline.names if byline else ()) else start


def _caption(lines: list[Line], kinds: list[Kind], lo: int, hi: int) -> str | None:
    for i in range(max(0, lo), min(hi, len(lines))):
        if kinds[i] is Kind.CAPTION and (text := caption_text(lines[i])):
            return text
    return None


def _label_over_briefs(lines: list[Line], kinds: list[Kind], title: int, end: int) -> int:
    """The page's label ('In brief') where the line taken for the headline heads the first of a page of briefs
    under the page's byline and date ('In brief' / 'Jane Roe' / 'May 3' / 'Car park to close' / its paragraph /
    'Choir wins prize' / ...): that heading is the first brief's, and the page's own heading is the short line over
    its byline and date, labelled as briefs. Without a byline or date between them, under a longer line or a
    section's label ('Travel' over a story of short sections), the line stays the title."""
    label = title - 1
    while label >= 0 and (kinds[label] in (Kind.BYLINE, Kind.DATE) or name_only_byline(lines[label]) is not None):
        label -= 1
    if label in (title - 1, -1) or not body_rules.heads_first_brief(lines[title : end + 1], kinds[title : end + 1]):
        return title
    shown = lines[label]
    briefs = shown.words <= HEADLINE_WORDS and opens_like_a_title(shown.text) and labels_briefs(shown.text)
    return label if briefs else title


def _heading_byline(lines: list[Line], kinds: list[Kind], title: int | None, start: int, end: int) -> Byline | None:
    """The byline over the story, with the agency a slash line under it names or a wire's name over it."""
    heading = _find_byline(lines, kinds, title, start)
    return _with_wire_above(lines, _with_slash_agency(lines, heading, start), title, lines[start : end + 1])


def _original_source(byline: Byline | None, lines: list[Line], start: int, sites: list[str]) -> str | None:
    """The wire the story came from: the agency its byline names, else the one its opening dateline names in brackets
    ('OLVEY (Kessock Press) — The ...'), as wire copy a paper reprints carries it; never the page's own site."""
    opening = lines[start].text if start < len(lines) else ""
    publication = byline.publication if byline else None
    if publication and byline and not _wire_credited(lines[byline.pos].text, publication, lines):
        publication = None  # 'Jane Roe with OVRA': a body she worked with, which the page credits nowhere else
    if publication and not is_same_site(publication, sites) and not _names_a_country(publication):
        return publication  # a country after the name ('Jane Roe (NZ)') is where the writer works, no wire
    wire = _dateline_wire(opening)  # read only where the byline names no other agency: asked of every page
    return wire if wire and not is_same_site(wire, sites) else None


def _wire_credited(byline: str, publication: str, lines: list[Line]) -> bool:
    """Whether the page credits the wire a byline names by initials after 'with' ('Jane Roe with HWN') elsewhere, as
    a wire's copy does: in a dateline ('OLVEY, May 3 (HWN) — The ...', 'HWN — The ...') or a note that 'HWN
    contributed to this report'. (A '© HWN' line names the page's own site, never a wire.) Any other publication a
    byline names stands by itself."""
    if initials_after_with(byline) != publication:
        return True
    return any(dateline_credit(line.text) == publication or credits_contributor(line, publication) for line in lines)


def _dateline_wire(opening: str) -> str | None:
    """The wire the opening dateline's brackets name: as the wires name themselves (`_names_a_wire`), or by a wire's
    initials ('OLVEY (HW) —'). The brackets may hold a region ('DUNMORROW (Ore.)', '(UK)'), a note ('(Updated)',
    '(VIDEO)'), a photo's credit or an organisation's initials after its name ('OLVEY HARBOUR TRUST (OHT) Chairman')."""
    held = dateline_brackets(opening)
    if held and _names_a_wire(held):
        return held
    initials = dateline_initials(opening)
    # A country's initials ('(UK)') are the dateline's region, as a state's code is.
    wire = initials and chrome_word_share(initials) == 0 and not _names_a_country(initials)
    return initials if wire else None


def _names_a_country(text: str) -> bool:
    """A country by its name or its initials ('UK', 'N.Z.'): a place, never a wire."""
    return alias_table().is_country(text) or text.replace(".", "") in COUNTRY_INITIALS


def clean_page(text: str) -> CleanPage:
    """Headline, byline, caption, date and the story's paragraphs from a page's visible text."""
    lines = split_lines(text)
    if not lines:
        return CleanPage(None, "", None, None, None, None, None)
    kinds = classify_all(lines)
    start, end = _body_bounds(lines, kinds)
    title = find_title(lines, kinds, start)
    if title is not None:
        title = _label_over_briefs(lines, kinds, title, end)
    if title is not None and title >= start:
        start = title + 1
    start = body_rules.with_lead_in(lines, kinds, body_rules.skip_header(lines, kinds, start, end), title)
    if title is not None:
        start = body_rules.back_to_header(lines, kinds, start, title)
        start = body_rules.with_first_brief_heading(lines, kinds, start, end, title)
    heading, closing = _heading_byline(lines, kinds, title, start, end), _closing_byline(lines, kinds, start, end)
    byline = _writers(heading, closing) or _editors(lines, title, start)
    start = _past_author_bio(lines, start, end, byline)
    end = before_closing_bio(lines, start, end, byline.names if byline else ())
    header_top = title if title is not None else start
    source = find_source(lines, header_top)
    if end > start and _site_footer(lines[end], source):
        end -= 1
    sites = site_names(lines, source)
    original = _original_source(byline, lines, start, sites)
    # a window title's site name after its separator, where the page names its site so or shows the name alone in
    # its header, above the byline and the story, as a logo is; a name alone lower down is a caption's or a heading's
    header_end = min(start, heading.pos) if heading else start
    titled = sites + shown_names(line.text for line in lines[:header_end])
    title_text = without_live_label(without_site_name(lines[title].text, titled)) if title is not None else None
    return CleanPage(
        title=title_text,
        body="\n\n".join(body_rules.body_lines(lines, kinds, start, end, title_text)),
        source=source,
        author=byline.author if byline else None,
        original_source=original,
        caption=_caption(lines, kinds, start if title is None else title + 1, end + 1),  # a headline is no caption
        published=published_date(lines[max(0, header_top - 3) : start + 1]),
    )
