"""Parsing a chunk of articles: the lines in capitals of them all are recased and parsed again in one stream, each
from its own article's spellings."""

from app.extract.nlp import load_model
from app.extract.parsed import ArticleText, ParsedArticle
from app.extract.parsing import parse_articles
from app.settings import Settings

SHOUTED = ArticleText(
    {"title": "HARBOUR BOARD CHAIR QUITS", "body": "Orla Quenby, chair of the harbour board in Pellwick, quit."}, None
)
# Writes the same words capitalised, as a name: an article parsed beside the first.
NAMED = ArticleText(
    {"title": "BOARD VOTES", "body": "The Harbour Board of Dunmoor voted on Tuesday, its chair said."}, None
)


def parse(*articles: ArticleText) -> list[ParsedArticle]:
    return parse_articles(load_model(Settings().spacy_model), articles)


def recased_texts(article: ParsedArticle) -> dict[int, str]:
    return {index: doc.text for index, doc in article.recased.items()}


def test_only_the_lines_in_capitals_are_parsed_again():
    (article,) = parse(SHOUTED)
    assert list(article.recased) == [0]
    assert article.recased[0].text == "Harbour board chair quits"


def test_a_line_in_capitals_is_recased_from_its_own_articles_spellings():
    # The other article, parsed first in the same chunk, writes the words as a name.
    named, shouted = parse(NAMED, SHOUTED)
    assert shouted.recased[0].text == "Harbour board chair quits"
    # The control: that article's own line follows its spelling.
    assert named.recased[0].text == "Board votes"


def test_an_articles_lines_in_capitals_parse_the_same_alone_as_in_a_chunk():
    (alone,) = parse(NAMED)
    _, chunked = parse(SHOUTED, NAMED)
    assert recased_texts(chunked) == recased_texts(alone)
    assert [doc.to_bytes() for doc in chunked.recased.values()] == [doc.to_bytes() for doc in alone.recased.values()]
