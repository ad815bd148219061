"""A story a saved page splits into several containers of one kind, an advert between them: the later containers
go on with the story trafilatura began in the first."""

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
TEASER = "A new bakery on the quay sold out of its rye loaves within an hour of opening on Saturday morning."
ADVERT = "<div class='ad'><span>Advertisement</span></div>"


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def teaser() -> str:
    return f"<div class='story-body'>{paragraphs([TEASER])}</div>"


def tree(body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")


def test_a_story_split_around_an_advert_goes_on_in_the_next_container_of_its_class():
    page = tree(
        f"<article><div class='story-body'>{paragraphs(FIRST)}</div>{ADVERT}"
        f"<div class='story-body'>{paragraphs(REST)}</div></article>"
    )
    assert continued(page, FIRST) == FIRST + REST


def test_a_container_of_another_class_does_not_go_on_with_the_story():
    page = tree(
        f"<article><div class='story-body'>{paragraphs(FIRST)}</div>{ADVERT}"
        f"<div class='promo-body'>{paragraphs(REST)}</div></article>"
    )
    assert continued(page, FIRST) == FIRST


def test_a_block_of_the_storys_class_outside_its_article_is_not_the_story():
    page = f"<article><div class='story-body'>{paragraphs(FIRST)}</div></article>{teaser()}"
    assert continued(tree(page), FIRST) == FIRST


def test_a_block_of_the_storys_class_in_an_aside_is_not_the_story():
    page = f"<article><div class='story-body'>{paragraphs(FIRST)}</div><aside>{teaser()}</aside></article>"
    assert continued(tree(page), FIRST) == FIRST


def test_the_next_article_of_its_class_is_another_story():
    stories = f"<article class='story'>{paragraphs(FIRST)}</article><article class='story'>{paragraphs(REST)}</article>"
    assert continued(tree(stories), FIRST) == FIRST


def test_a_later_block_of_the_storys_class_without_running_text_is_not_the_story():
    box = "<div class='story-body'><p>Get our newsletter</p><p><a href='/subscribe'>Subscribe</a></p></div>"
    page = tree(f"<article><div class='story-body'>{paragraphs(FIRST)}</div>{box}</article>")
    assert continued(page, FIRST) == FIRST
