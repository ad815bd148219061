"""Which of the people sharing a surname a lone use of it stands for, read straight from `stands_for` on invented
namesakes: (given name, position) of each full name, and of each mention of them."""

from app.extract.namesakes import person_key, stands_for


def test_a_namesake_named_before_the_use_is_preferred_to_one_named_after() -> None:
    namesakes = [("tamsin", 1), ("pavel", 5), ("pavel", 6)]
    assert stands_for(namesakes, [("tamsin", 1), ("pavel", 5), ("pavel", 6)], at=3) == "tamsin"


def test_of_the_namesakes_named_before_the_one_mentioned_most_so_far() -> None:
    namesakes = [("tamsin", 1), ("pavel", 2)]
    mentions = [("tamsin", 1), ("pavel", 2), ("pavel", 3), ("tamsin", 9), ("tamsin", 10)]
    assert stands_for(namesakes, mentions, at=4) == "pavel"


def test_on_a_tie_the_namesake_named_first() -> None:
    assert stands_for([("pavel", 1), ("tamsin", 2)], [("pavel", 1), ("tamsin", 2)], at=3) == "pavel"


def test_with_none_named_before_a_headline_the_one_named_most_in_the_story() -> None:
    namesakes = [("tamsin", 2), ("pavel", 4), ("pavel", 7)]
    assert stands_for(namesakes, [], at=0) == "pavel"


def test_a_middle_initial_does_not_make_another_person() -> None:
    assert person_key("Tamsin Q. Vardalos") == person_key("Tamsin Vardalos")
    assert person_key("Pavel Vardalos") != person_key("Tamsin Vardalos")  # the control: another given name
