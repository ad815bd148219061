"""Articles parsed by spaCy: every paragraph of a chunk of articles in one `nlp.pipe` stream, then the chunk's ALL-CAPS
lines, recased, in a second one."""

from collections.abc import Iterable

from spacy.language import Language

from app.extract.mention_case import recased_lines
from app.extract.parsed import PIPE_BATCH_SIZE, ArticleText, Paragraph, ParsedArticle, paragraphs_of


def parse_articles(
    nlp: Language, articles: Iterable[ArticleText], batch_size: int = PIPE_BATCH_SIZE
) -> list[ParsedArticle]:
    """Parse every paragraph of every article in one `nlp.pipe` stream, so spaCy batches across articles; and
    their lines in capitals in another, as a stream of each article's few would cost a batch's set-up each."""
    return recased(nlp, parsed_paragraphs(nlp, articles, batch_size))


def parsed_paragraphs(
    nlp: Language, articles: Iterable[ArticleText], batch_size: int = PIPE_BATCH_SIZE
) -> list[ParsedArticle]:
    """The articles with every paragraph parsed, in one `nlp.pipe` stream; their lines in capitals not yet recased."""
    articles = list(articles)
    spans = [(index, *paragraph) for index, article in enumerate(articles) for paragraph in paragraphs_of(article)]
    docs = nlp.pipe((line for *_, line in spans), batch_size=batch_size)
    paragraphs: list[list[Paragraph]] = [[] for _ in articles]
    for (index, field, offset, _), doc in zip(spans, docs, strict=True):
        paragraphs[index].append(Paragraph(field, offset, doc))
    return [
        ParsedArticle({k: v for k, v in article.texts.items() if v}, tuple(found), article.published, nlp, {})
        for article, found in zip(articles, paragraphs, strict=True)
    ]


def recased(nlp: Language, articles: list[ParsedArticle]) -> list[ParsedArticle]:
    """The articles with their lines in capitals recased and parsed again, all in one stream (`recased_lines`)."""
    loud = recased_lines(nlp, [list(article.paragraphs) for article in articles])
    return [
        ParsedArticle(article.texts, article.paragraphs, article.published, nlp, lines)
        for article, lines in zip(articles, loud, strict=True)
    ]
