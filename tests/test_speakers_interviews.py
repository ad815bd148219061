"""Whose an interview's answers are, read straight from the extractor on short invented articles: the one the story
says it put its questions to, under "A:" or their own initials or surname."""

import pytest

from tests.test_speakers import quotes, speaker_of

_BAKER = "Ada Lunn runs the Elm Street bakery."
_QUESTION = "Q: What does a loaf cost?\nA: Two crowns, the same as last year."


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Ada Lunn, who runs the Elm Street bakery, spoke to us this week.", "Ada Lunn"),
        ("We asked Ada Lunn, who runs the Elm Street bakery, about prices.", "Ada Lunn"),
        ("We asked Ada Lunn about the bread tax that Rolf Ekk announced.", "Ada Lunn"),
        (f"{_BAKER} We keep a list of her prices.", None),
        (_BAKER, None),
        (f"{_BAKER} We asked shoppers about prices.", None),
        (f"{_BAKER} Shoppers asked us about prices.", None),
        ("We spoke to Ada Lunn and Ivo Marr, who run the Elm Street bakery.", None),
    ],
    ids=[
        "spoke-to-us",
        "we-asked",
        "we-asked-about-someone-else",
        "control-we-without-an-interview",
        "control-no-introduction",
        "control-we-asked-a-crowd",
        "control-a-crowd-asked-us",
        "control-we-spoke-to-two",
    ],
)
def test_answers_without_a_first_person_word_are_the_interviewees_where_the_story_says_it_asked_them(
    introduction: str, speaker: str | None
) -> None:
    found = [quote.speaker_name for quote in quotes(f"{introduction}\n{_QUESTION}") if "crowns" in quote.text]
    assert found == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("label", "speaker"),
    [("AL", "Ada Lunn"), ("BK", "BK")],
    ids=["the-interviewees-initials", "control-anothers-initials"],
)
def test_an_answer_under_the_interviewees_initials_is_theirs(label: str, speaker: str) -> None:
    assert speaker_of(f"{_BAKER}\nQ: Why bread?\n{label}: Because I love it.", "love it") == speaker


@pytest.mark.parametrize(
    ("label", "speaker"),
    [("Lunn", "Lunn"), ("Marr", None)],
    ids=["the-one-word-interviewees-name", "control-another-name"],
)
def test_an_answer_under_the_name_of_an_interviewee_known_by_one_word_is_theirs(
    label: str, speaker: str | None
) -> None:
    text = f"We asked Lunn about prices.\nQ: Why bread?\n{label}: Because I love it."
    assert [quote.speaker_name for quote in quotes(text) if "love it" in quote.text] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("before", "speaker"),
    [("Q: And your hours?", "Ada Lunn"), ("The shop opened in spring.", None)],
    ids=["right-after-a-question", "control-after-the-storys-own-paragraph"],
)
def test_a_line_under_the_interviewees_surname_is_an_answer_only_right_after_a_question(
    before: str, speaker: str | None
) -> None:
    text = f"{_BAKER}\nQ: Why bread?\nA: Because I love it.\n{before}\nLunn: I bake at night."
    assert [quote.speaker_name for quote in quotes(text) if "at night" in quote.text] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("label", "speaker"),
    [("HARLAN FISK", "HARLAN FISK"), ("SEN. HARLAN FISK", "HARLAN FISK"), ("FISK", "FISK")],
    ids=["a-full-name", "a-full-name-after-a-title", "control-a-surname"],
)
def test_a_turn_under_a_full_name_in_capitals_is_the_whole_names(label: str, speaker: str) -> None:
    text = f"MODERATOR: Senator, your response?\n{label}: My record speaks for itself."
    assert speaker_of(text, "record speaks") == speaker
