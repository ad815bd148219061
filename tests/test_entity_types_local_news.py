"""Entities of council, court and match reports (issue 20): an office's place and its holder run together, offices
and bodies joined by "and", a player who scores, streets named after people, section headings in capitals, a
state's possessions, an address's town, a two-word role and an airport's own name. Each rule on its function over
invented sentences (the tagger's spans set by hand where the rule reads them), with a control that differs only
where the rule looks; the vote across mentions through the extractor."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract.entities import find_entities
from app.extract.mention_bodies import family_firm_names
from app.extract.mention_case import known_words
from app.extract.mention_classes import announced_names
from app.extract.mention_cleaning import Piece, clean_spans, possessive_street_names, split_person_and_body
from app.extract.mention_context import context_type
from app.extract.mention_headline import common_nouns_only
from app.extract.mention_heads import head_type
from app.extract.mention_places import placed_names
from app.extract.parsed import ArticleText
from app.extract.parsing import parse_articles
from app.extract.teams import is_lone_scorer, sports_type
from tests.tagged_docs import head_type_of, tagged


def _pieces(doc: Doc) -> list[tuple[str, str]]:
    return [(doc.text[piece.start : piece.end], piece.label) for piece in clean_spans(doc)]


def _types(nlp: Language, body: str) -> dict[str, str]:
    entities = find_entities(parse_articles(nlp, [ArticleText({"body": body}, None)])[0])
    return {name: entity.type for entity in entities for name in (entity.name, *entity.aliases)}


def _context(nlp: Language, text: str, name: str, label: str) -> str | None:
    start = text.index(name)
    return context_type(nlp(text), start, start + len(name), label)


def _announced_places(nlp: Language, text: str, known: frozenset[str] = frozenset()) -> list[str]:
    doc = nlp(text)
    doc.ents = ()
    return [text[piece.start : piece.end] for piece in announced_names(doc, known) if piece.label == "GPE"]


# An office's place and its holder


def test_the_place_after_the_mayor_of_is_parted_from_the_holders_name_run_on_after_it(nlp: Language) -> None:
    doc = tagged(nlp, "The mayor of Dunmere Ann Pike opened the library.", "Dunmere Ann Pike", "PERSON")
    assert _pieces(doc) == [("Dunmere", "GPE"), ("Ann Pike", "PERSON")]


def test_a_place_of_two_words_after_the_mayor_of_stays_whole(nlp: Language) -> None:
    doc = tagged(nlp, "The mayor of Port Halden opened the library.", "Port Halden", "GPE")
    assert _pieces(doc) == [("Port Halden", "GPE")]
    doc = tagged(nlp, "The mayor of Port Halden Ann Pike opened the library.", "Port Halden Ann Pike", "PERSON")
    assert _pieces(doc) == [("Port Halden", "GPE"), ("Ann Pike", "PERSON")]


def test_the_place_after_the_mayor_of_is_found_before_the_holders_name_the_tagger_missed(nlp: Language) -> None:
    assert _announced_places(nlp, "The mayor of Dunmere Ann Pike opened the library.") == ["Dunmere"]
    assert _announced_places(nlp, "The friend of Dunmere Ann Pike opened the library.") == []


def test_words_after_another_nouns_of_are_not_parted(nlp: Language) -> None:
    doc = tagged(nlp, "The friend of Dunmere Ann Pike opened the library.", "Dunmere Ann Pike", "PERSON")
    assert _pieces(doc) == [("Dunmere Ann Pike", "PERSON")]
    doc = tagged(nlp, "The mayor of Dunmere Ann Pike opened the library.", "Dunmere Ann Pike", "PERSON")
    assert len(_pieces(doc)) == 2


# Offices and bodies joined by "and"


def test_an_office_word_completes_the_body_the_tagger_ended_before_it(nlp: Language) -> None:
    text = "The plan had the backing of the Kelby Police and Crime Commissioner."
    assert _pieces(tagged(nlp, text, "Kelby Police and Crime", "ORG")) == [
        ("Kelby Police and Crime Commissioner", "ORG")
    ]


def test_an_office_word_before_a_name_is_the_holders_title(nlp: Language) -> None:
    text = "The Kelby Police and Crime Commissioner Dana Voss backed the plan."
    assert _pieces(tagged(nlp, text, "Kelby Police and Crime", "ORG")) == [("Kelby Police and Crime", "ORG")]
    text = "The plan had the backing of the Kelby Police and Crime Commissioner."
    assert _pieces(tagged(nlp, text, "Kelby Police and Crime", "ORG"))[0][0].endswith("Commissioner")


def test_an_office_named_by_what_it_oversees_is_one_name(nlp: Language) -> None:
    text = "The Ashcombe Police and Crime Commissioner backed the plan."
    assert _pieces(tagged(nlp, text, "Ashcombe Police and Crime Commissioner", "ORG")) == [
        ("Ashcombe Police and Crime Commissioner", "ORG")
    ]
    text = "The Ashcombe Police and Crime Department backed the plan."
    assert _pieces(tagged(nlp, text, "Ashcombe Police and Crime Department", "ORG")) == [
        ("Ashcombe Police", "ORG"),
        ("Crime Department", "ORG"),
    ]


def _split(nlp: Language, text: str, name: str, people: frozenset[str] = frozenset()) -> list[str]:
    """The names the span of `name` is split into, the tagger's span of it one body's."""
    start = text.index(name)
    pieces = split_person_and_body(nlp(text), Piece(start, start + len(name), "ORG"), people)
    return [text[piece.start : piece.end] for piece in pieces]


def test_a_person_with_a_common_given_name_and_a_body_joined_by_and_are_two_names(nlp: Language) -> None:
    text = "Ann Banks and Audit Commission officials met traders on Monday."
    assert _split(nlp, text, "Ann Banks and Audit Commission") == ["Ann Banks", "Audit Commission"]
    text = "Corran Banks and Audit Commission officials met traders on Monday."
    assert _split(nlp, text, "Corran Banks and Audit Commission") == ["Corran Banks and Audit Commission"]


def test_a_person_the_article_names_by_surname_and_a_body_joined_by_and_are_two_names(nlp: Language) -> None:
    text = "Corran Pryce and Valuation Office officials met traders on Monday."
    name = "Corran Pryce and Valuation Office"
    assert _split(nlp, text, name, frozenset({"Pryce"})) == ["Corran Pryce", "Valuation Office"]
    assert _split(nlp, text, name, frozenset({"Corran"})) == [name]


def test_a_titled_person_and_a_body_joined_by_and_are_two_names(nlp: Language) -> None:
    text = "They met councillor Tam Orrin and Harbour Trust officials on Monday."
    assert _split(nlp, text, "Tam Orrin and Harbour Trust") == ["Tam Orrin", "Harbour Trust"]
    text = "They met the Tam Orrin and Harbour Trust officials on Monday."
    assert _split(nlp, text, "Tam Orrin and Harbour Trust") == ["Tam Orrin and Harbour Trust"]


def test_a_family_firm_joined_by_and_stays_one_name(nlp: Language) -> None:
    text = "The contract went to Ann Roe and Sons Ltd on Monday."
    assert _split(nlp, text, "Ann Roe and Sons Ltd") == ["Ann Roe and Sons Ltd"]
    doc = nlp(text)
    assert [text[piece.start : piece.end] for piece in family_firm_names(doc)] == ["Ann Roe and Sons Ltd"]
    assert not list(family_firm_names(nlp("The contract went to Ann Roe and Harbour Trust on Monday.")))


def test_a_firm_named_for_its_founders_associates_stays_one_name(nlp: Language) -> None:
    text = "The plans were drawn up by Ann Roe and Associates Ltd on Monday."
    assert _split(nlp, text, "Ann Roe and Associates Ltd") == ["Ann Roe and Associates Ltd"]
    text = "The plans were drawn up by Ann Roe and Architects Board on Monday."
    assert _split(nlp, text, "Ann Roe and Architects Board") == ["Ann Roe", "Architects Board"]


def test_fields_of_one_body_joined_by_and_stay_one_name(nlp: Language) -> None:
    text = "The Fenwick Roads and Transport Authority met traders on Monday."
    assert _pieces(tagged(nlp, text, "Fenwick Roads and Transport Authority", "ORG")) == [
        ("Fenwick Roads and Transport Authority", "ORG")
    ]
    assert _split(nlp, text, "Fenwick Roads and Transport Authority") == ["Fenwick Roads and Transport Authority"]
    text = "The Ann Roads and Transport Authority met traders on Monday."
    assert len(_split(nlp, text, "Ann Roads and Transport Authority")) == 2


# A player who scores


def _scorer(nlp: Language, text: str, label: str = "ORG") -> bool:
    name = text.split()[0]
    return is_lone_scorer(nlp(text), 0, len(name), label)


def test_one_word_taken_for_an_organisation_that_scores_for_a_side_is_a_player(nlp: Language) -> None:
    assert _scorer(nlp, "Tavinho scored twice for the visitors.")
    assert _scorer(nlp, "Tavinho equalised with his first goal of the season.")


def test_one_word_that_scores_with_nothing_of_a_players_is_no_player(nlp: Language) -> None:
    assert not _scorer(nlp, "Tavinho scored twice in the second half.")
    assert _scorer(nlp, "Tavinho scored twice in the second half for the visitors.")


def test_one_word_that_scores_for_the_first_time_is_no_player(nlp: Language) -> None:
    # A goal's count, not a side; nor a player's word in another phrase. The controls score for a side, and his own.
    assert not _scorer(nlp, "Tavinho scored for the first time this season.")
    assert not _scorer(nlp, "Tavinho scored after his mistake.")
    assert _scorer(nlp, "Tavinho scored for the visitors this season.")
    assert _scorer(nlp, "Tavinho netted his second after the break.")


def test_one_word_that_wins_is_no_scorer(nlp: Language) -> None:
    assert not _scorer(nlp, "Tavinho won twice for the visitors.")
    assert _scorer(nlp, "Tavinho scored twice for the visitors.")


def test_one_word_taken_for_a_place_that_scores_is_no_player(nlp: Language) -> None:
    assert not _scorer(nlp, "Tavinho scored twice for the visitors.", label="GPE")
    assert _scorer(nlp, "Tavinho scored twice for the visitors.", label="ORG")


def test_a_scorer_the_article_writes_as_a_side_elsewhere_is_the_club(nlp: Language) -> None:
    body = "Kelby 2 Tarrow 0\nKelby scored twice for the first time in the league this season."
    assert _types(nlp, body)["Kelby"] == "ORG"
    body = "Kelby 2 Tarrow 0\nTavinho scored twice for the visitors in the league match."
    assert _types(nlp, body)["Tavinho"] == "PERSON"


# Streets and buildings named after people


def test_a_street_named_after_a_given_name_and_a_surname_is_no_person(nlp: Language) -> None:
    assert head_type_of(nlp, "Plans for Margaret Hale Way go on show.", "Margaret Hale Way") == "FAC"


def test_a_given_name_right_before_a_buildings_word_keeps_a_persons_name(nlp: Language) -> None:
    assert head_type_of(nlp, "Ruth Ann Hall chaired the meeting.", "Ruth Ann Hall") == "PERSON"
    assert head_type_of(nlp, "Margaret Hall chaired the meeting.", "Margaret Hall") == "PERSON"
    assert head_type_of(nlp, "Plans for Margaret Hale Way go on show.", "Margaret Hale Way") == "FAC"


def test_an_initial_right_before_a_buildings_word_keeps_a_persons_name(nlp: Language) -> None:
    assert head_type_of(nlp, "Ruth E. Hall chaired the meeting.", "Ruth E. Hall") == "PERSON"
    assert head_type_of(nlp, "Ruth Esk Hall chaired the meeting.", "Ruth Esk Hall") == "FAC"


def test_a_title_before_a_street_shaped_name_keeps_it_a_persons(nlp: Language) -> None:
    assert head_type_of(nlp, "Mrs Margaret Hale Way chaired the meeting.", "Margaret Hale Way") == "PERSON"
    assert head_type_of(nlp, "The Margaret Hale Way chaired the meeting.", "Margaret Hale Way") == "FAC"


@pytest.mark.parametrize(
    "name", ["Halvorsen Tower", "Abbey Walk", "Tolley Row", "Station Parade"], ids=["tower", "walk", "row", "parade"]
)
def test_a_name_ending_in_a_towers_or_a_walks_word_is_a_facility(nlp: Language, name: str) -> None:
    assert head_type_of(nlp, f"The office moved to {name} last year.", name) == "FAC"


def test_a_given_name_before_a_walks_word_keeps_a_persons_name(nlp: Language) -> None:
    assert head_type_of(nlp, "Ruth Walk chaired the meeting.", "Ruth Walk") == "PERSON"
    assert head_type_of(nlp, "Abbey Walk chaired the meeting.", "Abbey Walk") == "FAC"


# Section headings in capitals


def test_a_line_of_common_nouns_is_a_heading(nlp: Language) -> None:
    assert common_nouns_only(nlp("PLANNING APPLICATIONS"), frozenset({"planning", "application"}))
    assert not common_nouns_only(nlp("TARROW APPLICATIONS"), frozenset({"planning", "application"}))


def test_a_heading_of_common_nouns_in_capitals_names_nothing(nlp: Language) -> None:
    body = "PLANNING APPLICATIONS\nThe council received 14 applications for extensions in Kelby this month."
    assert not {"Planning Applications", "PLANNING APPLICATIONS"} & _types(nlp, body).keys()


def test_a_heading_of_common_nouns_in_capitals_inside_the_story_names_nothing(nlp: Language) -> None:
    lines = "Councillors met in Kelby on Monday.\nThe leader said the rise was needed.\n{}\nThe side is unchanged."
    assert "TEAM NEWS" not in _types(nlp, lines.format("TEAM NEWS"))
    assert _types(nlp, lines.format("TARROW ROVERS")).get("TARROW ROVERS") is not None


def test_a_line_in_capitals_naming_a_place_is_still_a_dateline(nlp: Language) -> None:
    body = "KELBY\nThe council received 14 applications for extensions this month."
    assert _types(nlp, body)["KELBY"] == "GPE"
    body = "PLANNING APPLICATIONS\nThe council received 14 applications for extensions this month."
    assert "PLANNING APPLICATIONS" not in _types(nlp, body)


# What only a state has


def test_one_word_whose_possessive_gives_a_government_is_a_place(nlp: Language) -> None:
    assert _context(nlp, "Ostravia 's government asked for loans.", "Ostravia", "ORG") == "GPE"


def test_a_government_that_qualifies_another_noun_says_nothing(nlp: Language) -> None:
    assert _context(nlp, "Ostravia 's government contracts grew.", "Ostravia", "ORG") is None
    assert _context(nlp, "Ostravia 's chief asked for loans.", "Ostravia", "ORG") is None
    assert _context(nlp, "Ostravia 's government asked for loans.", "Ostravia", "ORG") == "GPE"


def test_a_president_or_capital_a_firm_has_too_says_nothing(nlp: Language) -> None:
    assert _context(nlp, "Ostravia 's president asked for loans.", "Ostravia", "ORG") is None
    assert _context(nlp, "Ostravia 's capital fell by a fifth.", "Ostravia", "ORG") is None
    assert _context(nlp, "Ostravia 's parliament asked for loans.", "Ostravia", "ORG") == "GPE"


def test_a_person_whose_possessive_gives_a_government_stays_a_person(nlp: Language) -> None:
    assert _context(nlp, "Varnholt 's government asked for loans.", "Varnholt", "PERSON") is None
    assert _context(nlp, "Varnholt 's government asked for loans.", "Varnholt", "ORG") == "GPE"


# An address's town


def test_an_addresss_town_spelt_as_a_noun_is_a_place(nlp: Language) -> None:
    nouns = frozenset({"copley"})
    text = "Dorran Helvey, 34, of Elm Grove, Copley, admitted robbery."
    assert [text[p.start : p.end] for p in placed_names(tagged(nlp, text, "Copley", "ORG"), nouns)] == ["Copley"]
    text = "Dorran Helvey, 34, met a friend in Copley on Monday."
    assert list(placed_names(tagged(nlp, text, "Copley", "ORG"), nouns)) == []


# A role of two words, an airport's name


def test_a_name_after_a_hyphenated_role_written_apart_is_a_persons(nlp: Language) -> None:
    assert _context(nlp, "He was replaced by his team mate Ivo Varnholt.", "Ivo Varnholt", "FAC") == "PERSON"
    assert _context(nlp, "He was replaced at his team by Ivo Varnholt.", "Ivo Varnholt", "FAC") is None


def test_a_name_after_airport_is_the_airports(nlp: Language) -> None:
    text = "The main airport Sorvik Lindqvist will close for repairs."
    assert _context(nlp, text, "Sorvik Lindqvist", "PERSON") == "FAC"
    text = "The main sponsor Sorvik Lindqvist will close for repairs."
    assert _context(nlp, text, "Sorvik Lindqvist", "PERSON") is None


def test_a_name_opening_the_clause_after_at_the_airport_is_no_airports(nlp: Language) -> None:
    text = "At the airport Sorvik Lindqvist met her son."
    assert _context(nlp, text, "Sorvik Lindqvist", "PERSON") is None
    text = "Passengers at the airport Sorvik Lindqvist waited for hours."
    assert _context(nlp, text, "Sorvik Lindqvist", "PERSON") == "FAC"


# A place's residents


def test_a_name_before_a_places_residents_is_the_place(nlp: Language) -> None:
    assert _announced_places(nlp, "The rise will cost Dunmere residents 40 pounds a year.") == ["Dunmere"]


def test_a_streets_residents_name_no_town(nlp: Language) -> None:
    assert _announced_places(nlp, "The rise will cost Elm Grove residents 40 pounds a year.") == []
    assert _announced_places(nlp, "The rise will cost Dunmere residents 40 pounds a year.") == ["Dunmere"]


def test_an_adjective_opening_a_sentence_before_residents_names_no_place(nlp: Language) -> None:
    assert _announced_places(nlp, "Local residents will pay 40 pounds a year more.") == []
    assert _announced_places(nlp, "They said Dunmere residents will pay 40 pounds a year more.") == ["Dunmere"]


def test_a_word_no_lexicon_knows_opening_a_sentence_before_residents_is_the_place(nlp: Language) -> None:
    known = known_words(nlp)
    text = "Dunmere residents face higher parking charges from April."
    assert _announced_places(nlp, text, known) == ["Dunmere"]
    assert _announced_places(nlp, "Remaining residents face higher parking charges from April.", known) == []


def test_an_adjective_before_a_mayor_names_no_place(nlp: Language) -> None:
    assert _announced_places(nlp, "The former Independent mayor Ivo Dorey was away.") == []
    assert _announced_places(nlp, "The former Kelby mayor Ivo Dorey was away.") == ["Kelby"]


def test_a_name_before_a_mayor_in_lower_case_is_the_place(nlp: Language) -> None:
    assert _announced_places(nlp, "They said Kelby mayor Ivo Dorey was away.") == ["Kelby"]


def test_a_title_before_a_mayor_in_lower_case_names_no_place(nlp: Language) -> None:
    assert _announced_places(nlp, "They said Deputy mayor Ivo Dorey was away.") == []
    assert _announced_places(nlp, "They said Kelby mayor Ivo Dorey was away.") == ["Kelby"]
    assert _context(nlp, "They said Deputy mayor Ivo Dorey was away.", "Deputy", "ORG") is None
    assert _context(nlp, "They said Kelby mayor Ivo Dorey was away.", "Kelby", "ORG") == "GPE"


# A body's word capitalised by its sentence


def test_a_bodys_word_opening_a_sentence_before_a_noun_is_no_name(nlp: Language) -> None:
    assert _pieces(tagged(nlp, "Council leader Priya Sandhal backed the budget.", "Council", "ORG")) == []


def test_a_word_naming_one_body_alone_opening_a_sentence_is_a_name(nlp: Language) -> None:
    text = "Parliament officials said the vote would go ahead."
    assert _pieces(tagged(nlp, text, "Parliament", "ORG")) == [("Parliament", "ORG")]
    text = "Council officials said the vote would go ahead."
    assert _pieces(tagged(nlp, text, "Council", "ORG")) == []


def test_a_bodys_word_opening_a_sentence_before_a_verb_is_a_name(nlp: Language) -> None:
    assert _pieces(tagged(nlp, "Council said the budget was balanced.", "Council", "ORG")) == [("Council", "ORG")]
    assert _pieces(tagged(nlp, "Council leader Priya Sandhal backed the budget.", "Council", "ORG")) == []


# A street named with a possessive


def test_a_possessive_inside_a_streets_name_keeps_it_whole(nlp: Language) -> None:
    assert _types(nlp, "Police closed Tolley's Row in Kelmarsh on Friday.").get("Tolley's Row") == "FAC"
    assert _types(nlp, "A car hit a wall on Mary's Road, Kelvo, on Friday.").get("Mary's Road") == "FAC"


def test_a_places_possessive_before_a_persons_surname_that_is_a_streets_word_is_no_street(nlp: Language) -> None:
    text = "Kelmarsh's Lane was booked on Saturday."
    assert [text[piece.start : piece.end] for piece in possessive_street_names(nlp(text), frozenset({"Lane"}))] == []
    assert [text[piece.start : piece.end] for piece in possessive_street_names(nlp(text), frozenset())] == [
        "Kelmarsh's Lane"
    ]


def test_a_streets_name_built_on_a_possessive_is_found_whole_where_the_tagger_cuts_it(nlp: Language) -> None:
    text = "The bus stop on St Ebba's Road will close."
    assert [text[piece.start : piece.end] for piece in possessive_street_names(nlp(text), frozenset())] == [
        "St Ebba's Road"
    ]
    text = "The bus stop on Jo Ebba's Road will close."
    assert [text[piece.start : piece.end] for piece in possessive_street_names(nlp(text), frozenset())] == []


def test_a_possessive_of_a_full_name_before_a_street_word_parts_two_names(nlp: Language) -> None:
    text = "Police searched Jo Tolley's Row flat on Friday."
    assert len(_pieces(tagged(nlp, text, "Jo Tolley's Row", "ORG"))) == 2


# A club named by its town and a plural nickname


def test_a_results_lines_side_named_by_a_plural_nickname_is_a_club(nlp: Language) -> None:
    text = "Carrick Hawks 3 Dunmere 1"
    assert sports_type(nlp(text), 0, len("Carrick Hawks"), "PERSON", frozenset(), True, True) == "ORG"


def test_a_results_lines_person_against_a_person_is_no_club(nlp: Language) -> None:
    text = "Carrick Hawks 3 Jane Berg 1"
    assert sports_type(nlp(text), 0, len("Carrick Hawks"), "PERSON", frozenset(), True, True) is None


def test_a_results_lines_side_opening_with_a_common_given_name_is_no_nicknamed_club(nlp: Language) -> None:
    text = "Sarah Pellowes 3 Dunmere 1"
    assert sports_type(nlp(text), 0, len("Sarah Pellowes"), "PERSON", frozenset(), True, True) is None
    text = "Carrick Hawks 3 Dunmere 1"
    assert sports_type(nlp(text), 0, len("Carrick Hawks"), "PERSON", frozenset(), True, True) == "ORG"


# A procession named by what it celebrates


def test_a_parade_named_by_what_it_celebrates_is_an_event(nlp: Language) -> None:
    text = "Thousands marched in the Harlow Pride Parade on Saturday."
    start = text.index("Harlow")
    assert head_type(nlp(text), start, start + len("Harlow Pride Parade"), "ORG") == "EVENT"


def test_a_parade_named_by_its_town_is_a_street(nlp: Language) -> None:
    text = "Shops in Harlow Parade closed on Saturday."
    start = text.index("Harlow")
    assert head_type(nlp(text), start, start + len("Harlow Parade"), "ORG") == "FAC"


def test_a_street_named_for_a_celebration_in_an_address_is_no_event(nlp: Language) -> None:
    text = "A shop on Peace Parade was broken into on Monday."
    start = text.index("Peace")
    assert head_type(nlp(text), start, start + len("Peace Parade"), "ORG") == "FAC"
    text = "Hundreds joined the Peace Parade on Sunday."
    start = text.index("Peace")
    assert head_type(nlp(text), start, start + len("Peace Parade"), "ORG") == "EVENT"


# A common noun opening a headline


def test_a_common_noun_opening_a_headline_that_the_story_writes_in_lower_case_is_no_name(nlp: Language) -> None:
    body = "A landlord was fined 4,000 pounds on Thursday for letting damp flats, magistrates heard."
    title = "Landlord fined over damp flats"
    entities = find_entities(parse_articles(nlp, [ArticleText({"title": title, "body": body}, None)])[0])
    assert "Landlord" not in {entity.name for entity in entities}


def test_a_word_opening_a_headline_that_the_story_never_writes_in_lower_case_stays_a_name(nlp: Language) -> None:
    body = "Ms Landlord was fined 4,000 pounds on Thursday for letting damp flats, magistrates heard."
    title = "Landlord fined over damp flats"
    entities = find_entities(parse_articles(nlp, [ArticleText({"title": title, "body": body}, None)])[0])
    assert "Landlord" in {name for entity in entities for name in (entity.name, *entity.aliases)}


def test_a_word_the_story_writes_bare_before_a_verb_of_saying_stays_a_name(nlp: Language) -> None:
    title = "Cook quits over pay"
    body = "A cook at the Harbour Inn said it was busy. Cook added that staff were tired."
    entities = find_entities(parse_articles(nlp, [ArticleText({"title": title, "body": body}, None)])[0])
    assert "Cook" in {name for entity in entities for name in (entity.name, *entity.aliases)}
    body = "A cook at the Harbour Inn said it was busy. The cook added that staff were tired."
    entities = find_entities(parse_articles(nlp, [ArticleText({"title": title, "body": body}, None)])[0])
    assert "Cook" not in {name for entity in entities for name in (entity.name, *entity.aliases)}


# A people's guess after "from"


def test_a_word_taken_for_a_peoples_after_from_is_a_place(nlp: Language) -> None:
    text = "The family moved from Tarnholt to the coast."
    assert [
        (text[p.start : p.end], p.label) for p in placed_names(tagged(nlp, text, "Tarnholt", "NORP"), frozenset())
    ] == [("Tarnholt", "GPE")]


def test_a_peoples_plural_after_from_stays_a_people(nlp: Language) -> None:
    text = "The plan drew support from Tarnholtians on Monday."
    assert list(placed_names(tagged(nlp, text, "Tarnholtians", "NORP"), frozenset())) == []


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Swimmers will use the Kelby Sports Centre on Mill Road until May.", "Kelby Sports Centre", "FAC"),
        ("The Kelby Sports Centre on Monday said it would cut staff.", "Kelby Sports Centre", "ORG"),
        ("The Harwell Trust on Quarry Road runs the food bank.", "Harwell Trust", "ORG"),
    ],
    ids=["a-venue-on-a-street", "a-venue-acting-as-a-body", "a-body-housed-on-a-street"],
)
def test_a_venue_on_a_street_is_the_building(nlp: Language, text: str, name: str, type_: str) -> None:
    start = text.index(name)
    assert head_type(nlp(text), start, start + len(name), "ORG") == type_


# A bracket after a firm's name


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("The order went to Tarrow Group (Vessland), the ministry said.", "Vessland", None),
        ("The order went to its shipping group, Tarrow Lines, on Monday.", "Tarrow Lines", "ORG"),
    ],
    ids=["a-capitalised-kind-ends-a-name", "a-kind-in-lower-case-names-the-body"],
)
def test_only_a_kind_in_lower_case_names_the_organisation_in_apposition(
    nlp: Language, text: str, name: str, type_: str | None
) -> None:
    assert _context(nlp, text, name, "ORG") == type_
