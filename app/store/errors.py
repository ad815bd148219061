"""Errors the store raises for requests it cannot answer as asked."""


class InvalidQuery(ValueError):
    """A filter, search or cursor the database cannot use; the message says why."""
