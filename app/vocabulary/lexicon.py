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
    for): the lower-case forms of its training text's tokens, where a surname's tail ('ransport' of 'Roetransport')
    rarely is one. Names are among them, in lower case ('patel'), and words' three-letter ends. Empty where the
    pipeline keeps no store."""
    for path in _string_stores(get_settings().spacy_model):
        return frozenset(word for word in json.loads(path.read_text()) if word.isalpha() and word.islower())
    return frozenset()


def _string_stores(model: str) -> list[Path]:
    """The string store of the pipeline `spacy.load(model)` loads: a directory's own, or an installed package's,
    under its versioned data directory; none for a name that is neither."""
    if Path(model).is_dir():
        return [p for p in [Path(model) / "vocab" / "strings.json"] if p.is_file()]
    try:
        spec = find_spec(model)
    except (ImportError, ValueError):
        return []  # a path that is no directory ('./models/x') or a dotted name with no parent package
    roots = (spec.submodule_search_locations or []) if spec else []
    return [path for root in roots for path in Path(root).glob("*/vocab/strings.json")]
