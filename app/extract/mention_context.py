"""What a mention's surroundings say about it: a caption's credit line is not story, some names are said not to be
real, and a noun beside a name states its type."""

import re
from collections.abc import Iterator
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from app.extract.mention_classes import announced_type
from app.extract.mention_cleaning import POSSESSIVE_MARKS, POSSESSIVES
from app.extract.mention_heads import FACILITY_HEAD_WORDS, after_the, kind_of_organisation
from app.extract.mention_places import in_names_no_place, shares_of
from app.extract.names import ORG_HEAD_WORDS, PLACE_TYPES, alias_table, is_company_name
from app.extract.parsed import covering, first_joined, word_ending_at
from app.extract.person_shape import person_shaped
from app.vocabulary.capitals import NAME_HONORIFICS
from app.vocabulary.classes import (
    AREA_NOUNS,
    ARRIVAL_VERBS,
    BODY_OF_PLACE_HEADS,
    BODY_OFFICER_NOUNS,
    JOURNEY_VERBS,
    LOCAL_DIVISION_NOUNS,
    NAMED_SITE_NOUNS,
    ORG_CLASS_NOUNS,
    PLACE_CLASS_NOUNS,
    PLACE_PREPOSITIONS,
    STATE_OFFICES,
    STATE_POSSESSIONS,
    STATE_QUALIFIERS,
    STREET_HEAD_WORDS,
)
from app.vocabulary.companies import BUSINESS_HEAD_WORDS, FAMILY_FIRM_WORDS, HOLDING_NOUNS, LEGAL_FORMS, SHARE_NOUNS
from app.vocabulary.credits import CREDIT_LABEL, CREDIT_NAMES
from app.vocabulary.datelines import place_shaped
from app.vocabulary.names import GIVEN_NAMES
from app.vocabulary.people import (
    EVERYDAY_ROLES,
    FIRM_PROFESSIONS,
    KIN_NOUNS,
    PERSON_APPOSITIVES,
    PERSONAL_PROFESSIONS,
    TITLES,
)
from app.vocabulary.pronouns import INDEFINITE_ARTICLES
from app.vocabulary.sports import CLUB_HEAD_WORDS, CLUB_STAFF, SIDE_NOUNS, SIDE_STANDINGS, TEAMMATE_WORDS

# A caption's credit: a labelled one ("Photo: ...", "(Photo by ...)") to the end of its sentence or line.
_CREDIT_BY = re.compile(rf"(?i:\b{CREDIT_LABEL})[^\n.]*")
# Credits are short: the name forms are looked for only in a line's last characters, which keeps a long
# capitalised line from costing time that grows with its square.
_CREDIT_TAIL = 120

# The article says the name is not the person's real one.
_PSEUDONYM_AFTER = re.compile(
    r"not (?:his|her|their) (?:real|actual|full|true) name|\ba pseudonym\b|name has been changed|"
    r"names have been changed|identified only by (?:his|her|their) first name|"
    r"asked (?:that|to) (?:his|her|their|only his|only her) (?:real |full |last )?name",
    re.IGNORECASE,
)
_PSEUDONYM_BEFORE = re.compile(
    r"(?:we(?:'ll| will| are going to)? call (?:him|her|them)?|whom we call|referred to here as|"
    r"identified here as|using the pseudonym|under the pseudonym)\s*$",
    re.IGNORECASE,
)
_NAMED_PSEUDONYM = re.compile(
    r"(?P<name>\b[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})\s*[(,]\s*(?:not (?:his|her|their) real name|a pseudonym)"
)
_PSEUDONYM_REMARKS = ("real name", "a pseudonym")  # words every match of `_NAMED_PSEUDONYM` holds
_PSEUDONYM_REACH = 80  # characters between a name and the remark about it

# Roles that name the person after them: a club's staff, a player's fellows, everyday trades, the trades of a firm's
# people that no firm is called by (asked of the word before every name).
_ROLES = CLUB_STAFF | EVERYDAY_ROLES | TEAMMATE_WORDS | PERSONAL_PROFESSIONS
# Nouns written in lower case after a place's name ("Kings Langford ward", "the Tarrow valley").
_PLACE_NOUNS = PLACE_CLASS_NOUNS | AREA_NOUNS | LOCAL_DIVISION_NOUNS
# The last words of a business's or a club's name, which a role before it does not make a person's.
_FIRM_WORDS = BUSINESS_HEAD_WORDS | FAMILY_FIRM_WORDS | LEGAL_FORMS  # words only a firm's name holds
_BODY_ENDS = ORG_HEAD_WORDS | CLUB_HEAD_WORDS


def credit_ranges(caption: str) -> Iterator[tuple[int, int]]:
    for match in _CREDIT_BY.finditer(caption):
        yield match.start(), match.end()
    offset = 0
    for line in caption.split("\n"):
        tail = line.find(" ", len(line) - _CREDIT_TAIL) + 1 if len(line) > _CREDIT_TAIL else 0
        if credit := CREDIT_NAMES.search(line, tail):
            yield offset + credit.start(), offset + credit.end()
        offset += len(line) + 1


def pseudonym_names(text: str) -> Iterator[tuple[int, int]]:
    """Names the tagger may miss but the remark marks: "Samir (not his real name)" is a person's name."""
    # Asked of every paragraph, and the pattern is tried at every capitalised word: a paragraph without the remark's
    # words marks no name, which one look for them tells at once.
    if not any(words in text for words in _PSEUDONYM_REMARKS):
        return
    for match in _NAMED_PSEUDONYM.finditer(text):
        yield match.span("name")


def said_to_be_pseudonym(text: str, start: int, end: int) -> bool:
    """Whether the line says the name at [start, end) is not real: just after it, or introducing it."""
    reach = min(len(text), end + _PSEUDONYM_REACH)
    sentence_end = text.find(". ", end, reach)
    if _PSEUDONYM_AFTER.search(text, end, reach if sentence_end < 0 else sentence_end + 1):
        return True
    return bool(_PSEUDONYM_BEFORE.search(text[max(0, start - 40) : start]))


# Types a class noun after the name does not change: a place's or a contest's name there says where or which.
_NOT_CLASSED = PLACE_TYPES | {"EVENT"}
# Types an officer's noun after the name overrules: a building's word or a surname may end a company's name; a town
# has a chairman too, of its council ("the Halden chairman").
_OFFICERED = frozenset({"FAC", "PERSON"})
# Types the "at" of a firm's profession overrules: a firm named by its partners reads as a person's or, ending in a
# word such as "Marsh" or "Flint", as a site's. A town is where a profession is practised ("in" it, seldom "at").
# The tagger's misreadings of a journey's start: a one-word town as a person's surname, two words as a firm's.
_JOURNEY_MISREADS = frozenset({"PERSON", "ORG"})
_PRACTISED_AT = frozenset({"PERSON", "FAC", "LOC"})
_APPOSITION_REACH = 8  # tokens of an appositive read before its noun ("a 19 - year - old student")


def place_or_person_use(doc: Doc, start: int, end: int, label: str) -> bool:
    """Whether the lone word at [start, end) is written where only a place or a person stands: a place the tagger
    found after a preposition of place ("a plant in Ohio"; not "shares in Torvane"), a person after an honorific
    ("Mr Brennan"). Elsewhere the tagger's guess at a lone word says little ("Torvane said", "Torvane 's unit")."""
    span = covering(doc, start, end)
    if span is None or len(span) != 1 or span.start == 0:
        return False
    before = doc[span.start - 1]
    if label == "PERSON":
        return before.lower_.rstrip(".") in NAME_HONORIFICS
    # "at Torvane 's yard": the place is the owner's, not the name's.
    owner = span.end < len(doc) and doc[span.end].text in {"'s", "’s"}
    return (
        label in PLACE_TYPES
        and before.lower_ in PLACE_PREPOSITIONS
        and before.head.lower_ not in HOLDING_NOUNS
        and not owner
    )


def context_type(
    doc: Doc,
    start: int,
    end: int,
    label: str,
    surnames: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> str | None:
    """The type the words around a name state: a class noun beside it, a person described, or an organisation.
    A place before such a noun only says where the thing is ("a Texas bank", "the U.S. company"). `surnames`: the last
    words of full names of people in the article, whom a state's office or an "in" makes no place ("Roe's finance
    minister", "a leader in Roe"); `known`: the words the lemmatizer knows, a party's as often as a state's when
    written with a minister ("Labour's finance minister")."""
    span = covering(doc, start, end)
    if span is None:
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if announced := announced_type(span, known):
        # An area noun after a city's or a country's name ("the Kelvo area", "the Ostby suburbs") tells where, not
        # what the name is: the tagger's GPE stays, else one such phrase would retype the place's every mention.
        return label if announced == "LOC" and label == "GPE" else announced
    if label != "PERSON" and (_after_a_role_or_title(span, label) or _has_kin(span)):
        return "PERSON"
    if label in {"ORG", "GPE"} and _has_a_states_possession(span, surnames, known):
        return "GPE"
    if label == "PERSON" and span.text not in surnames and _where_something_happened(span):
        return "GPE"
    if label in _JOURNEY_MISREADS and (_where_a_journey_began(span) or _where_a_journey_went(span)):
        return "GPE"
    # A building has no shares: the one whose shares are told of is a company, though its name ends in a site's word
    # ("shares in Kelby Water"); not one a stake or an interest is in ("a stake in Tarrow Tower"). A place keeps its
    # type ("shares in Norway" tell where they trade).
    if label == "FAC" and shares_of(span.root, SHARE_NOUNS):
        return "ORG"
    if label == "ORG" and _names_a_site(span):
        return "FAC"
    # A contest's name before such a noun says which contest ("a World Cup group", "the Halden Open team"), as a
    # place's says where.
    if after is not None and after.lower_ in ORG_CLASS_NOUNS and label not in _NOT_CLASSED and not _of_after(after):
        return "ORG"
    if after is not None and after.lower_ in BODY_OFFICER_NOUNS and label in _OFFICERED and not _verbs_object(span):
        return "ORG"
    if (
        after is not None
        and after.text == ","
        and _describes_person(doc[span.end + 1 : span.end + 2 + _APPOSITION_REACH])
    ):
        return "PERSON"
    if label == "ORG" and after is not None and after.text == "," and _of_a_home_address(span):
        return "PERSON"
    if label == "ORG" and after is not None and after.text == "," and _an_office_in_apposition(span):
        return "PERSON"
    if after is not None and after.text == "," and _appositive_organisation(span):
        return "ORG"
    if label == "PERSON" and _relative_which_after(span) and not person_shaped(span.text):
        return "ORG"
    if label in _PRACTISED_AT and _a_professions_firm(span):
        return "ORG"
    if label == "PERSON" and (_professionals_from(span) or _a_persons_firm(span)):
        return "ORG"
    if _names_an_organisation_noun(span):
        return "ORG"
    return None


def _where_a_journey_began(name: Span) -> bool:
    """ "travelled from Tavo and Ostby Cross": the names a journey's "from" lists, joined by "and" or a comma,
    where the journey began: places, whatever the tagger guessed. A name alone after "from" is as often a firm's
    or a body's ("flew in from Tavo Capital", "drove over from the Ministry"), as is one after "the"; nor a name a
    given name opens, nor one a body's or a firm's word ends ("flew from Tavo Airways and Ostby Air")."""
    word = name.root
    listed = word.dep_ == "conj" or any(child.dep_ == "conj" for child in word.children)
    while word.dep_ == "conj":
        word = word.head
    from_ = word.head
    if not listed or word.dep_ != "pobj" or from_.lower_ != "from" or after_the(name.doc, name.start_char):
        return False
    return from_.head.lemma_.casefold() in JOURNEY_VERBS and _a_places_words(name)


def _where_a_journey_went(name: Span) -> bool:
    """ "Flew to Kessing", "arrived in Brellis": the names a journey's "to" or an arrival's "in" lists are where
    someone went: places, whatever the tagger guessed. Not a visit's object, a person ("visited Mandor in prison")
    or a firm ("toured Arvelco") as often as a town, nor an owner of the place ("arrived in Arvane's office"), a name
    after "the", one a given name opens, a word before qualifies or a body's or a firm's word ends, nor a side's
    journey, which a sports page makes a fixture ("the team travel to Marsby")."""
    word = first_joined(name.root)
    # A word before the name that qualifies it makes it a person's or a thing's ("flew to his wife Naro").
    qualified = any(child.i < name.start for child in name.root.children)
    if qualified or after_the(name.doc, name.start_char) or not _a_destination(word):
        return False
    return _a_travellers_verb(word.head.head) and _a_places_words(name)


def _a_places_words(name: Span) -> bool:
    """Do the name's words fit a place a journey began or ended in: not opened by a given name (a person's), nor closed
    by a body's or a firm's word ("flew from Tavo Airways")?"""
    last = name[-1].lower_
    return name[0].lower_ not in GIVEN_NAMES and last not in _BODY_ENDS and last not in _FIRM_WORDS


def _a_destination(word: Token) -> bool:
    """Whether the word is a journey's "to" or an arrival's "in"."""
    if word.dep_ != "pobj":
        return False
    preposition, verb = word.head.lower_, word.head.head.lemma_.casefold()
    return (preposition == "to" and verb in JOURNEY_VERBS) or (preposition == "in" and verb in ARRIVAL_VERBS)


def _a_travellers_verb(verb: Token) -> bool:
    """Whether the verb's subject is a traveller: a person or a common noun, no side's word nor a name the tagger
    took for anyone's but a person's, as a team's town or a club's ("Halden travel to Marsby")."""
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is None:
        return True
    if subject.pos_ == "PROPN":
        return subject.ent_type_ == "PERSON"
    return subject.lemma_.casefold() not in SIDE_NOUNS


def _names_a_site(name: Span) -> bool:
    """ "the Ostby paper mill", "the Kelby works": after "the", a name before a site's noun, with at most one noun
    of its trade between, is the site's. Not without "the" ("Ostby mill workers"), nor a name the noun completes
    ("the Ostby Mill", which the name's own head types), nor a company's name, the mill's owner ("the Norvale
    Holdings paper mill")."""
    doc = name.doc
    if name.start == 0 or doc[name.start - 1].lower_ != "the" or _a_business_name(name):
        return False
    after = doc[name.end : name.end + 2]
    if not after or not after[0].is_lower:
        return False
    return after[0].lower_ in NAMED_SITE_NOUNS or (
        len(after) == 2 and after[1].lower_ in NAMED_SITE_NOUNS and after[0].pos_ == "NOUN"
    )


def _a_business_name(name: Span) -> bool:
    """A name ending in a trade's word or a legal form ("Norvale Holdings", "Kelby Pulp Ltd"): a company's."""
    return len(name) > 1 and (name[-1].lower_ in BUSINESS_HEAD_WORDS or is_company_name(name.text))


def _has_kin(name: Span) -> bool:
    """ "Roe's widow", "Roe's husband": a name whose kin only a person has the possessive gives is a person's. Not a
    kin noun that only qualifies the noun after it ("Halvern's widow fund" is the town's)."""
    kin = _possessed(name)
    return kin is not None and kin.lower_ in KIN_NOUNS


def _has_a_states_possession(name: Span, surnames: frozenset[str], known: frozenset[str]) -> bool:
    """ "Kelvora's government", "Ostby's parliament": one word the tagger guessed an organisation's, whose possessive
    gives what only a state or a town has, is the place's. Not a noun that only qualifies the noun after it
    ("Acme's government contracts"), nor a name the curated table knows. A state's office is as often a person's or a
    party's ("Roe's finance minister", "Labour's finance minister"): not of a surname or a word the lemmatizer knows
    (`surnames`, `known`)."""
    if len(name) != 1 or alias_table().lookup(name.text) is not None:
        return False
    owned = _possessed(name)
    return (owned is not None and owned.lower_ in STATE_POSSESSIONS) or (
        name.text not in surnames and name.text.lower() not in known and _a_states_office(name)
    )


def _a_states_office(name: Span) -> bool:
    """ "Kelvora's finance minister", "Ostby's ruling party", "Kelvora's Supreme Court": the phrase the possessive
    gives (the parser's head noun and the words before it) holds a minister or is qualified as ruling, in opposition
    or supreme, which only a state's offices are."""
    doc, owner = name.doc, name.root
    if owner.dep_ != "poss" or owner.head.i <= name.end:
        return False
    qualifiers = doc[name.end + 1 : owner.head.i]
    return any(word.lower_ in STATE_OFFICES for word in [*qualifiers, owner.head]) or any(
        word.lower_ in STATE_QUALIFIERS for word in qualifiers
    )


def _where_something_happened(name: Span) -> bool:
    """ "were killed in Tavo on Monday", "the Ministry of Education in Kelvo": one word the tagger guessed a person's,
    after an "in" that says where a deed was done or a named body is, is a place; no one is a deed's whereabouts. Not
    after a common noun ("confidence in Roe", "a stake in Roe"), a verb of faith or money put in ("believed in Roe",
    "invested in Roe"), before a possessive ("in Roe 's view"), nor a given name."""
    doc = name.doc
    if len(name) != 1 or name.start == 0 or name[0].lower_ in GIVEN_NAMES:
        return False
    before = doc[name.start - 1]
    owned = name.end < len(doc) and doc[name.end].text in POSSESSIVE_MARKS
    return (
        before.lower_ == "in"
        and before.head.pos_ in {"VERB", "AUX", "PROPN"}
        and not in_names_no_place(before.head)
        and not owned
    )


def _possessed(name: Span) -> Token | None:
    """The noun the name's possessive gives ("Roe's widow"), or None where there is none or it only qualifies the noun
    after it ("Halvern's widow fund", "Acme's government contracts")."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].text not in POSSESSIVE_MARKS:
        return None
    owned = doc[name.end + 1]
    qualifies = owned.i + 1 < len(doc) and doc[owned.i + 1].pos_ == "NOUN"
    return None if qualifies else owned


def _relative_which_after(name: Span) -> bool:
    """ "Telvo , which is based in ...": a clause on the name that "which" opens, which no person takes ("who"). After
    a person's given name and surname "which" opens a clause on the event ("won by Ann Lund , which surprised many")."""
    doc = name.doc
    return name.end + 1 < len(doc) and doc[name.end].text == "," and doc[name.end + 1].lower_ == "which"


def _professionals_from(name: Span) -> bool:
    """Right after the "from" of a profession's members in the plural ("advisers from Tallow Brink", "analysts from
    Corbel Hart"): a firm sends them, no person does. Not a person's office or firm named by its possessive
    ("lawyers from Ann Roe's office")."""
    doc = name.doc
    if name.start < 2 or doc[name.start - 1].lower_ != "from":
        return False
    # The noun right before "from", whatever the parse hangs "from" on ("hired advisers from X").
    members = doc[name.start - 2]
    return (
        members.tag_ == "NNS"
        and members.lemma_.lower() in FIRM_PROFESSIONS
        and (name.end >= len(doc) or doc[name.end].text not in POSSESSIVES)
    )


def _a_persons_firm(name: Span) -> bool:
    """Names right after a person's name and "of" that name whom she works for, not where she is from ("Ann Roe of
    Corbel Hart Pike"): a name with a firm's word ("of Tarlow Shipping", "of Pike and Sons"), of three words and more,
    which a town's seldom has, or after a trade a firm practises ("lawyer Ann Roe of Corbel Hart"). A home town's name
    is often of two words ("of Ashcombe Vale", "of Cedar Rapids"), and a place's word may open or end it ("of West
    Harnley", "of Tarrow Heights") or a place's noun follow it ("Jo Hale of Kings Langford ward")."""
    doc = name.doc
    if len(name) < 2 or name.start < 2 or doc[name.start - 1].lower_ != "of":
        return False
    person = doc[name.start - 2]
    if person.ent_type_ != "PERSON" or _a_places_name(name):
        return False
    firms = any(token.lower_.rstrip(".") in _FIRM_WORDS for token in name)
    return firms or len(name) >= 3 or _after_a_trade(person)


def _after_a_trade(person: Token) -> bool:
    """Whether a firm's trade stands before the person's name, or before it and a comma ("her lawyer , Ann Roe")."""
    doc, start = person.doc, person.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    before = start - 2 if start > 1 and doc[start - 1].text == "," else start - 1
    return before >= 0 and doc[before].lemma_.lower() in FIRM_PROFESSIONS


def _a_places_name(name: Span) -> bool:
    """A name a word of places' names opens or ends, or one a place's noun follows in lower case."""
    after = name.doc[name.end] if name.end < len(name.doc) else None
    return place_shaped(name[0].lower_, name[-1].lower_) or (after is not None and after.lower_ in _PLACE_NOUNS)


def _a_professions_firm(name: Span) -> bool:
    """Right after an "at" that says where a profession is practised ("analysts at Corbel Hart", "a lawyer at Pike
    Brennan"). Not a name ending in a building's word, a site's own ("bankers at Tollgate Wharf")."""
    at = name.doc[name.start - 1] if name.start > 0 else None
    return (
        at is not None
        and at.lower_ == "at"
        and at.head.lemma_.lower() in FIRM_PROFESSIONS
        and name[-1].lower_ not in FACILITY_HEAD_WORDS
    )


def _verbs_object(name: Span) -> bool:
    """Right after a verb, whose object the name is, the office after it the one the person is given ("named Lorna
    Pettigrew chairman", "elected Hilde Marsk chairwoman")."""
    return name.start > 0 and name.doc[name.start - 1].pos_ == "VERB"


def _of_after(noun: Token) -> bool:
    """Whether "of" follows the noun: a part or a group of something else ("the Tolvan side of the border", "the
    Kelso group of islands"), no kind of organisation the name before it is."""
    return noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "of"


def _names_an_organisation_noun(name: Span) -> bool:
    """ "its wire unit , Corwith Wire ,", "the charity , Roe Trust": the name in apposition to a kind of organisation,
    which names it (a country there is a place still: "the team , Norway"). The kind written in lower case: a
    capitalised one ends a name, whose bracket says where it is from ("Tarrow Group (Vessland)")."""
    root = name.root
    return (
        root.dep_ == "appos"
        and root.head.is_lower
        and kind_of_organisation(root.head)
        and root.head.i < name.start
        and not alias_table().is_country(name.text)
    )


def _after_a_role_or_title(name: Span, label: str) -> bool:
    """A name of capitalised words right after a player's position or a club's role in lower case ("striker Ivo
    Berg", "coach Ann Roe"), or an office's title in any case ("President Aleks Varn", "party leader Hanna Brisk"):
    a person's, which the tagger, seeing a noun before it, often takes for a club's or a body's."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    return (
        before is not None
        and _role_before_a_name(before)
        # A trade capitalised where it opens the sentence may be a place's or a business's first word ("Designer
        # Outlet Village"): there a name the tagger calls a place stays one.
        and (before.is_lower or not before.is_sent_start or label not in PLACE_TYPES)
        and len(name) <= 3
        and all(token.is_title for token in name)
        and name[0].lower_ not in TITLES
        # A business's or a club's name after a role names the business or the club ("asset manager Kestrel Capital",
        # "the teammate Kelvo Rovers sold").
        and name[-1].lower_ not in _BODY_ENDS
        and not is_company_name(name.text)
        and not alias_table().is_country(name.text)
    )


def _role_before_a_name(word: Token) -> bool:
    """A club's role or a trade in lower case, or capitalised where it opens the sentence ("Fly-half Dai Roe",
    "Conductor Ann Roe"), or a title of office; a noun either way, not a verb ("will coach Halden") nor a title's
    adjective ("the state Kelvo Post")."""
    # The two words of a hyphenated role written apart, which the tagger may read as a verb ("his team mate Ivo Berg").
    if word.is_lower and word.i > 0 and f"{word.nbor(-1).lower_}-{word.lower_}" in _ROLES:
        return True
    if word.pos_ not in {"NOUN", "PROPN"}:
        return False
    role = word_ending_at(word)  # "fly-half", "scrum-half"
    if (role[0].is_lower or role[0].is_sent_start) and role.text.casefold() in _ROLES:
        return True
    return word.lower_.rstrip(".") in TITLES and not _a_standing(word)


def _a_standing(word: Token) -> bool:
    """A standing in lower case, which ranks clubs, firms and towns as well as people ("league leader Marsby
    United", "market leader Tarrow Logistics", "the host Eastfield"), unless a body's word before it makes it the
    body's head ("party leader Hanna Brisk", "union leader Ivo Marsh")."""
    if not word.is_lower or f"{word.lower_}s" not in SIDE_STANDINGS:
        return False
    return word.i == 0 or word.nbor(-1).lower_ not in BODY_OF_PLACE_HEADS


def _appositive_organisation(name: Span) -> bool:
    """ ", a local charity", ", the Danish shipping company": the parser's appositive of the name has a kind of
    organisation for its head noun. Its head, not any noun in it: ", a party member" describes a person."""
    reach = name.doc[name.end : name.end + 2 + _APPOSITION_REACH]
    return any(
        token.dep_ == "appos" and name.start <= token.head.i < name.end and kind_of_organisation(token)
        for token in reach
    )


def _an_office_in_apposition(name: Span) -> bool:
    """A name of a person's shape, then a comma and "the" office it holds ("Ann Roe , the Kelvo police chief ,"):
    an office is held by a person, not a body. A body is described by what it is, not by a title ("Roe Hart , the
    Kelvo law firm ,")."""
    if not person_shaped(name.text):
        return False
    words = name.doc[name.end + 1 : name.end + 2 + _APPOSITION_REACH]
    if len(words) < 2 or words[0].lower_ != "the":
        return False
    closing = next((word for word in words if word.is_punct), None)
    return closing is not None and closing.i > words[1].i and closing.nbor(-1).lower_ in TITLES


def _of_a_home_address(name: Span) -> bool:
    """ "Ivo Brandt, of 4 Mill Lane," or "Ivo Brandt, of Mill Lane, Kelby": a person's name with the street he lives
    in after ", of", as court and council reports write it. Not a name of no person's shape ("Acme Widgets, of Mill
    Lane"), nor ", of" before a street's word that ends no street's name ("Ivo Brandt, of Lane Holdings")."""
    if not person_shaped(name.text):
        return False
    words = list(name.doc[name.end + 1 : name.end + 2 + _APPOSITION_REACH])
    if not words or words[0].lower_ != "of":
        return False
    street = list(takewhile(lambda word: word.is_title or word.like_num, words[1:]))
    return len(street) > 1 and street[-1].lower_ in STREET_HEAD_WORDS


def _describes_person(words: Span) -> bool:
    """ ", a retired nurse", ", 34,", ", an opposition activist": an appositive that only a person takes. Not the
    subject of a sentence's closing attribution (", a party spokesman said"): its person is the speaker."""
    if len(words) == 0:
        return False
    if words[0].like_num and len(words) > 1 and words[1].text == ",":
        return True
    if words[0].lower_ not in INDEFINITE_ARTICLES:
        return False
    for word in words[1:]:
        if word.lower_ in PERSON_APPOSITIVES:
            return word.head.pos_ != "VERB" or word.dep_ != "nsubj" or word.head.i < word.i
        if (word.is_punct and word.text not in {"-", "–"}) or word.pos_ in {"AUX", "ADP"}:
            return False
    return False
