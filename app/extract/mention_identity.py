"""Words of nationality and identity that the tagger takes for names of things: a nationality noun
("Uruguayans"), a misspelt nationality adjective ("Uruguyan officials"), the initials of an identity before the
group they describe ("the BAME community", "XYZ people")."""

from spacy.tokens import Doc

from app.extract.names import alias_table, normal_form
from app.extract.parsed import covering, text_of
from app.vocabulary.capitals import is_acronym
from app.vocabulary.nationalities import DEMONYM_ENDINGS

# Nouns for the people who share an identity: initials before one describe them, they name no organisation.
_GROUP_NOUNS = frozenset(
    ["community", "communities", "people", "persons", "individuals", "youth", "population", "minority", "minorities"]
)
_BETWEEN_INITIALS = frozenset({"and", "or", ",", "+", "/"})
# A word one letter off a known adjective with a nationality's ending is that adjective misspelt, not a place or a
# person ("Uruguyan", "Portugese").
_SHORTEST_MISSPELT = 6  # shorter words lie one letter from too many others ("Malian" / "Malin")


def is_identity_word(doc: Doc, start: int, end: int, label: str) -> bool:
    """Whether the name at [start, end) of the line is a word of nationality or identity, not a thing's name."""
    return _is_nationality(text_of(doc)[start:end]) or (label != "PERSON" and _describes_a_group(doc, start, end))


def _is_nationality(text: str) -> bool:
    normal = normal_form(text)
    demonyms = alias_table().demonyms
    if " " in normal or normal in demonyms or alias_table().is_country(text):
        return False
    if normal.endswith("s") and normal[:-1] in demonyms:
        return True
    return (
        len(normal) >= _SHORTEST_MISSPELT
        and normal.endswith(DEMONYM_ENDINGS)
        and any(_one_letter_apart(normal, known) for known in demonyms)
    )


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter left out, added, changed or two swapped, the first letter kept."""
    if a[0] != b[0] or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(differ) == 2 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
        return len(differ) == 1 or (swapped and differ[1] == differ[0] + 1)
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _describes_a_group(doc: Doc, start: int, end: int) -> bool:
    """Initials right before a group noun that heads its phrase: "the BAME community" describes people, while in
    "the Halden community" a place stays one, and in "NHS community nurses" the initials name the employer."""
    span = covering(doc, start, end)
    if span is None or len(span) != 1 or not is_acronym(span.text):
        return False
    index = span.end
    # Over the other initials the group is described by: "the BAME and BIPOC communities".
    while index < len(doc) and (doc[index].text in _BETWEEN_INITIALS or is_acronym(doc[index].text)):
        index += 1
    after = doc[index] if index < len(doc) else None
    return (
        after is not None
        and after.lower_ in _GROUP_NOUNS
        and after.dep_ != "compound"
        and alias_table().lookup(span.text) is None
    )
