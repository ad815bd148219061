"""Cleaning raw scraped news pages into articles."""

from app.ingest.layout.clean import CleanPage, clean_page

__all__ = ["CleanPage", "clean_page"]
