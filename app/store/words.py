"""Words as the full-text index sees them: split, folded and stemmed as FTS5's tokenizer `porter unicode61
remove_diacritics 2` does, so that a query, a snippet and PostgreSQL's copy of the index all compare words as
SQLite's index compares them.

Where this differs from unicode61, measured over every code point between two letters (SQLite 3.40, Python's
Unicode 15): a word here is a run of letters and digits, where unicode61 also counts as a word's characters
private-use characters, what its Unicode 6.1 tables leave unassigned (among them the symbols and emoji assigned
since: "storm🤔" is one word there, "storm" here), and combining and spacing marks (it drops the accents
U+0300–U+036F and keeps the rest: text written decomposed, "Zu\u0308rich", is one word there and two here;
text written composed, as nearly all is, is alike). Folded alike are all but 401 letters: those whose case
Unicode gave after 6.1 (Georgian Mtavruli, Cherokee lower case, some Cyrillic), and "ǡ". Stemmed alike are all
but 8 of the 75,846 words of spaCy's English vocabulary: a doubled k, v or y before "-ed" ("trekked" is "trek"
there, "trekk" here, Snowball undoubling fewer letters) and the three-letter "ies" and "eed".
"""

import re
import unicodedata
from functools import cache, lru_cache

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
    """The words of `text`, in order, each as the index compares it."""
    return [key(word) for word in WORD.findall(text)]


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """A word as the index compares it: folded, then Porter-stemmed if the index stems it ("us" is "us",
    not "u"; and "s" is never the empty stem, which every position of a text would begin)."""
    folded = _fold(word)
    if len(folded.encode()) not in _STEMMED_BYTES:
        return folded
    if folded.isascii():
        return _porter(folded)
    # FTS5's stemmer reads bytes: a letter beyond ASCII is as many consonants as its UTF-8 has bytes ("straße"
    # is "straß", its "ß" no single consonant to keep the "e"). Porter ends only ASCII endings, so the stem is
    # whole UTF-8 (but for a word of "ing" after a letter repeating a byte, an error to replace, not raise).
    return _porter(folded.encode().decode("latin-1")).encode("latin-1").decode(errors="replace")


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
    """Lower case without diacritics, as the index's unicode61 tokenizer folds words: letter by letter."""
    return word.lower() if word.isascii() else "".join(map(_fold_letter, word))


@cache  # one entry a letter seen
def _fold_letter(letter: str) -> str:
    """A letter in lower case, one letter still ("ß" stays "ß", "ς" is "σ"), and without its diacritics if it
    is a Latin letter ("ǖ" is "u"): unicode61 removes no other script's diacritics, and unfolds no ligature."""
    folded = letter.casefold()
    if len(folded) > 1:
        folded = letter.lower()
    decomposed = unicodedata.normalize("NFD", folded)
    base, marks = decomposed[0], decomposed[1:]
    return base if marks and base.isascii() and all(map(unicodedata.combining, marks)) else folded
