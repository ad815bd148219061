"""Pronouns, by the part they play in a sentence."""

# The words that make a noun someone's: "in her sixties", "their '40s" (an age, not a decade).
POSSESSIVE_DETERMINERS = ("his", "her", "their", "my", "your", "our")
# The words that point to a noun as one the reader knows: "the weekend before the vote", "the day after that match".
KNOWN_DETERMINERS = ("the", "this", "that", "its")
# The articles that bring in a noun not told before: "witnesses of a collision on Tuesday" (a new incident), ", a
# retired nurse," (an appositive telling who someone is).
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# The object pronouns of people, not of things: "remanded him until Friday" holds someone over, "bailed it until
# Thursday" does not.
PERSONAL_OBJECTS = frozenset({"him", "her", "them", "me", "us"})
# The speaker's own words for themselves: an answer in them is the one answering speaking ("A: We had no choice."),
# and a relative they own ("my grandmother") is the writer's.
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})
# The publication speaking of itself: "spoke to us", "answered our questions".
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours"})
# The writer's words for one self, as written: a column's writer speaks so outside quotation marks, a reporter does not
# ('We' speaks for a paper's editorial or a quoted group, 'US' is a country, 'mine' is as often a coal mine).
FIRST_PERSON_SINGULAR = frozenset({"I", "me", "my", "My"})
# Words for a third person, not the speaker: a quotation in them speaks of someone ("She was the light of our
# family"), often the very person the paragraph before was about.
THIRD_PERSON_SINGULAR = frozenset({"he", "him", "his", "she", "her", "hers"})
