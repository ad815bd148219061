"""Words that mark a verb's tense without parsing, and the words that open a clause within a sentence, whose tense
is that clause's and not the sentence's own."""

# The auxiliaries of the future ("will vote", "they'll vote", "shall vote"; "wo" is spaCy's token of "won't").
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "shall", "wo"})
# Relative words and subordinating conjunctions: what follows one is said of a thing or a time within the sentence
# ("the stage where the band will play", "as the clerk reads"), not by the sentence itself.
CLAUSE_OPENERS = frozenset(
    {"which", "who", "whom", "whose", "where", "when", "that", "as", "while", "after", "before", "until", "once",
     "because", "since", "if", "though", "although", "whether"}
)  # fmt: skip
