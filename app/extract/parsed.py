"""An article's fields split into paragraphs and parsed by spaCy, with offsets back into each field (the parsing
itself is `parsing.parse_articles`)."""

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan  # a stretch of tokens; quote_marks' Span is one of characters

from app.extract.quote_marks import Span, quote_spans

# The fields extraction reads, in reading order.
CAPTION_FIELD = "caption"
FIELDS = ("title", CAPTION_FIELD, "body")
T = TypeVar("T")


def tokens_of(doc: Doc) -> tuple[Token, ...]:
    """The doc's tokens, made once: spaCy makes a new Token object for each one at every iteration and
    index, and the extractors read each paragraph's tokens a dozen times over."""
    found: tuple[Token, ...] | None = doc.user_data.get(_TOKENS)
    if found is None:
        found = doc.user_data[_TOKENS] = tuple(doc)
    return found


def words_of(span: DocSpan) -> list[Token]:
    """The span's tokens, from the doc's made once (`tokens_of`): iterating a span makes a new Token of each."""
    return list(tokens_of(span.doc)[span.start : span.end])


def first_joined(token: Token) -> Token:
    """The first of the words "and" or "or" join the token to ("Q3" for the "Q4" of "Q3 and Q4 models"): the one the
    parse links to the rest of the sentence, its role ("compound", "pobj") the role of them all."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def word_ending_at(token: Token) -> DocSpan:
    """The word that ends with the token, its hyphenated parts joined, which the tokenizer splits ("fly-half",
    "hit-and-run"): the token alone where no hyphen, written without spaces, comes before it."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not (doc[start - 2].whitespace_ or doc[start - 1].whitespace_):
        start -= 2
    return doc[start : token.i + 1]


def capitalised_run_end(doc: Doc, index: int) -> int:
    """The token index after the capitalised words from the index on, "of" between two of them included ("Liberation
    Army", "Republic of Tolvia")."""
    while index < len(doc) and (
        doc[index].is_title or (doc[index].lower_ == "of" and index + 1 < len(doc) and doc[index + 1].is_title)
    ):
        index += 1
    return index


def text_of(doc: Doc) -> str:
    """The doc's text, joined once: spaCy joins it from its tokens at every access. (Here and below the words are
    read into a list, not a generator: these walk every token of every paragraph, and a list is a sixth faster.)"""
    found: str | None = doc.user_data.get(_TEXT)
    if found is None:
        found = doc.user_data[_TEXT] = "".join([token.text_with_ws for token in tokens_of(doc)])
    return found


def kept(doc: Doc, key: str, make: Callable[[Doc], T]) -> T:
    """`make(doc)`, made once and kept in the doc's user_data under `key`: what the extractors ask of a paragraph
    again and again, which spaCy would make anew at each access. The lists read most (`texts_of`, `lowers_of` and the
    like, some 1,600 reads an article) look in the user_data themselves and call this only at the first: the call
    costs more than the look."""
    found: T | None = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = make(doc)
    return found


def kept_by_stretch(doc: Doc, key: str) -> dict[Any, Any]:
    """The dict kept in the doc's user_data under `key`, of what is made once for each stretch of words (`covering`,
    a name's trimmed words): `kept` with a closure would make the closure anew at each of some 300 reads an article."""
    found: dict[Any, Any] | None = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = {}
    return found


def covering(doc: Doc, start: int, end: int) -> DocSpan | None:
    """`doc.char_span(start, end, alignment_mode="expand")`, the tokens covering the characters, made once for each
    stretch: a mention's stretch is asked again by each rule that reads it (its use, its context, its sport, its head).
    None where no token is there."""
    spans: dict[tuple[int, int], DocSpan | None] = kept_by_stretch(doc, "newsdesk_covering")
    key = (start, end)
    if key not in spans:
        spans[key] = doc.char_span(start, end, alignment_mode="expand")
    return spans[key]


def entities_of(doc: Doc) -> tuple[DocSpan, ...]:
    """The doc's named entities, made once: spaCy walks every token and makes new spans at each `doc.ents`."""
    found = doc.user_data.get("newsdesk_entities")
    return found if found is not None else kept(doc, "newsdesk_entities", lambda doc: tuple(doc.ents))


def entities_in(span: DocSpan) -> list[DocSpan]:
    """`span.ents` (the entities wholly within the span) from the doc's entities made once."""
    return [entity for entity in entities_of(span.doc) if span.start <= entity.start and entity.end <= span.end]


def token_starts(doc: Doc) -> list[int]:
    """Where each of the doc's tokens starts (`token.idx`), in order, made once: the tokens that start inside a
    stretch of characters are then found by bisection rather than by asking every token."""
    return kept(doc, "newsdesk_token_starts", lambda doc: [token.idx for token in tokens_of(doc)])


def sentences_of(doc: Doc) -> tuple[DocSpan, ...]:
    """The doc's sentences, made once: spaCy walks every token and makes new spans at each `doc.sents`."""
    found = doc.user_data.get("newsdesk_sentences")
    return found if found is not None else kept(doc, "newsdesk_sentences", lambda doc: tuple(doc.sents))


def sentence_of(token: Token) -> DocSpan:
    """`token.sent`, from the doc's sentences made once (`sentences_of`), found by bisection on their starts: spaCy
    walks to the sentence's ends and makes a new span at each `.sent`, some ten times the cost."""
    doc = token.doc
    starts = kept(doc, "newsdesk_sentence_starts", _sentence_starts)  # a function made once, not a closure a call
    return sentences_of(doc)[bisect_right(starts, token.i) - 1]


def _sentence_starts(doc: Doc) -> list[int]:
    return [sentence.start for sentence in sentences_of(doc)]


def texts_of(doc: Doc) -> tuple[str, ...]:
    """Each token's `token.text`, by token index, read once: spaCy decodes a new string at every read, and a dozen
    checks walk every token of a paragraph for a word ("parties", a possessive)."""
    found = doc.user_data.get("newsdesk_texts")
    return (
        found
        if found is not None
        else kept(doc, "newsdesk_texts", lambda doc: tuple([token.text for token in tokens_of(doc)]))
    )


def lowers_of(doc: Doc) -> tuple[str, ...]:
    """Each token's `token.lower_`, by token index, read once, as `texts_of`: lowered from the texts read, which is
    what spaCy's `lower_` is (`str.lower` of the word, `spacy.lang.lex_attrs.lower`), at a third of its cost."""
    found = doc.user_data.get("newsdesk_lowers")
    return (
        found if found is not None else kept(doc, "newsdesk_lowers", lambda doc: tuple(map(str.lower, texts_of(doc))))
    )


def deps_of(doc: Doc) -> tuple[str, ...]:
    """Each token's `token.dep_`, by token index, read once as `texts_of`: for the loops that ask it of every word."""
    found = doc.user_data.get("newsdesk_deps")
    return (
        found
        if found is not None
        else kept(doc, "newsdesk_deps", lambda doc: tuple([token.dep_ for token in tokens_of(doc)]))
    )


def poses_of(doc: Doc) -> tuple[str, ...]:
    """Each token's `token.pos_`, by token index, read once as `texts_of`."""
    found = doc.user_data.get("newsdesk_poses")
    return (
        found
        if found is not None
        else kept(doc, "newsdesk_poses", lambda doc: tuple([token.pos_ for token in tokens_of(doc)]))
    )


def lemmas_of(doc: Doc) -> tuple[str, ...]:
    """Each token's `token.lemma_`, by token index, read once as `texts_of`."""
    return kept(doc, "newsdesk_lemmas", lambda doc: tuple([token.lemma_ for token in tokens_of(doc)]))


def entity_types_of(doc: Doc) -> tuple[str, ...]:
    """Each token's `token.ent_type_` (the tagger's type, "" outside its entities), by token index, read once as
    `texts_of`. (Read from the tokens: the doc's `to_array` of the ids, looked up in the string store, costs as much
    or more on a paragraph's few dozen words.)"""
    return kept(doc, "newsdesk_entity_types", lambda doc: tuple([token.ent_type_ for token in tokens_of(doc)]))


def lower_words(doc: Doc) -> frozenset[str]:
    """The lower case forms of the doc's tokens, as a set: whole-paragraph tests ("does it name a sport?")."""
    found = doc.user_data.get("newsdesk_lower_words")
    return found if found is not None else kept(doc, "newsdesk_lower_words", lambda doc: frozenset(lowers_of(doc)))


_TOKENS, _TEXT = "newsdesk_tokens", "newsdesk_text"


@dataclass(frozen=True)
class Paragraph:
    field: str
    offset: int  # where the paragraph starts in its field
    doc: Doc

    @property
    def text(self) -> str:
        return text_of(self.doc)

    @property
    def tokens(self) -> tuple[Token, ...]:
        return tokens_of(self.doc)

    @cached_property
    def quotations(self) -> tuple[Span, ...]:
        # Read twice, for the names said outside quotations and for the quotations themselves.
        return tuple(quote_spans(self.text))


@dataclass(frozen=True)
class ParsedArticle:
    texts: dict[str, str]  # field -> its full text
    paragraphs: tuple[Paragraph, ...]  # every field's paragraphs, fields in FIELDS order
    published: date | None
    # The pipeline that parsed it, whose lemmatizer's word lists extraction reads.
    nlp: Language = dataclasses.field(compare=False, repr=False)
    # Its ALL-CAPS paragraphs (by index in `paragraphs`), recased from its own spellings and parsed again: the small
    # model reads capitals badly (`mention_case`).
    recased: dict[int, Doc] = dataclasses.field(compare=False, repr=False)

    def of(self, field: str) -> list[Paragraph]:
        return [paragraph for paragraph in self.paragraphs if paragraph.field == field]


@dataclass(frozen=True)
class ArticleText:
    """What extraction needs of an article."""

    texts: dict[str, str]
    published: date | None


# Longer paragraphs are parsed in pieces cut at sentence ends: news paragraphs are far shorter, and
# the work per paragraph must stay bounded whatever a scraped page runs together.
MAX_PARAGRAPH_CHARS = 3000
# Paragraphs spaCy parses at a time.
PIPE_BATCH_SIZE = 64
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def paragraphs_of(article: ArticleText) -> Iterator[tuple[str, int, str]]:
    """What is parsed of an article: each paragraph (or piece of a long one) with its field and its offset there."""
    for field in FIELDS:
        if article.texts.get(field):
            for offset, line in _paragraph_spans(article.texts[field]):
                yield field, offset, line


def _paragraph_spans(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield from _pieces(offset, line)
        offset += len(line) + 1


def _pieces(offset: int, line: str) -> Iterator[tuple[int, str]]:
    while len(line) > MAX_PARAGRAPH_CHARS:
        window = line[:MAX_PARAGRAPH_CHARS]
        ends = [match.end() for match in _SENTENCE_END.finditer(window)]
        cut = ends[-1] if ends else (window.rfind(" ") + 1 or MAX_PARAGRAPH_CHARS)
        yield offset, line[:cut]
        offset, line = offset + cut, line[cut:]
    if line.strip():
        yield offset, line
