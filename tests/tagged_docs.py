"""Sentences parsed with the tagger's spans set by hand, for the entity rules that read them."""

from spacy.language import Language
from spacy.tokens import Doc

from app.extract.mention_heads import head_type


def tagged(nlp: Language, text: str, name: str, label: str) -> Doc:
    """The sentence parsed, its only tagger span the name's."""
    doc = nlp(text)
    span = doc.char_span(text.index(name), text.index(name) + len(name), label=label)
    assert span is not None
    doc.ents = [span]
    return doc


def head_type_of(nlp: Language, text: str, name: str) -> str:
    """The type the name's head word gives a name the tagger read as a person's."""
    start = text.index(name)
    return head_type(nlp(text), start, start + len(name), "PERSON")
