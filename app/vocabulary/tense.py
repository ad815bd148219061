"""Words that mark a verb's tense without parsing, and the words that open a clause within a sentence, whose tense
is that clause's and not the sentence's own."""

# The auxiliaries of the future ("will vote", "they'll vote", "shall vote"; "wo" is spaCy's token of "won't").
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "shall", "wo"})
# The past forms of the modals, into which reported speech shifts "will", "can", "may" and "shall" ("said it would").
BACKSHIFTED_MODALS = frozenset({"would", "could", "might", "should", "'d", "’d"})
# Modals whose verb may yet happen ("could end on Friday", "must decide by Monday"); not "'d", which is "had" too.
MODALS_AHEAD = (BACKSHIFTED_MODALS - {"'d", "’d"}) | {"may", "must", "can", "ca"}  # "ca" of "can't"
# Relative words and subordinating conjunctions: what follows one is said of a thing or a time within the sentence
# ("the stage where the band will play", "as the clerk reads"), not by the sentence itself.
CLAUSE_OPENERS = frozenset(
    {"which", "who", "whom", "whose", "where", "when", "that", "as", "while", "after", "before", "until", "once",
     "because", "since", "if", "though", "although", "whether"}
)  # fmt: skip
