"""Lower-case English words, for telling where a word run into a name begins: 'Jane Roecrime reporter' is 'Jane
Roe', a crime reporter, since 'crime' is a word and 'ecrime' or 'oecrime' are none."""

import json
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from app.settings import get_settings


@cache
def english_words() -> frozenset[str]:
    """The lower-case words in the spaCy pipeline's string store (some fifty thousand, read once, when first asked
    for): the words of its training text, where a surname's tail ('ransport' of 'Roetransport') rarely is one. Empty
    where the pipeline's package keeps no store."""
    spec = find_spec(get_settings().spacy_model)
    for root in (spec.submodule_search_locations or []) if spec else []:
        for path in Path(root).glob("*/vocab/strings.json"):
            return frozenset(word for word in json.loads(path.read_text()) if word.isalpha() and word.islower())
    return frozenset()
