"""Query parameters read as one model in one validation, and documented as FastAPI documents them.

FastAPI reads a parameter model (`Annotated[Model, Query()]`) field by field, inspecting each
field's annotation on every request: a fifth of what a simple list costs. Here the query string is
validated by the model in a single pydantic call, and the app's OpenAPI document lists the model's
fields as query parameters, limits and examples included.
"""

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import BaseModel, ValidationError
from pydantic.json_schema import JsonDict
from starlette.datastructures import QueryParams

from app.api.problems import located
from app.settings import Settings

Model = TypeVar("Model", bound=BaseModel)

# Where the OpenAPI document keeps the schemas parameters refer to (enums of allowed values).
_COMPONENTS = "#/components/schemas/{model}"
# Where a field's schema names the settings that give some of its keywords.
_FROM_SETTINGS = "x-from-settings"


def from_settings(**keywords: str) -> JsonDict:
    """A field's `json_schema_extra` declaring keywords (`maximum`, `default`, ...) whose values are settings,
    as the app documenting it has them: from_settings(maximum="max_page_size")."""
    return {_FROM_SETTINGS: dict(keywords)}


class QueryModel(Generic[Model]):
    """A dependency, `Depends(QueryModel(Model))`: the query string validated as `Model`."""

    def __init__(self, model: type[Model]) -> None:
        self.model = model

    async def __call__(self, request: Request) -> Model:
        _refuse_repeats(request.query_params)
        return self.validated(dict(request.query_params), request.app.state.settings)

    def validated(self, query: Mapping[str, str], settings: Settings) -> Model:
        """`query` as `Model` under `settings` (its `ValidationInfo.context`), or the RequestValidationError
        the API answers with a 422."""
        try:
            return self.model.model_validate(query, context=settings)
        except ValidationError as error:
            raise located(error, "query") from None

    def parameters(self, settings: Settings) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """The OpenAPI parameter objects of the model's fields under `settings`, and the schemas they refer to."""
        schema = self.model.model_json_schema(ref_template=_COMPONENTS)
        for field in schema["properties"].values():
            for keyword, setting in field.pop(_FROM_SETTINGS, {}).items():
                field[keyword] = getattr(settings, setting)
        required = set(schema.get("required", ()))
        parameters = [
            {"name": name, "in": "query", "required": name in required, "schema": field}
            | ({"description": field["description"]} if "description" in field else {})
            for name, field in schema["properties"].items()
        ]
        return parameters, schema.get("$defs", {})


def _refuse_repeats(query: QueryParams) -> None:
    # Every parameter takes one value: of two, neither is surely the one the client meant.
    items = query.multi_items()
    if len(items) == len(query):
        return
    repeated = [name for name, times in Counter(name for name, _ in items).items() if times > 1]
    raise RequestValidationError(
        [{"type": "repeated", "loc": ("query", name), "msg": "is given more than once"} for name in repeated]
    )


def document_query_models(app: FastAPI, routers: Iterable[APIRouter]) -> None:
    """Make `app`'s OpenAPI document list the parameters of the QueryModel of every route of `routers`."""
    generate: Callable[[], dict[str, Any]] = app.openapi
    routes = [route for router in routers for route in router.routes if isinstance(route, APIRoute)]
    completed: dict[str, Any] | None = None

    def openapi() -> dict[str, Any]:
        nonlocal completed
        document = generate()  # FastAPI's, made again only when the routes change
        if document is not completed:
            _add_parameters(document, routes, app.state.settings)
            completed = document
        return document

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to customise the schema


def _add_parameters(document: dict[str, Any], routes: Iterable[APIRoute], settings: Settings) -> None:
    for route in routes:
        for dependency in route.dependant.dependencies:
            if not (route.include_in_schema and isinstance(dependency.call, QueryModel)):
                continue
            parameters, schemas = dependency.call.parameters(settings)
            document.setdefault("components", {}).setdefault("schemas", {}).update(schemas)
            for method in route.methods or ():
                operation = document["paths"][route.path_format][method.lower()]
                operation["parameters"] = [*operation.get("parameters", ()), *parameters]
