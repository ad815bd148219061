"""ALL-CAPS lines (headlines, datelines, result tables): the small model reads them badly, so such a line is
parsed again from a copy in ordinary case. The copy has the same length, so its offsets are the line's own."""

from collections import Counter
from collections.abc import Iterable
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from app.extract.mention_cleaning import Piece
from app.extract.names import alias_table
from app.extract.parsed import Paragraph, text_of, tokens_of
from app.vocabulary.capitals import PLACE_PARTICLES, reads_as_acronym_in_capitals
from app.vocabulary.datelines import PLACE_OPENERS
from app.vocabulary.names import GIVEN_NAMES

# A place named by one word of at most this many letters in capitals is an acronym ("UZA", "NKR"): countries go by
# three letters, and a town's name so short is rare; such a town keeps its capitals, the lesser harm.
_ACRONYM_PLACE_LETTERS = 3
# The most words of a country's name ("Papua New Guinea", "Bosnia and Herzegovina"): longer runs are not looked up.
_COUNTRY_WORDS = 3
# The lemmatizer's table of the words each part of speech has, and the parts whose words no name is.
_LEMMA_INDEX = "lemma_index"
_PLAIN_KINDS = ("verb", "adv")
# Endings of tense and number, longest first, cut from words of at least three letters more.
_ENDINGS = ("ing", "ed", "es", "s", "d")
_MIN_STEM = 3
# A line counts as ALL-CAPS when at least this share of its words (of two letters or more) are upper case.
_CAPS_SHARE = 0.6
# Endings a plural noun drops for its singular ("officials", "authorities", "witnesses").
_PLURALS = (("ies", "y"), ("es", ""), ("s", ""))


def is_all_caps(doc: Doc) -> bool:
    # Asked of every line: the tokens' lengths and flags (`is_upper` is `str.isupper` of the word) are read from the
    # vocabulary, where `token.text` would make a new string of every word.
    words = [token for token in tokens_of(doc) if token.is_alpha and len(token) > 1]
    upper = sum(token.is_upper for token in words)
    return bool(words) and upper >= _CAPS_SHARE * len(words) and any(len(token) > 2 for token in words)


def case_evidence(paragraphs: Iterable[Paragraph]) -> dict[str, str]:
    """How the article writes each word where it is not shouting: lower case form -> the commonest spelling."""
    spellings = Counter(
        token.text
        for paragraph in paragraphs
        for token in paragraph.tokens
        if token.is_alpha and not token.text.isupper()
    )
    # The commonest spelling of each word; of equally common ones, the first written (as Counter.most_common).
    commonest: dict[str, tuple[str, int]] = {}
    for spelling, count in spellings.items():
        lower = spelling.lower()  # what spaCy's `lower_` is
        if lower not in commonest or count > commonest[lower][1]:
            commonest[lower] = (spelling, count)
    return {lower: spelling for lower, (spelling, _) in commonest.items()}


def recased(doc: Doc, evidence: dict[str, str], common: frozenset[str]) -> str:
    """The line with every ALL-CAPS word written as the article writes it elsewhere, else a guess. `common`: the
    stems of the words it writes in lower case (`_common_stems`)."""
    text = text_of(doc)
    parts: list[str] = []
    position = 0
    for index, token in enumerate(tokens_of(doc)):
        parts.append(text[position : token.idx])
        parts.append(_word_case(token.text, index == 0, doc.vocab, evidence, common))
        position = token.idx + len(token.text)
    parts.append(text[position:])
    return "".join(parts)


def _common_stems(evidence: dict[str, str]) -> frozenset[str]:
    """The stems of the words the article writes in lower case."""
    return frozenset(_stem(lower) for lower, spelling in evidence.items() if spelling.islower())


def _stem(word: str) -> str:
    """A word less an ending of tense or number: a headline's "RESIGNS" and a story's "resigned" share "resign"."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


def _word_case(word: str, first: bool, vocab: Vocab, evidence: dict[str, str], common: frozenset[str]) -> str:
    if not word.isupper() or not any(char.isalpha() for char in word):
        return word
    lower = word.lower()
    if lower in evidence:
        known = evidence[lower]
        return known[0].upper() + known[1:] if first else known
    # A headline's verb or noun in another form of a word the story writes in lower case ("NAMES" beside "named").
    if vocab[lower].is_stop or _stem(lower) in common:
        return word[0] + lower[1:] if first else lower
    if reads_as_acronym_in_capitals(word):
        return word
    return "".join(_capitalise_part(part) for part in _split_keep(word))


def _split_keep(word: str) -> list[str]:
    """ "O'HARA" -> ["O'", "HARA"]; "STRATFORD-UPON-AVON" -> ["STRATFORD-", "UPON-", "AVON"]."""
    parts: list[str] = []
    current = ""
    for char in word:
        current += char
        if not char.isalpha():
            parts.append(current)
            current = ""
    if current:
        parts.append(current)
    return parts


def _capitalise_part(part: str) -> str:
    return part[0] + part[1:].lower()


def place_in_title_case(name: str) -> str:
    """A place's name written in capitals ("SAN ORVIDO DEL MONTE", "BRINDLE-ON-WENN") as running text writes it:
    each word and each hyphened part capitalised, particles inside it in lower case ("San Orvido del Monte",
    "Brindle-on-Wenn"); acronyms kept ("Q.Z.", "QZ", "UZA")."""
    words = name.split(" ")
    if len(words) == 1 and sum(char.isalpha() for char in name) <= _ACRONYM_PLACE_LETTERS:
        return name
    parts = [part.split("-") for part in words]
    return " ".join(
        "-".join(_place_part(part, first=i == 0 and j == 0) for j, part in enumerate(word))
        for i, word in enumerate(parts)
    )


def _place_part(part: str, first: bool) -> str:
    lower = part.lower()
    if lower in PLACE_PARTICLES:
        return _capitalise_part(part) if first else lower
    # "ST." and "MT" open places ("St. Aldric", "Mt Corran"), though dotted or without a vowel like an acronym.
    if lower.rstrip(".") not in PLACE_OPENERS and reads_as_acronym_in_capitals(part):
        return part
    return "".join(_capitalise_part(piece) for piece in _split_keep(part))


def recased_lines(nlp: Language, articles: list[list[Paragraph]]) -> list[dict[int, Doc]]:
    """Each article's ALL-CAPS paragraphs (by index), recased from the article's own spellings and parsed again, every
    article's in one `nlp.pipe` stream."""
    lines: list[tuple[int, int, str]] = []  # article, paragraph, recased text
    for number, paragraphs in enumerate(articles):
        loud = {index for index, paragraph in enumerate(paragraphs) if is_all_caps(paragraph.doc)}
        if loud:
            evidence = case_evidence(paragraph for index, paragraph in enumerate(paragraphs) if index not in loud)
            common = _common_stems(evidence)
            lines += [(number, index, recased(paragraphs[index].doc, evidence, common)) for index in sorted(loud)]
    found: list[dict[int, Doc]] = [{} for _ in articles]
    for (number, index, _), doc in zip(lines, nlp.pipe(text for *_, text in lines), strict=True):
        found[number][index] = doc
    return found


def shouted_countries(doc: Doc) -> list[Piece]:
    """The countries an ALL-CAPS line names ("CRICKET - HALDEN V COSTA RICA", "NORWAY BANK PROFIT UP"), the longest
    name first at each word: the small model misses many in a recased headline, or glues them to the next word.
    Meant after the line's other pieces, which win where they overlap."""
    tokens = tokens_of(doc)
    found: list[Piece] = []
    index = 0
    while index < len(tokens):
        size = next((n for n in range(_COUNTRY_WORDS, 0, -1) if _names_a_country(tokens[index : index + n], n)), 0)
        if size:
            last = tokens[index + size - 1]
            found.append(Piece(tokens[index].idx, last.idx + len(last.text), "GPE"))
        index += size or 1
    return found


def _names_a_country(words: tuple[Token, ...], size: int) -> bool:
    """Whether the words, `size` of them and each a word of letters, are a country's name."""
    return (
        len(words) == size
        and all(word.is_alpha for word in words)
        and alias_table().is_country(" ".join(word.text for word in words))
    )


@cache
def plain_words(nlp: Language) -> frozenset[str]:
    """The verbs and adverbs the pipeline's lemmatizer knows (its WordNet index), less common given names ("Bill",
    "Mark"): ordinary words, where a headline uses one the story never writes. Nouns are left out: the index holds
    places and peoples among them. Empty for a pipeline without a lookup lemmatizer."""
    return _lemma_words(nlp, _PLAIN_KINDS) - GIVEN_NAMES


@cache
def ordinary_nouns(nlp: Language) -> frozenset[str]:
    """The nouns the pipeline's lemmatizer knows: common ones ("congress", "court") and famous places ("paris"), which
    the tagger knows too; a small town's name is none of them. Empty for a pipeline without a lookup lemmatizer."""
    return _lemma_words(nlp, ("noun",))


@cache
def known_words(nlp: Language) -> frozenset[str]:
    """Every word the pipeline's lemmatizer knows, noun, verb, adjective or adverb: a small town's name is none of
    them, though the tagger may read it as one. Empty for a pipeline without a lookup lemmatizer."""
    return _lemma_words(nlp, ("noun", "adj", *_PLAIN_KINDS))


@cache
def adjectives(nlp: Language) -> frozenset[str]:
    """The adjectives the pipeline's lemmatizer knows ("golden", "silver", "quiet"), less common given names: few
    given names are adjectives, many titles and places open with one."""
    return _lemma_words(nlp, ("adj",)) - GIVEN_NAMES


def a_noun_of(word: str, nouns: frozenset[str]) -> bool:
    """Whether a lower-case word is one of `nouns`, or the plural of one ("officials", "authorities", "witnesses")."""
    return word in nouns or any(
        word.endswith(plural) and word[: -len(plural)] + singular in nouns for plural, singular in _PLURALS
    )


def _lemma_words(nlp: Language, kinds: tuple[str, ...]) -> frozenset[str]:
    """The words of these parts of speech in the lemmatizer's index; none without a lookup lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table(_LEMMA_INDEX):
        return frozenset()
    index = lookups.get_table(_LEMMA_INDEX)
    return frozenset(word for kind in kinds if kind in index for word in index[kind])
