"""Which date restates the one before it, told from the text between them."""

import pytest

from app.extract.date_appositions import equated, in_apposition


@pytest.mark.parametrize(
    ("text", "apposed"),
    [
        ("on Friday, the day before the parade", True),
        ("on Friday , the day before the parade", True),
        ("on Friday and the day before the parade", False),
        ("on Friday, then again the day before the parade", False),
    ],
)
def test_only_a_comma_sets_a_date_in_apposition(text: str, apposed: bool) -> None:
    first, second = text.index("Friday"), text.index("the day")
    assert in_apposition(text, (first, first + len("Friday")), (second, second + len("the day before"))) is apposed


@pytest.mark.parametrize("verb", ["is", "was", "marks", "marked"])
def test_a_verb_of_being_alone_between_two_dates_equates_them(verb: str) -> None:
    text = f"Friday {verb} the eighth day of the strike"
    second = text.index("the eighth")
    assert equated(text, (0, len("Friday")), (second, second + len("the eighth day")))


def test_words_besides_the_verb_between_two_dates_do_not_equate_them() -> None:
    text = "Oct. 1 and this is the eighth day of the strike"
    second = text.index("the eighth")
    assert not equated(text, (0, len("Oct. 1")), (second, second + len("the eighth day")))
    # The control: the verb alone equates them.
    text = "Oct. 1 is the eighth day of the strike"
    second = text.index("the eighth")
    assert equated(text, (0, len("Oct. 1")), (second, second + len("the eighth day")))
