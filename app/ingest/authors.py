"""Splitting a byline's author field into the people it names."""

import re

_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bwith\b)\s*", re.IGNORECASE)


def split_authors(author: str | None) -> tuple[str, ...]:
    """'Jane Roe, John Doe and Ann Poe' -> ('Jane Roe', 'John Doe', 'Ann Poe')."""
    if not author:
        return ()
    return tuple(part for part in (p.strip() for p in _SEPARATORS.split(author)) if part)
