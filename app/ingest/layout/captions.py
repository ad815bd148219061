"""Photo captions and the credits attached to them."""

import re

from app.ingest.layout.byline import credits_a_desk, is_picture_credit_without_colon, parse_byline
from app.ingest.layout.lines import Line
from app.ingest.layout.masthead import publication_shaped
from app.vocabulary.credits import CLOSING_CREDIT, CREDIT_LABEL
from app.vocabulary.speech import REPORTING_FORMS
from app.vocabulary.tense import CLAUSE_OPENERS, FUTURE_AUXILIARIES

_CREDIT_LABEL = re.compile(rf"^\(?{CREDIT_LABEL}", re.IGNORECASE)
_WHOLE_PAREN = re.compile(r"^\([^()]{1,80}\)$")
# A credit's words: capitalised, a brand led by a lower-case letter or two ('eLens'), particles and joiners.
_NAME_TOKEN = re.compile(r"^(?:[a-z]{0,2}[A-Z][\w.'’-]*|[a-z]{1,3}|via|/|&|and)$")
# "... caption text. (Jane Roe / Agency)" or "... (Credit: X)" at the end of a caption.
_TRAILING_PAREN = re.compile(r"\s*\(([^()]{1,80})\)\s*$")
_CREDIT_WORDS = re.compile(r"/|\bvia\b|photo|image|credit|courtesy|file|pool|©", re.IGNORECASE)
# A credit run onto the caption without a space: "... the shelf.Jane Roe/Agency".
_GLUED_CREDIT = re.compile(r"(?<=[a-z)”\"'][.!?])([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:/[\w'’. -]+)?)$")
_FOR_CREDIT = re.compile(r"^[A-Z]\S*(?: [A-Z]\S*){0,2} for (?:the )?[A-Z]\S*(?: [A-Z]\S*){0,3}$")
_CAPTION_PREFIX = re.compile(
    # 'Caption:' or 'Caption' before a capital: not a word that opens with it ('Captions') nor 'Caption contest'
    r"^(?:(?:image|media) caption,?|caption(?::|\b(?! (?-i:[a-z])))"
    r"|\d+\s?of\s?\d+(?=\S)|©\s?[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?\s)",
    re.IGNORECASE,
)
_PHOTO_INTRO = re.compile(
    r"^(?:in )?(?:this|these)\b.{0,80}?\b(?:file )?(?:photos?|images?|pictures?)\b"
    r"(?: (?:taken|made|provided|released))?",
    re.IGNORECASE,
)
_QUOTE_MARKS = '“”"'
# The fewest words a caption has, as `caption_text` counts them ('Crews at work.').
_CAPTION_WORDS = 3
_GALLERY = re.compile(r"^(?:image|photo|slide)s? \d+ of /? ?\d+$", re.IGNORECASE)


def is_credit(line: Line) -> bool:
    """A photo credit standing on its own line."""
    text = line.text
    if _GALLERY.match(text):
        return True
    if is_labelled_credit(line):
        return True
    if _WHOLE_PAREN.match(text) and _CREDIT_WORDS.search(text):
        return True
    if text.startswith("©") and line.words <= 8:
        return True
    if _FOR_CREDIT.match(text) and line.words <= 6 and _for_credit(text):
        return True
    return looks_like_agency_credit(line) or is_picture_credit_without_colon(line)


def is_labelled_credit(line: Line) -> bool:
    """A credit that says it is one ('Photo credit: Jane Roe', 'Courtesy of the Harbor Museum'), not a gallery's
    title after its label ('Photos: Crowds return to the fair')."""
    label = _CREDIT_LABEL.match(line.text)
    return label is not None and line.words <= 15 and not _is_phrase(line.text[label.end() :])


def _for_credit(text: str) -> bool:
    """'Jane Roe for the Harbor Ledger': a person's name or an agency's, for a publication named by its publication
    word or by one word ('for Harborwire'). A headline in title case has the shape too, a phrase before 'for' or
    after it: 'New Hope for Commuters', 'Home Sweet Home for Rescued Owls'."""
    name, _, outlet = text.partition(" for ")
    outlet = outlet.removeprefix("the ").removeprefix("The ")
    parsed = parse_byline(name, name_only=True)
    person = parsed is not None and len(parsed[0]) == 1 and parsed[1] is None
    return (person or publication_shaped(name)) and (len(outlet.split()) == 1 or publication_shaped(outlet))


def _is_phrase(text: str) -> bool:
    """'Photos: Crowds return to the fair' titles a gallery; a credit after its label is names."""
    tokens = text.split()
    return len(tokens) >= 5 and sum(t[:1].islower() and t not in ("via", "for", "and", "of") for t in tokens) >= 2


def looks_like_agency_credit(line: Line) -> bool:
    """'Jane Roe/Agency via Agency Images': names joined by a slash or 'via'; not a writer and her desk."""
    if line.words > 9 or line.sentence or not re.search(r"\S/\S| / |\bvia\b", line.text):
        return False
    if credits_a_desk(line.text):
        return False
    tokens = [t for t in re.split(r"\s+|(?=/)|(?<=/)", line.text) if t]
    return all(_NAME_TOKEN.match(t) for t in tokens)


def split_credit(text: str) -> tuple[str, str | None]:
    """Separate a trailing credit from caption text: ('caption.', 'Jane Roe / Agency')."""
    paren = _TRAILING_PAREN.search(text)
    if paren and _is_credit_paren(text[: paren.start()], paren.group(1)):
        return text[: paren.start()].rstrip(), paren.group(1).strip()
    labelled = CLOSING_CREDIT.search(text)
    if labelled and labelled.start() > 0:
        return text[: labelled.start()].rstrip(), labelled.group(0).strip()
    glued = _GLUED_CREDIT.search(text)
    if glued and len(glued.group(1).split()) <= 4:
        return text[: glued.start()].rstrip(), glued.group(1)
    return text, None


def _is_credit_paren(before: str, inside: str) -> bool:
    if len(inside.split()) > 8:
        return False
    if _CREDIT_WORDS.search(inside):
        return True
    # "(AP)" after a finished sentence: an agency tag.
    short = len(inside.split()) <= 3
    if short and inside.isupper():
        return True
    return short and bool(re.search(r"[.!?]$", before)) and bool(re.fullmatch(r"[A-Z][\w.&' -]*", inside))


def _same_start(a: str, b: str) -> bool:
    """Captions are often printed twice, once cut short."""
    return a[:80] == b[:80]


def strip_caption_prefix(text: str) -> str:
    return _CAPTION_PREFIX.sub("", text, count=1).strip()


def labelled_caption(text: str) -> bool:
    """A caption that says it is one ('Image caption, ...', 'Caption: ...') or counts its place in a gallery."""
    return _CAPTION_PREFIX.match(text) is not None


def _photo_cue(line: Line) -> bool:
    return is_credit(line) or labelled_caption(line.text)


def is_caption(lines: list[Line], i: int) -> bool:
    """A photo caption: credited, labelled, introduced as a photo, repeated by a credit, or above a labelled credit."""
    line, text = lines[i], lines[i].text
    if line.words < 3:
        return False
    if _CAPTION_PREFIX.match(text) or _PHOTO_INTRO.match(text):
        return True
    if split_credit(text)[1] is not None:
        return True
    prev = lines[i - 1] if i else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    # A caption printed twice sits by its credit; a paragraph the page repeats is still story text.
    repeated = any(n is not None and _same_start(n.text, text) for n in (prev, nxt))
    if repeated and (line.sentence or line.words >= 15) and any(_photo_cue(n) for n in lines[max(0, i - 2) : i + 3]):
        return True
    if nxt is not None and _bare_labelled_credit(nxt) and not _closes_story(lines, i):
        return True
    return prev is not None and _GALLERY.match(prev.text) is not None


def _bare_labelled_credit(line: Line) -> bool:
    """A labelled credit and nothing more ('Photo: Jane Roe'), which needs the caption printed above it. A credit
    line that carries its own caption ('Image: The pier at dawn. Photo: Jane Roe') is whole by itself, and the line
    above it is the story's."""
    if not _CREDIT_LABEL.match(line.text):
        return False
    before, credit = split_credit(line.text)
    return credit is None or len(_CREDIT_LABEL.sub("", before, count=1).split()) < _CAPTION_WORDS


def _closes_story(lines: list[Line], i: int) -> bool:
    """A paragraph of running text under another, over a labelled credit that no more running text follows, that
    reports as a story does or tells what is to come: the story's last paragraph over the credit of its photo,
    printed at the page's foot ('Photo credit: Jane Roe'), no caption. A caption at the page's foot describes what its
    photo shows, quoting no one ('Crews stack sandbags on the levee on Saturday.'); a photo shows no future."""
    running_on = i > 0 and lines[i].prose and lines[i - 1].prose
    closing = _reports(lines[i]) or _tells_what_will_happen(lines[i])
    return running_on and closing and not any(line.prose for line in lines[i + 2 :])


def _reports(line: Line) -> bool:
    """Quotes someone or says who said what it reports."""
    quotes = any(mark in line.text for mark in _QUOTE_MARKS)
    return quotes or not REPORTING_FORMS.isdisjoint(re.findall(r"\w+", line.text.lower()))


# A line's words, with the marks that end a sentence or set a clause off within it; "won't" gives "wo" as spaCy's
# tokenizer does (the word FUTURE_AUXILIARIES holds), not "won", the past of "win".
_CLAUSE_TOKENS = re.compile(r"wo(?=n['’]t)|\w+|['’]\w+|[,;.!?]")


def _tells_what_will_happen(line: Line) -> bool:
    """Says in a sentence's own clause what will happen ('The board will vote in May.', 'Work'll start soon.'): the
    future's auxiliary in lower case (not 'Will Porter') before any comma or word opening a clause within its sentence.
    A caption's future is that of a clause within it, said of what its photo shows ('Workers build the stage where the
    band will play', 'The bridge, which will reopen in May, ...')."""
    own_clause = True
    for token in _CLAUSE_TOKENS.findall(line.text):
        if token in {".", "!", "?"}:
            own_clause = True
        elif token in {",", ";"} or token.lower() in CLAUSE_OPENERS:
            own_clause = False
        elif own_clause and token in FUTURE_AUXILIARIES:
            return True
    return False


def caption_text(line: Line) -> str | None:
    """The caption without its credit or label; None when nothing but a credit is left."""
    text, _ = split_credit(strip_caption_prefix(line.text))
    return text if len(text.split()) >= _CAPTION_WORDS else None
