"""Sentences parsed with the tagger's spans set by hand, for the entity rules that read them."""

from spacy.language import Language
from spacy.tokens import Doc


def tagged(nlp: Language, text: str, name: str, label: str) -> Doc:
    """The sentence parsed, its only tagger span the name's."""
    doc = nlp(text)
    span = doc.char_span(text.index(name), text.index(name) + len(name), label=label)
    assert span is not None
    doc.ents = [span]
    return doc
