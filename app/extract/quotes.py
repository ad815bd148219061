"""Quotations and who said them, paragraph by paragraph through each field of the article."""

import itertools
import re
from dataclasses import dataclass, replace

from spacy.tokens import Token

from app.extract.attribution import (
    SHORT_TAIL,
    Attribution,
    attribute,
    bears_words,
    is_agent,
    owner_of_words_before,
    owners_of,
    owners_of_words,
    reports_speech,
    takes_up_words,
)
from app.extract.found import Kind, Place, Quote
from app.extract.parsed import FIELDS, Paragraph, ParsedArticle, entities_of, sentences_of, words_of
from app.extract.quote_labels import is_label, is_named
from app.extract.quote_marks import MARKS, SENTENCE_ENDS, Span
from app.extract.speakers import Speaker, Speakers, is_crowd, issues
from app.extract.transcripts import Transcript, transcript_span
from app.vocabulary.datelines import story_start
from app.vocabulary.documents import DOCUMENTS
from app.vocabulary.furniture import INTERVIEW_NOTE, is_labelled_teaser
from app.vocabulary.gestures import GESTURES
from app.vocabulary.occasions import DELIVERING, OCCASIONS
from app.vocabulary.people import GONE_WORDS
from app.vocabulary.pronouns import FIRST_PERSON, THIRD_PERSON_SINGULAR

_WORD = re.compile(r"\w+")
# What may stand just before a quotation that opens a sentence or clause of its own.
_CLAUSE_EDGE = ".!?:;,—–-(" + MARKS


@dataclass(frozen=True)
class _Found:
    """One occurrence of a quotation while the article is read."""

    place: Place
    text: str
    kind: Kind
    attribution: Speaker | None
    cue: str | None
    closed: bool
    own: bool = False  # the speaker comes from the quotation's own clause, not from its neighbours
    headline: bool = False  # in the title, or in the body's first line repeating it


def find_quotes(article: ParsedArticle) -> list[Quote]:
    speakers = Speakers.of(article)
    found: list[_Found] = []
    labelled: set[tuple[str, ...]] = set()
    title = (article.texts.get("title") or "").strip()
    number = 0
    transcript = Transcript.of(article, speakers)
    for field in FIELDS:
        lead_in: Speaker | None = None
        introduced: Speaker | None = None  # the one person the paragraph before, quoting no one, was about
        alone: list[_Found] = []  # the quotations of the paragraph before, when they stood alone in it
        open_tail = False  # the previous paragraph ended inside a quotation
        for paragraph in article.of(field):
            turn = transcript.turn(number, paragraph)
            spans, labels = ([turn[0]], []) if turn else _spans(paragraph)
            labelled.update(
                _words(paragraph.text[label.start : label.end]) for label in labels if is_named(paragraph.text, label)
            )
            speakers.read(number, paragraph, [(span.start, span.end) for span in spans])
            if alone and (speaker := _taken_up(number, paragraph, speakers)) is not None:
                found[-len(alone) :] = [replace(quote, attribution=speaker, cue=None) for quote in alone]
                speakers.said(speaker, (number, 0))
            only_quoted = bool(spans) and not labels and _only_quoted(paragraph, spans)
            if turn:
                quotes = [_taken(number, paragraph, *turn, speakers)]
            else:
                lone = introduced is not None and only_quoted and _in_own_voice(paragraph, spans)
                quotes = _paragraph_quotes(
                    number, paragraph, spans, labels, speakers, lead_in or (introduced if lone else None)
                )
            if field == "title" or paragraph.text.strip() == title:
                quotes = [replace(quote, headline=True) for quote in quotes]
            alone = quotes if only_quoted and not any(quote.own for quote in quotes) else []
            if open_tail and quotes and _opens_with_mark(paragraph, spans[0]) and _runs_on(found[-1], quotes[0]):
                quotes[0] = _joined(found.pop(), quotes[0], article.texts[field])
            found += quotes
            open_tail = bool(quotes) and not quotes[-1].closed
            lead_in = _lead_in(number, paragraph, speakers, bool(spans or labels))
            introduced = None if spans or labels else _sole_subject(number, paragraph, speakers)
            number += 1
    # Words the article sets off as a label somewhere ("the so-called 'X'") are a label wherever they are quoted,
    # as in a headline that cannot say so.
    return _merged(
        [occurrence for occurrence in found if _words(occurrence.text) not in labelled and _said(occurrence)]
    )


def _said(occurrence: _Found) -> bool:
    """A single quoted word that nobody is said to have said is a scare quote ("the plan's 'savings'"); inside a
    sentence, only its own clause can say so: the speaker of another sentence's quotation did not say it. The
    publication's note that closes an interview ("Follow Jane Roe on Twitter @janeroe.") is no one's words, though
    a transcript quoted paragraph by paragraph sets its marks around it; words its own clause gives someone are
    theirs however they open ('"Follow the money on Twitter and you get nowhere," Roe said.')."""
    if INTERVIEW_NOTE.match(occurrence.text) and not occurrence.own:
        return False
    if len(_words(occurrence.text)) > 1:
        return True
    return occurrence.attribution is not None and (occurrence.own or occurrence.kind == "direct")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


def _spans(paragraph: Paragraph) -> tuple[list[Span], list[Span]]:
    """A paragraph's quotations, and the quoted labels among its marks that are not speech; none in a link to
    another story ('Related: "Council delays vote"'), whose marks set off its headline; a headline ends with no
    full stop, a sentence that opens with the same words does ('Up next: the Senate, where Roe vowed to "act."')."""
    text = paragraph.text
    if is_labelled_teaser(text) and not text.rstrip().rstrip(MARKS).endswith("."):
        return [], []
    turn = transcript_span(text)
    if turn:
        return [turn], []
    spans = paragraph.quotations
    labels = [
        span
        for span, following in zip(spans, [*spans[1:], None], strict=False)
        if is_label(text, span, following) and not _said_after(paragraph, span)
    ]
    return [span for span in spans if span not in labels], labels


def _said_after(paragraph: Paragraph, span: Span) -> bool:
    """Whether a short clause reporting speech closes the sentence a quotation opens ('"Incompetent," he said.'):
    the quotation is then said, however much it looks like a name (not a title in a list: 'She starred in "Gulls"
    and "Tide," she said.'; nor a name the sentence goes on to tell of: '"Gulls" won two awards, she said.')."""
    before = paragraph.text[: max(0, span.start - 1)].rstrip().rstrip(MARKS)
    if before and before[-1] not in SENTENCE_ENDS:
        return False
    after = [t for t in paragraph.tokens if t.idx > span.end and not t.is_space]
    clause = list(itertools.takewhile(lambda t: t.text not in SENTENCE_ENDS and not t.is_quote, after))
    closed = len(clause) < len(after) and after[len(clause)].text in SENTENCE_ENDS
    verbs = [t for t in clause if t.pos_ == "VERB"]
    return closed and 0 < len(clause) <= SHORT_TAIL and bool(verbs) and all(map(reports_speech, verbs))


def _paragraph_quotes(
    number: int,
    paragraph: Paragraph,
    spans: list[Span],
    labels: list[Span],
    speakers: Speakers,
    lead_in: Speaker | None,
) -> list[_Found]:
    attributions = attribute(paragraph.doc, spans, labels)
    resolved = []
    for attribution in attributions:
        speaker, cue = _resolve(number, paragraph, attribution, speakers)
        if speaker is not None:
            speakers.heard(speaker, number)  # '"Why?" Roe said. "No one knows," she replied.': she answers Roe
        resolved.append((speaker, cue))
    quotes: list[_Found] = []
    for index, span in enumerate(spans):
        speaker, cue = resolved[index]
        own = speaker is not None
        if speaker is None:
            # A quotation a colon sets off stands as a sentence of its own, as one opening the paragraph does.
            opens = span.start <= 1 or paragraph.text[: span.start - 1].rstrip().endswith(":")
            beat = None if opens else _beat(number, paragraph, spans, index, speakers)
            speaker, cue = (
                (beat, None) if beat else _inherited(resolved, index, speakers.last if opens else None, lead_in)
            )
        if speaker is not None:
            speakers.said(speaker, (number, index))
        quotes.append(replace(_occurrence(paragraph, spans, index, speaker, cue), own=own))
    return quotes


def _taken(number: int, paragraph: Paragraph, turn: Span, speaker: Speaker, speakers: Speakers) -> _Found:
    """A turn is its speaker's, whatever names or colons its words hold."""
    speakers.said(speaker, (number, 0))
    return _occurrence(paragraph, [turn], 0, speaker, None)


def _resolve(
    number: int, paragraph: Paragraph, attribution: Attribution | None, speakers: Speakers
) -> tuple[Speaker | None, str | None]:
    subject = _past_dateline(paragraph, attribution.subject) if attribution is not None else None
    if attribution is None or subject is None:
        return None, None
    return speakers.resolve(number, paragraph, subject), attribution.cue


def _past_dateline(paragraph: Paragraph, subject: Token) -> Token | None:
    """The parse takes a dateline's place for the subject of the sentence after it ("HARLOW, Ore. (Wire) — Jane Roe
    said"), and the subject for its appositive, its conjunct ("HARLOW, Tuesday (Wire) - Jane Roe, the mayor,
    said") or a second subject of the verb: who speaks is that; a dateline's words speak for no one."""
    start = story_start(paragraph.text)
    if subject.idx >= start:
        return subject
    appositives = [c for c in subject.children if c.dep_ == "appos"]
    subjects = [c for c in subject.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((t for t in [*appositives, *subject.conjuncts, *subjects] if t.idx >= start), None)


def _beat(number: int, paragraph: Paragraph, spans: list[Span], index: int, speakers: Speakers) -> Speaker | None:
    """The person a sentence just before a quotation shows making a gesture ("Roe shook her head. 'Not again.'"),
    or saying the words it points at ("Roe did not mince words. 'Not again.'"):
    features set a speaker's words after such a beat with no clause of their own, and they are that person's, not
    the speaker of the paragraph's other quotations ('"We won," Roe said. Doe nodded. "So did I."'). A sentence
    quoting words itself is no beat, nor one of two people ("Roe and Doe shook hands.")."""
    before = paragraph.text[: max(0, spans[index].start - 1)].rstrip().rstrip(MARKS)
    if not before or before[-1] not in SENTENCE_ENDS:
        return None
    start = max(before.rfind(end, 0, len(before) - 1) for end in SENTENCE_ENDS) + 1
    if any(span.end > start for span in spans[:index]):
        return None
    subjects = [
        t
        for t in paragraph.tokens
        if start <= t.idx < len(before)
        and t.dep_ == "nsubj"
        and (t.head.lemma_.lower() in GESTURES or takes_up_words(t.head))
    ]
    if len(subjects) != 1 or subjects[0].conjuncts or not is_agent(subjects[0]):
        return None
    speaker = speakers.resolve(number, paragraph, subjects[0])
    return speaker if speaker is not None and speaker.person else None


def _only_quoted(paragraph: Paragraph, spans: list[Span]) -> bool:
    """Whether a paragraph holds nothing but quotations."""
    text = paragraph.text
    outside = "".join(
        text[end:start]
        for end, start in zip([0, *(s.end for s in spans)], [*(s.start for s in spans), len(text)], strict=True)
    )
    return not any(c.isalnum() for c in outside)


def _taken_up(number: int, paragraph: Paragraph, speakers: Speakers) -> Speaker | None:
    """The person a paragraph's first sentence shows saying the words of the quotation standing alone before it
    ("'We will win.' / Roe repeated the line at a rally.", "With those words, Roe announced ..."): features open
    with the words and name the speaker after them."""
    first = sentences_of(paragraph.doc)[0]
    owner = owner_of_words_before(list(first))
    if owner is not None:  # "That was the message from Roe, ...": the words' owner, named after them
        return speakers.resolve(number, paragraph, owner)
    verbs = [first.root, *first.root.conjuncts]
    subjects = [t for verb in verbs if takes_up_words(verb) for t in verb.children if t.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].conjuncts or not (is_agent(subjects[0]) or _named(subjects[0])):
        return None
    speaker = speakers.resolve(number, paragraph, subjects[0])
    return speaker if speaker.person else None


def _inherited(
    resolved: list[tuple[Speaker | None, str | None]], index: int, previous: Speaker | None, lead_in: Speaker | None
) -> tuple[Speaker | None, str | None]:
    """A quotation with no clause of its own: the speaker of the paragraph's other quotations, else the
    speaker announced at the end of the paragraph before ("He said:"), else the previous speaker."""
    before = [r for r in resolved[:index] if r[0] is not None]
    after = [r for r in resolved[index + 1 :] if r[0] is not None]
    if before or after:
        return before[-1] if before else after[0]
    if lead_in is not None:
        return lead_in, None
    return previous, None


def _lead_in(number: int, paragraph: Paragraph, speakers: Speakers, quoted: bool) -> Speaker | None:
    """The speaker a paragraph ending in a colon announces for the quotation that follows it; or, in a
    paragraph without quotations, one whose last sentence says someone spoke without saying what ("he
    talked about the job."): features set a long quotation off after such a sentence; or one whose last
    sentence reports what someone said in other words ("Roe said staff were exhausted."), which news follows
    with that speaker's own words."""
    last = sentences_of(paragraph.doc)[-1]
    words = words_of(last)  # from the doc's tokens made once: iterating the span makes a new Token of each
    if paragraph.text.rstrip().endswith(":"):
        subjects = [t for t in words if t.dep_ == "nsubj" and t.head.pos_ == "VERB"]
        if not any(map(is_agent, subjects)):  # "Here is the statement from X:", "The anger shows in X's remarks:"
            subjects = owners_of_words(last) or subjects
    elif not quoted and (owners := [o for t in words if t.dep_ == "nsubj" for o in owners_of_words([t])]):
        subjects = owners  # "The message Roe gave the crowd was simple."
    elif not quoted and any(map(_tells_of_speech, [last.root, *last.root.conjuncts])):
        subjects = [t for t in last.root.children if t.dep_ == "nsubj" and (is_agent(t) or _named(t) or is_crowd(t))]
    else:
        return None
    return speakers.resolve(number, paragraph, subjects[0]) if subjects else None


def _sole_subject(number: int, paragraph: Paragraph, speakers: Speakers) -> Speaker | None:
    """The person a paragraph quoting no one opens on and names alone ("Ona Pratt, who runs the shelter, has seen
    numbers double."): the quotation standing alone in the next paragraph is theirs. Not where it
    names a second person ("Judge Roe sentenced Doe"), whose words they could as well be, nor where it says they
    did not do something ("Roe did not respond."): the words after that are another's."""
    first = sentences_of(paragraph.doc)[0]
    subjects = [t for t in first.root.children if t.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].conjuncts or any(c.dep_ == "neg" for c in first.root.children):
        return None
    # Asked of most paragraphs: whether a name is the subject first, which rules out most before their words are read.
    if not (subjects[0].pos_ == "PROPN" or subjects[0].ent_type_ == "PERSON"):
        return None
    if any(_gone_or_handed(t) for t in words_of(first)) or any(bears_words(t) for t in paragraph.tokens):
        return None
    speaker = speakers.resolve(number, paragraph, subjects[0])
    people = {
        speakers.resolve(number, paragraph, e.root).name for e in entities_of(paragraph.doc) if e.label_ == "PERSON"
    }
    return speaker if speaker.person and speaker.name is not None and people <= {speaker.name} else None


def _gone_or_handed(word: Token) -> bool:
    """Whether a word says the person is dead or missing ("died in the crash", "has been missing"), whose words the
    next are not, or names a document they did not issue ("received a letter", "read the report aloud"), whose words
    the next may be."""
    if word.lemma_.lower() in GONE_WORDS or word.lower_ in GONE_WORDS:
        return True
    return word.lemma_.lower() in DOCUMENTS and not issues(word.head)


def _in_own_voice(paragraph: Paragraph, spans: list[Span]) -> bool:
    """Whether quotations speak as someone of themselves ("We turn people away."), not of a third person ("She was
    the light of our family.") nor as a sign, slogan or document does ("Fresh bread daily."): only such words, set
    alone after a paragraph about one person, are that person's."""
    quoted = [_WORD.findall(paragraph.text[span.start : span.end]) for span in spans]
    # A word of capitals is an acronym ("US tariffs"), not the pronoun; "I" alone is the pronoun.
    words = {w.lower() for found in quoted for w in found if len(w) == 1 or not w.isupper()}
    return not words.isdisjoint(FIRST_PERSON) and words.isdisjoint(THIRD_PERSON_SINGULAR)


def _tells_of_speech(verb: Token) -> bool:
    """Whether a verb says someone spoke, or did something at an occasion of speaking ("laid out the plan in a
    speech to the legislature", "made the announcement at a news conference"), or gave one ("delivered a speech
    on the floor"), or did it while speaking ("Speaking at a rally, Roe laid out her plan.")."""
    objects = [o for p in verb.children if p.dep_ == "prep" for o in p.children]
    # Only one they gave, not another's they met ("received a letter from Doe", "skipped the governor's address").
    if verb.lemma_.lower() in DELIVERING:
        objects += [o for o in verb.children if o.dep_ == "dobj" and not owners_of(o)]
    speaking = any(c.dep_ == "advcl" and c.tag_ == "VBG" and reports_speech(c) for c in verb.children)
    return reports_speech(verb) or speaking or any(o.lemma_.lower() in OCCASIONS for o in objects)


def _named(noun: Token) -> bool:
    """Whether a common noun is given a name beside it ("Another resident, Jane Roe,")."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def _occurrence(
    paragraph: Paragraph, spans: list[Span], index: int, speaker: Speaker | None, cue: str | None
) -> _Found:
    span = spans[index]
    text = paragraph.text[span.start : span.end].strip()
    raw = paragraph.text[span.start : span.end]
    start = paragraph.offset + span.start + len(raw) - len(raw.lstrip())
    place = Place(paragraph.field, start, start + len(text))
    return _Found(place, text, _kind(paragraph.text, spans, index), speaker, cue, span.closed)


def _kind(text: str, spans: list[Span], index: int) -> Kind:
    """Direct when the quotation is a sentence or clause of its own, partial when it sits inside one."""
    span = spans[index]
    before = text[: max(0, span.start - 1)].rstrip()
    inner = text[span.start : span.end].strip()
    if before and before[-1] not in _CLAUSE_EDGE:
        return "partial"
    if inner[:1].isupper() or inner[:1].isdigit():
        return "direct" if len(inner.split()) >= 4 or inner[-1:] in ".!?," else "partial"
    split_off = index > 0 and before.endswith(",") and text[spans[index - 1].end - 1] == ","
    return "direct" if split_off else "partial"


def _opens_with_mark(paragraph: Paragraph, first: Span) -> bool:
    """Whether a paragraph opens with a quotation mark: after an unclosed quotation, it runs on."""
    return first.start <= 2 and bool(paragraph.text[: first.start].strip())


def _runs_on(open_quote: _Found, next_quote: _Found) -> bool:
    """Whether a quotation left open runs on into the next paragraph's: not when that one names its own,
    different speaker (the closing mark was only forgotten)."""
    said, saying = open_quote.attribution, next_quote.attribution
    return not (next_quote.own and said and saying and said.name != saying.name)


def _joined(first: _Found, rest: _Found, field_text: str) -> _Found:
    place = Place(first.place.field, first.place.start, rest.place.end)
    text = field_text[first.place.start : first.place.end] + "\n" + rest.text
    speaker = first.attribution or rest.attribution
    cue = first.cue if first.attribution else rest.cue
    return replace(first, place=place, text=text, attribution=speaker, cue=cue, closed=rest.closed)


def _merged(found: list[_Found]) -> list[Quote]:
    """One quote per wording: the same words quoted again add a place to the first occurrence."""
    quotes: dict[tuple[str, ...], list[_Found]] = {}
    for occurrence in found:
        quotes.setdefault(_words(occurrence.text), []).append(occurrence)
    return [_quote(occurrences) for occurrences in quotes.values()]


def _quote(occurrences: list[_Found]) -> Quote:
    first = occurrences[0]
    # A headline's clipped grammar misleads attribution: the body's telling of who said it comes first.
    attributed = sorted((o for o in occurrences if o.attribution is not None), key=lambda o: o.headline)
    said = attributed[0] if attributed else first
    speaker = said.attribution
    return Quote(
        places=tuple(o.place for o in occurrences),
        text=first.text,
        kind=first.kind,
        cue=said.cue,
        speaker_text=speaker.text if speaker else None,
        speaker_name=speaker.name if speaker else None,
        speaker_place=speaker.place if speaker else None,
    )
