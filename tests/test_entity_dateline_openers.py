"""The word that opens a wire story after its dateline (issue 20): a plural noun capitalised only because the story's
sentence opens there is no name, though the tagger runs the dateline into it; a name after the dash stays one."""

import pytest
from spacy.language import Language

from app.extract.entities import find_entities
from app.extract.mention_datelines import opens_after_the_dateline
from app.extract.nlp import load_model
from app.extract.parsed import ArticleText
from app.extract.parsing import parse_articles
from app.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().spacy_model)


# The article's own lower-case common nouns, as the extractor gathers them.
_COMMON = frozenset({"official", "authority", "ferry"})


def _opens(nlp: Language, text: str, word: str, common: frozenset[str] = _COMMON) -> bool:
    start = text.index(word)
    dateline_end = len(text.split()[0])
    return opens_after_the_dateline(nlp(text), start, start + len(word), dateline_end, common)


def test_a_plural_noun_right_after_the_datelines_dash_is_no_name(nlp: Language) -> None:
    assert _opens(nlp, "KELBURY - Officials said on Friday that the ferry had sunk.", "Officials")


def test_a_plural_noun_after_the_datelines_credit_and_dash_is_no_name(nlp: Language) -> None:
    assert _opens(nlp, "KELBURY (Wire) - Authorities said on Friday that the ferry had sunk.", "Authorities")


def test_a_name_right_after_the_datelines_dash_stays_a_name(nlp: Language) -> None:
    assert not _opens(nlp, "KELBURY - Tarrowvale said on Friday that the ferry had sunk.", "Tarrowvale")


def test_a_plural_noun_after_a_second_dash_is_past_the_stories_opening(nlp: Language) -> None:
    assert not _opens(nlp, "KELBURY - The ferry - Officials said - had sunk.", "Officials")


def test_the_extractor_names_no_plural_noun_the_tagger_ran_the_dateline_into(nlp: Language) -> None:
    body = "KELBURY - Authorities in Kelbury said on Friday that the ferry had sunk, the port authority added."
    entities = find_entities(parse_articles(nlp, [ArticleText({"body": body}, None)])[0])
    assert {entity.name for entity in entities} == {"Kelbury"}


def test_a_plural_the_article_never_writes_in_lower_case_after_the_dash_stays_a_name(nlp: Language) -> None:
    assert not _opens(nlp, "KELBURY - Wanderers signed the striker on a two-year deal on Friday.", "Wanderers")


def test_a_plural_noun_the_article_writes_only_capitalised_is_no_common_noun_opener(nlp: Language) -> None:
    text = "KELBURY - Officials said on Friday that the ferry had sunk."
    assert not _opens(nlp, text, "Officials", frozenset({"ferry"}))


def test_a_party_named_after_the_datelines_dash_stays_a_name(nlp: Language) -> None:
    text = "KELBURY - Democrats said on Friday that the bill had failed."
    assert not _opens(nlp, text, "Democrats", frozenset({"democrat"}))


def test_a_clubs_plural_name_after_the_dash_stays_a_name_in_a_one_paragraph_story(nlp: Language) -> None:
    body = "KELBURY - Rovers won 2-1 on Saturday to go top of the table."
    entities = find_entities(parse_articles(nlp, [ArticleText({"body": body}, None)])[0])
    assert ("Rovers", "ORG") in {(entity.name, entity.type) for entity in entities}
