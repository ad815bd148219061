"""Which date stands in apposition to the one before it, told from the text between them."""

import pytest

from app.extract.date_appositions import in_apposition


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
