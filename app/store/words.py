"""Words as the full-text index sees them: split, folded and stemmed as FTS5's tokenizer `porter unicode61
remove_diacritics 2` does, so that a query, a snippet and PostgreSQL's copy of the index all compare words as
SQLite's index compares them.

Where this differs from unicode61 (measured over every code point, SQLite 3.40): unicode61 counts as a word's
characters those its Unicode 6.1 tables leave unassigned, private-use characters, and combining and spacing marks
(it drops the accents U+0300–U+036F and keeps the rest); here a word is a run of letters and digits by Python's
Unicode tables, so a mark or a newer symbol splits a word here that it does not split in the index. And the
folding here is NFKD's, which also unfolds ligatures (ﬁ → fi), compatibility forms (² → 2, fullwidth letters),
Hangul syllables and Arabic letters with hamza, and full case folding (ß → ss), where unicode61 removes only the
diacritics of Latin letters and folds case letter by letter. News text in Latin script, the index's reason, is
split and folded alike.
"""

import re
import unicodedata
from functools import lru_cache

import Stemmer

# A word: a run of letters and digits.
WORD = re.compile(r"[^\W_]+")
_STEMMER = Stemmer.Stemmer("porter")
# FTS5's porter tokenizer stems a folded word of this many bytes, and leaves a shorter or longer one as it is.
_STEMMED_BYTES = range(3, 65)
# Words that Porter's first step leaves ending in "logi" or "bli", where his second step's revised rules
# apply ("technologies", "possibly"; not "technologie", which ends in "logi" only once its "e" is dropped).
_REVISED_ENDING = re.compile(r"(?:log|bl)(?:y|ys|i|is|ies)$")


def keys(text: str) -> list[str]:
    """The words of `text`, in order, each as the index compares it. A word folding to nothing (a lone sound
    mark) is an empty key: it matches nothing, but holds its place, so that the words around it are not
    adjacent for a phrase."""
    return [key(word) for word in WORD.findall(text)]


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """A word as the index compares it: folded, then Porter-stemmed if the index stems it ("us" is "us",
    not "u"; and "s" is never the empty stem, which every position of a text would begin)."""
    folded = _fold(word)
    return _porter(folded) if len(folded.encode()) in _STEMMED_BYTES else folded


def _porter(word: str) -> str:
    """The Porter stem FTS5 makes: Snowball's "porter" with the two rules Porter revised after it, which
    FTS5 follows ("technology" is "technolog" as "technological" is; "possibly" is "possibl" as "possible"
    is). Both apply only where a vowel and a consonant come before the ending."""
    stem = str(_STEMMER.stemWord(word))
    if not _REVISED_ENDING.search(word):
        return stem
    if stem.endswith("logi") and _measure(stem[:-4]):
        return stem[:-1]  # logi -> log, where nothing later would change it
    if stem.endswith("bli") and not stem.endswith("abli") and _measure(stem[:-3]):
        return str(_STEMMER.stemWord(stem[:-1] + "e"))  # bli -> ble, and what the later steps make of it
    return stem


def _measure(stem: str) -> int:
    """Porter's m: how many times a consonant follows a vowel in `stem` ("y" after a consonant is a vowel)."""
    count, vowel_before = 0, False
    for index, char in enumerate(stem):
        vowel = char in "aeiou" or (char == "y" and index > 0 and not vowel_before)
        count += vowel_before and not vowel
        vowel_before = vowel
    return count


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Lower case without diacritics, as the index's unicode61 tokenizer folds words."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
