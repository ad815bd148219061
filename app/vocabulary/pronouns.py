"""Pronouns, by the part they play in a sentence."""

# The words that make a noun someone's: "in her sixties", "their '40s" (an age, not a decade).
POSSESSIVE_DETERMINERS = ("his", "her", "their", "my", "your", "our")
