"""A person's sex read from the words of their name: the commonest given names, which also say that a name is a
person's, and the less common ones after them, which say only the sex of someone known to be a person."""

import pytest

from app.extract.gender import name_gender, person_gender, title_gender
from app.vocabulary.names import GIVEN_NAMES


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Geraldine Lang", "f"),
        ("Wilbur Pike", "m"),
        ("Judith Lang", "f"),
        ("Colette Varnel", None),
    ],
    ids=["less-common-womans-name", "less-common-mans-name", "control-commonest", "control-unlisted"],
)
def test_a_less_common_given_name_tells_a_persons_sex(name: str, sex: str | None) -> None:
    assert person_gender(name) == sex


@pytest.mark.parametrize(
    ("name", "sex"), [("Florence Hall", None), ("Judith Hall", "f")], ids=["less-common", "control-commonest"]
)
def test_only_a_commonest_given_name_is_a_sign_that_a_name_is_a_persons(name: str, sex: str | None) -> None:
    assert name_gender(name) == sex


@pytest.mark.parametrize(("word", "given"), [("florence", False), ("mary", True)], ids=["place-name", "control"])
def test_a_given_name_that_names_places_too_tells_sex_but_not_that_a_name_is_a_persons(word: str, given: bool) -> None:
    assert person_gender(f"{word.title()} Abbot") == "f"
    assert (word in GIVEN_NAMES) == given


@pytest.mark.parametrize(
    ("word", "sex"),
    [("chairman", None), ("spokesman", None), ("chairwoman", "f"), ("spokeswoman", "f"), ("congressman", "m")],
    ids=["chairman", "spokesman", "control-chairwoman", "control-spokeswoman", "control-congressman"],
)
def test_an_office_word_british_usage_gives_women_too_tells_no_sex(word: str, sex: str | None) -> None:
    assert title_gender(word) == sex
