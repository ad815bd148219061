"""Choosing the contiguous run of lines that is the article body."""

import re

from app.ingest.layout.chrome import chrome_word_share, is_copyright, is_glued_card
from app.ingest.layout.classify import Kind
from app.ingest.layout.dates import is_clock_stamp
from app.ingest.layout.lines import Line, opening_word, opens_in_lower_case
from app.ingest.layout.notes import is_editors_note
from app.vocabulary.datelines import opens_story
from app.vocabulary.furniture import SIGN_UP_VERBS

# Header furniture inside or at the edge of the body: neither evidence for it nor against it.
_NEUTRAL = frozenset({Kind.CREDIT, Kind.CAPTION, Kind.BYLINE, Kind.DATE})
_DROPPED = _NEUTRAL | {Kind.SEPARATOR, Kind.BOILERPLATE, Kind.CHROME, Kind.HEADLINE}


# Evidence, in points, that a line is story text; the body is the run of lines with the highest sum. Set by hand
# on the seed pages and the layout development set; each comment says what the value must outweigh, and what
# taking it away, halving, raising it by half or doubling it does to that set (40 of 43 pages with the body's
# start and end right as set; `python -m bench.layout_weights` reruns it).
PROSE = 1.0  # any paragraph of prose: halved, 38 pages
# A longer paragraph is stronger evidence, up to a full paragraph: one of 60 words (1 + 4 points) outweighs a
# short box of links and form lines between two parts of the story (per word halved, 37 pages; doubled, 38; a
# full paragraph of 30 words, 39).
PROSE_PER_WORD = 1 / 15
PROSE_FULL_WORDS = 60
SENTENCE = 0.5  # a sentence too short to be prose (a one-line paragraph): none, 33 pages
SHORT_BOILERPLATE = -2.0  # a short legal or form line ("Sign up", "Advertisement"), a '___' rule: -3, 38 pages
# A longer legal or form line ends the story: it must outweigh a short paragraph beyond it (one of 17 words scores
# 2.1; test_a_long_legal_line_ends_the_story_before_a_short_paragraph_after_it fails from 0 to -2). The set does
# not move with it from 0 to -6.
BOILERPLATE = -3.0
NOTE = -2.0  # enough to end the story before it, too little to split a story around it: none, 39 pages
SHORT_OTHER = -1.0  # a short line of anything else, a menu item or a label: halved or raised by half, 39 pages
OTHER = -1.5  # a longer line that is no sentence, a list of links: none or halved, 39 pages; doubled, 38
SHORT_LINE_WORDS = 4  # a line of at most this many words is short (a menu item, a button): 2, 39 pages


def line_score(line: Line, kind: Kind) -> float:
    """Evidence that a line is story text: long prose counts for, menus and link lists against."""
    short = line.words <= SHORT_LINE_WORDS
    if kind in _NEUTRAL:
        return 0.0
    if kind in (Kind.BOILERPLATE, Kind.SEPARATOR):
        return SHORT_BOILERPLATE if short else BOILERPLATE
    if kind is Kind.NOTE:
        return NOTE
    if line.prose and not is_glued_card(line.text):  # a teaser's summary reads as prose; its glued title tells
        return PROSE + min(line.words, PROSE_FULL_WORDS) * PROSE_PER_WORD
    if kind is Kind.TEXT and line.sentence:
        return SENTENCE
    return SHORT_OTHER if short else OTHER


def best_run(scores: list[float]) -> tuple[int, int]:
    """Inclusive bounds of the highest-scoring contiguous run (Kadane), trimmed of neutral ends."""
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    lo, hi = best_span
    while lo < hi and scores[lo] <= 0:
        lo += 1
    return lo, hi


# A sign-up or advert box is a heading, a blurb, a field or two, a button and a legal line (the layout set does
# not move from 0 to 12; test_sign_up_box_inside_the_story_does_not_split_it fails with none).
_BOX_LINES = 6
_BOX_KINDS = frozenset({Kind.BOILERPLATE, Kind.CHROME, Kind.HEADLINE, Kind.TEXT})


def bridge_boxes(lines: list[Line], kinds: list[Kind], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """A sign-up or advert box can split a story in two: paragraphs just across a short box are the story's too."""
    while (above := _across_box(lines, kinds, scores, start, -1)) is not None:
        start = above
    while (below := _across_box(lines, kinds, scores, end, 1)) is not None:
        end = below
    return start, end


def _across_box(lines: list[Line], kinds: list[Kind], scores: list[float], edge: int, step: int) -> int | None:
    """The far end of a run of at least two paragraphs beyond a short box holding form or legal text."""
    gap: list[int] = []
    i = edge + step
    while 0 <= i < len(lines) and scores[i] <= 0 and len(gap) < _BOX_LINES:
        gap.append(i)
        i += step
    if not gap or not 0 <= i < len(lines) or scores[i] <= 0:
        return None
    # Any line of a box that is not form or menu text (a byline, a note) marks a different block of the page.
    if any(kinds[g] not in _BOX_KINDS for g in gap) or not any(kinds[g] is Kind.BOILERPLATE for g in gap):
        return None
    far, paragraphs = i, 0
    while 0 <= i < len(lines) and scores[i] > 0:
        far, paragraphs = i, paragraphs + lines[i].prose
        i += step
    return far if paragraphs >= 2 or (step == 1 and _ends_on_a_button(lines[gap[-1]])) else None


# A form's button: its verb and maybe one word more ('Subscribe', 'Sign up', 'Join now').
_BUTTON_WORDS = 2


def _ends_on_a_button(line: Line) -> bool:
    """Whether the box above the story's last paragraphs, however short, is a sign-up form, closed by its button: a
    single legal line, a label over teasers, a link's 'Read more' or a teaser's own heading ends the story instead."""
    return line.words <= _BUTTON_WORDS and opening_word(line.text).lower() in SIGN_UP_VERBS


def cut_at_separator(kinds: list[Kind], start: int, end: int) -> int:
    """Wire stories put notes and links after a last '___' rule: the story ends above it."""
    rules = [i for i in range(start + 1, end + 1) if kinds[i] is Kind.SEPARATOR]
    # Several rules divide a story into sections; the last of them is one more section break.
    if len(rules) == 1 and end - rules[0] <= 2:
        return rules[0] - 1
    return end


def extend_to_separator(kinds: list[Kind], end: int) -> int:
    """A '___' rule just below the story closes it: short lines above the rule (a label, its items) are its last."""
    for i in range(end + 1, min(end + 6, len(kinds))):
        if kinds[i] is Kind.SEPARATOR:
            return i - 1
        if kinds[i] not in (Kind.TEXT, Kind.CHROME):
            break
    return end


def extend_to_editors_note(lines: list[Line], kinds: list[Kind], end: int) -> int:
    """An editor's note or correction belongs to the story, even below a box of related links."""
    for i in range(end + 1, min(end + 5, len(lines))):
        if is_editors_note(lines[i]):
            return i
        if kinds[i] not in _DROPPED:
            break
    return end


_CARD_MARKERS = frozenset({Kind.BYLINE, Kind.DATE})


def cut_at_teaser_cards(lines: list[Line], kinds: list[Kind], scores: list[float], start: int, end: int) -> int:
    """Teasers for other stories repeat a headline, a byline or date and a summary: the story ends before them."""
    cards = [
        i
        for i in range(start + 1, end + 1)
        if kinds[i] in _CARD_MARKERS and kinds[i - 1] not in _CARD_MARKERS and not lines[i - 1].prose
    ]
    # One dated or signed block is the story's own header; a second one means a list of other stories.
    if len(cards) < 2 or not any(lines[i].prose for i in range(start, cards[0])):
        return end
    return running_peak(scores, start, cards[0] - 1)


def running_peak(scores: list[float], start: int, end: int) -> int:
    """Where the running score from `start` is highest: what follows adds nothing to the story."""
    total, best, best_at = 0.0, float("-inf"), start
    for i in range(start, end + 1):
        total += scores[i]
        if total > best:
            best, best_at = total, i
    return best_at


_HEADER = frozenset({Kind.BYLINE, Kind.DATE, Kind.CREDIT})


def skip_header(lines: list[Line], kinds: list[Kind], start: int, end: int) -> int:
    """Start at a dateline ('CITY (Agency) —') if one opens the story; else skip a dek and its furniture. A story
    under a clock time alone opens a live page's entries, each under its time: no dek to skip."""
    if start > 0 and is_clock_stamp(lines[start - 1].text):
        return start
    first = range(start, min(start + 8, end + 1))
    for i in first:
        if kinds[i] is Kind.TEXT and opens_story(lines[i].text):
            return i
    header = [i for i in first[:5] if kinds[i] in _HEADER]
    # A credit line closes a caption (or dek) group, but only a short one: a deeper credit is inside the story.
    header = [i for i in header if kinds[i] is not Kind.CREDIT or _text_lines(kinds, start, i) <= 2]
    # Nor one under a caption under the story's first paragraph, set right under the byline or the date: a photo's
    # inside the story.
    header = [
        i for i in header if kinds[i] is not Kind.CREDIT or not _captioned_under_paragraph(lines, kinds, start, i)
    ]
    # A clock time alone below a line of text is inside the story: a timetable's item ('10:30'), not its header.
    header = [i for i in header if not is_clock_stamp(lines[i].text) or _text_lines(kinds, start, i) == 0]
    return header[-1] + 1 if header else start


def _captioned_under_paragraph(lines: list[Line], kinds: list[Kind], start: int, credit: int) -> bool:
    """A credit under its caption, under a paragraph of prose right under a byline or a date, where a story's first
    paragraph stands ('... said on Monday.' / 'A picker sorts apples.' / 'Photo: Jane Roe / Agency'). A standfirst
    stands over the byline, or is a lead photo's with no caption between them."""
    if credit - 1 <= start or kinds[credit - 1] is not Kind.CAPTION:
        return False
    return any(
        kinds[k] is Kind.TEXT and lines[k].prose and k > 0 and kinds[k - 1] in (Kind.BYLINE, Kind.DATE)
        for k in range(start, credit - 1)
    )


def _text_lines(kinds: list[Kind], start: int, stop: int) -> int:
    return sum(kind is Kind.TEXT for kind in kinds[start:stop])


# A lead-in is a paragraph's first few words: a short phrase, not a line of its own (eight words: a judgement, not
# a measured figure; the dev pages hold no lead-in).
_LEAD_IN_WORDS = 8


# What a lead-in may have been taken for: a heading, a menu item, or a line of no kind.
_LEAD_IN_KINDS = frozenset({Kind.HEADLINE, Kind.CHROME, Kind.TEXT})


def _runs_on(above: Line, below: Line) -> bool:
    """A short phrase with no closing stop whose sentence goes on in the line below; not page furniture set between
    two parts of a sentence ('Advertisement')."""
    if not opens_in_lower_case(below.text) or above.sentence or above.words > _LEAD_IN_WORDS:
        return False
    return chrome_word_share(above.text) < 1.0


def with_lead_in(lines: list[Line], kinds: list[Kind], start: int, title: int | None) -> int:
    """Start one line higher where the first paragraph's opening words are set apart above it (a bold lead-in, the
    word of a drop cap): 'The county board' / 'agreed on Monday to ...'."""
    above = start - 1
    if 0 <= above != title and start < len(lines) and kinds[above] in _LEAD_IN_KINDS:
        return above if _runs_on(lines[above], lines[start]) else start
    return start


# A gap inside a story's opening: an advert's label, a list's short items, an embedded post and its date (four
# lines: a judgement, as a list or a post is a few lines and a box of links is longer).
_OPENING_GAP = 4
# What may part the story's first paragraphs from the rest: furniture and headline-shaped lines. Not a byline, nor a
# photo's credit: the lines above a credit are the lead photo's caption, or a magazine's dek printed over it.
_GAP_KINDS = frozenset({Kind.CHROME, Kind.BOILERPLATE, Kind.HEADLINE, Kind.DATE})


# A list's item is marked at its start: '• The bridge will close for a year.'
_LIST_ITEM = re.compile(r"^[•·▪◦*–-]\s")


def _sentence_of_text(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """A sentence, not a label heading a list ('Key points:') nor one of the list's marked items."""
    text = lines[i].text
    return kinds[i] is Kind.TEXT and lines[i].sentence and not text.endswith(":") and not _LIST_ITEM.match(text)


def back_to_header(lines: list[Line], kinds: list[Kind], start: int, title: int) -> int:
    """Where the story's first paragraphs stand right under its byline or date, parted from the rest by a short gap
    of furniture ('Advertisement', a list's items, an embedded post), the story starts under the header."""
    i, gap = start - 1, 0
    while i > title and gap < _OPENING_GAP and kinds[i] in _GAP_KINDS and not _sentence_of_text(lines, kinds, i):
        i, gap = i - 1, gap + 1
    if gap == 0 or i <= title or not _sentence_of_text(lines, kinds, i):
        return start
    while i - 1 > title and _sentence_of_text(lines, kinds, i - 1):
        i -= 1
    return i if kinds[i - 1] in (Kind.BYLINE, Kind.DATE) else start


def body_lines(lines: list[Line], kinds: list[Kind], start: int, end: int, title: str | None) -> list[str]:
    """The story's paragraphs and subheads; a copyright notice closing the story is kept, as wire copy prints it;
    a lead-in set apart is joined to the rest of its paragraph."""
    last = lines[end]
    span, span_kinds = lines[start : end + 1], kinds[start : end + 1]
    if len(span) > 1 and _runs_on(span[0], span[1]):
        # A drop cap is the first letter of the word below ('T' / 'he council'), unless it is a word of one letter
        # itself ('A' / 'temporary ferry'); a lone letter below is no word, so the cap begins it ('I' / 'n the').
        cap = span[0].text
        word_of_its_own = cap in ("A", "I") and len(opening_word(span[1].text)) > 1
        space = "" if len(cap) == 1 and not word_of_its_own else " "
        return [span[0].text + space + span[1].text, *body_lines(lines, kinds, start + 2, end, title)]
    kept = [
        line.text
        for k, (line, kind) in enumerate(zip(span, span_kinds, strict=True))
        if (
            kind not in _DROPPED
            or (line is last and is_copyright(line))
            or is_subhead(span, span_kinds, k)
            or (k == 0 and heads_first_brief(span, span_kinds))
        )
        and line.text != title
        and not is_pull_quote(span, k)
    ]
    return kept


def is_subhead(span: list[Line], kinds: list[Kind], k: int) -> bool:
    """A short heading between two paragraphs divides the story; menu words would make it a stray link."""
    if not 0 < k < len(span) - 1 or not _heading_shaped(span[k], kinds[k]):
        return False
    return all(span[j].prose and kinds[j] is Kind.TEXT for j in (k - 1, k + 1))


def _heading_shaped(line: Line, kind: Kind) -> bool:
    """A short heading of few menu words: 'Library hours', 'What happens next'."""
    if kind not in (Kind.HEADLINE, Kind.CHROME) or not 2 <= line.words <= 8 or line.sentence:
        return False
    return chrome_word_share(line.text) < 0.5


def with_first_brief_heading(lines: list[Line], kinds: list[Kind], start: int, end: int, title: int) -> int:
    """Start one line higher at a short heading right under the header where a subhead follows the first paragraph:
    a page of briefs heads each with its own ('Library hours' / its paragraph / 'Road closure' / ...), the first
    brief's too. Over a story whose sections run longer, the same line is a label or a dek, not the story's."""
    above = start - 1
    under_header = above - 1 == title or (above - 1 > title and kinds[above - 1] in (Kind.BYLINE, Kind.DATE))
    return above if under_header and heads_first_brief(lines[above : end + 1], kinds[above : end + 1]) else start


def heads_first_brief(span: list[Line], kinds: list[Kind]) -> bool:
    """A short heading over a paragraph that a subhead follows, and the next brief as short, closed by a heading or
    the story's end: the first of a page's briefs. A story's dek or a photo's credit over its first paragraph may
    have a subhead after that paragraph too, but the story's sections run longer (dek / ¶ / subhead / ¶ / ¶)."""
    if len(span) < 4 or not (_heading_shaped(span[0], kinds[0]) and is_subhead(span, kinds, 2)):
        return False
    return len(span) == 4 or _heading_shaped(span[4], kinds[4])


# Quote marks and the closing stop, which the paragraph may print as a comma.
_QUOTE_MARKS = "\"'“”‘’ .,!?…"


# A pull quote is set within a few lines of the paragraph it repeats (the layout set does not move from 0 to 8;
# test_pull_quote_repeating_a_paragraph_is_dropped fails with none).
_PULL_QUOTE_REACH = 4


def is_pull_quote(span: list[Line], k: int) -> bool:
    """A short quote printed again inside a longer paragraph nearby: a pull quote, set out for display."""
    line = span[k]
    if line.words < 4 or line.words > 40:
        return False
    core = line.text.strip(_QUOTE_MARKS)
    # Only the few lines around it: the span's lines are consecutive, so their positions are too.
    near = span[max(0, k - _PULL_QUOTE_REACH) : k + _PULL_QUOTE_REACH + 1]
    return any(other is not line and other.words > line.words and core in other.text for other in near)
