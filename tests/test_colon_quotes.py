"""Quotations a colon introduces: the subject of the clause before the colon speaks them, whatever its verb;
a clause whose subject is no one leaves them to the speaker before."""

import pytest

from tests.test_quotes import Extracted, only, quotes_of, speaker_name

# A paragraph in which someone else has just spoken.
_BEFORE = 'Mayor Tomas Ruiz opened the new footbridge on Monday.\n"It is a fine day for the town," Ruiz said.\n'


@pytest.mark.parametrize(
    "clause",
    [
        "The deputy mayor, Anna Kessler, was blunter:",
        "Anna Kessler put it simply:",
        "The treasurer, Anna Kessler, had a warning:",
        "Anna Kessler disagreed:",
        "Councillor Ben Ode stayed away. Anna Kessler was blunter:",
        "After Ben Ode spoke, the treasurer, Anna Kessler, had a warning:",
        "Anna Kessler said:",
        "The minister, Anna Kessler, told reporters:",
    ],
    ids=[
        "role-with-name-was-blunter",
        "put-it-simply",
        "had-a-warning",
        "disagreed",
        "after-another-sentence",
        "main-clause-after-another-speaker",
        "reporting-clause-said",
        "reporting-clause-told-reporters",
    ],
)
def test_quote_after_a_colon_belongs_to_the_subject_of_the_clause_before(extracted: Extracted, clause: str) -> None:
    quote = only(quotes_of(extracted, _BEFORE + clause + ' "We waited far too long."'), "waited")
    assert speaker_name(quote) == "Anna Kessler"


@pytest.mark.parametrize(
    "clause",
    ["The answer was short:", "Councillor Ben Ode stayed away. The answer was short:"],
    ids=["alone", "after-a-sentence-naming-someone"],
)
def test_clause_before_a_colon_that_names_nobody_leaves_the_quote_to_the_speaker_before(
    extracted: Extracted, clause: str
) -> None:
    quote = only(quotes_of(extracted, _BEFORE + clause + ' "We will not wait."'), "wait")
    assert speaker_name(quote) == "Tomas Ruiz"


def test_one_word_answer_after_a_colon_is_the_speaker_befores(extracted: Extracted) -> None:
    quote = only(quotes_of(extracted, _BEFORE + 'The answer was short: "No."'), "No")
    assert speaker_name(quote) == "Tomas Ruiz"


def test_owner_of_the_answer_before_a_colon_is_the_speaker(extracted: Extracted) -> None:
    quote = only(quotes_of(extracted, _BEFORE + 'Anna Kessler\'s answer was short: "We will not wait."'), "wait")
    assert speaker_name(quote) == "Anna Kessler"


@pytest.mark.parametrize(
    "opening",
    ["EASTPORT (Wire) - ", ""],
    ids=["after-a-dateline", "control-no-dateline"],
)
def test_quote_after_a_colon_belongs_to_the_subject_after_a_dateline_not_a_date(
    extracted: Extracted, opening: str
) -> None:
    clause = "The council spokeswoman, Anna Kessler, was blunt on Wednesday:"
    quote = only(quotes_of(extracted, opening + clause + ' "The mayor will not sign this bill."'), "sign")
    assert speaker_name(quote) == "Anna Kessler"


@pytest.mark.parametrize(
    "opening",
    ["MARLOW HEIGHTS (Wire) - ", "MARLOW (Wire) - "],
    ids=["a-place-of-two-words", "a-place-of-one-word"],
)
def test_quote_after_a_colon_belongs_to_the_subject_the_parse_hangs_on_a_dateline(
    extracted: Extracted, opening: str
) -> None:
    clause = "The press secretary, Dana Morrow, was blunt on Wednesday:"
    quote = only(quotes_of(extracted, opening + clause + ' "The board will not sign this bill."'), "sign")
    assert speaker_name(quote) == "Dana Morrow"
