"""The spaCy pipeline, loaded once per process from the installed model package the settings name."""

from functools import lru_cache

import spacy
from spacy.language import Language


@lru_cache(maxsize=2)
def load_model(name: str) -> Language:
    # Loading from an installed package never downloads anything.
    return spacy.load(name)
