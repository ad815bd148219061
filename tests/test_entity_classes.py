"""Names a class noun announces (issue 20): a place after "the town of", "the mayor of" or "the capital" and before
"airport", an organisation after "the news agency". Types through the extractor on invented sentences; the finder of
names the tagger missed on its pure function, over docs whose tagger spans are cleared so each guard is read on its
own."""

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract.entities import find_entities
from app.extract.mention_classes import announced_names, announced_type
from app.extract.nlp import load_model
from app.extract.parsed import ArticleText
from app.extract.parsing import parse_articles
from app.settings import Settings

Typed = Callable[[str], dict[str, str]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().spacy_model)


@pytest.fixture(scope="module")
def typed(nlp: Language) -> Typed:
    def run(body: str) -> dict[str, str]:
        entities = find_entities(parse_articles(nlp, [ArticleText({"body": body}, None)])[0])
        return {name: entity.type for entity in entities for name in (entity.name, *entity.aliases)}

    return run


def _untagged(nlp: Language, text: str) -> Doc:
    doc = nlp(text)
    doc.ents = ()
    return doc


def _announced(doc: Doc) -> list[tuple[str, str]]:
    return [(doc.text[piece.start : piece.end], piece.label) for piece in announced_names(doc)]


# Places


def test_a_name_after_the_town_of_is_a_place(typed: Typed) -> None:
    assert typed("Councillors from the town of Ulvo voted to close the library.")["Ulvo"] == "GPE"


def test_a_name_after_the_mayor_of_is_a_place(typed: Typed) -> None:
    assert typed("The mayor of Dunmere said the town would hold a parade on Sunday.")["Dunmere"] == "GPE"


def test_a_body_after_the_mayor_of_stays_the_body(typed: Typed) -> None:
    types = typed("The mayor of Dunmere Town Council, Ann Pike, opened the fair. The mayor of Dunmere thanked her.")
    assert (types["Dunmere Town Council"], types["Dunmere"]) == ("ORG", "GPE")


def test_a_capitalised_mayor_of_is_a_names_own_words(nlp: Language) -> None:
    doc = _untagged(nlp, "The Mayor of Carrowby Trust gave money. The mayor of Carrowby thanked it.")
    assert _announced(doc) == [("Carrowby", "GPE")]


def test_a_name_after_the_mayor_of_that_runs_on_into_the_holders_is_cut_to_the_place(nlp: Language) -> None:
    doc = _untagged(nlp, "The mayor of Carrowby Ann Pike spoke. The mayor of Carrowby thanked her.")
    assert _announced(doc) == [("Carrowby", "GPE"), ("Carrowby", "GPE")]


def test_a_name_after_the_capital_is_a_place(typed: Typed) -> None:
    assert typed("The road links Orvan with the capital Tessoro, officials said.")["Tessoro"] == "GPE"


def test_a_name_a_verb_follows_after_capital_is_no_place(typed: Typed) -> None:
    types = typed("Investors asked how much of the capital Morvane raised would go to debt.")
    assert types.get("Morvane") != "GPE"


def test_a_name_after_the_capital_is_a_place_as_a_sentences_subject(typed: Typed) -> None:
    # The control of the test above: a verb after the name, the name the sentence's subject.
    assert typed("The capital Tessoro welcomed the delegation on Monday.")["Tessoro"] == "GPE"


def test_the_name_before_airport_is_the_place_it_serves(typed: Typed) -> None:
    assert typed("Trains to Velmar airport were cancelled after the storm.")["Velmar"] == "GPE"


def test_a_name_the_tagger_glued_to_a_time_after_the_village_of_is_found(typed: Typed) -> None:
    assert typed("A flood hit the fishing village of Kerrow overnight.")["Kerrow"] == "GPE"


# The finder of names the tagger missed


def test_an_untagged_word_after_an_organisation_noun_is_left_to_the_tagger(nlp: Language) -> None:
    # A person in a clause on the noun has the same shape ("the party Roe leads"); the control: the capital's name
    # below is found.
    doc = _untagged(nlp, "The party Tavik leads lost two seats.")
    assert _announced(doc) == []


def test_an_untagged_word_after_the_capital_is_a_place(nlp: Language) -> None:
    doc = _untagged(nlp, "He spoke in the capital Tolvo about the budget.")
    assert _announced(doc) == [("Tolvo", "GPE")]


def _word_type(nlp: Language, text: str, word: str) -> str | None:
    doc = nlp(text)
    index = next(token.i for token in doc if token.text == word)
    return announced_type(doc[index : index + 1])


def test_the_word_after_the_capital_is_announced_a_place(nlp: Language) -> None:
    assert _word_type(nlp, "He spoke in the capital Tolvo about the budget.", "Tolvo") == "GPE"


def test_a_capitalised_capital_is_part_of_a_name_and_announces_nothing(nlp: Language) -> None:
    assert _word_type(nlp, "He spoke on Capital Tolvo about the budget.", "Tolvo") is None


def test_the_word_after_the_port_of_is_announced_a_place(nlp: Language) -> None:
    assert _word_type(nlp, "Ships left the port of Marnock at dawn.", "Marnock") == "GPE"


def test_a_capitalised_port_of_is_part_of_a_name_and_announces_nothing(nlp: Language) -> None:
    assert _word_type(nlp, "Lawyers for the Port of Marnock Authority declined to comment.", "Marnock") is None


def test_a_title_after_a_place_noun_is_no_name(nlp: Language) -> None:
    assert _announced(_untagged(nlp, "Crime fell in the capital Mayor Ann Roe governs.")) == []


def test_a_day_after_a_place_noun_is_no_name(nlp: Language) -> None:
    assert _announced(_untagged(nlp, "The minister flew to the capital Tuesday to sign the permit.")) == []


def test_the_subject_of_a_clause_on_a_place_noun_is_no_name(nlp: Language) -> None:
    assert _announced(_untagged(nlp, "It is the capital I know best, she said.")) == []


def test_an_organisations_word_alone_after_a_place_noun_is_no_name(nlp: Language) -> None:
    assert _announced(_untagged(nlp, "Members of the capital Board of Trade met on Friday.")) == []


def test_a_body_named_after_the_place_is_not_announced_a_place(nlp: Language) -> None:
    doc = nlp("The city of Marsby Council approved the budget.")
    assert announced_type(doc[3:5]) is None
