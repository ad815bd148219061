"""Cleaning raw pages: each test ingests one constructed page and checks one layout rule."""

from tests.conftest import article_by_external_id

NAV = ["Sign In", "Subscribe", "Home", "Local", "Sports", "Latest News", "Weather"]
STORY = [
    "MILLBROOK, Ore. (Harbor Wire) — The town council voted late Tuesday to close the old river bridge "
    "for a year of repairs, ending weeks of heated debate among residents.",
    "Engineers told the council that the steel deck had rusted far faster than expected and could no "
    "longer carry heavy trucks safely.",
    "“We cannot keep patching it and hoping for the best,” said Mayor Ida Brandt, who cast the deciding vote.",
    "A temporary ferry will run every half hour between the two banks while the work goes on, officials said.",
]
RELATED = [
    "Related Stories",
    "Library extends weekend hours for exam season",
    "High school robotics team heads to state finals",
    "Farmers market returns to the town square",
]
TITLE = "Council votes to close the old river bridge"
FOOTER = ["Privacy Policy", "Terms of Use", "© 2021 Valley Media Group. All rights reserved."]


def page(*blocks: list[str]) -> str:
    return "\n\n".join(line for block in blocks for line in block) + "\n"


def cleaned(ingest, client, text: str) -> dict:
    result = ingest({"story.txt": text})
    assert result.exit_code == 0, result.output
    return article_by_external_id(client, "story.txt")


def test_navigation_and_headline_are_not_body(ingest, client):
    article = cleaned(ingest, client, page(NAV, [TITLE], STORY, FOOTER))
    assert article["title"] == TITLE
    assert article["body"] == "\n\n".join(STORY)


def test_masthead_lines_are_not_body(ingest, client):
    masthead = ["The Millbrook Ledger Newspaper", "Millbrook, Oregon  Est. March 3, 1902"]
    article = cleaned(ingest, client, page(NAV, masthead, [TITLE], STORY))
    assert article["source"] == "The Millbrook Ledger"
    assert "Ledger" not in article["body"] and "1902" not in article["body"]


def test_founding_date_is_not_published_date(ingest, client):
    masthead = ["The Millbrook Ledger Newspaper", "Millbrook, Oregon  Est. March 3, 1902"]
    article = cleaned(ingest, client, page(masthead, [TITLE], STORY))
    assert article["published"] is None


def test_published_line_gives_the_date(ingest, client):
    header = [TITLE, "Published 5:08 pm, Friday, April 9, 2021"]
    article = cleaned(ingest, client, page(NAV, header, STORY))
    assert article["published"] == "2021-04-09"
    assert "Published" not in article["body"]


def test_byline_names_are_the_author(ingest, client):
    header = [TITLE, "By Nora Quill, Tomas Reyes and Lena Ostrova, Harbor Wire"]
    article = cleaned(ingest, client, page(NAV, header, STORY))
    assert article["author"] == "Nora Quill, Tomas Reyes and Lena Ostrova"
    assert "By Nora" not in article["body"]


def test_byline_with_publication_gives_author_and_original_source(ingest, client):
    masthead = ["The Millbrook Ledger Newspaper", "Millbrook, Oregon  Est. March 3, 1902"]
    header = [TITLE, "By Nora Quill Coastal Affairs Weekly"]
    article = cleaned(ingest, client, page(masthead, header, STORY))
    assert (article["author"], article["original_source"]) == ("Nora Quill", "Coastal Affairs Weekly")
    assert article["source"] == "The Millbrook Ledger"


def test_name_line_under_headline_is_a_byline(ingest, client):
    header = [TITLE, "Nora Quill and Tomas Reyes, Harbor Wire"]
    article = cleaned(ingest, client, page(NAV, header, STORY))
    assert article["author"] == "Nora Quill and Tomas Reyes"


def test_caption_credit_is_stripped(ingest, client):
    caption = "Workers inspect the rusted deck of the river bridge on Monday, April 5, 2021. (Pia Lund / Harbor Wire)"
    header = [TITLE, caption, "By Nora Quill"]
    article = cleaned(ingest, client, page(NAV, header, STORY))
    assert article["caption"] == "Workers inspect the rusted deck of the river bridge on Monday, April 5, 2021."
    assert "Pia Lund" not in article["body"] and "rusted deck" not in article["body"]


def test_photo_credit_line_inside_story_is_dropped(ingest, client):
    story = [*STORY[:2], "Pia Lund/Riverside via Harbor Images", *STORY[2:]]
    article = cleaned(ingest, client, page(NAV, [TITLE], story))
    assert article["body"] == "\n\n".join(STORY)
    assert article["caption"] is None


def test_gallery_labels_and_repeated_captions_are_not_body(ingest, client):
    caption = "Workers inspect the rusted deck of the river bridge on Monday, April 5, 2021."
    gallery = [caption, caption, "Photo: Pia Lund, Harbor Wire", "Image 1 of 4", "Caption", "Close"]
    article = cleaned(ingest, client, page(NAV, [TITLE], gallery, STORY))
    assert article["body"] == "\n\n".join(STORY)
    assert article["caption"] == caption


def test_trailing_related_links_are_dropped(ingest, client):
    article = cleaned(ingest, client, page(NAV, [TITLE], STORY, RELATED, FOOTER))
    assert article["body"].endswith(STORY[-1])
    assert "robotics" not in article["body"] and "Related" not in article["body"]


def test_notes_after_a_separator_rule_are_dropped(ingest, client):
    notes = ["___", "Follow Nora Quill on social media at https://example.org/noraquill"]
    article = cleaned(ingest, client, page(NAV, [TITLE], STORY, notes, RELATED))
    assert article["body"].endswith(STORY[-1])


def test_comment_form_and_newsletter_prose_are_dropped(ingest, client):
    form = [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked with an asterisk.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Sign up for our newsletter to get the day's top stories delivered to your inbox each morning.",
    ]
    article = cleaned(ingest, client, page(NAV, [TITLE], STORY, form))
    assert article["body"].endswith(STORY[-1])


def test_repeated_headline_is_the_title(ingest, client):
    title = TITLE
    lists = ["Library extends weekend hours for exam season", "Robotics team heads to state finals"]
    article = cleaned(ingest, client, page(NAV, lists, [title, title, "Share", "April 9, 2021"], STORY))
    assert article["title"] == title
    assert title not in article["body"]


def test_headline_is_chosen_over_related_headlines_by_its_byline(ingest, client):
    header = [TITLE, "By Nora Quill", "April 9, 2021"]
    article = cleaned(ingest, client, page(NAV, header, RELATED[1:], STORY))
    assert article["title"] == TITLE
    assert article["author"] == "Nora Quill"
    assert article["body"] == "\n\n".join(STORY)


def test_paragraph_text_is_kept_verbatim(ingest, client):
    quoted = "“It’s   done,” she said — and   the room went quiet; nobody in the hall said a single word."
    article = cleaned(ingest, client, page(NAV, [TITLE], [*STORY, f"  {quoted}  "]))
    assert article["body"].endswith("\n\n" + quoted)
