"""What the last word of a name says it names, whatever the tagger guessed: a street, square or building
("Quarry Lane", "Harbour Station"), or an organisation ("Port of Halden Authority", "Tolvern Water Board"); and a
country's name read as a person's is the country's."""

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from app.extract.gender import name_gender
from app.extract.names import ORG_HEAD_WORDS, PLACE_TYPES, alias_table
from app.extract.parsed import capitalised_run_end, covering, text_of
from app.vocabulary.calendar import HOLIDAY_HEADS, TIME_PREPOSITIONS
from app.vocabulary.classes import (
    APPOSITIVE_ORG_NOUNS,
    BODY_OF_PLACE_HEADS,
    CROSSROADS_HEADS,
    HOUSE_HEADS,
    LIMB_ORG_NOUNS,
    NAMED_SITE_NOUNS,
    NOT_A_SITE_QUALIFIERS,
    PLACE_LEAD_WORDS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_NAME_HEADS,
    STANDING_WATER_HEADS,
    STREET_HEAD_WORDS,
    VENUE_HEADS,
    VENUE_PREPOSITIONS,
    WATER_ONLY_HEADS,
)
from app.vocabulary.companies import is_legal_form
from app.vocabulary.events import ADDRESS_PREPOSITIONS, CELEBRATIONS, PROCESSION_WORDS
from app.vocabulary.names import GIVEN_NAMES
from app.vocabulary.people import CROWDS, EVERYDAY_ROLES, PEOPLE_NOUNS, RANK_WORDS, THING_QUALIFIERS, TITLES
from app.vocabulary.sports import CLUB_STAFF, EVENT_HEAD_WORDS, NICKNAME_PLURALS, PLACE_CLUB_HEADS

# Words that end the names of streets, squares and buildings: the streets' (one list for both), less "place", which
# ends a street's name in an address but is not read here as a building's, an industrial site's (`NAMED_SITE_NOUNS`),
# and those of squares, bridges, buildings.
FACILITY_HEAD_WORDS = (STREET_HEAD_WORDS - {"place"}) | NAMED_SITE_NOUNS | frozenset(
    ["square", "bridge", "station", "hall", "stadium", "arena", "quay", "wharf", "tannery", "brewery", "pier",
     "depot", "warehouse", "viaduct", "tower", "market"]
)  # fmt: skip
# Organisation words that end the names of places as well ("the West Bank", "Earls Court", "Corn Exchange"):
# a place's name ending in one stays a place.
_ALSO_PLACE_HEADS = frozenset({"bank", "court", "exchange", "post", "capital", "times"})
# Words of bodies that "of" completes ("Chamber of Commerce", "Ministry of Fisheries").
_BODIES_OF = BODY_OF_PLACE_HEADS | ORG_HEAD_WORDS
_VENUES = VENUE_HEADS | HOUSE_HEADS
# Whom "at the X" names the employer of ("an analyst at the X", "residents at the X").
_PEOPLE_AT = CROWDS | TITLES


def head_type(doc: Doc, start: int, end: int, label: str) -> str:
    """The type the name's last word states, else the tagger's. A person's name may end in a facility word
    ("Ada Hall"): a common given name or a title before it keeps it a person's."""
    words = text_of(doc)[start:end].split()
    head = words[-1].casefold()
    if _names_an_event(doc, start, end, label):
        return "EVENT"
    if head in ORG_HEAD_WORDS and (label == "PERSON" or (label in PLACE_TYPES and head not in _ALSO_PLACE_HEADS)):
        return "ORG"
    if label == "PERSON" and _body_before_of(words):
        return "ORG"
    if label == "PERSON" and len(words) > 1 and is_legal_form(head):
        # A legal form closes a firm's name, named after its founders as often as not ("Fenwick LLP"): no person's.
        return "ORG"
    if (
        head in _VENUES
        and len(words) > 1
        and label == "ORG"
        and (_at_a_place(doc, start) or _on_a_street(doc, start, end))
    ):
        return "FAC"
    site_label = (
        label in {"PERSON", "ORG"}
        if head in FACILITY_HEAD_WORDS
        else label == "PERSON" and head in HOUSE_HEADS and not _acts(doc, start, end)
    )
    if site_label and len(words) > 1 and _a_sites_name(words):
        # A house the tagger read as a person's is a building's ("sell Hadlow House"), unless it acts ("Tarquin House
        # told", a given name the list lacks); as a body's, one at a place only.
        given = name_gender(" ".join(words)) is not None and not _named_after_a_person(words)
        return label if label == "PERSON" and (_titled(doc, start, words) or given) else "FAC"
    if label in {"PERSON", "ORG"} and head not in ORG_HEAD_WORDS and _water_or_height(doc, start, words, label):
        return "LOC"
    if (
        label == "PERSON"
        and head in STANDING_WATER_HEADS
        and len(words) > 1
        and not _named_as_person(doc, start, words)
        and not _surname_described(doc.text, words[-1])
    ):
        # A lake's or a reservoir's, or the utility's named after it, which acts where the water cannot.
        return "ORG" if _acts(doc, start, end) else "LOC"
    if head in CROSSROADS_HEADS and label == "ORG" and _a_crossroads(doc, start, end, words):
        return "GPE"
    if label == "ORG" and head in WATER_ONLY_HEADS and len(words) > 1:
        return "LOC"
    if label == "PERSON" and _possessive_building(words):
        return "ORG"
    if head in NICKNAME_PLURALS and len(words) > 1 and label == "PERSON" and not _a_persons_nickname(doc, start, words):
        # A side named by its town and a plural nickname ("Kelby Falcons"), which few people's surnames are.
        return "ORG"
    if head in PLACE_CLUB_HEADS and len(words) > 1 and label == "PERSON" and not _named_as_person(doc, start, words):
        # "Sheldon Town", "Marsby City": a place, or the club named after it, which a sports page's context says;
        # not a person's name by a title or a given name ("Margaret Town").
        return "GPE"
    if label == "PERSON" and alias_table().is_country(" ".join(words)) and not _named_as_person(doc, start, words):
        # A country the tagger took for a person, as it does a national side ("Costa Rica beat ..."): not a given name
        # a title or the name's gender marks ("Mrs Georgia").
        return "GPE"
    return label


def _a_crossroads(doc: Doc, start: int, end: int, words: list[str]) -> bool:
    """A place named after its cross ("from Kelby Cross", "at Tolby Cross station"): where something is or goes
    from (right after the preposition: a body's name takes "the", "aid from the Red Cross"), or before a building's
    word. Asked of a name the tagger read as a body's (one it read as a person's is a surname's), and not of one a
    given name or a title marks as a person's ("a gift from Margaret Cross")."""
    if len(words) < 2 or _named_as_person(doc, start, words):
        return False
    span = covering(doc, start, end)
    if span is None:
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    # Not a name that qualifies the preposition's noun ("help from Red Cross volunteers"): the body's staff, no place.
    return (before in PLACE_PREPOSITIONS and span.root.dep_ != "compound") or after in FACILITY_HEAD_WORDS


def _a_sites_name(words: list[str]) -> bool:
    """Whether a name ending in a facility's word names a site ("Kelby Market", "the Ostby Works"), not an economy
    or a body ("the Single Market", "the Ministry of Public Works")."""
    return words[-2].casefold() not in NOT_A_SITE_QUALIFIERS and not _body_before_of(words)


def _water_or_height(doc: Doc, start: int, words: list[str], label: str) -> bool:
    """A river's, a lake's or a mountain's name, its kind's word first ("the River Colne", "Mount Harlow", "Loch
    Morven"). A person may go by such a word ("River Lund"): a name read as a person's is the place's only after
    "the", which no person's name takes."""
    if not water_or_height_words(words):
        return False
    return label != "PERSON" or after_the(doc, start)


def water_or_height_words(words: Sequence[str]) -> bool:
    """The kind's word and one name's ("Lake Morven"): a further word names something the place is named after
    ("Lake Morven College", "Mount Harlow Mining")."""
    return len(words) == 2 and words[0].casefold() in PLACE_LEAD_WORDS


def after_the(doc: Doc, start: int) -> bool:
    """Whether "the" is the word before the character `start`."""
    return text_of(doc)[:start].rstrip().rsplit(" ", 1)[-1].casefold() == "the"


def _possessive_building(words: list[str]) -> bool:
    """A name built on a saint's or a founder's possessive that ends in a building's or a body's word ("St Elspeth's
    Church", "St Ann's Primary School"): the tagger reads the possessive's owner as a person."""
    return (
        len(words) > 2
        and words[-1].casefold() in POSSESSIVE_NAME_HEADS
        and any(word.endswith(("'s", "’s")) for word in words[:-1])
    )


def _celebrated_procession(doc: Doc, start: int, end: int, folded: list[str]) -> bool:
    """A procession named by what it celebrates ("Harlow Pride Parade"), but no street of such a name in an address,
    straight after its preposition ("a shop on Peace Parade")."""
    if folded[-1] not in PROCESSION_WORDS or folded[-2] not in CELEBRATIONS:
        return False
    span = covering(doc, start, end)
    return span is None or span.start == 0 or doc[span.start - 1].lower_ not in ADDRESS_PREPOSITIONS


def _body_before_of(words: list[str]) -> bool:
    """A body's word before "of" inside the name ("Ostravel Chamber of Commerce", "Kelvo Ministry of Fisheries"): a
    body's name, which a person's never holds ("Catherine of Aragon" has no such word)."""
    folded = [word.casefold() for word in words]
    return any(folded[i] == "of" and folded[i - 1] in _BODIES_OF for i in range(1, len(folded)))


def _names_an_event(doc: Doc, start: int, end: int, label: str) -> bool:
    """A contest, a festival or a holiday, whatever the tagger read: its name ends in an event's word ("the Kelmar
    Open", "Harvest Day"), opens with one before "of" ("Tour of Verlan") or is a procession named by what it
    celebrates ("Harlow Pride Parade", not the street "Harlow Parade"). A person's name may end in "Day" ("Ada
    Day"): a given name or a title before it keeps it a person's, and a name the tagger read as a person's is a
    holiday only where a date stands ("on Harvest Day")."""
    words = text_of(doc)[start:end].split()
    if len(words) < 2:
        return False
    folded = [word.casefold() for word in words]
    if folded[-1] in EVENT_HEAD_WORDS or (folded[0] in EVENT_HEAD_WORDS and folded[1] == "of"):
        return True
    if _celebrated_procession(doc, start, end, folded):
        return True
    if folded[-1] not in HOLIDAY_HEADS or _named_as_person(doc, start, words):
        return False
    return label != "PERSON" or _stands_as_a_date(covering(doc, start, end))


def _stands_as_a_date(name: Span | None) -> bool:
    """Whether a name stands where a date does: after a preposition of time ("since Harvest Day") or before the noun
    it dates ("the Harvest Day weekend")."""
    if name is None:
        return False
    last = name[-1]
    before = name.doc[name.start - 1].lower_ if name.start > 0 else ""
    return before in TIME_PREPOSITIONS or (last.dep_ == "compound" and last.head.i > last.i)


def _at_a_place(doc: Doc, start: int) -> bool:
    """Whether a preposition of place stands before the name, past "the" and a town's possessive ("at the X", "in
    Kelso 's X"), and says where something is or happens, not whom someone works for ("an analyst at the X", "a
    spokeswoman at the X") or where word comes from ("doctors from the X said")."""
    span = covering(doc, start, start + 1)
    index = span.start - 1 if span is not None else -1
    while index > 0 and (doc[index].lower_ == "the" or doc[index].text in {"'s", "’s"}):
        index -= 2 if doc[index].text in {"'s", "’s"} else 1
    return index >= 0 and doc[index].lower_ in VENUE_PREPOSITIONS and doc[index].head.lemma_ not in _PEOPLE_AT


def _on_a_street(doc: Doc, start: int, end: int) -> bool:
    """Whether a street's name follows the name between `start` and `end`, after "on", "in" or the like ("the Kelby
    Sports Centre on Mill Road"): where a building stands (`names_a_street_after`). A body housed there is named by its
    body's word ("the Harwell Trust on Quarry Road"), which no building's is."""
    name = covering(doc, start, end)
    if name is None or name.end + 1 >= len(doc) or doc[name.end].lower_ not in ADDRESS_PREPOSITIONS:
        return False
    return names_a_street_after(list(name), list(doc[name.end + 1 : capitalised_run_end(doc, name.end + 1)]))


def _named_as_person(doc: Doc, start: int, words: list[str]) -> bool:
    return _titled(doc, start, words) or name_gender(" ".join(words)) is not None


# A comma, then an age or a short description closed by a comma or the sentence's end.
_APPOSITION = re.compile(r", (?:(\d{1,3})|(?:the|a|an) ([^,.;]{1,40}?))[,.;]")
# A club's staff too ("Ivo Water, the club's captain,"): a player's or a coach's role is a person's.
_PERSON_WORDS = PEOPLE_NOUNS | EVERYDAY_ROLES | TITLES | CLUB_STAFF
# A comma, then a relative clause only a person takes ("Ivo Water, who lives nearby,").
_WHO = re.compile(r", who\b")


def _described_as_a_person(after: str) -> bool:
    """The text after a name sets off the person's age, a noun for a person ("Ivo Water, 34," "Ivo Water, the
    actress,") or a clause of "who" ("Ivo Water, who lives nearby,"), as a story introduces a person and no lake."""
    if _WHO.match(after):
        return True
    described = _APPOSITION.match(after)
    if described is None:
        return False
    age, description = described.groups()
    # A description of spaces alone ("the  ,") has no last word.
    words = (description or "").split()
    return age is not None or (bool(words) and words[-1].lower() in _PERSON_WORDS)


def _surname_described(text: str, surname: str) -> bool:
    """The name, or its last word alone elsewhere in the paragraph, sets off an age, a person's noun or "who" ("Ivo
    Water, 34,", "Ivo Water told the court ... Water, 34, denies it"): a story names a person by surname so, never a
    lake."""
    return any(_described_as_a_person(text[found.end() :]) for found in re.finditer(rf"\b{re.escape(surname)}\b", text))


def _acts(doc: Doc, start: int, end: int) -> bool:
    """The name is a verb's subject in the active ("Tarquin House told the inquiry"): a person or a body, no
    building."""
    span = covering(doc, start, end)
    return span is not None and span.root.dep_ == "nsubj"


def _a_persons_nickname(doc: Doc, start: int, words: list[str]) -> bool:
    """A name ending in a side's nickname that is a person's surname: after a title or a rank ("Detective Sergeant
    Ada Ravens", a given name the common ones lack) or with a common given name ("Ruth Eagles")."""
    return _word_before(doc, start, words) in RANK_WORDS or _named_as_person(doc, start, words)


def _titled(doc: Doc, start: int, words: list[str]) -> bool:
    """A person's title right before the name ("Mr Ivo Hall")."""
    before = _word_before(doc, start, words).rstrip(".")
    return before in TITLES and before not in THING_QUALIFIERS


def _word_before(doc: Doc, start: int, words: list[str]) -> str:
    """The word right before the name, lower-cased: where a title or a rank stands; empty at the text's start."""
    span = covering(doc, start, start + len(words[0]))
    return doc[span.start - 1].lower_ if span is not None and span.start > 0 else ""


def _named_after_a_person(words: list[str]) -> bool:
    """A facility's word after a given name and a surname ("Margaret Hale Way", "Ann Roe Stadium"): the street or the
    building named after that person. A person's own name ends in the word right after her given names or an initial
    ("Ada Hall", "Ruth Ann Hall", "Ruth E. Hall")."""
    return len(words) > 2 and words[-2].casefold() not in GIVEN_NAMES and not _initial(words[-2])


def _initial(word: str) -> bool:
    """A middle name's initial ("E." or "E"), which no street's name holds before its last word."""
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def lists_two_facilities(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """Whether the word between these parts two buildings or streets ("X Town Hall and Y Stadium", "the Old
    Brewery on Canal Street"), not one name that holds it ("X Bridge and Tunnel Authority")."""
    return (
        len(after) > 1
        and bool(before)
        and before[-1].lower_ in FACILITY_HEAD_WORDS
        and after[-1].lower_ in FACILITY_HEAD_WORDS
    )


def names_a_street_after(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """Whether "on" between these parts a building and the street it stands on ("the Blue Anchor on Dock Street"):
    capitalised words closed by a street's word after it, which no building's own name holds. Not after one word: a
    town's name holds "on" and a river's ("Marby on Tarn Road" is one road's name)."""
    return (
        len(before) > 1
        and len(after) > 1
        and after[-1].lower_ in STREET_HEAD_WORDS
        and all(token.is_title for token in after)
    )


def kind_of_organisation(noun: Token) -> bool:
    """Whether a noun names a kind of organisation ("charity", "unit"); an arm only where "its" or a body's noun owns
    it ("its lending arm", "the group's arm"), as a person's owner makes it a limb ("his left arm", "the boy's arm")."""
    if noun.lower_ in LIMB_ORG_NOUNS:
        owners = [child.lower_ for child in noun.children if child.dep_ == "poss"]
        return any(owner == "its" or owner in APPOSITIVE_ORG_NOUNS for owner in owners)
    return noun.lower_ in APPOSITIVE_ORG_NOUNS
