"""OpenAI-style error bodies, so clients written for the OpenAI API handle mad's errors unchanged.

Every error a client sees is ``{"error": {"message", "type", "param", "code"}}`` with a status the
OpenAI clients map to the right exception (400 bad request, 401 auth, 404 not found, 413 too
large, 429 busy, 502/504 upstream faults in ``--upstream`` mode, 503 unavailable). Messages
name the offending field and never carry stack traces or file paths; unexpected failures become
a bare 500 that points at the request id in the logs.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
    500: "server_error",
    502: "upstream_error",
    503: "service_unavailable",
    504: "upstream_error",
}
_BRANCHES = {"str", "int", "float", "bool", "list", "dict", "none"}
_UNSUPPORTED = re.compile(r"^unsupported parameter: (\w+)")
_NAMED = re.compile(r"^(\w+): ")


class APIError(Exception):
    """An error to return to the client as an OpenAI-style body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.headers = headers or {}
        self.extra = extra or {}


def error_body(
    status: int, message: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {
        "error": {
            "message": printable(message),
            "type": _TYPES.get(status, "invalid_request_error"),
            "param": printable(param) if param is not None else None,
            "code": code,
        }
    }


def printable(text: str) -> str:
    """`text` with lone surrogates written out as escapes: an error may echo a field name or a
    model id the client sent, and a surrogate cannot be encoded into the UTF-8 response."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def error_response(err: APIError) -> JSONResponse:
    body = error_body(err.status, err.message, err.param, err.code)
    body.update(err.extra)
    return JSONResponse(body, status_code=err.status, headers=err.headers)


def _is_branch(part: object) -> bool:
    """Whether a location part names a union branch (``str``, ``list[str]``) rather than a field."""
    return isinstance(part, str) and (part in _BRANCHES or any(c in part for c in "[]-"))


def _validation_message(err: RequestValidationError) -> tuple[str, str | None]:
    """The first validation problem as one line, with the field path as the OpenAI `param`."""
    problems = err.errors()
    if not problems:
        return "invalid request", None
    first = _most_specific(problems)
    if first.get("type") == "json_invalid":
        return "the request body is not valid JSON", None
    loc = _path(first)
    param = ".".join(loc) or None
    kind = first.get("type", "")
    if kind == "model_attributes_type" and not loc:
        return "the request body must be a JSON object", None
    if kind == "string_unicode":  # a lone surrogate where no validator of ours sees it: a key
        return (
            f"{param or 'a field name'}: contains a lone surrogate; text must be valid Unicode",
            param,
        )
    if kind == "extra_forbidden":
        return f"Unrecognized request argument supplied: {param}", param
    if kind == "missing":
        return f"Missing required parameter: {param}", param
    message = str(first.get("msg", "invalid request"))
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    unsupported = _UNSUPPORTED.match(message)
    if unsupported:
        return message, unsupported.group(1)
    if param is None:  # a check across fields starts with the field it blames: "field: why"
        named = _NAMED.match(message)
        return message, named.group(1) if named else None
    return f"{param}: {message}", param


def _path(problem: dict[str, Any]) -> list[str]:
    return [str(p) for p in problem.get("loc", ()) if p != "body" and not _is_branch(p)]


def _most_specific(problems: list[dict[str, Any]]) -> dict[str, Any]:
    """Of the first field's problems, the deepest: a union reports a failure per branch, and
    ``stop: ["a", 5]`` is best explained by ``stop.1``, not by "stop is not a string"."""
    field = _path(problems[0])[:1]
    same = [p for p in problems if _path(p)[:1] == field]
    return max(same, key=lambda p: len(_path(p)))


def install(app: FastAPI) -> None:
    """Route every error path (ours, validation, routing, crashes) to an OpenAI-style body."""

    @app.exception_handler(APIError)
    async def _api_error(request: Request, err: APIError) -> JSONResponse:
        return error_response(err)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, err: RequestValidationError) -> JSONResponse:
        message, param = _validation_message(err)
        return error_response(APIError(400, message, param=param, code="invalid_request"))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, err: StarletteHTTPException) -> JSONResponse:
        messages = {
            400: "the request body is not valid JSON (it could not be parsed)",
            404: "no such route",
            405: "method not allowed for this route",
        }
        message = messages.get(err.status_code, str(err.detail))
        headers = dict(err.headers) if err.headers else None
        return error_response(APIError(err.status_code, message, headers=headers))

    @app.exception_handler(Exception)
    async def _crash(request: Request, err: Exception) -> JSONResponse:
        request_id = getattr(request.state, "request_id", "?")
        return error_response(
            APIError(500, f"internal server error (request {request_id})", code="internal_error")
        )
