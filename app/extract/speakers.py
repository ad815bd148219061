"""Who a speaker is: a name trimmed of titles, a pronoun or surname resolved, a role resolved to its group."""

from dataclasses import dataclass, field

from spacy.tokens import Token

from app.extract.found import Place
from app.extract.parsed import Paragraph, ParsedArticle
from app.extract.quote_marks import quote_spans

# Words of rank or office written before a name ("Rep. Jane Roe", "Foreign Minister X"), compared without dots.
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "rev",
        "sir",
        "dame",
        "lord",
        "lady",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "president",
        "vice",
        "minister",
        "secretary",
        "ambassador",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "mayor",
        "judge",
        "justice",
        "attorney",
        "general",
        "lt",
        "col",
        "capt",
        "sgt",
        "maj",
        "gen",
        "adm",
        "cmdr",
        "officer",
        "chief",
        "ceo",
        "speaker",
        "leader",
        "councilman",
        "councilwoman",
        "councillor",
        "alderman",
        "congressman",
        "congresswoman",
        "del",
        "delegate",
        "commissioner",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "father",
        "sister",
        "brother",
        "deputy",
        "former",
        "prime",
        "foreign",
        "state",
        "interior",
        "defense",
        "treasury",
        "host",
        "spokesman",
        "spokeswoman",
        "candidate",
        "nominee",
        "sheriff",
        "coach",
        "cardinal",
        "bishop",
        "rabbi",
        "imam",
    ]
)
# Common nouns that speak for an organisation named after them ("a spokesman for the X", "a statement from X").
VOICES = frozenset(
    [
        "representative",
        "representatives",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "statement",
        "release",
        "official",
        "officials",
        "aide",
        "aides",
    ]
)
_GENDERS = {"he": "m", "him": "m", "his": "m", "mr": "m", "she": "f", "her": "f", "hers": "f", "mrs": "f", "ms": "f"}
_HE_SHE = frozenset({"he", "she", "him", "her", "his", "hers"})
_THEY = frozenset({"they", "them", "their"})
_IT = frozenset({"it", "its"})
_OWNER_PREPOSITIONS = frozenset({"for", "from", "of", "by", "at", "with"})
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


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


@dataclass
class Speakers:
    """What the article has named so far, to resolve pronouns, surnames and roles against."""

    full_names: dict[str, list[_Mention]] = field(default_factory=dict)  # surname -> people of that surname
    mentions: list[_Mention] = field(default_factory=list)  # names read so far, in order
    statement_owner: str | None = None
    last: Speaker | None = None
    genders: dict[str, list[str]] = field(default_factory=dict)  # full name -> "m"/"f" per clue
    _subject: str | None = None  # the person last named, while genders are learnt

    @classmethod
    def of(cls, article: ParsedArticle) -> "Speakers":
        speakers = cls()
        for number, paragraph in enumerate(article.paragraphs):
            for ent in paragraph.doc.ents:
                words = _trimmed([t for t in ent if not t.is_punct or t.text == "."])
                if ent.label_ == "PERSON" and len(words) >= 2:
                    mention = _Mention((number, ent.start), _join(words), True)
                    speakers.full_names.setdefault(words[-1].lower_, []).append(mention)
        for number, paragraph in enumerate(article.paragraphs):
            speakers._learn_genders(number, paragraph)
        return speakers

    def _learn_genders(self, number: int, paragraph: Paragraph) -> None:
        """Which people the article calls "he" and which "she": the first such pronoun after a person is
        named as a subject most often refers to them; an honorific says so outright."""
        spans = quote_spans(paragraph.text)
        for token in paragraph.doc:
            if any(span.start <= token.idx < span.end for span in spans):
                continue
            gender = _GENDERS.get(token.lower_.rstrip("."))
            if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
                ent = next(e for e in paragraph.doc.ents if e.start <= token.i < e.end)
                words = _trimmed(list(ent))
                name = self._full(_join(words), (number, token.i)) if words else None
                honorific = _GENDERS.get(paragraph.doc[ent.start - 1].lower_.rstrip(".")) if ent.start else None
                if name and honorific and paragraph.doc[ent.start - 1].pos_ == "PROPN":
                    self.genders.setdefault(name, []).append(honorific)
                self._subject = name if ent.root.dep_ in ("nsubj", "nsubjpass") else None
            elif gender and token.pos_ == "PRON" and self._subject:
                self.genders.setdefault(self._subject, []).append(gender)
                self._subject = None

    def read(self, number: int, paragraph: Paragraph, quoted: list[tuple[int, int]]) -> None:
        """Remember the names a paragraph gives outside its quotations, and whose statement it reports."""
        for ent in paragraph.doc.ents:
            if any(start <= ent.start_char < end for start, end in quoted):
                continue
            words = _trimmed(list(ent))
            # Pronouns refer back to who the story is about, so only the subjects of clauses are remembered.
            if words and ent.label_ in _ORG_LABELS | {"PERSON"} and ent.root.dep_ in ("nsubj", "nsubjpass"):
                name = self._full(_join(words), (number, ent.start))
                self.mentions.append(_Mention((number, ent.start), name, ent.label_ == "PERSON"))
        for token in paragraph.doc:
            if token.lemma_ == "statement":
                owner = _statement_owner(token)
                self.statement_owner = owner or self.statement_owner

    def said(self, speaker: Speaker, order: tuple[int, int]) -> None:
        self.last = speaker
        if speaker.name:
            self.mentions.append(_Mention(order, speaker.name, speaker.person))

    def resolve(self, number: int, paragraph: Paragraph, token: Token) -> Speaker:
        order = (number, token.i)
        lower = token.lower_
        if token.pos_ == "PRON":
            return Speaker(token.text, self._pronoun(lower, order), None, lower in _HE_SHE)
        if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG"):
            return self._named(number, paragraph, token)
        return self._nominal(paragraph, token)

    def _pronoun(self, lower: str, order: tuple[int, int]) -> str | None:
        if lower in _HE_SHE:
            gender = _GENDERS[lower]
            people = [m for m in self.mentions if m.person and m.order < order]
            fitting = [m for m in people if self._gender(m.name) in (gender, None)]
            return fitting[-1].name if fitting else people[-1].name if people else None
        if lower in _IT | _THEY:
            if self.last is not None and self.last.name and not self.last.person:
                return self.last.name
            groups = [m for m in self.mentions if not m.person and m.order < order]
            return groups[-1].name if groups else None
        return None

    def _gender(self, name: str) -> str | None:
        clues = self.genders.get(name, [])
        male, female = clues.count("m"), clues.count("f")
        return None if male == female else "m" if male > female else "f"

    def _named(self, number: int, paragraph: Paragraph, token: Token) -> Speaker:
        written = _name_tokens(token)
        words = _trimmed(written) or [token]
        name = self._full(_join(words), (number, token.i))
        person = token.ent_type_ == "PERSON" or words[-1].lower_ in self.full_names
        place = _place(paragraph, words)
        return Speaker(_join(written), name, place, person)

    def _nominal(self, paragraph: Paragraph, token: Token) -> Speaker:
        phrase = _phrase(token)
        text = _join(phrase)
        if token.lower_ in VOICES or token.lemma_ in VOICES:
            owner = _owner(token)
            if owner:
                return Speaker(text, _join(owner), _place(paragraph, owner), False)
            if token.lemma_ == "statement" and self.statement_owner:
                return Speaker(text, self.statement_owner, None, False)
        bare = [t for t in phrase if not (t.i == phrase[0].i and t.dep_ in ("det", "poss"))]
        return Speaker(text, _join(bare) or text, None, False)

    def _full(self, name: str, order: tuple[int, int]) -> str:
        """A lone surname becomes the full name it stands for: the latest one before, else the first after."""
        if " " in name:
            return name
        people = self.full_names.get(name.lower(), [])
        before = [m for m in people if m.order < order]
        chosen = before[-1] if before else people[0] if people else None
        return chosen.name if chosen else name


def _join(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return str(doc[tokens[0].i : tokens[-1].i + 1].text)


def _place(paragraph: Paragraph, tokens: list[Token]) -> Place | None:
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    return Place(paragraph.field, paragraph.offset + first.idx, paragraph.offset + last.idx + len(last.text))


def _name_tokens(token: Token) -> list[Token]:
    """The proper name a word belongs to: its entity, or the run of capitalised words ending at it."""
    doc = token.doc
    if token.ent_iob_ != "O":
        start = token.i
        while doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return [t for t in doc[start:end] if t.dep_ != "case"]
    start = token.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].text[:1].isupper():
        start -= 1
    return list(doc[start : token.i + 1])


def _trimmed(words: list[Token]) -> list[Token]:
    """A name without the titles, determiners and descriptions written before it."""
    last_title = max((i for i, t in enumerate(words) if t.lower_.rstrip(".") in TITLES), default=-1)
    words = words[last_title + 1 :]
    while words and (words[0].dep_ in ("det", "poss") or words[0].ent_type_ == "NORP" or not words[0].is_title):
        words = words[1:]
    while words and (words[-1].is_punct or words[-1].dep_ == "case"):
        words = words[:-1]
    return words


def _phrase(token: Token) -> list[Token]:
    """A noun phrase as written, without the clauses and appositives hung on it."""
    cut = token.right_edge.i
    for child in token.rights:
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj"):
            cut = min(cut, child.left_edge.i - 1)
    return [t for t in token.doc[token.left_edge.i : cut + 1] if not t.is_space]


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


def _statement_owner(token: Token) -> str | None:
    """Whose statement: the noun's owner, or the subject of the verb that issued or carried it."""
    owner = _owner(token)
    if owner:
        return _join(owner)
    verb = token.head
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head is not verb:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ in _ORG_LABELS)]
    return _join(_trimmed(_name_tokens(subjects[0]))) or None if subjects else None
