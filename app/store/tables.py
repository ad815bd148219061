"""The tables as SQLAlchemy Core sees them, for the query builder."""

from sqlalchemy import Table
from sqlmodel import SQLModel

from app.store import models


def _table(model: type[SQLModel]) -> Table:
    return SQLModel.metadata.tables[str(model.__tablename__)]


ARTICLES = _table(models.Article)
AUTHORS = _table(models.ArticleAuthor)
ENTITIES = _table(models.Entity)
ALIASES = _table(models.EntityAlias)
KEYS = _table(models.EntityKey)
ARTICLE_ENTITIES = _table(models.ArticleEntity)
MENTIONS = _table(models.Mention)
CO_OCCURRENCES = _table(models.CoOccurrence)
QUOTES = _table(models.Quote)
QUOTE_PLACES = _table(models.QuotePlace)
EVENTS = _table(models.Event)
EVENT_ENTITIES = _table(models.EventEntity)
