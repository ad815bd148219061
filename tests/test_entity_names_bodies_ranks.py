"""Entities' names (issue 20): a rank written in full before a person's name, a body's name whose fields "and" joins
after one article, a company named by a founder and a trade, the two parties of a case, and a holiday's name before a
noun. Each rule on a short invented sentence, at the function where it lives, with a near-miss beside it."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract.entities import find_entities
from app.extract.mention_bodies import joined_body_names
from app.extract.mention_case import ordinary_nouns
from app.extract.mention_cleaning import clean_spans
from app.extract.mention_heads import head_type
from app.extract.mention_places import holiday_before_a_noun
from app.extract.nlp import load_model
from app.extract.parsed import ArticleText
from app.extract.parsing import parse_articles
from app.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().spacy_model)


def _spans(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(text[piece.start : piece.end], piece.label) for piece in clean_spans(nlp(text))]


def _joined(nlp: Language, text: str) -> list[str]:
    return [text[piece.start : piece.end] for piece in joined_body_names(nlp(text), ordinary_nouns(nlp))]


def _types(nlp: Language, text: str) -> dict[str, str]:
    article = parse_articles(nlp, [ArticleText({"body": text}, None)])[0]
    return {mention.text: entity.type for entity in find_entities(article) for mention in entity.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Superintendent Ana Ferrow of the Eastmarch Police said two men were held.", "Ana Ferrow"),
        ("Archbishop Tomas Lenk blessed the building.", "Tomas Lenk"),
    ],
    ids=["police", "faith"],
)
def test_a_rank_written_in_full_is_no_word_of_the_persons_name(nlp: Language, text: str, name: str) -> None:
    assert (name, "PERSON") in _spans(nlp, text)


def test_a_title_is_still_cut_from_the_persons_name(nlp: Language) -> None:
    # The positive control: an honorific, cut before as now.
    assert ("Ana Ferrow", "PERSON") in _spans(nlp, "Dr Ana Ferrow of the Eastmarch Police said two men were held.")


def test_a_rank_opening_a_companys_name_stays_in_it(nlp: Language) -> None:
    assert ("Admiral Insurance", "ORG") in _spans(nlp, "Admiral Insurance said profits rose.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Finance and Budget Committee postponed its vote.", "Finance and Budget Committee"),
        ("The Arts and Heritage Council gave the museum a grant.", "Arts and Heritage Council"),
        ("The Calder and Vale NHS Trust said it was disappointed.", "Calder and Vale NHS Trust"),
        ("The Harbour and Coastal Affairs Committee met on Friday.", "Harbour and Coastal Affairs Committee"),
    ],
    ids=["fields", "lone-noun", "acronym", "adjective"],
)
def test_one_article_before_words_joined_by_and_and_one_bodys_word_make_one_name(
    nlp: Language, text: str, name: str
) -> None:
    assert _joined(nlp, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury and the Revenue Agency said the rules would change.",
        "Treasury and Revenue Agency officials met on Friday.",
        "The Harbour Office and Water Department agreed.",
    ],
    ids=["two-articles", "no-article", "own-body-word"],
)
def test_two_bodies_joined_by_and_stay_two(nlp: Language, text: str) -> None:
    assert _joined(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury and Revenue Agency said the rules would change.",
        "The Navy and Coast Guard Service joined the search.",
    ],
    ids=["lone-noun", "two-services"],
)
def test_one_article_joins_no_two_names_the_tagger_reads_as_bodies_each(nlp: Language, text: str) -> None:
    # The positive control is the one-name test above: "the Arts and Heritage Council", whose second part the
    # tagger reads as no body of its own.
    assert _joined(nlp, text) == []


def test_one_article_joins_no_ministers_title_to_a_body(nlp: Language) -> None:
    assert _joined(nlp, "The Prime Minister and Foreign Office disagreed.") == []


def test_a_persons_name_before_a_trades_word_is_a_companys_name(nlp: Language) -> None:
    assert ("Solberg Power", "ORG") in _spans(nlp, "Dorran Energy and Solberg Power agreed to merge.")


def _tagged(nlp: Language, words: list[str], pos: list[str], ents: list[str]) -> Doc:
    """A sentence tagged by hand: the tagger's guesses here vary with the words around them."""
    return Doc(nlp.vocab, words=words, pos=pos, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.parametrize(
    ("after", "expected"),
    [(["."], ("Ivo Berg Power", "ORG")), (["Station", "."], ("Ivo Berg", "PERSON"))],
    ids=["trade-alone", "longer-name"],
)
def test_a_trades_word_joins_the_persons_name_only_where_no_capitalised_word_follows(
    nlp: Language, after: list[str], expected: tuple[str, str]
) -> None:
    words = ["Staff", "met", "Ivo", "Berg", "Power", *after]
    pos = ["NOUN", "VERB", "PROPN", "PROPN", "PROPN"] + ["PROPN"] * (len(after) - 1) + ["PUNCT"]
    doc = _tagged(nlp, words, pos, ["O", "O", "B-PERSON", "I-PERSON"] + ["O"] * (len(after) + 1))
    assert [(doc.text[piece.start : piece.end], piece.label) for piece in clean_spans(doc)] == [expected]


def test_a_trades_word_in_lower_case_leaves_the_persons_name(nlp: Language) -> None:
    assert _spans(nlp, "Ann Solberg said power prices rose.") == [("Ann Solberg", "PERSON")]


def test_a_cases_v_parts_its_two_parties(nlp: Language) -> None:
    text = "The High Court in Marsby ruled on Friday in Kell v Ostby Borough Council that the council had erred."
    names = [name for name, _ in _spans(nlp, text)]
    assert "Kell" in names and "Ostby Borough Council" in names


def test_a_capital_v_inside_a_name_parts_nothing(nlp: Language) -> None:
    assert ("Henry V Theatre", "ORG") in _spans(nlp, "The Henry V Theatre in Ostby reopened.")


@pytest.mark.parametrize(
    "text",
    ["Staff held their Christmas office party in the car park.", "Staff held their Easter office party."],
    ids=["christmas", "easter"],
)
def test_a_holiday_before_a_noun_is_no_place(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == {}


def test_a_holiday_word_opening_a_places_name_is_kept(nlp: Language) -> None:
    assert _types(nlp, "They flew to Christmas Island on Monday.") == {"Christmas Island": "LOC"}


def test_holiday_before_a_noun_reads_the_word_after(nlp: Language) -> None:
    doc = nlp("Staff held their Easter office party. They flew to Christmas Island.")
    assert holiday_before_a_noun(doc, doc.text.index("Easter"), doc.text.index("Easter") + len("Easter"))
    start = doc.text.index("Christmas")
    assert not holiday_before_a_noun(doc, start, start + len("Christmas"))


@pytest.mark.parametrize(
    ("after", "pos", "expected"),
    [("party", "NOUN", True), ("Island", "NOUN", False)],
    ids=["lower-case-noun", "capitalised-noun"],
)
def test_holiday_before_a_noun_wants_the_noun_in_lower_case(
    nlp: Language, after: str, pos: str, expected: bool
) -> None:
    doc = _tagged(nlp, ["They", "flew", "to", "Christmas", after], ["PRON", "VERB", "ADP", "PROPN", pos], ["O"] * 5)
    assert holiday_before_a_noun(doc, doc[3].idx, doc[3].idx + len("Christmas")) is expected


def test_a_legal_form_in_capitals_closes_a_name_the_tagger_missed(nlp: Language) -> None:
    text = "Lawyers from Halloway Pryce LLP told the court that the contract was void."
    assert _types(nlp, text) == {"Halloway Pryce LLP": "ORG"}


def test_a_persons_name_ending_in_a_legal_form_is_a_firms(nlp: Language) -> None:
    doc = nlp("The deal was signed by Fenwick LLP.")
    start = doc.text.index("Fenwick")
    assert head_type(doc, start, start + len("Fenwick LLP"), "PERSON") == "ORG"
    assert head_type(doc, start, start + len("Fenwick"), "PERSON") == "PERSON"
