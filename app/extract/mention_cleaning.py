"""The tagger's name spans trimmed to the name: no article, possessive, score or punctuation at the edges;
words glued by a scraper cut apart; two names the tagger ran together split in two."""

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from app.extract.gender import person_gender
from app.extract.mention_heads import (
    FACILITY_HEAD_WORDS,
    lists_two_facilities,
    names_a_street_after,
    water_or_height_words,
)
from app.extract.mention_identity import is_identity_word
from app.extract.names import ENTITY_TYPES, ORG_HEAD_WORDS, PLACE_TYPES, alias_table, normal_form
from app.extract.parsed import (
    capitalised_run_end,
    covering,
    entities_of,
    lowers_of,
    sentence_of,
    text_of,
    texts_of,
    token_starts,
    tokens_of,
    word_ending_at,
    words_of,
)
from app.extract.person_shape import person_shaped
from app.extract.titles import given_name_title
from app.vocabulary.calendar import CALENDAR_WORDS, RELATIVE_DAYS
from app.vocabulary.capitals import is_acronym
from app.vocabulary.classes import (
    BODY_OF_PLACE_HEADS,
    LONE_BODY_NAMES,
    NAME_POSSESSORS,
    OFFICE_NAME_HEADS,
    PLACE_ONLY_PREPOSITIONS,
    POSSESSIVE_NAME_HEADS,
    PUBLIC_BODY_HEADS,
    SAINT_WORDS,
    SAINTS_NAME_WORDS,
    STATE_BODY_WORDS,
    STREET_HEAD_WORDS,
    TOWN_OFFICE_NOUNS,
    VENUE_HEADS,
    WATER_END_WORDS,
    WORLD_REGIONS,
)
from app.vocabulary.companies import (
    BUSINESS_HEAD_WORDS,
    FAMILY_FIRM_WORDS,
    LEGAL_FORMS,
    TRADES_BEFORE_NAMES,
    is_legal_form,
)
from app.vocabulary.datelines import DASHES, place_shaped
from app.vocabulary.names import GIVEN_NAMES
from app.vocabulary.nationalities import NATIONALITY_NOUNS
from app.vocabulary.people import (
    BODY_HEAD_TITLE_ENDS,
    EVERYDAY_ROLES,
    MINISTER_TITLES,
    RANK_WORDS,
    SECRETARY_TITLES,
    TENURE_WORDS,
    TITLE_BODY_WORDS,
    TITLES,
)
from app.vocabulary.sports import (
    CLUB_HEAD_WORDS,
    EVENT_HEAD_WORDS,
    PLACE_CLUB_HEADS,
    PLAYER_POSITIONS,
    SIDE_STANDINGS,
    VERSUS_MARKS,
)

_EDGE_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Words before a name that are none of it: an article, a player's position, a side's standing ("holders Tolver").
_BEFORE_NAMES = _EDGE_WORDS | PLAYER_POSITIONS | SIDE_STANDINGS
# Words that a scraper glues to the end of a name when it drops a line break or a space.
_GLUE_WORDS = CALENDAR_WORDS | frozenset(RELATIVE_DAYS)
_TITLE_WORDS = TITLES | RANK_WORDS  # a title of office or a rank, either before a name
_BODY_WORDS = ORG_HEAD_WORDS | CLUB_HEAD_WORDS  # the last words of bodies' and clubs' names
_INNER_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Hyphenated affixes make an adjective of a name ("ex-Minister", "Paris-based"): not a mention of the thing.
_AFFIX = re.compile(r"^(?:ex|anti|pro|non|pre|post|pan|neo|mid)-|-(?:based|born|led|backed|owned|made|style)$", re.I)
# A place "-based" is hyphenated to right after it ("a Halden-based firm"), whatever the tagger read it as: one
# adjective, no name of its own. Not a person another suffix follows ("a Roe-led panel" names Roe).
_BASED_AFTER = re.compile(r"-based\b", re.I)
# Where a span holding two names breaks: a list comma, a dash or bracket between words, a nickname's quote
# mark, or a place after "at" / "in".
POSSESSIVES = frozenset({"'s", "’s"})
# What a possessive leaves after a name: its "'s", or the apostrophe alone after an s ("the Rovers' coach").
POSSESSIVE_MARKS = POSSESSIVES | {"'", "’"}
_LIST_BREAKS = frozenset({",", ";", "/", "|", "(", ")", '"', "“", "”", ":"}) | POSSESSIVES
_EVENT_WORDS = 3  # the most words of a contest's name after its place ("Open Golf Championships")
# A given name, a nickname of one to four capitalised words (and the small words of a title) in quotes, a surname
# that no capitalised word follows (a title-case headline's 'Backs "Green" Plan Vote').
_NICKNAMED = re.compile(
    r"\b(?P<given>[A-Z][a-z]+) [\"“] ?[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|of|the|and|in|on)){0,3} ?[\"”] "
    r"(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?! [A-Z])"
)
_NICKNAME_OPENERS = ('"', "“")  # the marks `_NICKNAMED` opens a nickname with
# A table's column label: one to three letters, the first a capital ("P", "Pts", "RBI"); a line of five and more,
# as a byline or a name of initials runs to four ("By A J Roe", "Dr T J Ng").
_COLUMN_LABEL = re.compile(r"[A-Z][A-Za-z]{0,2}")
_COLUMN_LABELS = 5
_PLACE_BREAKS = frozenset({"at", "in"})
# The words by which a country or a world region completes a body's name ("... in Europe", "... of Tolvia").
_REGION_JOINTS = frozenset({"in", "of"})
_FACILITY_BREAKS = frozenset({"and", "on", "off", "near"})
# The word between a building and its street ("the Blue Anchor on Dock Street").
_ON = "on"
_NAME_PREPOSITIONS = frozenset({"of", "for", "against", "on"})
_BODY_OR_SITE_HEADS = ORG_HEAD_WORDS | FACILITY_HEAD_WORDS
# A verb's object, direct or indirect: the first of a verb's two objects ("told Acme the Ostby Works would close").
_VERB_OBJECTS = frozenset({"dobj", "dative"})
# A building that is a body too ("the Rivergate Leisure Centre") is typed as the tagger types one it finds, a body,
# which `head_type` makes the building where the story is at it.
_HEAD_LABELS = (
    dict.fromkeys(FACILITY_HEAD_WORDS, "FAC") | dict.fromkeys(VENUE_HEADS, "ORG") | dict.fromkeys(ORG_HEAD_WORDS, "ORG")
)
# The last words of a contest's, a body's or a building's name: no person's.
_NOT_PERSON_ENDS = EVENT_HEAD_WORDS | _HEAD_LABELS.keys()


@dataclass(frozen=True)
class Piece:
    """A cleaned name span of one parsed line: character offsets into the line, the tagger's type."""

    start: int
    end: int
    label: str


def clean_spans(doc: Doc) -> Iterator[Piece]:
    if not entities_of(doc):
        return
    covered_to = 0  # tokens up to here belong to a name lengthened over its list ("Day of X, Y and Z")
    for span in entities_of(doc):
        if span.label_ not in ENTITY_TYPES or span.start < covered_to:
            continue
        start, end = _unglued(span)
        first, last = _head_word_lead(doc, span), span.end
        if first < span.start:
            start = doc[first].idx
        whole = False
        span_label = span.label_
        if end == span.end_char and (head_end := _glued_head_after(doc, span)) is not None:
            last, end = span.end + 1, head_end
        elif (list_end := _coordinated_complement_end(doc, span)) is not None:
            last = covered_to = list_end
            end = doc[list_end - 1].idx + len(doc[list_end - 1].text)
            whole = True
        elif end == span.end_char and (place_end := _place_completing_end(doc, span)) is not None:
            last = covered_to = place_end
            end = doc[place_end - 1].idx + len(doc[place_end - 1].text)
            whole = True
        elif end == span.end_char and (office_end := _office_end(doc, span)) is not None:
            last, end = office_end, doc[office_end - 1].idx + len(doc[office_end - 1].text)
        elif end == span.end_char and (pair_end := _paired_trade_end(doc, span)) is not None:
            last, end = pair_end, doc[pair_end - 1].idx + len(doc[pair_end - 1].text)
            whole = True
        elif end == span.end_char and (name_end := _possessive_name_end(doc, span)) is not None:
            last, end = name_end, doc[name_end - 1].idx + len(doc[name_end - 1].text)
            whole = True
        elif end == span.end_char and (club_end := _club_word_end(doc, span)) is not None:
            last = covered_to = club_end
            end, span_label = doc[club_end - 1].idx + len(doc[club_end - 1].text), "ORG"
        elif end == span.end_char and (form_end := _left_off_legal_form_end(doc, span)) is not None:
            last, end, span_label = form_end, doc[form_end - 1].idx + len(doc[form_end - 1].text), "ORG"
        elif end == span.end_char and _trade_after_a_person(doc, span):
            last, end, span_label = span.end + 1, doc[span.end].idx + len(doc[span.end].text), "ORG"
        tokens = [token for token in tokens_of(doc)[first:last] if start <= token.idx < end]
        # The commas of a name's own list, or the possessive of a building's name, do not part it into names.
        for part, label in [(tokens, span_label)] if whole else _parts(tokens, span_label):
            part, label = _holder_after_a_title(part, label)
            titled = _titled_person(part, label)
            trimmed = _trim(part, "PERSON" if titled else label)
            if not trimmed:
                continue
            # Whom a nationality or a title describes is a person, whatever the tagger read ("American Ed Moy" or
            # "Councillor Ann Roe" as a firm's).
            kind = "PERSON" if titled or _nationality_before_person(part, label) else label
            piece = Piece(trimmed[0].idx, min(end, trimmed[-1].idx + len(trimmed[-1].text)), kind)
            if (
                _is_name(doc, piece.start, piece.end)
                and not _BASED_AFTER.match(text_of(doc), piece.end)
                and not is_identity_word(doc, piece.start, piece.end, label)
                and not _portfolio(trimmed, label)
                and not _body_of_a_title(trimmed, label)
                and not _adjective(trimmed)
                and not _capitalised_by_its_sentence(trimmed)
            ):
                yield piece


def _titled_person(tokens: list[Token], label: str) -> bool:
    """A title of rank or office, then words shaped like a person's name, that the tagger read as one organisation's
    name ("Councillor Mehet Soral", "Alderman Ann Roe"): bodies are not given titles, so the name after the title is
    a person's. Places are named for titled people, so not a name it read as a place's ("from Prince Halvard Sound"),
    nor one after a preposition only a place follows ("across Sheriff Tolvey Moor", "in Admiral Halvey Sound"), but
    for a possessive ("in Councillor Mehet Soral's ward"); nor where the words after the title hold a body's or a
    business's word or are one word ("General Castor Foods", "General Tarkon")."""
    if label != "ORG" or (_after_a_place_preposition(tokens) and not _before_a_possessive(tokens)):
        return False
    if tokens[-1].lower_ in WATER_END_WORDS:
        return False
    titles = next((n for n, token in enumerate(tokens) if not _a_title(token)), len(tokens))
    rest = " ".join(token.text for token in tokens[titles:])
    return titles > 0 and person_shaped(rest)


def _after_a_place_preposition(tokens: list[Token]) -> bool:
    return tokens[0].i > 0 and tokens[0].nbor(-1).lower_ in PLACE_ONLY_PREPOSITIONS


def _before_a_possessive(tokens: list[Token]) -> bool:
    after = tokens[-1].i + 1
    return after < len(tokens[-1].doc) and tokens[-1].doc[after].text in POSSESSIVES


def _a_title(token: Token) -> bool:
    return token.text[:1].isupper() and token.lower_.rstrip(".") in _TITLE_WORDS


def _portfolio(tokens: list[Token], label: str) -> bool:
    """A minister's or a secretary's portfolio the tagger took for an organisation ("a new Interior Minister",
    "Finance Minister Ann Roe", "Health Secretary Ann Roe"): the word is part of the title, not the ministry's
    name; but an acronym before "Secretary" is a body's ("the UN Secretary"), and so is any name before a
    secretary general, who heads a body ("Ostra Secretary General Ann Roe")."""
    after = tokens[-1].i + 1
    doc = tokens[-1].doc
    if label != "ORG" or len(tokens) != 1 or after >= len(doc):
        return False
    title = doc[after].text
    if title in MINISTER_TITLES:
        return True
    return title in SECRETARY_TITLES and not tokens[0].is_upper and not _a_bodys_head(doc[after + 1 : after + 3])


def _body_of_a_title(tokens: list[Token], label: str) -> bool:
    """A body's or a portfolio's word after "of" in an office's title, before the holder's name, that the tagger
    took for an organisation ("Secretary of State Ann Roe", "Speaker of the House Ann Roe"): the word is the title's,
    as a portfolio before "Minister" is. Not without a name after it ("the Secretary of State said"): a reader may
    well take "the House" alone for the body."""
    doc = tokens[0].doc
    after = tokens[-1].i + 1
    if label != "ORG" or len(tokens) != 1 or not _ends_a_title(tokens[0]) or after + 1 >= len(doc):
        return False
    return person_shaped(f"{doc[after].text} {doc[after + 1].text}")


def _holder_after_a_title(tokens: list[Token], label: str) -> tuple[list[Token], str]:
    """A title's last word the tagger ran into its holder's name ("Minister of the Interior Uto Fenn" read as the
    organisation "the Interior Uto Fenn"): the words after it, of a person's shape, are the holder's."""
    # The title's word opens the span or follows its article ("the Interior"); the holder's name after it is two or
    # three words (given, middle, surname), as `person_shaped` reads a name.
    for index, word in enumerate(tokens[:2]):
        holder = tokens[index + 1 :]
        if _ends_a_title(word) and len(holder) in (2, 3) and _shaped_as_a_person(holder):
            return holder, "PERSON"
    return tokens, label


def _ends_a_title(word: Token) -> bool:
    """A body's or a portfolio's word after a title and "of" ("Secretary of State", "Minister of the Interior")."""
    if word.lower_ not in TITLE_BODY_WORDS:
        return False
    before = [token.lower_ for token in word.doc[max(0, word.i - 3) : word.i]]
    if before[-1:] == ["the"]:
        before.pop()
    return len(before) >= 2 and before[-1] == "of" and before[-2].rstrip(".") in TITLES


def _a_bodys_head(words: Span) -> bool:
    """The words after "Secretary" make the title of a body's head ("Secretary General", "Secretary-General")."""
    return any(word.text in BODY_HEAD_TITLE_ENDS for word in words if word.text != "-")


def _capitalised_by_its_sentence(tokens: list[Token]) -> bool:
    """A body's word alone, capitalised only as its sentence's first word, before a noun in lower case ("Council
    leader Ann Roe said", "Party officials said"): the common noun written "council leader" inside a sentence."""
    word = tokens[0]
    if len(tokens) != 1 or not word.is_sent_start or word.lower_ not in ORG_HEAD_WORDS or word.i + 1 >= len(word.doc):
        return False
    if word.lower_ in LONE_BODY_NAMES:
        return False
    following = word.nbor()
    return following.is_lower and following.pos_ == "NOUN"


def _adjective(tokens: list[Token]) -> bool:
    """One word the parser reads as an adjective of the noun after it ("his Olympic teammates"): it describes the
    noun and names nothing of its own."""
    return len(tokens) == 1 and tokens[0].tag_ == "JJ" and tokens[0].dep_ == "amod"


def glue_cut(token: Token) -> tuple[int, int] | None:
    """Where a glued word ("BureauFriday") splits: (char offset of the cut, +1 if the known word is the
    tail / -1 if it is the head); None for ordinary camel case ("PowerPoint", "MacLeod")."""
    for match in _INNER_CAPITAL.finditer(token.text):
        head, tail = token.text[: match.start()], token.text[match.start() :]
        if tail.casefold() in _GLUE_WORDS:
            return token.idx + match.start(), 1
        if head.casefold() in _GLUE_WORDS:
            return token.idx + match.start(), -1
    return None


def _head_word_lead(doc: Doc, span: Span) -> int:
    """The token index the name starts at: before a lone body's or building's word the tagger took alone ("at Tarn"
    + "Quarry"), the capitalised words it left out, which are the name's (the word alone names nothing); else the
    span's start. Not a sentence's first word, which any word may be."""
    if len(span) != 1 or span[0].lower_ not in _BODY_OR_SITE_HEADS:
        return span.start
    first = span.start
    while first > 0 and _untagged_name_word(doc[first - 1]):
        first -= 1
    return first


def _unglued(span: Span) -> tuple[int, int]:
    start, end = span.start_char, span.end_char
    for token in span:
        cut = glue_cut(token)
        if cut is None:
            continue
        offset, side = cut
        if side > 0:
            return start, offset
        start = offset
    return start, end


def _coordinated_complement_end(doc: Doc, span: Span) -> int | None:
    """Where a name ending in a prepositional phrase goes on with a list of capitalised words that are no names
    of the same kind: "World Day of Rivers, Lakes, and Wetlands" is one name, not a name and two places. A list
    of names of the span's own kind lists peers: "the Bank of Spain, Acme and Zenith" names three organisations.
    The token index after the list."""
    # Asked of every name: its words' lower case forms from the paragraph's, read once, not from new tokens.
    if not any(lower in _NAME_PREPOSITIONS for lower in lowers_of(doc)[span.start + 1 : span.end]):
        return None
    index = span.end
    seen_and = False
    while index + 1 < len(doc) and not seen_and:
        if doc[index].text == "," and doc[index + 1].lower_ == "and":
            index += 1
        if doc[index].text not in {",", "and"} or index + 1 >= len(doc) or not doc[index + 1].is_title:
            break
        if doc[index + 1].ent_type_ == span.label_:
            return None
        seen_and = doc[index].lower_ == "and"
        index += 2
    return index if seen_and else None


def untagged_names(doc: Doc) -> Iterator[Piece]:
    """Runs of capitalised words the tagger left out that end in a word naming an organisation or a building
    ("told Acme Widget News", "at the Old Tannery"), or complete a body's word after "of" ("the Ostravel Chamber of
    Commerce"), or that a common given name opens ("leads Dylan Tolle") or a water's or a height's word ("on Loch
    Morven"): news prose capitalises those only in names."""
    run: list[Token] = []
    for token in [*tokens_of(doc), None]:
        # Only a capitalised word opens a run ("of" and a legal form only go on with one): most words are in none,
        # and are asked the one test.
        if token is not None and (
            _untagged_name_word(token) or run and (_of_after_a_bodys_word(token, run) or _legal_form_after(token, run))
        ):
            run.append(token)
            continue
        if not run:
            continue  # no run ends at most words: they are spared the tests below
        if len(run) == 1 and run[-1].lower_ in BUSINESS_HEAD_WORDS:
            # A business's word alone after the sentence's first word ("Stavely Rail said"): that word is its name's.
            run = _with_sentence_opener(run)
        label = _HEAD_LABELS.get(run[-1].lower_) if len(run) > 1 else None
        if label is None and (any(word.lower_ == "of" for word in run) or _legal_form_after(run[-1], run[:-1])):
            label = "ORG"
        if label == "ORG" and is_legal_form(run[-1].text):
            run = _with_sentence_opener(run)
        if label is None and _given_name_and_surname(run):
            label = "PERSON"
        if label is None and water_or_height_words([token.text for token in run]):
            label = "LOC"
        if label is not None:
            trimmed = _trim(run, label)
            if len(trimmed) > 1:
                yield Piece(trimmed[0].idx, trimmed[-1].idx + len(trimmed[-1].text), label)
        run = []


def _legal_form_after(token: Token, run: list[Token]) -> bool:
    """A legal form the tagger left out after capitalised words, in capitals as often as not ("Halloway Pryce LLP"):
    it closes a company's name."""
    return bool(run) and not token.ent_type and is_legal_form(token.text)


def _with_sentence_opener(run: list[Token]) -> list[Token]:
    """A company's name closed by a legal form or a business's word with its first word, where that word opens the
    sentence and the tagger missed it too ("Kelso Mining Ltd hired advisers", "Stavely Rail said"): a run of untagged
    words starts inside a sentence, as any word may open one, but a legal form or a business's word says the
    capitalised word before it is the name's. Not a function word ("The")
    nor a day or a month, nor a word the tagger reads as no proper noun ("Separately", "Rival")."""
    before = run[0].nbor(-1) if run[0].i > 0 else None
    if before is None or not (before.is_sent_start and before.is_title and before.is_alpha) or before.ent_type:
        return run
    if before.pos_ != "PROPN":
        return run
    return run if before.is_stop or before.lower_ in CALENDAR_WORDS else [before, *run]


def _untagged_name_word(token: Token) -> bool:
    """A capitalised word the tagger left out, not a sentence's first (which any word may be)."""
    return token.is_title and token.is_alpha and not token.ent_type and not token.is_sent_start


def _of_after_a_bodys_word(token: Token, run: list[Token]) -> bool:
    """ "of" between a body's word and the capitalised words that complete its name ("the Ostravel Chamber of
    Commerce", "the Kelvo Ministry of Fisheries"), the tagger missing them all."""
    after = token.i + 1
    # Asked of every word: the run's length first, which spares spaCy making each word's `lower_` string.
    if len(run) == 1 and token.lower_ == "of" and not _a_title(run[0]):
        return _closed_by_a_bodys_word(token.doc, after)
    return (
        len(run) > 1
        and token.lower_ == "of"
        and run[-1].lower_ in BODY_OF_PLACE_HEADS
        and after < len(token.doc)
        and _untagged_name_word(token.doc[after])
    )


def _closed_by_a_bodys_word(doc: Doc, index: int) -> bool:
    """Whether the capitalised words the tagger left out from `index` end in a body's word: after one word and "of"
    they complete a public body's name ("the Port of Garrow Authority"). Not after a title ("Mayor of Kelby
    Council"), which the caller leaves out."""
    end = index
    while end < len(doc) and _untagged_name_word(doc[end]):
        end += 1
    return end > index + 1 and doc[end - 1].lower_ in ORG_HEAD_WORDS


def placed_event_names(doc: Doc) -> Iterator[Piece]:
    """A contest named after its country or town ("the Tolvan Open", "the U.K. Amateur Championship"), where the
    tagger read the place apart from the contest's words after it: one event's name, the place no mention of its own."""
    for entity in entities_of(doc):
        if entity.label_ not in PLACE_TYPES:
            continue
        words = list(itertools.takewhile(lambda token: token.is_title, doc[entity.end : entity.end + _EVENT_WORDS]))
        last = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower_ in EVENT_HEAD_WORDS), None)
        if last is not None:
            yield Piece(entity.start_char, words[last].idx + len(words[last].text), "EVENT")


def nicknamed_names(doc: Doc) -> Iterator[Piece]:
    """A person's name with a nickname in quotes between the given name and the surname ('Ivo "The Hammer" Brask'):
    one name, the nickname no person of its own. News quotes a capitalised phrase between two capitalised words only
    so; a title before the quotation ('Minister "Iron Lady" Roe') opens no name. The given name must be a common one
    or the tagger must read a name at either end, and no place at the first: a headline in title case quotes a word
    between any two ('Council Backs "Green" Plan'), and a place's name may hold one ('Kelso "Old Town" Quarter')."""
    text = text_of(doc)
    # Asked of every paragraph, and the pattern is tried at every capitalised word: most paragraphs hold no opening
    # quotation mark, and so no nickname, which one look for the mark tells at once.
    if not any(mark in text for mark in _NICKNAME_OPENERS):
        return
    for match in _NICKNAMED.finditer(text):
        given = doc.char_span(*match.span("given"))
        surname = doc.char_span(*match.span("surname"))
        if given is None or given[0].lower_ in TITLES or given[0].is_stop:
            continue
        read = [end[0].ent_type_ for end in (given, surname) if end is not None]
        if given[0].lower_ in GIVEN_NAMES or (given[0].ent_type_ not in PLACE_TYPES and any(read)):
            yield Piece(match.start(), match.end(), "PERSON")


def given_names_after_roles(doc: Doc) -> Iterator[Piece]:
    """A surname the tagger read alone, the capitalised word it left out before it opening the person's name, after a
    role in lower case ("Chief executive Orvel Brannock told", "striker Tamsin Ulvey"): a role is written before a
    name, and a capitalised word between the two is the given name. Not a title or a rank ("commander Colonel Roe"), a
    day or a month, nor a sentence's first word."""
    for entity in entities_of(doc):
        if entity.label_ != "PERSON" or len(entity) != 1 or entity.start < 2:
            continue
        given, role = doc[entity.start - 1], doc[entity.start - 2]
        if (
            _untagged_name_word(given)
            and given.pos_ == "PROPN"
            and given.lower_ not in _TITLE_WORDS
            and given.lower_ not in CALENDAR_WORDS
            and role.is_lower
            and role.pos_ == "NOUN"
        ):
            yield Piece(given.idx, entity.end_char, "PERSON")


def _given_name_and_surname(run: list[Token]) -> bool:
    """Two or three capitalised words opening with a common given name or after a person's title ("Councillor Priya
    Lathe said"), none a title, a month or a day, and no article before them: "the Caleb Tolle Gazette" is named
    after a person, not one."""
    return (
        len(run) in (2, 3)
        and (
            run[0].lower_ in GIVEN_NAMES
            or (_titled(run[0]) and _in_running_prose(run[0]))
            or _after_a_position(run)
            or _after_a_tenure_word(run)
            or _listed_with_a_person(run)
        )
        and (run[0].i == 0 or run[0].nbor(-1).lower_ not in _EDGE_WORDS)
        and not any(token.lower_ in TITLES or token.lower_ in CALENDAR_WORDS for token in run[1:])
    )


def _shaped_as_a_person(words: Iterable[Token]) -> bool:
    """Whether the words, read as one name, have a person's name's shape (`person_shaped`)."""
    return person_shaped(" ".join(word.text for word in words))


def _listed_with_a_person(run: list[Token]) -> bool:
    """A name of a person's shape joined by "and" or "or" to a name the tagger read as a person's ("goals from Ivo
    Marsh and Tobiah Wren", "Tobiah Wren and Ivo Marsh"): a list names its like, and the shape rules out a club's or a
    firm's ("Halden Rovers and Tobiah Wren")."""
    last = run[-1]
    if not _shaped_as_a_person(run):
        return False
    return any(other.ent_type_ == "PERSON" for other in last.conjuncts)


def _after_a_position(run: list[Token]) -> bool:
    """Words shaped like a person's name right after a player's position ("Fly-half Ryn Caddo kicked", "left-back
    Tomas Brevik"): a position is written before its player's name, as a title is. Not a club's name ("striker
    Ostby Wanderers")."""
    first = run[0]
    return (
        first.i > 0 and word_ending_at(first.nbor(-1)).text.casefold() in PLAYER_POSITIONS and _shaped_as_a_person(run)
    )


def _after_a_tenure_word(run: list[Token]) -> bool:
    """Words shaped like a person's name after a word of time in office that opens the sentence ("Outgoing Rhona
    Fell said"): written as a title is, it leaves out of the run only as a sentence's first word."""
    first = run[0]
    return (
        first.i > 0
        and bool(first.nbor(-1).is_sent_start)
        and first.nbor(-1).lower_ in TENURE_WORDS
        and _shaped_as_a_person(run)
    )


def _in_running_prose(token: Token) -> bool:
    """Whether the word's sentence writes some word in lower case: a title-case headline capitalises every word, so a
    title there says nothing of the words after it ("Mayor Backs Harbour Plan")."""
    return any(word.is_alpha and word.is_lower for word in words_of(sentence_of(token)))


def _glued_head_after(doc: Doc, span: Span) -> int | None:
    """The end of the name word glued to a date right after the span ("Northern Grain BoardTuesday"): the
    tagger gives the glued token to the date, but its head is the name's last word."""
    if span.end >= len(doc) or not doc[span.end].text[:1].isupper():
        return None
    cut = glue_cut(doc[span.end])
    return cut[0] if cut is not None and cut[1] > 0 else None


def _club_word_end(doc: Doc, span: Span) -> int | None:
    """The token index after a club's last word that the tagger left off the name before it ("Kelby" + "Rovers", or
    "Kelby" + "Town 3-0" read as one thing): the two are the club's name, also as a headline's last words. A town's
    word ("Town", "City") only before a score, where the place's own "Kelby Town Hall" or "Kelby City Council"
    cannot stand."""
    tokens, after = tokens_of(doc), span.end
    if after >= len(tokens) or not closes_a_name(tokens, after):
        return None
    word = tokens[after].lower_
    scored = after + 1 < len(tokens) and tokens[after + 1].text[:1].isdigit()
    return after + 1 if word in CLUB_HEAD_WORDS or (word in PLACE_CLUB_HEADS and scored) else None


def closes_a_name(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether a capitalised word after a capitalised word has no capitalised word after it, so ends the name they
    make: a club's word after its place ("Kelby Rovers said", or the end of a headline's "... Kelby Rovers"), where
    "the United States" goes on."""
    last = index + 1 == len(tokens) or not tokens[index + 1].is_title
    return index > 0 and tokens[index].text[:1].isupper() and tokens[index - 1].is_title and last


def _office_end(doc: Doc, span: Span) -> int | None:
    """The token index after an office's word that completes the body's name before it ("the Kelvo Police and Crime"
    + "Commissioner"): the office is named by what it oversees. Not where a name follows the word, which is then the
    holder's title ("the Kelvo Police and Crime Commissioner Ann Roe")."""
    after = span.end
    if span.label_ != "ORG" or after >= len(doc) or doc[after].lower_ not in OFFICE_NAME_HEADS:
        return None
    if not doc[after].is_title or (after + 1 < len(doc) and doc[after + 1].is_title):
        return None
    return after + 1


def _place_completing_end(doc: Doc, span: Span) -> int | None:
    """The token index after a place's name that completes a body's after "of" ("the Central Bank" + "of" +
    "Kelvora"), where the tagger parted the two: the place is the body's name, no mention of its own. A name that
    opens with its body's word ("the Organisation for Trade and Cooperation" + "in" + "Europe", "the Association
    of Ferry Operators" + "of" + "Norway") is completed so by a country or a world region only: a town after it says
    where the body sits ("the Bank of Halden in Kelvo"), as does a country after "in" ("the Ministry of Health in
    Kelvora": each country has its own), and a region that owns what follows ("the Bank of Halden in Europe's
    markets")."""
    after = span.end + 1
    if (
        span.label_ != "ORG"
        or after >= len(doc)
        or doc[after].ent_iob_ != "B"
        or doc[after].ent_type_ not in PLACE_TYPES
    ):
        return None
    place = next(entity for entity in entities_of(doc) if entity.start == after)
    joint = doc[span.end].lower_
    if joint == "of" and span[-1].lower_ in BODY_OF_PLACE_HEADS:
        return place.end
    if _possessed(doc, place.end) or not _opens_with_a_body(span):
        return None
    if (joint == "in" and _world_region(place.text)) or (joint == "of" and _country_or_region(place.text)):
        return place.end
    return None


def _possessed(doc: Doc, end: int) -> bool:
    """Whether the token at `end` is a possessive's "'s"."""
    return end < len(doc) and doc[end].text in POSSESSIVES


def _opens_with_a_body(span: Span) -> bool:
    """A body's word, then "of" or "for", first in the name ("Organization for ...", "the Association of ...")."""
    words = [token.lower_ for token in span]
    if words[0] in _EDGE_WORDS:
        words = words[1:]
    return len(words) > 2 and words[0] in ORG_HEAD_WORDS and words[1] in _REGION_JOINTS | {"for"}


def _country_or_region(name: str) -> bool:
    return alias_table().is_country(name) or _world_region(name)


def _world_region(name: str) -> bool:
    return name.casefold().removeprefix("the ") in WORLD_REGIONS


def _left_off_legal_form_end(doc: Doc, span: Span) -> int | None:
    """The token index after the legal forms the tagger left off the capitalised name before them ("Dunmore" +
    "plc", the name read as a firm's, a person's or a place's): a legal form closes a company's name, and no person
    or place bears one."""
    tokens = tokens_of(doc)
    if span.end >= len(tokens) or tokens[span.end].ent_type or not span[-1].text[:1].isupper():
        return None
    end = legal_forms_end(tokens, span.end)
    # A form's word joined by a hyphen to the next is a prefix, no company's ("Ann Roe co-founded the firm").
    if end < len(tokens) and tokens[end].text == "-" and not tokens[end - 1].whitespace_:
        return None
    return end if end > span.end else None


def legal_forms_end(tokens: tuple[Token, ...], index: int) -> int:
    """The index after the run of legal forms from the index on ("Co Ltd"); the index itself where none is."""
    end = index
    while end < len(tokens) and is_legal_form(tokens[end].text):
        end += 1
    return end


def _trade_after_a_person(doc: Doc, span: Span) -> bool:
    """A person's name the tagger stopped before a capitalised trade's word ("Solberg" + "Power", "Ivo Berg" +
    "Foods"): the name and the trade are one company's, named after its founder; a person is never named by a trade.
    Not where more capitalised words follow, a longer name the tagger parted otherwise ("Solberg Power Station")."""
    after = span.end
    return (
        span.label_ == "PERSON"
        and after < len(doc)
        and doc[after].is_title
        and doc[after].lower_ in BUSINESS_HEAD_WORDS
        and not (after + 1 < len(doc) and doc[after + 1].is_title)
    )


def _paired_trade_end(doc: Doc, span: Span) -> int | None:
    """The token index after a company's name that pairs two trades with "and" ("Marsby Oil and Gas", "Halden Gas
    and Electric Co"), where the tagger stopped at the first: both are organisation words, so the "and" joins one
    name's words, not two names. A legal form after them is the name's too."""
    after = span.end + 1
    if after >= len(doc) or doc[span.end].lower_ != "and" or not _paired_trades(span[-1], doc[after]):
        return None
    if doc[after].ent_type_ not in {"", span.label_}:
        return None
    closing = after + 1
    if closing < len(doc) and is_legal_form(doc[closing].text):
        return closing + 1
    return closing


def _paired_trades(first: Token, second: Token) -> bool:
    """Two businesses' words that "and" pairs inside one company's name ("Oil and Gas", "Bank and Trust"); a public
    body's word on either side joins two bodies ("the Halden Council and Police chiefs", "Labour Party and Union")."""
    return second.is_title and all(
        word.lower_ in ORG_HEAD_WORDS and word.lower_ not in PUBLIC_BODY_HEADS for word in (first, second)
    )


def _possessive_name_end(doc: Doc, span: Span) -> int | None:
    """The token index after a name built on a possessive ("St Audrey's Hospital", "King's College"), where the
    tagger's span holds it or stops at or before the "'s": one capitalised head word after the possessive, not a name of
    its own ("Halden's Labour Party" is two names). After a saint's possessive, the capitalised words up to the head
    ("St Aldhelm's Primary School"), whatever the tagger read the saint as."""
    saints = span[0].lower_.rstrip(".") in SAINT_WORDS
    if span.label_ not in {"FAC", "ORG"} and not saints:
        return None
    if len(span) > 2 and span[-2].text in POSSESSIVES and _possessive_head(span[-1]):
        return span.end
    possessive = span.end - 1 if span[-1].text in POSSESSIVES else span.end
    if saints and _possessed(doc, possessive):
        return _saints_name_end(doc, possessive)
    if possessive + 1 < len(doc) and _possessed(doc, possessive) and _possessive_head(doc[possessive + 1]):
        return possessive + 2
    if _possessed(doc, possessive) and _inside_a_name(doc[possessive]):
        return capitalised_run_end(doc, possessive + 1)
    return None


def _saints_name_end(doc: Doc, possessive: int) -> int | None:
    """The token index after a school's or a church's name on a saint's possessive: a few capitalised words ending in
    the building's or the body's word."""
    end = possessive + 1
    while end < len(doc) and end - possessive <= SAINTS_NAME_WORDS and doc[end].is_title:
        if _possessive_head(doc[end]):
            return end + 1
        end += 1
    return None


def _inside_a_name(possessive: Token) -> bool:
    """A collective noun's possessive with a capitalised word after it ("People 's Party"): inside one name."""
    doc, index = possessive.doc, possessive.i
    return (
        0 < index < len(doc) - 1
        and doc[index - 1].is_title
        and doc[index - 1].lower_ in NAME_POSSESSORS
        and doc[index + 1].is_title
    )


def _founders_possessive(possessive: Token) -> bool:
    """A founder's possessive inside a company's name ("Moody 's Investors Service", "McDonald 's Corp"): one word
    before it, and capitalised words after it that end in a legal form or a business's word. A body's word after a
    town's possessive ends a name of its own ("Marsby 's Harbour Board", "Halden 's Labour Party")."""
    doc, index = possessive.doc, possessive.i
    if index == 0 or not doc[index - 1].text[:1].isupper() or (index > 1 and doc[index - 2].is_title):
        return False
    end = capitalised_run_end(doc, index + 1)
    if end == index + 1:
        return False
    last = doc[end - 1].lower_.rstrip(".")
    return last in LEGAL_FORMS or (last in ORG_HEAD_WORDS and last not in PUBLIC_BODY_HEADS)


def possessive_street_names(doc: Doc, surnames: frozenset[str]) -> Iterator[Piece]:
    """Each street's name built on a possessive ("Tolley's Row", "St Agnes's Road"), which the tagger cuts at the
    possessive or reads as a person's name and a word. Not a place's or a club's possessive before a person's surname
    that is a street's word too, which the article names in full elsewhere (`surnames`: "Kelvo's Lane" of "Tam
    Lane")."""
    for token in _possessives(doc):
        if _street_owners_possessive(token) and doc[token.i + 1].text not in surnames:
            owner = doc[token.i - 1]
            first = doc[owner.i - 1] if owner.i > 0 and _a_saint(doc[owner.i - 1]) else owner
            street = doc[token.i + 1]
            yield Piece(first.idx, street.idx + len(street.text), "FAC")


def saints_names(doc: Doc) -> Iterator[Piece]:
    """Each hospital's, school's or church's name on a saint's possessive that the tagger missed ("Nurses at St Oswin 's
    Hospital walked out"): a saint's word, the saint's name, the possessive and the capitalised words up to the
    building's or the body's word. News capitalises those only in such a name."""
    for token in _possessives(doc):
        if token.i > 1 and _a_saint(doc[token.i - 2]) and doc[token.i - 1].is_title:
            end = _saints_name_end(doc, token.i)
            if end is not None:
                first, last = doc[token.i - 2], doc[end - 1]
                yield Piece(first.idx, last.idx + len(last.text), "ORG")


def _possessives(doc: Doc) -> list[Token]:
    """The doc's possessives ("'s", "'"), looked for in each word's text read once (`texts_of`)."""
    tokens = tokens_of(doc)
    return [tokens[index] for index, text in enumerate(texts_of(doc)) if text in POSSESSIVES]


def _street_owners_possessive(possessive: Token) -> bool:
    """A possessive inside a street's name ("Tolley 's Row", "St Agnes 's Road"): one capitalised word before it, or a
    saint's, and a street's word alone after it, which ends the name. Not a possessive of a name two words long before
    a street's name ("Jo Roe 's Park Road flat", "the council 's Wythe Lane depot")."""
    doc, index = possessive.doc, possessive.i
    if index == 0 or index + 1 >= len(doc) or not doc[index - 1].is_title:
        return False
    before = doc[index - 2] if index > 1 else None
    if before is not None and before.is_title and not _a_saint(before):
        return False
    street = doc[index + 1]
    return street.is_title and street.lower_ in STREET_HEAD_WORDS and capitalised_run_end(doc, index + 1) == index + 2


def _a_saint(word: Token) -> bool:
    """A saint's word, capitalised, before the saint's name ("St", "St.", "Saint")."""
    return word.is_title and word.lower_.rstrip(".") in SAINT_WORDS


def _possessive_head(token: Token) -> bool:
    """A capitalised kind of building or body that ends its phrase: one that modifies the word after it begins a
    street's or a unit's name of its own ("the council's Park Road depot", "Acme's Hotel division")."""
    return token.is_title and token.lower_ in POSSESSIVE_NAME_HEADS and token.dep_ != "compound"


def _parts(tokens: list[Token], label: str) -> Iterator[tuple[list[Token], str]]:
    """The runs of one span that are names of their own: split at list commas, at "and", "on" ... between two buildings,
    before "at/in <Place>", and between an acronym and the person name that follows it ("the U.N. Jane Roe")."""
    if (holder := office_holder_start(tokens)) is not None:
        yield tokens[:holder], "GPE"
        yield tokens[holder:], "PERSON"
        return
    current: list[Token] = []
    current_label = label
    for index, token in enumerate(tokens):
        rest = tokens[index + 1 :]
        if (
            _breaks(token)
            or (token.lower_ in _FACILITY_BREAKS and lists_two_facilities(current, rest))
            or (token.lower_ == _ON and names_a_street_after(current, rest))
            or (token.lower_ == "and" and _two_whole_names(current, rest))
            or _the_opening_another_name(token, current, rest)
        ):
            if current:
                yield current, current_label
            current, current_label = [], _town_of_an_address(token, current, rest, label)
            continue
        if (
            (token.lower_ in _PLACE_BREAKS or _town_of_a_company(token, current))
            and current
            and rest
            and all(t.text[:1].isupper() for t in rest)
        ):
            yield current, current_label
            current, current_label = [], "GPE"
            continue
        if _route_to(token, tokens) and current and rest:
            yield current, _route_end_label(current, rest, label)
            current, current_label = [], _route_end_label(rest, current, label)
            continue
        current.append(token)
        if is_acronym(token.text) and len(current) <= 2 and _is_person_run(rest):
            yield current, _acronym_label(token.text)
            current, current_label = [], "PERSON"
    if current:
        yield current, current_label


def _the_opening_another_name(the: Token, before: list[Token], after: list[Token]) -> bool:
    """A lower-case "the" right after a name's word that opens a body's or a building's name, the object after a
    verb's first one ("told Acme the Ostby Works would close"): two names. Not "the" after a function word inside
    one name ("Bank of the West"), nor before a word that ends no body's name ("Ivo the Great"), nor after a name
    that is no verb's object, an epithet inside a building's name ("the Casimir the Fair Tower")."""
    return (
        the.text == "the"
        and bool(before)
        and before[-1].is_title
        and before[-1].dep_ in _VERB_OBJECTS
        and bool(after)
        and after[0].is_title
        and after[-1].lower_ in _BODY_OR_SITE_HEADS
    )


def _town_of_an_address(comma: Token, street: list[Token], rest: list[Token], label: str) -> str:
    """The type of the name after a comma: a street's name then a comma is an address, and the name after it its
    town ("of Saltcote Road , Coldmere"), which the tagger runs on into one person's name; else the span's. Not a
    name a given name opens: a person named after a street's comma ("on Wythe Lane , Ann Roe said , ...")."""
    if comma.text != "," or not street or not rest or label in PLACE_TYPES:
        return label
    if street[-1].lower_ in STREET_HEAD_WORDS and rest[-1].lower_ not in STREET_HEAD_WORDS and not _a_persons(rest):
        return "GPE"
    return label


def _route_to(token: Token, tokens: list[Token]) -> bool:
    """The "to" of a span the tagger ran on over a route after "from" ("from Brenby to King Alder Sound"): it parts
    the two ends."""
    first = tokens[0]
    return token.lower_ == "to" and first.i > 0 and first.nbor(-1).lower_ == "from"


def _route_end_label(end: list[Token], other: list[Token], label: str) -> str:
    """A route's ends are places: where the tagger read neither as one, an end shaped like a place's name ("from
    Brennick to Tavish Sound") makes both a town's. But "from ... to" also says whose a thing was and whose it became
    ("passed from Dr Ann Roe to Ivo Berg", "moved from Labour to Reform", "from Kelvo United to Tarrow Rovers"): with
    no end of a place's shape, and for an end that names a person or holds a body's word, the tagger's type stays."""
    if label in PLACE_TYPES or not (_place_shaped(end) or _place_shaped(other)):
        return label
    return label if _a_persons(end) or any(token.lower_ in _BODY_WORDS for token in end) else "GPE"


def _place_shaped(name: list[Token]) -> bool:
    """A name a word of places' names opens or ends ("Port Elin", "Cedar Falls", "Tavish Sound")."""
    return place_shaped(name[0].lower_, name[-1].lower_) or name[-1].lower_ in WATER_END_WORDS


def _a_persons(name: list[Token]) -> bool:
    """Whether a given name opens the words after any titles ("Dr Helen Varrow", "Ann Roe and Ivo Berg")."""
    untitled = itertools.dropwhile(lambda token: token.lower_.rstrip(".") in _TITLE_WORDS, name)
    return person_gender(" ".join(token.text for token in untitled)) is not None


def office_holder_start(tokens: list[Token]) -> int | None:
    """Where the holder's name starts in the words after an office's "of" that run on into it with no comma ("the mayor
    of Dunmere Ann Pike said"): at the last two words, of a person's shape, after the place's. The tagger reads the
    whole run as one person's name; a place's name does not end in a given name and a surname."""
    if len(tokens) < 3 or tokens[0].i < 2:
        return None
    doc = tokens[0].doc
    if doc[tokens[0].i - 1].text != "of" or doc[tokens[0].i - 2].text not in TOWN_OFFICE_NOUNS:
        return None
    return len(tokens) - 2 if person_shaped(f"{tokens[-2].text} {tokens[-1].text}") else None


def _town_of_a_company(token: Token, before: list[Token]) -> bool:
    """ "of" after a company's legal form, which closes its name: the words after it name the company's town or
    country apart ("Norvik Steel Corp of Halden"), unlike a body's that a place completes ("Bank of Tolvia")."""
    return token.lower_ == "of" and bool(before) and is_legal_form(before[-1].text)


def _two_whole_names(before: list[Token], after: list[Token]) -> bool:
    """Whether "and" joins two names of two capitalised words and more each, the first ended by an organisation's
    head word ("Kelso Relief Fund and Tarrow Aid Network"), not one name that holds it: a pair of words ("Marks and
    Spencer"), a name whose words before "and" go on after it ("Department of Trade and Industry", "Kelso Bridge and
    Tunnel Authority"), two trades' words paired in one company's name ("Marsby Oil and Gas Co"), an office named by
    what it oversees ("Kelso Police and Crime Commissioner")."""
    return (
        len(before) > 1
        and len(after) > 1
        and before[-1].lower_ in ORG_HEAD_WORDS
        and after[-1].lower_ not in OFFICE_NAME_HEADS
        and not _paired_trades(before[-1], after[0])
        and all(token.is_title for token in before)
        and all(token.is_title for token in after)
    )


def split_person_and_body(doc: Doc, piece: Piece, people: frozenset[str]) -> list[Piece]:
    """A span that joins a person's name to a body's by "and" ("Ivo Banks and Audit Commission officials") as the
    person's and the body's, or the span alone. The tagger reads such a run as one body's name."""
    span = covering(doc, piece.start, piece.end)
    if span is None or len(span) < 5:  # the fewest words of both: a person's two, "and", a body's two
        return [piece]
    tokens = list(span)
    for index, token in enumerate(tokens):
        if token.lower_ == "and" and _person_and_body(tokens[:index], tokens[index + 1 :], people):
            before, after = tokens[index - 1], tokens[index + 1]
            return [
                Piece(piece.start, before.idx + len(before.text), "PERSON"),
                Piece(after.idx, piece.end, "ORG"),
            ]
    return [piece]


def _person_and_body(before: list[Token], after: list[Token], people: frozenset[str]) -> bool:
    """Whether "and" joins a person's name to a body's: two or three words of a person's shape, known as a person's by
    a common given name, a title before them ("councillor Ivo Pryce") or a surname the article writes alone as a
    person's (`people`), then two capitalised words or more ending in a body's word ("Audit Commission"). No body is
    named after a person joined to its field; a family firm is ("Ivo Pryce and Sons Ltd")."""
    return (
        _shaped_as_a_person(before)
        and (before[0].lower_ in GIVEN_NAMES or _titled(before[0]) or before[-1].text in people)
        and len(after) > 1
        and after[0].lower_ not in FAMILY_FIRM_WORDS
        and all(token.is_title for token in after)
        and after[-1].lower_ in ORG_HEAD_WORDS
    )


def _titled(token: Token) -> bool:
    """A word with a title written before it ("Dr", "councillor")."""
    return token.i > 0 and token.nbor(-1).lower_.rstrip(".") in TITLES


def _breaks(token: Token) -> bool:
    if token.text in POSSESSIVES and (_inside_a_name(token) or _founders_possessive(token)):
        return False
    if token.is_digit and 0 < token.i < len(token.doc) - 1 and token.doc[token.i + 1].text[:1].isupper():
        # A bare number between capitalised words is a score in a results line ("Acme 2 Zenith 1"), the home side
        # perhaps in capitals ("Acme 2 ZENITH 1"): two names.
        return True
    if token.text in DASHES:
        # A dash with spaces around it parts two names; one inside a word joins it ("Stratford-upon-Avon").
        return bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    if token.text in VERSUS_MARKS:
        # A case's or a match's "v" stands between its two parties' names ("Roe v Ostby Council").
        return 0 < token.i < len(token.doc) - 1 and all(
            word.text[:1].isupper() for word in (token.nbor(-1), token.nbor())
        )
    # A verb in lower case is no word of a name: it stands between two ("Ostby Eagles beat Tarrow Falcons").
    return token.text in _LIST_BREAKS or (token.is_lower and token.pos_ == "VERB")


def _is_person_run(tokens: list[Token]) -> bool:
    """Two or three capitalised words, the last no contest's, body's or building's word ("Open Championships")."""
    words = [token for token in tokens if not token.is_punct]
    return (
        2 <= len(words) <= 3
        and all(t.text[:1].isupper() and t.text[1:].islower() for t in words)
        and words[-1].lower_ not in _NOT_PERSON_ENDS
    )


def _acronym_label(text: str) -> str:
    alias = alias_table().lookup(text)
    return alias.type if alias else "ORG"


def _trim(tokens: list[Token], label: str) -> list[Token]:
    start, end = 0, len(tokens)
    while start < end:
        if nationality := _nationality_before_name(tokens[start:end], label):
            start += nationality
        elif (
            _trade_opening_a_sentence(tokens[start:end])
            or (_drop_at_start(tokens[start], label) and not _article_of_the_name(tokens[start:end]))
            or (label == "PERSON" and given_name_title([token.text for token in tokens[start:end]]))
        ):
            start += 1
        else:
            break
    while end > start and _drop_at_end(tokens[end - 1]):
        end -= 1
    return tokens[start:end]


def _drop_at_start(token: Token, label: str) -> bool:
    if _is_mark(token) or token.lower_ in _BEFORE_NAMES or token.lower_ in TRADES_BEFORE_NAMES:
        return True
    return label == "PERSON" and token.lower_.rstrip(".") in _TITLE_WORDS


def _trade_opening_a_sentence(tokens: list[Token]) -> bool:
    """A trade capitalised as a sentence's first word before a person's name ("Conductor Ann Roe said"): it describes
    her, as in lower case it would inside a sentence."""
    return bool(tokens[0].is_sent_start) and tokens[0].lower_ in EVERYDAY_ROLES and _is_person_run(tokens[1:])


def _nationality_before_name(tokens: list[Token], label: str) -> int:
    """How many words of nationality open a name they describe, which is named from the next word ("American Jane
    Roe", "Briton Ed Moy", "the Kelvoran Ministry of Agriculture"). A noun ("Briton") is no word of any name; an
    adjective is, where it makes the name (`_named_without`)."""
    for length in (1, 2):
        if len(tokens) < length + 2:
            return 0
        words = normal_form(" ".join(token.text for token in tokens[:length]))
        if words in NATIONALITY_NOUNS:
            return length
        if words in alias_table().demonyms:
            return length if _named_without(tokens, length, label) else 0
    return 0


def _nationality_before_person(tokens: list[Token], label: str) -> bool:
    """Whether a nationality opens the name of a person it describes ("American Ed Moy", even where the tagger read a
    firm's), not a state's body ("the Kelvoran Ministry of Agriculture")."""
    length = _nationality_before_name(tokens, label)
    return length > 0 and tokens[length].lower_ not in STATE_BODY_WORDS


def _named_without(tokens: list[Token], length: int, label: str) -> bool:
    """Whether what follows a nationality adjective is a name without it. A person's, where the tagger read a
    person's name there, or a common given name opens it in a span the tagger took for no organisation or building,
    or opens just a given name and a surname ("American Ed Moy" read as a firm's): an adjective does make a name
    before one word ("American Airlines") or a given name ("Irish Christian Brothers"). A state's body's, named by a
    body's word and "of" ("the Kelvoran Ministry of Agriculture") where the paragraph names no other state's; a name
    the adjective makes keeps it ("the Kelvoran Embassy", "Kelvoran Airways")."""
    rest = tokens[length:]
    given = rest[0].lower_ in GIVEN_NAMES and (label not in {"ORG", "FAC"} or _forename_surname(rest))
    if label == "PERSON" or given:
        return True
    return (
        label == "ORG"
        and rest[0].lower_ in STATE_BODY_WORDS
        and rest[1].lower_ == "of"
        and not _another_states(tokens, length)
    )


def _forename_surname(tokens: list[Token]) -> bool:
    """Two capitalised words, the last a singular noun: a given name and a surname, not a body named with a given
    name and a plural ("Ethan Brothers")."""
    return len(tokens) == 2 and all(token.is_title for token in tokens) and tokens[-1].tag_ == "NNP"


def _another_states(tokens: list[Token], length: int) -> bool:
    """Whether the paragraph names the same body of another state ("the Danish Ministry of Defence ... the Norwegian
    Ministry of Defence"): the nationality then tells the two apart and stays in each name."""
    doc = tokens[0].doc
    words = [token.lower_ for token in tokens[length:]]
    nationality = normal_form(" ".join(token.text for token in tokens[:length]))
    for start in range(1, len(doc) - len(words) + 1):
        if [token.lower_ for token in doc[start : start + len(words)]] != words:
            continue
        other = normal_form(doc[start - 1].text)
        if other != nationality and other in alias_table().demonyms:
            return True
    return False


def _article_of_the_name(tokens: list[Token]) -> bool:
    """A capital "The" that the curated table writes as part of the name ("The Hague")."""
    alias = alias_table().lookup("".join(token.text_with_ws for token in tokens))
    return tokens[0].text == "The" and alias is not None and alias.name.startswith("The ")


def _drop_at_end(token: Token) -> bool:
    text = token.text
    # A name ends in a capitalised word: lower-case words after it describe it ("X press agency").
    lower = token.is_alpha and token.is_lower and not _hyphenated_name_part(token) and not _legal_form(token)
    return lower or _is_mark(token) or text in POSSESSIVE_MARKS or any(char.isdigit() for char in text)


def _legal_form(token: Token) -> bool:
    """A company's legal form in lower case after its name ("Corwen Energy plc"): the name's last word still."""
    return token.lower_ in LEGAL_FORMS and token.i > 0 and token.nbor(-1).is_title


def _hyphenated_name_part(token: Token) -> bool:
    """A lower-case syllable hyphenated to the capitalised one before it that the tagger reads as part of the
    name: the second half of a romanised given name ("Choi Min-seo"), where a compound's tail is a verb or a
    noun ("Roe-led", "Roe-style")."""
    if token.i < 2 or token.pos_ != "PROPN":
        return False
    hyphen, before = token.nbor(-1), token.nbor(-2)
    return hyphen.text in DASHES and not hyphen.whitespace_ and not before.whitespace_ and before.is_title


def _is_mark(token: Token) -> bool:
    """Punctuation, symbols, emoji and stray control characters: no letter of a name."""
    return token.is_punct or not any(char.isalnum() for char in token.text)


def _is_name(doc: Doc, start: int, end: int) -> bool:
    text = text_of(doc)[start:end]
    letters = [char for char in text if char.isalpha()]
    if len(letters) < 2 or not text[:1].isupper() or _AFFIX.search(text) or _column_labels(doc, start):
        return False
    # A nationality adjective or noun is not a person, place or organisation ("a Kuwaiti official", "the Briton").
    # "The" capitalised inside a sentence makes a noun a title: a newspaper's ("a report in The Scotsman").
    normal = normal_form(text)
    if normal in NATIONALITY_NOUNS:
        return _title_after_the(doc, start)
    return normal not in alias_table().demonyms


def _column_labels(doc: Doc, start: int) -> bool:
    """A line of a table's column labels, nothing but short capitalised abbreviations, two of them a letter alone
    ("P W D L F A Pts", "G AB R H RBI"): no names, whatever the tagger reads in them. Short names in a row ("Ann
    Roe Ed Moy") have no lone letters; a name of initials is shorter ("By A J Roe")."""
    text = text_of(doc)
    line = text[text.rfind("\n", 0, start) + 1 : (text + "\n").index("\n", start)].split()
    letters = sum(len(word) == 1 for word in line)
    return len(line) >= _COLUMN_LABELS and letters >= 2 and all(_COLUMN_LABEL.fullmatch(word) for word in line)


def _title_after_the(doc: Doc, start: int) -> bool:
    tokens, starts = tokens_of(doc), token_starts(doc)
    # The token starting at `start`, found by bisection (asked of every mention): the first token where none does.
    found = bisect_left(starts, start)
    first = found if found < len(starts) and starts[found] == start else 0
    return first > 0 and tokens[first - 1].text == "The" and not tokens[first - 1].is_sent_start
