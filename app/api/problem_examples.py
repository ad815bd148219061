"""The problem /openapi.json shows as an example is one the API answers, made by the code that answers it."""

from typing import Any

from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError

from app.api.numbers import Id
from app.api.params import PageParams
from app.api.problems import located, validation_problem
from app.api.query_models import QueryModel
from app.settings import Settings

# A page size below 1, which every list refuses whatever the settings say (so their defaults will do).
BAD_QUERY = {"limit": "0"}


def answer_to(query: dict[str, str]) -> dict[str, Any]:
    """The body of the 422 every list answers to `query`."""
    try:
        QueryModel(PageParams).validated(query, Settings.model_construct())
    except RequestValidationError as error:
        return validation_problem(error)
    raise ValueError(f"the lists accept {query}, so it cannot be the example of a 422")


INVALID_QUERY: dict[str, Any] = answer_to(BAD_QUERY)


def answer_to_id(name: str) -> dict[str, Any]:
    """The body of the 422 an item's route answers to the id `0` in its path parameter `name`."""
    try:
        TypeAdapter(Id).validate_python("0")
    except ValidationError as error:
        return validation_problem(located(error, "path", name))
    raise ValueError("the id 0 is accepted, so it cannot be the example of a 422")
