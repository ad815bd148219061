"""Names a class noun announces: an organisation after "the news agency" or "the ruling party", a place after "the
town of", "the mayor of" or "the capital", before "airport" (the airport is a facility, the name its town's) or
between "the" and a kind of area ("the Kelvo region"); a facility after "airport" (the airport's own name). The noun
states the type whatever the tagger guessed, and a name the tagger missed right after such a noun is found here."""

from collections.abc import Iterator
from itertools import groupby

from spacy.tokens import Doc, Span, Token

from app.extract.mention_cleaning import POSSESSIVES, Piece, office_holder_start
from app.extract.mention_heads import FACILITY_HEAD_WORDS
from app.extract.names import ORG_HEAD_WORDS, alias_table
from app.extract.parsed import lowers_of, texts_of, tokens_of
from app.vocabulary.calendar import CALENDAR_WORDS
from app.vocabulary.capitals import is_acronym
from app.vocabulary.classes import (
    AIRPORT_NOUN,
    AREA_NOUNS,
    CAPITAL_NOUN,
    COMPANY_NOUNS,
    MEDIA_NOUNS,
    ORG_CLASS_NOUNS,
    ORG_KIND_NOUNS,
    PARTY_FAMILY_WORDS,
    PLACE_CLASS_NOUNS,
    RESIDENT_NOUNS,
    ROUTE_NOUNS,
    SAINT_WORDS,
    SITE_NOUNS,
    SITE_OWNERS,
    TOWN_OFFICE_NOUNS,
    TOWN_SERVICE_NOUNS,
)
from app.vocabulary.people import TITLES
from app.vocabulary.speech import CUE_LEMMAS


def announced_type(span: Span, known: frozenset[str] = frozenset()) -> str | None:
    """The type the noun right before a name states, or "airport" right after it. A name ending in an
    organisation's word is that body's, not the place's ("the city of Halden Council"). `known`: the lemmatizer's
    words (`known_words`), which no town's name before its service is."""
    doc = span.doc
    if span[-1].lower_ in ORG_HEAD_WORDS:
        return None
    if span.end < len(doc) and doc[span.end].text == AIRPORT_NOUN:
        return "GPE"
    return _announcing_label(doc, span.start, span.end, known)


def announced_names(doc: Doc, known: frozenset[str] = frozenset()) -> Iterator[Piece]:
    """Capitalised words right after a place's class noun ("the town of Kelvo", "the capital Tolvo") or before a kind of
    area ("the Tarrow valley"): news prose capitalises a word there only in a name. The tagger misses some, or glues
    them to the distance or the time after them ("the village of Kerrow overnight"); where it found the same words, its
    span is read first. Not after an organisation's noun: there a capitalised word is as often a person in a clause on
    the noun ("the party Roe leads", "the firm Roe founded"), which the parser does not always read as one. `known`:
    the words the lemmatizer knows, by which a sentence's first word the tagger reads as no proper noun is an English
    word or a town's name ("Dunmere residents")."""
    for capitalised, group in groupby(tokens_of(doc), _name_word):
        run = list(group)
        if not capitalised:
            continue
        # "the mayor of Dunmere Ann Pike": the place is the words before the holder's name.
        run = run[: office_holder_start(run) or len(run)]
        end = run[-1].idx + len(run[-1].text)
        if (label := _announcing_label(doc, run[0].i, run[-1].i + 1, known)) in {"GPE", "LOC"}:
            yield Piece(run[0].idx, end, label)
        elif (
            len(run) > 1
            and run[0].lower_ == "the"
            and (label := _announcing_label(doc, run[1].i, run[-1].i + 1, known)) in {"GPE", "LOC"}
        ):
            # A sentence's capitalised "The" before the name ("The Kelvo police chief said"), no name's own article.
            yield Piece(run[1].idx, end, label)
        elif _cited_source(run):
            yield Piece(run[0].idx, end, "ORG")


def _cited_source(run: list[Token]) -> bool:
    """Whether a name after a news outlet's noun is the outlet cited as a source: "the news agency Tanjo reported",
    "the daily Kelvo Post said", "the agency TNA , citing officials , said". A verb of saying or a comma right after it
    leaves no room for a clause on the noun ("the agency Roe runs"), though the parser may read one ("the agency [that]
    Tanjo reported"). The name is the noun's appositive or the verb's subject, not the object of a phrase whose noun
    "daily" or "weekly" describes ("after the daily Mass , the priest said")."""
    doc, last = run[0].doc, run[-1]
    start, after = run[0].i, last.i + 1
    # Asked of every capitalised run: the noun's word read from the paragraph's list, made once (`lowers_of`).
    if start == 0 or lowers_of(doc)[start - 1] not in MEDIA_NOUNS or after >= len(doc):
        return False
    noun = tokens_of(doc)[start - 1]
    if doc[after].text != "," and doc[after].lemma_ not in CUE_LEMMAS:
        return False
    return (last.dep_ == "appos" and last.head == noun) or (last.dep_ == "nsubj" and last.head.lemma_ in CUE_LEMMAS)


def _announcing_label(doc: Doc, start: int, end: int, known: frozenset[str] = frozenset()) -> str | None:
    """ "ORG" after an organisation's class noun or kind ("the charity X"), "GPE" after "the town of", "the mayor
    of" or "the capital", "FAC" after "airport". The place nouns count in lower case only: capitalised, they are a
    name's own words ("the City of Halden Council", "Capital Tolvo", "the Mayor of Tolvo Fund"); a place's people
    count in any case ("Residents of Little Ashby"). A country after a kind of body is the object's start, no
    charity's or fund's name ("told the regulator Kelvora would comply"); a team may bear one ("the side Kelvora")."""
    if _before_a_towns_people(doc, start, end, known):
        return "GPE"
    tokens = tokens_of(doc)  # made once: spaCy makes a new Token at each `doc[i]`
    before = tokens[start - 1] if start > 0 else None
    if before is None or _subject_of_a_relative_clause(tokens[end - 1]):
        return None
    # Each read once: asked of every capitalised run, and spaCy makes a new string at each read.
    word, lower = texts_of(doc)[start - 1], lowers_of(doc)[start - 1]
    if lower in ORG_CLASS_NOUNS:
        return "ORG"
    if lower in ORG_KIND_NOUNS and not alias_table().is_country(doc[start:end].text):
        return "ORG"
    # "the main airport Kelvo International": the name is the airport's own, a facility.
    if word == AIRPORT_NOUN and not _subject_after_a_place(before, tokens[end - 1]):
        return "FAC"
    noun = tokens[start - 2] if start > 1 else None
    if word == CAPITAL_NOUN or (word == "," and noun is not None and _the_capital(noun)):
        return "GPE"
    if word == "of" and noun is not None and noun.text in PLACE_CLASS_NOUNS:
        return "GPE"
    if word == "of" and noun is not None and _a_towns_people_of(noun, tokens[end - 1]):
        return "GPE"
    if word == "of" and noun is not None and noun.text in TOWN_OFFICE_NOUNS and not _holder_named(doc, start, end):
        return "GPE"
    if _before_the_capital(doc, start, end) or _a_firms_site(doc, start, end):
        return "GPE"
    if _before_a_route_noun(doc, start, end) or _before_a_towns_service(doc, start, end, known):
        return "GPE"
    return "LOC" if _before_an_area_noun(doc, start, end) else None


def _before_a_route_noun(doc: Doc, start: int, end: int) -> bool:
    """ "the Kelvo bypass", "the Tarrow tunnel": a name between "the" and a road's noun in lower case is the town's.
    Not where a body's word follows the noun ("the Kelvo tunnel authority" is the body's name)."""
    # Asked of every capitalised run: the words read from the paragraph's lists, made once (`lowers_of`).
    lowers = lowers_of(doc)
    if lowers[start - 1] != "the" or end >= len(doc) or texts_of(doc)[end] not in ROUTE_NOUNS:
        return False
    return end + 1 >= len(doc) or lowers[end + 1] not in ORG_HEAD_WORDS


def _before_a_towns_service(doc: Doc, start: int, end: int, known: frozenset[str]) -> bool:
    """ "the Kelvo police chief", "the Tarrow fire service": a name between "the" and a town's service in lower case is
    the town's. Not a word the lemmatizer knows, which there is as often a party's, a faith's or a force's own word
    ("the Tory council", "the Catholic high school", "the Transport police"), nor a saint's school ("the St Aidan
    primary school"), a party's initials ("the SNP council"), an adjective ("the Nordic police"), or where a body's
    word follows the service ("the Kelvo police authority" is the body's name)."""
    if lowers_of(doc)[start - 1] != "the":  # asked of every capitalised run: the cheapest test first
        return False
    name = doc[start:end]
    if name[-1].pos_ == "ADJ" or name[0].lower_ in SAINT_WORDS:
        return False
    if any(word.lower_ in known or word.lower_ in PARTY_FAMILY_WORDS or is_acronym(word.text) for word in name):
        return False
    for length in (1, 2):
        following = doc[end : end + length]
        if len(following) == length and following.text in TOWN_SERVICE_NOUNS:
            return following.end >= len(doc) or doc[following.end].lower_ not in ORG_HEAD_WORDS
    return False


def _a_towns_people_of(noun: Token, last: Token) -> bool:
    """ "residents of Little Ashby", "Villagers of Tarrow": the people of a place before "of" and its name, in any
    case. Not of a street or a building ("residents of Elm Grove", "residents of Kelvo Court"), a place's too but
    no town's."""
    return noun.lower_ in RESIDENT_NOUNS and last.lower_ not in _NOT_A_TOWNS_END


def _subject_after_a_place(noun: Token, name: Token) -> bool:
    """Whether the name opens the clause after a place the sentence starts with, no name of the place ("At the airport
    Ann Roe met her son"): the noun is a preposition's object, the name the verb's subject."""
    return noun.dep_ == "pobj" and name.dep_ == "nsubj"


def _holder_named(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after an office's "of" run on into its holder's name, written with no comma ("the mayor of
    Dunmere Ann Pike said"): more than two words, the last two a person's shape. The words are the holder's too."""
    return office_holder_start(list(doc[start:end])) is not None


def _the_capital(noun: Token) -> bool:
    """ "the capital" before a comma, whose appositive names the city ("in the capital, Tolvo ,")."""
    return noun.text == CAPITAL_NOUN and noun.i > 0 and noun.nbor(-1).lower_ == "the"


def _before_the_capital(doc: Doc, start: int, end: int) -> bool:
    """ "in the Kelvora capital Tolvo", "the Kelvora capital , Tolvo": a name between "the" and "capital" in lower case
    is the country's whose seat of government that is. Not an adjective ("the Nordic capital"), nor a name before
    capital that qualifies another noun, money's ("the Acme capital spending")."""
    if lowers_of(doc)[start - 1] != "the" or end >= len(doc) or texts_of(doc)[end] != CAPITAL_NOUN:
        return False
    if doc[end - 1].pos_ == "ADJ":
        return False
    return end + 1 >= len(doc) or doc[end + 1].pos_ != "NOUN"


def _a_firms_site(doc: Doc, start: int, end: int) -> bool:
    """ "delays at its Corran plant", "their Halden depot": one capitalised word between a firm's "its" or "their" and
    a site's noun names the town the site is in; the possessive already says whose it is. A noun after the site's
    changes nothing ("its Corran plant manager" is still the town's); a noun that is no site's names none ("its Zephyr
    model"). Not a nationality's adjective, which says where without naming the town ("its German plants", "its
    European offices")."""
    if end - start != 1 or start == 0 or end >= len(doc):
        return False
    lowers = lowers_of(doc)  # asked of every one-word run, as `_before_a_route_noun`
    return (
        lowers[start] not in alias_table().demonyms
        and (lowers[start - 1] in SITE_OWNERS or _a_companys_possessive(doc, start - 1))
        and lowers[end] in SITE_NOUNS
    )


def _a_companys_possessive(doc: Doc, index: int) -> bool:
    """ "the group 's", "the company's": a business's common noun and its possessive, a firm's "its" in other words."""
    return index > 0 and texts_of(doc)[index] in POSSESSIVES and lowers_of(doc)[index - 1] in COMPANY_NOUNS


def _before_an_area_noun(doc: Doc, start: int, end: int) -> bool:
    """ "the Kelvo region", "the Tarrow valley": a name between "the" and a kind of area in lower case names the place.
    Not where a body's word follows the noun ("the Kelvo district council" is the council's name), nor after an
    adjective, which names the area by its people or its direction ("the Nordic region", "the Baltic region")."""
    lowers = lowers_of(doc)  # asked of every capitalised run, as `_before_a_route_noun`
    if lowers[start - 1] != "the" or end >= len(doc) or texts_of(doc)[end] not in AREA_NOUNS:
        return False
    if doc[end - 1].pos_ == "ADJ":
        return False
    return end + 1 >= len(doc) or lowers[end + 1] not in ORG_HEAD_WORDS


def _before_a_towns_people(doc: Doc, start: int, end: int, known: frozenset[str]) -> bool:
    """ "Kelvo residents", "many Tarrow villagers", "Kelvo mayor Ann Roe": capitalised words before the people of a
    place or its mayor in lower case name the place. Not a street's or a building's name ("Elm Grove residents",
    "Kelvo Court residents"), a title ("Deputy mayor Ann Roe said"), an adjective (a party's: "the former Independent
    mayor Ann Roe") nor a sentence's first word that the tagger reads as no proper noun ("Local residents",
    "Frustrated residents") unless it is no word the lemmatizer knows (`known`): a town's name the tagger reads as a
    verb or a noun ("Dunmere residents")."""
    if end >= len(doc) or texts_of(doc)[end] not in _TOWNS_PEOPLE:  # asked of every capitalised run
        return False
    name = doc[start:end]
    if (name[0].is_sent_start and name[0].pos_ != "PROPN" and (not known or name[0].lower_ in known)) or (
        len(name) == 1 and name[0].pos_ == "ADJ"
    ):
        return False
    return all(token.is_title and token.lower_ not in TITLES for token in name) and (
        name[-1].lower_ not in _NOT_A_TOWNS_END
    )


def _subject_of_a_relative_clause(name: Token) -> bool:
    """Whether the name is the subject of a clause on the noun before it, not the noun's name: "the party Roe leads",
    "the firm Roe founded", "the capital Acme raised". The parser reads the clause's verb as a relative clause's, or
    (a verb before the main one) as that verb's auxiliary."""
    return name.dep_ == "nsubj" and name.head.i == name.i + 1 and name.head.dep_ in {"relcl", "aux"}


# Last words of a building's, a street's or a body's name, whose residents are no town's.
_NOT_A_TOWNS_END = FACILITY_HEAD_WORDS | ORG_HEAD_WORDS
# A place's people and its mayor, in lower case after its name.
_TOWNS_PEOPLE = RESIDENT_NOUNS | TOWN_OFFICE_NOUNS
# Words that name no place after a place's noun: titles, days and months, an organisation's word alone.
_NOT_A_NAME = TITLES | CALENDAR_WORDS | ORG_HEAD_WORDS


def _name_word(token: Token) -> bool:
    """A capitalised word or an acronym, neither a title ("the capital Mayor Roe governs" names the mayor), a day, a
    month nor an organisation's word alone ("the capital Board of Trade": the board's name)."""
    # Asked of every word, cheapest first: flags, then an acronym's letters (all capitals, so `is_upper`) before
    # spaCy makes the word's string.
    return (
        token.is_alpha
        and (token.is_title or token.is_upper and is_acronym(token.text))
        and token.lower_ not in _NOT_A_NAME
    )
