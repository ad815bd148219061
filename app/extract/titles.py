"""Titles: the role a word of rank or office written before a name gives its bearer (the words themselves are
`app.vocabulary.people.TITLES`)."""

# Abbreviated titles, and the word for the role a story later calls their bearer by ("Sen. Roe" ... "the
# senator").
_ABBREVIATED = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "del": "delegate"}
# Words for one office that American news uses by turns for the same person ("Rep. Roe" ... "the congresswoman").
_SAME_OFFICE = {"congressman": "representative", "congresswoman": "representative"}


def title_role(title: str) -> str:
    """The role a title written before a name gives its bearer: "Sen." -> "senator", "mayor" -> "mayor", one
    word for each office: "Congresswoman" -> "representative"."""
    word = title.lower().rstrip(".")
    role = _ABBREVIATED.get(word, word)
    return _SAME_OFFICE.get(role, role)
