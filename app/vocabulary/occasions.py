"""Nouns for the occasions at which people speak, and the verbs by which someone gives one, by lemma."""

from app.vocabulary.documents import ISSUING

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
# Verbs by which a person gives one of these ("delivered a speech", "gave an interview", "held a news conference"),
# or issues a written one ("sent a letter"): not those by which they meet another's ("received a letter", "skipped
# the address", "criticized the speech").
DELIVERING = ISSUING | frozenset({"deliver", "give", "make", "hold", "read", "grant", "preach", "offer", "repeat"})
# Verbs by which someone answers words just quoted, which were someone else's.
REPLYING = frozenset({"reply", "respond", "answer", "retort", "counter", "rebut"})
# Verbs by which a story says it put its questions to someone, with the publication in the first person ("Jane Roe
# spoke to us", "we asked her", "she answered our questions", "we sat down with Roe"): the answers that follow are
# that person's, in whatever words.
INTERVIEWING = frozenset({"speak", "talk", "ask", "answer", "interview", "meet", "sit", "join"})
