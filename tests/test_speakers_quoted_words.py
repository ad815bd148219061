"""The words a paragraph's quotations hold, which the speakers' reading skips."""

import spacy

from app.extract.parsed import Paragraph
from app.extract.speakers import _words_within

_NLP = spacy.blank("en")


def test_the_words_that_start_inside_a_stretch_of_characters_are_within_it() -> None:
    paragraph = Paragraph("body", 0, _NLP('Arlo Venn said "we will win" and left.'))
    assert _words_within(paragraph, [(15, 28)]) == frozenset({3, 4, 5, 6, 7})


def test_a_word_that_starts_before_the_stretch_is_not_within_it_even_where_it_runs_into_it() -> None:
    paragraph = Paragraph("body", 0, _NLP("Arlo Venn said yes."))
    assert _words_within(paragraph, [(2, 9)]) == frozenset({1})
    assert _words_within(paragraph, []) == frozenset()
