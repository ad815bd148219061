"""The problem /openapi.json shows as an example is one the API answers, made by the code that answers it."""

from typing import Any

from fastapi.exceptions import RequestValidationError

from app.api.params import PageParams
from app.api.problems import validation_problem
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
