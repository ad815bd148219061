"""The role a title before a name gives its bearer, and which titles are also given names (app/extract/titles.py)."""

import pytest

from app.extract.titles import given_name_title


@pytest.mark.parametrize(
    "words", [["Dean", "Arlo", "Venn"], ["Dean", "Arlo", "Venn", "Jr."]], ids=["full-name", "full-name-and-suffix"]
)
def test_a_title_that_is_also_a_given_name_is_a_title_before_a_full_name(words: list[str]) -> None:
    assert given_name_title(words)


@pytest.mark.parametrize(
    "words",
    [
        ["Dean", "Harlow"],
        ["Dean", "Harlow", "Jr."],
        ["Dean", "Van", "Horn"],
        ["Dean", "de", "la", "Rosa"],
        ["Mayor", "Arlo", "Venn"],
        ["Arlo", "Dean", "Venn"],
    ],
    ids=[
        "given-name-and-surname",
        "a-sons-suffix-after-the-surname",
        "a-surnames-particle",
        "a-surnames-particles-in-small-letters",
        "a-title-no-given-name-spells",
        "not-the-first-word",
    ],
)
def test_a_title_that_is_also_a_given_name_is_the_given_name_before_a_surname_alone(words: list[str]) -> None:
    assert not given_name_title(words)


def test_a_name_of_no_words_has_no_title_that_is_a_given_name() -> None:
    """A name the tagger made of punctuation alone is trimmed to no words: no title, and no error."""
    assert not given_name_title([])
    assert not given_name_title(["Dean"])  # near-miss: a title alone, written before no name
