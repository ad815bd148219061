"""Quotations and who said them."""

from app.extract.found import Quote
from app.extract.parsed import ParsedArticle


def find_quotes(article: ParsedArticle) -> list[Quote]:
    return []
