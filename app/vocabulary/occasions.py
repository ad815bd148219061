"""Nouns for the occasions at which people speak, by lemma."""

# A person said to speak at one of these ("Roe laid out the plan in a speech.") says the quotation the story sets
# after it.
OCCASIONS = frozenset(
    {
        "speech",
        "address",
        "interview",
        "conference",
        "briefing",
        "remarks",
        "statement",
        "letter",
        "sermon",
        "testimony",
    }
)
