"""Structured input: `.json` (one record or a list) and `.jsonl` (one record a line)."""

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from app.ingest.decode import BadInput, normalise_text, one_line, undecoded


class InputRecord(BaseModel):
    """One structured article as the contract describes it; unknown keys are ignored."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("id", "text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    @field_validator("title", "url", "source", "author")
    @classmethod
    def _one_clean_line(cls, value: str | None) -> str | None:
        """Metadata is one line: runs of white space (newlines, controls) become one space."""
        return one_line(value) or None if value is not None else None

    @field_validator("published")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        return None if value is None or not value.strip() else parse_published(value)


def parse_published(value: str) -> str:
    """The ISO date or datetime, normalised; a bare date stays a date, with no time invented."""
    value = value.strip()
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            return parse(value).isoformat()
        except ValueError:
            continue
    raise ValueError(f"{value!r} is not an ISO 8601 date or datetime")


def read_json(text: str) -> Iterator[tuple[str, InputRecord | BadInput]]:
    """Records of a `.json` file, each with its position ("[3]" in a list, else "") or the error."""
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        yield "", BadInput(f"malformed JSON: {error}")
        return
    if isinstance(data, list):
        for index, item in enumerate(data):
            yield f"[{index}]", _record(item)
    else:
        yield "", _record(data)


def read_jsonl(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[str, InputRecord | BadInput]]:
    """Records of a `.jsonl` file's numbered lines, each with its position (":12") or the error; blank lines
    skipped."""
    for number, line in lines:
        if line.strip():
            yield f":{number}", _line_record(line)


def _line_record(line: str) -> InputRecord | BadInput:
    if (error := undecoded(line)) is not None:
        return error
    try:
        return _record(orjson.loads(line))
    except orjson.JSONDecodeError as error:
        return BadInput(f"malformed JSON: {error}")


def _record(data: Any) -> InputRecord | BadInput:
    if not isinstance(data, dict):
        return BadInput(f"a record must be a JSON object, not {type(data).__name__}")
    try:
        record = InputRecord.model_validate(data)
    except ValidationError as error:
        return BadInput("; ".join(_describe(problem) for problem in error.errors()))
    return record.model_copy(update={"text": normalise_text(record.text)})


def _describe(problem: Any) -> str:
    where = ".".join(str(part) for part in problem["loc"]) or "record"
    if problem["type"] == "missing":
        return f"missing '{where}'"
    return f"'{where}': {problem['msg'].removeprefix('Value error, ')}"
