"""Nouns that name a person by nationality ("Briton", "Frenchwoman"): a word of identity, not a name, and never
part of the name of the person it stands before ("Briton Ed Tolley")."""

# The English nationality nouns that differ from the adjective the alias table lists ("British" / "Briton"); the
# "-man" nouns in both genders and their plurals. Left out: those that are also given names or common words
# ("Dane", "Finn", "Pole", "Turk", "Scot").
_SINGULAR = ["briton", "spaniard", "swede", "icelander", "new zealander", "argentinian"]
_MAN = ["english", "scots", "welsh", "irish", "dutch", "french"]
NATIONALITY_NOUNS = frozenset(
    [*_SINGULAR, *(noun + "s" for noun in _SINGULAR)]
    + [stem + ending for stem in _MAN for ending in ("man", "men", "woman", "women")]
)
# Endings of English nationality adjectives ("-ian", "-ese", "-ish", "-i"): a word with one may be a people's, not a
# place's, whatever else it is.
DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i")
