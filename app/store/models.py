"""Table models: the stored shape of the corpus. Never returned by the API directly.

Indexes are declared in the migrations only: several are on SQLite expressions (COLLATE NOCASE).
"""

from sqlmodel import Field, SQLModel


class Article(SQLModel, table=True):
    __tablename__ = "articles"

    id: int | None = Field(default=None, primary_key=True)
    external_id: str = Field(unique=True)
    content_hash: str
    title: str | None = None
    source: str | None = None
    author: str | None = None
    original_source: str | None = None
    caption: str | None = None
    body: str
    url: str | None = None
    # ISO 8601 as given (a date, or a datetime with its offset); text so that it sorts and
    # compares as the calendar reads, and so that a bare date keeps its precision.
    published: str | None = None
    ingested_at: str


class ArticleAuthor(SQLModel, table=True):
    """One row per person in a byline, so that `author=` finds co-authored pieces by index."""

    __tablename__ = "article_authors"

    article_id: int = Field(foreign_key="articles.id", primary_key=True, ondelete="CASCADE")
    name: str = Field(primary_key=True)
