"""Who speaks where a body or an office is written around a name, read straight from the extractor on short invented
articles: a body's document or voice given with its possessive, a body named for the people it serves, a title that
is also a given name after the words of its office."""

import pytest

from tests.test_speakers import speaker_of


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("The Fenwick Water Authority raised rates in May.", "Fenwick Water Authority"),
        ("Rates rose in May.", "authority's statement"),
    ],
    ids=["the-body-named-before", "control-no-body-named"],
)
def test_a_statement_given_with_a_bodys_possessive_is_the_bodys(first: str, speaker: str) -> None:
    text = f'{first}\nThe authority\'s statement said the rise was "unavoidable given costs."'
    assert speaker_of(text, "unavoidable") == speaker


def test_a_voice_given_with_a_bodys_possessive_speaks_for_the_body() -> None:
    text = 'The Quennel County Council met on Monday.\n"The budget protects services," the council\'s spokesman said.'
    assert speaker_of(text, "protects") == "Quennel County Council"


def test_a_role_given_with_a_bodys_possessive_stays_the_role() -> None:
    text = 'The Ashby Board of Elections met on Monday.\n"Every ballot was counted," the board\'s chairman said.'
    assert speaker_of(text, "ballot") == "board's chairman"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [("Children's Hospital", "Children's Hospital"), ("Tolliver's Hospital", "hospital")],
    ids=["the-people-it-serves", "control-an-owners-possessive"],
)
def test_a_body_named_for_the_people_it_serves_keeps_their_word(body: str, speaker: str) -> None:
    text = f'{body} treated 14 patients after the crash.\n"All are stable," the hospital said.'
    assert speaker_of(text, "stable") == speaker


@pytest.mark.parametrize(
    ("name", "speaker"),
    [
        ("College Dean Maribel Ostrander", "Maribel Ostrander"),
        ("Dean Maribel Ostrander", "Maribel Ostrander"),
        ("Anselm Dean Tolliver Shaw", "Anselm Dean Tolliver Shaw"),
        ("Odile Dean Tolliver Shaw", "Odile Dean Tolliver Shaw"),
        ("Dean Harlow", "Dean Harlow"),
    ],
    ids=[
        "after-its-office",
        "first",
        "control-a-middle-name",
        "control-a-middle-name-after-a-rare-given-name",
        "control-a-given-name",
    ],
)
def test_a_title_that_is_a_given_name_is_trimmed_after_the_words_of_its_office(name: str, speaker: str) -> None:
    assert speaker_of(f'"Tuition will not rise," {name} said on Monday.', "Tuition") == speaker


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Pastor Ezra Tamsell leads Pellbrook Church.", "Pellbrook Church"),
        ("Pastor Ezra Tamsell spoke at the church.", "church"),
        ("Pastor Ezra Tamsell left Pellbrook Church and now leads Hollin Street Church.", "church"),
        ("Pastor Ezra Tamsell left Pellbrook Church for St Anne's Church.", "church"),
        ("Pellworth Church and St Anne's Church held a vigil.", "church"),
    ],
    ids=[
        "named-as-an-object",
        "control-no-church-named",
        "control-two-churches-named",
        "control-a-church-the-tagger-missed",
        "control-two-churches-speaking",
    ],
)
def test_an_institution_speaks_by_its_head_noun_however_its_name_was_given(first: str, speaker: str) -> None:
    assert speaker_of(f'{first}\n"We are praying," the church said.', "praying") == speaker
