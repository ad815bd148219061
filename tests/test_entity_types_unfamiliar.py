"""Entities of unfamiliar names (issue 20): a small town's name the tagger takes for a firm's or a people's, a body
named by its kind's word and "for" or "of", a name the tagger runs over a verb or cuts before its legal form, a trade
capitalised before a person's name. Each rule on a short invented sentence, at the function where it lives."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract.entities import find_entities
from app.extract.mention_bodies import body_names, joined_body_names
from app.extract.mention_case import ordinary_nouns
from app.extract.mention_classes import announced_type
from app.extract.mention_cleaning import clean_spans
from app.extract.mention_context import context_type
from app.extract.mention_heads import head_type
from app.extract.mention_places import placed_names
from app.extract.nlp import load_model
from app.extract.parsed import ArticleText
from app.extract.parsing import parse_articles
from app.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().spacy_model)


def _placed(nlp: Language, text: str, surnames: frozenset[str] = frozenset()) -> list[str]:
    return [text[piece.start : piece.end] for piece in placed_names(nlp(text), ordinary_nouns(nlp), surnames)]


def _context(nlp: Language, text: str, name: str, label: str) -> str | None:
    start = text.index(name)
    return context_type(nlp(text), start, start + len(name), label)


def _types(nlp: Language, text: str) -> dict[str, str]:
    """Every mention the article's entities have, with the entity's type."""
    article = parse_articles(nlp, [ArticleText({"body": text}, None)])[0]
    return {mention.text: entity.type for entity in find_entities(article) for mention in entity.mentions}


def _announced(doc: Doc, name: str) -> str | None:
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return announced_type(span)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Sales grew at its stores in Elmridge and Tarnwick.", ["Elmridge", "Tarnwick"]),
        ("Voters in Selmark go to the polls.", ["Selmark"]),
        ("Families from across Hemsby asked for help.", ["Hemsby"]),
    ],
    ids=["listed-after-in", "people-guess", "product-guess"],
)
def test_a_lone_word_after_a_preposition_of_place_is_a_place(nlp: Language, text: str, places: list[str]) -> None:
    assert _placed(nlp, text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The order went to Tarrow Group (Vessland), the ministry said on Monday.", ["Vessland"]),
        ("Councillors Jane Corrick (Ind) and Peter Haskett (Grn) voted against the plan.", []),
        ("Leading scorers in the league: Tom Beale (Brenmouth) 14, Ivo Stanek (Dunmere) 12.", []),
        ("The speakers were Ann Tarrow (Arvelco) and Ben Roeski (Tolvex), both engineers.", []),
    ],
    ids=["after-a-firm", "a-partys-abbreviation", "a-players-club-in-a-line-of-sport", "a-persons-employer"],
)
def test_a_word_in_brackets_after_a_firm_is_where_it_is_from(nlp: Language, text: str, places: list[str]) -> None:
    assert _placed(nlp, text) == places


def test_an_ordinary_noun_after_in_stays_the_taggers(nlp: Language) -> None:
    assert _placed(nlp, "Reform in Islam was debated.") == []
    assert _placed(nlp, "The bill passed in Vardell on Monday.") == ["Vardell"]


def test_in_after_shares_names_the_company_not_a_place(nlp: Language) -> None:
    assert _placed(nlp, "The group bought shares in Tarnwick on Monday.") == []
    assert _placed(nlp, "The group opened shops in Tarnwick on Monday.") == ["Tarnwick"]


def test_in_after_a_part_someone_has_names_the_body_not_a_place(nlp: Language) -> None:
    assert _placed(nlp, "She was a partner in Kestrin for ten years.") == []
    assert _placed(nlp, "She was a teacher in Kestrin for ten years.") == ["Kestrin"]


def test_in_after_a_verb_of_playing_a_part_names_the_work_not_a_place(nlp: Language) -> None:
    assert _placed(nlp, "The actress starred in Penhallow last year.") == []
    assert _placed(nlp, "The actress lived in Penhallow last year.") == ["Penhallow"]


def test_the_word_after_a_street_in_an_address_is_its_town(nlp: Language) -> None:
    assert _placed(nlp, "Callum Fenwright, 34, of Birch Road, Holtby, admitted the charges.") == ["Holtby"]
    assert _placed(nlp, "Callum Fenwright, 34, of Birch Road, Holtby Motors, admitted the charges.") == []


def test_a_word_after_a_street_that_goes_on_in_a_clause_is_no_town(nlp: Language) -> None:
    assert _placed(nlp, "The shop on Mill Road, Vardell confirmed, will shut.") == []
    assert _placed(nlp, "The shop stands on Mill Road, Vardell.") == ["Vardell"]


def test_a_name_between_the_and_a_kind_of_area_is_a_place(nlp: Language) -> None:
    assert _announced(nlp("Ferries in the Vardell district will stop."), "Vardell") == "LOC"
    assert _announced(nlp("Ferries in the Vardell district council area will stop."), "Vardell") is None


def test_an_adjective_before_a_kind_of_area_is_no_place(nlp: Language) -> None:
    assert _announced(nlp("Troops entered the Nordic region overnight."), "Nordic") is None
    assert _announced(nlp("Troops entered the Vardell region overnight."), "Vardell") == "LOC"


def test_the_capital_and_a_comma_announce_a_city(nlp: Language) -> None:
    assert _announced(nlp("He told supporters in the capital, Belgrin, that he would stay."), "Belgrin") == "GPE"
    assert _announced(nlp("The firm raised capital, Belgrin said."), "Belgrin") is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Campaign for Better Buses said rural services came first.", ["Campaign for Better Buses"]),
        ("Officials blamed the Front for the Renewal of Osmara.", ["Front for the Renewal of Osmara"]),
        ("The campaign for Better Buses said rural services came first.", []),
        ("The Agency for two years said nothing.", []),
        ("The Tarrow Chamber of Commerce backed the plan.", []),
    ],
    ids=["for", "inner-small-words", "lower-case-kind", "nothing-capitalised-after", "a-name-before-the-kind"],
)
def test_a_bodys_kind_for_or_of_and_capitalised_words_are_its_name(nlp: Language, text: str, names: list[str]) -> None:
    assert [text[piece.start : piece.end] for piece in body_names(nlp(text))] == names


def _bodies(nlp: Language, text: str) -> list[str]:
    return [text[piece.start : piece.end] for piece in body_names(nlp(text))]


def test_a_list_after_a_comma_is_what_the_body_is_for(nlp: Language) -> None:
    text = "The Department for Harbours, Fish and Rural Affairs said the ban would stay."
    assert _bodies(nlp, text) == ["Department for Harbours, Fish and Rural Affairs"]


def test_a_second_body_after_a_comma_or_and_is_no_part_of_the_name(nlp: Language) -> None:
    assert _bodies(nlp, "The Agency for Food Safety, Kelso Council and Ostmere Police met.") == [
        "Agency for Food Safety"
    ]
    assert _bodies(nlp, "The Agency for Food Safety and Kelso Council met.") == ["Agency for Food Safety"]
    assert _bodies(nlp, "The Agency for Food, Farming and Fisheries met.") == ["Agency for Food, Farming and Fisheries"]


def test_a_list_after_a_longer_first_item_is_other_bodies(nlp: Language) -> None:
    assert _bodies(nlp, "The Office for Tariff Responsibility, Treasury and Bank officials met.") == [
        "Office for Tariff Responsibility"
    ]
    assert _bodies(nlp, "The Office for Budget, Audit and Public Finance met.") == [
        "Office for Budget, Audit and Public Finance"
    ]


def test_a_list_a_lower_case_noun_follows_is_its_modifiers(nlp: Language) -> None:
    assert _bodies(nlp, "The Ministry of Harbours, Navy and Army chiefs met.") == ["Ministry of Harbours"]
    assert _bodies(nlp, "The Ministry of Harbours, Navy and Army met.") == ["Ministry of Harbours, Navy and Army"]


def test_places_listed_after_a_body_are_not_what_it_is_for(nlp: Language) -> None:
    assert _bodies(nlp, "The Agency for Energy, Chile and Iceland agreed.") == ["Agency for Energy"]
    assert _bodies(nlp, "The Agency for Energy, Mining and Forestry agreed.") == [
        "Agency for Energy, Mining and Forestry"
    ]


def test_a_hyphen_joins_the_words_of_a_bodys_name(nlp: Language) -> None:
    assert _bodies(nlp, "The Organisation for Regional Co-operation cut its forecast.") == [
        "Organisation for Regional Co-operation"
    ]
    assert _bodies(nlp, "The Agency for Food Safety - a watchdog - said so.") == ["Agency for Food Safety"]


def _joined(nlp: Language, text: str) -> list[str]:
    return [text[piece.start : piece.end] for piece in joined_body_names(nlp(text), ordinary_nouns(nlp))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Kelvo and District Health Board runs three hospitals.", ["Kelvo and District Health Board"]),
        ("The Fenwick Roads and Transport Authority will decide.", ["Fenwick Roads and Transport Authority"]),
    ],
    ids=["place-and-district", "two-fields"],
)
def test_a_field_after_and_that_ends_in_a_bodys_word_joins_one_name(nlp: Language, text: str, names: list[str]) -> None:
    assert _joined(nlp, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Office and Water Department agreed.",
        "Kelvo Council and Fire Authority staff worked all night.",
    ],
    ids=["office", "council"],
)
def test_a_first_name_ending_in_its_own_bodys_word_is_a_body_of_its_own(nlp: Language, text: str) -> None:
    assert _joined(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pupils from Halvern School and Youth Council members planted trees.",
        "Tarrow Rovers and Football Association officials will meet next week.",
        "Players from Halvern Villa and Football Association officials met.",
        "Commuters at Kelvo Station and Transport Authority staff were stranded.",
        "Commuters at Kelvo Airport and Transport Authority staff were stranded.",
    ],
    ids=["school", "club", "club-a-noun-ends", "station", "airport"],
)
def test_a_first_name_ending_in_a_buildings_or_a_clubs_word_is_a_name_of_its_own(nlp: Language, text: str) -> None:
    assert _joined(nlp, text) == []


def test_a_first_name_ending_in_a_field_joins_the_body_after_and(nlp: Language) -> None:
    text = "Tarrow Parks and Football Association officials will meet next week."
    assert _joined(nlp, text) == ["Tarrow Parks and Football Association"]


def test_a_lone_noun_the_tagger_names_a_body_by_is_a_body_of_its_own(nlp: Language) -> None:
    assert _joined(nlp, "Treasury and Revenue Agency officials met on Friday.") == []
    assert _joined(nlp, "Parks and Audit Commission officials met on Friday.") == ["Parks and Audit Commission"]


def test_a_place_alone_before_and_joins_only_the_land_around_it(nlp: Language) -> None:
    assert _joined(nlp, "Residents of Ostby and Housing Association tenants will see rents rise.") == []
    text = "Residents of Ostby and District Housing Association tenants will see rents rise."
    assert _joined(nlp, text) == ["Ostby and District Housing Association"]


def test_a_place_after_and_opens_a_body_of_its_own(nlp: Language) -> None:
    assert _joined(nlp, "Tarrow and Kelvo Water Board staff were told.") == []
    assert _joined(nlp, "Tarrow and District Water Board staff were told.") == ["Tarrow and District Water Board"]


def test_a_person_before_and_is_no_part_of_a_bodys_name(nlp: Language) -> None:
    assert _joined(nlp, "Ann Roe and Audit Commission officials met on Friday.") == []
    assert _joined(nlp, "Parks and Audit Commission officials met on Friday.") == ["Parks and Audit Commission"]


def test_a_field_that_ends_in_no_bodys_word_joins_nothing(nlp: Language) -> None:
    assert _joined(nlp, "Kelvo and District Health news came first.") == []


def test_a_verb_in_lower_case_parts_the_names_either_side(nlp: Language) -> None:
    text = "Hockey: Ostberg Eagles beat Penford Falcons 4-2 on Friday."
    assert [text[piece.start : piece.end] for piece in clean_spans(nlp(text))] == ["Ostberg Eagles", "Penford Falcons"]


def test_a_legal_form_in_lower_case_ends_a_companys_name(nlp: Language) -> None:
    text = "Trading in shares of Corwen Energy plc was suspended."
    assert [text[piece.start : piece.end] for piece in clean_spans(nlp(text))] == ["Corwen Energy plc"]


def test_a_journal_announces_an_organisation(nlp: Language) -> None:
    assert _types(nlp, "The study, published in the journal Wild Waters, was led by Hanna Roe.")["Wild Waters"] == "ORG"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Conductor Ottoline Varnholt said the orchestra would tour.", "Ottoline Varnholt"),
        ("Rugby: Kelso Rovers edged Stanmoor 21-18. Fly-half Dai Prothero kicked the winning penalty.", "Dai Prothero"),
    ],
    ids=["trade", "hyphenated-position"],
)
def test_a_trade_opening_a_sentence_describes_the_person_after_it(nlp: Language, text: str, person: str) -> None:
    assert _types(nlp, text)[person] == "PERSON"


@pytest.mark.parametrize("mate", ["teammate", "team-mate", "club-mate"])
def test_a_players_fellow_before_a_name_describes_a_person(nlp: Language, mate: str) -> None:
    assert _types(nlp, f"Berg's {mate} Kenton Marsh scored twice in the league match.")["Kenton Marsh"] == "PERSON"


def test_a_players_fellow_before_a_business_is_kept_with_it(nlp: Language) -> None:
    text = "Berg's teammate Kenton Motors scored nothing."
    assert _types(nlp, text).get("Kenton Motors") != "PERSON"


def test_a_players_fellow_before_a_club_is_kept_with_it(nlp: Language) -> None:
    text = "His teammate Kelvo Rovers sold in May scored on his debut."
    assert _types(nlp, text).get("Kelvo Rovers") != "PERSON"


def test_a_trade_before_a_business_is_kept_with_it(nlp: Language) -> None:
    assert _types(nlp, "Driver Tarrow Motors said so.") == {"Driver Tarrow Motors": "ORG"}


def test_a_newspapers_last_word_no_one_bears_makes_an_organisation(nlp: Language) -> None:
    text = "The Halvern Gazette said Ivo Mercury had left."
    doc = nlp(text)
    paper, person = text.index("Halvern Gazette"), text.index("Ivo Mercury")
    assert head_type(doc, paper, paper + len("Halvern Gazette"), "PERSON") == "ORG"
    assert head_type(doc, person, person + len("Ivo Mercury"), "PERSON") == "PERSON"


def test_an_officials_title_ending_in_a_newspapers_word_is_no_organisation(nlp: Language) -> None:
    types = _types(nlp, "The county's Chief Medical Examiner said the Halvern Gazette was wrong.")
    assert types.get("Chief Medical Examiner") != "ORG"
    assert types["Halvern Gazette"] == "ORG"


def test_former_before_a_building_makes_it_no_persons(nlp: Language) -> None:
    text = "Homes on the former Ashcombe Mill site and talks with former President Ann Hall."
    doc = nlp(text)
    mill, person = text.index("Ashcombe Mill"), text.index("Ann Hall")
    assert head_type(doc, mill, mill + len("Ashcombe Mill"), "PERSON") == "FAC"
    assert head_type(doc, person, person + len("Ann Hall"), "PERSON") == "PERSON"


def test_an_area_noun_after_a_city_keeps_it_a_city(nlp: Language) -> None:
    assert _types(nlp, "Rents in the Osaka area rose. Osaka is dear.") == {"Osaka": "GPE"}
    assert _types(nlp, "Jobs in the Vardell region fell.") == {"Vardell": "LOC"}


def test_a_trade_opening_a_sentence_leaves_a_place_the_tagger_found(nlp: Language) -> None:
    assert _types(nlp, "Designer Outlet Village opened a new wing on Friday.") == {"Outlet Village": "GPE"}
    assert _types(nlp, "Gardener Tom Garrow won the prize.") == {"Tom Garrow": "PERSON"}


def test_a_lone_word_taken_for_a_persons_right_after_in_is_a_place(nlp: Language) -> None:
    text = "Oltenu defeated Krael 7-5 3-6 6-1 to reach the final of a tournament in Kessler."
    assert _types(nlp, text)["Kessler"] == "GPE"


def test_a_surname_of_a_person_named_in_full_stays_a_person_after_in(nlp: Language) -> None:
    text = "Mirek Kessler was elected in May. Voters saw in Kessler a fresh start."
    assert _types(nlp, text)["Kessler"] == "PERSON"


def test_a_lone_word_taken_for_a_persons_after_in_is_no_place_if_a_full_name_ends_in_it(nlp: Language) -> None:
    text = "Mirek Kessler was elected in May. Voters saw in Kessler a fresh start."
    assert _placed(nlp, text) == ["Kessler"]
    assert _placed(nlp, text, frozenset({"Kessler"})) == []


# Where a journey began


@pytest.mark.parametrize("name", ["Norwell", "Pike Hill"])
def test_the_towns_a_journey_began_in_are_places(nlp: Language, name: str) -> None:
    text = "She travelled from Norwell and Pike Hill by bus every day."
    assert _context(nlp, text, name, "ORG") == "GPE"


def test_a_firm_a_worker_moved_from_is_no_place(nlp: Language) -> None:
    """The control: "moved from" is as often a job's or a club's move as a journey."""
    text = "She moved from Norwell and Pike Hill to a bigger firm."
    assert _context(nlp, text, "Pike Hill", "ORG") != "GPE"


@pytest.mark.parametrize(
    "text",
    [
        "She flew in from Pike Hill to meet the board.",  # a name alone after "from": as often a firm's
        "Staff drove in from the Pike Hill and the Norwell.",  # after "the": a body's or a site's
        "Families fled from Norwell and Pike Hill last year.",  # people flee a group as often as a town
    ],
)
def test_a_name_a_journey_began_at_alone_after_the_or_fled_is_no_place(nlp: Language, text: str) -> None:
    assert _context(nlp, text, "Pike Hill", "ORG") != "GPE"


# Where a journey went


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The president flew to Kessmoor on Sunday for two days of talks.", "Kessmoor", "PERSON"),
        ("The envoy arrived in Brellin late on Wednesday.", "Brellin", "ORG"),
    ],
    ids=["flew-to", "arrived-in"],
)
def test_the_town_a_journey_went_to_is_a_place(nlp: Language, text: str, name: str, label: str) -> None:
    assert _context(nlp, text, name, label) == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The chief executive visited Arvelco's headquarters on Tuesday.", "Arvelco"),
        ("Midfielder Owen Crale joined Tolvey on a two-year deal.", "Tolvey"),
        ("Halden travel to Marsby on Saturday for the cup tie.", "Marsby"),
        ("He visits wife Selina in hospital", "Selina"),
        ("The minister toured Arvelco on Tuesday and praised its staff.", "Arvelco"),
        ("Doctors visited Brannock twice a day after his fall.", "Brannock"),
    ],
    ids=["an-owner-of-the-place-visited", "a-club-joined", "a-sides-journey", "a-person-visited", "a-firm-toured",
         "a-surname-visited"],
)  # fmt: skip
def test_an_owner_a_club_joined_a_sides_destination_or_a_visits_object_is_no_place(
    nlp: Language, text: str, name: str
) -> None:
    assert _context(nlp, text, name, "ORG") != "GPE"
