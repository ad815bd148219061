"""Who a speaker is: a name trimmed of titles, a pronoun or surname resolved, a role resolved to its group."""

import itertools
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from app.extract.found import Place
from app.extract.gender import PRONOUN_GENDERS, Gender, person_gender, title_gender
from app.extract.mention_heads import kind_of_organisation
from app.extract.mention_places import shares_of
from app.extract.names import ORG_HEAD_WORDS, PLACE_TYPES
from app.extract.namesakes import person_key, stands_for
from app.extract.parsed import (
    Paragraph,
    ParsedArticle,
    deps_of,
    entities_in,
    entities_of,
    first_joined,
    kept,
    kept_by_stretch,
    lemmas_of,
    lower_words,
    lowers_of,
    poses_of,
    sentence_of,
    sentences_of,
    text_of,
    texts_of,
    token_starts,
    tokens_of,
    words_of,
)
from app.extract.party_tags import tagged_name
from app.extract.person_shape import person_shaped
from app.extract.titles import given_name_title, title_role
from app.vocabulary.capitals import MINOR_WORDS, initials
from app.vocabulary.classes import (
    COMPANY_NOUNS,
    NAME_POSSESSORS,
    PARTY_FAMILY_WORDS,
    PUBLIC_BODY_HEADS,
    SPEAKING_INSTITUTIONS,
    VENUE_HEADS,
)
from app.vocabulary.companies import BUSINESS_HEAD_WORDS, is_legal_form
from app.vocabulary.datelines import place_shaped
from app.vocabulary.documents import DOCUMENTS, ISSUING
from app.vocabulary.occasions import REPLYING
from app.vocabulary.people import (
    APPOINTING_PARTICLES,
    APPOINTING_VERBS,
    COMMON_WORD_OFFICES,
    CROWDS,
    EVERYDAY_ROLES,
    FIRM_TITLES,
    FIRST_FAMILY,
    INITIALLED_OFFICE,
    LIEUTENANT,
    LIEUTENANT_RANKS,
    NO_PORTFOLIO_WORDS,
    OFFICE_RANKS,
    OFFICER_UNWRITTEN,
    OTHER_OFFICE,
    PEOPLE_NOUNS,
    PHRASAL_APPOINTING_VERBS,
    POST_WORDS,
    SOLE_BODY_OFFICES,
    STANDING_IN,
    STATE_BODY,
    TITLES,
)
from app.vocabulary.pronouns import FIRST_PERSON
from app.vocabulary.speech import CUE_LEMMAS, PERSON_VOICES, REACTION_NOUNS, VOICES
from app.vocabulary.sports import PLAYER_POSITIONS

# Roles only a person holds, which make the name they are given to a person's ("X Y, the regional director").
PERSON_ROLES = (
    TITLES | PEOPLE_NOUNS | EVERYDAY_ROLES | {"analyst", "economist", "spokesperson", "researcher", "professor", "aide"}
) - {
    "state",
    "foreign",
    "interior",
    "defense",
    "treasury",
    "former",
    "prime",
    "vice",
    "general",
    "deputy",
    "chief",
    "star",
}
# The nouns by which a story may name again a person it has named ("the nominee said", "the former governor said").
ROLE_NOUNS = TITLES | PEOPLE_NOUNS | EVERYDAY_ROLES
# Common nouns for someone a sentence speaks of, one person or many ("the officer", "residents").
_SOMEONE = ROLE_NOUNS | CROWDS
# Words for what someone does that open a sentence before a name like a title: "Farmer Jo Roe", "Striker Jo Roe".
_WORK_BEFORE_NAMES = ROLE_NOUNS | PLAYER_POSITIONS
# Common nouns for a body of people that speaks as one, which "it" or "they" then stands for ("The campaign
# says it ..."): the head words of organisations' names, the institutions that speak as bodies do, and the bodies
# news names without a name.
GROUP_NOUNS = ORG_HEAD_WORDS | SPEAKING_INSTITUTIONS | frozenset(
    ["campaign", "administration", "government", "team", "organization", "organisation", "firm", "panel",
     "coalition", "alliance", "movement", "legislature", "parliament", "embassy", "regime", "family"]
)  # fmt: skip
# The nouns by which a story names a body again ("the council", "the firm").
_BODY_NOUNS = GROUP_NOUNS | COMPANY_NOUNS
# The last words of a body's name, a building's too, whose words of office are the body's own ("Harlow General
# Hospital"): no title in it is a person's.
_BODY_NAME_ENDS = ORG_HEAD_WORDS | VENUE_HEADS
_NAMING_VERBS = frozenset({"call", "identify", "name", "know", "refer"})
_HE_SHE = frozenset({"he", "she", "him", "her", "his", "hers"})
_THEY = frozenset({"they", "them", "their"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# The dependencies of a name a naming verb gives: its object predicate, or the object of "as" (`_given_name`).
_GIVEN_NAME_DEPS = frozenset({"oprd", "pobj"})
# The dependency of a document a sentence says someone issued: the issuing verb's object (`_issued_by`).
_ISSUED_DEPS = frozenset({"dobj"})
# The dependencies the second read of a paragraph asks `_given_name` and `_issued_by` about.
_SECOND_READ_DEPS = _GIVEN_NAME_DEPS | _ISSUED_DEPS
_IT = frozenset({"it", "its"})
# Prepositions by which a plural subject names its members ("Critics, like Roe and Doe,", "including").
_MEMBERS = frozenset({"like", "including"})
_OWNER_PREPOSITIONS = frozenset({"for", "from", "of", "by", "at", "with"})
# A role serves a place "of" it: "the mayor of Eastport", not "the mayor at Eastport".
_ROLE_PREPOSITIONS = frozenset({"of"})
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_NAMED_LABELS = _ORG_LABELS | {"PERSON"}  # the entities that may name a person: the tagger takes some for bodies
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


@dataclass(frozen=True)
class Speaker:
    text: str  # as written: "he", "a representative for the X", "Rep. Jane Roe"
    name: str | None  # who it is: a full name, an organisation, or the role itself
    place: Place | None  # where the name is written in the attribution
    person: bool


@dataclass(frozen=True)
class _Mention:
    order: tuple[int, int]  # paragraph number, token number
    name: str
    person: bool
    sentence: tuple[int, int] | None = None  # paragraph number, the sentence's first token, for a clause's subject
    subordinate: bool = False  # the subject of a clause the sentence reports or subordinates ("Roe said Doe lied")
    acting: bool = False  # a full name that is, or stands beside, the active subject of its clause ("Roe, 67, said")
    told_of: bool = False  # a business its clause is about, not one it names in passing ("workers at Acme Ltd")


@dataclass
class Speakers:
    """What the article has named so far, to resolve pronouns, surnames and roles against."""

    full_names: dict[str, list[_Mention]] = field(default_factory=dict)  # surname -> people of that surname
    given_names: dict[str, set[str]] = field(default_factory=dict)  # given name -> the full names it begins
    people: set[str] = field(default_factory=set)  # the names the article gives people (not organisations)
    mentions: list[_Mention] = field(default_factory=list)  # names read so far, in order
    bystanders: list[_Mention] = field(default_factory=list)  # people named other than as a clause's subject
    organisations: set[str] = field(default_factory=set)  # the names among `mentions` the tagger calls an ORG
    called_bodies: set[str] = field(default_factory=set)  # names an appositive calls a body's ("X, a data firm,")
    bodies: list[_Mention] = field(default_factory=list)  # every organisation's name the article gives, in order
    told_bodies: list[_Mention] = field(default_factory=list)  # those of `bodies` named outside quotations
    # The names ending in a body's common noun in capitals, in order, whatever the tagger took them for.
    written_heads: list[_Mention] = field(default_factory=list)
    crowds: list[_Mention] = field(default_factory=list)  # people a clause's plural subject names ("Residents")
    companies: list[_Mention] = field(default_factory=list)  # names shaped or told of as a business's, in order
    pairs: list[_Mention] = field(default_factory=list)  # the first of people a subject names together ("Roe and Doe")
    statement_owner: str | None = None
    issued: dict[str, Speaker] = field(default_factory=dict)  # a document's noun -> who a sentence said issued one
    last: Speaker | None = None
    titled: dict[str, Gender] = field(default_factory=dict)  # full name, or "his mother" -> what the title says
    genders: dict[str, list[Gender]] = field(default_factory=dict)  # full name -> what pronouns say, per clue
    near_genders: dict[str, list[Gender]] = field(default_factory=dict)  # the same, by pronouns of its own sentence
    described: dict[str, str] = field(default_factory=dict)  # a role's noun -> the person last given it
    shared: set[str] = field(default_factory=set)  # the roles of `described` the story gave more than one person
    by_rank: dict[str, str] = field(default_factory=dict)  # a role of `described` its holder has by a ranked office
    # Roles by which the story introduced someone without a name -> whether it may name them next (not a voice)
    unnamed: dict[str, bool] = field(default_factory=dict)
    offices: dict[str, tuple[int, int]] = field(default_factory=dict)  # an office -> where the story first gave it
    _subject: str | None = None  # the only person of the sentence before, when its subject, while learning
    _quoted: list[tuple[int, int]] = field(default_factory=list)  # the quotations of the paragraph being read
    _spoke_in: int = -1  # the paragraph where the last speaker spoke
    _paragraph_end: Span | None = None  # the last sentence of the paragraph read last
    _before: Span | None = None  # the last sentence of the paragraph before the one being read

    @classmethod
    def of(cls, article: ParsedArticle) -> "Speakers":
        speakers = cls()
        speakers.companies = _companies(article)
        speakers.written_heads = _written_heads(article)
        others = speakers._add_names(article)
        speakers._add_people_mistaken(article, others)
        for number, paragraph in enumerate(article.paragraphs):
            speakers._learn_people(number, paragraph)
        speakers._paragraph_end = None  # reading starts again from the first paragraph
        return speakers

    def _add_names(self, article: ParsedArticle) -> list[tuple[int, Span, list[Token]]]:
        """Remember the people and bodies the article names; the names that are neither by the tagger's type nor
        by a role given them, returned to be asked again (`_add_people_mistaken`)."""
        others = []
        for number, ent, words in _names(article):
            # A name an appositive calls a business or a body ("Corbel Analytics, a data firm,") is not a
            # person's, whatever the tagger took it for: it is "the company" that speaks later.
            called_body = _called_body(ent)
            if called_body:
                self.called_bodies.add(_join(words))
            if (ent.label_ == "PERSON" and not called_body) or _has_role(ent):
                self._add_person(number, ent, words)
            else:
                others.append((number, ent, words))
                if ent.label_ == "ORG" or called_body:
                    body = _Mention((number, ent.start), _join(words), False)
                    self.bodies.append(body)
                    if not _in_quotation(article.paragraphs[number], ent.start_char):
                        self.told_bodies.append(body)
        return others

    def _add_people_mistaken(self, article: ParsedArticle, others: list[tuple[int, Span, list[Token]]]) -> None:
        """A full name ending in the surname of a person named is a relative's, however the tagger read it ("Jane
        Roe and Bob Roe" taken for an organisation's name); and a name shaped like a person's whose last word alone
        is a clause's subject is a person's ("Jane Roe" taken for a place, then "Roe said"): news names a person
        again by the surname, a body by its first word or its initials."""
        alone = {
            t.lower_
            for p in article.paragraphs
            for t, dep, pos in zip(p.tokens, deps_of(p.doc), poses_of(p.doc), strict=True)
            if _alone_as_subject(t, dep, pos)
        }
        for number, ent, words in others:
            surname = words[-1].lower_
            person = surname in self.full_names or surname in alone and person_shaped(_join(words))
            if len(words) >= 2 and person and all(w.is_title for w in words):
                self._add_person(number, ent, words)

    def _add_person(self, number: int, ent: Span, words: list[Token]) -> None:
        self.people.add(_join(words))
        if len(words) >= 2:
            mention = _Mention((number, ent.start), _join(words), True, acting=_acting(ent.root))
            self.full_names.setdefault(words[-1].lower_, []).append(mention)
            self.given_names.setdefault(words[0].lower_, set()).add(mention.name)

    def _give(self, roles: Iterable[str], name: str) -> None:
        """Remember whom the story gave each role, and which roles it gave more than one person. A ranked office's
        head word ("minister" of "Prime Minister Jo Roe") goes to its holder only while no one holds it plainly:
        beside "Health Minister Jane Doe", "the minister" is Doe, and "the prime minister" the one to name Roe."""
        roles = list(roles)
        ranked_heads = _ranked_heads(roles)
        for role in roles:
            if role in ranked_heads:
                self._give_ranked_head(role, name)
                continue
            held = self.described.setdefault(role, name)
            if held != name and self.by_rank.get(role) != held:
                self.shared.add(role)
            self.by_rank.pop(role, None)
            self.described[role] = name

    def _give_ranked_head(self, role: str, name: str) -> None:
        """Give a ranked office's head word: shared with another who holds it by rank, never taken from one who
        holds it plainly."""
        held = self.described.get(role)
        if held is not None and (held == name or self.by_rank.get(role) != held):
            return
        if held is not None:  # "Prime Minister Jo Roe" then "Prime Minister Jane Doe": "the minister" is either
            self.shared.add(role)
        self.by_rank[role] = name
        self.described[role] = name

    def _appoint(self, number: int, token: Token, pos: str) -> None:
        """Give the one a clause appoints the offices it names ("The council named Jo Roe city manager."); an
        appointee trimmed to no name (titles alone) names no one to hold them. (`pos`: the word's part of speech.)"""
        if (appointee := _appointee(token, pos)) is not None and (name := _join(_trimmed(_name_of(appointee)))):
            self._give(_appointed_offices(appointee, token), self._full(name, (number, appointee.i)))

    def _note_writers_relative(self, number: int, token: Token) -> None:
        """ "I asked my mother about it. '...,' she said.": a first-person story's next "she" is the writer's
        relative, wherever the sentence names them, not someone the story named before."""
        if sex := _writers_relative(token):
            self._relative(number, token, sex)

    def _learn_people(self, number: int, paragraph: Paragraph) -> None:
        """Who the article names as people, and which it calls "he" and which "she": a pronoun subject, or a
        possessive ("Roe spent the day with his running mate"), after a sentence has named one person, or opening
        the sentence after one whose subject that person was, most often refers to them (an object pronoun rarely
        does: "Roe thanked him"); a title says so outright."""
        quoted = _words_within(paragraph, [(span.start, span.end) for span in paragraph.quotations])
        previous_end, self._paragraph_end = self._paragraph_end, sentences_of(paragraph.doc)[-1]
        tokens, lowers = paragraph.tokens, lowers_of(paragraph.doc)
        for sentence in sentences_of(paragraph.doc):
            indices = range(sentence.start, sentence.end)
            quotes_in = not quoted.isdisjoint(indices)
            ents = [e for e in entities_in(sentence) if e.label_ in _NAMED_LABELS and e.start not in quoted]
            named = [(ent.start, *self._person_named(number, ent)) for ent in ents]
            named = [(start, name, subject) for start, name, subject in named if name]
            # Only a word a pronoun's gender is known of may tell a sex (`_tells_sex`): the paragraph's lower case
            # forms, read once, rule out nearly every word before its parse is read.
            pronouns = [tokens[i] for i in indices if lowers[i] in PRONOUN_GENDERS and i not in quoted]
            for pronoun in [t for t in pronouns if _tells_sex(t)]:
                if _asked_in_turn(pronoun, previous_end) is not None:
                    continue  # an answer's "he" is the one asked, whose sex it cannot tell before it is known
                before = {name for start, name, _ in named if start < pronoun.i}
                if not before and _ahead_of(pronoun, [start for start, _, _ in named]):
                    continue  # "In her speech, Roe ...": hers, or the one named before ("Despite her plea, Roe ...")
                # A quotation's "she said" may turn to another speaker than the one the sentence before was about:
                # who it means is what resolving it finds out, not a clue to that person's sex.
                carried = None if quotes_in and pronoun.dep_ in _SUBJECTS else self._subject
                referent = next(iter(before)) if len(before) == 1 else None if before else carried
                if referent:
                    self.genders.setdefault(referent, []).append(PRONOUN_GENDERS[pronoun.lower_])
                if referent and len(before) == 1:
                    self.near_genders.setdefault(referent, []).append(PRONOUN_GENDERS[pronoun.lower_])
            people = {name for _, name, _ in named}
            subjects = [name for _, name, subject in named if subject]
            self._subject = subjects[0] if len(people) == 1 and subjects else None

    def _person_named(self, number: int, ent: Span) -> tuple[str | None, bool]:
        """The full name a span gives when it names a person, with any title's gender noted; and whether
        the name is the subject of its clause."""
        words = _trimmed(words_of(ent))
        if not words:
            return None, False
        name = self._full(_join(words), (number, ent.start), _honorific(words))
        if not self._is_person(name, ent.label_):
            return None, False
        # The span's root is found anew at each `ent.root` (spaCy walks its words), so it is read once.
        root = ent.root
        titles = texts_of(ent.doc)[max(ent.start - 1, 0) : words[0].i]
        roles = [c.text for c in root.children if c.dep_ == "appos"]  # "Roe, the senator's daughter"
        roles += [root.head.text] if root.dep_ == "appos" else []  # "his daughter, Jane Roe"
        gender = next((g for g in map(title_gender, [*reversed(titles), *roles]) if g), None)
        if gender:
            self.titled[name] = gender
        # A name set beside the subject is who the subject is: "His colleague, Jane Roe, disagreed."
        return name, root.dep_ in _SUBJECTS or root.dep_ == "appos" and root.head.dep_ in _SUBJECTS

    def read(self, number: int, paragraph: Paragraph, quoted: list[tuple[int, int]]) -> None:
        """Remember the names a paragraph gives outside its quotations, and whose statement it reports."""
        self._quoted = quoted
        self._before, self._paragraph_end = self._paragraph_end, sentences_of(paragraph.doc)[-1]
        for ent in _named_spans(paragraph.doc):
            if any(start <= ent.start_char < end for start, end in quoted):
                continue
            words = _trimmed(words_of(ent))
            if words and (ent.label_ == "PERSON" or _has_role(ent)):
                name = self._full(_join(words), (number, ent.start))
                self._give(_roles(ent), name)
                if not _is_topic(root := ent.root, root.dep_):
                    self.bystanders.append(_Mention((number, ent.start), name, True))
        # Pronouns refer back to who the story is about, so only the subjects of clauses are remembered; the
        # tagger misses or mislabels some names, which count when the article names a person so elsewhere.
        inside = _words_within(paragraph, quoted)
        # A writer's relative is named by a first-person possessive ("my mother"): a paragraph without the word
        # names none, and most have none, so its words are not asked one by one.
        writer_speaks = not FIRST_PERSON.isdisjoint(lower_words(paragraph.doc))
        # Every word is asked its dependency, part of speech and lemma: read once from the paragraph's.
        deps, poses, lemmas = deps_of(paragraph.doc), poses_of(paragraph.doc), lemmas_of(paragraph.doc)
        for i, token in enumerate(paragraph.tokens):
            if i in inside:
                continue
            lemma, pos = lemmas[i].lower(), poses[i]
            if lemma in ROLE_NOUNS and _gives_a_named_person_office(token):
                self.offices.setdefault(lemma, (number, i))
            self._appoint(number, token, pos)
            if not _is_topic(token, deps[i]):
                if writer_speaks:
                    self._note_writers_relative(number, token)
                continue
            words = _trimmed(_name_of(token)) if pos == "PROPN" or token.ent_type_ else []
            if not words and self._surname(token):  # the tagger took it for a nation's people or a common noun
                words = [token]
            if words:
                name = self._full(_join(words), (number, token.i), _honorific(words))
                person = self._is_person(name, token.ent_type_)
                body = token.ent_type_ in _ORG_LABELS or name in self.called_bodies
                if person or body:
                    self._topic(number, token, name, person)
                if not person and (token.ent_type_ == "ORG" or name in self.called_bodies):
                    self.organisations.add(name)
            elif pos == "NOUN" and (named := _appositive_name(token)):  # "Her lawyer, Jane Roe, said"
                self._topic(number, token, self._full(named, (number, i)), True)
            elif sex := _relative_sex(token):  # "His mother was not impressed.": the "she" that follows
                self._relative(number, token, sex)
            elif pos == "NOUN" and (holder := self._holder(token, (number, i))):
                # "The governor defended the budget. 'It is fair,' she said.": the one the story gave that role
                self._topic(number, token, holder, True)
            elif pos == "NOUN" and (role := self._introduced(token, (number, i))):
                # "A police spokesman said the road would stay shut. 'We ask for patience,' he said.": the role's
                # holder, whom the story introduced by the role alone, speaks on; not a person it named before.
                self._unnamed(number, token, role)
            elif lemma in GROUP_NOUNS:  # "The campaign is defending him. It says ..."
                self._topic(number, token, _group_name(token), False)
            elif is_crowd(token) and not _subordinate(token):
                # Only a main clause's: after "Acme said workers would be paid.", "they" is still Acme.
                self.crowds.append(_Mention((number, token.i), _group_name(token), False))
            if (first := self._first_of_pair(token)) is not None:
                self.pairs.append(
                    _Mention((number, first.i), self._full(_join(_trimmed(_name_of(first))), (number, first.i)), True)
                )
        # A person the story names by a pseudonym ("a man it calls 'X'") is who its next "he" or "she" is. Only the
        # words these checks can answer are asked, in order: a named or issued one's dependency, or a statement.
        tokens = paragraph.tokens
        for i in [i for i, dep in enumerate(deps) if dep in _SECOND_READ_DEPS or lemmas[i] == "statement"]:
            token = tokens[i]
            if (given := _given_name(token, deps[i])) and i not in inside:
                self.mentions.append(_Mention((number, i), given, True))
            if lemmas[i] == "statement":
                roles = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN"]  # "the governor's"
                owner = _statement_owner(token) or next(
                    (holder for role in roles if (holder := self._holder(role, (number, role.i)))), None
                )
                self.statement_owner = owner or self.statement_owner
            elif (issuer := _issued_by(token, deps[i])) is not None and i not in inside:
                self.issued[token.lemma_.lower()] = self.resolve(number, paragraph, issuer)

    def _first_of_pair(self, subject: Token) -> Token | None:
        """The first of the people a main clause's subject names together ("Roe and Doe said", "Senators Roe and
        Doe", "Two senators, Roe and Doe,", "Roe and his wife, Jane Roe,", "Critics, like Roe and Doe,"): what they
        say together, "they" say, and news names them in that order. The API gives a quotation one speaker, so the
        pair's is the first named."""
        if _subordinate(subject):
            return None
        head = subject
        if subject.tag_ in ("NNS", "NNPS"):  # "Democrats Roe and Doe"
            head = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
        # Asked of every clause's subject: a name without conjuncts is one person, so the names are read only when
        # there are two or more.
        conjuncts = head.conjuncts if head.pos_ == "PROPN" else ()
        people = [t for t in [head, *conjuncts] if self._person_word(t) or self._named_beside(t)] if conjuncts else []
        if len(people) >= 2 and people[0] == head:
            return head
        named = [t for t in _named_together(subject) if self._person_word(t)]
        return min(named, key=lambda t: t.i) if len(named) >= 2 else None

    def _named_beside(self, noun: Token) -> bool:
        """Whether a common noun joined to a name is given a person's name beside it ("his wife, Jane Roe,")."""
        return noun.pos_ == "NOUN" and any(c.dep_ == "appos" and self._person_word(c) for c in noun.children)

    def _person_word(self, token: Token) -> bool:
        """Whether a name's last word ends a name the story gives a person, or one shaped like a person's."""
        if token.pos_ != "PROPN":
            return False
        words = _trimmed(_name_of(token))
        name = _join(words) if words else token.text
        return self._is_person(name, token.ent_type_) or person_shaped(name)

    def _relative(self, number: int, token: Token, sex: Gender) -> None:
        """Remember a relative the story names by a word of kin ("his mother"), whose sex the word tells."""
        described = _join(_phrase(token))
        self.titled[described] = sex
        self._topic(number, token, described, True)

    def _introduced(self, noun: Token, order: tuple[int, int]) -> str | None:
        """The role by which a clause's subject introduces someone speaking without a name; "the" before it only
        when the story gave no one that role ("The ministry official said"
        after "Jo Roe, a senior official," is Roe), and before an office only until the story gives a named person
        its word: after "Jo Roe was elected county treasurer", "the county treasurer" is Roe, however it gave her the
        office (`_gives_a_named_person_office`)."""
        role = _unnamed_speaker(noun)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return role
        written_before = not _is_voice(noun) and self.offices.get(noun.lemma_.lower(), order) < order
        return None if written_before or title_role(noun.lemma_.lower()) in self.described else role

    def _unnamed(self, number: int, token: Token, role: str) -> None:
        """Remember one the story introduces by a role alone, of the sex its word tells ("a spokeswoman") or the
        pronoun they say of themselves ("A witness said she heard shouting")."""
        if sex := title_gender(token.lemma_.lower()) or _reported_sex(token):
            self.titled[role] = sex
        # One who speaks for others ("A police spokesman said") is not the person the story names next.
        self.unnamed[role] = not _is_voice(token)
        self._topic(number, token, role, True)

    def _topic(self, number: int, token: Token, name: str, person: bool) -> None:
        sentence = (number, sentence_of(token).start)
        self.mentions.append(_Mention((number, token.i), name, person, sentence, _subordinate(token)))

    def heard(self, speaker: Speaker, number: int) -> None:
        """Who spoke last, as soon as their words are read: a reply later in the paragraph answers them."""
        self.last = speaker
        self._spoke_in = number

    def said(self, speaker: Speaker, order: tuple[int, int]) -> None:
        self.heard(speaker, order[0])
        if speaker.name:
            self.mentions.append(_Mention(order, speaker.name, speaker.person))

    def resolve(self, number: int, paragraph: Paragraph, token: Token) -> Speaker:
        order = (number, token.i)
        lower = token.lower_
        if token.pos_ == "PRON":
            named = (self._asked(number, token) or self._in_sentence(number, token)) if lower in _HE_SHE else None
            named = named or self._pronoun(lower, order)
            if named and lower in _HE_SHE:
                named = self._answering(named, number, token)
            if named and lower in PRONOUN_GENDERS and self._gender(named) is None:
                # Whom "he said" was found to mean is a man from then on: a later "she said" is someone else.
                self.genders.setdefault(named, []).append(PRONOUN_GENDERS[lower])
            return Speaker(token.text, named, None, lower in _HE_SHE or named in self.people)
        described = self._last_person(None, order) if _someone_described(token) else None
        if described:
            return Speaker(_join(_phrase(token)), described, None, True)
        # A name the article gives a person counts however the tagger read it here ("Roe" taken for a verb), and so
        # does the surname of one it named in full, and a word in capitals (a transcript's "ROE:").
        # A word in lower case the tagger took for a name ("the prime minister") is a common noun all the same.
        misread = token.pos_ == "PROPN" and token.is_lower
        proper = (
            token.pos_ == "PROPN" and not misread or token.ent_type_ in ("PERSON", "ORG") or token.text in self.people
        )
        if token.is_upper and (holder := self._initialled_office(token)):
            return Speaker(_join(_phrase(token)), holder, None, True)
        if _first_role(token):  # the tagger takes "lady" in "the first lady" for a name
            return self._nominal(number, paragraph, token)
        if proper or self._surname(token) or token.is_upper and len(token) > 1:
            return self._named(number, paragraph, token)
        return self._nominal(number, paragraph, token)

    def _initialled_office(self, token: Token) -> str | None:
        """Whom the story gave the office a word in capitals after "the" abbreviates: "the CFO" after "named Jane Roe
        chief financial officer"; no one where two offices share the initials, nor for an office of other words."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        holders = {
            holder
            for role, holder in self.described.items()
            if len(words := _as_initialled(role)) > 1 and _initialled(words) and initials(words) == token.lower_
        }
        return holders.pop() if len(holders) == 1 else None

    def _answering(self, named: str, number: int, pronoun: Token) -> str:
        """Who "he replied" means right after the last speaker's quotation: not that speaker but the one before of
        that sex, to whom the words were said ("'Not good enough,' Doe said. / 'Honest, though,' he
        replied."). After a sentence without a quotation ("Reporters asked if she would quit."), the same speaker
        answers someone else."""
        if pronoun.head.lemma_.lower() not in REPLYING or self.last is None or named != self.last.name:
            return named
        start = sentence_of(pronoun).start
        before = sentence_of(pronoun.doc[start - 1]) if start > 0 else self._before
        if before is None or self._spoke_in < number - 1 or not _tells_quotation(before):
            return named
        if not self._bare_reply(pronoun):
            return named
        gender = PRONOUN_GENDERS[pronoun.lower_]
        # The one answered is someone the story was about when the last words were said, not a person of long before;
        # or one it named then as the one spoken to ("Roe turned to Doe.", "Roe asked Doe").
        recent = (
            m
            for m in self.mentions + self.bystanders
            if m.person and self._spoke_in - 1 <= m.order[0] and m.order < (number, pronoun.i)
        )
        people = sorted(recent, key=_story_order)
        others = [m for m in people if m.name != named and self._gender(m.name) in (gender, None)]
        return others[-1].name if others else named

    def _bare_reply(self, pronoun: Token) -> bool:
        """Whether a reply's sentence, outside its quotation, is only "he replied" (and how): one telling of a question
        ("when asked if he would quit", "Asked about it, ...", "replied to a question") or of where and when ("in a
        later post") has the speaker answer someone else than the one quoted before."""
        verb = pronoun.head
        told = [
            t
            for t in words_of(sentence_of(pronoun))
            if not (t.is_punct or t.is_quote or t.is_space) and not any(a <= t.idx < b for a, b in self._quoted)
        ]
        return all(t in (pronoun, verb) or (t.dep_ == "advmod" and t.head == verb) for t in told)

    def _surname(self, token: Token) -> bool:
        """Whether a word is the surname of someone the article names in full, however the tagger read it."""
        return token.is_title and token.lower_ in self.full_names

    def _in_sentence(self, number: int, pronoun: Token) -> str | None:
        """Who a pronoun opening a subordinate clause stands for when its own sentence has just named someone
        known to be of its sex ("Roe praised Doe after she ..."): that person, the clause being about them."""
        if pronoun.head.dep_ == "ROOT":
            return None
        gender = PRONOUN_GENDERS[pronoun.lower_]
        sentence = sentence_of(pronoun)
        ents = [
            e for e in entities_in(sentence) if e.label_ == "PERSON" and e.end <= pronoun.i and not self._in_quote(e)
        ]
        names = [self._full(_join(_trimmed(words_of(e))), (number, e.start)) for e in ents if _trimmed(words_of(e))]
        fitting = [name for name in names if self._gender(name) == gender]
        return fitting[-1] if fitting else None

    def _asked(self, number: int, pronoun: Token) -> str | None:
        """Who answers in a dialogue: the one the sentence before asked, when they fit the pronoun's sex."""
        asked = _asked_in_turn(pronoun, self._before)
        words = _trimmed(_name_of(asked)) if asked is not None and asked.pos_ == "PROPN" else []
        at = number if asked is not None and asked.doc is pronoun.doc else number - 1
        name = self._full(_join(words), (at, words[0].i)) if words else None
        if name is None or asked is None or not self._is_person(name, asked.ent_type_):
            return None
        return name if self._gender(name) in (PRONOUN_GENDERS[pronoun.lower_], None) else None

    def _in_quote(self, ent: Span) -> bool:
        return any(start <= ent.start_char < end for start, end in self._quoted)

    def _pronoun(self, lower: str, order: tuple[int, int]) -> str | None:
        if lower in _HE_SHE:
            gender = PRONOUN_GENDERS[lower]
            people = sorted((m for m in self.mentions if m.person and m.order < order), key=_story_order)
            if not people:
                # The tagger takes an unfamiliar person's name for an organisation's: with no one else to mean,
                # "he" or "she" means the last name shaped like a person's.
                people = [m for m in self.mentions if m.order < order and person_shaped(m.name)]
            if all(self.unnamed.get(m.name, False) for m in people) and (named := self._named_next(gender, order)):
                # A wire story's lede: "A state senator said he would retire" names them only in the next paragraph.
                return named
            fitting = [m for m in people if self._gender(m.name) in (gender, None)]
            if not fitting:
                # No one the story was about fits: "he" or "she" is then someone it named in passing, known to be
                # of that sex ("Roe met Jane Doe. She said ..."), else the one whose sex it has not told; of two
                # such ("Roe met Doe and Poe. She said ..."), nothing says which.
                passing = [m for m in self.bystanders if m.order < order]
                untold = [m for m in passing if self._gender(m.name) is None]
                fitting = [m for m in passing if self._gender(m.name) == gender] or (
                    untold if len({m.name for m in untold}) == 1 else []
                )
            if not fitting and not people:
                return self._named_next(gender, order)
            if not fitting:
                return None
            # One the story itself has shown to be of that sex (an honorific, a relative's word, a possessive), in
            # this paragraph or the one before, outranks one named since whose sex nothing tells ("Ms. Roe chairs the
            # board. Doe, a developer, objects. 'No,' she said."): a writer says "she" when it can mean no one else.
            # Not a sex only a common given name suggests, which the writer's "he" for a newcomer may not rely on;
            # nor the word of a role the story gave no name ("A spokeswoman said ..."), a voice it moves on from.
            shown = [
                m
                for m in fitting
                if m.order[0] >= order[0] - 1 and self._shown(m.name) == gender and m.name not in self.unnamed
            ]
            # Nor does it outrank a role introduced speaking since ("An aide said the governor was tired. '...,' he
            # said."): the writer's "he" for one who has just spoken tells that speaker's sex.
            if shown and self._gender(fitting[-1].name) is None and fitting[-1].name not in self.unnamed:
                fitting = shown
            # The subject of a sentence's main clause outranks one of a clause it reports or subordinates: after
            # "Roe said Doe had lied." or "Roe spoke after Doe left.", "he" is Roe.
            nearest = fitting[-1]
            main = [m for m in fitting if nearest.subordinate and m.sentence == nearest.sentence and not m.subordinate]
            return (main[-1] if main else nearest).name
        if lower in _IT | _THEY:
            groups = [m for m in self.mentions if not m.person and m.order < order]
            if lower in _THEY:
                speaking = self.crowds + self.pairs
                groups = sorted(groups + [m for m in speaking if m.order < order], key=lambda m: m.order)
            # A group that spoke last goes on speaking, unless a paragraph since has been about another.
            last = self.last
            named_since = bool(groups) and groups[-1].order[0] > self._spoke_in
            if last is not None and last.name and not last.person and not named_since:
                return last.name
            return groups[-1].name if groups else None
        return None

    def _named_next(self, gender: Gender, order: tuple[int, int]) -> str | None:
        """Who "he" or "she" is when the story has named no one yet: the first person it names in full after it, in
        that paragraph or the next, of that sex or of one it does not tell. A wire story's opening sentence describes
        its subject ("A state senator said he would retire, calling ...") and names them only in the next, as the
        one acting ("Sen. Jane Roe, 67, has served four terms"); one named as acted on is someone else the story
        tells of ("A woman said she was struck ..." then "Jo Lorrick, 31, was charged"), not the one described."""
        later = [
            m
            for ms in self.full_names.values()
            for m in ms
            if order < m.order and m.order[0] <= order[0] + 1 and m.acting
        ]
        fitting = [m for m in sorted(later, key=lambda m: m.order) if self._gender(m.name) in (gender, None)]
        return fitting[0].name if fitting else None

    def _shown(self, name: str) -> Gender | None:
        """The sex the article itself gives someone, by a title or by the pronouns of the sentences naming them alone
        ("Roe sold her farm"), not by the given name nor by a pronoun opening the next sentence, which may mean
        another."""
        return self.titled.get(name, _vote(self.near_genders.get(name, [])))

    def _gender(self, name: str) -> Gender | None:
        """What a title says, else the pronouns' vote with a common given name counting twice."""
        if name in self.titled:
            return self.titled[name]
        return _vote(self.genders.get(name, []) + 2 * [g for g in [person_gender(name)] if g])

    def _is_person(self, name: str, label: str) -> bool:
        """A person by the tagger, or a name the article gives a person elsewhere (the tagger wavers)."""
        last = name.split()[-1].lower()
        if last in ORG_HEAD_WORDS or name in self.called_bodies:
            return False
        return label == "PERSON" or name in self.people or last in self.full_names

    def _named(self, number: int, paragraph: Paragraph, token: Token) -> Speaker:
        holding = _holder_of(token)
        if holding is not None and holding != token:  # she speaks, not the office or the body it serves
            return self._named(number, paragraph, holding)
        tagged = tagged_name(token)
        written = _with_titles(tagged or _name_tokens(token))
        words = _trimmed(written)
        office = not words or _served_body(words[-1])
        words = _office(token) if office else words
        if office and is_title(words[0]) and (holder := self.described.get(title_role(_join(words).lower()))):
            # "Mayor Jo Roe ... the Mayor said", "Attorney General Jo Roe ... the Attorney General said": an office
            # in capitals is whom the story gave it, as "the mayor" is; not one of its words ("General Jo Roe").
            return Speaker(_join(written), holder, None, True)
        name = self._full(_join(words), (number, token.i), _honorific(words))
        # Only a politician is given a party tag, however the tagger read the name.
        person = bool(tagged) or self._is_person(name, token.ent_type_)
        place = _place(paragraph, words)
        return Speaker(_join(written), name, place, person)

    def _nominal(self, number: int, paragraph: Paragraph, token: Token) -> Speaker:
        # An owner speaking through what it owns ("the report's conclusion that ...") is named without its "'s".
        phrase = [t for t in _phrase(token) if not (t.dep_ == "case" and t.head == token)]
        text = _join(phrase)
        named = [c for c in token.children if _names_role(c, token) or c.dep_ == "appos" and tagged_name(c)]
        holding = _holder_of(token)
        named = named or _name_after_owner(token) or ([holding] if holding is not None else [])
        if named:  # "Another critic, Jane Roe, said"; "A spokesman for X, Jane Roe, said" (she speaks, for X)
            return self._named(number, paragraph, named[0])
        # A document speaks for its owner as a voice does: "Roe's letter warned", "a report from the Eastport Council".
        voice = token.lower_ in VOICES or token.lemma_ in VOICES
        if voice or token.lemma_.lower() in DOCUMENTS:
            owner = _owner(token) if voice else _document_owner(token)
            if owner:  # "Roe's office": the full name a surname stands for
                return Speaker(text, self._full(_join(owner), (number, token.i)), _place(paragraph, owner), False)
            pronouns = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"]
            if pronouns:  # "his spokesman": the voice of whoever "his" is
                owner_word = pronouns[0].lower_
                return Speaker(text, self._pronoun(owner_word, (number, token.i)), None, owner_word in _HE_SHE)
            roles = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
            if roles and (holder := self._holder(roles[0], (number, roles[0].i))):  # "the governor's office"
                return Speaker(text, holder, None, True)
            if token.lemma_ == "statement" and self.statement_owner:
                return Speaker(text, self.statement_owner, None, False)
            if token.lemma_ == "statement" and (issuer := self._issuer(token, number)):
                return Speaker(_issuer_text(text, issuer), issuer.name, None, issuer.person)
            if [c.lower_ for c in token.lefts] == ["the"] and (issued := self.issued.get(token.lemma_.lower())):
                return replace(issued, text=text)  # "Roe released an ad. The ad says ...": Roe's words
            body = _owning_noun(token)
            group = self._group_named(body, (number, token.i)) if body is not None else None
            if group:  # "a spokeswoman for the company": the body named before
                return Speaker(text, group, None, False)
        author = _author(token)
        if author is not None:  # "An email sent by Jane Roe urged staff ...": hers, in the words of the email
            return replace(self.resolve(number, paragraph, author), text=text)
        described = self._described(token, (number, token.i))
        if described:
            return Speaker(text, described, None, True)
        pair = [m for m in self.pairs if m.order < (number, token.i)] if _counts_two(token) else []
        if pair:  # "the two senators said": the pair last named together
            return Speaker(text, pair[-1].name, None, True)
        group = self._group_named(token, (number, token.i))
        if group:
            return Speaker(text, group, None, False)
        # Without its article or pronoun ("the campaign", "his campaign"), but with its owner's name: "Roe's
        # campaign" is not anyone's campaign.
        first = phrase[0]
        bare = phrase[1:] if first.dep_ == "det" or first.dep_ == "poss" and first.pos_ == "PRON" else phrase
        return Speaker(text, _join(bare) or text, None, False)

    def _issuer(self, statement: Token, number: int) -> _Mention | None:
        """Whose "the statement" is when the story named none: the person or body a sentence before it was about
        ("The hospital apologized. 'We regret it,' the statement read."); a body, when one was in this paragraph or
        the last, as bodies issue statements far more than people do ("Acme recalled the lettuce. An inspector, Jane
        Roe, found listeria. '...,' the statement said.")."""
        if [c.lower_ for c in statement.lefts] != ["the"]:  # "the statement", not "a statement", "the X statement"
            return None
        # Its own sentence tells what became of it, not who issued it ("The union put the statement on hold.").
        before = (number, sentence_of(statement).start)
        about = [m for m in self.mentions if m.sentence is not None and m.sentence < before]
        # A clause the sentence subordinates is not what it is about ("Roe resigned after the Herald reported ...").
        about = [m for m in about if not m.subordinate] or about
        bodies = [m for m in about if not m.person and m.order[0] >= number - 1]
        if about:
            return (bodies or about)[-1]
        # A business the tagger missed issues one too, named by its shape in this paragraph or the one before
        # ("Verity Holdings sold its hotels. '...,' the statement said.").
        # Only one its sentence is about: "Workers at Verity Holdings walked out." tells of the workers' statement.
        businesses = [m for m in self.companies if m.told_of and m.order[0] >= number - 1 and m.order < before]
        return businesses[-1] if businesses else None

    def _described(self, token: Token, order: tuple[int, int]) -> str | None:
        """Who "the former governor" or "the 40-year-old mother" is: the person last given that role, else
        the last person of a fitting sex the story was about; only for one person named by a role."""
        role = token.lemma_.lower()
        if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in token.children):
            return None  # "my grandmother" is the writer's, never someone the story named
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") or c.dep_ == "poss" for c in token.children)
        # A role of its own ("the first lady") or an office a rank makes ("the prime minister"): whoever the story
        # gave it, or no one, never a guess at the last person named.
        if own := _first_role(token) or _ranked_office(token):
            return self.described.get(own) if definite else None
        # A portfolio written before the office ("the foreign minister") is the one given it ("Foreign Minister
        # Jane Roe"), whoever else holds an office of that word ("Defence Minister John Doe").
        if definite and not _specified(token) and (holder := self.described.get(_qualified_office(token) or "")):
            return holder
        if definite and (holder := self.described.get(_place_office(token) or "")):  # "the Eastport mayor"
            return holder
        if definite and self._another_portfolio(token):
            return None
        # "The chief of staff" is whom the story called Chief of Staff, whatever else "chief" names; "the minister of
        # health" whom it called Health Minister.
        forms = office_forms(_office_with_body(token))
        if definite and (holder := next(filter(None, map(self.described.get, forms)), None)):
            return holder
        # "The former foreign minister" is whom the story called a former minister, never the minister it named.
        former = any(c.lower_ == "former" for c in token.children)
        if definite and former and title_role(role) in self.described:
            return self.described.get(f"former {title_role(role)}")
        back = _refers_back(token)
        common = token.tag_ == "NN" or token.tag_ == "NNP" and token.is_lower
        if not definite or not common or role not in ROLE_NOUNS and not _aged(token) or _specified(token) and not back:
            return None
        office, sex = title_role(role), title_gender(role)
        if office in self.described or role not in PEOPLE_NOUNS and not back:
            # "The minister" when the story named two ministers could be either: no guess.
            holder = None if office in self.shared else self.described.get(office)
            # One office has a word for each sex ("the congressman", "the congresswoman"): the word says which holder.
            return holder if holder is None or sex is None or self._gender(holder) in (sex, None) else None
        return self._last_person(sex, order)

    def _another_portfolio(self, role: Token) -> bool:
        """Whether a portfolio written before an office names another than the one the story gave its holder: "the
        defence minister" after "Health Minister Jane Roe" is someone new, not "the minister" she is; "the new
        minister" says no portfolio."""
        portfolio = _portfolio_word(role)
        office = title_role(role.lemma_.lower())
        holder = self.described.get(office)
        if portfolio is None or holder is None:
            return False
        held = [key for key, name in self.described.items() if name == holder]
        given = [key.split()[0] for key in held if key.endswith(f" {office}")]
        return any(word != portfolio and word not in OTHER_OFFICE | OFFICE_RANKS for word in given)

    def _holder(self, role: Token, order: tuple[int, int]) -> str | None:
        """Who a role the story gave someone stands for ("the governor" after "Gov. Jane Roe"), when its word's
        sex fits theirs; never a guess at the last person named, which a role given no one would be."""
        given = _first_role(role) or _ranked_office(role) or title_role(role.lemma_.lower())
        return self._described(role, order) if given in self.described else None

    def labelled(self, number: int, paragraph: Paragraph, label: str) -> Speaker:
        """The person a transcript's label at the head of a paragraph names ("Roe:"), by the full name."""
        place = Place(paragraph.field, paragraph.offset, paragraph.offset + len(label))
        return Speaker(label, self._full(label, (number, 0)), place, True)

    def names_person(self, name: str) -> bool:
        """Whether a name, in full or by surname, is one the story gives a person."""
        return name in self.people or " " not in name and name.lower() in self.full_names

    def _last_person(self, gender: Gender | None, order: tuple[int, int]) -> str | None:
        """The last person the story was about before `order`, of the sex given if known."""
        people = [m for m in self.mentions if m.person and m.order < order]
        fitting = [m for m in people if gender is None or self._gender(m.name) in (gender, None)]
        return fitting[-1].name if fitting else None

    def _group_named(self, noun: Token, order: tuple[int, int]) -> str | None:
        """Which body "the council" is: the last one named whose name ends in that noun ("the Eastport Council");
        else, for a business, the last organisation named ("Tidewell Foods ... the company said")."""
        # A body's noun before a voice is as definite as "the" makes it: "a ministry spokeswoman".
        definite = noun.dep_ == "compound" or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        if not definite or noun.tag_ != "NN" or noun.lower_ not in _BODY_NOUNS:
            return None
        groups = [m for m in self.mentions if not m.person and m.order < order]
        named = self._only_body_ending_in(noun, order, groups)
        # Else the last body named "Ministry of X", when a clause was about it: not after "The Ministry of Health and
        # the Ministry of Finance met", which leaves "the ministry" either.
        headed = [m.name for m in self.bodies if m.order < order and _headed_by(m.name, noun)]
        named = named or [m for m in groups if headed and m.name == headed[-1]]
        if not named and noun.lower_ in COMPANY_NOUNS:
            tagged = [m for m in groups if m.name in self.organisations and not _public_body(m.name)]
            # A name shaped like a person's that the tagger took for an organisation's ("chief executive Jane Roe")
            # is the company only when the tagger found no organisation of another shape.
            named = _unlike_people(tagged) or tagged
            # Else the last business named however the sentence used it, by its shape or by its shares ("Regulators
            # fined Tessaline Holdings.", "Shares of Quantaro fell."), or the last organisation the tagger found in
            # this paragraph or the one before (further back, one more likely a publication or a body it dealt with).
            recent = [m for m in self.told_bodies if m.order[0] >= order[0] - 1 and not _public_body(m.name)]
            named = named or sorted((m for m in self.companies + recent if m.order < order), key=lambda m: m.order)
        return named[-1].name if named else None

    def _only_body_ending_in(self, noun: Token, order: tuple[int, int], groups: list[_Mention]) -> list[_Mention]:
        """The bodies named before `order` (`groups`, the organisations among them) whose name ends in the noun
        ("the church": "Pellbrook Church"); none where that could be either of two."""
        # A name ending in the noun that the story gave no body leaves "the church" either of two: "Pellbrook Church
        # and St Anne's Church" (the tagger took "St Anne's" for a person).
        written = {m.name for m in self.written_heads if m.order < order and _headed_by_last(m.name, noun)}
        if written - {m.name for m in (*groups, *self.bodies)}:
            return []
        named = [m for m in groups if _headed_by_last(m.name, noun)]
        # Else a body the story named in any part of a sentence ("Jo Roe leads Pellbrook Church."): the one whose
        # name ends in the noun, when only one does ("Roe left Pellbrook Church for Esk Church" leaves either).
        anywhere = [m for m in self.bodies if m.order < order and _headed_by_last(m.name, noun)]
        return named or (anywhere if len({m.name for m in anywhere}) == 1 else [])

    def _full(self, name: str, order: tuple[int, int], sex: Gender | None = None) -> str:
        """A lone surname becomes the full name it stands for, and so does a lone given name that only one person
        named in full bears (a feature names relatives who share a surname by their given names); a name in
        capitals (a transcript's "JANE ROE:"), the name as the article writes it elsewhere."""
        if " " in name:
            return next((p for p in sorted(self.people) if p.upper() == name), name) if name.isupper() else name
        people = self.full_names.get(name.lower(), [])
        given = self.given_names.get(name.lower(), set())
        if not people and len(given) == 1:
            return next(iter(given))
        if sex is not None and people:
            # An honorific says which namesake is meant ("Mrs. Roe" beside her husband); one that fits none of
            # them means a relative the story never names in full.
            known = [p for p in people if self._gender(p.name) == sex]
            people = known or [p for p in people if self._gender(p.name) is None]
        return self._most_mentioned(people, order) if people else name

    def _most_mentioned(self, people: list[_Mention], order: tuple[int, int]) -> str:
        """Of namesakes, the one a lone surname stands for (`stands_for`, as entities group it), by the first
        full name it was given."""
        names = {p.name for p in people}
        mentions = [(person_key(m.name), m.order) for m in self.mentions if m.name in names]
        chosen = stands_for([(person_key(p.name), p.order) for p in people], mentions, order)
        return next(p.name for p in sorted(people, key=lambda p: p.order) if person_key(p.name) == chosen)


def _vote(clues: list[Gender]) -> Gender | None:
    """The sex most clues give, none on a tie."""
    male, female = clues.count("m"), clues.count("f")
    return None if male == female else "m" if male > female else "f"


def _tells_quotation(sentence: Span) -> bool:
    """Whether a sentence holds a quotation or tells who said the one just before it: the parse makes a sentence of
    a quotation ending in "?" or "!", and another of the clause after it ('"Why?" / Roe said.')."""
    start = sentence.start
    return any(t.is_quote for t in sentence) or start > 0 and sentence.doc[start - 1].is_quote


def _words_within(paragraph: Paragraph, spans: list[tuple[int, int]]) -> frozenset[int]:
    """The indices of the paragraph's tokens that start inside any of the spans (of characters), found once for the
    checks that skip a quotation's words."""
    if not spans:
        return frozenset()
    starts = token_starts(paragraph.doc)
    return frozenset(
        itertools.chain.from_iterable(range(bisect_left(starts, a), bisect_left(starts, b)) for a, b in spans)
    )


def _in_quotation(paragraph: Paragraph, at: int) -> bool:
    """Whether a character of a paragraph is inside one of its quotations: a business a speaker names ("We beat
    Pardell Holdings on price") is not one the story tells of."""
    return _inside(at, [(span.start, span.end) for span in paragraph.quotations])


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a character is inside any of the spans (of characters)."""
    return any(a <= at < b for a, b in spans)


def _company_name(name: Token) -> str | None:
    """The name of a business a proper noun ends, however the tagger labels it: one closed by a legal form or a
    trade's word ("Veltronix Ltd", "Tessaline Holdings"), or one whose shares a sentence tells of ("shares of
    Quantaro")."""
    held = shares_of(name)
    if not held and not is_legal_form(name.text) and name.lower_.rstrip(".") not in BUSINESS_HEAD_WORDS:
        return None
    words = _trimmed(_name_of(name))
    return _join(words) if words and (held or len(words) >= 2) else None


def _told_of(name: Token) -> bool:
    """Whether a business's name (its last word) is what its clause is about: its subject or object, one of those
    joined by "and", or the one whose shares it tells of ("Shares of Quantaro fell"); not a name in passing, inside
    a phrase about something else ("workers at Quantaro", "the Quantaro stadium", "marched past Quantaro")."""
    name = first_joined(name)
    return shares_of(name) or name.dep_ in ("nsubj", "nsubjpass", "dobj")


def _unlike_people(mentions: list[_Mention]) -> list[_Mention]:
    """The mentions whose names are not shaped like a person's ("Tidewell Foods", not "Jane Roe")."""
    return [m for m in mentions if not person_shaped(m.name)]


def _headed_by(name: str, noun: Token) -> bool:
    """Whether a body's name opens with a noun and "of" or "for" ("the ministry" for the Ministry of Defence), and
    holds the words written before that noun ("the defence ministry"; not "the trade ministry")."""
    words = name.lower().split()
    if len(words) < 3 or words[0] != noun.lower_ or words[1] not in ("of", "for"):
        return False
    modifiers = [c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")]
    return all(word in words for word in modifiers)


def _join(tokens: list[Token]) -> str:
    """The text from the first token to the last, cut from the paragraph's text joined once (a span's own
    `.text` joins its tokens again at each call)."""
    if not tokens:
        return ""
    first, last = tokens[0], tokens[-1]
    return text_of(first.doc)[first.idx : last.idx + len(last.text)]


def _place(paragraph: Paragraph, tokens: list[Token]) -> Place | None:
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    return Place(paragraph.field, paragraph.offset + first.idx, paragraph.offset + last.idx + len(last.text))


def _name_tokens(token: Token) -> list[Token]:
    """The proper name a word belongs to: its entity, or the run of capitalised words ending at it. A verb ends the
    name: the tagger may run a name on over its verb ("Roe told" taken for a title); and an entity of time or
    number is none ("Roe later" taken for a date)."""
    words = tokens_of(token.doc)  # its words made once, not a new Token at each `doc[i]`
    if token.ent_iob_ != "O" and token.ent_type_ not in _NOT_NAMES:
        start = token.i
        while words[start].ent_iob_ == "I" and not _is_verb(words[start - 1]):
            start -= 1
        end = token.i + 1
        while end < len(words) and words[end].ent_iob_ == "I" and not _is_verb(words[end]):
            end += 1
        while start > 0 and _given_in_capitals(words[start - 1], words[start:end]):
            start -= 1
        return [t for t in words[start:end] if t.dep_ != "case"]
    start = token.i
    while start > 0 and _in_name(words[start - 1], token):
        start -= 1
    return list(words[start : token.i + 1])


def _given_in_capitals(word: Token, name: Sequence[Token]) -> bool:
    """Whether a word in capitals the parse made part of a name in capitals is a given name the tagger left out of
    the name's entity (a transcript's "JANE ROE:", tagged "ROE" alone); not a title ("SEN. ROE")."""
    return word.is_upper and word.is_alpha and word.dep_ == "compound" and word.head in name and not is_title(word)


def _headed_by_last(name: str, noun: Token) -> bool:
    """Whether a body's name of more than one word ends in a common noun: "Pellbrook Church" in "church"."""
    return " " in name and name.split()[-1].lower() == noun.lower_


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _name_of(token: Token) -> list[Token]:
    """The proper name a word belongs to, or the one a party tag it is part of follows."""
    return tagged_name(token) or _name_tokens(token)


def _named_together(subject: Token) -> list[Token]:
    """The last words of the names a subject gives together, however the parse hung them on one another ("Sens.
    Jane Roe and Bo Doe" read as one name modifying the other), or of the members a plural subject names ("Critics,
    like Jane Roe and Bo Doe,", "Several senators, including ..."); not names hung on a preposition of another
    kind ("Friends of Jane Roe and Bo Doe")."""
    if "and" not in lower_words(subject.doc):  # asked of every clause's subject: the paragraph's words first
        return []
    starts = [subject]
    if subject.tag_ in ("NNS", "NNPS"):
        starts = [p for c in subject.children if c.dep_ == "prep" and c.lower_ in _MEMBERS for p in c.children]
    if not any(t.dep_ == "cc" and t.lower_ == "and" for start in starts for t in start.subtree):
        return []
    reached = [t for start in starts for t in _joined_names(start)]
    return list({_name_of(t)[-1].i: _name_of(t)[-1] for t in reached if t.pos_ == "PROPN"}.values())


def _joined_names(token: Token) -> Iterator[Token]:
    """A word and the words joined to it as further names: its conjuncts, and a name the parse made its modifier."""
    yield token
    for child in token.children:
        if child.dep_ in ("conj", "nmod") and child.pos_ == "PROPN":
            yield from _joined_names(child)


def _asked_in_turn(pronoun: Token, before: Span | None) -> Token | None:
    """Whom the sentence before asked, when the pronoun's sentence opens with the answer: in
    '"Are you running?" Roe asked Doe. "No," he said.', the one asked answers, not the one asking. The sentence
    before may end the paragraph before (`before`), news giving the answer a paragraph of its own."""
    start = sentence_of(pronoun).start
    if not pronoun.doc[start].is_quote:
        return None
    asking = sentence_of(pronoun.doc[start - 1]) if start else before
    if asking is None:
        return None
    asked = [c for t in words_of(asking) if t.lemma_ == "ask" for c in t.children if c.dep_ == "dobj"]
    return asked[0] if asked else None


def _alone_as_subject(token: Token, dep: str, pos: str) -> bool:
    """Whether a name of one word is a clause's subject by itself ("Roe said"), not the last word of a longer one.
    (`dep`, `pos`: the word's dependency and part of speech, read once by the caller, which asks every word.)"""
    # The word before is looked at last: spaCy makes a new Token for it at each look, for every word of the article.
    if dep not in _SUBJECTS or pos != "PROPN" and not _capitalised_noun(token):
        return False
    before = token.nbor(-1) if token.i > 0 else None
    return before is None or before.pos_ != "PROPN" and before.dep_ != "compound"


def _capitalised_noun(token: Token) -> bool:
    """Whether a word the tagger took for a common noun is capitalised where only a name would be ("'...,' Banks
    said"): a surname that is also an English word ("Banks", "Price", "Fields"); not a sentence's first word, which
    any noun may open ("Banks worry about the loan.")."""
    return token.pos_ == "NOUN" and token.is_title and not token.is_sent_start


def _ahead_of(pronoun: Token, starts: list[int]) -> bool:
    """Whether a possessive opens a phrase on a preposition ahead of the names its sentence gives ("In his reply,
    Roe ..."), where it may stand for either; not one on a noun a name is set beside ("His colleague, Roe, ..."),
    which is someone else's."""
    return pronoun.dep_ == "poss" and pronoun.head.dep_ == "pobj" and any(start > pronoun.i for start in starts)


def _tells_sex(pronoun: Token) -> bool:
    """Whether a pronoun refers to a person the sentence or the one before is about and says their sex: a subject
    ("he said") or a possessive in the main clause ("Roe spent the day with his running mate"), not an object
    ("Roe thanked him"), nor a possessive in a clause about someone else ("Roe greeted the nominee, who began his
    speech") or after a word for someone else ("Roe thanked the officer for his service")."""
    lower = lowers_of(pronoun.doc)[pronoun.i]  # the paragraph's lower case forms, read once
    if lower in ("he", "she"):
        return pronoun.dep_ in _SUBJECTS
    if lower not in ("his", "her") or pronoun.dep_ != "poss" or _subordinate(pronoun):
        return False
    before = tokens_of(pronoun.doc)[sentence_of(pronoun).start : pronoun.i]
    return not any(t.pos_ == "NOUN" and t.lemma_.lower() in _SOMEONE or t.lower_ in _HE_SHE for t in before)


def _in_name(word: Token, head: Token) -> bool:
    """Whether a word before a name's last word is part of the name: a capitalised modifier, or a mark around a
    nickname (Jane "JJ" Roe)."""
    if word.is_quote:
        return word.head == head
    if word.is_upper and head.is_upper and head.i + 1 < len(head.doc) and head.nbor().text == ":":
        return len(word) > 1  # a transcript's turn, "JANE ROE:", however the parser reads its capitals
    return word.dep_ in ("compound", "amod", "nmod") and word.text[:1].isupper()


def _with_titles(name: list[Token]) -> list[Token]:
    """A name as written: with the titles before it ("Secretary of State Jane Roe"), without punctuation."""
    doc = name[0].doc
    start = name[0].i
    while start > 0 and (
        is_title(doc[start - 1]) or doc[start - 1].lower_ == "of" and start > 1 and is_title(doc[start - 2])
    ):
        start -= 1
    words = list(doc[start : name[-1].i + 1])
    while words and not any(c.isalnum() for c in words[0].text):
        words = words[1:]
    while words and not any(c.isalnum() for c in words[-1].text):
        words = words[:-1]
    return words or name


def _office(title: Token) -> list[Token]:
    """An office written without anyone's name, from its first title on: "Comptroller of the Currency", "Attorney
    General"; its title's last word alone would name the body it serves ("Currency") or a rank ("General")."""
    phrase = _phrase(title)
    first = next((i for i, t in enumerate(phrase) if is_title(t)), None)
    return phrase[first:] if first is not None else [title]


def _served_body(word: Token) -> bool:
    """Whether a name's last word is the body a title before it serves ("the Minister of Health"): the name is the
    office's, not a person's; unless a holder's name runs on after the body ("the Minister of Health Jane Roe")."""
    served = word.dep_ == "pobj" and word.head.lower_ == "of" and is_title(word.head.head)
    return served and not _holder_after_body(_name_tokens(word))


def _is_topic(token: Token, dep: str) -> bool:
    """Whether a word names who a clause is about: its subject, the subject's owner ("Roe's plan failed"), the
    source of a reaction it reports ("drew a rebuke from Roe"), or a name the tagger hung on the verb as if it were
    a noun's modifier. (`dep`: the word's dependency, read once by the caller, which asks it of every word.)"""
    if dep in ("nsubj", "nsubjpass"):
        return True
    if dep == "poss":  # only the main clause's: "Roe said Doe's plan failed" is still about Roe
        return token.head.dep_ in ("nsubj", "nsubjpass") and token.head.head.dep_ == "ROOT"
    if dep == "pobj" and token.head.dep_ == "agent":
        # The one who acts in a passive sentence about a thing ("The plan was attacked by Roe. She said ..."); one
        # about a person is still about that person ("Doe was thanked by Roe"), and a clause on a noun ("a
        # commission overseen by Roe") is about the noun.
        verb = token.head.head
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return verb.dep_ == "ROOT" and bool(passive) and passive[0].pos_ not in ("PROPN", "PRON")
    if dep == "pobj" and token.head.lower_ == "from":
        # Whom a reaction came from speaks next ("The remark drew a rebuke from Roe. 'It is a lie,' he said.").
        # The parse hangs "from" on the reaction or on the verb that reports it ("drew a rebuke from Roe").
        reported = token.head.head
        nouns = [reported, *(c for c in reported.children if c.dep_ == "dobj")]
        return any(noun.lemma_.lower() in REACTION_NOUNS and not _never_came(noun) for noun in nouns)
    if dep == "ROOT":  # the parse takes the subject of "Roe, 9, watched" for the sentence's head
        return token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "acl" and c.idx > token.idx for c in token.children)
    return dep == "compound" and token.head.pos_ == "VERB"


def _unnamed_speaker(noun: Token) -> str | None:
    """The role by which a clause's subject introduces someone who speaks without a name ("A police spokesman
    said ...", "A senior official, speaking on condition of anonymity, told reporters ..."), without its article:
    a new person, whom the next "he" or "she" means (or the name given beside it, written after it: "A spokesman,
    Jo Roe, said"); not one who does not speak ("A police officer closed the road"), nor one of a clause the
    sentence reports ("Roe said an aide had told him": "he" is still Roe's, however the tagger read "Roe"), nor one
    who serves a person it names ("A spokesman for Sen. Jo Roe said she would vote no": the words are Roe's, as
    the quotation such a voice gives is)."""
    if not (_introduces_someone(noun) and _speaks_in_the_sentence(noun)) or _serves_a_person(noun):
        return None
    return _without_article(noun)


def _reported_sex(subject: Token) -> Gender | None:
    """The sex of the "he" or "she" that is the subject of a clause the subject's verb reports, which is the subject
    itself ("A witness said she heard shouting"): the next "he said" is not the witness's. None where those
    clauses' pronouns differ."""
    reported = [c for c in subject.head.children if c.dep_ == "ccomp"]
    pronouns = {
        PRONOUN_GENDERS[w.lower_]
        for c in reported
        for w in c.children
        if w.dep_ in _SUBJECTS and w.lower_ in ("he", "she")
    }
    return pronouns.pop() if len(pronouns) == 1 else None


def _without_article(noun: Token) -> str:
    """The noun's phrase less its own article: "police spokesman" of "A police spokesman"."""
    return _join([t for t in _phrase(noun) if not (t.dep_ == "det" and t.head == noun)])


def _introduces_someone(noun: Token) -> bool:
    """Whether the noun is one role or voice written as someone new: "a police spokesman", "an aide"; or one of a
    crowd, in the singular: "a witness", "one resident"."""
    role = noun.lemma_.lower() in _SOMEONE or _is_voice(noun)
    return role and noun.tag_ == "NN" and _written_as_new(noun)


# An office is a title ("attorney", "sheriff") or a voice that is a person, not a word describing a person that the
# titles also hold ("the party nominee" may be the nominee the story told of without the word: "Jo Roe won the
# party's vote").
_OFFICE_WORDS = (TITLES - PEOPLE_NOUNS) | PERSON_VOICES


def _written_as_new(noun: Token) -> bool:
    """Whether the noun's article makes it someone new: "a" or "an". A voice or an office written with "the" and the
    body it serves ("The police spokesman said ...", "The city attorney said ...") may be new too, when the story
    gave no one that role (`Speakers._introduced` asks); not a bare "the spokesman" or "the attorney", which points
    back to one the story introduced however it put it ("Jo Roe is the county's spokesman.")."""
    article = next((c.lower_ for c in noun.children if c.dep_ == "det"), None)
    body = any(c.dep_ == "compound" for c in noun.children)
    office = noun.lemma_.lower() in _OFFICE_WORDS
    return article in ("a", "an") or article == "the" and body and office


def _speaks_in_the_sentence(noun: Token) -> bool:
    """Whether the noun is the subject of a verb of saying (`CUE_LEMMAS`) in the sentence's main clause, not one it
    reports ("Roe said an aide had told him")."""
    return noun.dep_ == "nsubj" and noun.head.lemma_ in CUE_LEMMAS and not _subordinate(noun)


def _is_voice(noun: Token) -> bool:
    return noun.lower_ in VOICES or noun.lemma_ in VOICES


def _serves_a_person(noun: Token) -> bool:
    """Whether a role or a voice is someone's whom it names as a person ("a spokesman for Sen. Jo Roe", "a lawyer
    for Jo Roe"): by the tagger, or by a title written before the name ("Councillor Jo Roe")."""
    owner = _owner(noun)
    return bool(owner) and (owner[-1].ent_type_ == "PERSON" or len(_with_titles(owner)) > len(owner))


def _never_came(reaction: Token) -> bool:
    """Whether the sentence says the reaction was not given ("drew no response from Roe", "has not received a reply
    from Roe"): whom it was asked of then says nothing, and the one asking may speak next."""
    return any(c.lower_ == "no" for c in reaction.children) or any(c.dep_ == "neg" for c in reaction.head.children)


def is_crowd(noun: Token) -> bool:
    """Whether a noun is people of one kind ("Critics said ...", "Residents were furious."), whom a later "they"
    or an unattributed quotation may be from."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in CROWDS


def _counts_two(noun: Token) -> bool:
    """Whether a plural noun for people is counted as two ("the two senators", "both lawmakers")."""
    counted = any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in noun.children)
    return counted and noun.tag_ == "NNS" and noun.lemma_.lower() in _SOMEONE


def _subordinate(subject: Token) -> bool:
    """Whether a clause's subject is in a clause the sentence reports or subordinates, not in its main clause."""
    verb = next((a for a in subject.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "conj":
        verb = verb.head
    return verb is not None and verb.dep_ != "ROOT"


def _acting(name: Token) -> bool:
    """Whether a name, or the noun it stands beside ("The senator, Jane Roe, said"), is its clause's active subject."""
    subject = name.head if name.dep_ == "appos" else name
    return subject.dep_ == "nsubj"


def _has_role(ent: Span) -> bool:
    """Whether a full name the tagger took for something else is a person all the same: an appositive gives
    its bearer a person's role ("X Y, the group's regional director"), or the name is the appositive of one
    ("the mayor of Z, X Y,")."""
    root = ent.root
    return len(ent) >= 2 and (
        _is_role(root.head)
        and root.dep_ == "appos"
        or any(_is_role(c) and c.dep_ == "appos" for c in root.children)
        or _titled(ent)
    )


def _story_order(mention: _Mention) -> tuple[int, int]:
    """Where "he" or "she" finds a name: where the story writes it, a quotation's speaker (remembered by the
    quotation's number) before the subject of a later sentence of its paragraph ("'...,' Roe said. Doe disagreed.");
    but the subject of a clause a sentence reports or subordinates before them all, as it does not take over the
    story ("'...,' Roe said. He said Doe had lied. '...,' he said." is Roe's)."""
    return (mention.order[0], -1) if mention.subordinate else mention.order


def _called_body(ent: Span) -> bool:
    """Whether a name's appositive is a kind of organisation ("Corbel Analytics, a data firm,"): its head noun, not
    any noun in it (", a party member" describes a person)."""
    return any(c.dep_ == "appos" and kind_of_organisation(c) for c in ent.root.children)


def _names(article: ParsedArticle) -> list[tuple[int, Span, list[Token]]]:
    """Each name the article gives, by paragraph number, with its words trimmed of titles; not a body's name by its
    head word ("Eastport Council")."""
    return [
        (number, ent, words)
        for number, paragraph in enumerate(article.paragraphs)
        for ent in _named_spans(paragraph.doc)
        if (words := _trimmed([t for t in words_of(ent) if not t.is_punct or t.text == "."]))
        and words[-1].lower_ not in ORG_HEAD_WORDS
    ]


def _written_heads(article: ParsedArticle) -> list[_Mention]:
    """The names ending in a body's common noun written in capitals ("Pellbrook Church", "St Anne's Church"),
    trimmed as an entity's are; not a noun opening a sentence ("School starts today.") nor a place's word ("Church
    Street")."""
    return [
        _Mention((number, token.i), name, person=False)
        for number, paragraph in enumerate(article.paragraphs)
        for token in paragraph.tokens
        if token.is_title and token.lower_ in _BODY_NOUNS and token.dep_ != "compound" and not token.is_sent_start
        if (name := _join(_trimmed(list(token.doc[token.left_edge.i : token.i + 1]))))
    ]


def _companies(article: ParsedArticle) -> list[_Mention]:
    """The names shaped or told of as a business's, in order, outside quotations."""
    return [
        _Mention((number, token.i), name, False, told_of=_told_of(token))
        for number, paragraph in enumerate(article.paragraphs)
        for token, pos in zip(paragraph.tokens, poses_of(paragraph.doc), strict=True)
        # A business's name is rare, and a quotation's spans are gathered anew at each `_in_quotation`: asked last.
        if pos == "PROPN" and (name := _company_name(token)) and not _in_quotation(paragraph, token.idx)
    ]


def _named_spans(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities and the names the tagger missed after a title, which are a person's as much as one it
    tagged ("Prime Minister Jo Roe"): made once, as both learning the names and reading the paragraph ask."""
    return kept(
        doc,
        "newsdesk_named_spans",
        lambda doc: (*entities_of(doc), *_titled_names_missed(doc), *_described_names_missed(doc)),
    )


# The words a missed name runs back from its last, at most: a given name and a middle name ("Ona Lee Prattle").
_GIVEN_AND_MIDDLE = 2


def _described_names_missed(doc: Doc) -> Iterator[Span]:
    """Names shaped like a person's that the tagger left out, with a person's role set beside them
    ("Ona Prattle, the acting chief executive,"): the role says the name is a person's, as the title before one
    does in `_titled_names_missed`."""
    # Asked of every word of every paragraph: its dependency from the paragraph's, read once.
    appositions = (t for t, dep in zip(tokens_of(doc), deps_of(doc), strict=True) if dep == "appos")
    for role in (t for t in appositions if _is_role(t) and _untyped_name_word(t.head)):
        name = role.head
        start = name.i
        while start > name.i - _GIVEN_AND_MIDDLE and start > 0 and _untyped_name_word(doc[start - 1]):
            start -= 1
        span = Span(doc, start, name.i + 1, label="PERSON")
        if person_shaped(span.text):
            yield span


def _titled_names_missed(doc: Doc) -> Iterator[Span]:
    """Names shaped like a person's after a title, that the tagger left out ("Mayor Ona Prattle of Brackley and Mayor
    Dov Sarn of Ellsworth", the second missed): a title is written before a person's name, so it holds the office.
    Not in a headline, which capitalises the words after a title too ("Mayor Vows Fresh Start")."""
    # Asked of every word of every paragraph: its lower case form and text from the paragraph's, read once.
    words = zip(tokens_of(doc), lowers_of(doc), texts_of(doc), strict=True)
    titles = [t for t, lower, text in words if _is_title_word(lower, text) and not t.ent_type_]
    # Most paragraphs hold no title the tagger left untyped: the line's case is read only where one is.
    if not titles or _title_cased_line(doc):
        return
    for title in titles:
        # A person's name of two or three words (a given name, perhaps a middle one, a surname); one word alone
        # after a title is as often a place's or a thing's ("Governor General", "Mayor Street").
        run = list(itertools.takewhile(_untyped_name_word, doc[title.i + 1 : title.i + 4]))
        end = title.i + 1 + len(run)
        closed = end == len(doc) or not _untyped_name_word(doc[end])  # not the start of a longer name
        if len(run) in (2, 3) and closed and _titled(name := Span(doc, title.i + 1, end, label="PERSON")):
            yield name


def _title_cased_line(doc: Doc) -> bool:
    """Whether a line capitalises every word but the small ones title case leaves in lower case, as a headline does."""
    return all(t.text[:1].isupper() for t in tokens_of(doc) if t.is_alpha and t.lower_ not in MINOR_WORDS)


def _untyped_name_word(token: Token) -> bool:
    """A capitalised proper noun the tagger gave no type, not itself a title."""
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and not is_title(token)


def _titled(ent: Span) -> bool:
    """Whether a name shaped like a person's follows a title of rank or office ("Mayor Jane Roe", "Councilwoman
    Tessa Ambrose", however the tagger labels it): a person's, as bodies are not given titles. A body's name may
    open with a title's word ("General Castor Foods Vestland", "General Tarkon"), so the rest must be shaped like
    a person's."""
    first = ent.doc[ent.start - 1] if ent.start > 0 and not is_title(ent[0]) else ent[0]
    return is_title(first) and person_shaped(_join(_trimmed(words_of(ent))))


def _is_role(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in PERSON_ROLES


def _names_role(token: Token, role: Token) -> bool:
    """Whether a name set beside a role as its appositive names the person holding it ("Another critic, X Y,",
    "The mayor of Z, X Y,"): a role only a person holds makes a name the tagger doubted a person's, and so does the
    name's own shape beside any noun ("Her rival, X Y,")."""
    if token.dep_ != "appos" or token.head != role or _describes(token):
        return False
    doubted = token.pos_ == "PROPN" and token.lower_ not in ORG_HEAD_WORDS
    return token.ent_type_ == "PERSON" or doubted and (_is_role(role) or person_shaped(_join(_name_tokens(token))))


def _describes(appositive: Token) -> bool:
    """Whether an appositive tells what someone is rather than who: a name takes no "a" or "an" ("the mayor, a
    Democrat, said": the mayor speaks, a party's member)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appositive.children)


def _appositive_name(noun: Token) -> str | None:
    """The name an appositive gives a common noun ("His daughter, Jane Roe-Doe, said"), or a voice, though the parse
    hung it on whom the voice speaks for ("A spokeswoman for X, Jane Roe, said"), trimmed."""
    names = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"] or _name_after_owner(noun)
    words = _trimmed(_name_of(names[0])) if names else []
    return _join(words) if words and words[-1].lower_ not in ORG_HEAD_WORDS else None


def _relative_sex(noun: Token) -> Gender | None:
    """The sex of someone named only by a tie to another ("his mother", "Roe's wife"), whom a later "he" or "she"
    may mean; None for any other noun, and for a relative of the same sex as the "his" or "her" they belong to:
    after "His son was killed.", "he said" is still the father's."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    sex = title_gender(noun.lower_) if noun.pos_ == "NOUN" and owners else None
    return None if sex is not None and PRONOUN_GENDERS.get(owners[0].lower_) == sex else sex


def _writers_relative(noun: Token) -> Gender | None:
    """The sex of a relative of the writer's, which the word tells ("my mother", "our grandfather"); None for any
    other noun."""
    # Asked of nearly every word: a common noun's part of speech is cheaper to read than its children, and only
    # a common noun names a relative (`_relative_sex`).
    if noun.pos_ != "NOUN":
        return None
    mine = any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in noun.children)
    return _relative_sex(noun) if mine else None


def _gives_a_named_person_office(role: Token) -> bool:
    """Whether a role's word, one of it, gives a named person the office: predicated of them ("Jo Roe was elected
    city attorney", "Jo Roe, who became attorney general,") or as a title before the name ("City Attorney Jo
    Roe"). Other uses name no holder: "Defence attorneys filed a motion", "The city hired an attorney"."""
    if role.tag_ not in ("NN", "NNP"):
        return False
    if role.dep_ == "compound":
        return role.head.pos_ == "PROPN"
    if role.dep_ not in ("attr", "oprd"):
        return False
    subject = next((c for c in role.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WP" and role.head.dep_ == "relcl":
        subject = role.head.head  # "Jo Roe, who became attorney general": the relative clause's noun
    return subject is not None and subject.pos_ == "PROPN"


def _given_name(token: Token, dep: str) -> str | None:
    """A name a naming verb gives someone described by a common noun: "a woman whom the report calls 'X'",
    "a detainee identified only as 'X.'" (the name as object predicate, or after "as"). (`dep`: the word's
    dependency, read once by the caller, which asks it of every word.)"""
    if dep not in _GIVEN_NAME_DEPS:
        return None
    verb = token.head.head if dep == "pobj" and token.head.lower_ == "as" else token.head
    if verb.lemma_ not in _NAMING_VERBS or not token.text[:1].isupper():
        return None
    described = verb.head if verb.dep_ in ("relcl", "acl", "appos") else None
    if described is None or described.pos_ != "NOUN" or described.lower_ in ORG_HEAD_WORDS:
        return None
    return _join(_trimmed(_name_tokens(token))) or token.text


def _honorific(name: list[Token]) -> Gender | None:
    """The sex the word just before a name gives its bearer ("Mrs." in "Mrs. Roe")."""
    first = name[0]
    return title_gender(first.nbor(-1).text) if first.i > 0 else None


def is_title(token: Token) -> bool:
    return _is_title_word(token.lower_, token.text)


def _is_title_word(lower: str, text: str) -> bool:
    """Whether a word (its lower case form and its text) is a title written as one, capitalised ("Mayor", "Gov.")."""
    return lower.rstrip(".") in TITLES and text[:1].isupper()


def _specified(token: Token) -> bool:
    """Whether a role is tied to a named place or body ("the ambassador to X"): then it is someone new."""
    objects = [c for p in token.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
    return any(c.pos_ == "PROPN" or c.ent_type_ in _ORG_LABELS for c in objects)


def _public_body(name: str) -> bool:
    """Whether an organisation's name is a public body's or some other not a business ("the Competition
    Commission"): a company that it fines or a union faces is "the company", not it."""
    return name.split()[-1].lower() in PUBLIC_BODY_HEADS


def _refers_back(role: Token) -> bool:
    """Whether a role is written as a description of someone named before, not as an office ("the president",
    "the Harlow police chief", "the White House spokesman" may be someone the story never named): "the former
    governor", "the retired teacher"; or one given an age (`_aged`)."""
    return any(c.lower_ in ("former", "retired") for c in role.children) or _aged(role)


def _aged(noun: Token) -> bool:
    """Whether a noun is given an age beside it, as only a person the story is about is, whatever word names them:
    "says the captain, 28", or in brackets, as British papers write it, "the captain (28) said". Not an office ("the
    mayor, 64," may be a mayor the story never named), nor a body, whose number is its years or its members ("the
    firm, 80,")."""
    word = noun.lemma_.lower()
    person = word not in TITLES and word not in _BODY_NOUNS
    # The age is written straight after the noun's comma or bracket: "the note in room, 12," numbers the room.
    opened = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text in (",", "(")
    return person and opened and any(c.dep_ == "appos" and c.like_num and c.i == noun.i + 2 for c in noun.children)


def _someone_described(token: Token) -> bool:
    """Whether a subject describes one person by age or by party or nation alone, as news names someone it has
    named before: "the 62-year-old", "the Eastport Democrat", "the Norwegian"."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    aged = token.lower_ == "old" and any(c.lemma_ == "year" for c in token.children)
    return aged or token.ent_type_ == "NORP" and token.tag_ == "NNP"


def _roles(ent: Span) -> Iterator[str]:
    """The roles a text gives a person: "nominee Jane Roe", "Jane Roe, the nominee", "the nominee, Jane Roe"."""
    doc, root = ent.doc, ent.root  # spaCy finds a span's root anew at each `ent.root`
    # Where the name starts, after any title the tagger took into it ("City Clerk Jane Roe" read as "Clerk Jane Roe").
    start = next((word.i for word in _trimmed(words_of(ent))), ent.start)
    if start > 0 and _served_body(doc[start - 1]):
        # "Secretary of State Jane Roe" is "the secretary of state", never "the state"; nor "the secretary", which
        # may be another ("the press secretary"), as "the police chief" is not the Chief of Staff; but "Speaker of
        # the House Jane Roe" is "the speaker".
        role = doc[start - 1].head.head
        forms = office_forms(_office_with_body(role))
        yield from forms
        if forms and role.lower_ in SOLE_BODY_OFFICES:
            yield role.lower_
    elif start > 0 and (doc[start - 1].pos_ == "NOUN" or is_title(doc[start - 1])):
        title = doc[start - 1]
        words = list(itertools.takewhile(lambda word: _qualifies(word, title), reversed(doc[: start - 1])))
        # A rank or a past before a title makes an office of its own: "Vice President Jane Roe" is not "the president".
        if (own := _first_role(title)) or not any(_other_office(word, title) for word in words):
            office = own or title_role(title.lemma_)
            yield office
            # "Mayor Jo Roe of Eastport" is also "the mayor of Eastport", "the Eastport mayor", beside another town's.
            yield from (f"{office} of {place}" for place in _places_served(root))
        # "Prime Minister Jane Roe", "Foreign Minister Jane Roe"; "Deputy Foreign Minister Jane Roe" is "the deputy
        # minister", not "the foreign minister".
        for n, word in enumerate(words):
            if not any(_other_office(outer, title) for outer in words[n + 1 :]):
                yield f"{word.lower_} {title_role(title.lemma_)}"
        # "chief financial officer Jane Roe" is "the chief financial officer", whom "the CFO" abbreviates.
        office_written_out = [*(word.lower_ for word in reversed(words)), title.lower_]
        if len(words) > 1 and _initialled(office_written_out):
            yield " ".join(office_written_out)
    for child in root.children:
        if child.dep_ == "appos" and (child.pos_ == "NOUN" or _first_role(child)):  # "Jane Roe, the foreign minister,"
            yield from _offices_beside(child)
    if first := _first_role(ent[0]):  # the tagger's name takes in a title in capitals: "First Lady Jane Roe"
        yield first
    head = _role_before_owner(root) or root.head  # "The mayor of Eastport, Jane Roe,": the mayor's
    # "The foreign minister, Jane Roe,"; not "the mayor, a Yorkshirewoman,", which the tagger takes for a name.
    if root.dep_ == "appos" and not _describes(root) and (head.pos_ == "NOUN" or _first_role(head)):
        yield from _offices_beside(head)


def _places_served(name: Token) -> list[str]:
    """The place written after a titled name with "of", in small letters: "Eastport" in "Mayor Jo Roe of Eastport"."""
    places = [p for c in name.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return [_join(list(name.doc[p.left_edge.i : p.i + 1])).lower() for p in places if p.pos_ == "PROPN"]


def _place_office(noun: Token) -> str | None:
    """The office of a place a proper noun written before a role makes ("the Eastport mayor": "mayor of
    eastport")."""
    words = [c for c in noun.lefts if c.dep_ != "det"]  # "the former Eastport mayor" is another than its mayor
    single = len(words) == 1 and words[0].dep_ == "compound" and words[0].i == noun.i - 1 and words[0].pos_ == "PROPN"
    return f"{title_role(noun.lemma_)} of {words[0].lower_}" if single else None


def _office_with_body(role: Token) -> str | None:
    """The office a role's word makes with the body it serves, written after it with "of", in small letters:
    "Secretary of State", "the chief of staff", "Speaker of the House" -> "speaker of the house". None when more
    words tie it to a body of its own, "the chief of staff of the army": that is someone new."""
    preps = [c for c in role.rights if c.dep_ == "prep"]
    bodies = [p for c in preps[:1] if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if len(preps) != 1 or not bodies or any(c.dep_ == "prep" for c in bodies[0].children):
        return None
    return " ".join(t.lower_ for t in role.doc[role.i : bodies[0].i + 1])


def office_forms(office: str | None) -> list[str]:
    """An office of a body as written, and as written with its body's one word before it: "minister of finance" is
    "the finance minister", "commissioner of police" "the police commissioner"; one office either way."""
    if office is None:
        return []
    words = office.split()
    portfolio = [f"{words[2]} {words[0]}"] if len(words) == 3 and words[1] == "of" and words[2] != STATE_BODY else []
    return [office, *portfolio]


def _appointee(role: Token, pos: str) -> Token | None:
    """The last word of the person a verb of appointing gives a role to: the name written before the role as the
    verb's object ("The council named Jo Roe city manager", which the parse reads as one phrase), the verb's object
    before "as" ("hired Jo Roe as superintendent") or the passive's subject ("Jo Roe was elected mayor"); none for a
    role given no one named ("The board hired a superintendent"). The tagger may take the name for a place's: a name
    shaped like a person's is one here, as places hold no office."""
    # Asked of every word: the part of speech (`pos`) first, which rules out most without reading the word's head.
    if pos != "NOUN" or (verb := _appointing_verb(role)) is None:
        return None
    before = [t for t in role.doc[role.left_edge.i : role.i] if t.pos_ == "PROPN"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "nsubjpass") and c.pos_ == "PROPN"]
    names = before or objects or _particle_objects(verb)
    person = bool(names) and (names[-1].ent_type_ == "PERSON" or person_shaped(_join(_name_tokens(names[-1]))))
    return names[-1] if person else None


def _appointing_verb(role: Token) -> Token | None:
    """The verb of appointing that gives a role: as its object ("named Jo Roe city manager"), after "as" ("hired Jo
    Roe as superintendent", "brought in Jo Roe as coach") or after "to the post of" ("named Jo Roe to the post of
    director")."""
    after_as = role.dep_ == "pobj" and role.head.lower_ == "as"
    post = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "of" else None
    if post is not None and post.lemma_.lower() in POST_WORDS and post.dep_ == "pobj" and post.head.lower_ == "to":
        verb = post.head.head
    elif after_as or role.dep_ in ("dobj", "oprd"):
        verb = role.head.head if after_as else role.head
    else:
        return None
    particle = PHRASAL_APPOINTING_VERBS.get(verb.lemma_)
    phrasal = after_as and particle is not None and any(c.lower_ == particle for c in verb.children)
    return verb if verb.lemma_ in APPOINTING_VERBS or phrasal else None


def _particle_objects(verb: Token) -> list[Token]:
    """The names a verb of appointing writes after its particle ("swore in Jo Roe as mayor", which the parse reads as
    "in Jo Roe"); none after another preposition ("elected as mayor in May")."""
    particle = APPOINTING_PARTICLES.get(verb.lemma_)
    words = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == particle]
    return [p for c in words for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]


def _appointed_offices(appointee: Token, role: Token) -> list[str]:
    """The offices a verb of appointing gives: the role, and the role with the words of office written before it
    ("named Jo Roe city manager": "manager" and "city manager"); a rank or a past makes an office of its own,
    "elected Jo Roe vice president" is not "the president"."""
    between = role.doc[max(appointee.i + 1, role.left_edge.i) : role.i]
    offices = [] if any(_other_office(t, role) for t in between) else [title_role(role.lemma_)]
    if between and all(t.is_lower and t.is_alpha and t.dep_ in ("amod", "compound") for t in between):
        offices.append(f"{between.text} {title_role(role.lemma_)}")
    return offices


def _ranked_heads(roles: list[str]) -> set[str]:
    """The roles given only as the head of a ranked office given with them, "minister" beside "prime minister", or
    of an office of a body whose word also names someone in no office, "speaker" beside "speaker of the house"."""
    ranked = {role for role in roles if any(f"{rank} {role}" in roles for rank in OFFICE_RANKS)}
    loose = {role for role in roles if role in COMMON_WORD_OFFICES and any(r.startswith(f"{role} of ") for r in roles)}
    return ranked | loose


def _other_office(word: Token, role: Token) -> bool:
    """Whether a word before a role's word makes an office of its own, not the role's: a rank or a past ("Vice
    President"); "lieutenant" before an office no army gives ("Lieutenant Governor" is not "the governor"), not
    before a rank ("Lieutenant General" is "the general")."""
    lower = word.lower_
    return lower in OTHER_OFFICE or lower == LIEUTENANT and role.lower_ not in LIEUTENANT_RANKS


def _offices_beside(role: Token) -> Iterator[str]:
    """The offices a role written beside a name gives it: "the foreign minister" the minister and the foreign
    minister; a rank or a past one of its own, "a former foreign minister" the former minister, not the minister."""
    # A rank is a word of the office however the parse hung it ("its deputy chief financial officer").
    words = [c for c in role.lefts if _qualifies(c, role) or c.lower_ in OFFICE_RANKS]
    other = [c.lower_ for c in words if _other_office(c, role)]
    if (own := _first_role(role)) or not other:
        yield own or title_role(role.lemma_)
    if qualified := f"{other[0]} {title_role(role.lemma_)}" if other else _qualified_office(role):
        yield qualified
    # "Jane Roe, the chief financial officer," is "the chief financial officer", whom "the CFO" abbreviates; one
    # acting in it holds the office all the same ("the acting chief executive" is "the chief executive", the CEO).
    written_out = [*(c.lower_ for c in words), role.lower_]
    if len(written_out) > 2 and _initialled(written_out):
        yield " ".join(_held_for_the_while(written_out))


def _first_role(noun: Token) -> str | None:
    """The role "first" makes of a family noun ("first lady", "First Daughter"), however the tagger read it."""
    first = any(c.lower_ == "first" and c.dep_ in ("amod", "compound") for c in noun.children)
    return f"first {noun.lower_}" if first and noun.lower_ in FIRST_FAMILY else None


def _ranked_office(noun: Token) -> str | None:
    """The office a rank word makes of a role noun ("the prime minister", "the deputy mayor"), however the tagger
    read the rank word."""
    ranks = [c for c in noun.lefts if c.lower_ in OFFICE_RANKS and _qualifies(c, noun)]
    return f"{ranks[0].lower_} {title_role(noun.lemma_)}" if ranks else None


def _qualified_office(noun: Token) -> str | None:
    """The office the one word written before a role noun makes of it: "the foreign minister", "the majority
    leader"; not when more words qualify it ("the former foreign minister", "the Westmarch foreign minister")."""
    words = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
    single = len(words) == 1 and words[0].i == noun.i - 1 and _qualifies(words[0], noun)
    return f"{words[0].lower_} {title_role(noun.lemma_)}" if single else None


def _portfolio_word(role: Token) -> str | None:
    """The one word of a portfolio written before a role noun: "defence" in "the defence minister", a noun or a word
    of office; not a word that says no portfolio ("the new minister")."""
    office = _qualified_office(role)
    word = role.doc[role.i - 1]
    portfolio = office is not None and (word.pos_ in ("NOUN", "PROPN") or word.lower_ in TITLES)
    # "The cabinet minister", "the Labour minister" say whose minister, not which portfolio.
    portfolio = portfolio and word.lower_ not in NO_PORTFOLIO_WORDS | PARTY_FAMILY_WORDS and word.ent_type_ != "NORP"
    return word.lower_ if portfolio else None


def _qualifies(word: Token, role: Token) -> bool:
    """Whether a word modifies a role's word as a word of the office ("Foreign" in "Foreign Minister"), not a
    determiner, a number or a mark."""
    return word.head == role and word.dep_ in ("amod", "compound") and word.is_alpha


def _trimmed(words: list[Token]) -> list[Token]:
    """A name without the titles, determiners and descriptions written before it; an organisation's name keeps
    the words of office it is made of ("the Eastport Interior Ministry"). Kept for the paragraph: the same words are
    trimmed three or four times over (an entity for the names a paragraph gives, again for the people whose sex it
    tells, a name's word again as a clause's subject)."""
    if not words:
        return []
    trimmed: dict[tuple[int, ...], list[Token]] = kept_by_stretch(words[0].doc, "newsdesk_trimmed_names")
    # A list builds the key faster than a generator feeds tuple (270 ns to 410 for three words, timeit, Python 3).
    key = tuple([word.i for word in words])
    if key not in trimmed:
        trimmed[key] = _trim(words)
    return list(trimmed[key])  # a copy: a caller may change its list


def _trim(words: list[Token]) -> list[Token]:
    organisation = bool(words) and words[-1].lower_ in _BODY_NAME_ENDS
    title = -1 if organisation else _last_title(words)
    holder: list[Token] = []
    if title >= 0:
        # A holder runs on after a body the title serves, not after a body's word the title follows ("District Judge
        # Jane Roe" is Jane Roe's, as "Judge Jane Roe" is): the words after the first title are searched.
        first = next((i for i, word in enumerate(words[:title]) if word.lower_.rstrip(".") in TITLES), title)
        holder = _holder_after_body(words[first + 1 :])
    words = holder or (words if organisation else words[title + 1 :])
    # A word for what someone does opening a sentence, which the tagger ran into the name after it: "Farmer Jo Roe
    # said", "Striker Jo Roe said"; a name of two words keeps it ("Baker Roe" may be a given name).
    if not organisation and len(words) > 2 and words[0].is_sent_start and words[0].lower_ in _WORK_BEFORE_NAMES:
        words = words[1:]
    # A possessive before a name is someone else's ("Roe's Jane Doe"); alone, it is the name ("Roe's plan"); one of
    # the people a body serves is the body's name ("Children's Hospital"). A name all in capitals (a transcript's
    # "JANE ROE:") keeps its words as a name in title case does.
    capitals = all(word.is_upper for word in words if word.is_alpha)
    while words and (
        words[0].dep_ == "det"
        or (words[0].dep_ == "poss" and len(words) > 1 and not (organisation and words[0].lower_ in NAME_POSSESSORS))
        or words[0].ent_type_ == "NORP"
        or not (words[0].is_title or capitals and words[0].is_upper)
    ):
        words = words[1:]
    while words and (words[-1].is_punct or words[-1].dep_ == "case"):
        words = words[:-1]
    return words


def _initialled(office: list[str]) -> bool:
    """Whether an office is of those news writes in its initials (`INITIALLED_OFFICE`): "chief financial officer",
    "acting chief financial officer" (`STANDING_IN`), "acting chief executive" (`OFFICER_UNWRITTEN`); not "economy
    undersecretary", "deputy chief financial officer"."""
    held = _as_initialled(" ".join(office))
    return bool(held) and (held[0], held[-1]) == INITIALLED_OFFICE


def _held_for_the_while(office: list[str]) -> list[str]:
    """The office one acting in it holds: "chief financial officer" of "acting chief financial officer"."""
    return list(itertools.dropwhile(STANDING_IN.__contains__, office))


def _as_initialled(office: str) -> list[str]:
    """The words of an office its initials stand for: "the chief executive" is the CEO, "officer" unwritten; "the
    acting chief financial officer" the CFO."""
    words = _held_for_the_while(office.split())
    return [*words, "officer"] if " ".join(words) in OFFICER_UNWRITTEN else words


def _holder_of(title: Token) -> Token | None:
    """The head word of the name of the one holding a title, written beside it: "The Governor of the Central Bank,
    Jane Roe, said" (which the tagger may run into the body's name), or "Governor of the Central Bank Jane Roe
    said". The head is the appositive itself, or the name's last word, as a name's words hang on its last. None for
    a word that is no title."""
    if not is_title(title):
        return None
    beside = [c for c in title.children if c.dep_ == "appos" and not _describes(c)]
    named = [c for c in beside if _names_role(c, title) or person_shaped(_join(_trimmed(list(c.subtree))))]
    if named:
        return named[0]
    run_on = _holder_after_body(_office(title))
    return run_on[-1] if run_on else None


def _holder_after_body(words: list[Token]) -> list[Token]:
    """The name run on after the body an office serves, when it has a person's shape: the tagger reads
    "Governor of the Central Bank Jane Roe" as one body's name; none when no body's word comes before a name. A
    body's place is one word after its "of" ("the Bank of Eastport Jane Roe"): more would be a guess. Not a place's
    name set after the body ("the Central Bank, Port Elin,"), which has a person's shape too."""
    bodies = [i for i, word in enumerate(words) if word.lower_ in _BODY_NOUNS]
    tail = words[bodies[-1] + 1 :] if bodies else []
    tail = [word for word in (tail[2:] if tail and tail[0].lower_ == "of" else tail) if not word.is_punct]
    person = bool(tail) and person_shaped(_join(tail)) and not place_shaped(tail[0].lower_, tail[-1].lower_)
    return tail if person else []


def _last_title(words: list[Token]) -> int:
    """Where the last title written before a name is in its words (-1 for none). A surname a title's word spells
    ("Dan Bishop") follows a given name: it is the name, not a title. A title firms take for a name's
    first word (`FIRM_TITLES`) is one only in a name the tagger reads as a person's: "Principal Financial" keeps it;
    and a title that is also a given name only before a full name ("Dean Arlo Venn", not "Dean Harlow")."""
    titled = words[:-1] if len(words) >= 2 and (person_gender(_join(words[-2:])) or _surname_after(words)) else words
    person = bool(words) and words[-1].ent_type_ == "PERSON"
    titles = (i for i, t in enumerate(titled) if t.lower_.rstrip(".") in TITLES or person and t.lower_ in FIRM_TITLES)
    # A title that is also a given name sought only where no other title stands: `max`'s default is made at every call.
    last = max(titles, default=-1)
    return last if last >= 0 else _given_name_title_at(words)


def _given_name_title_at(words: list[Token]) -> int:
    """Where a title that is also a given name stands before a full name (-1 for none): first ("Dean Arlo Venn"), or
    after a body's word, the office's ("College Dean Arlo Venn"); not after any other word, a given name whose
    middle name it is then, known or not ("Odile Dean Arlo Venn" is no dean)."""
    texts = [t.text for t in words]
    after_office = (i for i in range(len(texts)) if i == 0 or words[i - 1].lower_ in _BODY_NOUNS)
    return next((i for i in after_office if given_name_title(texts[i:])), -1)


def _surname_after(words: list[Token]) -> bool:
    """Whether a name's last word, though a title's word, is the surname of a given name the tagger read as one
    person's with it ("Edvin Clerk said"): a title is written before a name, never after one."""
    given, last = words[-2], words[-1]
    return given.ent_type_ == last.ent_type_ == "PERSON" and given.lower_.rstrip(".") not in TITLES


def _phrase(token: Token) -> list[Token]:
    """A noun phrase as written, without the clauses and appositives hung on it, nor the words of another phrase
    its clause is written after ("an ad Tuesday that says")."""
    cut = token.right_edge.i
    for child in token.rights:
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj"):
            cut = min(cut, child.left_edge.i - 1)
    words = token.doc[token.left_edge.i : cut + 1]
    return [t for t in words if not t.is_space and (t == token or token in t.ancestors)]


def _group_name(noun: Token) -> str:
    """A group as written, without its article: "the X campaign" -> "X campaign", "X's campaign"."""
    phrase = _phrase(noun)
    return _join([t for t in phrase if not (t.i == phrase[0].i and t.dep_ == "det")])


def _owner(token: Token) -> list[Token]:
    """The organisation a voice speaks for: "a spokesman for the X", "the X's statement"."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return _trimmed(_name_tokens(child))
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPOSITIONS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (pobj.pos_ == "PROPN" or pobj.ent_type_ in _ORG_LABELS):
                    return _trimmed(_name_tokens(pobj))
    return []


def _document_owner(document: Token) -> list[Token]:
    """Whose a document is, as a voice's owner is, but never a place it came from: "a report from Dalvia" says
    where it was written, as a dateline does, not who wrote it."""
    owner = _owner(document)
    return [] if any(t.dep_ == "pobj" and t.ent_type_ in PLACE_TYPES for t in owner) else owner


def _name_after_owner(noun: Token) -> list[Token]:
    """The name of a voice or a role written after the name of whom it speaks for or serves ("a spokesman for Sen.
    Roe, Jane Doe, said", "the mayor of Eastport, Jane Roe, said"), which the parse hangs on that owner: a name
    needs no second name, so the second is the voice's or the role holder's."""
    if noun.lemma_ in VOICES or noun.lower_ in VOICES:
        prepositions = _OWNER_PREPOSITIONS
    elif _is_role(noun):
        prepositions = _ROLE_PREPOSITIONS
    else:
        return []
    owners = [
        pobj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"
    ]
    # A voice is a person, so a name shaped like a person's is given it whatever the tagger says; not a party and
    # state ("Sen. Roe, D-Eastport,"), nor a party alone ("Sen. Roe, a Republican,"), nor the state or county of a
    # place, which the tagger knows for one ("the mayor of Eastport, West Tolvia,").
    names = [
        c
        for owner in owners
        for c in owner.children
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in PLACE_TYPES
    ]
    return [name for name in names if person_shaped(_join(_name_tokens(name)))][:1]


def _role_before_owner(name: Token) -> Token | None:
    """The voice or role whose name the parse hung on whom it speaks for or serves ("the mayor of Eastport, Jane
    Roe,": the mayor)."""
    prep = name.head.head
    if name.dep_ != "appos" or name.head.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    return prep.head if name in _name_after_owner(prep.head) else None


def _owning_noun(voice: Token) -> Token | None:
    """The common noun for the body a voice speaks for: "a spokeswoman for the company", "a ministry spokeswoman",
    "the agency's statement"."""
    nouns = [c for c in voice.children if c.dep_ in ("compound", "poss") and c.pos_ == "NOUN"]
    nouns += [
        p
        for c in voice.children
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPOSITIONS
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "NOUN"
    ]
    return nouns[0] if nouns else None


def _issuer_text(statement: str, issuer: _Mention) -> str:
    """How a statement's speaker is written: the statement, whose issuer a name says; or, for a body the story names
    by a common noun alone, that noun ("the hospital"), as no entity will stand for its words."""
    common = not issuer.person and issuer.name[:1].islower()
    return f"the {issuer.name}" if common else statement


def _statement_owner(token: Token) -> str | None:
    """Whose statement: the noun's owner, or the subject of the verb that issued or carried it."""
    owner = _owner(token)
    if owner:
        return _join(owner)
    verb = token.head
    while verb.dep_ in ("pobj", "prep", "dobj"):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ in _ORG_LABELS)]
    return _join(_trimmed(_name_tokens(subjects[0]))) or None if subjects else None


def _author(document: Token) -> Token | None:
    """Who a document is said to be by, in a clause on it ("a memo written by Jane Roe", "a report released Tuesday
    by the auditor", "the statement, signed by 50 officials,"): not whoever came by it ("a memo obtained by the
    Herald")."""
    if document.lemma_.lower() not in DOCUMENTS:
        return None
    clauses = [c for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN" and issues(c)]
    agents = [o for c in clauses for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return agents[0] if agents else None


def _issued_by(document: Token, dep: str) -> Token | None:
    """Who a sentence says issued a document, its issuing verb's subject: "The Roe campaign released an ad". (`dep`:
    the word's dependency, read once by the caller.)"""
    # Asked of every word: the dependency first, the rarer and cheaper to read.
    if dep not in _ISSUED_DEPS or document.lemma_.lower() not in DOCUMENTS or not issues(document.head):
        return None
    # "Roe released a letter from forty doctors", "Roe published Doe's letter": others' words Roe made public.
    if any(c.dep_ == "poss" and c.pos_ != "PRON" or c.lower_ in ("from", "by") for c in document.children):
        return None
    return next((c for c in document.head.children if c.dep_ == "nsubj"), None)


def issues(verb: Token) -> bool:
    """Whether a verb says its subject issued its object: "released", and "put out", but not "put" alone, which lays
    a thing somewhere ("put the letter on hold")."""
    if verb.lemma_.lower() == "put":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return verb.lemma_.lower() in ISSUING
