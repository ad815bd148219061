"""Named entities of one article: mentions cleaned, grouped into things, typed by vote."""

from app.extract.acronyms import defined_acronyms
from app.extract.found import Entity
from app.extract.grouping import group_mentions
from app.extract.mentions import find_mentions
from app.extract.parsed import ParsedArticle


def find_entities(article: ParsedArticle) -> list[Entity]:
    mentions, same = defined_acronyms(article.texts, find_mentions(article))
    return group_mentions(mentions, same)
