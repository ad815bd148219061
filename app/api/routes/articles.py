from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, Response

from app.api.deps import readers
from app.api.numbers import Id
from app.api.params import ArticleQuery
from app.api.responses import EVERY_GET, NOT_FOUND, VALIDATION, invalid_id, link_next
from app.api.schemas import ArticleFull, ArticleList
from app.store import articles
from app.store.article_page import full_article

router = APIRouter(prefix="/articles", tags=["articles"], responses=EVERY_GET)


ArticleId = Annotated[Id, Path(description="Newsdesk's id of the article.", examples=[1])]


@router.get("", responses=VALIDATION)
async def list_articles(params: ArticleQuery, request: Request, response: Response) -> ArticleList:
    """Articles, newest first or by relevance, filtered and paginated."""
    page = await readers(request).read(
        articles.list_articles,
        q=params.q,
        filters=params.filters(),
        sort=params.order(),
        limit=params.limit,
        cursor=params.cursor,
        count=params.count,
        ranked_matches=request.app.state.settings.ranked_matches,
    )
    link_next(request, response, page.next_cursor)
    return ArticleList.model_validate(page, from_attributes=True)


@router.get("/{article_id}", responses={**NOT_FOUND, **invalid_id("article_id")})
async def get_article(article_id: ArticleId, request: Request) -> ArticleFull:
    """One article with its full text, its quotes, the entities it names and its dated events."""
    found = await readers(request).read(full_article, article_id=article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return ArticleFull.model_validate(found)
