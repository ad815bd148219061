"""ALL-CAPS lines (headlines, datelines, result tables): the small model reads them badly, so such a line is
parsed again from a copy in ordinary case. The copy has the same length, so its offsets are the line's own."""

from collections import Counter
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from app.extract.parsed import Paragraph, text_of, tokens_of
from app.vocabulary.capitals import reads_as_acronym_in_capitals

# A line counts as ALL-CAPS when at least this share of its words (of two letters or more) are upper case.
_CAPS_SHARE = 0.6


def is_all_caps(doc: Doc) -> bool:
    words = [token.text for token in tokens_of(doc) if token.is_alpha and len(token.text) > 1]
    upper = sum(word.isupper() for word in words)
    return bool(words) and upper >= _CAPS_SHARE * len(words) and any(len(word) > 2 for word in words)


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


def recased(doc: Doc, evidence: dict[str, str]) -> str:
    """The line with every ALL-CAPS word written as the article writes it elsewhere, else a guess."""
    text = text_of(doc)
    parts: list[str] = []
    position = 0
    for index, token in enumerate(tokens_of(doc)):
        parts.append(text[position : token.idx])
        parts.append(_word_case(token.text, index == 0, doc.vocab, evidence))
        position = token.idx + len(token.text)
    parts.append(text[position:])
    return "".join(parts)


def _word_case(word: str, first: bool, vocab: Vocab, evidence: dict[str, str]) -> str:
    if not word.isupper() or not any(char.isalpha() for char in word):
        return word
    lower = word.lower()
    if lower in evidence:
        known = evidence[lower]
        return known[0].upper() + known[1:] if first else known
    if vocab[lower].is_stop:
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


def reparsed(nlp: Language, paragraphs: list[Paragraph], evidence: dict[str, str]) -> list[Doc]:
    """The ALL-CAPS paragraphs recased and parsed again, all in one `nlp.pipe` batch."""
    return list(nlp.pipe(recased(paragraph.doc, evidence) for paragraph in paragraphs))
