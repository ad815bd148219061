"""Query parameters, declared once per endpoint as models; unknown parameters are refused."""

from datetime import date
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.settings import get_settings
from app.store.articles import FILTERS, ArticleSort


class PageParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    limit: int = Field(
        default_factory=lambda: get_settings().page_size,
        ge=1,
        description="Items per page, at most 100 (the MAX_PAGE_SIZE setting).",
        examples=[20],
    )
    cursor: str | None = Field(
        default=None,
        min_length=1,
        description="Opaque position from a previous page's `next_cursor`.",
        examples=["eyJzIjoiLXB1Ymxpc2hlZCIsImsiOlsiMjAxNy0wNS0xOCIsMl19"],
    )
    count: bool = Field(
        default=True, description="Count all matches into `total`; `false` skips it (faster).", examples=[True]
    )

    @model_validator(mode="after")
    def _no_nul_characters(self) -> Self:
        # SQLite would end the string at a NUL and quietly answer for a different value.
        for name, value in self:
            if isinstance(value, str) and "\x00" in value:
                raise ValueError(f"{name} must not contain NUL characters")
        return self

    @field_validator("limit")
    @classmethod
    def _limit_within_page_size(cls, limit: int) -> int:
        if limit > (largest := get_settings().max_page_size):
            raise ValueError(f"must be at most {largest}")
        return limit

    @field_validator("cursor")
    @classmethod
    def _cursor_not_too_long(cls, cursor: str | None) -> str | None:
        if cursor and len(cursor) > get_settings().max_cursor_length:
            raise ValueError("is too long; use next_cursor from a previous page")
        return cursor


class ArticleParams(PageParams):
    q: str | None = Field(
        default=None,
        min_length=1,
        description=(
            'Full-text search over title and body (SQLite FTS5 syntax: words, "phrases", OR, NOT, '
            "prefix*, title:word). Words match their inflections (porter stemming)."
        ),
        examples=["visas NOT tourism"],
    )
    source: str | None = Field(
        default=None, description="Publication, exact but case-insensitive.", examples=["The Daily Ledger"]
    )
    author: str | None = Field(
        default=None, description="One person of the byline, case-insensitive.", examples=["Jane Roe"]
    )
    external_id: str | None = Field(
        default=None, description="The id given at ingest.", examples=["2017-05-18-asylum.txt"]
    )
    published_from: date | None = Field(
        default=None, description="Published on or after this day.", examples=["2017-05-01"]
    )
    published_to: date | None = Field(
        default=None, description="Published on or before this day.", examples=["2017-05-31"]
    )
    sort: ArticleSort | None = Field(
        default=None,
        description="`-published` (newest first; the default), `published`, or `relevance` (with `q`; "
        "the default then). Articles without a date come last when newest first.",
        examples=["-published"],
    )

    @field_validator("q")
    @classmethod
    def _query_not_too_long(cls, q: str | None) -> str | None:
        if q and len(q) > (longest := get_settings().max_query_length):
            raise ValueError(f"must be at most {longest} characters")
        return q

    @model_validator(mode="after")
    def _parameters_agree(self) -> Self:
        if self.sort is ArticleSort.RELEVANCE and not self.q:
            raise ValueError("sort=relevance needs a full-text query q")
        if self.published_from and self.published_to and self.published_from > self.published_to:
            raise ValueError("published_from is after published_to")
        return self

    def filters(self) -> dict[str, Any]:
        """The filters given, by the names the store's filter table knows them by."""
        return self.model_dump(include=set(FILTERS), exclude_none=True)

    def order(self) -> ArticleSort:
        return self.sort or (ArticleSort.RELEVANCE if self.q else ArticleSort.NEWEST)
