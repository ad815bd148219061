"""Table models: the stored shape of the corpus. Never returned by the API directly.

SQLModel declares the tables: one typed class each, whose fields give the columns, their nullability
and foreign keys, and whose metadata Alembic's autogenerate and tests/test_migrations.py compare with
the migrations. Rows are never instances of these classes, though: writes insert plain dicts with
SQLAlchemy Core (app/store/extractions.py) and the API reads on sqlite3 itself (app/store/reader.py),
into its own response models (app/api/schemas.py). One instance costs 25 µs to build, 200 times a dict
(`python -m timeit -s 'from app.store.models import Mention' 'Mention(entity_id=3, article_id=7,
field="body", start=0, end=4, text="Mara")'`, best of 5 on the 2-core development machine): 0.5 ms for
a page of 20, when a whole request for the newest articles takes 1.7 ms at p50 (`bench.api`, a million articles).

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


class Entity(SQLModel, table=True):
    """One real-world person, organisation, place or other named thing, across the whole corpus."""

    __tablename__ = "entities"
    # Entities no article names any more are deleted; their ids never come back as another entity's.
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    name: str  # the fullest common form seen
    type: str
    pseudonym: bool = False  # some article says the name is not the person's real one
    # Kept up to date on every write, so lists sort and filter by them without counting.
    mention_count: int = 0
    article_count: int = 0


class EntityAlias(SQLModel, table=True):
    """Every way the corpus writes an entity's name (the canonical name included)."""

    __tablename__ = "entity_aliases"

    entity_id: int = Field(foreign_key="entities.id", primary_key=True, ondelete="CASCADE")
    alias: str = Field(primary_key=True)
    articles: int = 0  # how many articles call the entity by this name


class EntityKey(SQLModel, table=True):
    """Normalised name keys under which later articles find the same entity again."""

    __tablename__ = "entity_keys"

    key: str = Field(primary_key=True)
    entity_id: int = Field(foreign_key="entities.id", primary_key=True, ondelete="CASCADE")


class ArticleEntity(SQLModel, table=True):
    """An entity as one article names it: the article's fullest name for it and how often it appears."""

    __tablename__ = "article_entities"

    article_id: int = Field(foreign_key="articles.id", primary_key=True, ondelete="CASCADE")
    entity_id: int = Field(foreign_key="entities.id", primary_key=True, ondelete="CASCADE")
    name: str
    mention_count: int
    pseudonym: bool = False
    # The article's, repeated here so that one entity's articles are read newest first from an index.
    published: str | None = None


class CoOccurrence(SQLModel, table=True):
    """Two entities and how many articles name both: each pair twice, once from either side.

    Kept by triggers on `article_entities` (migration 0008), in the transaction that writes the links,
    so an entity's companions are read from an index rather than counted over its articles. No foreign
    keys: a pair goes when its last article does, before either entity can.
    """

    __tablename__ = "co_occurrences"
    __table_args__ = {"sqlite_with_rowid": False}

    entity_id: int = Field(primary_key=True)
    other_id: int = Field(primary_key=True)
    articles: int


class Mention(SQLModel, table=True):
    __tablename__ = "mentions"

    id: int | None = Field(default=None, primary_key=True)
    entity_id: int = Field(foreign_key="entities.id", ondelete="CASCADE")
    article_id: int = Field(foreign_key="articles.id", ondelete="CASCADE")
    field: str
    start: int
    end: int
    text: str
    pseudonym: bool = False


class Quote(SQLModel, table=True):
    __tablename__ = "quotes"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", ondelete="CASCADE")
    text: str
    kind: str
    cue: str | None = None
    speaker_id: int | None = Field(default=None, foreign_key="entities.id", ondelete="SET NULL")
    speaker_text: str | None = None
    field: str
    start: int
    end: int
    # Quotes of the same words, in any article, share a cluster (named by the id of one of them).
    cluster_key: str
    cluster_id: int


class QuotePlace(SQLModel, table=True):
    """Every occurrence of a quote in its article, the quote's own place included."""

    __tablename__ = "quote_places"

    quote_id: int = Field(foreign_key="quotes.id", primary_key=True, ondelete="CASCADE")
    field: str = Field(primary_key=True)
    start: int = Field(primary_key=True)
    end: int


class Event(SQLModel, table=True):
    __tablename__ = "events"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", ondelete="CASCADE")
    date: str  # ISO 8601 at the text's precision
    precision: str
    # The first and last day the date covers, so ranges and sorting work whatever the precision.
    first_day: str
    last_day: str
    date_text: str
    resolved_from: str
    field: str
    start: int
    end: int
    sentence: str


class EventEntity(SQLModel, table=True):
    """The entities named in the sentence that states an event."""

    __tablename__ = "event_entities"

    event_id: int = Field(foreign_key="events.id", primary_key=True, ondelete="CASCADE")
    entity_id: int = Field(foreign_key="entities.id", primary_key=True, ondelete="CASCADE")
    # The event's, repeated here so that one entity's timeline is read in order from an index.
    first_day: str | None = None
    last_day: str | None = None


class _WindowSize(SQLModel):
    """How many of the newest articles an index of the newest articles holds (one row)."""

    articles: int = Field(primary_key=True)


class _Held(SQLModel):
    """The articles an index of the newest articles holds: the newest, by id (kept by triggers)."""

    id: int = Field(primary_key=True)


class RecentWindow(_WindowSize, table=True):
    """The size of the index of the newest 20,000 articles (migration 0004)."""

    __tablename__ = "recent_window"


class RecentArticle(_Held, table=True):
    """The articles the index of the newest 20,000 holds."""

    __tablename__ = "recent_articles"


class LatestWindow(_WindowSize, table=True):
    """The size of the index of the newest 2,000 articles (migration 0007)."""

    __tablename__ = "latest_window"


class LatestArticle(_Held, table=True):
    """The articles the index of the newest 2,000 holds."""

    __tablename__ = "latest_articles"


class Untidied(SQLModel, table=True):
    """How many articles were written since an ingest's closing step last ran (one row; migration 0010)."""

    __tablename__ = "untidied"

    articles: int = Field(primary_key=True)
