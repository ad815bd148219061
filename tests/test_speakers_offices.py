"""Who an office named again stands for, read straight from the extractor on short invented articles: a ranked
office beside a plain one, an office given with "swore in", an office of one place beside the same office of
another."""

import pytest

from tests.test_speakers import speaker_of


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Prime Minister Edo Varga met Health Minister Lin Sorra", "Lin Sorra"),
        ("Health Minister Lin Sorra met Prime Minister Edo Varga", "Lin Sorra"),
        ("Prime Minister Edo Varga met union leaders", "Edo Varga"),
        ("Prime Minister Edo Varga met Prime Minister Ruth Calla", "minister"),
        ("Health Minister Lin Sorra met Finance Minister Tomas Brell", "minister"),
    ],
    ids=[
        "plain-holder-named-last",
        "plain-holder-named-first",
        "control-the-ranked-holder-alone",
        "control-two-ranked-holders",
        "control-two-plain-holders",
    ],
)
def test_a_ranked_office_holds_its_head_word_only_where_no_one_holds_it_plainly(
    introduction: str, speaker: str
) -> None:
    text = f'{introduction} on Monday.\nThey discussed hospital waits.\n"Waits are too long," the minister said.'
    assert speaker_of(text, "too long") == speaker


def test_the_ranked_office_still_names_its_holder_beside_a_plain_one() -> None:
    text = (
        "Prime Minister Edo Varga met Health Minister Lin Sorra on Monday.\n"
        '"Waits are too long," the prime minister said.'
    )
    assert speaker_of(text, "too long") == "Edo Varga"


@pytest.mark.parametrize(
    ("office", "role", "speaker"),
    [("mayor", "the mayor", "Ben Orr"), ("treasurer", "the mayor", "mayor")],
    ids=["the-office-given", "control-another-office"],
)
def test_swearing_in_a_named_person_gives_them_the_office(office: str, role: str, speaker: str) -> None:
    text = f'The council swore in Ben Orr as {office} today.\nThe ceremony was short.\n"I am honoured," {role} said.'
    assert speaker_of(text, "honoured") == speaker


_TWO_GOVERNORS = "Governor Rell Amos of Tarn and Governor Pia Losk of Vessa met at the border.\nThey spoke for an hour."


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("the Vessa governor", "Pia Losk"),
        ("the Tarn governor", "Rell Amos"),
        ("the governor of Vessa", "Pia Losk"),
        ("the governor", "governor"),
        ("the Orlen governor", "Orlen governor"),
        ("the former Vessa governor", "former Vessa governor"),
    ],
    ids=[
        "second-place",
        "first-place",
        "place-after-of",
        "control-no-place-two-holders",
        "control-another-place",
        "control-a-former-holder",
    ],
)
def test_an_office_of_a_place_names_whom_the_story_gave_that_places_office(role: str, speaker: str) -> None:
    text = f'{_TWO_GOVERNORS}\n"We agree on the river," {role} said.'
    assert speaker_of(text, "the river") == speaker


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Mayor Ona Prattle of Brackley and Mayor Dov Sarn of Ellsworth signed the water pact.", "mayor"),
        ("Mayor Ona Prattle of Brackley signed the pact at the General Harbour Authority.", "Ona Prattle"),
    ],
    ids=["second-holder-the-tagger-missed", "control-a-title-word-opening-a-bodys-name"],
)
def test_a_name_the_tagger_missed_after_a_title_holds_that_office(introduction: str, speaker: str) -> None:
    text = f'{introduction}\nThe deal shares one reservoir.\n"It is a fair deal," the mayor said.'
    assert speaker_of(text, "fair deal") == speaker


def test_a_headlines_capitals_after_a_title_are_no_name() -> None:
    text = (
        "Governor Slams Tax Plan\nGovernor Irsa Tolle criticised the tax plan on Monday.\n"
        '"It is wasteful," the governor said.'
    )
    assert speaker_of(text, "wasteful") == "Irsa Tolle"


@pytest.mark.parametrize(
    ("introduction", "role", "speaker"),
    [
        ("Speaker of the House Tom Kell", "the speaker", "Tom Kell"),
        ("Speaker of the House Tom Kell", "the speaker of the house", "Tom Kell"),
        ("Secretary of State Ida Marn", "the secretary", "secretary"),
        ("Secretary of State Ida Marn", "the press secretary", "press secretary"),
    ],
    ids=["sole-office-by-its-word", "sole-office-in-full", "control-a-word-of-many-offices", "control-another-office"],
)
def test_an_office_one_to_a_body_is_named_again_by_its_word_alone(introduction: str, role: str, speaker: str) -> None:
    text = f'{introduction} called the vote for Thursday.\nMembers left early.\n"We have the numbers," {role} said.'
    assert speaker_of(text, "the numbers") == speaker


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Speaker of the House Tom Kell introduced the keynote speaker, Ann Brell.", "Ann Brell"),
        ("Speaker of the House Tom Kell introduced the guests.", "Tom Kell"),
    ],
    ids=["the-word-given-plainly-to-another", "control-no-one-else-given-the-word"],
)
def test_an_office_word_that_also_names_someone_in_no_office_yields_to_them(introduction: str, speaker: str) -> None:
    text = f'{introduction}\nThe hall was full.\n"Trade is changing," the speaker said.'
    assert speaker_of(text, "Trade") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The Governor of the Savings Bank of Quellmarsh, Edda Stroom, told reporters: "Rates will hold."',
            "Edda Stroom",
        ),
        (
            'The Governor of the Savings Bank of Quellmarsh told reporters: "Rates will hold."',
            "Governor of the Savings Bank of Quellmarsh",
        ),
    ],
    ids=["holder-set-off-by-commas", "control-the-office-alone"],
)
def test_a_title_of_a_body_with_its_holder_beside_it_is_the_holder_speaking(text: str, speaker: str) -> None:
    assert speaker_of(text, "Rates") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Chairman of the Grain Board Edda Stroom said: "Rates will hold."', "Edda Stroom"),
        ('President of the Union of Millers Edda Stroom said: "Rates will hold."', "Edda Stroom"),
        # The pinned model reads the first title as a proper noun, the second as a common noun.
        ('Governor of the Reserve Bank Tovela Bruk said: "Rates will hold."', "Tovela Bruk"),
        ('Governor of the Central Bank Edda Stroom said: "Rates will hold."', "Edda Stroom"),
        ('Chairman of the Board of Grain Trade said: "Rates will hold."', "Chairman of the Board of Grain Trade"),
        ('Chairman of the Grain Board Jo Judge said: "Rates will hold."', "Jo Judge"),
    ],
    ids=[
        "holder-run-on-after-the-body",
        "holder-after-the-bodys-place",
        "title-read-as-a-name",
        "title-read-as-a-common-noun",
        "control-a-bodys-name-without-a-holder",
        "holder-whose-surname-is-a-title",
    ],
)
def test_a_name_run_on_after_a_title_and_its_body_is_the_holder_speaking(text: str, speaker: str) -> None:
    assert speaker_of(text, "Rates") == speaker


@pytest.mark.parametrize(
    ("initials", "speaker"),
    [("CFO", "Jens Orr"), ("CEO", "CEO")],
    ids=["the-offices-initials", "control-anothers-initials"],
)
def test_an_office_written_in_its_initials_is_whom_the_story_gave_it(initials: str, speaker: str) -> None:
    text = (
        "Calder Freight named Jens Orr as chief financial officer in March.\n"
        f'On the call, the {initials} said the company was "comfortable" with its debt.'
    )
    assert speaker_of(text, "comfortable") == speaker


@pytest.mark.parametrize(
    ("initials", "speaker"),
    [("CFO", "Mark Tollan"), ("COO", "COO")],
    ids=["the-offices-initials", "control-initials-of-no-office-given"],
)
def test_initials_pick_the_chief_officer_of_those_titled_in_one_sentence(initials: str, speaker: str) -> None:
    text = (
        "Chief executive Susan Carter and chief financial officer Mark Tollan met analysts.\n"
        f'"We are cutting debt faster than planned," the {initials} said.'
    )
    assert speaker_of(text, "cutting debt") == speaker


@pytest.mark.parametrize(
    ("office", "speaker"),
    [("chief trade officer", "Jens Orr"), ("commerce trade officer", "CTO")],
    ids=["a-chief-officer", "control-initials-of-an-office-of-other-words"],
)
def test_only_a_chief_officers_initials_stand_for_the_office(office: str, speaker: str) -> None:
    text = f'Calder Freight named Jens Orr as {office} in March.\nOn the call, the CTO said: "Exports are comfortable."'
    assert speaker_of(text, "comfortable") == speaker


@pytest.mark.parametrize(
    ("appositive", "speaker"),
    [("Edda Stroom", "Edda Stroom"), ("Port Aldwin", "Governor of the Central Bank, Port Aldwin")],
    ids=["holder", "control-a-place-after-the-body"],
)
def test_a_place_named_after_a_title_and_its_body_is_not_the_holder(appositive: str, speaker: str) -> None:
    text = f'The Governor of the Central Bank, {appositive}, told reporters: "Rates will hold."'
    assert speaker_of(text, "Rates") == speaker


@pytest.mark.parametrize(
    ("office", "speaker"),
    [("chief executive", "Pia Ostrand"), ("chief economist", "CEO")],
    ids=["the-chief-executive-is-the-ceo", "control-another-chief-is-not"],
)
def test_the_ceo_is_whom_the_story_named_chief_executive_without_officer(office: str, speaker: str) -> None:
    text = f'Harbeck Energy named Pia Ostrand as {office} on Monday.\n"I am glad to be here," the CEO said.'
    assert speaker_of(text, "glad to be here") == speaker


@pytest.mark.parametrize(
    ("office", "speaker"),
    [("chief financial officer", "Sarah Cole"), ("chief economist", "CFO")],
    ids=["a-chief-officer-beside-the-name", "control-another-chief-beside-the-name"],
)
def test_initials_name_whom_a_role_beside_the_name_gave_a_chief_officers_office(office: str, speaker: str) -> None:
    text = f'Sarah Cole, the {office}, met analysts on Monday.\n"Demand is strong," the CFO said.'
    assert speaker_of(text, "Demand is strong") == speaker


@pytest.mark.parametrize(
    "introduction",
    [
        "Calder Freight named Jens Orr {office} chief financial officer in March.",
        "Jens Orr, the {office} chief financial officer, met analysts in March.",
        "Calder Freight said its {office} chief financial officer, Jens Orr, met analysts in March.",
    ],
    ids=["appointed", "beside-the-name", "before-the-name"],
)
@pytest.mark.parametrize(
    ("office", "speaker"),
    [("acting", "Jens Orr"), ("interim", "Jens Orr"), ("deputy", "CFO")],
    ids=["acting-holds-the-office", "interim-holds-the-office", "control-a-deputy-holds-another"],
)
def test_one_acting_in_a_chief_office_is_whom_its_initials_name_but_not_a_deputy(
    introduction: str, office: str, speaker: str
) -> None:
    text = introduction.format(office=office) + '\n"Demand is strong," the CFO said.'
    assert speaker_of(text, "Demand is strong") == speaker


@pytest.mark.parametrize(
    ("office", "role", "speaker"),
    [
        ("the acting chief executive", "the CEO", "Dorin Lask"),
        ("the acting chief executive", "the chief executive", "Dorin Lask"),
        ("the deputy chief executive", "the CEO", "CEO"),
    ],
    ids=["initials-of-the-office-acted-in", "the-office-acted-in", "control-a-deputy-holds-another-office"],
)
def test_one_acting_in_an_office_is_named_by_it_and_its_initials(office: str, role: str, speaker: str) -> None:
    text = f'Dorin Lask, {office}, toured the plant.\n"We will hire again," {role} said.'
    assert speaker_of(text, "hire again") == speaker


@pytest.mark.parametrize(
    ("beside", "speaker"),
    [("the chief executive of Brightwater Flour", "Renata Sollis"), ("a maker of flour", "CEO")],
    ids=["a-persons-role", "control-a-description"],
)
def test_a_name_the_tagger_missed_is_a_persons_where_a_role_is_set_beside_it(beside: str, speaker: str) -> None:
    text = f'Renata Sollis, {beside}, spoke to analysts.\n"Demand is recovering," the CEO said.'
    assert speaker_of(text, "recovering") == speaker
