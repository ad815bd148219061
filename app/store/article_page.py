"""One article with everything extraction found in it, read as one state of the database."""

from typing import Any

from app.store import articles, entities, quotes, timeline
from app.store.reader import Reader


def full_article(reader: Reader, *, article_id: int) -> dict[str, Any] | None:
    """The whole stored article with its quotes, entities (and their mentions) and events; None if absent."""
    with reader.snapshot():
        row = articles.get_article(reader, article_id=article_id)
        if row is None:
            return None
        return {
            **row,
            "quotes": quotes.quotes_in(reader, article_id=article_id),
            "entities": entities.entities_in(reader, article_id=article_id),
            "events": timeline.events_in(reader, article_id=article_id),
        }
