"""Which mentions name one person, read straight from the grouping on invented lists of names: lone surnames
and the relatives who share them."""

from app.extract.found import Place
from app.extract.grouping import group_mentions
from app.extract.mentions import Candidate


def grouped(*names: str, label: str = "PERSON") -> dict[str, list[str]]:
    """Each entity's name and its mentions, for names of one type written one after another in a body."""
    candidates, start = [], 0
    for name in names:
        candidates.append(Candidate(Place("body", start, start + len(name)), name, label))
        start += len(name) + 20
    return {entity.name: [mention.text for mention in entity.mentions] for entity in group_mentions(candidates)}


def test_lone_surname_with_one_namesake_joins_it_before_or_after() -> None:
    assert grouped("Okoro", "Grace Okoro", "Okoro") == {"Grace Okoro": ["Okoro", "Grace Okoro", "Okoro"]}


def test_lone_surname_joins_the_namesake_mentioned_most_so_far() -> None:
    assert grouped("Grace Okoro", "Okoro", "Alan Okoro", "Okoro") == {
        "Grace Okoro": ["Grace Okoro", "Okoro", "Okoro"],
        "Alan Okoro": ["Alan Okoro"],
    }


def test_lone_surname_on_a_tie_joins_the_namesake_named_first() -> None:
    assert grouped("Alan Okoro", "Grace Okoro", "Okoro") == {
        "Alan Okoro": ["Alan Okoro", "Okoro"],
        "Grace Okoro": ["Grace Okoro"],
    }


def test_relatives_stay_two_people_when_the_lone_surname_goes_to_each_in_turn() -> None:
    assert grouped("Grace Okoro", "Okoro", "Alan Okoro", "Alan Okoro", "Alan Okoro", "Okoro") == {
        "Grace Okoro": ["Grace Okoro", "Okoro"],
        "Alan Okoro": ["Alan Okoro", "Alan Okoro", "Alan Okoro", "Okoro"],
    }


def test_lone_surname_before_any_namesake_joins_the_one_the_story_mentions_most() -> None:
    assert grouped("Okoro", "Alan Okoro", "Grace Okoro", "Grace Okoro") == {
        "Grace Okoro": ["Okoro", "Grace Okoro", "Grace Okoro"],
        "Alan Okoro": ["Alan Okoro"],
    }


def test_initial_that_fits_no_namesake_is_one_relative_never_named_in_full() -> None:
    assert grouped("Grace Okoro", "Alan Okoro", "T. Okoro", "T. Okoro") == {
        "Grace Okoro": ["Grace Okoro"],
        "Alan Okoro": ["Alan Okoro"],
        "T. Okoro": ["T. Okoro", "T. Okoro"],
    }


def test_initial_joins_the_namesake_of_that_given_name() -> None:
    assert grouped("Grace Okoro", "Alan Okoro", "Alan Okoro", "G. Okoro") == {
        "Grace Okoro": ["Grace Okoro", "G. Okoro"],
        "Alan Okoro": ["Alan Okoro", "Alan Okoro"],
    }


def test_a_middle_initial_does_not_make_a_namesake() -> None:
    assert grouped("Grace Okoro", "Okoro", "Grace T. Okoro", "Okoro") == {
        "Grace T. Okoro": ["Grace Okoro", "Okoro", "Grace T. Okoro", "Okoro"]
    }


def test_lone_head_word_joins_the_one_organisation_whose_name_ends_with_it() -> None:
    assert grouped("Eastfield Rovers", "Rovers", "Marsby Town", label="ORG") == {
        "Eastfield Rovers": ["Eastfield Rovers", "Rovers"],
        "Marsby Town": ["Marsby Town"],
    }


def test_lone_head_word_of_two_organisations_stays_apart() -> None:
    assert grouped("Halden District Council", "Council", "Marsby Borough Council", label="ORG") == {
        "Halden District Council": ["Halden District Council"],
        "Council": ["Council"],
        "Marsby Borough Council": ["Marsby Borough Council"],
    }


def test_lone_word_that_is_no_head_word_stays_apart() -> None:
    assert grouped("Guild of Eastfield Pilots", "Pilots", label="ORG") == {
        "Guild of Eastfield Pilots": ["Guild of Eastfield Pilots"],
        "Pilots": ["Pilots"],
    }


def test_lone_head_word_already_joined_to_a_name_it_begins_joins_no_second_organisation() -> None:
    assert grouped("Eastport Post", "Post Office", "Post", label="ORG") == {
        "Eastport Post": ["Eastport Post"],
        "Post Office": ["Post Office", "Post"],
    }
