"""The rows an article's extraction is stored as (app/store/extraction_rows.py)."""

from app.extract.found import Entity, Extraction, Mention, Place
from app.store.extraction_rows import extraction_rows, provisional

_SPELLINGS = ["Ilsa Varnholt", "Varnholt", "Ms Varnholt", "Dr Varnholt", "I. Varnholt", "Ilsa", "VARNHOLT", "Ms V."]


def _mentions(spellings: list[str]) -> list[Mention]:
    return [Mention(Place("body", 10 * i, 10 * i + len(s)), s, "PERSON") for i, s in enumerate(spellings)]


def test_an_entitys_spellings_are_named_in_the_order_the_article_writes_them() -> None:
    # Eight spellings: a set's order would match the article's once in 40,320 runs.
    extraction = Extraction(entities=[Entity("Ilsa Varnholt", "PERSON", _mentions(_SPELLINGS))])
    (naming,) = extraction_rows(extraction, provisional([1])).namings
    assert list(naming.written) == _SPELLINGS


def test_a_spelling_written_twice_is_named_once() -> None:
    extraction = Extraction(
        entities=[Entity("Ilsa Varnholt", "PERSON", _mentions(["Varnholt", "Ilsa Varnholt", "Varnholt"]))]
    )
    (naming,) = extraction_rows(extraction, provisional([1])).namings
    assert list(naming.written) == ["Varnholt", "Ilsa Varnholt"]
