"""Words that mark a verb's tense without parsing."""

# The auxiliaries of the future ("will vote", "they'll vote", "shall vote"; "wo" is spaCy's token of "won't").
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "shall", "wo"})
