"""The two seed articles in seeds/, cleaned as a reader would: the hand-made expectations."""

import pytest

from tests.conftest import article_by_external_id

FIRST, SECOND = "000_608199e25b5ddc45.txt", "001_3e0c67f5ea73c002.txt"


@pytest.fixture(scope="module")
def seeded(seeds_api):
    return {name: article_by_external_id(seeds_api, name) for name in (FIRST, SECOND)}


def body(article: dict) -> str:
    return " ".join(article["body"].split())


def test_headline_is_the_title(seeded):
    assert seeded[FIRST]["title"] == (
        "The U.S. Is Turning Away Gay Men Being Tortured In Chechnya. So Lithuania Is Picking Up The Slack"
    )
    assert seeded[SECOND]["title"] == (
        "Lithuania opens door to gay Chechens fleeing persecution, while U.S. slams it shut"
    )


def test_a_page_naming_no_publication_has_no_source_or_author(seeded):
    assert (seeded[FIRST]["source"], seeded[FIRST]["author"]) == (None, None)


def test_masthead_names_the_source(seeded):
    assert seeded[SECOND]["source"] == "The Spokesman-Review"


def test_syndicated_byline_gives_author_and_original_source(seeded):
    assert (seeded[SECOND]["author"], seeded[SECOND]["original_source"]) == ("Robbie Gramer", "Foreign Policy")


def test_photo_caption_is_kept_without_its_credit(seeded):
    caption = seeded[SECOND]["caption"]
    assert caption.startswith("This photo taken on Friday, April 28, 2017, shows Anzor")
    assert caption.endswith("the predominantly Muslim region in southern Russia.")


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        (
            FIRST,
            "By now, reports about atrocities committed against gay men in Chechnya are widespread",
            "there are no victims of persecution, threats or violence.”",
        ),
        (
            SECOND,
            "Gay Russian men are attempting to flee their country",
            "said it was “not aware” if Trump was even briefed on the issue.",
        ),
    ],
)
def test_body_holds_the_story_from_first_to_last_paragraph(seeded, name, start, end):
    assert start in body(seeded[name]) and body(seeded[name]).endswith(end)


@pytest.mark.parametrize(
    ("name", "chrome"),
    [
        (FIRST, "Marcos del Mazo/LightRocket via Getty Images"),
        (FIRST, "Latest News"),
        (SECOND, "Arrow-right Camera"),
        (SECOND, "The Spokesman-Review Newspaper"),
        (SECOND, "Est. May 19, 1883"),
        (SECOND, "By Robbie Gramer"),
        (SECOND, "Nataliya vasilyeva / Associated Press"),
    ],
)
def test_page_chrome_credits_and_bylines_are_not_body(seeded, name, chrome):
    assert chrome not in body(seeded[name])


def test_founding_date_in_the_masthead_is_not_the_published_date(seeded):
    assert seeded[SECOND]["published"] is None
