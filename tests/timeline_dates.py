"""The dates the timeline finds in a short invented article, read straight from the extractor (no database)."""

from datetime import date
from functools import cache

from spacy.language import Language

from app.extract.nlp import load_model
from app.extract.parsed import ArticleText
from app.extract.parsing import parse_articles
from app.extract.timeline import find_events
from app.settings import Settings


@cache
def _model() -> Language:
    return load_model(Settings().spacy_model)


def body_dates(body: str, published: date | None) -> dict[str, str]:
    """date_text -> date of every event found in an article of `body` alone, published on `published`."""
    return field_dates("body", body, published)


def field_dates(field: str, text: str, published: date | None) -> dict[str, str]:
    """date_text -> date of every event found in an article of `text` in `field` alone, published on `published`."""
    article = parse_articles(_model(), [ArticleText({field: text}, published)])[0]
    return {event.date_text: event.date for event in find_events(article)}
