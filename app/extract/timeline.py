"""Date expressions of an article's body and caption, normalised and resolved to dates."""

from app.extract.found import Event
from app.extract.parsed import ParsedArticle


def find_events(article: ParsedArticle) -> list[Event]:
    return []
