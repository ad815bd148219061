"""What the timeline resolves a date against, beyond the publication date: the period a report gives figures
for, and a date that an apposition restates. Read straight from the extractor on short invented articles."""

from datetime import date

from app.extract.nlp import load_model
from app.extract.parsed import ArticleText, parse_articles
from app.extract.timeline import find_events
from app.settings import Settings

# A Wednesday in late October, when nine-month figures are out.
PUBLISHED = date(2021, 10, 20)


def dates(body: str, published: date = PUBLISHED) -> dict[str, str]:
    """date_text -> date of every event found."""
    nlp = load_model(Settings().spacy_model)
    article = parse_articles(nlp, [ArticleText({"body": body}, published)])[0]
    return {event.date_text: event.date for event in find_events(article)}


def test_last_week_in_a_sunday_paper_is_the_week_just_worked() -> None:
    assert dates("The mayor resigned last week.", date(2021, 10, 24)) == {"last week": "2021-W42"}
