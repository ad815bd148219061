"""A story a saved page splits into several containers of one kind, an advert between them: the later containers
go on with the story trafilatura began in the first; cards, comments and the next story that share its class do
not."""

import lxml.html

from app.ingest.html_continued import continued

FIRST = [
    "The harbour board voted on Tuesday to close the old ferry pier for repairs that will last most of a year.",
    "Commuters who cross the bay each morning will take a bus around the estuary, adding forty minutes each way.",
]
REST = [
    "“We have patched this pier for a decade, and the patches now need patches,” said the board’s engineer.",
    "The board expects the work to cost about four million dollars, most of it from the regional transport fund.",
]
OTHER = [
    "A new bakery on the quay sold out of its rye loaves within an hour of opening on Saturday morning.",
    "The county fair returns next month with a larger livestock show and a second stage for local bands.",
]
ADVERT = "<div class='promo-slot'><span>Advertisement</span></div>"


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def block(texts: list[str], kind: str = "txt") -> str:
    return f"<div class='{kind}'>{paragraphs(texts)}</div>"


def cards(texts: list[str]) -> str:
    """Teaser cards or comments: each wraps a summary of the story's class in a parent of its own."""
    return "".join(f"<div class='tile'><h3>Also today</h3>{block([text])}</div>" for text in texts)


def split(around: str = ADVERT) -> str:
    return f"{block(FIRST)}{around}{block(REST)}"


def tree(body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")


def test_a_story_split_around_an_advert_goes_on_in_the_next_container_of_its_class():
    assert continued(tree(f"<article>{split()}</article>"), FIRST) == FIRST + REST


def test_a_container_of_another_class_does_not_go_on_with_the_story():
    page = f"<article>{block(FIRST)}{ADVERT}{block(REST, 'promo-txt')}</article>"
    assert continued(tree(page), FIRST) == FIRST


def test_a_block_of_the_storys_class_outside_its_article_is_not_the_story():
    page = f"<article>{split()}</article>{block(OTHER)}"
    assert continued(tree(page), FIRST) == FIRST + REST


def test_a_block_of_the_storys_class_in_an_aside_is_not_the_story():
    page = f"<article>{split()}<aside>{block(OTHER)}</aside></article>"
    assert continued(tree(page), FIRST) == FIRST + REST


def test_teaser_cards_of_the_storys_class_in_its_article_are_not_the_story():
    page = f"<article>{split()}<section class='also-list'><h2>Around the bay</h2>{cards(OTHER)}</section></article>"
    assert continued(tree(page), FIRST) == FIRST + REST


def test_teaser_cards_of_the_storys_class_in_a_main_without_an_article_are_not_the_story():
    page = f"<main>{split()}<div class='also-list'>{block([OTHER[0]])}{block([OTHER[1]])}</div></main>"
    assert continued(tree(page), FIRST) == FIRST + REST


def test_comments_of_the_storys_class_in_its_article_are_not_the_story():
    page = f"<article>{split()}<section class='talk'><h2>Readers write</h2>{cards(OTHER)}</section></article>"
    assert continued(tree(page), FIRST) == FIRST + REST


def test_a_sidebar_of_the_storys_class_on_a_page_without_an_article_is_not_the_story():
    widgets = f"<div class='rail'>{block([OTHER[0]], 'copy')}{block([OTHER[1]], 'copy')}</div>"
    page = f"<div class='frame-wrap'>{block(FIRST, 'copy')}{ADVERT}{block(REST, 'copy')}</div>{widgets}"
    assert continued(tree(page), FIRST) == FIRST + REST


def test_the_next_story_in_a_div_of_the_storys_kind_is_another_story():
    first = f"<div class='feed-entry'><h1>Pier to close</h1>{split()}</div>"
    page = f"{first}<div class='feed-entry'><h1>Bakery sells out</h1>{block(OTHER)}</div>"
    assert continued(tree(page), FIRST) == FIRST + REST


def test_the_next_article_of_its_class_is_another_story():
    entry = "<article class='feed-entry'>{}</article>"
    stories = entry.format(paragraphs(FIRST)) + entry.format(paragraphs(OTHER))
    assert continued(tree(stories), FIRST) == FIRST


def test_a_later_block_of_the_storys_class_without_running_text_is_not_the_story():
    box = "<div class='txt'><p>Our weekly digest</p><p><a href='/join'>Join</a></p></div>"
    assert continued(tree(f"<article>{block(FIRST)}{box}</article>"), FIRST) == FIRST


def test_a_paragraph_repeated_later_is_found_where_the_story_has_it():
    quote = f"<blockquote class='pull'>{block([FIRST[-1]], 'quote')}</blockquote>"
    assert continued(tree(f"<article>{split()}{quote}</article>"), FIRST) == FIRST + REST
