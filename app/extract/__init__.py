"""Extraction: quotes with their speakers, named entities and dated events, from parsed articles."""
