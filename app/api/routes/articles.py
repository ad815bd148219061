from typing import Annotated

from annotated_types import Ge, Le
from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from pydantic import BeforeValidator

from app.api.deps import ConnectionDep
from app.api.params import ArticleParams
from app.api.responses import NOT_FOUND, VALIDATION, link_next
from app.api.schemas import ArticleDetail, ArticleList, ArticleListItem
from app.store import articles

router = APIRouter(prefix="/articles", tags=["articles"])


def _digits_only(value: object) -> object:
    # One URL per article: "/articles/01", "/articles/1.0" and "/articles/+1" are not it.
    if isinstance(value, str) and not (value.isascii() and value.isdigit() and not value.startswith("0")):
        raise ValueError("must be a positive whole number written in digits")
    return value


ArticleId = Annotated[
    int,
    Path(description="Newsdesk's id of the article.", examples=[1]),
    Ge(1),
    Le(2**63 - 1),
    BeforeValidator(_digits_only),
]


@router.get("", responses=VALIDATION)
def list_articles(
    params: Annotated[ArticleParams, Query()], connection: ConnectionDep, request: Request, response: Response
) -> ArticleList:
    """Articles, newest first or by relevance, filtered and paginated."""
    page = articles.list_articles(
        connection,
        q=params.q,
        filters=params.filters(),
        sort=params.order(),
        limit=params.limit,
        cursor=params.cursor,
        count=params.count,
    )
    link_next(request, response, page.next_cursor)
    return ArticleList(
        items=[ArticleListItem.model_validate(row) for row in page.items],
        total=page.total,
        next_cursor=page.next_cursor,
    )


@router.get("/{article_id}", responses={**NOT_FOUND, **VALIDATION})
def get_article(article_id: ArticleId, connection: ConnectionDep) -> ArticleDetail:
    """One article with its full text."""
    row = articles.get_article(connection, article_id=article_id)
    if row is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return ArticleDetail.model_validate(row)
