"""Quotes and their speakers, through GET /quotes on short invented articles."""

from collections.abc import Callable
from typing import Any

import pytest

Extracted = Callable[..., list[dict[str, Any]]]


def quotes_of(extracted: Extracted, text: str, **fields: str) -> list[dict[str, Any]]:
    return extracted("quotes", text, published="2021-03-04", **fields)


def speaker_name(quote: dict[str, Any]) -> str | None:
    return quote["speaker"]["name"] if quote["speaker"] else None


def only(quotes: list[dict[str, Any]], words: str) -> dict[str, Any]:
    found = [quote for quote in quotes if words in quote["text"]]
    assert len(found) == 1, [quote["text"] for quote in quotes]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        'Orla Brennan chairs the harbour board.\n"The pier will reopen in spring," said Orla Brennan.',
        "Orla Brennan chairs the harbour board.\n“The pier will reopen in spring,” said Orla Brennan.",
        'Orla Brennan chairs the harbour board.\n“The pier will reopen in spring," said Orla Brennan.',
        "Orla Brennan chairs the harbour board.\n”The pier will reopen in spring,” said Orla Brennan.",
    ],
    ids=["straight", "curly", "curly-then-straight", "closing-glyph-opens"],
)
def test_direct_quote_in_any_marks_is_found_without_its_marks(extracted: Extracted, text: str) -> None:
    quote = only(quotes_of(extracted, text), "pier")
    assert quote["text"] == "The pier will reopen in spring,"
    assert quote["kind"] == "direct"
    assert speaker_name(quote) == "Orla Brennan"


def test_offsets_point_at_the_quoted_words(extracted: Extracted) -> None:
    text = 'Tomas Ruiz leads the union.\n"We will not sign," Tomas Ruiz said.'
    quote = only(quotes_of(extracted, text), "sign")
    assert quote["field"] == "body"
    assert text[quote["start"] : quote["end"]] == quote["text"]


def test_apostrophes_do_not_end_a_quotation(extracted: Extracted) -> None:
    text = "Dana Kowalski runs the bakery.\n“We don’t close, and the owners’ rule is firm,” Dana Kowalski said."
    quote = only(quotes_of(extracted, text), "close")
    assert quote["text"] == "We don’t close, and the owners’ rule is firm,"


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Morvane: 'Flood Damage Is Severe'", ["Flood Damage Is Severe"]),
        ("Morvane: Voters 'Tired of Floods'", ["Tired of Floods"]),
        ("Morvane: Voters 'Tired of Floods' in Harlow", ["Tired of Floods"]),
        ("Watch: 'Flood Damage Is Severe'", []),
        ("Morvane Reads 'Flood Damage Is Severe'", []),
        ("Review: 'Flood Damage' Is a Triumph", []),
        ("Harlow: Voters Brace for 'Flood Damage Is Severe'", []),
    ],
    ids=[
        "after-a-name-and-a-colon",
        "words-between",
        "the-headline-going-on-in-lower-case",
        "control-after-a-kicker",
        "control-a-title-in-a-sentence",
        "control-a-title-the-headline-goes-on-after",
        "control-a-clause-of-the-headlines-own-leads-to-it",
    ],
)
def test_title_case_words_after_a_headlines_name_and_colon_are_a_quote(
    extracted: Extracted, title: str, quoted: list[str]
) -> None:
    text = "The mayor Ilse Morvane spoke on Friday about the flood."
    assert [quote["text"] for quote in quotes_of(extracted, text, title=title)] == quoted


def test_single_quoted_words_in_a_headline_are_a_quote(extracted: Extracted) -> None:
    text = "The mayor Isaura Morales spoke on Friday about the flood.\nShe said the damage was severe."
    quotes = quotes_of(extracted, text, title="Mayor Morales: Flood Damage ‘worse than we feared’")
    quote = only(quotes, "feared")
    assert quote["field"] == "title"
    assert quote["text"] == "worse than we feared"


def test_partial_quote_belongs_to_the_subject_of_the_reporting_clause(extracted: Extracted) -> None:
    text = "Senator Paula Nyberg said the new rules “go too far” and would hurt farmers."
    quote = only(quotes_of(extracted, text), "too far")
    assert quote["kind"] == "partial"
    assert quote["cue"] == "said"
    assert speaker_name(quote) == "Paula Nyberg"


def test_quote_split_by_its_attribution_gives_two_quotes_with_one_speaker(extracted: Extracted) -> None:
    text = "Coach Marcus Bell watched the game.\n“We played hard,” Bell says. “Next week we win.”"
    quotes = quotes_of(extracted, text)
    first, second = only(quotes, "played"), only(quotes, "Next week")
    assert speaker_name(first) == speaker_name(second) == "Marcus Bell"
    assert first["kind"] == second["kind"] == "direct"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Tove Lund spoke at the pier.\n"Yes," Lund said, "we will build it."', ["Yes,", "we will build it."]),
        ('Tove Lund starred in "Gulls," "Harbour" and "Tide," she said.', []),
    ],
    ids=["split-by-its-attribution", "list-of-titles"],
)
def test_one_capitalised_word_is_a_quote_only_when_its_attribution_splits_it_from_the_rest(
    extracted: Extracted, text: str, words: list[str]
) -> None:
    assert sorted(quote["text"] for quote in quotes_of(extracted, text)) == words


def test_quotation_without_closing_mark_runs_into_next_paragraph(extracted: Extracted) -> None:
    text = (
        "Hana Sato, the museum director, described the theft.\n"
        '“They came at night. Nobody heard a thing," she said. “The alarm was off.\n'
        "“By morning the gallery was empty.”"
    )
    quotes = quotes_of(extracted, text)
    quote = only(quotes, "alarm")
    assert "By morning the gallery was empty." in quote["text"]
    assert speaker_name(quote) == "Hana Sato"


@pytest.mark.parametrize(
    "text",
    [
        "“We ran for our lives,” recalls “Ahmed” (not his real name), who now lives abroad.",
        "A nurse, “Lena” (a pseudonym), described the ward.",
        "The group calls the plan “Progress” in its leaflets.",
    ],
    ids=["pseudonym-speaker", "pseudonym", "label-word"],
)
def test_quoted_name_or_label_word_is_not_a_quote(extracted: Extracted, text: str) -> None:
    quotes = quotes_of(extracted, f"{text}\n“The wards are full,” said Dr. Isaura Moro.")
    assert only(quotes, "wards")["text"] == "The wards are full,"  # the control: a quote in the same text
    assert all(quote["text"] not in ("Ahmed", "Lena", "Progress") for quote in quotes)


def test_pseudonym_in_quotes_can_still_be_the_speaker(extracted: Extracted) -> None:
    text = "“We ran for our lives,” recalls “Ahmed” (not his real name), who now lives abroad."
    quote = only(quotes_of(extracted, text), "lives")
    assert quote["speaker_text"] == "Ahmed"


def test_title_of_a_show_is_not_a_quote(extracted: Extracted) -> None:
    text = "Rosa Pinto appeared on “Good Morning Riverside” to talk about taxes. “Taxes are too high,” she said."
    assert [quote["text"] for quote in quotes_of(extracted, text)] == ["Taxes are too high,"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“The river is rising,” Amir Haddad told reporters.", "told"),
        ("Amir Haddad declared: “The river is rising.”", "declared"),
        ("“The river is rising,” wrote Amir Haddad in a blog post.", "wrote"),
        ("“The river is rising,” recalls Amir Haddad.", "recalls"),
        ("According to Amir Haddad, “the river is rising.”", "according to"),
        ("In the words of Amir Haddad, the flood is “the river rising.”", "in the words of"),
    ],
    ids=["told", "colon", "inverted-wrote", "inverted-recalls", "according-to", "in-the-words-of"],
)
def test_cue_before_or_after_names_the_speaker(extracted: Extracted, text: str, cue: str) -> None:
    quote = only(quotes_of(extracted, text), "river")
    assert quote["cue"] == cue
    assert speaker_name(quote) == "Amir Haddad"


@pytest.mark.parametrize("cue", ["chanted", "yelled", "muttered", "wondered", "said"])
def test_a_raised_or_lowered_voice_names_the_speaker(extracted: Extracted, cue: str) -> None:
    text = f"Nora Bly waded in.\n“Is the river rising?” Amir Haddad {cue}."
    quote = only(quotes_of(extracted, text), "river")
    assert speaker_name(quote) == "Amir Haddad"


def test_speaker_is_trimmed_to_the_name(extracted: Extracted) -> None:
    text = "“The budget is a disgrace,” said Rep. Carla Mendes, 61, a Democrat from Oregon."
    quote = only(quotes_of(extracted, text), "budget")
    assert speaker_name(quote) == "Carla Mendes"


def test_paragraph_that_is_only_quotation_inherits_the_previous_speaker(extracted: Extracted) -> None:
    text = (
        "“The roads are a mess,” said Piet de Vries, who sits on the council.\n"
        "“Every winter the same potholes come back and nobody fixes them.”"
    )
    quote = only(quotes_of(extracted, text), "potholes")
    assert speaker_name(quote) == "Piet de Vries"


def test_colon_at_end_of_paragraph_announces_the_next_quote(extracted: Extracted) -> None:
    text = "Governor Elena Ruiz then turned to the crowd and said:\n“We will rebuild every school.”"
    quote = only(quotes_of(extracted, text), "rebuild")
    assert speaker_name(quote) == "Elena Ruiz"


@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_pronoun_resolves_to_the_person_named_before(extracted: Extracted, pronoun: str) -> None:
    text = f"Jordan Okafor took the stand on Monday.\n“I saw the truck,” {pronoun} said."
    quote = only(quotes_of(extracted, text), "truck")
    assert quote["speaker_text"] == pronoun
    assert speaker_name(quote) == "Jordan Okafor"


def test_bare_surname_resolves_to_the_full_name(extracted: Extracted) -> None:
    text = "Beatrix Helmot opened the trial.\n“The evidence is clear,” Helmot said."
    quote = only(quotes_of(extracted, text), "evidence")
    assert quote["speaker_text"] == "Helmot"
    assert speaker_name(quote) == "Beatrix Helmot"


def test_representative_of_a_group_resolves_to_the_group(extracted: Extracted) -> None:
    text = "A spokesman for the Coastal Fishers Union told a local paper, “Our boats stay in port.”"
    quote = only(quotes_of(extracted, text), "boats")
    assert quote["speaker_text"].startswith("A spokesman")
    assert "Coastal Fishers Union" in speaker_name(quote)


def test_statement_resolves_to_the_organisation_that_issued_it(extracted: Extracted) -> None:
    text = (
        "The Northern Rail Company released a statement on Tuesday.\n"
        "“Services will resume within days,” the statement read. It then described the strike as “regrettable.”"
    )
    quotes = quotes_of(extracted, text)
    for words in ("Services", "regrettable"):
        assert "Northern Rail Company" in (speaker_name(only(quotes, words)) or "")


def test_same_quote_twice_is_one_quote(extracted: Extracted) -> None:
    text = (
        "“Nobody is above the law,” said Judge Mara Lind.\n"
        "The ruling came after a long trial.\n"
        "“Nobody is above the law,” Lind repeated as she left."
    )
    quotes = [quote for quote in quotes_of(extracted, text) if "above the law" in quote["text"]]
    assert len(quotes) == 1
    assert quotes[0]["start"] == text.index("Nobody")


def test_markup_attributes_are_not_quotes(extracted: Extracted) -> None:
    text = 'Li Wei posted a photo.\n<post author="liwei" id="42">Sunny day</post>\n"It was a lovely day," Li Wei said.'
    assert [quote["text"] for quote in quotes_of(extracted, text)] == ["It was a lovely day,"]


@pytest.mark.parametrize(
    "turn",
    ["We have the votes and we will pass the bill.", "That's not the votes."],
    ids=["name-read-as-a-name", "name-read-as-a-verb"],
)
def test_transcript_turn_is_a_quote_of_its_speaker(extracted: Extracted, turn: str) -> None:
    text = f"Host Ann Price interviewed Senator Orrin Wickham.\nWICKHAM: {turn}"
    quote = only(quotes_of(extracted, text), "votes")
    assert speaker_name(quote) == "Orrin Wickham"


@pytest.mark.parametrize("name", ["PIKE", "JOAN PIKE"], ids=["surname", "full-name"])
def test_transcript_turn_in_a_full_name_in_capitals_is_a_quote_of_its_speaker(extracted: Extracted, name: str) -> None:
    text = f"Host Ann Price interviewed Senator Joan Pike.\n{name}: They are welcome to their votes."
    quote = only(quotes_of(extracted, text), "votes")
    assert speaker_name(quote) == "Joan Pike"


def test_transcript_turn_in_a_hyphened_name_in_capitals_is_a_quote_of_its_speaker(extracted: Extracted) -> None:
    text = "Host Ann Price interviewed Senator Ana-Lise Pike.\nANA-LISE PIKE: They are welcome to their votes."
    assert speaker_name(only(quotes_of(extracted, text), "votes")) == "Ana-Lise Pike"


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("PIKE", "Joan Pike"),
        ("JOAN PIKE, HOST", "Joan Pike"),
        ("JOAN PIKE (R-EASTPORT)", "Joan Pike"),
        ("JOAN PIKE (R), EASTPORT", "Joan Pike"),
        ("MODERATOR (JOAN PIKE)", "Joan Pike"),
    ],
    ids=[
        "control-name-alone",
        "role-after-a-comma",
        "party-tag-in-brackets",
        "party-and-state-apart",
        "name-in-brackets-after-a-role",
    ],
)
def test_transcript_turn_label_names_its_speaker_beside_a_role_or_tag(
    extracted: Extracted, label: str, speaker: str
) -> None:
    text = f"Ann Quist interviewed Senator Joan Pike.\n{label}: They are welcome to their votes."
    quote = only(quotes_of(extracted, text), "votes")
    assert speaker_name(quote) == speaker


@pytest.mark.parametrize(
    ("label", "quoted"),
    [
        ("UPDATE, TUESDAY", []),
        ("WASHINGTON, D.C.", []),
        ("NEW HARLOW, N.H.", []),
        ("PHOTO (STAFF)", []),
        ("JOAN PIKE, HOST", ["Schools stay closed through Wednesday."]),
    ],
    ids=[
        "a-note-and-its-day",
        "a-place-and-its-district",
        "a-place-and-its-states-initials",
        "a-credit-in-brackets",
        "control-a-full-name-and-role",
    ],
)
def test_a_place_a_note_or_a_credit_before_a_colon_is_no_turn(
    extracted: Extracted, label: str, quoted: list[str]
) -> None:
    text = f"Ann Quist interviewed Senator Joan Pike.\n{label}: Schools stay closed through Wednesday."
    assert [quote["text"] for quote in quotes_of(extracted, text)] == quoted


def test_turns_under_names_in_title_case_are_quotes_of_their_speakers(extracted: Extracted) -> None:
    text = (
        "Ann Quist interviewed Senator Joan Pike.\nQuist: Will the bill pass?\nPike: It will pass this week."
        "\nQuist: And then?\nPike: We rest."
    )
    quotes = quotes_of(extracted, text)
    assert [(quote["text"], speaker_name(quote)) for quote in quotes] == [
        ("Will the bill pass?", "Ann Quist"),
        ("It will pass this week.", "Joan Pike"),
        ("And then?", "Ann Quist"),
        ("We rest.", "Joan Pike"),
    ]


@pytest.mark.parametrize(
    ("lines", "quoted"),
    [
        ("Courier: What comes first?\nPike: Jobs.\nCourier: And then?\nPike: Roads.", ["Jobs.", "Roads."]),
        ("Pike: Backs the levy.\nCourier: Fair?\nPike: Opposes the toll.", []),
        ("Courier: What comes first?\nPike: Jobs.", []),
        ("Courier: Can Pike Win?\nPike: Odds Long\nCourier: Will the Levy Pass?\nPike: Too Close to Call", []),
    ],
    ids=[
        "each-answer-after-a-question",
        "control-an-answer-before-any-question",
        "control-one-answer",
        "control-headlines-without-a-stop",
    ],
)
def test_one_persons_turns_each_after_a_label_that_only_asks_are_an_interview(
    extracted: Extracted, lines: str, quoted: list[str]
) -> None:
    text = f"Senator Joan Pike spoke with the Harlow Courier.\n{lines}"
    quotes = quotes_of(extracted, text)
    assert [(quote["text"], speaker_name(quote)) for quote in quotes] == [(words, "Joan Pike") for words in quoted]


@pytest.mark.parametrize(
    "lines",
    [
        "Pike: It will pass this week.",
        "Harlow: It will pass this week.\nQuist: Thank you?",
        "Quist: Backs the levy.\nPike: Opposes the levy.",
    ],
    ids=["one-person-alone", "a-place-and-one-person", "no-question-asked"],
)
def test_lines_under_title_case_names_are_no_turns_without_two_people_taking_them_and_a_question(
    extracted: Extracted, lines: str
) -> None:
    text = f"Ann Quist interviewed Senator Joan Pike in Harlow.\n{lines}"
    assert [quote["text"] for quote in quotes_of(extracted, text)] == []


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("This interview has been edited for length and clarity.", "We will pass the bill."),
        ("Follow Orrin Wickham on Twitter @owickham.", "We will pass the bill."),
        ("Listen to the full interview on our website.", "We will pass the bill."),
        ("Transcript provided by Harlow Radio.", "We will pass the bill."),
        ("Follow the money, as always.", "We will pass the bill. Follow the money, as always."),
    ],
    ids=["edited", "follow-on-twitter", "full-interview", "transcript-by", "a-sentence-of-the-turn"],
)
def test_transcript_turn_ends_before_the_publications_note(extracted: Extracted, note: str, said: str) -> None:
    text = f"Host Ann Price interviewed Senator Orrin Wickham.\nWICKHAM: We will pass the bill. {note}"
    assert [quote["text"] for quote in quotes_of(extracted, text)] == [said]


@pytest.mark.parametrize("label", ["CORRECTION", "CLARIFICATION", "EDITOR'S NOTE"])
def test_editors_note_in_capitals_is_not_a_transcript_turn(extracted: Extracted, label: str) -> None:
    text = f"Senator Tom Reyes spoke on Monday.\n{label}: An earlier version of this story misstated the date."
    assert quotes_of(extracted, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mark Olsen chairs the board. Laura Baines spoke after the vote.\n“We will not wait,” he said.",
        "Mr. Olsen chairs the board. Ms. Baines spoke after the vote.\n“We will not wait,” he said.",
        "Dale Olsen chairs the board. Tove Baines spoke after the vote. She left early.\n“We will not wait,” he said.",
    ],
    ids=["given-names", "honorifics", "pronoun-clue"],
)
def test_pronoun_skips_the_latest_person_of_the_other_sex(extracted: Extracted, text: str) -> None:
    quote = only(quotes_of(extracted, text), "wait")
    assert "Olsen" in (speaker_name(quote) or "")


def test_pronoun_of_a_sex_no_one_named_has_is_left_unresolved(extracted: Extracted) -> None:
    text = "Mr. Robert Hale runs the mill.\n“Prices rose all year,” she said."
    quote = only(quotes_of(extracted, text), "Prices")
    assert speaker_name(quote) is None


def test_surname_speaker_stays_the_person_beside_an_organisation_named_after_them(extracted: Extracted) -> None:
    text = (
        "Grace Okafor spoke at the gala of the Okafor Foundation on Friday.\n"
        "“We raised a record sum this year,” Okafor said."
    )
    quote = only(quotes_of(extracted, text), "record sum")
    assert speaker_name(quote) == "Grace Okafor"


@pytest.mark.parametrize("dash", ["”― ", "” ― ", "”\u00a0― "], ids=["glued", "spaced", "no-break-space"])
def test_quote_signed_with_a_dash_belongs_to_the_name_after_it(extracted: Extracted, dash: str) -> None:
    text = f"Readers wrote in.\n“Best decision we ever made.{dash}Tilda Marsh\n“It cost too much.” ― Owen Pratt"
    quotes = quotes_of(extracted, text)
    assert only(quotes, "Best")["speaker_text"] == "Tilda Marsh"
    assert only(quotes, "cost")["speaker_text"] == "Owen Pratt"


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [(" ― Tilda Marsh.", "Tilda Marsh"), (" ― Tilda Marsh wrote that on Monday.", "Piet Aalders")],
    ids=["signed", "dash-then-a-sentence"],
)
def test_signature_ending_a_paragraph_signs_its_quotations_over_a_clause_without_a_reporting_verb(
    extracted: Extracted, signature: str, speaker: str
) -> None:
    text = f"Readers wrote in.\n“The town needs a new bridge.” Piet Aalders gives us “a better tomorrow.”{signature}"
    quotes = quotes_of(extracted, text)
    assert speaker_name(only(quotes, "new bridge")) == speaker
    assert speaker_name(only(quotes, "tomorrow")) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Tom Lee said we need “a new plan.”", "Tom Lee"),
        ("“Roads first.” Tom Lee: “a new plan.”", "Tom Lee"),
        ("Tom Lee was blunt: “We need a new plan.” “Taxes stay.”", "Tom Lee"),
        ("Tom Lee gave us “a new plan.” “Taxes stay.”", "Ann Roe"),
    ],
    ids=["reporting-verb", "label", "colon", "no-reporting-verb"],
)
def test_quotation_whose_own_clause_names_its_speaker_keeps_it_in_a_signed_paragraph(
    extracted: Extracted, paragraph: str, speaker: str
) -> None:
    quotes = quotes_of(extracted, f"Readers wrote in.\n{paragraph} ― Ann Roe")
    assert speaker_name(only(quotes, "new plan")) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Fix the roads.” ― Ann Roe; “Lower the taxes.” ― Bob Doe.", "Ann Roe"),
        ("“Fix the roads.” “Mend the bridge.” ― Ann Roe. “Lower the taxes.” ― Bob Doe.", "Ann Roe"),
        ("“Fix the roads.” “Mend the bridge.” “Lower the taxes.” ― Bob Doe.", "Bob Doe"),
    ],
    ids=["each-signed", "two-signed-then-one", "all-signed-once"],
)
def test_signature_ending_a_paragraph_signs_only_the_quotations_after_an_earlier_signature(
    extracted: Extracted, paragraph: str, speaker: str
) -> None:
    quotes = quotes_of(extracted, f"Readers wrote in.\n{paragraph}")
    assert speaker_name(only(quotes, "roads")) == speaker
    assert speaker_name(only(quotes, "taxes")) == "Bob Doe"


@pytest.mark.parametrize(
    ("sign_off", "speaker"), [(" — AP", "Tom Lee"), (" ― Ann Roe", "Ann Roe")], ids=["wire", "person"]
)
def test_wire_services_sign_off_signs_no_quotation_of_the_paragraph(
    extracted: Extracted, sign_off: str, speaker: str
) -> None:
    quotes = quotes_of(extracted, f"Readers wrote in.\nTom Lee gave us “a new plan.” “Taxes stay.”{sign_off}")
    assert speaker_name(only(quotes, "new plan")) == speaker


def test_signed_paragraph_whose_quotation_is_glued_to_the_word_before_it_leaves_the_article_readable(
    extracted: Extracted,
) -> None:
    text = "Readers wrote in.\nThe sign read x“closed” ― Ann Roe\n“We reopen in May.” ― Ann Roe"
    assert speaker_name(only(quotes_of(extracted, text), "reopen")) == "Ann Roe"


def test_headline_label_before_a_colon_is_the_speaker(extracted: Extracted) -> None:
    text = "Grace Okafor leads the farmers' union and spoke on Monday."
    quotes = quotes_of(extracted, text, title="Okafor: new tariffs ‘will hurt every farmer’")
    assert speaker_name(only(quotes, "every farmer")) == "Grace Okafor"


def test_quote_after_a_reporting_sentence_in_its_paragraph_is_that_speakers(extracted: Extracted) -> None:
    text = 'Talks stalled.\nThe bridge will close in May, Ellen Voss said. "Drivers should plan other routes."'
    assert speaker_name(only(quotes_of(extracted, text), "Drivers")) == "Ellen Voss"


def test_cue_just_before_the_quote_wins_over_an_earlier_verb(extracted: Extracted) -> None:
    text = (
        "Mayor Nora Quill opened the session.\n"
        "Councillor Ben Ott said fees would rise, and when asked about refunds, the mayor replied, "
        "“None are planned.”"
    )
    quote = only(quotes_of(extracted, text), "None are")
    assert quote["cue"] == "replied"
    assert quote["speaker_text"] == "the mayor"
    assert speaker_name(quote) == "Nora Quill"


def test_common_noun_subject_with_a_name_in_apposition_is_that_name(extracted: Extracted) -> None:
    text = "The plan drew fire. Another critic, Ruth Abara, called the scheme “reckless and rushed.”"
    assert speaker_name(only(quotes_of(extracted, text), "reckless")) == "Ruth Abara"


def test_relative_clause_on_an_appositive_speaks_for_the_name(extracted: Extracted) -> None:
    text = "Voters cheered Hal Brenner, the party chairman, who said the count was “beyond any doubt.”"
    assert speaker_name(only(quotes_of(extracted, text), "beyond")) == "Hal Brenner"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Governor Lena Park urged crews to make sure everything is “ready for winter.”", "winter"),
        ("Judge Lena Park wrote that the law “plainly” suggests a different reading.", "plainly"),
    ],
    ids=["thing-pronoun-subject", "quoted-adverb-of-a-cue"],
)
def test_a_thing_is_never_the_speaker_over_the_person_reporting(extracted: Extracted, text: str, words: str) -> None:
    assert speaker_name(only(quotes_of(extracted, text), words)) == "Lena Park"


def test_according_to_wins_over_a_subject_that_cannot_speak(extracted: Extracted) -> None:
    text = "According to a court filing by the city, the contractors ran a “deliberate scheme” for years."
    quote = only(quotes_of(extracted, text), "deliberate")
    assert quote["cue"] == "according to"
    assert "filing" in quote["speaker_text"]


def test_speaker_text_keeps_the_title_as_written(extracted: Extracted) -> None:
    text = "“The vote is close,” said Sen. Ada Helmot of Maine."
    quote = only(quotes_of(extracted, text), "vote")
    assert quote["speaker_text"] == "Sen. Ada Helmot"
    assert speaker_name(quote) == "Ada Helmot"


def test_relative_pronoun_speaks_for_the_noun_before_it(extracted: Extracted) -> None:
    text = "The council asked the Harbor Authority, which reported “412 closures” last year."
    assert speaker_name(only(quotes_of(extracted, text), "closures")) == "Harbor Authority"


@pytest.mark.parametrize(
    "text",
    [
        "“Who could have predicted this?” Isaura Varga said, looking out at the flooded square below.",
        "“Where is the money?” Isaura Varga demanded.",
        "The levy was, as Isaura Varga put it, “a tax on hope.”",
    ],
    ids=["name-said-after-question", "demanded", "as-x-put-it"],
)
def test_more_reporting_clauses_name_the_speaker(extracted: Extracted, text: str) -> None:
    quote = quotes_of(extracted, text)[0]
    assert quote["speaker_text"] == "Isaura Varga"


def test_open_quote_does_not_run_into_a_paragraph_with_its_own_speaker(extracted: Extracted) -> None:
    text = (
        "“The pay offer is an insult,” Rosa Kim said. “We will strike until it changes.\n"
        "“We have made our final offer,” said Victor Lund, the company's director."
    )
    quotes = quotes_of(extracted, text)
    assert speaker_name(only(quotes, "strike")) == "Rosa Kim"
    assert speaker_name(only(quotes, "final offer")) == "Victor Lund"


def test_partial_quote_in_an_adverbial_clause_belongs_to_its_subject(extracted: Extracted) -> None:
    text = 'Dina Hesk said nothing at all while Governor Paul Verne kept talking about "reckless spending."'
    assert speaker_name(only(quotes_of(extracted, text), "reckless")) == "Paul Verne"


def test_participle_after_a_passive_clause_speaks_for_its_subject(extracted: Extracted) -> None:
    text = 'The storm hit the coast on Monday. Lena Fiske was asked about the damage, saying it was "worse than ever."'
    assert speaker_name(only(quotes_of(extracted, text), "worse")) == "Lena Fiske"


def test_saying_after_a_relative_clause_belongs_to_the_sentence_subject(extracted: Extracted) -> None:
    text = (
        "Omar Tull was defensive when pressed about a contractor who said he was never paid, "
        'saying, "He did poor work."'
    )
    assert speaker_name(only(quotes_of(extracted, text), "poor work")) == "Omar Tull"


def test_footage_of_someone_speaking_gives_them_the_words(extracted: Extracted) -> None:
    text = 'The new ad shows footage of Rita Vance asking, "Where were you last winter?"'
    assert speaker_name(only(quotes_of(extracted, text), "last winter")) == "Rita Vance"


def test_per_a_source_after_a_quote_is_its_attribution(extracted: Extracted) -> None:
    text = "The club met on Friday.\nMembers cannot vote by proxy “when choosing a new chair,” per the club's charter."
    quote = only(quotes_of(extracted, text), "new chair")
    assert quote["cue"] == "per"
    assert quote["speaker_text"] == "the club's charter"


def test_document_speaks_for_whoever_released_it(extracted: Extracted) -> None:
    text = 'Carla Moss released a short letter on Monday that says the plant is in "excellent shape."'
    assert speaker_name(only(quotes_of(extracted, text), "excellent")) == "Carla Moss"


def test_pronoun_in_a_subordinate_clause_means_the_person_of_its_sex_just_named(extracted: Extracted) -> None:
    text = (
        "Mayor Tom Reyes spoke on Monday. Ms. Ana Ortiz replied on Tuesday.\n"
        'Mayor Tom Reyes criticised Ana Ortiz after she blamed the flooding on "years of neglect."'
    )
    assert speaker_name(only(quotes_of(extracted, text), "neglect")) == "Ana Ortiz"


def test_pronoun_can_mean_the_owner_of_the_subject_before(extracted: Extracted) -> None:
    text = "Hugo Marsh's campaign stalled in May.\n“We regroup now,” he said."
    assert speaker_name(only(quotes_of(extracted, text), "regroup")) == "Hugo Marsh"


def test_participle_on_a_thing_does_not_make_the_thing_a_speaker(extracted: Extracted) -> None:
    text = "Ruth Gale leads the charity.\nThe board replaced the old rule with new language calling for “fair limits.”"
    quote = only(quotes_of(extracted, text), "fair limits")
    assert "language" not in (quote["speaker_text"] or "")


def test_speaker_named_only_by_appositive_role_is_a_person_for_later_pronouns(extracted: Extracted) -> None:
    text = (
        '"Nobody checked the valves," said Ilse Dromwell, the union\'s safety director.\n'
        'Dromwell said inspections stopped years ago. She called for "an independent audit of every plant."'
    )
    quote = only(quotes_of(extracted, text), "independent audit")
    assert speaker_name(quote) == "Ilse Dromwell"


def test_pronoun_resolves_to_name_given_in_apposition_to_the_subject(extracted: Extracted) -> None:
    text = (
        "Tomas Ferrell ran the ferry for 20 years.\n"
        "His niece, Odile Ferrell-Kane, who now runs it, said the crossing had changed.\n"
        '"The tourists come in July and leave in August," she said.'
    )
    quote = only(quotes_of(extracted, text), "tourists")
    assert speaker_name(quote) == "Odile Ferrell-Kane"


@pytest.mark.parametrize(
    "intro",
    ['A farmer identified only as "R." said he fled at night.', 'A farmer referred to as "Old Tam" said he fled.'],
    ids=["identified-only-as", "referred-to-as"],
)
def test_name_given_as_identification_is_not_a_quote(extracted: Extracted, intro: str) -> None:
    text = f'{intro}\n"They took our papers and burned them," he said.'
    assert [quote["text"] for quote in quotes_of(extracted, text)] == ["They took our papers and burned them,"]


def test_pronoun_after_a_pseudonym_refers_to_the_pseudonymous_person(extracted: Extracted) -> None:
    text = (
        "Mirela Costa runs the shelter.\n"
        'One nurse, whom the group calls "Maryam" (not her real name), said she was held for a month. '
        '"They took our papers and burned them," she told researchers.'
    )
    quote = only(quotes_of(extracted, text), "papers")
    assert quote["speaker_text"] == "she"
    assert speaker_name(quote) == "Maryam"


def test_word_set_off_as_a_label_is_not_a_quote_in_the_headline_either(extracted: Extracted) -> None:
    text = (
        'The so-called "bargain" would cost the county $3 million. "Nobody read the contract," said auditor Rhea Dunn.'
    )
    quotes = quotes_of(extracted, text, title="Auditors question county 'bargain'")
    assert [quote["text"] for quote in quotes] == ["Nobody read the contract,"]


def test_single_quoted_word_that_nobody_said_is_a_scare_quote(extracted: Extracted) -> None:
    text = 'The agency\'s "reforms" have left the waiting list longer.\n"We are hiring," a spokeswoman said.'
    assert [quote["text"] for quote in quotes_of(extracted, text)] == ["We are hiring,"]


def test_body_attribution_wins_over_a_headline_for_the_same_quote(extracted: Extracted) -> None:
    title = "Port Chief Calls Dredging Plan ‘A Lifeline’ As Fishermen Cry Foul"
    text = (
        f"{title}\n"
        "Agnes Vollmer, the harbour's director, on Monday backed the plan, calling it “a lifeline” for the port."
    )
    quote = only(quotes_of(extracted, text, title=title), "ifeline")
    assert speaker_name(quote) == "Agnes Vollmer"


def test_quotation_after_a_sentence_saying_someone_talked_is_theirs(extracted: Extracted) -> None:
    text = (
        "Benedikt Aalto, 71, kept the mill running until 2004. Last month he sat by the river and talked "
        "about those years.\n"
        '"The wheel never stopped in winter. We chipped the ice off it every morning before dawn."'
    )
    quote = only(quotes_of(extracted, text), "wheel")
    assert speaker_name(quote) == "Benedikt Aalto"


def test_scare_quote_is_not_said_by_the_speaker_of_the_next_sentence(extracted: Extracted) -> None:
    text = 'The council\'s "savings" have closed two libraries. "We had no choice," a council spokesman said.'
    assert [quote["text"] for quote in quotes_of(extracted, text)] == ["We had no choice,"]


def test_single_quoted_word_in_a_sentence_that_attributes_it_is_a_quote(extracted: Extracted) -> None:
    text = 'The council\'s cuts were "reckless", a union spokesman said. "We will fight them," he added.'
    assert [quote["text"] for quote in quotes_of(extracted, text)] == ["reckless", "We will fight them,"]


def test_quoted_words_saying_how_a_verb_is_done_are_the_reporters_not_the_verbs_subjects(extracted: Extracted) -> None:
    text = (
        "Isaura Varga told the council that the mayor had \u201cwrongly and repeatedly\u201d suggested that the bridge"
        " would close."
    )
    assert speaker_name(only(quotes_of(extracted, text), "wrongly and repeatedly")) == "Isaura Varga"


@pytest.mark.parametrize(
    ("middle", "quoted"),
    [
        ('"Incompetent," she said.', True),
        ('"Lifeline," the agency\'s plan, was dropped.', False),
        ('"Lifeline" was dropped in May, she said.', False),
    ],
    ids=["closed-by-a-clause-reporting-speech", "closed-by-an-appositive", "told-of-before-the-clause"],
)
def test_capitalised_word_is_a_quote_when_a_clause_reporting_speech_closes_its_sentence(
    extracted: Extracted, middle: str, quoted: bool
) -> None:
    text = f'Sen. Irma Ober had harsh words for the agency. {middle} "It is simply a mess," she said.'
    quotes = quotes_of(extracted, text)
    assert speaker_name(only(quotes, "mess")) == "Irma Ober"  # the control: a quote in the same text
    assert any(quote["text"].startswith(("Incompetent", "Lifeline")) for quote in quotes) == quoted


@pytest.mark.parametrize(
    ("label", "speaker"),
    [("THE CLAIM", "Ida Quarles"), ("THE FACTS", "Ida Quarles"), ("PIKE", "Roy Pike")],
    ids=["claim", "facts", "control-a-speakers-turn"],
)
def test_a_fact_checks_section_label_is_no_speakers_turn(extracted: Extracted, label: str, speaker: str) -> None:
    text = f'Ida Quarles ran an ad; Roy Pike answered.\n{label}: "Crime has doubled." — Ida Quarles, in an ad.'
    quote = only(quotes_of(extracted, text), "Crime has doubled")
    assert speaker_name(quote) == speaker


@pytest.mark.parametrize(
    ("question", "answer", "quoted"),
    [
        ("Q: Why now?", "A: Our roof leaks.", ["Our roof leaks."]),
        ("**Q. Why now?**", "A. Our roof leaks.", ["Our roof leaks."]),
        ("The roof is old.", "A: Our roof leaks.", []),
        ("Q: Why now?", 'A: "Our roof leaks."', ["Our roof leaks."]),
        (
            "Q: Why now?",
            'A: "Our roof leaks," he says, "and we must fix it."',
            ['"Our roof leaks," he says, "and we must fix it."'],
        ),
    ],
    ids=[
        "colons",
        "bold-question-and-full-stops",
        "control-no-question-asked",
        "the-answer-in-quotation-marks",
        "control-marks-within-the-answer",
    ],
)
def test_an_interviews_answer_is_a_quote_once_a_question_is_asked(
    extracted: Extracted, question: str, answer: str, quoted: list[str]
) -> None:
    text = f"Tilda Marsh runs the Eastport library.\n{question}\n{answer}"
    assert [quote["text"] for quote in quotes_of(extracted, text)] == quoted


@pytest.mark.parametrize(
    ("answer", "quoted"),
    [("A: The levy adds 6 cents a gallon.", []), ("A: I think it adds 6 cents.", ["I think it adds 6 cents."])],
    ids=["the-publication-answers", "control-the-one-asked-answers"],
)
def test_an_explainers_answers_are_no_quotes(extracted: Extracted, answer: str, quoted: list[str]) -> None:
    text = f"Tilda Marsh signed the fuel levy.\nQ: How much will fuel cost?\n{answer}"
    assert [quote["text"] for quote in quotes_of(extracted, text)] == quoted


def test_an_interviews_answer_is_the_person_the_story_was_about_before_the_questions(extracted: Extracted) -> None:
    text = "Tilda Marsh runs the Eastport library. She spoke to Ray Obi.\nQ: Why now?\nA: Our roof leaks, Ray."
    quote = only(quotes_of(extracted, text), "roof")
    assert speaker_name(quote) == "Tilda Marsh"


@pytest.mark.parametrize(
    ("heading", "speakers"),
    [("Amir Haddad\n", ["Tilda Marsh", "Amir Haddad"]), ("", ["Tilda Marsh", "Tilda Marsh"])],
    ids=["a-line-naming-the-next-one-asked", "control-no-such-line"],
)
def test_a_line_naming_a_person_alone_heads_the_questions_put_to_them(
    extracted: Extracted, heading: str, speakers: list[str]
) -> None:
    text = (
        "Ann Quist asked Tilda Marsh and Amir Haddad about the library.\nTilda Marsh\nQ: Why now?\nA: Our roof leaks."
        f"\n{heading}Q: Why now?\nA: My lease ends."
    )
    assert [speaker_name(quote) for quote in quotes_of(extracted, text)] == speakers


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Tilda Marsh runs the library. Reporter Ray Obi has covered it since 2019.", "Tilda Marsh"),
        ("Reporter Ray Obi spoke with Tilda Marsh, who runs the library. Obi has known her for years.", "Tilda Marsh"),
        ("Tilda Marsh runs the library. Ray Obi has covered it since 2019.", "Ray Obi"),
    ],
    ids=["a-journalist-named-last", "a-journalist-the-only-subject", "control-no-journalists-role"],
)
def test_an_interviews_answer_is_never_the_journalists_who_asks(extracted: Extracted, lead: str, speaker: str) -> None:
    quote = only(quotes_of(extracted, f"{lead}\nQ: Why now?\nA: Our roof leaks."), "roof")
    assert speaker_name(quote) == speaker


@pytest.mark.parametrize(
    ("last", "quoted"),
    [
        ('"Follow Ann Quist on Twitter @annquist."', ["We will pass the bill,"]),
        ('"Follow the money, as always."', ["We will pass the bill,", "Follow the money, as always."]),
        (
            '"Follow the money on Twitter and you get nowhere," Wickham said.',
            ["We will pass the bill,", "Follow the money on Twitter and you get nowhere,"],
        ),
    ],
    ids=["follow-on-twitter", "control-a-quoted-sentence", "a-notes-words-said-by-someone"],
)
def test_the_publications_note_in_a_quoted_transcript_is_no_quote(
    extracted: Extracted, last: str, quoted: list[str]
) -> None:
    text = f'Ann Quist interviewed Senator Orrin Wickham.\n"We will pass the bill," Wickham said.\n{last}'
    assert [quote["text"] for quote in quotes_of(extracted, text)] == quoted


@pytest.mark.parametrize(
    ("label", "speaker"),
    [("WATCH", "Ida Quarles"), ("EXCLUSIVE", "Ida Quarles"), ("PIKE", "Roy Pike")],
    ids=["watch", "exclusive", "control-a-speakers-turn"],
)
def test_a_kicker_in_capitals_is_no_speakers_turn(extracted: Extracted, label: str, speaker: str) -> None:
    text = f"Ida Quarles lost; Roy Pike won.\n{label}: Quarles says the count was 'rigged'"
    quote = only(quotes_of(extracted, text), "rigged")
    assert speaker_name(quote) == speaker


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ('Related: "Harlow council delays its vote"', []),
        ('Tilda Marsh said: "Harlow council delays its vote"', ["Harlow council delays its vote"]),
        ('Up next: the Senate, where Tilda Marsh vowed to "move fast."', ["move fast."]),
    ],
    ids=["a-link-to-another-story", "control-a-colon-after-a-speaker", "control-a-sentence-after-the-label"],
)
def test_a_headline_quoted_in_a_link_to_another_story_is_no_quote(
    extracted: Extracted, line: str, quoted: list[str]
) -> None:
    text = f"Tilda Marsh runs the Harlow council.\n{line}"
    assert [quote["text"] for quote in quotes_of(extracted, text)] == quoted


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('The letter to Marsh called the plan "a betrayal of veterans."', None),
        ('Marsh called the plan "a betrayal of veterans."', "Ivo Marsh"),
    ],
    ids=["words-ending-in-her-surname", "control-her-surname"],
)
def test_a_speaker_is_linked_by_surname_only_when_written_as_a_name(
    extracted: Extracted, sentence: str, speaker: str | None
) -> None:
    text = f"Sen. Ivo Marsh met the Eastport Council on Monday.\n{sentence}"
    assert speaker_name(only(quotes_of(extracted, text), "veterans")) == speaker
