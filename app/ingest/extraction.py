"""Extraction for a batch of records: one spaCy stream over all of them, then each article's findings."""

from collections.abc import Sequence
from datetime import date, datetime

from spacy.language import Language

from app.extract.article import extract
from app.extract.found import Extraction
from app.extract.parsed import ArticleText, ParsedArticle, parse_articles
from app.store.articles import ArticleRecord


class ExtractionFailed(Exception):
    """Extraction broke on one article: it is reported and left out, and the batch goes on."""


def extract_records(nlp: Language, records: Sequence[ArticleRecord]) -> list[Extraction | ExtractionFailed]:
    texts = [ArticleText(_texts(record), _day(record.published)) for record in records]
    return [_extract_one(article) for article in parse_articles(nlp, texts)]


def _texts(record: ArticleRecord) -> dict[str, str]:
    fields = {"title": record.title, "caption": record.caption, "body": record.body}
    publishers = {"source": record.source, "original_source": record.original_source}
    return {name: text for name, text in {**fields, **publishers}.items() if text}


def _extract_one(article: ParsedArticle) -> Extraction | ExtractionFailed:
    try:
        return extract(article)
    except Exception as error:  # noqa: BLE001 - one article's failure must not cost the others
        return ExtractionFailed(f"extraction failed: {error!r}")


def _day(published: str | None) -> date | None:
    """The publication's own calendar day (its local date, whatever the offset)."""
    if not published:
        return None
    return datetime.fromisoformat(published).date() if "T" in published else date.fromisoformat(published[:10])
