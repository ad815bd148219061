"""Every name mention of one article, in reading order: the tagger's spans cleaned, ALL-CAPS lines read
again in ordinary case, types the context settles marked, credit lines of captions left out."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from spacy.tokens import Doc, Span, Token

from app.extract.found import Place
from app.extract.mention_bodies import body_names, family_firm_names, joined_body_names, partner_firm_names
from app.extract.mention_case import (
    adjectives,
    known_words,
    ordinary_nouns,
    plain_words,
    shouted_countries,
)
from app.extract.mention_classes import announced_names
from app.extract.mention_cleaning import (
    POSSESSIVES,
    Piece,
    clean_spans,
    given_names_after_roles,
    nicknamed_names,
    placed_event_names,
    possessive_street_names,
    saints_names,
    split_person_and_body,
    untagged_names,
)
from app.extract.mention_context import (
    context_type,
    credit_ranges,
    place_or_person_use,
    pseudonym_names,
    said_to_be_pseudonym,
)
from app.extract.mention_datelines import dateline_echoes, opens_after_the_dateline
from app.extract.mention_headline import (
    RunningText,
    common_nouns_only,
    headline_pieces,
    is_title_case,
    running_text,
    shouted_pieces,
)
from app.extract.mention_heads import head_type
from app.extract.mention_parties import paired_party_names, party_names
from app.extract.mention_places import holiday_before_a_noun, placed_names
from app.extract.mention_signatures import byline, sign_off
from app.extract.names import PLACE_TYPES, is_business_name
from app.extract.parsed import (
    CAPTION_FIELD,
    FIELDS,
    Paragraph,
    ParsedArticle,
    covering,
    entities_of,
    texts_of,
    tokens_of,
)
from app.extract.teams import (
    heading_label,
    heading_section,
    is_class_of_players,
    is_lone_scorer,
    is_match_report,
    is_sports_report,
    is_table_label,
    sports_names,
    sports_type,
)
from app.vocabulary.capitals import NAME_HONORIFICS
from app.vocabulary.datelines import PLACE_ENDS, PLACE_OPENERS, dateline_places, is_dated_dateline
from app.vocabulary.speech import CUE_LEMMAS
from app.vocabulary.sports import CLUB_HEAD_WORDS

# The type a sports page's context gives a name at [start, end) of a paragraph, given the type found elsewhere.
_SportsType = Callable[[Doc, int, int, str], str | None]

DATELINE_LINES = 3  # how many of the body's first lines may hold the dateline
_PLACE_WORDS = PLACE_OPENERS | PLACE_ENDS  # the words a place's name opens or ends with


@dataclass(frozen=True)
class Candidate:
    place: Place
    text: str
    label: str
    # The context settles the type (a dateline's place, a team with a score), so no vote overrides it.
    certain: bool = False
    pseudonym: bool = False
    # Written in a headline or another line whose capitals carry no information: a poor canonical name.
    headline: bool = False
    # A lone word written where only a place or a person stands ("in Ohio", "Mr Brennan"): no company's short name.
    place_or_person_use: bool = False


def find_mentions(article: ParsedArticle) -> list[Candidate]:
    paragraphs = list(article.paragraphs)
    docs = article.recased
    loud = set(docs)
    running = running_text(paragraph.doc for index, paragraph in enumerate(paragraphs) if index not in loud)
    # ALL-CAPS lines are recased from the article's own spellings already; both they and title-case lines are cut to
    # the ordinary lines' names below.
    titled = {i for i, paragraph in enumerate(paragraphs) if i not in loud and is_title_case(paragraph.doc, running)}
    if titled:
        running = running_text(paragraph.doc for i, paragraph in enumerate(paragraphs) if i not in loud | titled)
    credits = list(credit_ranges(article.texts.get("caption", "")))
    nouns = ordinary_nouns(article.nlp)
    datelined = _datelined(paragraphs, nouns, running)
    sporting = any(is_sports_report(paragraph.doc) for paragraph in paragraphs)
    # Any line of an article that names its sport or gives a table may write a side as its players ("Halden are
    # third"); not one of an article that only says "goal" or "coach", or of a digest with a score in another item.
    reported = any(is_match_report(paragraph.doc) for paragraph in paragraphs)
    surnames = _surnames(paragraphs)
    words = _ArticleWords(
        full_names_ends=_full_names_ends(paragraphs),
        people=surnames | _lone_people(paragraphs),
        known=known_words(article.nlp),
        common=_common_nouns(running, nouns) - _speakers(paragraphs),
    )
    sports = partial(sports_type, surnames=surnames, sporting=sporting, reported=reported)
    sports_found = partial(sports_names, reported=reported, surnames=surnames)
    found: list[Candidate] = []
    headed = titled | loud
    plain = plain_words(article.nlp)
    # Ordinary lines first: their names are what the headlines' mentions are cut to.
    for index in sorted(range(len(paragraphs)), key=lambda index: index in headed):
        paragraph = paragraphs[index]
        trim = _headline_trim(found, running, plain, nouns, shouted=index in loud) if index in headed else None
        for candidate in _paragraph_mentions(
            paragraph,
            docs.get(index, paragraph.doc),
            index in datelined,
            index in loud,
            trim,
            sports,
            sports_found,
            _signature(paragraphs, index, datelined, adjectives(article.nlp)),
            nouns,
            sporting,
            words,
        ):
            if paragraph.field == CAPTION_FIELD and _inside_any(candidate.place, credits):
                continue
            found.append(candidate)
    # A certain place is a dateline's: no other context settles a place.
    datelines = [candidate.text for candidate in found if candidate.certain and candidate.label == "GPE"]
    found.extend(_names_found_again(paragraphs, docs, found, sports))
    taken = [candidate.place for candidate in found]
    for place, text in dateline_echoes(paragraphs, datelines, taken):
        found.append(_typed(paragraphs, docs, place, text, "GPE", sports))
    return sorted(found, key=lambda candidate: (FIELDS.index(candidate.place.field), candidate.place.start))


def _datelined(paragraphs: list[Paragraph], nouns: frozenset[str], running: RunningText) -> set[int]:
    """The body's first lines, where a dateline may stand: the one that gives a date, if one does (a short headline
    in capitals above it reads as a place too), not a section's heading of common nouns ("PLANNING APPLICATIONS")
    nor a headline that writes a word of the story's ordinary lines ("ORRIN PARK STRIKE ENDS")."""
    body = [index for index, paragraph in enumerate(paragraphs) if paragraph.field == "body"]
    first = [index for index in body[:DATELINE_LINES] if not common_nouns_only(paragraphs[index].tokens, nouns)]
    dated = [index for index in first if is_dated_dateline(paragraphs[index].text)]
    return set(dated or [index for index in first if not _shouted_headline(paragraphs[index].text, running)])


def _shouted_headline(text: str, running: RunningText) -> bool:
    """Whether an undated line in capitals that reads as a dateline's place holds, after its first word, a word the
    story's ordinary lines write only in lower case ("STRIKE" of "the strike"), not a place's own word ("CITY",
    "PORT"): a place's name is no common word, a headline is built of them. Not a line of two words: a place's name
    and its kind's word read as a name and a common noun ("MONTEGO BAY" over "the bay")."""
    words = next((text[start:end].split() for start, end in dateline_places(text)[:1]), [])
    return len(words) > 2 and any(
        word.casefold() in running.lower
        and word.capitalize() not in running.capitalised
        and word.casefold() not in _PLACE_WORDS
        for word in words[1:]
    )


def _headline_trim(
    found: list[Candidate], running: RunningText, plain: frozenset[str], nouns: frozenset[str], shouted: bool
) -> Callable[[Doc, Piece], list[Piece]]:
    """Cuts a headline's mentions to the names of the ordinary lines, a person's surname alone among them."""
    ordinary = [candidate for candidate in found if not candidate.headline]
    names = {
        candidate.text.split()[-1]: "PERSON"
        for candidate in ordinary
        if candidate.label == "PERSON" and " " in candidate.text
    }
    # A surname the tagger also read as an organisation stays the person's.
    for candidate in ordinary:
        names.setdefault(candidate.text, candidate.label)
    if shouted:
        return partial(shouted_pieces, names=names, running=running, plain=plain, nouns=nouns)
    return partial(headline_pieces, names=names, running=running)


def _names_found_again(
    paragraphs: list[Paragraph], docs: dict[int, Doc], found: list[Candidate], sports: _SportsType
) -> list[Candidate]:
    """The surname of a person the article names in full, a club's last word ("Rovers" for "Halden Rovers"), a
    business's first word ("Merrow" for "Merrow Group"), and a one-word name of an organisation or a place the
    article uses, where the tagger missed them standing alone: a name written once is written so again. A sports
    page's context types the word where it says something ("Halden are third": the club named after the town)."""
    names = {
        last: "PERSON"
        for candidate in found
        if candidate.label == "PERSON" and len(words := candidate.text.split()) > 1
        if _name_word(last := words[-1])
    }
    for candidate in found:
        words = candidate.text.split()
        if candidate.label == "ORG" and len(words) > 1 and words[-1].casefold() in CLUB_HEAD_WORDS:
            names.setdefault(words[-1], "ORG")
    for candidate in found:
        if candidate.label != "PERSON" and _name_word(candidate.text):
            names.setdefault(candidate.text, candidate.label)
    # A business's first word names it alone ("Sentry" for "Sentry Pharmaceuticals Inc").
    firsts = {
        first
        for candidate in found
        if candidate.label == "ORG"
        and is_business_name(candidate.text)
        and _name_word(first := candidate.text.split()[0])
        and first not in names
    }
    names.update(dict.fromkeys(firsts, "ORG"))
    taken = {(candidate.place.field, candidate.place.start) for candidate in found}
    covered = [candidate.place for candidate in found]
    extra = []
    for index, paragraph in enumerate(paragraphs):
        doc = docs.get(index, paragraph.doc)
        for token, text in zip(tokens_of(doc), texts_of(doc), strict=True):
            # A capitalised function word opening a sentence ("Such", "Young") is not the namesake.
            if text not in names or (token.is_sent_start and token.is_stop):
                continue
            if names[text] != "PERSON" and _common_use(token):
                continue
            if text in firsts and _in_longer_name(token):
                continue
            place = _place(paragraph, token.idx, token.idx + len(text))
            if (place.field, place.start) not in taken and not any(_overlaps(place, other) for other in covered):
                extra.append(_typed(paragraphs, docs, place, text, names[text], sports))
    return extra


def _typed(
    paragraphs: list[Paragraph], docs: dict[int, Doc], place: Place, text: str, label: str, sports: _SportsType
) -> Candidate:
    """A name found by its spelling elsewhere, typed as found there unless a sports page's context says more."""
    index, paragraph = next(
        (index, paragraph)
        for index, paragraph in enumerate(paragraphs)
        if paragraph.field == place.field and paragraph.offset <= place.start < paragraph.offset + len(paragraph.text)
    )
    start = place.start - paragraph.offset
    sport = sports(docs.get(index, paragraph.doc), start, start + len(text), label)
    return Candidate(place, text, sport or label, certain=sport is not None)


def _in_longer_name(token: Token) -> bool:
    """A word beside another capitalised word is part of a longer name or title ("Solicitor General", "General Tom
    Riddick" after "General Tarvo Motors"): not a business's first word standing alone."""
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(_name_word(other.text) and not (other.i < token.i and other.is_sent_start) for other in neighbours)


def _common_use(token: Token) -> bool:
    """A word the article once names by that is an ordinary word here: an adjective ("an Olympic champion"), a
    common noun modifying another ("Labour shortages"), or a sentence's first word that takes an object."""
    # A name takes no object: a sentence's first word that does is a verb ("Reading the verdict").
    if token.pos_ == "ADJ" or (token.is_sent_start and any(child.dep_ == "dobj" for child in token.children)):
        return True
    return token.pos_ == "NOUN" and token.dep_ in {"amod", "compound"}


def _name_word(word: str) -> bool:
    """One capitalised word, not shouted, that names nothing by its first letters alone."""
    return word[:1].isupper() and not word.isupper() and len(word) > 2


def _overlaps(a: Place, b: Place) -> bool:
    return a.field == b.field and a.start < b.end and b.start < a.end


def _surnames(paragraphs: list[Paragraph]) -> frozenset[str]:
    """The last words of the people the tagger finds named in full: a lone one names the person, not a club. Not the
    last word of a name the tagger took for a person's that names a place or a building ("Sheldon Town")."""
    return frozenset(
        entity[-1].text
        for entity in _full_names(paragraphs)
        if head_type(entity.doc, entity.start_char, entity.end_char, "PERSON") == "PERSON"
    )


def _full_names_ends(paragraphs: list[Paragraph]) -> frozenset[str]:
    """The last words of the people the tagger names in full, a street's word too ("Tam Lane"). Not of a street's
    name built on a possessive that the tagger reads as a person's ("Mary's Road")."""
    return frozenset(
        entity[-1].text for entity in _full_names(paragraphs) if not any(token.text in POSSESSIVES for token in entity)
    )


def _full_names(paragraphs: list[Paragraph]) -> Iterator[Span]:
    """The tagger's people named in two words or more."""
    for paragraph in paragraphs:
        yield from (entity for entity in entities_of(paragraph.doc) if entity.label_ == "PERSON" and len(entity) > 1)


@dataclass(frozen=True)
class _ArticleWords:
    """What the whole article says of its words, read by each paragraph's mentions."""

    full_names_ends: frozenset[str]  # a possessive before one is no street's name (`_full_names_ends`)
    people: frozenset[str]  # those and the surnames the article writes alone as a person's (`_lone_people`)
    known: frozenset[str]  # the words the lemmatizer knows
    common: frozenset[str]  # common nouns the article writes only in lower case (`_common_nouns`)


def _common_nouns(running: RunningText, nouns: frozenset[str]) -> frozenset[str]:
    """The common nouns the article's ordinary lines write in lower case and never capitalised inside a sentence
    ("a landlord was fined"): capitalised at a line's or a sentence's start ("Landlord fined over damp flats") such a
    word is no name."""
    capitalised = {word.lower() for word in running.capitalised}
    return frozenset(word for word in running.lower if word in nouns and word not in capitalised)


def _speakers(paragraphs: list[Paragraph]) -> frozenset[str]:
    """Capitalised words standing bare as the subject of a verb of saying ("Cook said", "Bishop told the inquest"): a
    person's surname, though the article writes the same word as a common noun too ("a cook at the inn")."""
    return frozenset(
        token.lower_
        for paragraph in paragraphs
        for token in tokens_of(paragraph.doc)
        if token.is_title
        and token.dep_ == "nsubj"
        and token.head.lemma_ in CUE_LEMMAS
        and not any(child.dep_ == "det" for child in token.children)
    )


def _common_noun_opening(doc: Doc, piece: Piece, common: frozenset[str]) -> bool:
    """A one-word mention opening a sentence that the article writes elsewhere as a common noun."""
    span = covering(doc, piece.start, piece.end)
    return span is not None and len(span) == 1 and bool(span[0].is_sent_start) and span[0].lower_ in common


def _lone_people(paragraphs: list[Paragraph]) -> frozenset[str]:
    """Capitalised words the article writes alone as a person's surname: after an honorific ("Mr Pryce"), as the
    tagger's person, or as the subject of a verb ("Pryce said"), with no capitalised word beside them."""
    return frozenset(
        token.text
        for paragraph in paragraphs
        for token in tokens_of(paragraph.doc)
        if token.is_title and token.is_alpha and _stands_alone(token) and _a_person_alone(token)
    )


def _stands_alone(token: Token) -> bool:
    """No capitalised word beside the word, but an honorific before it ("Mr Pryce")."""
    words = tokens_of(token.doc)  # asked of every capitalised word: its neighbours read from the words made once
    after = token.i + 1 < len(words) and words[token.i + 1].is_title
    before = token.i > 0 and words[token.i - 1].is_title and not _after_an_honorific(token)
    return not (after or before)


def _a_person_alone(token: Token) -> bool:
    """After an honorific, the tagger's person, or the subject of a verb."""
    return (
        _after_an_honorific(token)
        or token.ent_type_ == "PERSON"
        or (token.dep_ == "nsubj" and token.head.pos_ == "VERB")
    )


def _after_an_honorific(token: Token) -> bool:
    return token.i > 0 and token.nbor(-1).lower_.rstrip(".") in NAME_HONORIFICS


def _paragraph_mentions(
    paragraph: Paragraph,
    doc: Doc,
    datelined: bool,
    loud: bool,
    trim: Callable[[Doc, Piece], list[Piece]] | None,
    sports_context: _SportsType,
    sports_found: Callable[[Doc], Iterator[Piece]],
    signed: tuple[int, int] | None,
    nouns: frozenset[str],
    sporting: bool,
    words: _ArticleWords,
) -> list[Candidate]:
    text = paragraph.text
    dateline = dateline_places(text) if datelined else []
    found = [Candidate(_place(paragraph, start, end), text[start:end], "GPE", certain=True) for start, end in dateline]
    dateline_end = dateline[-1][1] if dateline else 0
    # A sign-off's or a byline's name goes before the tagger's span of the same words or of half of them.
    pieces = [Piece(*signed, "PERSON")] if signed else []
    # A party named by its members goes before the tagger's span of the same words (a group's or a person's).
    # A lone word that stands as a place goes before the tagger's span of it (a firm's, a people's: "in Elmridge"), a
    # body's whole name before the tagger's of its last words ("the Campaign for Better Buses").
    pieces += [
        *party_names(doc),
        *paired_party_names(doc),
        *nicknamed_names(doc),
        *placed_event_names(doc),
        *placed_names(doc, nouns, words.full_names_ends),
    ]
    pieces += [*body_names(doc), *joined_body_names(doc, nouns), *family_firm_names(doc)]
    pieces += partner_firm_names(doc, words.full_names_ends)
    pieces += possessive_street_names(doc, words.full_names_ends)
    pieces += [*given_names_after_roles(doc), *saints_names(doc)]
    pieces += clean_spans(doc)
    if not loud:
        pieces = [*pieces, *untagged_names(doc), *announced_names(doc, words.known)]
    # A club's full name or a box score's player goes before the tagger's span of the same words or of the town it
    # cut the name to: the first of two overlapping pieces is kept.
    sports = list(sports_found(doc))
    # A results list's people go before a span of the tagger's that runs over them ("R. Roe b Ivo Berg").
    people = [piece for piece in sports if piece.label == "PERSON"]
    pieces = [piece for piece in pieces if not any(_runs_over(piece, person) for person in people)]
    pieces = sorted([*sports, *pieces], key=lambda piece: (piece.start, -piece.end))
    pieces = [part for piece in pieces for part in split_person_and_body(doc, piece, words.people)]
    pieces.extend(Piece(start, end, "PERSON") for start, end in pseudonym_names(text))
    if trim is not None:
        pieces = [part for piece in pieces for part in trim(doc, piece)]
    if loud:
        pieces.extend(shouted_countries(doc))
    # A heading's desk ("POLITICS - ", in capitals before a headline in any case) and table label are no names: the
    # words before the label say which table ("COASTAL LEAGUE STANDINGS").
    label_words = heading_label(text) if loud else None
    section = heading_section(text)
    taken: list[tuple[int, int]] = []
    for piece in pieces:
        if piece.start < dateline_end or any(piece.start < end and start < piece.end for start, end in taken):
            continue
        taken.append((piece.start, piece.end))
        name = text[piece.start : piece.end]
        if (
            _common_noun_opening(doc, piece, words.common)
            or opens_after_the_dateline(doc, piece.start, piece.end, dateline_end, words.common)
            or is_table_label(
                name, opens_line=not text[: piece.start].strip(), fills_line=not text[piece.end :].strip()
            )
            or _within(piece, label_words)
            or _within(piece, section)
            or is_class_of_players(name, piece.label)
        ):
            continue
        label, certain = piece.label, False
        label = head_type(doc, piece.start, piece.end, label)
        if stated := context_type(doc, piece.start, piece.end, label, words.full_names_ends, words.known):
            label, certain = stated, True
        elif sport := sports_context(doc, piece.start, piece.end, label):
            label, certain = sport, True
        elif sporting and is_lone_scorer(doc, piece.start, piece.end, label):
            label = "PERSON"
        if label in PLACE_TYPES and holiday_before_a_noun(doc, piece.start, piece.end):
            continue
        place = _place(paragraph, piece.start, piece.end)
        pseudonym = label == "PERSON" and said_to_be_pseudonym(text, piece.start, piece.end)
        use = place_or_person_use(doc, piece.start, piece.end, label)
        found.append(Candidate(place, name, label, certain, pseudonym, trim is not None, use))
    return found


def _signature(
    paragraphs: list[Paragraph], index: int, datelined: set[int], adjectives: frozenset[str]
) -> tuple[int, int] | None:
    """Where a paragraph names the story's writer: the last one's sign-off, or a byline above the dateline
    (`datelined`: the lines where a dateline may stand; `adjectives`: the English ones)."""
    text = paragraphs[index].text
    if index == len(paragraphs) - 1:
        return sign_off(text)
    following = paragraphs[index + 1]
    if following.field != paragraphs[index].field or index + 1 not in datelined:
        return None
    return byline(text, following.text, adjectives)


def _within(piece: Piece, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= piece.start and piece.end <= span[1]


def _runs_over(piece: Piece, inner: Piece) -> bool:
    """Whether the piece holds the inner one and more."""
    return piece.start <= inner.start and inner.end <= piece.end and piece.end - piece.start > inner.end - inner.start


def _place(paragraph: Paragraph, start: int, end: int) -> Place:
    return Place(paragraph.field, paragraph.offset + start, paragraph.offset + end)


def _inside_any(place: Place, ranges: list[tuple[int, int]]) -> bool:
    return any(start < place.end and place.start < end for start, end in ranges)
