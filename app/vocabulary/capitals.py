"""What capital letters say in English news text: the words title case leaves in lower case, the lower-case
particles inside names, and acronyms."""

import re
from collections.abc import Iterable

# The words an indirect question opens with: a standfirst under a feature's headline is often one, printed without
# its question mark ('How a river town learned to live with floods').
QUESTION_WORDS = frozenset(["how", "why", "what", "when", "where", "who", "which"])
# Short function words that headline and title styles leave in lower case ("Pact with the Harbour Board").
MINOR_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "as", "if", "vs", "via",
     "from", "into", "with"]
)  # fmt: skip
# Lower-case words inside a person's name, before the surname they lead: "Ana de Souza", "Jan van Dijk"; and the
# Irish ones, written with a capital ("Seán Ó Ceallaigh", "Áine Ní Bhriain"), whose one letter is no name's word.
NAME_PARTICLES = frozenset(
    ["de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "bin", "al", "dos", "du", "st.", "ter",
     "ó", "ua", "ní", "nic", "uí",
     # Malay ('Nur Aisyah binti Rahman') and Filipino ('Rosa dela Cruz', 'Jose delos Reyes')
     "binti", "bint", "dela", "delos"]
)  # fmt: skip
# Lower-case words inside a place's name, between its capitalised words or its hyphened parts: "Rio de Janeiro",
# "Isle of Man", "Port-au-Prince", "Southend-on-Sea". A place's first word keeps its capital ("La Paz", "El Paso").
PLACE_PARTICLES = MINOR_WORDS | frozenset(
    ["de", "da", "del", "della", "di", "do", "dos", "du", "des", "la", "le", "les", "el", "al", "au", "aux", "en",
     "sur", "upon", "van", "von", "der", "den"]
)  # fmt: skip
# What a name's inner capital follows when the name is written as one word: "McQuillan", "MacLeod", "DeLuca",
# "LaRue", "VanDyke", "FitzRoy", "AlHassan", "JoAnn".
NAME_PREFIXES = frozenset(
    ["mc", "mac", "fitz", "o", "de", "da", "di", "do", "du", "del", "della", "la", "le", "lo", "van", "vander", "von",
     "der", "den", "ten", "ter", "st", "al", "el", "ben", "bin", "abu", "abd", "abdul", "jo", "ja", "ke", "ta"]
)  # fmt: skip
# Given names written short with a stop, as bylines print them: "Md. Rafiq Islam" (Muhammad), "Ma. Rosa Cruz"
# (Maria), "Wm. Poe" (William).
GIVEN_NAME_ABBREVIATIONS = frozenset(["md.", "mohd.", "muhd.", "ma.", "wm.", "chas.", "jas.", "thos.", "geo.", "jos."])
# What follows a surname to tell a son from his father: "Tom Poe Jr.", "Tom Poe III".
NAME_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
# Degrees and professional letters written after a name and a comma, compared without dots: "Jane Roe, M.D.",
# "Tom Poe, Esq.".
NAME_CREDENTIALS = frozenset(
    ["md", "rn", "np", "pa", "do", "dds", "dmd", "dvm", "phd", "edd", "jd", "llb", "llm", "esq", "cpa", "mba", "mph",
     "msw", "lcsw", "obe", "mbe", "cbe", "qc", "kc"]
)  # fmt: skip
# Courtesy and academic titles written before a name, compared without dots: "Dr. Jane Roe", "Prof Ann Poe".
NAME_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "rev", "sir", "dame"])
# Two to six capitals, dotted or not ("NHS", "U.N."), or a longer run of dotted initials: a longer run of
# capitals written solid is more often a word printed in capitals ("REUTERS") than an acronym.
# The longest abbreviation news brackets after a name, in letters: the UK's party labels after a candidate ("(Lab)",
# "(Con)", "(LD)", "(SNP)", "(Ind)", "(Grn)") and a club's ("(AC)", "(FC)") run to three, where a country's or a
# town's name is longer. The longer party labels some papers write ("(Ukip)", "(Indep)") pass as names by length
# alone, so a reader of this bound needs another sign (the tagger's type, a sport on the page) before it takes one
# for a place.
LONGEST_BRACKETED_ABBREVIATION = 3
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}|(?:[A-Z]\.){2,}")


def is_acronym(word: str) -> bool:
    return _ACRONYM.fullmatch(word) is not None


def initials(words: Iterable[str]) -> str:
    """The first letters of the words, as initials spell them: "JR" of "Jane Roe"."""
    return "".join(word[0] for word in words)


_VOWELS = frozenset("AEIOUY")


def reads_as_acronym_in_capitals(word: str) -> bool:
    """Whether a word of a text set in capitals is kept as written rather than given title case: dotted initials
    ("U.S."), two letters or fewer ("UK"), or no vowel ("NHS"): shapes an English word written out hardly has.
    Not `is_acronym`, which takes any run of two to six capitals: in a text set in capitals most of those are
    words ("PORT", "CLOSES")."""
    letters = [char for char in word if char.isalpha()]
    return "." in word or len(letters) <= 2 or not _VOWELS.intersection(letters)
