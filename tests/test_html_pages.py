"""Saved HTML pages: the story's paragraphs, and its headline, byline, date, address, site and caption from the
page's own metadata where that agrees with what a reader sees; the encoding the page declares."""

import json
import socket

import lxml.html
import pytest
import trafilatura

from app.ingest.authors import split_authors
from app.ingest.files import Given, Skipped, read_records
from app.ingest.html_body import story_lines
from app.ingest.html_decode import decode_page
from app.ingest.html_page import read_page
from app.ingest.html_text import visible_lines
from tests.conftest import article_by_external_id

PARAGRAPHS = [
    "The harbour board voted on Tuesday to close the old ferry pier for repairs that will last most of a year.",
    "Commuters who cross the bay each morning will take a bus around the estuary, adding forty minutes each way.",
    "“We have patched this pier for a decade, and the patches now need patches,” said the board’s engineer.",
    "The board expects the work to cost about four million dollars, most of it from the regional transport fund.",
]


def page(
    *,
    head: str = "",
    heading: str = "Ferry pier to close for a year",
    byline: str = "By Maren Hesk and Tovald Lund, Staff Writers",
    paragraphs: list[str] = PARAGRAPHS,
    extra: str = "",
    after: str = "",
) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{heading} | Bayside Courier</title>{head}</head>"
        "<body><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        f"<article><h1>{heading}</h1><p class='byline'>{byline}</p>{extra}{body}{after}</article>"
        "<footer>© Bayside Courier. All rights reserved.</footer></body></html>"
    )


def json_ld(**story: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps({'@type': 'NewsArticle', **story})}</script>"


def test_the_body_is_the_storys_paragraphs_without_the_pages_furniture():
    article = read_page(page())
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_a_sign_up_box_closing_the_article_is_not_the_story():
    offer = "<p>Get five short reads from the harbour each Friday in your inbox.</p>"
    box = f"<div><h2>Sign up for Quayside Five</h2>{offer}</div>"
    assert read_page(page(after=box)).body == "\n\n".join(PARAGRAPHS)


def test_a_closing_paragraph_that_names_a_newsletter_once_is_the_storys():
    closing = "The board will publish its repair schedule in its weekly newsletter to residents next month."
    assert read_page(page(paragraphs=[*PARAGRAPHS, closing])).body.endswith(closing)


def test_a_closing_paragraph_that_uses_two_words_of_a_sign_up_form_is_the_storys():
    closing = (
        "Tenants who object must write to the landlord's privacy office and send an email before the hearing in May."
    )
    assert read_page(page(paragraphs=[*PARAGRAPHS, closing])).body.endswith(closing)


def test_a_closing_paragraph_about_signing_up_is_the_storys():
    closing = "Riders can sign up for the replacement bus at the harbour office, a spokesman for the board said."
    assert read_page(page(paragraphs=[*PARAGRAPHS, closing])).body.endswith(closing)


def test_the_writers_contact_line_closing_the_article_is_not_the_story():
    contact = "<p><em>Reach the writer at desk@example.org or on 555-0100.</em></p>"
    assert read_page(page(after=contact)).body == "\n\n".join(PARAGRAPHS)


def test_an_editors_note_closing_the_article_is_the_storys():
    note = "Correction: An earlier version gave the wrong month for the pier's last repair."
    assert read_page(page(paragraphs=[*PARAGRAPHS, note])).body.endswith(note)


def test_a_wire_notice_reserving_its_rights_closes_the_story():
    notice = "Copyright 2031 Harbor Wire. All rights reserved."
    assert read_page(page(paragraphs=[*PARAGRAPHS, notice])).body.endswith(notice)


def test_a_printed_pages_address_above_the_headline_is_not_the_story():
    header = "<div class='top-strip'><span>https://www.example.org/harbour/pier-closing-77.html</span></div>"
    assert read_page(page(extra=header)).body == "\n\n".join(PARAGRAPHS)


def test_a_date_stamp_above_the_story_is_not_the_story():
    # as trafilatura keeps a page's lines where no <article> holds the story
    heading = "Ferry pier to close for a year"
    header = [heading, "Maren Hesk, Court Reporter", "Published: 9 April 2021"]
    assert story_lines([*header, *PARAGRAPHS], heading, "Maren Hesk") == PARAGRAPHS
    # a first paragraph that states a date is the story's
    dated = "On 9 April 2021 the harbour board voted to close the old ferry pier for most of a year."
    assert story_lines([*header[:2], dated, *PARAGRAPHS], heading, "Maren Hesk") == [dated, *PARAGRAPHS]


def test_an_article_tools_label_between_the_byline_and_the_story_is_not_the_story():
    heading = "Ferry pier to close for a year"
    for tool in ("Listen to this article", "Share on Twitter", "4 min read"):
        header = [heading, "By Maren Hesk", "Published: 9 April 2021", tool]
        assert story_lines([*header, *PARAGRAPHS], heading, "Maren Hesk") == PARAGRAPHS
    # near miss: a short line above the story that names no control stays the story's, as on main
    opening = "Pier closes in May"
    header = [heading, "By Maren Hesk", "Published: 9 April 2021", opening]
    assert story_lines([*header, *PARAGRAPHS], heading, "Maren Hesk") == [opening, *PARAGRAPHS]


def test_a_short_first_sentence_in_a_tools_words_after_the_byline_is_the_storys():
    # near miss of the article tool's label: a label is no sentence, and a sentence with a control's words opens the
    # story
    heading = "Ferry pier to close for a year"
    for opening in ("Sign up day is Friday.", "Share your story, the board asks."):
        header = [heading, "By Maren Hesk", "Published: 9 April 2021", opening]
        assert story_lines([*header, *PARAGRAPHS], heading, "Maren Hesk") == [opening, *PARAGRAPHS]


def test_the_story_starts_at_its_dateline_below_the_writers_job_in_words_no_vocabulary_holds():
    heading = "Ferry pier to close for a year"
    opening = f"BAYSIDE — {PARAGRAPHS[0]}"
    header = [heading, "Maren Hesk", "Updates from the estuary ferries"]
    assert story_lines([*header, opening, *PARAGRAPHS[1:]], heading, "Maren Hesk") == [opening, *PARAGRAPHS[1:]]
    # the control: a paragraph of running text above the dateline is the story's already
    story = [PARAGRAPHS[1], opening]
    assert story_lines([*header[:2], *story], heading, "Maren Hesk") == story


def test_a_short_sentence_above_a_dateline_is_the_storys_already():
    heading = "Ferry pier to close for a year"
    story = ["The pier shut at dawn.", f"BAYSIDE — {PARAGRAPHS[0]}", *PARAGRAPHS[1:]]
    assert story_lines([heading, "Maren Hesk", *story], heading, "Maren Hesk") == story
    # the control: a date stamp ends in a full stop too ('a.m.'), and is a header line over the dateline
    opening = f"BAYSIDE — {PARAGRAPHS[0]}"
    header = [heading, "Maren Hesk", "Updates from the estuary ferries", "May 3, 2021, 10:02 a.m."]
    assert story_lines([*header, opening, *PARAGRAPHS[1:]], heading, "Maren Hesk") == [opening, *PARAGRAPHS[1:]]


def test_a_job_title_right_under_the_writers_name_is_not_the_story_whatever_its_beats_words():
    heading = "Ferry pier to close for a year"
    header = [heading, "Maren Hesk", "Estuaries and Ferries Correspondent"]
    assert story_lines([*header, *PARAGRAPHS], heading, "Maren Hesk") == PARAGRAPHS
    # the control: the same line further down is a subhead of the story's
    story = [PARAGRAPHS[0], header[-1], *PARAGRAPHS[1:]]
    assert story_lines([*header[:2], *story], heading, "Maren Hesk") == story


def test_a_labelled_heading_right_under_the_writers_name_is_the_storys_though_a_role_word_closes_it():
    heading = "Ferry pier to close for a year"
    story = ["Part One: The Night Desk", *PARAGRAPHS]
    assert story_lines([heading, "Maren Hesk", *story], heading, "Maren Hesk") == story
    # the control: the job title without a label's colon is the writer's
    header = [heading, "Maren Hesk", "Night Ferries Desk"]
    assert story_lines([*header, *PARAGRAPHS], heading, "Maren Hesk") == PARAGRAPHS


def test_a_written_by_label_over_the_writers_name_is_not_the_story():
    heading = "Ferry pier to close for a year"
    header = [heading, "Written by", "Maren Hesk"]
    assert story_lines([*header, *PARAGRAPHS], heading, "Maren Hesk") == PARAGRAPHS
    # the control: a short line opening the story that only starts with 'Written by' is the story's
    first = "Written by hand, the notice went up on Monday."
    assert story_lines([*header, first, *PARAGRAPHS], heading, "Maren Hesk") == [first, *PARAGRAPHS]


def test_a_kicker_above_the_headline_and_a_dek_below_it_are_not_the_story():
    kicked = page(extra="<p class='standfirst'>Commuters face a long detour while the work goes on</p>").replace(
        "<article><h1>", "<article><p class='kicker'>Transport</p><h1>"
    )
    assert read_page(kicked).body == "\n\n".join(PARAGRAPHS)


def test_a_short_first_sentence_below_the_headline_is_the_storys():
    first = "The pier is closing."
    kicked = page(paragraphs=[first, *PARAGRAPHS]).replace(
        "<article><h1>", "<article><p class='kicker'>Transport</p><h1>"
    )
    assert read_page(kicked).body == "\n\n".join([first, *PARAGRAPHS])


def test_a_first_line_below_the_headline_that_opens_what_follows_is_the_storys():
    first = "Here is what commuters need to know:"
    assert read_page(page(paragraphs=[first, *PARAGRAPHS])).body == "\n\n".join([first, *PARAGRAPHS])


def test_a_first_line_below_the_headline_opening_with_a_dateline_is_the_storys_without_its_final_stop():
    first = "BAYSIDE (Coast Wire) — The harbour board voted on Tuesday to close the old ferry pier for a year"
    assert read_page(page(paragraphs=[first, *PARAGRAPHS[1:]])).body == "\n\n".join([first, *PARAGRAPHS[1:]])


def test_an_adverts_label_and_a_labelled_link_between_paragraphs_are_not_the_story():
    insets = ["Advertisement", "Read more: Harbour fees to rise in spring"]
    paragraphs = [PARAGRAPHS[0], insets[0], PARAGRAPHS[1], insets[1], *PARAGRAPHS[2:]]
    assert read_page(page(paragraphs=paragraphs)).body == "\n\n".join(PARAGRAPHS)


def test_a_live_pages_time_stamps_between_its_entries_are_not_the_story():
    paragraphs = ["10:32 PM", PARAGRAPHS[0], "10:15 PM", *PARAGRAPHS[1:]]
    assert read_page(page(paragraphs=paragraphs)).body == "\n\n".join(PARAGRAPHS)
    # near miss: a time inside a sentence is the story's
    timed = "The last ferry will leave at 10:15 PM on Friday, the board said in a notice posted at the pier."
    assert timed in read_page(page(paragraphs=[*PARAGRAPHS, timed])).body
    # near miss: a date alone between paragraphs heads a part of a chronology, and is the story's
    dated = [PARAGRAPHS[0], "March 4, 2019", *PARAGRAPHS[1:]]
    assert read_page(page(paragraphs=dated)).body == "\n\n".join(dated)


def test_a_wires_slash_credit_under_the_headline_is_not_the_story_nor_its_writer():
    article = read_page(page(byline="March 9, 2026", extra="<p>/ Harborwire</p>"))
    assert (article.body, article.author) == ("\n\n".join(PARAGRAPHS), None)
    # near miss: a first paragraph that opens with a slash-joined name is the story's
    first = "Harbour/Bay Partners said on Monday it would bid for the pier contract when the board opens it."
    assert read_page(page(paragraphs=[first, *PARAGRAPHS])).body.startswith(first)


def test_a_live_pages_heading_with_its_label_is_the_headline_and_not_the_story():
    article = read_page(page(heading="Live updates | Ferry pier to close for a year"))
    assert (article.title, article.body) == ("Ferry pier to close for a year", "\n\n".join(PARAGRAPHS))
    # near miss: a heading whose own words open with 'Live' keeps them
    heading = "Live music returns to the ferry pier"
    assert read_page(page(heading=heading)).title == heading


def test_a_subhead_between_paragraphs_is_the_storys():
    paragraphs = [*PARAGRAPHS[:2], "What happens next", *PARAGRAPHS[2:]]
    assert read_page(page(paragraphs=paragraphs)).body == "\n\n".join(paragraphs)


def test_a_first_paragraph_that_cites_an_address_is_the_storys():
    first = "The board posted its plans at https://www.example.org/pier on Tuesday, asking commuters for their views."
    assert read_page(page(paragraphs=[first, *PARAGRAPHS])).body.startswith(first)


def test_a_story_split_around_an_advert_is_read_whole_where_trafilatura_keeps_its_first_part(monkeypatch):
    half = len(PARAGRAPHS) // 2
    extract = trafilatura.bare_extraction

    def first_part(tree, **options):  # as trafilatura does where a rail of adverts sets the story's parts apart
        found = extract(tree, **options)
        found.text = "\n".join(PARAGRAPHS[:half])
        return found

    monkeypatch.setattr(trafilatura, "bare_extraction", first_part)
    first, rest = ("".join(f"<p>{text}</p>" for text in texts) for texts in (PARAGRAPHS[:half], PARAGRAPHS[half:]))
    split = f"<div class='txt'>{first}</div><div class='promo-slot'>Advertisement</div><div class='txt'>{rest}</div>"
    assert read_page(page(paragraphs=[], after=split)).body == "\n\n".join(PARAGRAPHS)


def test_the_headline_is_the_visible_heading_the_metadata_names_without_the_site_name():
    article = read_page(page(head="<meta property='og:title' content='Ferry pier to close for a year - Bayside'>"))
    assert article.title == "Ferry pier to close for a year"


def test_a_social_headline_that_no_heading_shows_gives_way_to_the_pages_one_heading():
    article = read_page(page(head=json_ld(headline="Pier shut: what commuters need to know")))
    assert article.title == "Ferry pier to close for a year"


def test_of_several_headings_the_one_the_metadata_names_is_the_headline():
    html = page(head="<meta property='og:title' content='Ferry pier to close for a year | Bayside'>").replace(
        "</article>", "</article><h1>Most read this week</h1>"
    )
    assert read_page(html).title == "Ferry pier to close for a year"


def test_without_a_heading_the_metadata_headline_is_taken_less_the_site_name():
    html = page(head="<meta property='og:site_name' content='Bayside Courier'>").replace(
        "<h1>Ferry pier to close for a year</h1>", ""
    )
    assert read_page(html).title == "Ferry pier to close for a year"


def test_without_a_heading_the_window_title_the_text_never_shows_is_taken_less_the_site_name():
    site = "<meta property='og:site_name' content='Bayside Courier'>"
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    title = "<title>Ferry pier to close for a year | Bayside Courier</title>"
    html = f"<html><head>{title}{site}</head><body>{body}</body></html>"
    assert read_page(html).title == "Ferry pier to close for a year"


def test_without_a_heading_the_window_title_loses_a_publications_name_the_metadata_does_not_give():
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    html = "<html><head><title>{}</title></head><body>" + body + "</body></html>"
    assert read_page(html.format("Ferry pier to close for a year | The Quayhaven Gazette")).title == (
        "Ferry pier to close for a year"
    )
    # a part after the separator not shaped as a publication's name stays
    assert read_page(html.format("Ferry pier to close - and the bus after it")).title == (
        "Ferry pier to close - and the bus after it"
    )


def test_without_a_heading_the_window_title_loses_the_site_name_its_logo_shows():
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    title = "<title>Ferry pier to close for a year | Quayhaven</title>"
    html = f"<html><head>{title}</head><body>{{}}{body}</body></html>"
    assert read_page(html.format("<div class='logo'>Quayhaven</div>")).title == "Ferry pier to close for a year"
    # without the logo, nothing names 'Quayhaven' as the site
    assert read_page(html.format("")).title == "Ferry pier to close for a year | Quayhaven"


def test_without_a_heading_a_window_title_naming_only_the_site_gives_way_to_the_headline_in_the_text():
    heading = "Ferry pier to close for a year"
    shown = page().replace(f"<h1>{heading}</h1>", f"<h2 class='headline'>{heading}</h2>")
    titled = shown.replace(f"<title>{heading} | Bayside Courier</title>", "<title>{}</title>")
    assert read_page(titled.format("Bayside Courier")).title == heading
    # a window title long enough for a headline is taken as before
    assert read_page(titled.format("Pier shuts for repairs")).title == "Pier shuts for repairs"


def test_without_a_heading_a_social_title_the_page_never_shows_gives_way_to_the_headline_in_the_text():
    heading = "Ferry pier to close for a year"
    shown = page().replace(f"<h1>{heading}</h1>", f"<h2 class='headline'>{heading}</h2>")
    site_only = shown.replace(f"<title>{heading} | Bayside Courier</title>", "<title>Bayside Courier</title>")

    def social(title: str) -> str:
        return site_only.replace("</head>", f"<meta property='og:title' content='{title}'></head>")

    assert read_page(social("Who will still cross the bay?")).title == heading
    # a social title the page shows is the headline
    agreed = social("Pier works start on Tuesday").replace(
        PARAGRAPHS[0], "Pier works start on Tuesday. " + PARAGRAPHS[0]
    )
    assert read_page(agreed).title == "Pier works start on Tuesday"


def test_without_a_heading_a_social_title_the_page_never_shows_holds_over_a_teasers_link():
    heading, teaser = "Ferry pier to close for a year", "Gulls return to the harbour wall for the spring"
    site_only = page().replace(f"<title>{heading} | Bayside Courier</title>", "<title>Bayside Courier</title>")

    def social(title: str, shown: str) -> str:
        tagged = site_only.replace("</head>", f"<meta property='og:title' content='{title}'></head>")
        return tagged.replace(f"<h1>{heading}</h1>", shown)

    assert read_page(social(heading, f"<ul><li><a href='/a'>{teaser}</a></li></ul>")).title == heading
    # the same line set as no link is the headline the page shows over a social title rewritten for sharing
    assert read_page(social("Who will still cross the bay?", f"<h2 class='headline'>{teaser}</h2>")).title == teaser


def test_a_boxs_one_heading_gives_way_to_the_headline_in_the_text_that_the_window_title_names():
    heading = "Ferry pier to close for a year while the harbour board mends its deck"
    box = "<aside><h1>Gulls return to the harbour wall for the spring</h1></aside>"
    shown = page(heading=heading).replace(f"<h1>{heading}</h1>", f"{box}<h2 class='headline'>{heading}</h2>")
    assert read_page(shown).title == heading
    # a window title the page never shows leaves the page's one heading the headline
    retitled = page(heading=heading).replace(f"<title>{heading} |", "<title>Pier shut |")
    assert read_page(retitled).title == heading


def test_without_a_heading_the_headline_in_the_text_that_the_window_title_names_is_taken_without_the_site():
    heading = "Ferry pier to close for a year"
    shown = page().replace(f"<h1>{heading}</h1>", f"<h2 class='entry-title'>{heading}</h2>")
    assert read_page(shown.replace(" | Bayside Courier", " \u2013 Bayside Courier")).title == heading
    # with the site's name given by the metadata, the window title less it is taken, as before
    named = shown.replace("<title>", "<meta property='og:site_name' content='Bayside Courier'><title>")
    assert read_page(named).title == heading


def test_without_a_heading_a_window_title_of_a_menu_label_and_the_site_gives_way_to_the_headline_in_the_text():
    heading = "Ferry pier to close for a year"
    shown = page().replace(f"<h1>{heading}</h1>", f"<h2 class='headline'>{heading}</h2>")
    titled = shown.replace(f"<title>{heading} | Bayside Courier</title>", "<title>{}</title>")
    assert read_page(titled.format("Home | Bayside Courier")).title == heading
    # a window title with a headline's words beside the site's name is taken, less the name
    named = titled.replace("<title>", "<meta property='og:site_name' content='Bayside Courier'><title>")
    assert read_page(named.format("Pier shuts for repairs | Bayside Courier")).title == "Pier shuts for repairs"


def test_a_pages_one_heading_too_short_for_a_headline_gives_way_to_the_window_title():
    logo = page().replace("<h1>Ferry pier to close for a year</h1>", "<h2>Ferry pier to close for a year</h2>")
    logo = logo.replace("<body>", "<body><h1>Bayside Courier</h1>")
    assert read_page(logo).title == "Ferry pier to close for a year"
    # a heading of a headline's length is taken, though the window title differs
    social = page().replace("<title>Ferry pier to close for a year |", "<title>Pier shuts for repairs |")
    assert read_page(social).title == "Ferry pier to close for a year"


def test_a_short_heading_the_window_title_names_first_before_a_longer_sites_name_is_the_headline():
    short = page(heading="Pier shut", byline="Maren Hesk")
    titled = short.replace("Pier shut | Bayside Courier", "Pier shut - The Bayside Morning Courier")
    assert read_page(titled).title == "Pier shut"
    # the site's short name last in the window title, as a logo's heading, is no headline
    logo = page(byline="Maren Hesk").replace("<body>", "<body><h1>Bayside Courier</h1>")
    assert read_page(logo).title == "Ferry pier to close for a year"


def test_a_media_tag_run_into_the_end_of_the_heading_is_no_part_of_the_headline():
    tagged = page().replace("for a year</h1>", "for a year <span class='tag'>VIDEO</span></h1>")
    assert read_page(tagged).title == "Ferry pier to close for a year"
    # words of the headline's own after it are the heading's
    longer = page().replace("for a year</h1>", "for a year after storm damage</h1>")
    assert read_page(longer).title == "Ferry pier to close for a year after storm damage"


def test_a_like_buttons_label_closing_the_story_is_not_the_story():
    assert read_page(page(after="<p>Like this:</p>")).body == "\n\n".join(PARAGRAPHS)


def test_a_heading_broken_over_two_lines_is_the_headline_with_a_space_at_the_break():
    broken = page().replace("<h1>Ferry pier to close for a year</h1>", "<h1>Ferry pier to close<br>for a year</h1>")
    article = read_page(broken)
    assert (article.title, article.body) == ("Ferry pier to close for a year", "\n\n".join(PARAGRAPHS))


def test_a_kicker_run_into_the_heading_is_no_part_of_the_headline_the_metadata_names():
    kicked = page().replace("<h1>", "<h1><span class='kicker'>Exclusive</span> ")
    article = read_page(kicked)
    assert (article.title, article.body) == ("Ferry pier to close for a year", "\n\n".join(PARAGRAPHS))
    # a heading of more words before the headline the metadata names is the page's own, as before
    longer = page().replace("<h1>", "<h1>Why the council decided the ")
    assert read_page(longer).title == "Why the council decided the Ferry pier to close for a year"


def test_a_label_its_colon_closes_is_the_headings_own_where_the_metadata_leaves_it_out():
    # 'Engineer: Ferry pier to close' says who says so; a reader sees the label, and the headline is what a reader sees
    said = page().replace("<h1>", "<h1>Engineer: ")
    assert read_page(said).title == "Engineer: Ferry pier to close for a year"
    # the control: a section's kicker with no colon, as before, is no part of the headline
    kicked = page().replace("<h1>", "<h1>Exclusive ")
    assert read_page(kicked).title == "Ferry pier to close for a year"


def test_the_writers_name_alone_above_the_story_is_not_the_story():
    assert read_page(page(byline="", extra="<p>Maren Hesk</p>")).body == "\n\n".join(PARAGRAPHS)


def test_a_name_alone_above_the_story_that_is_not_the_writers_opens_the_story():
    listed = ["Ida Brandt", *PARAGRAPHS]
    assert read_page(page(byline="", extra="<p>Maren Hesk</p>", paragraphs=listed)).body == "\n\n".join(listed)
    # the writer's own name alone above it is not the story
    assert read_page(page(byline="", extra="<p>Maren Hesk</p>")).body == "\n\n".join(PARAGRAPHS)


def test_words_of_the_headlines_sentence_before_the_metadatas_shorter_headline_are_no_kicker():
    heading = "Board votes to close the old ferry pier"
    social = page(heading=heading).replace(f"<title>{heading} |", "<title>Close the old ferry pier |")
    assert read_page(social).title == heading
    # a section's label run into the heading is a kicker
    kicked = page().replace("<h1>", "<h1><span class='kicker'>Transport</span> ")
    assert read_page(kicked).title == "Ferry pier to close for a year"


def test_of_several_headings_none_the_metadata_names_the_one_over_the_byline_is_the_headline():
    social = page().replace("<title>Ferry pier to close for a year |", "<title>You will not believe this pier |")
    boxed = social.replace("</article>", "<h1>Sign up to our newsletter</h1></article>")
    assert read_page(boxed).title == "Ferry pier to close for a year"
    # a page with one heading takes it, as before
    assert read_page(social).title == "Ferry pier to close for a year"


def test_the_writers_job_title_above_the_story_is_not_the_story():
    assert read_page(page(extra="<p>Transport Correspondent</p>")).body == "\n\n".join(PARAGRAPHS)


def test_the_byline_is_the_json_ld_authors_a_reader_sees_on_the_page():
    authors = [{"@type": "Person", "name": "Maren Hesk"}, {"@type": "Person", "name": "Tovald Lund"}]
    article = read_page(page(head=json_ld(headline="Ferry pier to close for a year", author=authors)))
    assert article.author == "Maren Hesk, Tovald Lund"


def test_a_meta_byline_loses_its_by_and_its_job_titles():
    article = read_page(page(head="<meta name='author' content='By MAREN HESK, Staff Writer'>", byline="Maren Hesk"))
    assert article.author == "Maren Hesk"


def test_a_metadata_author_that_is_the_first_of_the_pages_writers_gives_way_to_the_byline_naming_all():
    article = read_page(page(head="<meta name='author' content='Maren Hesk'>"))
    assert article.author == "Maren Hesk, Tovald Lund"
    # The control: a byline naming the metadata's writer alone leaves her the one author.
    assert read_page(page(head="<meta name='author' content='Maren Hesk'>", byline="By Maren Hesk")).author == (
        "Maren Hesk"
    )


def test_a_byline_in_a_box_of_other_stories_does_not_add_to_the_metadatas_writer():
    box = "<aside><a href='/quay'>Quay cafe reopens</a><p>By Maren Hesk and Ida Sten</p></aside>"
    head = "<meta name='author' content='Maren Hesk'>"
    assert read_page(page(head=head, byline="By Maren Hesk").replace("<article>", box + "<article>")).author == (
        "Maren Hesk"
    )
    # the story's own byline naming two adds the second
    assert read_page(page(head=head).replace("<article>", box + "<article>")).author == "Maren Hesk, Tovald Lund"


def test_a_metadata_author_the_page_never_shows_is_not_taken():
    # The positive control is the test above: the same tag, with the name on the page.
    article = read_page(page(head="<meta name='author' content='Ingrid Fennow'>", byline="Maren Hesk"))
    assert article.author != "Ingrid Fennow"


def test_an_organisation_credited_as_author_is_not_a_person():
    authors = [{"@type": "Person", "name": "Maren Hesk"}, {"@type": "NewsMediaOrganization", "name": "Harbour Lights"}]
    byline = "By Maren Hesk for Harbour Lights"
    assert read_page(page(head=json_ld(author=authors), byline=byline)).author == "Maren Hesk"
    # The control: a second Person of the same name shape is an author.
    authors[1]["@type"] = "Person"
    assert read_page(page(head=json_ld(author=authors), byline=byline)).author == "Maren Hesk, Harbour Lights"


def test_the_site_credited_under_its_own_name_is_not_the_author():
    # A site's name in no publication's word ('Courier' is one), which only knowing the site tells from a writer's.
    site = "<meta property='og:site_name' content='Bayside Lantern'>"
    lantern = page(head=site + "<meta name='author' content='Bayside Lantern'>").replace("Courier", "Lantern")
    assert split_authors(read_page(lantern).author) == ("Maren Hesk", "Tovald Lund")
    # The control: with the site named nowhere (no site name, a window title of the headline alone), the same credit
    # reads as a name a reader sees (the footer's).
    untitled = page(head="<meta name='author' content='Bayside Lantern'>").replace("Courier", "Lantern")
    assert read_page(untitled.replace(" | Bayside Lantern</title>", "</title>")).author == "Bayside Lantern"


def test_the_site_named_after_the_writer_is_not_a_second_writer_though_its_last_word_reads_as_a_publications():
    # 'Harbour Lights Online' read as the name 'Harbour Lights' and the publication word 'Online'.
    site = "<meta property='og:site_name' content='Harbour Lights Online'><meta name='author' content='Maren Hesk'>"
    assert read_page(page(head=site, byline="By Maren Hesk, Harbour Lights Online")).author == "Maren Hesk"
    # The control: a co-writer the byline names before the site is still a writer.
    byline = "By Maren Hesk and Tovald Lund, Harbour Lights Online"
    assert read_page(page(head=site, byline=byline)).author == "Maren Hesk, Tovald Lund"


def test_without_a_metadata_or_marked_up_byline_the_byline_is_read_from_the_page_text():
    html = page(byline="By Maren Hesk").replace(" class='byline'", "")
    assert read_page(html).author == "Maren Hesk"
    # The control: a page without a byline has no author.
    assert read_page(page(byline="").replace(" class='byline'", "")).author is None


def test_a_by_line_naming_the_writer_above_the_story_is_not_the_story():
    # No article element: trafilatura keeps the heading's and the byline's lines in the text it finds.
    bare = page(byline="By Maren Hesk").replace(" class='byline'", "").replace("article>", "div>")
    assert read_page(bare).body == "\n\n".join(PARAGRAPHS)
    # the control: a first paragraph opening with "By" is the story's
    opening = ["By Tuesday the pier was shut, the harbour master said.", *PARAGRAPHS]
    unsigned = page(byline="", paragraphs=opening).replace(" class='byline'", "").replace("article>", "div>")
    assert read_page(unsigned).body == "\n\n".join(opening)


def test_without_a_title_or_a_heading_the_headline_is_read_from_the_page_text():
    untitled = page().replace("<title>Ferry pier to close for a year | Bayside Courier</title>", "")
    assert read_page(untitled.replace("h1>", "p>")).title == "Ferry pier to close for a year"
    # the control: a page whose text shows no headline has none
    assert read_page(untitled.replace("<h1>Ferry pier to close for a year</h1>", "")).title is None


def test_the_site_credited_under_its_own_name_in_the_page_text_is_not_the_author():
    staff = page(byline="By Bayside Courier Staff").replace(" class='byline'", "")
    assert read_page(staff).author is None
    # the writer the page text names beside the site's name is the author
    writer = page(byline="By Maren Hesk and Bayside Courier Staff").replace(" class='byline'", "")
    assert read_page(writer).author == "Maren Hesk"


def test_the_page_text_has_a_line_for_each_block_and_none_for_scripts():
    tree = lxml.html.document_fromstring(
        "<html><body><h1>Pier <em>to</em> close</h1><script>var x = 1;</script><ul><li>One</li><li>Two</li></ul>"
        "<p>By <a href='/maren'>Maren Hesk</a><br>April 9</p></body></html>"
    )
    assert visible_lines(tree) == "Pier to close\nOne\nTwo\nBy Maren Hesk\nApril 9"


def test_the_date_is_the_json_ld_publication_date():
    article = read_page(page(head=json_ld(datePublished="2031-04-08T09:30:00Z", dateModified="2031-04-09")))
    assert article.published == "2031-04-08T09:30:00+00:00"


def test_without_metadata_the_date_is_read_from_the_pages_time_element():
    article = read_page(page(extra="<time datetime='2031-04-08'>8 April 2031</time>"))
    assert article.published == "2031-04-08"


def test_the_canonical_link_is_the_url_and_the_site_name_the_source():
    head = (
        "<link rel='canonical' href='https://courier.example/local/ferry-pier'>"
        "<meta property='og:site_name' content='Bayside Courier'>"
    )
    article = read_page(page(head=head))
    assert (article.url, article.source) == ("https://courier.example/local/ferry-pier", "Bayside Courier")


def test_a_figure_caption_is_the_caption():
    figure = "<figure><img src='pier.jpg'><figcaption>The pier at low tide.</figcaption></figure>"
    assert read_page(page(extra=figure)).caption == "The pier at low tide."


def test_a_page_with_no_story_has_no_body():
    links = "".join(f"<li><a href='/s{i}'>Story number {i}</a></li>" for i in range(20))
    assert read_page(f"<html><head><title>Home</title></head><body><ul>{links}</ul></body></html>").body == ""


def test_reading_a_page_opens_no_connection(monkeypatch: pytest.MonkeyPatch):
    def refuse(*args: object) -> None:
        raise AssertionError("a page was read over the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert read_page(page(head="<link rel='canonical' href='https://courier.example/a'>")).body


def test_a_page_is_decoded_as_it_declares():
    html = page().replace("charset='utf-8'", "charset='windows-1252'").replace("board’s", "café’s")
    assert decode_page(html.encode("cp1252"), max_bytes=10**6) == (html, None)


def test_utf8_bytes_under_a_leftover_latin1_declaration_are_read_as_utf8_not_mojibake():
    # Only bytes that Windows-1252 also reads ("é" would be "Ã©"), so a wrong reading raises no error.
    text = "The café on the pier will close while the builders work, its owner said on Tuesday afternoon."
    html = page(paragraphs=[text]).replace("charset='utf-8'", "charset='iso-8859-1'")
    assert decode_page(html.encode("utf-8"), max_bytes=10**6) == (html, None)


def test_an_undeclared_legacy_page_is_detected_and_its_encoding_named():
    html = page().replace("<meta charset='utf-8'>", "").replace("board’s", "café’s")
    assert decode_page(html.encode("cp1252"), max_bytes=10**6) == (html, "cp1252")


def test_a_saved_page_is_ingested_under_its_file_name(ingest, client):
    head = "<meta property='og:site_name' content='Bayside Courier'>" + json_ld(datePublished="2031-04-08")
    result = ingest({"pier.html": page(head=head), "old.htm": page(heading="Ferry timetable changes")})
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "2 files: 2 new, 0 unchanged, 0 replaced, 0 skipped"
    article = article_by_external_id(client, "pier.html")
    assert (article["title"], article["source"], article["published"]) == (
        "Ferry pier to close for a year",
        "Bayside Courier",
        "2031-04-08",
    )
    assert article["author"] == "Maren Hesk, Tovald Lund"
    assert article["body"] == "\n\n".join(PARAGRAPHS)


def test_a_saved_page_with_no_story_is_skipped_not_stored_empty(ingest, inputs):
    links = "".join(f"<li><a href='/s{i}'>Story number {i}</a></li>" for i in range(20))
    result = ingest({"home.html": f"<html><body><ul>{links}</ul></body></html>", "pier.html": page()})
    assert result.exit_code == 1
    assert result.stdout.strip() == "2 files: 1 new, 0 unchanged, 0 replaced, 1 skipped"
    assert result.stderr.splitlines() == [f"skipped {inputs({}) / 'home.html'}: no article text found on the page"]


def test_a_saved_error_page_is_skipped_not_stored_as_a_story(tmp_path):
    apology = "<p>Sorry, the page you were looking for could not be found. It may have been moved or deleted.</p>"
    missing = tmp_path / "gone.html"
    missing.write_text(
        page(heading="Page not found", byline="", paragraphs=[]).replace("</article>", apology + "</article>")
    )
    assert list(read_records(missing, max_bytes=10**6, max_article_chars=10**6)) == [
        Skipped(str(missing), "no article text found on the page")
    ]
    # The control: a story whose headline opens as an error page's heading does is a story.
    story = tmp_path / "story.html"
    story.write_text(page(heading="Page not found: the archive that vanished"))
    (read,) = read_records(story, max_bytes=10**6, max_article_chars=10**6)
    assert isinstance(read, Given)


def test_a_page_declaring_utf16_in_its_markup_is_read_as_utf8():
    html = page().replace("charset='utf-8'", "charset='utf-16'")
    assert decode_page(html.encode("utf-8"), max_bytes=10**6) == (html, None)


def test_the_servers_declared_encoding_comes_before_the_pages():
    html = page().replace("board’s", "café’s")  # the page says UTF-8; the server, rightly, Windows-1252
    assert decode_page(html.encode("cp1252"), max_bytes=10**6, content_type="text/html; charset=cp1252") == (html, None)


def test_an_article_a_web_page_names_as_its_main_entity_is_the_story():
    described = {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "datePublished": "2031-04-08"}}
    head = f"<script type='application/ld+json'>{json.dumps(described)}</script>"
    assert read_page(page(head=head)).published == "2031-04-08"


def test_a_credit_for_the_words_without_a_colon_names_a_saved_pages_writer():
    assert read_page(page(byline="Words and pictures Maren Hesk")).author == "Maren Hesk"
    # a credit for the pictures alone names no writer
    assert read_page(page(byline="Photos Maren Hesk")).author is None


def test_a_lifestyle_sections_name_over_a_saved_pages_story_is_no_writer():
    assert read_page(page(byline="", extra="<p>Harbor Life</p>")).author is None
    # a person's name there is the writer's
    assert read_page(page(byline="", extra="<p>Maren Hesk</p>")).author == "Maren Hesk"


def test_metadata_crediting_the_sites_staff_gives_way_to_the_byline_on_the_page():
    # The site named by the window title's end ('... | Bayside Courier'), and by the masthead's first words.
    for staff in ("Bayside Courier", "Bayside Courier Staff"):
        article = read_page(page(head=f"<meta name='author' content='{staff}'>", byline="By Maren Hesk"))
        assert article.author == "Maren Hesk"
    # The control: a writer's name in the same tag is taken.
    article = read_page(page(head="<meta name='author' content='Maren Hesk'>", byline="By Maren Hesk"))
    assert article.author == "Maren Hesk"


def test_a_window_title_of_the_sites_name_alone_gives_way_to_the_headline_the_page_shows():
    # A site's name of three words, as long as a short headline: the window title is no shorter than one.
    head = "<title>Bayside Morning Courier</title><meta property='og:site_name' content='Bayside Morning Courier'>"
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    html = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
        "<header><div>Bayside Morning Courier</div></header><main>"
        f"<article><h2>Ferry pier to close for a year</h2><p>Maren Hesk</p>{story}</article></main>"
        "<footer>© Bayside Morning Courier</footer></body></html>"
    )
    assert read_page(html).title == "Ferry pier to close for a year"


def test_a_bio_of_the_writer_closing_the_story_is_not_the_story():
    bio = "Nora Quill is a retired teacher and writes on schools."
    assert read_page(page(paragraphs=[*PARAGRAPHS, bio], byline="By Nora Quill")).body == "\n\n".join(PARAGRAPHS)
    # the control: a closing line about someone else the story names is the story's
    other = "Ida Brandt is a retired teacher and writes on schools."
    assert read_page(page(paragraphs=[*PARAGRAPHS, other], byline="By Nora Quill")).body.endswith(other)


def test_a_line_that_is_exactly_the_byline_found_is_not_the_story():
    # the metadata names the writer; the page prints the name alone, in a shape no name-alone rule reads ('June ...')
    head = json_ld(headline="Ferry pier to close for a year", author={"@type": "Person", "name": "June Halloran"})
    article = read_page(page(head=head, byline="", extra="<p>June Halloran</p><p>Published April 2, 2025</p>"))
    assert (article.author, article.body) == ("June Halloran", "\n\n".join(PARAGRAPHS))


def test_a_holidays_name_alone_above_the_story_is_no_byline():
    # near miss: 'May Day' is a day of the calendar, no writer's name
    article = read_page(page(byline="", extra="<p>May Day</p>"))
    assert article.author is None


def test_a_photo_credit_closing_the_article_is_not_the_story():
    credit = "<p>Photo credit: Maren Hesk / Bayside Courier</p>"
    assert read_page(page(after=credit)).body == "\n\n".join(PARAGRAPHS)


def test_a_closing_paragraph_about_photographs_is_the_storys():
    # near miss: a sentence of the story that speaks of photographs is no credit
    closing = "Photographs of the old pier taken by residents will hang in the harbour library until the work ends."
    assert read_page(page(paragraphs=[*PARAGRAPHS, closing])).body.endswith(closing)


def test_a_name_and_agency_closing_the_article_is_no_photo_credit():
    # near miss: unlabelled, 'Jane Roe / Agency' may be the writer's closing credit, not the photo's
    closing = "<p>Maren Hesk / Harbor Wire</p>"
    assert read_page(page(after=closing)).body.endswith("Maren Hesk / Harbor Wire")


def test_a_wire_after_a_slash_in_the_visible_byline_is_the_original_source():
    assert read_page(page(byline="By Maren Hesk / Harbor Press")).original_source == "Harbor Press"


def test_the_sites_own_name_after_a_slash_in_the_visible_byline_is_no_original_source():
    # near miss: the window title names the site ('... | Bayside Courier'), which the byline credits
    assert read_page(page(byline="By Maren Hesk / Bayside Courier")).original_source is None


def test_the_agency_in_the_storys_dateline_is_the_original_source_of_a_saved_page():
    opening = f"PORT ELIN (Harbor Press) — {PARAGRAPHS[0]}"
    article = read_page(page(byline="By Maren Hesk", paragraphs=[opening, *PARAGRAPHS[1:]]))
    assert article.original_source == "Harbor Press"


def test_a_saved_page_whose_text_names_no_wire_has_no_original_source():
    # near miss: a byline of writers and their job titles, a story with no dateline
    assert read_page(page()).original_source is None


def test_the_site_the_metadata_names_credited_after_a_slash_is_no_original_source():
    # near miss: only the page's metadata names the site its visible byline credits
    site = "<meta property='og:site_name' content='Quay Press'>"
    assert read_page(page(head=site, byline="By Maren Hesk / Quay Press")).original_source is None


@pytest.mark.parametrize("byline", ["Par Maren Hesk", "Von Maren Hesk", "Por Maren Hesk"])
def test_by_in_another_language_is_no_part_of_the_writers_name(byline):
    assert read_page(page(byline=byline)).author == "Maren Hesk"


def test_a_writer_named_after_a_foreign_by_word_alone_keeps_it():
    # 'Von Harlowe': with no second word after it, the word may be the writer's given name; the metadata's byline is
    # read so, where the visible one is no byline the page cleaner reads
    head = json_ld(author={"@type": "Person", "name": "Von Harlowe"})
    assert read_page(page(head=head, byline="Story and photos: Von Harlowe")).author == "Von Harlowe"


def test_the_sites_name_under_the_byline_is_not_the_story():
    assert read_page(page(extra="<p>Bayside Courier</p>")).body == "\n\n".join(PARAGRAPHS)


def test_the_sites_name_opening_a_paragraph_of_the_story_is_the_storys():
    opening = f"Bayside Courier readers wrote in. {PARAGRAPHS[0]}"
    assert read_page(page(paragraphs=[opening, *PARAGRAPHS[1:]])).body == "\n\n".join([opening, *PARAGRAPHS[1:]])
