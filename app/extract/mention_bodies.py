"""Bodies named by their kind's word, "for" or "of" and what they are for ("the Campaign for Better Buses", "the
Agency for Food Safety", "the Front for the Renewal of the North", "the Department for Harbours, Fish and Rural
Affairs"): news capitalises the words after "for" or "of" only in such a name. The tagger misses some, or finds only
their last words ("Better Buses").

Bodies whose names join two fields by "and" ("the Kelvo and District Health Board", "the Fenwick Roads and Transport
Authority"): the part after "and" opens with a common noun and ends in a body's word, the part before ends in no
body's word; after a place alone, the common noun is the land around it ("District", "County"). After one "the" for
the whole run, any capitalised words joined by "and" before one body's word are one name ("the Finance and Budget
Committee", "the Arts and Heritage Council", "the Calder and Vale Health Trust"), unless the tagger reads each side
as a body's name of its own ("the Treasury and Revenue Agency", "the Pentagon and State Department") or a minister's
title ends the first ("the Prime Minister and Foreign Office"). Not two bodies, the first named by its own body's,
building's or club's word ("the Harbour Office and Water Department", "Kelvo Police and Border Force", "Halvern
School and Youth Council") or, without the article, by a lone noun ("Treasury and Revenue Agency officials"), nor a
place listed with a body ("Ostby and Housing Association tenants", "Tarrow and Kelvo Water Board")."""

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from app.extract.mention_cleaning import Piece, legal_forms_end
from app.extract.mention_heads import FACILITY_HEAD_WORDS
from app.extract.names import ORG_HEAD_WORDS, alias_table
from app.extract.parsed import lowers_of, tokens_of
from app.vocabulary.capitals import is_acronym
from app.vocabulary.classes import (
    AIRPORT_NOUN,
    BODY_CLOSING_WORDS,
    BODY_LEAD_WORDS,
    PLACE_KIND_LEADS,
    POSSESSIVE_NAME_HEADS,
    SURROUNDS_NOUNS,
)
from app.vocabulary.companies import (
    BUSINESS_HEAD_WORDS,
    FAMILY_FIRM_WORDS,
    LEGAL_FORMS,
    PARTNERSHIP_GROUP_WORDS,
)
from app.vocabulary.people import MINISTER_TITLES
from app.vocabulary.sports import CLUB_HEAD_WORDS

_JOINTS = frozenset({"for", "of"})
# Lower-case words inside such a name between capitalised ones ("Front for the Renewal of the North"); not "and",
# which as often joins two names ("the Agency for Food Safety and the Kelso Council"), but in a list the name's
# comma opens ("the Department for Harbours, Fish and Rural Affairs").
_INNER_WORDS = frozenset({"the", "of", "for"})
# The words that end a name of its own, a body's, a building's or a club's: the first of two names joined by "and"
# ending in one is a name of its own ("Halvern School and Youth Council", "Tarrow Rovers and Football Association").
_OWN_NAME_ENDS = (
    BODY_CLOSING_WORDS | ORG_HEAD_WORDS | FACILITY_HEAD_WORDS | POSSESSIVE_NAME_HEADS | CLUB_HEAD_WORDS | {AIRPORT_NOUN}
)
# Tagger types of words that name no field of a body's work: a place, a person, a people.
_NAMING_TYPES = frozenset({"GPE", "LOC", "PERSON", "NORP"})


def body_names(doc: Doc) -> Iterator[Piece]:
    """Each such name, from its kind's word to the last capitalised word after "for" or "of"; and a public body named
    by a place's kind, "of", the place and its own word ("the Port of Selham Authority", `PLACE_KIND_LEADS`), which
    the tagger cuts at "of" or types as the place."""
    tokens = tokens_of(doc)
    for token in tokens:
        if _opens_a_body(token, BODY_LEAD_WORDS):
            end = _name_end(tokens, token.i + 2)
        elif _opens_a_body(token, PLACE_KIND_LEADS):
            end = _name_end(tokens, token.i + 2)
            end = end if end and tokens[end - 1].lower_ in BODY_CLOSING_WORDS else None
        else:
            continue
        if end and not alias_table().is_country(doc[token.i : end].text):
            last = tokens[end - 1]
            yield Piece(token.idx, last.idx + len(last.text), "ORG")


def joined_body_names(doc: Doc, nouns: frozenset[str]) -> Iterator[Piece]:
    """Each body's name that joins its fields by "and": capitalised words ending in no body's word, "and", then a
    common noun (`nouns`: those the lemmatizer knows) and capitalised words ending in a body's word ("Kelvo and
    District Health Board", "Fenwick Roads and Transport Authority")."""
    tokens = tokens_of(doc)
    for joint in _ands(doc):
        if joint.i == 0:
            continue
        first = _run_start(tokens, joint.i)
        end = _run_end(tokens, joint.i + 1)
        if (
            first < joint.i
            and end - joint.i > 2
            and _fields_of_one_body(tokens[first : joint.i], tokens, joint.i + 1, end, nouns)
        ):
            last = tokens[end - 1]
            yield Piece(tokens[first].idx, last.idx + len(last.text), "ORG")


def family_firm_names(doc: Doc) -> Iterator[Piece]:
    """Each family firm's name, a founder's name, "and" and a family's word ("Jo Roe and Sons Ltd", "Pirrie and
    Daughters"): one company's, which the tagger reads as a person and a body."""
    tokens = tokens_of(doc)
    for joint in _ands(doc):
        if joint.i == 0 or joint.i + 1 >= len(tokens):
            continue
        family = tokens[joint.i + 1]
        first = _run_start(tokens, joint.i)
        if first < joint.i and family.is_title and family.lower_ in FAMILY_FIRM_WORDS:
            end = joint.i + 2
            while end < len(tokens) and tokens[end].is_title:
                end += 1
            last = tokens[end - 1]
            yield Piece(tokens[first].idx, last.idx + len(last.text), "ORG")


def partner_firm_names(doc: Doc, surnames: frozenset[str] = frozenset()) -> Iterator[Piece]:
    """Each partnership's name, two partners' surnames joined by "and" before a legal form, a group's word allowed
    before it ("Halbrook and Venn Inc", "Velsen and Brook Group plc"): one company's, which the tagger cuts into a
    person, a place or a company and a company. Each partner one word, neither a country, a people nor a word of a
    business's make-up: a longer name before "and" is a name of its own ("Tarmo Motors and Brook Group", "Ann Roe and
    Brook Group"), and so is the surname of a person the article names in full (`surnames`: "Ann Roe ... Roe and Brook
    Group")."""
    tokens = tokens_of(doc)
    for joint in _ands(doc):
        if not 0 < joint.i < len(tokens) - 2:
            continue
        first, partner = tokens[joint.i - 1], tokens[joint.i + 1]
        if (
            _run_start(tokens, joint.i) == first.i
            and all(_partner(word) and word.text not in surnames for word in (first, partner))
            and (end := _legal_form_end(tokens, joint.i + 2)) is not None
        ):
            last = tokens[end - 1]
            yield Piece(first.idx, last.idx + len(last.text), "ORG")


def _legal_form_end(tokens: tuple[Token, ...], index: int) -> int | None:
    """The index after the legal forms from the index on, one group's word before them allowed ("Group plc"); None
    where no legal form follows."""
    if tokens[index].lower_ in PARTNERSHIP_GROUP_WORDS:
        index += 1
    end = legal_forms_end(tokens, index)
    return end if end > index else None


def _partner(word: Token) -> bool:
    """A capitalised word that may be a partner's surname: no country, people or business word. The tagger's guess of
    a place says little of an unknown surname ("Halbrook")."""
    return (
        _capitalised(word)
        and word.ent_type_ != "NORP"
        and not alias_table().is_country(word.text)
        and word.lower_ not in BUSINESS_HEAD_WORDS | LEGAL_FORMS
    )


def _fields_of_one_body(
    before: tuple[Token, ...], tokens: tuple[Token, ...], start: int, end: int, nouns: frozenset[str]
) -> bool:
    """Whether the words before "and" and those from `start` to `end` after it are one body's name: the first part
    no name of its own (no body's word at its end, no person in it) and ending in a field or a place, the second a
    field (the land around the place after a place alone) and a body's word at its end."""
    opening = tokens[start]
    if before[-1].lower_ in _OWN_NAME_ENDS or any(token.ent_type_ == "PERSON" for token in before):
        return False
    if _one_article_before(before) and tokens[end - 1].lower_ in BODY_CLOSING_WORDS:
        return not (
            alias_table().is_country(opening.text)
            or before[-1].text in MINISTER_TITLES
            or (_tagged_alone(before) and _tagged_alone(tokens[start:end]))
        )
    if _body_of_one_word(before, nouns):
        return False
    # A place alone before "and" joins only the land around it ("Kelvo and District"); else it is listed with a body
    # ("residents of Ostby and Housing Association tenants").
    if not _field(before[-1], nouns) and opening.lower_ not in SURROUNDS_NOUNS:
        return False
    return (
        _field(opening, nouns)
        and tokens[end - 1].lower_ in BODY_CLOSING_WORDS
        and not alias_table().is_country(opening.text)
    )


def _one_article_before(before: tuple[Token, ...]) -> bool:
    """Whether one "the" stands before the words before "and", and none after it (the run after "and" is capitalised
    words only): one article for the whole run and its one body's word at the end make one name ("the Finance and
    Budget Committee", "the Arts and Heritage Council", "the Calder and Vale Health Trust"). Two bodies are written
    each with its own article ("the Treasury and the Revenue Agency") or each with its own body's word."""
    first = before[0]
    return first.i > 0 and first.nbor(-1).lower_ == "the"


def _tagged_alone(words: tuple[Token, ...]) -> bool:
    """Whether the tagger reads the words as one organisation's name, no more and no less. Where it reads both sides of
    "and" so, each a body's name of its own, one article is no sign of one body: news writes "the Pentagon and State
    Department", "the Kremlin and Foreign Ministry" for two."""
    first, last = words[0], words[-1]
    after = last.i + 1
    return (
        first.ent_type_ == "ORG"
        and first.ent_iob_ == "B"
        and all(word.ent_type_ == "ORG" and word.ent_iob_ != "O" for word in words)
        and (after >= len(first.doc) or first.doc[after].ent_iob_ != "I")
    )


def _field(word: Token, nouns: frozenset[str]) -> bool:
    """A common noun no place or person shares: a field of a body's work ("Roads", "Transport")."""
    return word.lower_ in nouns and word.ent_type_ not in _NAMING_TYPES


def _body_of_one_word(before: tuple[Token, ...], nouns: frozenset[str]) -> bool:
    """A lone common noun the tagger names a body by, its span ending before "and": a body of its own ("the Treasury
    and Revenue Agency", "the Navy and Coast Guard Service"). A field that opens a body's name the tagger reads whole
    ("the Food and Drug Administration")."""
    word = before[0]
    return len(before) == 1 and word.lower_ in nouns and word.ent_type_ == "ORG" and word.nbor().ent_iob_ != "I"


def _ands(doc: Doc) -> list[Token]:
    """The doc's words "and", in any case, found in each word's lower case read once (`lowers_of`): three names'
    scans look for them."""
    tokens = tokens_of(doc)
    return [tokens[index] for index, lower in enumerate(lowers_of(doc)) if lower == "and"]


def _run_start(tokens: tuple[Token, ...], end: int) -> int:
    """Where the capitalised words before `end` begin: not at a small word opening a sentence ("The")."""
    start = end
    while start > 0 and _capitalised(tokens[start - 1]) and not tokens[start - 1].is_stop:
        start -= 1
    return start


def _opens_a_body(token: Token, kinds: frozenset[str]) -> bool:
    """A capitalised kind's word opening a sentence or after "the", "for" or "of" right after it."""
    doc = token.doc
    if not token.is_title or token.lower_ not in kinds or token.i + 1 >= len(doc):
        return False
    first = token.is_sent_start or (token.i > 0 and token.nbor(-1).lower_ == "the")
    return first and token.nbor().lower_ in _JOINTS


def _name_end(tokens: tuple[Token, ...], start: int) -> int | None:
    """The index after the last capitalised word of the run from `start` (small words between capitalised ones
    allowed, and a list after a comma), or None where no capitalised word opens it."""
    end = None
    index = start
    while index < len(tokens):
        token = tokens[index]
        if _capitalised(token):
            end = index + 1
        elif token.text == "," and end == index and _one_word(tokens[start:index]):
            listed = _list_end(tokens, index)
            # Places listed after a body ("the Agency for Energy, Chile and Iceland agreed") are not what it is for.
            return listed if listed and not any(word.ent_type_ == "GPE" for word in tokens[index:listed]) else end
        elif _hyphened(tokens, index) and end == index:
            # "Co-operation": the words a hyphen joins are one.
            end = index + 2
            index += 1
        elif token.lower_ not in _INNER_WORDS:
            break
        index += 1
    return end


def _one_word(run: tuple[Token, ...]) -> bool:
    """A list's first item is one word, as every other item but the last ("Fisheries, Forestry and Rural Affairs"):
    after a longer name ("Tariff Responsibility, Treasury and ...") a comma goes on to other bodies."""
    return sum(map(_capitalised, run)) == 1


def _capitalised(token: Token) -> bool:
    return token.is_title and token.is_alpha


def _hyphened(tokens: tuple[Token, ...], index: int) -> bool:
    """A hyphen with a word right after it and no space before ("Co-operation")."""
    return tokens[index].text == "-" and not tokens[index - 1].whitespace_ and index + 1 < len(tokens)


def _list_end(tokens: tuple[Token, ...], comma: int) -> int | None:
    """The index after a list of what a body is for, from a comma after its first item: one capitalised word after
    each comma, then "and" and the last item ("Harbours, Fish and Rural Affairs"). None where the words after a
    comma are no such list: a second body's name ("Food Safety, Kelso Council and ...") is more than one word."""
    index = comma
    while index + 2 < len(tokens) and tokens[index].text == ",":
        if tokens[index + 1].lower_ == "and":
            return _last_item_end(tokens, index + 2)
        if not _capitalised(tokens[index + 1]) or tokens[index + 2].text not in {",", "and"}:
            return None
        index += 2
        if tokens[index].lower_ == "and":
            return _last_item_end(tokens, index + 1)
    return None


def _last_item_end(tokens: tuple[Token, ...], start: int) -> int | None:
    """The index after the capitalised words from `start`, or None where there are none, they name a body of their
    own ("... and Tarrow Council"), or a lower-case noun after them makes the list its modifiers ("Navy and Army
    chiefs", "Kelvo and Ostby branches")."""
    end = _run_end(tokens, start)
    if end == start or tokens[end - 1].lower_ in BODY_CLOSING_WORDS:
        return None
    return None if end < len(tokens) and tokens[end].pos_ == "NOUN" else end


def _run_end(tokens: tuple[Token, ...], start: int) -> int:
    """The index after the capitalised words from `start`: an acronym among them after the first belongs to the
    run ("the Calder and Vale NHS Trust")."""
    end = start
    while end < len(tokens) and (_capitalised(tokens[end]) or (end > start and is_acronym(tokens[end].text))):
        end += 1
    return end
