"""Titles: words of rank or office news writes before a name."""

from app.vocabulary.capitals import NAME_HONORIFICS

# Honorifics and words of rank or office written before a name ("Dr. Jane Roe", "Foreign Minister X"), compared
# without dots.
TITLES = NAME_HONORIFICS | frozenset(
    [
        "lord",
        "lady",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "president",
        "vice",
        "minister",
        "secretary",
        "ambassador",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "mayor",
        "judge",
        "justice",
        "attorney",
        "general",
        "lt",
        "col",
        "capt",
        "sgt",
        "maj",
        "gen",
        "adm",
        "cmdr",
        "officer",
        "chief",
        "ceo",
        "speaker",
        "leader",
        "councilman",
        "councilwoman",
        "councillor",
        "alderman",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "assemblymember",
        "selectman",
        "selectwoman",
        "comptroller",
        "magistrate",
        "trooper",
        "del",
        "delegate",
        "commissioner",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "father",
        "sister",
        "brother",
        "deputy",
        "former",
        "prime",
        "foreign",
        "state",
        "interior",
        "defense",
        "treasury",
        "host",
        "spokesman",
        "spokeswoman",
        "candidate",
        "nominee",
        "sheriff",
        "superintendent",
        "treasurer",
        "coach",
        "headteacher",
        "headmaster",
        "headmistress",
        "cardinal",
        "bishop",
        "rabbi",
        "imam",
    ]
)
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
