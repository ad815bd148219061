"""The shared vocabulary (app/vocabulary): each word list and form, on the pure functions and patterns."""

import re

import pytest

from app.extract.quote_labels import is_label
from app.extract.quote_marks import Span
from app.vocabulary.calendar import CALENDAR_WORDS, MONTH_ANY, RELATIVE_DAY, WEEKDAY, month_number, weekday_number
from app.vocabulary.capitals import is_acronym, reads_as_acronym_in_capitals
from app.vocabulary.credits import CREDIT_LABEL, CREDIT_NAMES
from app.vocabulary.datelines import dateline_date, dateline_places, opens_story, story_start
from app.vocabulary.furniture import (
    is_box_heading,
    is_column_name,
    is_error_page_heading,
    is_freshness_label,
    is_ui_line,
    names_when_it_runs,
)
from app.vocabulary.numbers import ORDINAL_WORDS, SPELLED_ORDINAL


@pytest.mark.parametrize(("word", "month"), [("January", 1), ("jan", 1), ("Sept.", 9), ("SEP", 9), ("may", 5)])
def test_a_month_is_read_from_its_name_or_abbreviation_in_any_case(word: str, month: int) -> None:
    assert month_number(word) == month


def test_a_word_that_is_no_month_has_no_number() -> None:
    assert month_number("Sept") == 9
    with pytest.raises(KeyError):
        month_number("Mayor")


def test_weekdays_are_counted_from_monday_as_dates_count_them() -> None:
    assert [weekday_number(day) for day in ("Monday", "sunday", "WEDNESDAY")] == [0, 6, 2]


def test_the_month_pattern_takes_the_whole_name_not_its_abbreviation() -> None:
    assert re.match(MONTH_ANY, "September 4")[0] == "September"  # type: ignore[index]
    assert re.match(MONTH_ANY, "Sept. 4")[0] == "Sept"  # type: ignore[index]


def test_the_month_and_weekday_patterns_are_capitalised_as_running_text_writes_them() -> None:
    assert re.fullmatch(MONTH_ANY, "May") and re.fullmatch(WEEKDAY, "Friday")
    assert not re.fullmatch(MONTH_ANY, "may") and not re.fullmatch(WEEKDAY, "friday")
    assert re.fullmatch(MONTH_ANY, "may", re.IGNORECASE)


def test_a_relative_day_may_open_a_sentence_but_is_not_shouted() -> None:
    assert re.fullmatch(RELATIVE_DAY, "Tonight") and re.fullmatch(RELATIVE_DAY, "yesterday")
    assert not re.fullmatch(RELATIVE_DAY, "TONIGHT")


def test_calendar_words_are_the_full_names_in_lower_case() -> None:
    assert {"march", "thursday"} <= CALENDAR_WORDS
    assert "mar" not in CALENDAR_WORDS and "March" not in CALENDAR_WORDS


@pytest.mark.parametrize("word", ["NHS", "U.N.", "U.S.A.", "A.B.C.D.E.F.G."])
def test_capitals_solid_or_dotted_are_an_acronym(word: str) -> None:
    assert is_acronym(word)


@pytest.mark.parametrize("word", ["REUTERS", "Nato", "A", "U.n."])
def test_a_word_in_capitals_or_a_single_capital_is_no_acronym(word: str) -> None:
    assert not is_acronym(word)
    assert is_acronym("NATO")


@pytest.mark.parametrize("word", ["U.S.", "UK", "NHS", "BBC"])
def test_dotted_short_or_vowelless_words_in_capitals_are_kept_as_acronyms(word: str) -> None:
    assert reads_as_acronym_in_capitals(word)


@pytest.mark.parametrize("word", ["PORT", "NASA", "HARBOUR"])
def test_other_words_in_capitals_are_given_title_case_even_short_acronyms(word: str) -> None:
    assert not reads_as_acronym_in_capitals(word)


def quoted(text: str) -> Span:
    return Span(text.index('"') + 1, text.rindex('"'), closed=True)


def test_a_title_leaves_short_function_words_in_lower_case() -> None:
    title = 'She starred in "Storm on the Harbour" last year.'
    assert is_label(title, quoted(title))
    said = 'She said "Storm shakes the Harbour" last year.'
    assert not is_label(said, quoted(said))


def test_a_credits_name_may_hold_a_lower_case_particle() -> None:
    assert CREDIT_NAMES.search("Ana de Souza/Harbour Agency")[0] == "Ana de Souza/Harbour Agency"  # type: ignore[index]
    assert CREDIT_NAMES.search("Ana with Souza/Harbour Agency")[0] == "Souza/Harbour Agency"  # type: ignore[index]


@pytest.mark.parametrize(
    "caption",
    ["Photo: Ana Reyes", "Image by Ana Reyes", "Photograph courtesy of the museum", "Picture source: archive",
     "Credit | Ana Reyes", "Courtesy of Ana Reyes", "VIDEO: Ana Reyes"],
)  # fmt: skip
def test_a_credit_label_names_the_picture_and_gives_its_source(caption: str) -> None:
    assert re.match(CREDIT_LABEL, caption, re.IGNORECASE)


def test_a_picture_noun_without_its_source_is_no_credit_label() -> None:
    assert not re.match(CREDIT_LABEL, "Photographers gathered at the pier", re.IGNORECASE)
    assert re.match(CREDIT_LABEL, "Photographs by the pier staff", re.IGNORECASE)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Ferries wait at the pier. Ana Reyes/Harbour Wire", "Ana Reyes/Harbour Wire"),
        ("Ferries wait. Ana de Reyes/Harbour Wire via Pier Images", "Ana de Reyes/Harbour Wire via Pier Images"),
        ("Ferries wait at the pier. (Ana Reyes via Pier Images)", "Ana Reyes via Pier Images"),
    ],
)
def test_names_joined_by_a_slash_or_via_at_the_end_of_a_caption_are_a_credit(caption: str, credit: str) -> None:
    assert CREDIT_NAMES.search(caption)[0] == credit  # type: ignore[index]


def test_a_slash_inside_a_caption_sentence_is_no_credit() -> None:
    assert CREDIT_NAMES.search("Nurses at the HIV/AIDS clinic in Tamale wait for supplies.") is None
    assert CREDIT_NAMES.search("Nurses wait for supplies. Ana Reyes/AIDS Relief") is not None


@pytest.mark.parametrize(
    "line",
    ["PORTVALE (Harbour Wire) - Ferries stopped.", "Portvale (Harbour Wire) — Ferries stopped.",
     "PORT-ST. ALBANS, Ontario - Ferries stopped.", "(Harbour Wire) Ferries stopped."],
)  # fmt: skip
def test_a_dateline_opens_the_story(line: str) -> None:
    assert opens_story(line)


@pytest.mark.parametrize(
    ("line", "start"),
    [("Portvale (Harbour Wire) — Ferries stopped.", 26), ("PORTVALE (Harbour Wire) Ferries stopped.", 24),
     ("The Portvale Ferry Board (PFB) Monday said ferries stopped.", 0)],
    ids=["ordinary-case-with-a-dash", "capitals-without-a-dash", "a-body-and-its-initials"],
)  # fmt: skip
def test_the_story_starts_after_a_dateline_but_not_after_a_bodys_initials(line: str, start: int) -> None:
    assert story_start(line) == start


@pytest.mark.parametrize(
    "dateline",
    ["PORTVALE, March 3 (Harbour Wire) - ", "PORTVALE, Ont., Tuesday - ", "PORTVALE, Tuesday, March 3 - ",
     "PORTVALE, March 3, 2031 (Harbour Wire) — ", "Portvale, Jun. 5 (Harbour Wire) — ", "PORTVALE 2031-03-03 - "],
)  # fmt: skip
def test_the_story_starts_after_a_dated_dateline(dateline: str) -> None:
    assert story_start(dateline + "Ferries stopped.") == len(dateline)


def test_a_subject_in_capitals_before_a_date_is_no_dateline() -> None:
    # The control: no dash or wire's brackets mark the words as a dateline, however dated the sentence.
    assert story_start("PORTVALE, March 3 said ferries stopped.") == 0
    assert story_start("PORTVALE, the ferry board, said on March 3 - a Tuesday - that ferries stopped.") == 0


def test_a_sentence_or_a_place_without_agency_or_dash_opens_no_story() -> None:
    assert not opens_story("Portvale - a town of ferries")
    assert not opens_story("PORTVALE ferries stopped.")
    assert opens_story("PORTVALE - Ferries stopped.")


def test_a_dateline_names_its_place_and_region() -> None:
    line = "PORTVALE, Ont., Jun 5 - Ferries stopped."
    assert [line[start:end] for start, end in dateline_places(line)] == ["PORTVALE", "Ont."]


@pytest.mark.parametrize("line", ["SPORT - PORTVALE WINS THE CUP", "SPORT — PORTVALE WINS THE CUP"])
def test_a_headline_in_capitals_names_no_dateline_place(line: str) -> None:
    assert dateline_places(line) == []
    assert dateline_places("PORTVALE — Ferries stopped.") == [(0, 8)]


def test_a_headline_in_capitals_without_a_dash_is_no_dateline_place() -> None:
    assert dateline_places("PORTVALE FERRY CAPTAIN RETIRES AFTER STORM .") == []
    assert dateline_places("SAN LUIS DEL MAR 2031-08-30") == [(0, 16)]  # the control: a place of four words


@pytest.mark.parametrize(
    "label",
    ["Share this article", "Report an error", "Copy link", "Sign in", "Email us", "12 comments", "3 min read",
     "1.2K shares", "Short link: https://example.org/s/4k2", "Short URL: vly.example/k4", "Jump to comments",
     "Save for later", "Open in app", "Submit a correction", "Found a typo? Tell us", "Tell us your thoughts",
     "Font size", "Listen 6 min", "Link copied to clipboard", "Comments are closed", "Did we get something wrong?",
     "Reading time 4 minutes", "Post to Facebook", "Email a friend", "Increase font size", "Get short URL",
     "Save to reading list", "Add topic to alerts", "Search the site", "Continue reading the main story",
     "More by this author", "See all stories from this writer"],
)  # fmt: skip
def test_a_control_label_counter_or_link_tool_is_page_furniture(label: str) -> None:
    assert is_ui_line(label)


@pytest.mark.parametrize(
    "headline",
    ["Report: council to cut the bridge budget", "Fire crews report the blaze contained", "5 shares to buy now",
     "Mayor lays out 3 views on the bridge", "Follow the money behind the ferry deal",
     "Add more buses to the night route, riders say", "Join us for the valley fair", "Get ready for the longest night",
     "Let this be the last flood, says mayor", "Have your say on the new bus routes, council asks",
     "Copied homework leads to expulsions", "Reading time for toddlers at the library", "Post office to close",
     "Search for the missing yacht resumes at dawn", "Save the reading room, residents say",
     "Continue reading lessons over the summer, schools told",
     "Save the site of the old fever hospital, residents urge", "Search the site of the old mine, family asks",
     "More by the author of the harbour plan"],
)  # fmt: skip
def test_a_headline_that_uses_those_words_is_not_page_furniture(headline: str) -> None:
    assert not is_ui_line(headline)


@pytest.mark.parametrize("heading", ["Most read", "Related Stories:", "More in Sport", "Up next"])
def test_a_box_of_links_is_known_by_its_heading(heading: str) -> None:
    assert is_box_heading(heading)
    assert not is_box_heading(f"{heading} the ferry service resumes")


@pytest.mark.parametrize("label", ["Breaking News", "Top Stories", "Latest Headlines"])
def test_a_label_of_freshness_stands_alone_on_its_line(label: str) -> None:
    assert is_freshness_label(label)
    assert not is_freshness_label(f"{label}: ferry service halted by the storm")


@pytest.mark.parametrize("word", ["eighth", "twenty-first", "fortieth", "hundredth"])
def test_ordinal_words_are_listed_and_matched(word: str) -> None:
    assert word in ORDINAL_WORDS and re.fullmatch(SPELLED_ORDINAL, word)


@pytest.mark.parametrize("word", ["birth", "youth", "north"])
def test_a_word_ending_in_th_is_no_ordinal(word: str) -> None:
    assert word not in ORDINAL_WORDS and not re.fullmatch(SPELLED_ORDINAL, word)
    # The control: an ordinal ending in "th" is one.
    assert "tenth" in ORDINAL_WORDS and re.fullmatch(SPELLED_ORDINAL, "tenth")


@pytest.mark.parametrize("name", ["Letter from Lisbon", "Notebook from the Hill", "The Weekend Diary"])
def test_a_column_written_from_a_place_is_known_by_its_name(name: str) -> None:
    assert is_column_name(name)
    assert not is_column_name("Letter from the mayor angers ferry riders")
    assert not is_column_name("Letter from Prison Reveals Plot")


@pytest.mark.parametrize("name", ["Weekend Walks", "Midweek Matters", "Weekly Wanderer"])
def test_a_column_named_for_when_it_runs_is_known_by_its_name(name: str) -> None:
    assert names_when_it_runs(name)
    # a headline opening with the same word runs longer
    assert not names_when_it_runs("Weekend rail works cancelled")


@pytest.mark.parametrize("name", ["The Tuesday Essay", "Weekend Dispatch", "The Sunday Essay:"])
def test_a_column_named_for_its_day_is_known_by_its_name(name: str) -> None:
    assert is_column_name(name)
    # the control: without its day the same word ends a headline
    assert not is_column_name("Nurses Defend Slow Dispatch")
    assert not is_column_name("Prize for Student Essay")
    # nor with more than 'the' before the day
    assert not is_column_name("Nurses Defend Friday Dispatch")


@pytest.mark.parametrize("heading", ["Oops! That page can’t be found.", "Error 404 - Not Found", "Page not found"])
def test_a_server_error_pages_heading_is_known_whole(heading: str) -> None:
    assert is_error_page_heading(heading)
    # the control: an exclamation or the word 'error' alone heads a brief as readily as an error page
    assert not is_error_page_heading("Oops!")
    assert not is_error_page_heading("Error")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("OSTVIK, Aug. 10 (Tollwire) - Police said", "Aug. 10"),
        ("VARN, Ostland, Tuesday, Jun 5, 1990 - Crews", "Tuesday, Jun 5, 1990"),
        ("OSTVIK, 5 June 1990 -- Crews", "5 June 1990"),
        ("OSTVIK 2003-04-17 - Crews", "2003-04-17"),
    ],
)
def test_a_datelines_date_is_found_between_its_place_and_its_dash(line: str, date: str) -> None:
    span = dateline_date(line)
    assert span is not None and line[span[0] : span[1]] == date


@pytest.mark.parametrize(
    "line", ["OSTVIK (Tollwire) - On Aug. 10 police said", "Police met on Aug. 10 - and again later", "OSTVIK, Aug. 10"]
)
def test_a_date_after_a_dash_or_without_one_is_no_datelines(line: str) -> None:
    # The control of the test before: the story's own dates, and a line that opens no story.
    assert dateline_date(line) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [("OSTVIK, 5 June 1990 (Tollwire) - Crews", "5 June 1990"), ("Ostvik, June 5 (Tollwire) - Crews", "June 5"),
     ("OSTVIK, June 5 1990 - Crews", "June 5 1990"), ("OSTVIK, June 5 said crews", None),
     ("Harlow 2031-03-03 (HWB) Monday said crews", None)],
    ids=["day-before-month", "ordinary-case-place", "year-without-comma", "no-dash-near-miss", "iso-hyphen-no-dash"],
)  # fmt: skip
def test_the_story_and_its_datelines_date_are_read_from_one_dateline(line: str, date: str | None) -> None:
    # Where the story starts after a dated dateline, its date is found; where no dateline is read, neither is.
    span = dateline_date(line)
    assert (line[span[0] : span[1]] if span else None) == date
    assert (story_start(line) > 0) is (date is not None)
