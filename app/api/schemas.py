"""The public shapes of the API: every field described, with an example, for /openapi.json."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.api.problem_examples import INVALID_QUERY


def _field(description: str, example: object, **kwargs: Any) -> Any:
    return Field(description=description, examples=[example], **kwargs)


class Problem(BaseModel):
    """An error, as RFC 9457 problem details (`application/problem+json`)."""

    # Each example is a field of the API's own answer to a bad request (app/api/problem_examples.py).
    type: str = _field(
        "A URI reference naming the kind of problem; `about:blank` for plain HTTP errors.", INVALID_QUERY["type"]
    )
    title: str = _field("Short, human-readable summary of the kind of problem.", INVALID_QUERY["title"])
    status: int = _field("The HTTP status code.", INVALID_QUERY["status"])
    detail: str = _field("What went wrong with this request, for a person.", INVALID_QUERY["detail"])
    errors: list[dict[str, object]] | None = _field(
        "For invalid parameters: each one with its location and the reason.", INVALID_QUERY["errors"], default=None
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


class Listing(BaseModel):
    """What every list answers: its items (typed by each list), the total and the next page."""

    items: list[Any] = _field("The items of this page.", [])
    total: int | None = _field("How many items match in all; null with `count=false`.", 2)
    next_cursor: str | None = _field(
        "Pass as `cursor` to get the next page; null on the last page.", "eyJzIjoiLXB1Ymxpc2hlZCJ9"
    )


class ArticleList(Listing):
    """One page of articles."""

    items: list[ArticleListItem] = _field("The articles of this page.", [])


class Place(BaseModel):
    field: str = _field(
        "Which text of the article: `body`, `title`, `caption` (or, for a publisher's mention, `source` or "
        "`original_source`).",
        "body",
    )
    start: int = _field("Offset of the first character in that text.", 120)
    end: int = _field("Offset just past the last character.", 161)


class EntityRef(BaseModel):
    """An entity where something refers to it."""

    id: int = _field("Newsdesk's id of the entity.", 7)
    name: str = _field("The canonical name: the fullest form the corpus uses.", "United Nations")
    type: str = _field("`PERSON`, `ORG`, `GPE` (countries, cities), `LOC`, `FAC`, `EVENT`, …", "ORG")
    aliases: list[str] = _field("Other names it goes by in the corpus.", ["U.N.", "UN"])


class EntitySummary(EntityRef):
    """An entity in a list."""

    pseudonym: bool = _field("Some article says this name is not the person's real one.", False)
    mention_count: int = _field("Mentions across the corpus.", 12)
    article_count: int = _field("Articles naming it.", 3)


class MentionOut(Place):
    article_id: int = _field("The article it is in.", 1)
    text: str = _field("The words as written.", "U.N.")
    pseudonym: bool = _field("The article says this name is not real.", False)


class ArticleEntity(EntityRef):
    """An entity an article names, with its mentions there."""

    mentions: list[MentionOut] = _field("Where this article names it.", [])


class QuoteOut(Place):
    """Quoted words and who said them."""

    id: int = _field("Newsdesk's id of the quote.", 3)
    article_id: int = _field("The article quoting it.", 1)
    text: str = _field("The quoted words, without their quote marks.", "cannot be ignored")
    kind: str = _field(
        "`direct` (a whole statement in quote marks) or `partial` (quoted words inside the reporter's sentence).",
        "partial",
    )
    cue: str | None = _field("The reporting verb or phrase that attributes it.", "said")
    speaker: EntityRef | None = _field("The entity who said it, when resolved.", None)
    speaker_text: str | None = _field("The speaker as the text names them, pronouns included.", "she")
    cluster_id: int = _field("Shared by quotes of the same words, across articles.", 3)
    occurrences: list[Place] = _field("Every place the article gives these words, this one first.", [])


class QuoteDetail(QuoteOut):
    cluster: list[QuoteOut] = _field("The other quotes of the same words, in this article or others.", [])


class EventOut(Place):
    """A dated event of the timeline."""

    id: int = _field("Newsdesk's id of the event.", 5)
    article_id: int = _field("The article stating it.", 1)
    date: str = _field(
        "The date at the text's precision: ISO 8601 `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY`, or TimeML's "
        "forms (not ISO 8601) `YYYY-Www-WE` (that week's weekend), `YYYY-Qn` (a quarter), `YYYY-SP`, `YYYY-SU`, "
        "`YYYY-FA`, `YYYY-WI` (a season: March to May, June to August, September to November, December to February "
        "of the next year), `YYYY-H1`, `YYYY-H2` (a half: January to June, July to December), `YYY` (a decade: `199` "
        "is 1990 to 1999).",
        "2017-05-11",
    )
    precision: str = _field(
        "`day`, `week`, `weekend`, `month`, `quarter`, `season`, `half`, `year` or `decade`.", "day"
    )
    date_text: str = _field("The date expression as written.", "Thursday")
    resolved_from: str = _field(
        "`text` (the expression gives its date), `published` (relative to the publication date) or "
        "`article_date` (relative to the latest date the article gives, when it has no publication date).",
        "published",
    )
    sentence: str = _field("The sentence that states it.", "The minister spoke on Thursday.")
    entities: list[EntityRef] = _field("The entities named in that sentence.", [])


class ArticleFull(ArticleDetail):
    """A whole article with what extraction found in it."""

    quotes: list[QuoteOut] = _field("Its quotes, in order.", [])
    entities: list[ArticleEntity] = _field("The entities it names, most mentioned first.", [])
    events: list[EventOut] = _field("Its dated events, oldest first.", [])


class EntityArticle(BaseModel):
    id: int = _field("The article's id.", 1)
    title: str | None = _field("Its headline.", "Two countries open their doors to refugees")
    published: str | None = _field("Its publication date.", "2017-05-18")
    mention_count: int = _field("How often it names the entity.", 4)


class SpokenQuote(BaseModel):
    id: int = _field("The quote's id.", 3)
    article_id: int = _field("The article quoting it.", 1)
    text: str = _field("The quoted words.", "cannot be ignored")
    kind: str = _field("`direct` or `partial`.", "partial")


class Related(BaseModel):
    entity: EntityRef = _field("An entity named alongside.", None)
    articles: int = _field("How many articles name both.", 2)


class EntityDetail(EntitySummary):
    """An entity and what the corpus says of it."""

    mentions: list[MentionOut] = _field("Its mentions, article by article (at most MAX_EMBEDDED of them).", [])
    articles: list[EntityArticle] = _field(
        "Articles naming it, newest first: a first page (PAGE_SIZE); the rest via /articles?entity=.", []
    )
    quotes: list[SpokenQuote] = _field("Quotes it spoke: a first page (PAGE_SIZE); the rest via /quotes?speaker=.", [])
    related: list[Related] = _field(
        "The 20 entities named in the most of the same articles, with how many, most shared first.", []
    )


class Period(BaseModel):
    period: str = _field("The day (`YYYY-MM-DD`), month (`YYYY-MM`) or year (`YYYY`).", "2017-05")
    count: int = _field("Events in it.", 4)


class QuoteList(Listing):
    """One page of quotes."""

    items: list[QuoteOut] = _field("The quotes of this page.", [])


class EntityList(Listing):
    """One page of entities."""

    items: list[EntitySummary] = _field("The entities of this page.", [])


class EventList(Listing):
    """One page of the timeline."""

    items: list[EventOut] = _field("The events of this page, oldest first.", [])


class PeriodList(Listing):
    """One page of event counts per period (`total`: how many periods)."""

    items: list[Period] = _field("Event counts per period, oldest first.", [])
