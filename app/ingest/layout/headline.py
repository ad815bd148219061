"""Finding the headline above the body."""

import itertools
import re

from app.ingest.layout.byline import credits_no_writer, filed_from_byline, name_only_byline
from app.ingest.layout.captions import labelled_caption, split_credit
from app.ingest.layout.chrome import CHROME_LINE_WORDS, chrome_word_share, is_glued_card
from app.ingest.layout.classify import FURNITURE, Kind, index_below
from app.ingest.layout.lines import (
    HEADLINE_WORDS,
    Line,
    lower_ratio,
    opening_word,
    opens_in_lower_case,
    opens_like_a_title,
    word_list,
    words,
)
from app.ingest.layout.masthead import holders_lines, is_same_site, masthead_lines, publication_shaped, squash
from app.vocabulary.capitals import MINOR_WORDS, NAME_PARTICLES, QUESTION_WORDS
from app.vocabulary.credits import CREDIT_LABEL
from app.vocabulary.furniture import (
    ARTICLE_TOOLS,
    BYLINE_BUTTONS,
    HEADLINE_SEPARATORS,
    ROLE_WORDS,
    SUBJECT_WORDS,
    TITLE_SEPARATORS,
    UI_VERBS,
    is_box_heading,
    is_column_name,
    is_freshness_label,
    is_labelled_teaser,
    is_release_heading,
    is_sent_from,
    is_summary_label,
    is_teaser_label,
    is_ui_line,
)
from app.vocabulary.names import GIVEN_NAMES

_SLUG = re.compile(r"https?://\S+/([^/\s]*[A-Za-z][^/\s]*?)(?:[-_]\d+)*(?:\.\w{2,5})?/?$")
# Under half its words lower-case: a title-case line (as lines.lower_ratio counts), which captions, written as
# sentences, are not.
_TITLE_CASE = 0.5
_TITLE_KINDS = frozenset({Kind.HEADLINE, Kind.TEXT})
# What closes a story's or a teaser's header: never a headline over a standfirst.
_HEADER_CLOSERS = frozenset({Kind.BYLINE, Kind.DATE})
# Lines above the body searched for the headline: past the longest menu a page prints before its story (the
# layout set keeps its titles with 75 to 300).
_WINDOW = 150
# Menus rarely use function words, headlines often do: 'The Forgotten Archive' is no menu item.
_FUNCTION_WORDS = MINOR_WORDS | words("your our all")


def slug_words(lines: list[Line]) -> set[str]:
    """Words of the article URL's last path segment, when the page prints its URL."""
    for line in lines:
        match = _SLUG.search(line.text)
        if match and match.group(1).count("-") + match.group(1).count("_") >= 3:
            return {w.lower() for w in re.split(r"[-_]+", match.group(1)) if w and not any(c.isdigit() for c in w)}
    return set()


# A ranked list's item number ('2. Harbour fees to rise', '3) ...'): a 'Most read' list's teaser where the next or
# last number of the list stands within a few lines (a teaser may carry its time or section under it). A headline
# may open with a number alone ('1. FC Millbrook sign striker': a club's name).
_LIST_NUMBER = re.compile(r"^(\d{1,2})[.)]\s")
_RANKED_REACH = 4


def _ranked_item(lines: list[Line], i: int) -> bool:
    match = _LIST_NUMBER.match(lines[i].text)
    if match is None:
        return False
    rank = int(match.group(1))
    nearby = lines[max(0, i - _RANKED_REACH) : i] + lines[i + 1 : i + 1 + _RANKED_REACH]
    ranks = {int(m.group(1)) for m in (_LIST_NUMBER.match(line.text) for line in nearby) if m}
    return bool(ranks & {rank - 1, rank + 1})


def _is_candidate(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    line, kind = lines[i], kinds[i]
    short_title = kind is Kind.CHROME and _short_title(lines, kinds, i)
    # A headline over the lead photo's credit reads as that photo's caption; a line with no final stop may be
    # either, and so may one in title case, as some headlines are two short sentences. A line carrying a person's
    # or an agency's credit of its own ('... (Jane Roe / Agency)') is a caption whatever its case; a media tag is
    # no credit ('... (PHOTOS)'); a line labelled a caption ('Image caption, ...') says what it is.
    over_credit = (
        kind is Kind.CAPTION
        and (line.headline_shaped or line.lower_ratio < _TITLE_CASE)
        and not _names_a_credit(line.text)
        and not labelled_caption(line.text)
    )
    if kind not in _TITLE_KINDS and not short_title and not over_credit:
        return False
    if not 3 <= line.words <= 30 or (line.prose and line.lower_ratio > 0.6):
        return False
    if not opens_like_a_title(line.text) or is_ui_line(line.text) or is_glued_card(line.text):
        return False  # a button's label, a counter ('Report an error', '12 comments') or a teaser is no headline
    if _ranked_item(lines, i):
        return False  # an item of a ranked list of other stories
    if is_release_heading(line.text):
        return False  # a press office's heading over its release ('News Release | ...', 'Release No. 214/2026')
    if is_column_name(line.text) or credits_no_writer(line.text):
        return False  # the name of the column the story runs in, or a writer's job title ('Chief Correspondent')
    if is_labelled_teaser(line.text) or (i > 0 and is_teaser_label(lines[i - 1].text)):
        return False  # a link to another story ('Related: ...'), on the label's line or under it
    if i > 0 and is_summary_label(lines[i - 1].text):
        return False  # the story's summary under its label ('In Summary'), however a headline it looks
    if is_box_heading(line.text) or is_freshness_label(line.text):
        return False  # the heading of a box of links ('Most read', 'More in Sport') or a kicker ('Breaking News')
    if i + 1 < len(lines) and opens_in_lower_case(lines[i + 1].text) and lines[i + 1].prose:
        return False  # a paragraph's opening words set apart (a bold lead-in), its sentence going on below
    # A 'By ...' line names the author, so the title-case line above it is the headline, not a name; so is 'Jane Roe
    # in Oslo' right under a headline (with none above, the same shape is a short headline: 'Budget Talks in Oslo').
    if _near(kinds, i, range(1, 3), frozenset({Kind.BYLINE})):
        return True
    if filed_from_byline(line) and _under_a_headline(lines, kinds, i) and not _byline_right_below(lines, kinds, i):
        return False
    return name_only_byline(line) is None or _over_a_name(lines, i)


# A person's name is two or three words, a surname's particles aside ('Ana de la Quill'); four is _is_name's limit.
_NAME_WORDS = 3


def _over_a_name(lines: list[Line], i: int) -> bool:
    """Four title-case words or more right over one person's name alone: the headline over its byline ('Harbour Wall
    Repairs Begin' over 'Jane Roe'), which reads as a name itself; two writers' names stacked are shorter, or the
    first opens with a given name."""
    below = name_only_byline(lines[i + 1]) if i + 1 < len(lines) else None
    words = [t for t in lines[i].text.split() if t not in NAME_PARTICLES]
    # four names of one person ('Maria Ottilie Dorwald Quint'): a second writer
    opens_with_given_name = words[0].lower() in GIVEN_NAMES
    return below is not None and len(below.names) == 1 and len(words) > _NAME_WORDS and not opens_with_given_name


def _short_title(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """A short line taken for chrome that vocabulary says is a headline. Three-word lines look like menu items, but
    short headlines exist: half their words or fewer, function words aside, a menu's. A longer one is chrome by its
    menu words, which its function words ('to', 'for', 'the') may make: a headline where its other words are mostly
    not a menu's ('Hospital wing to close for repairs'), as 'Back to top of page' and 'Return to the homepage' are
    not, and no longer headline stands right below it (`_over_a_longer_headline`)."""
    line = lines[i]
    menu_share = chrome_word_share(" ".join(w for w in line.text.split() if w.lower() not in _FUNCTION_WORDS))
    if in_menu(lines, kinds, i, _HEADLINE_NEIGHBOURS):
        return False
    # over a standfirst, the line is a feature's headline with half its words a menu's ('Back on the water')
    over_standfirst = i + 1 < len(lines) and _question_standfirst(line, lines[i + 1])
    if line.words == HEADLINE_WORDS or (over_standfirst and line.words <= CHROME_LINE_WORDS):
        return menu_share <= 0.5
    longer = HEADLINE_WORDS < line.words <= CHROME_LINE_WORDS
    return longer and menu_share < 0.5 and not _over_a_longer_headline(lines, kinds, i)


def _question_standfirst(line: Line, below: Line) -> bool:
    """The line below opens as an indirect question (`_indirect_question`) under a line in sentence case, a feature's
    headline ('Back on the water'). Under a label in title case ('The Long Read', 'Climate and Environment') or a
    section's label of subject words alone ('Climate and environment') that line is the headline, however it opens
    ('How a river town learned to live with floods'). Sentence case: more than half the words after the first in
    lower case, so that a label's 'and' ('Climate and Environment') is not enough."""
    # Asked of every line over another: the line below's opening word settles most at once.
    return _indirect_question(below) and _in_sentence_case(line)


def _in_sentence_case(line: Line) -> bool:
    """More than half the words after the first in lower case, and not a section's label of subject words alone
    ('Climate and environment'): a headline as a site writing its headlines in sentence case prints it."""
    words = word_list(line.text)
    subjects_only = all(w.lower() in SUBJECT_WORDS for w in words if w.lower() not in _FUNCTION_WORDS)
    return lower_ratio(words[1:]) > 0.5 and not subjects_only


def _short_standfirst(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """A standfirst shorter than a paragraph's ten words under headline i: one opening as an indirect question
    (`_question_standfirst`), or one in sentence case under a headline in sentence case that opens the header
    (`_opens_header`). A label over a headline is printed in title case ('Ask the Expert') or names a section
    ('Climate and environment'); a site that writes its headlines in sentence case writes their standfirsts so
    ('Village schools saved' over 'Board drops merger plan after protests')."""
    line, below = lines[i], lines[i + 1]
    if _question_standfirst(line, below):
        return True
    return _in_sentence_case(line) and _in_sentence_case(below) and _opens_header(lines, kinds, i)


def _opens_header(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """No headline-shaped line right over line i: a line under one is an item of a list of teasers ('Library extends
    weekend hours' over 'Robotics team heads to finals'), no headline opening the story's header."""
    return i == 0 or not _is_candidate(lines, kinds, i - 1)


def _indirect_question(line: Line) -> bool:
    """A clause in sentence case opening with a question word and closed by no question mark: a feature's standfirst
    ('How a river town learned to live with floods'), not a headline a short line over it labels ('Town council
    votes to close the bridge')."""
    opening = opening_word(line.text).lower()
    return opening in QUESTION_WORDS and _sentence_like(line) and not line.text.rstrip().endswith("?")


def _over_a_longer_headline(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """Right over a longer line taken for a headline: a section's or a promotion's label over the story's headline
    ('Stories from across the valley'), which would read that headline as its dek and win over it."""
    return i + 1 < len(lines) and kinds[i + 1] is Kind.HEADLINE and lines[i + 1].words > lines[i].words


# Menu items on either side of a name alone that make it one more item: two, as a byline's own neighbours may be a
# label or a button on one side (a judgement, not a measured figure).
_MENU_REACH = 2
# What a byline's own neighbours say: its buttons ('Follow', 'Email', 'Print') and the writer's role ('Senior
# Reporter'). A line with one of them beside a name is no menu item.
BYLINE_NEIGHBOURS = UI_VERBS | BYLINE_BUTTONS | ROLE_WORDS
# What a headline's own neighbours say: the share bar and the story's tools under it ('Share', 'Tweet', 'Listen',
# 'Comments'). A site's menu holds other controls ('Contact', 'Sign in'), which stand by no headline.
_HEADLINE_NEIGHBOURS = BYLINE_BUTTONS | ARTICLE_TOOLS


def in_menu(lines: list[Line], kinds: list[Kind], i: int, neighbours: frozenset[str]) -> bool:
    """Menu items, none of the `neighbours` words that stand by a byline or a headline, two above line i and two
    below: a name-shaped item of a site's menu ('Coral Coast' among the regions), no writer; a short line of a
    headline's shape ('Donate to our newsroom'), no headline."""
    near = [*range(i - _MENU_REACH, i), *range(i + 1, i + 1 + _MENU_REACH)]
    return all(
        0 <= j < len(lines)
        and kinds[j] is Kind.CHROME
        and not neighbours.intersection(word_list(lines[j].text.lower()))
        for j in near
    )


# What may stand between a headline and its byline: the lead photo's caption and credit.
_PHOTO = frozenset({Kind.CAPTION, Kind.CREDIT})
# Lines between a headline and its byline: a dek or a match's score (one line: a judgement, not measured).
_HEADER_LINES = 2


def lines_above(kinds: list[Kind], i: int) -> list[int]:
    """The two lines above line i, nearest first, a photo's caption and credit passed over: where the headline
    stands over its byline."""
    return list(itertools.islice((j for j in range(i - 1, -1, -1) if kinds[j] not in _PHOTO), _HEADER_LINES))


def _under_a_headline(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """A line just above line i, a photo's caption and credit passed over, may be a headline, and no item of a
    list."""
    return any(_is_candidate(lines, kinds, j) and not _in_list(lines, kinds, j) for j in lines_above(kinds, i))


def _byline_right_below(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """The next line is a byline, marked or a name alone: line i over it is a headline ('Jane Roe in Hospital' over
    'John Doe'), not a byline of its own."""
    return i + 1 < len(lines) and _is_byline(lines, kinds, i + 1)


def _is_byline(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """Line i is a byline: marked ('By ...') or a name alone."""
    return kinds[i] is Kind.BYLINE or name_only_byline(lines[i]) is not None


def _near(kinds: list[Kind], i: int, span: range, wanted: frozenset[Kind]) -> bool:
    return any(0 <= i + d < len(kinds) and kinds[i + d] in wanted for d in span)


# A share bar's label and five buttons; with more, a menu above the story reached its date and took the headline.
_SKIPPED_FURNITURE = 5


def _below(lines: list[Line], kinds: list[Kind], i: int, count: int) -> range:
    """The `count` lines below line i, page furniture (a share bar, a photo credit) not counted; past furniture or a
    paragraph (a teaser's summary), up to the next headline-shaped line, as what lies beyond it belongs to that one."""
    end = index_below(kinds, i, count, skip=_SKIPPED_FURNITURE)
    passed = [j for j in range(i + 1, end + 1) if kinds[j] in FURNITURE or lines[j].prose]
    if passed:
        end = next(
            (j - 1 for j in range(passed[0], end + 1) if kinds[j] in _TITLE_KINDS and _is_candidate(lines, kinds, j)),
            end,
        )
    return range(i + 1, end + 1)


def _found_below(lines: list[Line], kinds: list[Kind], i: int, count: int, wanted: frozenset[Kind]) -> bool:
    return any(kinds[j] in wanted for j in _below(lines, kinds, i, count))


def _name_follows(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    return any(name_only_byline(lines[j]) or filed_from_byline(lines[j]) for j in _below(lines, kinds, i, 2))


def _dek_follows(lines: list[Line], i: int) -> bool:
    """A headline is often followed by a longer, sentence-case standfirst."""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    return nxt.words > lines[i].words and nxt.lower_ratio >= 0.5 and nxt.words >= 10


def _in_list(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """Both neighbours are headline-like too: one item of a related-stories list. So is the first line under a box's
    heading ('Most read', 'Related') with another headline below it, unless that one is a dek under the story's own
    headline (longer, and written as a sentence: a teaser a word longer is no dek), and the first under a label such
    as 'Breaking News' with two more below it: the label may be the kicker over the story's headline and its dek, but
    not over a ticker of stories. A box's teaser may be signed and dated: the next headline comes after its byline
    and date, and is one of the list too where another follows it so."""

    def listy(j: int) -> bool:
        return _headline_like(lines, kinds, j)

    above = lines[i - 1].text if i > 0 else ""
    # The cheap look below first: most lines have no headline under them, and need no search for a box heading.
    if listy(_past_header_closers(kinds, i + 1)) and _under_box_heading(lines, kinds, i) and not _dek_follows(lines, i):
        return True
    return listy(i + 1) and (listy(i - 1) or (is_freshness_label(above) and listy(i + 2)))


def _under_box_heading(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """Line i is the first under a box's heading ('Most read'), or a headline right after the byline or date of a
    signed teaser that is."""
    while i > 0 and not is_box_heading(lines[i - 1].text):
        teaser = _before_header_closers(kinds, i - 1)
        if teaser == i - 1 or not _headline_like(lines, kinds, teaser):
            return False
        i = teaser
    return i > 0


def _headline_like(lines: list[Line], kinds: list[Kind], j: int) -> bool:
    return 0 <= j < len(lines) and kinds[j] in _TITLE_KINDS and lines[j].headline_shaped


def signs_a_teaser(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """Line i is the byline under one headline of a list of other stories (a signed teaser under a box's heading)."""
    return i > 0 and _in_list(lines, kinds, i - 1)


def _past_header_closers(kinds: list[Kind], j: int) -> int:
    """The first line from j that is neither a byline nor a date."""
    while j < len(kinds) and kinds[j] in _HEADER_CLOSERS:
        j += 1
    return j


def _before_header_closers(kinds: list[Kind], j: int) -> int:
    """The last line up to j that is neither a byline nor a date (-1 where there is none)."""
    while j >= 0 and kinds[j] in _HEADER_CLOSERS:
        j -= 1
    return j


# A teaser card is a few lines: a section label, a headline, a date, perhaps a summary (two to four, a judgement). A
# grid of them repeats the card's lines, kind for kind, three times or more: the fewest that make a grid rather than
# the story's header and one card below it. Its items take the weight of a list's (IN_LIST). No title of the layout
# development set moves with it; test_a_grid_of_teaser_cards_between_the_header_and_the_story_holds_no_title fails
# without it. A story's header shaped as the cards are (label, headline, date) counts as one of them: not told apart.
_CARD_LINES = (2, 3, 4)
_GRID_CARDS = 3


def _cards_from(kinds: list[Kind], first: int, size: int, step: int) -> int:
    """How many cards after (step 1) or before (step -1) the card of `size` lines at `first` repeat its kinds."""
    card, count = kinds[first : first + size], 0
    while (other := first + step * size * (count + 1)) >= 0 and kinds[other : other + size] == card:
        count += 1
    return count


def _in_card_grid(kinds: list[Kind], i: int) -> bool:
    """Line i is a teaser card's headline in a grid of cards: the lines around it repeat, kind for kind, as a card
    of two to four lines of more than one kind does."""
    for size in _CARD_LINES:
        for first in range(max(0, i - size + 1), i + 1):
            card = kinds[first : first + size]
            if len(card) == size and len(set(card)) > 1:
                cards = 1 + _cards_from(kinds, first, size, 1) + _cards_from(kinds, first, size, -1)
                if cards >= _GRID_CARDS:
                    return True
    return False


def _below_deks(lines: list[Line], kinds: list[Kind], i: int) -> int:
    """The first line after the headline-shaped lines (deks, bullet points) that follow line i."""
    j = i + 1
    while j < min(i + 6, len(lines)) and kinds[j] in _TITLE_KINDS and lines[j].headline_shaped:
        j += 1
    return j


def _byline_below_deks(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """A headline and its deks or bullet points stand as one block above the byline."""
    j = _below_deks(lines, kinds, i)
    return j < len(lines) and kinds[j] is Kind.BYLINE


def _is_dek(lines: list[Line], kinds: list[Kind], i: int, body_start: int) -> bool:
    """Below another headline-shaped line, in a block that runs into the byline or the story: a dek. One longer
    than the line above, as deks are, may be parted from them by a few lines of furniture (a desk's label, a
    handle, a date); a shorter one so parted is as likely the headline, the line above a teaser's. A line the
    window title names is the headline, whatever stands above it."""
    above = lines[i - 1] if i > 0 else None
    if above is None or not _is_candidate(lines, kinds, i - 1) or above.words * 2 <= lines[i].words:
        return False  # under a label of half its length or less ('Ask the Expert' over a headline): no dek
    if _in_window_title(lines, i) or _under_teasers(lines, kinds, i, body_start):
        return False
    j = _below_deks(lines, kinds, i - 1)
    if lines[i].words > above.words:
        return _header_closes(lines, kinds, j, body_start)
    if _caption_over_headline(lines, kinds, i - 1, body_start):
        return False
    # the byline closing the block may be marked ('By ...') or a name alone
    return j == body_start or (j < len(lines) and _is_byline(lines, kinds, j))


# Words of four letters or more, compared by their first five, so that 'restored' meets 'restore' and 'Volunteers'
# meets 'volunteers' (a judgement: enough to pass over an ending, short of a word's stem).
_CONTENT_WORD = re.compile(r"[A-Za-z]{4,}")
_STEM = 5
# A headline drawn from the lead uses half its words or more there; one word met by chance ('Harbour' in the lead's
# 'Harbor Wire') is no sign.
_DRAWN_FROM_LEAD = 0.5


def _lead_share(line: Line, lead: Line) -> float:
    """The share of a line's words of content that the story's first paragraph uses too."""
    used = {w.lower()[:_STEM] for w in _CONTENT_WORD.findall(lead.text)}
    own = [w.lower()[:_STEM] for w in _CONTENT_WORD.findall(line.text) if w.lower() not in _FUNCTION_WORDS]
    return sum(w in used for w in own) / len(own) if own else 0.0


def _under_teasers(lines: list[Line], kinds: list[Kind], i: int, body_start: int) -> bool:
    """Line i is the story's headline under a stack of other stories' headlines, not a dek: the line above stands
    under a headline-shaped line at least as long (a headline over its dek has at most a shorter label over it),
    and the story's first paragraph uses half of line i's words and none of the line above's, as a teaser's."""
    if not 2 <= i < body_start < len(lines):
        return False
    top, above = lines[i - 2], lines[i - 1]
    if not (_headline_like(lines, kinds, i - 2) and top.words >= above.words):
        return False
    lead = lines[body_start]
    return _lead_share(above, lead) == 0 and _lead_share(lines[i], lead) >= _DRAWN_FROM_LEAD


def _caption_over_headline(lines: list[Line], kinds: list[Kind], i: int, body_start: int) -> bool:
    """Line i is the lead photo's caption, uncredited, over the story's headline: a longer line over a shorter one
    that closes the header (the byline or the story right below it), half of whose words or more the story's first
    paragraph uses, and more of them than of line i's, while line i is not drawn from it itself. A headline is drawn
    from the story's lead; a caption says what the picture shows ('Crews clear the quay on Tuesday' over 'Harbour
    plan wins backing'). A dek is longer than its headline, so a shorter line under the headline is a dek only where
    the lead echoes it no better; a headline the lead echoes half of keeps a short dek, echoed or not."""
    below = i + 1
    # a page that ends on its header has no lead to echo either line
    if not 0 <= i < below < body_start < len(lines) or lines[below].words >= lines[i].words:
        return False
    if not (_is_candidate(lines, kinds, i) and _is_candidate(lines, kinds, below)):
        return False
    closes = below + 1 == body_start or _is_byline(lines, kinds, below + 1)
    lead = lines[body_start]
    echoed, above = _lead_share(lines[below], lead), _lead_share(lines[i], lead)
    return closes and above < _DRAWN_FROM_LEAD <= echoed and echoed > above


def _names_a_credit(text: str) -> bool:
    """Ends in a credit naming its maker: 'Jane Roe / Agency' or a labelled one ('Photo: Jane Roe'), not a tag for
    the story's media ('PHOTOS', 'Photo Gallery')."""
    credit = split_credit(text)[1]
    return credit is not None and ("/" in credit or re.match(rf"\(?{CREDIT_LABEL}", credit, re.IGNORECASE) is not None)


def _captions_a_headline(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """Over a photo credit, right under a headline-shaped line: the lead picture's caption, set under its story's
    headline, though written in title case."""
    return kinds[i] is Kind.CAPTION and i > 0 and kinds[i - 1] in _TITLE_KINDS and _is_candidate(lines, kinds, i - 1)


# Between a standfirst and the byline or story: a section label, a photo caption and its credit, a date.
_HEADER_FURNITURE = frozenset({Kind.CHROME, Kind.CAPTION, Kind.CREDIT, Kind.DATE})
# At most a label, a caption, its credit and a date between a standfirst and the byline (with none, the layout
# set loses 2 titles and test_headline_above_a_longer_standfirst_is_the_title fails).
_FURNITURE_LINES = 4
_QUOTES = "\"'“‘"


def _sentence_like(line: Line) -> bool:
    """Reads as a sentence or a quote, whether or not the page prints its final full stop."""
    return line.lower_ratio >= 0.5 or line.text[:1] in _QUOTES


def _header_closes(lines: list[Line], kinds: list[Kind], j: int, body_start: int) -> bool:
    """From line j, a few furniture lines at most lead into the byline or the story."""
    for k in range(j, min(j + _FURNITURE_LINES + 1, len(lines))):
        if k == body_start or kinds[k] is Kind.BYLINE:
            return True
        if kinds[k] not in _HEADER_FURNITURE or lines[k].prose:
            return False
    return False


def _has_standfirst(lines: list[Line], kinds: list[Kind], i: int, body_start: int) -> bool:
    """Line i is a headline directly above its longer standfirst, the pair closing the header block.

    A list of related headlines does not qualify: the line after its longer item is one more headline. Nor does a
    byline or a date: a headline under another story's ('By Jane Roe' over it) is no standfirst of theirs; nor a
    line over the headline the window title names.
    """
    if i < 0 or i + 2 > len(lines) or kinds[i] in _HEADER_CLOSERS or not lines[i].headline_shaped:
        return False
    dek = lines[i + 1]
    if kinds[i + 1] not in _TITLE_KINDS or dek.words < lines[i].words + 3 or not _sentence_like(dek):
        return False
    # a standfirst shorter than a paragraph's ten words must be a short one (`_short_standfirst`: an indirect
    # question, or sentence case under sentence case): asked only of such a line, as this is of every candidate
    if dek.words < 10 and not _short_standfirst(lines, kinds, i):
        return False
    if _in_window_title(lines, i + 1) or _under_teasers(lines, kinds, i + 1, body_start):
        return False  # the line below is the headline the window title names, line i a teaser's over it
    return _header_closes(lines, kinds, i + 2, body_start)


def _same_title(text: str, other: str) -> bool:
    """The same headline, or it with the site's name attached to the window title."""
    if other == text:
        return True
    return any(other.startswith(text + sep) or other.endswith(sep + text) for sep in TITLE_SEPARATORS)


# A site's name is no shorter than this once squashed: shorter parts ('UK') match inside other names by chance (the
# masthead's comparison with the footer uses the same four letters).
_SITE_NAME_CHARS = 4


def without_site_name(text: str, site: list[str]) -> str:
    """A window title less the site's name after its separator ('Headline | Site'), where the page names its site so
    elsewhere (`site` as masthead.site_names gives it) or the name is shaped as a publication's beside a longer
    headline, after it or before a bar ('Headline | The Valley Echo', 'Valley Echo | Headline'); any other headline as
    it is. Another name before the separator is kept, and any before a dash or a colon: a headline may open with a
    place the site is named after ('Millbrook - a town in waiting') or a subject publication-shaped ('English Channel
    - dozens rescued'). Before a colon, only the site's own name exactly as its masthead prints it: 'Valley Echo:
    Headline' where the page is the Valley Echo's, not 'Harbor Times: the paper that changed a town' elsewhere."""
    for sep in TITLE_SEPARATORS:
        head, found, tail = text.rpartition(sep)
        if found and len(squash(tail)) >= _SITE_NAME_CHARS and (is_same_site(tail, site) or _names_a_paper(head, tail)):
            return head
        name, found, rest = text.partition(sep)
        if found and sep not in HEADLINE_SEPARATORS and _names_a_paper(rest, name):
            return rest
    name, colon, rest = text.partition(": ")
    if colon and squash(name) in site and _names_a_paper(rest, name):
        return rest  # 'Valley Echo: Headline' where the page's masthead is that name; not 'Budget 2026: ...'
    return text


def _names_a_paper(head: str, tail: str) -> bool:
    """A publication's name ('The Valley Echo') after a headline longer than it: a window title names its site there,
    and no headline ends in a masthead after a bar or a dash."""
    return publication_shaped(tail) and len(head.split()) >= max(HEADLINE_WORDS, len(tail.split()) + 1)


# Where a page's text prints its window title: its first lines (a site's name or a skip link may come first).
_WINDOW_TITLE_LINES = (0, 1, 2)


def _in_window_title(lines: list[Line], i: int) -> bool:
    """Printed as the page's first lines (the document title, perhaps with the site name)."""
    return any(j != i and j < len(lines) and _same_title(lines[i].text, lines[j].text) for j in _WINDOW_TITLE_LINES)


def _repeated(lines: list[Line], i: int) -> bool:
    """Said twice in a row, or also as the page's first lines (the document title, perhaps with the site name)."""
    near = [j for j in range(max(0, i - 4), min(len(lines), i + 5)) if j != i]
    return _in_window_title(lines, i) or any(_same_title(lines[i].text, lines[j].text) for j in near)


def _repeated_elsewhere(lines: list[Line], i: int) -> bool:
    """Printed again further off, as a related-stories list or a share box names the story."""
    return any(j != i and line.text == lines[i].text for j, line in enumerate(lines))


# Evidence for and against a headline candidate, in points. The weights were set by hand on the seed pages and
# the layout development set; each comment says what the value must outweigh, and what taking it away, halving,
# raising it by half or doubling it does to that set's titles (43 of 43 right as set; `python -m
# bench.layout_weights` reruns it), or which test of tests/test_layout.py pins it where the set does not.
LONG_ENOUGH = 1.0  # six words or more, which menu items and section labels are not: halved, 41 titles
# The strongest sign, a byline right below (or below the deks): as strong as a date below and a repeat elsewhere
# together (halved, 38 titles; none, 34).
BYLINE_BELOW = 3.0
NAME_BELOW = 1.5  # names alone below, perhaps a byline without 'By', perhaps a list of people: none, 42 titles
DATE_BELOW = 2.0  # a date stamp a few lines below: halved, 40 titles
DEK_BELOW = 1.5  # a longer sentence-case standfirst right below: raised by half, deks win: 40 titles
# (a short one `_has_standfirst` finds counts too: pinned by
# test_a_sentence_case_headline_under_the_date_over_a_short_standfirst_and_no_byline_is_the_title)
HEADER_ABOVE = 1.0  # a byline or date just above, as some sites print the header first: doubled, 39 titles
# Printed twice in a row or as the page's first lines (the document title): it must lift the headline over a
# headline-shaped teaser just above it, which scores 0.5 more otherwise (test_headline_printed_twice_wins_over_a_
# teaser_above_it fails with none). The set does not move with it from 0 to 4.
REPEATED = 2.0
# Printed again further off, as a related list or share box names the story; other stories are listed too, so
# it stays weak (raised by half, 41 titles; pinned by test_headline_repeated_in_a_list_below_the_story_is_the_title).
REPEATED_ELSEWHERE = 1.0
# Reads as a sentence of the story: none, 42 titles (and pinned by
# test_short_title_case_headline_above_a_byline_is_the_title).
SENTENCE = -2.0
# The article URL's words, by the share the line holds: the surest evidence when the page prints its URL, a whole
# match as strong as a byline and a date below together. The set does not move with it from 0 to 10
# (test_the_article_urls_words_mark_the_headline_over_a_signed_teaser fails with none).
SLUG_MATCH = 5.0
# One item of a list of headlines or a grid of cards: it must undo a date below (halved, 42 titles; the grid's pinned
# by test_a_grid_of_teaser_cards_between_the_header_and_the_story_holds_no_title).
IN_LIST = -2.5
# A dek below another headline: none, 42 titles; raised by half, 40. A caption in title case below a headline takes
# the same weight, not measured on its own.
DEK = -2.0
# Per line above the body: only breaks ties between candidates otherwise equal, so the nearer wins (-0.03, 42).
DISTANCE = -0.02


def title_score(lines: list[Line], kinds: list[Kind], i: int, body_start: int, slug: set[str]) -> float:
    line = lines[i]
    score = LONG_ENOUGH if line.words >= 6 else 0.0
    if _found_below(lines, kinds, i, 3, frozenset({Kind.BYLINE})) or _byline_below_deks(lines, kinds, i):
        score += BYLINE_BELOW
    elif _name_follows(lines, kinds, i):
        score += NAME_BELOW
    if _found_below(lines, kinds, i, 5, frozenset({Kind.DATE})):
        score += DATE_BELOW
    standfirst = _has_standfirst(lines, kinds, i, body_start)
    if _dek_follows(lines, i) or (standfirst and _short_standfirst(lines, kinds, i)):
        score += DEK_BELOW
    if _near(kinds, i, range(-3, 0), frozenset({Kind.BYLINE, Kind.DATE})):
        score += HEADER_ABOVE
    if _repeated(lines, i):
        score += REPEATED
    elif _repeated_elsewhere(lines, i):
        score += REPEATED_ELSEWHERE
    if line.sentence and not line.text.endswith(("?", "!")) and (line.lower_ratio >= 0.5 or line.words >= 15):
        score += SENTENCE
    if slug:
        overlap = len(slug & {w.lower().strip(".'’") for w in word_list(line.text)}) / len(slug)
        score += SLUG_MATCH * overlap
    # A headline above its own standfirst (the pair closing the header) is neither one of a list nor a dek.
    if not standfirst:
        if _in_list(lines, kinds, i) or _in_card_grid(kinds, i):
            score += IN_LIST
        elif (
            _is_dek(lines, kinds, i, body_start)
            or _has_standfirst(lines, kinds, i - 1, body_start)
            or _captions_a_headline(lines, kinds, i)
            or _caption_over_headline(lines, kinds, i, body_start)
        ):
            score += DEK
    return score + DISTANCE * max(0, body_start - i)


# Lines at the top of the run of prose that may still be the page's header: a summary printed above the headline,
# the headline, a dek, then the byline that closes the header (a date alone may head a section of the story); four
# lines is that block's length, not a measured figure.
_HEADER_REACH = 4


def _header_end(kinds: list[Kind], body_start: int) -> int:
    """The last byline among the first lines of the run taken for the body, where a summary paragraph above the
    headline began it; else the run's first line."""
    bylines = [j for j in range(body_start, min(body_start + _HEADER_REACH, len(kinds))) if kinds[j] is Kind.BYLINE]
    return bylines[-1] if bylines else body_start


def find_title(lines: list[Line], kinds: list[Kind], body_start: int) -> int | None:
    """Index of the most headline-like line before the body, or in a header block at its top (ties go to the
    nearest)."""
    slug = slug_words(lines)
    header_end = _header_end(kinds, body_start)
    site = holders_lines(lines) | _masthead_again(lines, kinds)
    candidates = [
        i
        for i in range(max(0, body_start - _WINDOW), min(header_end + 1, len(lines)))
        # the site's name is no headline; inside the run, only a headline that no paragraph parts from its byline
        if i not in site
        and _is_candidate(lines, kinds, i)
        and (i <= body_start or not any(ln.prose for ln in lines[i + 1 : header_end]))
    ]
    # what a correspondent sends from a place ('Notes from the Hills') over another headline is her column's name
    candidates = [i for i in candidates if not (is_sent_from(lines[i].text) and i < candidates[-1])]
    short = _short_headline(lines, kinds, body_start)
    if not candidates or (short is not None and _titled_short_headline(lines, kinds, short)):
        return short
    return max(reversed(candidates), key=lambda i: title_score(lines, kinds, i, body_start, slug))


def _masthead_again(lines: list[Line], kinds: list[Kind]) -> frozenset[int]:
    """The masthead's name printed again below another headline-like line: 'The Harbour Ledger' heading the page and
    under the byline, whom the writer works for. Not a headline in title case printed at the top (the window
    title's) and again over its byline, though it may end in a publication's word ('Council Orders Bridge Review'):
    no other headline stands between the two, or, with a teaser between them, a byline follows it."""
    named = masthead_lines(lines)
    first = min(named, default=0)
    return frozenset(
        i
        for i in named
        if not _near(kinds, i, range(1, 3), frozenset({Kind.BYLINE}))
        and any(j not in named and _is_candidate(lines, kinds, j) for j in range(first + 1, i))
    )


# A feature's headline may be two words ('Tide Turns'), as a menu item is: only right above the byline, where no
# longer headline stands.
_SHORT_HEADLINE_WORDS = HEADLINE_WORDS - 1


def _short_headline(lines: list[Line], kinds: list[Kind], body_start: int) -> int | None:
    """Two words right above the story's marked byline, none of them a menu's: the headline where no line is headline
    enough, or where the window title names them (`_titled_short_headline`); not a date ('March 4') nor the
    publication's name ('Valley Ledger'), which a page may print there too."""
    above = range(max(0, body_start - _HEADER_REACH), min(body_start, len(lines) - 1))
    return next(
        (
            i
            for i in above
            if kinds[i + 1] is Kind.BYLINE and kinds[i] is not Kind.DATE and _two_word_title(lines[i].text)
        ),
        None,
    )


def _titled_short_headline(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """A short headline the window title names ('Tide Turns | Valley Post') is the headline, whatever teasers stand
    above it; not a label under a longer headline ('Harbour Life' between it and the byline)."""
    return _in_window_title(lines, i) and not (i > 0 and _is_candidate(lines, kinds, i - 1))


def _two_word_title(text: str) -> bool:
    """Two words that open as a title does, none a menu's, a button's, a column's or a publication's."""
    if len(text.split()) != _SHORT_HEADLINE_WORDS or not opens_like_a_title(text) or publication_shaped(text):
        return False
    return chrome_word_share(text) == 0.0 and not is_ui_line(text) and not is_column_name(text)
