"""Pronouns, by the part they play in a sentence."""

# The words that make a noun someone's: "in her sixties", "their '40s" (an age, not a decade).
POSSESSIVE_DETERMINERS = ("his", "her", "their", "my", "your", "our")
# The subject pronouns that stand for one person, and those that never do: "she said" after a name means the name is
# a person's; "it said" or "they said" means a body's.
PERSONAL_SUBJECTS = frozenset(["he", "she"])
IMPERSONAL_SUBJECTS = frozenset(["it", "they"])
