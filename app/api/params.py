"""Query parameters, declared once per endpoint as models; unknown parameters are refused."""

import re
from collections.abc import Iterable
from datetime import date
from typing import Annotated, Any, Literal, Self

from fastapi import Depends
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from app.api.numbers import Digits, Id
from app.api.query_models import QueryModel, from_settings
from app.extract.names import ENTITY_TYPES
from app.settings import Settings
from app.store import entities, quotes, timeline
from app.store.articles import FILTERS, SORTS, ArticleSort
from app.store.pagination import Sort, encode_cursor
from app.store.timeline import Bucket


def _iso_day(value: object) -> object:
    # Pydantic would also read a number as a Unix time ("to=0" as 1970-01-01): a day is written as a day.
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("must be a day written YYYY-MM-DD")
    return value


Day = Annotated[date, BeforeValidator(_iso_day)]
_TYPES = ", ".join(ENTITY_TYPES)


def _entity_type(value: object) -> object:
    # Types are stored as the tagger names them, upper case; a client may write "person".
    if isinstance(value, str):
        if (upper := value.upper()) not in ENTITY_TYPES:
            raise ValueError(f"must be one of {_TYPES} (in any case)")
        return upper
    return value


EntityType = Annotated[
    str, BeforeValidator(_entity_type), WithJsonSchema({"type": "string", "enum": list(ENTITY_TYPES)})
]


def _settings(info: ValidationInfo) -> Settings:
    """The settings of the app validating the request (app/api/query_models.py gives them as context)."""
    assert isinstance(info.context, Settings), "query parameters are validated with the app's settings"
    return info.context


def _cursor(sort: Sort, *position: object) -> Any:
    """The `cursor` of a list in `sort` order; the example is a cursor of that list, after the row at `position`
    (its sort keys and id)."""
    return Field(
        default=None,
        min_length=1,
        description="Opaque position from a previous page's `next_cursor`.",
        examples=[encode_cursor(sort, position)],
        json_schema_extra=from_settings(maxLength="max_cursor_length"),
    )


def _positive(description: str, example: int) -> Any:
    """The description and example of an optional `Id` parameter (an id or a count); the type gives its bounds."""
    return Field(default=None, description=description, examples=[example])


def _text(description: str, example: str) -> Any:
    """The description and example of an optional text parameter: one character at least, MAX_QUERY_LENGTH at most
    (the schema's bound; `_not_too_long` checks it against the app's setting)."""
    return Field(
        default=None,
        min_length=1,
        description=description,
        examples=[example],
        json_schema_extra=from_settings(maxLength="max_query_length"),
    )


class PageParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    limit: Digits = Field(
        # The app's PAGE_SIZE setting when not given (_default_limit); this is the setting's own default.
        default=Settings.model_fields["page_size"].default,
        ge=1,
        description="Items per page, at most 100 (the MAX_PAGE_SIZE setting).",
        examples=[20],
        json_schema_extra=from_settings(maximum="max_page_size", default="page_size"),
    )
    # Declared by each list with `_cursor`, for an example that list accepts.
    cursor: str | None = None
    count: bool = Field(
        default=True, description="Count all matches into `total`; `false` skips it (faster).", examples=[True]
    )

    @model_validator(mode="before")
    @classmethod
    def _default_limit(cls, data: Any, info: ValidationInfo) -> Any:
        if isinstance(data, dict) and "limit" not in data:
            return {**data, "limit": _settings(info).page_size}
        return data

    @model_validator(mode="after")
    def _no_nul_characters(self) -> Self:
        # SQLite would end the string at a NUL and quietly answer for a different value.
        for name, value in self:
            if isinstance(value, str) and "\x00" in value:
                raise ValueError(f"{name} must not contain NUL characters")
        return self

    @field_validator("limit")
    @classmethod
    def _limit_within_page_size(cls, limit: int, info: ValidationInfo) -> int:
        if limit > (largest := _settings(info).max_page_size):
            raise ValueError(f"must be at most {largest}")
        return limit

    def chosen(self, names: Iterable[str]) -> dict[str, Any]:
        """The filters given among `names`, by their public (query parameter) names."""
        return {
            name: value for name, value in self.model_dump(by_alias=True, exclude_none=True).items() if name in names
        }

    @field_validator("cursor")
    @classmethod
    def _cursor_not_too_long(cls, cursor: str | None, info: ValidationInfo) -> str | None:
        if cursor and len(cursor) > _settings(info).max_cursor_length:
            raise ValueError("is too long; use next_cursor from a previous page")
        return cursor


def _not_too_long(q: str | None, info: ValidationInfo) -> str | None:
    if q and len(q) > (longest := _settings(info).max_query_length):
        raise ValueError(f"must be at most {longest} characters")
    return q


def _in_order(params: BaseModel, first: str, last: str) -> Any:
    start, end = getattr(params, first), getattr(params, last)
    if start and end and start > end:
        fields = type(params).model_fields
        # Named as the client wrote them ("from", not the attribute "from_").
        raise ValueError(f"{fields[first].alias or first} is after {fields[last].alias or last}")
    return params


class ArticleParams(PageParams):
    cursor: str | None = _cursor(SORTS[ArticleSort.NEWEST], "2017-05-18", 2)
    q: str | None = _text(
        (
            'Full-text search over title and body: words (all must match), "phrases", OR, NOT, AND, '
            "parentheses, prefix*, title:word, body:word. Words match their inflections (porter stemming)."
        ),
        "visas NOT tourism",
    )
    source: str | None = Field(
        default=None, description="Publication, exact but case-insensitive.", examples=["The Daily Ledger"]
    )
    author: str | None = Field(
        default=None, description="One person of the byline, case-insensitive.", examples=["Jane Roe"]
    )
    entity: Id | None = _positive("Articles naming this entity (its id).", 7)
    external_id: str | None = Field(
        default=None, description="The id given at ingest.", examples=["2017-05-18-asylum.txt"]
    )
    published_from: Day | None = Field(
        default=None, description="Published on or after this day.", examples=["2017-05-01"]
    )
    published_to: Day | None = Field(
        default=None, description="Published on or before this day.", examples=["2017-05-31"]
    )
    sort: ArticleSort | None = Field(
        default=None,
        description="`-published` (newest first; the default), `published`, or `relevance` (with `q`; "
        "the default then). Articles without a date come last when newest first.",
        examples=["-published"],
    )

    _query_not_too_long = field_validator("q")(_not_too_long)

    @model_validator(mode="after")
    def _parameters_agree(self) -> Self:
        if self.sort is ArticleSort.RELEVANCE and not self.q:
            raise ValueError("sort=relevance needs a full-text query q")
        return _in_order(self, "published_from", "published_to")

    def filters(self) -> dict[str, Any]:
        return self.chosen(FILTERS)

    def order(self) -> ArticleSort:
        return self.sort or (ArticleSort.RELEVANCE if self.q else ArticleSort.NEWEST)


class QuoteParams(PageParams):
    cursor: str | None = _cursor(quotes.SORT, 3, 3)
    article_id: Id | None = _positive("Quotes of this article.", 1)
    speaker: Id | None = _positive("Quotes spoken by this entity (its id).", 7)
    speaker_name: str | None = _text(
        "Quotes spoken by an entity going by this name or alias, case-insensitive.", "Jane Roe"
    )
    q: str | None = _text(
        "Full-text search over the quoted words (as q of /articles, without columns; porter stemming).", "visas"
    )
    kind: Literal["direct", "partial", "indirect"] | None = Field(
        default=None,
        description="`direct` or `partial` (`indirect` is reserved: none are extracted).",
        examples=["direct"],
    )
    published_from: Day | None = Field(
        default=None, description="In articles published on or after this day.", examples=["2017-05-01"]
    )
    published_to: Day | None = Field(
        default=None, description="In articles published on or before this day.", examples=["2017-05-31"]
    )

    _query_not_too_long = field_validator("q", "speaker_name")(_not_too_long)

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        return _in_order(self, "published_from", "published_to")

    def filters(self) -> dict[str, Any]:
        return self.chosen(quotes.FILTERS)


class EntityParams(PageParams):
    cursor: str | None = _cursor(entities.SORT, 2, 5, 7)
    type: EntityType | None = Field(
        default=None,
        description=f"One of {_TYPES}, in any case.",
        examples=["PERSON"],
    )
    q: str | None = _text("Part of a name or alias, case-insensitive.", "roe")
    article_id: Id | None = _positive("Entities this article names.", 1)
    min_articles: Id | None = _positive("Named in at least this many articles.", 2)

    _query_not_too_long = field_validator("q")(_not_too_long)

    def filters(self) -> dict[str, Any]:
        return self.chosen(entities.FILTERS)


class TimelineParams(PageParams):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    cursor: str | None = _cursor(timeline.SORT, "2017-05-11", 5)
    article_id: Id | None = _positive("Events of this article.", 1)
    entity: Id | None = _positive("Events whose sentence names this entity (its id).", 7)
    from_: Day | None = Field(
        default=None,
        alias="from",
        description="Events on or after this day (periods overlapping it count).",
        examples=["2017-05-01"],
    )
    to: Day | None = Field(
        default=None,
        description="Events on or before this day (periods overlapping it count).",
        examples=["2017-05-31"],
    )
    bucket: Bucket | None = Field(
        default=None,
        description="Instead of events, count them per `day`, `month` or `year` (events vaguer than the "
        "period are left out of its counts).",
        examples=["month"],
    )

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        return _in_order(self, "from_", "to")

    def filters(self) -> dict[str, Any]:
        return self.chosen(timeline.FILTERS)


# Each list's parameters as a dependency of its route (read in one validation: app/api/query_models.py).
ArticleQuery = Annotated[ArticleParams, Depends(QueryModel(ArticleParams))]
QuoteQuery = Annotated[QuoteParams, Depends(QueryModel(QuoteParams))]
EntityQuery = Annotated[EntityParams, Depends(QueryModel(EntityParams))]
TimelineQuery = Annotated[TimelineParams, Depends(QueryModel(TimelineParams))]
