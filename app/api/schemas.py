"""The public shapes of the API: every field described, with an example, for /openapi.json."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


def _field(description: str, example: object, **kwargs: Any) -> Any:
    return Field(description=description, examples=[example], **kwargs)


class Problem(BaseModel):
    """An error, as RFC 9457 problem details (`application/problem+json`)."""

    type: str = _field(
        "A URI reference naming the kind of problem; `about:blank` for plain HTTP errors.", "about:blank"
    )
    title: str = _field("Short, human-readable summary of the kind of problem.", "Unprocessable Content")
    status: int = _field("The HTTP status code.", 422)
    detail: str = _field(
        "What went wrong with this request, for a person.", "limit: Input should be less than or equal to 100"
    )
    errors: list[dict[str, object]] | None = _field(
        "For invalid parameters: each one with its location and the reason.",
        [{"loc": ["query", "limit"], "msg": "Input should be less than or equal to 100"}],
        default=None,
    )


class Health(BaseModel):
    status: str = _field("`ok` when the service can read its database.", "ok")
    articles: int = _field("How many articles the database holds.", 2)


class ArticleSummary(BaseModel):
    """An article's metadata."""

    model_config = ConfigDict(from_attributes=True)

    id: int = _field("Newsdesk's id of the article.", 1)
    external_id: str = _field(
        "The id given at ingest: the file name of a raw page, or the record's `id`.", "2017-05-18-asylum.txt"
    )
    title: str | None = _field("The headline.", "Two countries open their doors to refugees")
    source: str | None = _field("The publication, when known.", "The Daily Ledger")
    author: str | None = _field("The byline, as written (several names possible).", "Jane Roe and John Doe")
    published: str | None = _field("Publication date or datetime (ISO 8601, at the precision given).", "2017-05-18")
    url: str | None = _field("Where the article was published, when known.", "https://example.org/news/1")


class ArticleListItem(ArticleSummary):
    """An article in a list, with the passage that matched a search."""

    snippet: str | None = _field(
        "With `q`: the best-matching passage, HTML-escaped, with hits in `<mark>` tags; else null.",
        "…the ministry <mark>granted</mark> visas to two men…",
        default=None,
    )


class ArticleDetail(ArticleSummary):
    """A whole article: metadata, the cleaned text and what came with it."""

    body: str = _field(
        "The article's text, paragraphs separated by a blank line; offsets index into it.",
        "The ministry said on Wednesday that it granted visas.\n\nIt gave no names.",
    )
    caption: str | None = _field("The photo caption, without its credit.", "Protesters gather outside.")
    original_source: str | None = _field(
        "For syndicated pieces: the publication that first ran the article.", "Foreign Affairs Weekly"
    )
    ingested_at: str = _field("When this version of the article was stored (UTC).", "2026-11-21T12:00:00+00:00")


class ArticleList(BaseModel):
    """One page of articles."""

    items: list[ArticleListItem] = _field("The articles of this page.", [])
    total: int | None = _field("How many articles match in all; null with `count=false`.", 2)
    next_cursor: str | None = _field(
        "Pass as `cursor` to get the next page; null on the last page.", "eyJzIjoiLXB1Ymxpc2hlZCJ9"
    )
