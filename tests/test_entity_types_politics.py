"""Entities of political and business wire (issue 20): a one-word name whose possessive gives a state's minister or a
ruling, opposition or supreme body is the state; a name between "the" and "capital" is a country; one word the tagger
took for a person after an "in" of where a deed was done is a place; two partners' surnames joined by "and" before a
legal form are one firm; a capitalised word between a role and a surname opens the person's name; a saint's
possessive before a building's word is one name the tagger may miss; a word between a firm's "its" and a site's noun
is the site's town. Each rule on short invented sentences at the function where it lives, with a near miss beside
each."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract.entities import find_entities
from app.extract.mention_bodies import partner_firm_names
from app.extract.mention_cleaning import given_names_after_roles, saints_names
from app.extract.mention_context import context_type
from app.extract.nlp import load_model
from app.extract.parsed import ArticleText
from app.extract.parsing import parse_articles
from app.settings import Settings
from tests.tagged_docs import tagged


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().spacy_model)


def _context(nlp: Language, text: str, name: str, label: str) -> str | None:
    start = text.index(name)
    return context_type(nlp(text), start, start + len(name), label)


# A state's offices in its possessive


@pytest.mark.parametrize(
    "text",
    [
        "Karvelia 's finance minister Ivo Brask will resign next week .",
        "Karvelia 's main opposition party left the coalition on Friday .",
        "Karvelia 's ruling coalition split on Monday .",
        "Karvelia 's Supreme Court upheld the ban on Thursday .",
    ],
    ids=["minister", "opposition-party", "ruling-coalition", "supreme-court"],
)
def test_a_name_whose_possessive_gives_a_states_office_is_the_state(nlp: Language, text: str) -> None:
    assert _context(nlp, text, "Karvelia", "ORG") == "GPE"


@pytest.mark.parametrize(
    "text",
    [
        "Karvelia 's finance director Ivo Brask will resign next week .",
        "Karvelia 's opposition to the merger grew .",
        "Karvelia 's court case opened on Thursday .",
    ],
    ids=["a-firms-director", "opposition-as-the-noun", "a-court-case"],
)
def test_a_firms_director_or_opposition_to_a_deal_says_nothing(nlp: Language, text: str) -> None:
    assert _context(nlp, text, "Karvelia", "ORG") is None
    assert _context(nlp, "Karvelia 's ruling coalition split on Monday .", "Karvelia", "ORG") == "GPE"


def test_a_persons_or_a_partys_finance_minister_says_nothing(nlp: Language) -> None:
    text = "Velisek 's finance minister Ole Brund will resign next week ."
    doc, end = nlp(text), len("Velisek")
    assert context_type(doc, 0, end, "ORG", surnames=frozenset({"Velisek"})) is None
    assert context_type(doc, 0, end, "ORG", known=frozenset({"velisek"})) is None
    assert context_type(doc, 0, end, "ORG") == "GPE"


# The country before "capital"


def test_a_name_between_the_and_capital_is_the_country(nlp: Language) -> None:
    text = "Gunmen killed two policemen in the Karvelia capital Tolvo on Tuesday ."
    assert _context(nlp, text, "Karvelia", "PERSON") == "GPE"


def test_a_name_before_capital_that_qualifies_another_noun_says_nothing(nlp: Language) -> None:
    assert _context(nlp, "Traders said the Karvelia capital spending plan was cut .", "Karvelia", "ORG") is None
    text = "Traders met in the Karvelia capital on Tuesday ."
    assert _context(nlp, text, "Karvelia", "ORG") == "GPE"


# A place after "in"


@pytest.mark.parametrize(
    "text",
    ["Two policemen were killed in Tavosk on Tuesday .", "The prize was presented by the Board of Trade in Tavosk ."],
    ids=["a-deed", "a-named-body"],
)
def test_a_word_read_as_a_person_after_in_where_a_deed_was_done_is_a_place(nlp: Language, text: str) -> None:
    assert _context(nlp, text, "Tavosk", "PERSON") == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voters have lost confidence in Brask after the vote .", "Brask"),
        ("The talks were held in Brask 's office .", "Brask"),
        ("The talks were held in Caleb on Friday .", "Caleb"),
    ],
    ids=["after-a-noun", "a-possessive", "a-given-name"],
)
def test_a_person_after_in_a_noun_a_possessive_or_a_given_name_stays_a_person(
    nlp: Language, text: str, name: str
) -> None:
    assert _context(nlp, text, name, "PERSON") is None
    assert _context(nlp, "Two policemen were killed in Tavosk on Tuesday .", "Tavosk", "PERSON") == "GPE"


@pytest.mark.parametrize(
    "text",
    [
        "Party members said they still believed in Tavosk .",
        "Voters placed their trust in Tavosk .",
        "The club invested heavily in Tavosk last summer .",
    ],
    ids=["a-verb-of-faith", "faith-as-the-object", "money-put-in"],
)
def test_a_person_after_in_of_faith_or_money_stays_a_person(nlp: Language, text: str) -> None:
    assert _context(nlp, text, "Tavosk", "PERSON") is None
    assert _context(nlp, "Two policemen were killed in Tavosk on Tuesday .", "Tavosk", "PERSON") == "GPE"


def test_the_surname_of_a_person_named_in_full_after_in_stays_a_person(nlp: Language) -> None:
    text = "Two policemen were killed in Tavosk on Tuesday ."
    doc, start = nlp(text), text.index("Tavosk")
    assert context_type(doc, start, start + len("Tavosk"), "PERSON", surnames=frozenset({"Tavosk"})) is None
    assert context_type(doc, start, start + len("Tavosk"), "PERSON") == "GPE"


# Partners' firms


def _partner_firms(nlp: Language, text: str) -> list[str]:
    return [text[piece.start : piece.end] for piece in partner_firm_names(nlp(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Packaging group Halbrook and Venn Inc said on Tuesday it would cut jobs .", "Halbrook and Venn Inc"),
        ("Orders came from Tarmo Motors and Velsen and Brook Group plc .", "Velsen and Brook Group plc"),
    ],
    ids=["legal-form", "group-and-legal-form"],
)
def test_two_partners_joined_by_and_before_a_legal_form_are_one_firm(nlp: Language, text: str, name: str) -> None:
    assert _partner_firms(nlp, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Tarmo Motors and Brook Group rose on Monday .",
        "The deal was signed by Ann Roe and Brook Group on Monday .",
        "Halbrook and Venn said on Tuesday they would cut jobs .",
    ],
    ids=["a-company-then-a-company", "a-person-then-a-company", "no-legal-form"],
)
def test_a_company_or_a_person_listed_with_a_firm_is_no_partnership(nlp: Language, text: str) -> None:
    assert _partner_firms(nlp, text) == []
    assert _partner_firms(nlp, "Halbrook and Venn Inc said on Tuesday it would cut jobs .") == ["Halbrook and Venn Inc"]


# A given name between a role and a surname


def _given_names(doc: Doc) -> list[str]:
    return [doc.text[piece.start : piece.end] for piece in given_names_after_roles(doc)]


def test_a_capitalised_word_between_a_role_and_a_surname_opens_the_name(nlp: Language) -> None:
    doc = tagged(nlp, "Chief executive Orvel Brannock told reporters the group would grow .", "Brannock", "PERSON")
    assert _given_names(doc) == ["Orvel Brannock"]


@pytest.mark.parametrize(
    "text",
    ["The company said on Tuesday Brannock would leave .", "Orvel Brannock told reporters the group would grow ."],
    ids=["a-day", "no-role-before"],
)
def test_a_day_or_a_name_with_no_role_before_it_is_left_alone(nlp: Language, text: str) -> None:
    assert _given_names(tagged(nlp, text, "Brannock", "PERSON")) == []
    doc = tagged(nlp, "Chief executive Orvel Brannock told reporters the group would grow .", "Brannock", "PERSON")
    assert _given_names(doc) == ["Orvel Brannock"]


def test_a_rank_between_a_role_and_a_surname_is_no_given_name(nlp: Language) -> None:
    doc = tagged(nlp, "The unit 's commander Colonel Brannock said the troops would stay .", "Brannock", "PERSON")
    assert _given_names(doc) == []
    doc = tagged(nlp, "The unit 's commander Orvel Brannock said the troops would stay .", "Brannock", "PERSON")
    assert _given_names(doc) == ["Orvel Brannock"]


def test_a_country_listed_with_a_firm_is_no_partner(nlp: Language) -> None:
    assert _partner_firms(nlp, "Trade between Malawi and Brook Group plc grew last year .") == []
    assert _partner_firms(nlp, "Trade between Halbrook and Brook Group plc grew last year .") == [
        "Halbrook and Brook Group plc"
    ]


def test_two_names_before_a_groups_word_and_no_legal_form_are_two_firms(nlp: Language) -> None:
    assert _partner_firms(nlp, "Merger talks between Korvane and Brellix Group collapsed on Friday .") == []
    text = "Merger talks between Korvane and Brellix Group Ltd collapsed on Friday ."
    assert _partner_firms(nlp, text) == ["Korvane and Brellix Group Ltd"]


def test_the_surname_of_a_person_named_in_full_is_no_partner(nlp: Language) -> None:
    text = "The deal between Vrettow and Tornquist Inc was cancelled on Monday ."
    assert [text[p.start : p.end] for p in partner_firm_names(nlp(text), frozenset({"Vrettow"}))] == []
    assert [text[p.start : p.end] for p in partner_firm_names(nlp(text), frozenset())] == ["Vrettow and Tornquist Inc"]


# A saint's possessive the tagger missed


def _saints_names(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    doc.ents = ()
    return [text[piece.start : piece.end] for piece in saints_names(doc)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nurses at St Oswin 's Hospital walked out on Friday .", "St Oswin 's Hospital"),
        ("Pupils from St Edric 's Primary School sang at the fair .", "St Edric 's Primary School"),
    ],
    ids=["hospital", "school"],
)
def test_a_saints_possessive_before_a_buildings_word_is_one_name(nlp: Language, text: str, name: str) -> None:
    assert _saints_names(nlp, text) == [name]


@pytest.mark.parametrize(
    "text",
    ["Mourners visited St Oswin 's grave on Sunday .", "Nurses strike at St Oswin 's on Friday ."],
    ids=["a-common-noun", "no-head-word"],
)
def test_a_saints_possessive_before_no_buildings_word_names_no_building(nlp: Language, text: str) -> None:
    assert _saints_names(nlp, text) == []
    assert _saints_names(nlp, "Nurses at St Oswin 's Hospital walked out on Friday .") == ["St Oswin 's Hospital"]


# A firm's site named by its town


def test_a_word_between_a_firms_its_and_a_sites_noun_is_the_town(nlp: Language) -> None:
    assert _context(nlp, "The company will close its Halvern offices next year .", "Halvern", "ORG") == "GPE"


@pytest.mark.parametrize(
    "text",
    ["The company will close the Halvern offices next year .", "The company will sell its Halvern brand next year ."],
    ids=["the-not-its", "no-site"],
)
def test_a_word_before_a_site_with_no_owner_or_before_no_site_says_nothing(nlp: Language, text: str) -> None:
    assert _context(nlp, text, "Halvern", "ORG") is None
    assert _context(nlp, "The company will close its Halvern offices next year .", "Halvern", "ORG") == "GPE"


def test_a_nationality_between_a_firms_its_and_a_sites_noun_is_no_town(nlp: Language) -> None:
    assert _context(nlp, "The company will close its German plants next year .", "German", "NORP") is None
    assert _context(nlp, "The company will close its Halvern plants next year .", "Halvern", "NORP") == "GPE"


# In a whole article


def _types(nlp: Language, body: str) -> dict[str, str]:
    entities = find_entities(parse_articles(nlp, [ArticleText({"body": body}, None)])[0])
    return {name: entity.type for entity in entities for name in (entity.name, *entity.aliases)}


def test_an_articles_partnership_is_one_firm(nlp: Language) -> None:
    types = _types(nlp, "Shares in Dunmore and Pask Inc rose 4 percent after the firm won a contract.")
    assert types.get("Dunmore and Pask Inc") == "ORG"


def test_an_articles_person_named_in_full_keeps_his_ministers_and_an_in(nlp: Language) -> None:
    body = (
        "Opposition leader Ivo Tarrasch spoke on Monday. Tarrasch's finance minister would be Ole Brund if he won, he "
        "said.\n\nHis party said it believed in Tarrasch."
    )
    assert _types(nlp, body).get("Ivo Tarrasch") == "PERSON"


def test_an_articles_party_keeps_its_finance_minister(nlp: Language) -> None:
    body = "Labour won the election in a landslide. Labour's finance minister, Ada Rook, said taxes would rise."
    assert _types(nlp, body).get("Labour") == "ORG"


def test_an_articles_person_named_in_full_is_no_partner(nlp: Language) -> None:
    body = "The judge, Alma Vrettow, ruled on Monday. A deal between Vrettow and Tornquist Inc was cancelled."
    types = _types(nlp, body)
    assert (types.get("Alma Vrettow"), types.get("Tornquist Inc")) == ("PERSON", "ORG")
