"""OpenAI-style error bodies, so clients written for the OpenAI API handle mad's errors unchanged.

Every error a client sees is ``{"error": {"message", "type", "param", "code"}}`` with a status the
OpenAI clients map to the right exception (400 bad request, 401 auth, 404 not found, 413 too
large, 429 busy, 503 unavailable). Messages name the offending field and never carry stack traces
or file paths; unexpected failures become a bare 500 that points at the request id in the logs.
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
    503: "service_unavailable",
}
_BRANCHES = {"str", "int", "float", "bool", "list", "dict", "none"}
_UNSUPPORTED = re.compile(r"^unsupported parameter: (\w+)")


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
            "message": message,
            "type": _TYPES.get(status, "invalid_request_error"),
            "param": param,
            "code": code,
        }
    }


def error_response(err: APIError) -> JSONResponse:
    body = error_body(err.status, err.message, err.param, err.code)
    body.update(err.extra)
    return JSONResponse(body, status_code=err.status, headers=err.headers)


def _is_branch(part: object) -> bool:
    """Whether a location part names a union branch (``str``, ``list[str]``) rather than a field."""
    return isinstance(part, str) and (part in _BRANCHES or any(c in part for c in "[]-"))


def _validation_message(err: RequestValidationError) -> tuple[str, str | None]:
    """The first validation problem as one line, with the field path as the OpenAI `param`."""
    first = err.errors()[0] if err.errors() else {}
    if first.get("type") == "json_invalid":
        return "the request body is not valid JSON", None
    loc = [str(p) for p in first.get("loc", ()) if p != "body" and not _is_branch(p)]
    param = ".".join(loc) or None
    kind = first.get("type", "")
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
    return (f"{param}: {message}" if param else message), param


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
        messages = {404: "no such route", 405: "method not allowed for this route"}
        message = messages.get(err.status_code, str(err.detail))
        headers = dict(err.headers) if err.headers else None
        return error_response(APIError(err.status_code, message, headers=headers))

    @app.exception_handler(Exception)
    async def _crash(request: Request, err: Exception) -> JSONResponse:
        request_id = getattr(request.state, "request_id", "?")
        return error_response(
            APIError(500, f"internal server error (request {request_id})", code="internal_error")
        )
