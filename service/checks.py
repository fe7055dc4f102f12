"""What a request must satisfy before any model work: a JSON body, the served model's name,
valid record fields, a prompt and token budget that fit, and what the logs may keep of the user.

Each check raises `APIError` (an OpenAI-style 400/404/429 naming the field) so the routes stay a
sequence of steps; none touches the model.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import Depends, Request

from mad.capture import PromptTooLongError
from mad.errors import MadError
from mad.monitor import Monitor, Prompt
from mad.records import Record, parse_record
from mad_service.engine import Busy
from mad_service.errors import APIError
from mad_service.flagged_log import sha256_text


def _json_body(request: Request) -> None:
    """POST bodies are JSON; anything else is refused by name rather than as a shapeless body."""
    given = request.headers.get("content-type")
    media = (given or "").split(";", 1)[0].strip().lower()
    if media == "application/json" or re.fullmatch(r"application/[\w.-]+\+json", media):
        return
    got = f"got {given!r}" if given else "the request has none"
    raise APIError(
        400,
        f"Content-Type must be application/json ({got})",
        param="Content-Type",
        code="invalid_content_type",
    )


JSON_BODY = [Depends(_json_body)]


def check_model(model: str, served: str) -> None:
    if model != served:
        raise APIError(
            404,
            f"The model '{model}' does not exist; this server serves '{served}'",
            param="model",
            code="model_not_found",
        )


def record(raw: dict[str, Any], where: str, *, line: int = 1) -> Record:
    """A validated record; errors name the request field (``messages[1].content``, ...)."""
    try:
        return parse_record(raw, line=line, path="request")
    except MadError as err:
        field = getattr(err, "field", None)
        reason = getattr(err, "reason", str(err))
        if where in ("messages", "prompt"):  # the record's fields are the request's fields
            param = field or where
        else:
            param = f"{where}.{field}" if field else where
        raise APIError(400, f"{param}: {reason}", param=param) from None


def encode(monitor: Monitor, records: list[Record], param: str) -> list[Prompt]:
    """Render and tokenise (on the prep thread: a long prompt takes a second of CPU)."""
    try:
        return [monitor.encode(r) for r in records]
    except PromptTooLongError as err:
        raise APIError(400, str(err), param=param, code="context_length_exceeded") from None
    except MadError as err:
        raise APIError(400, str(err), param=param) from None


def budget(
    prompt: Prompt,
    requested: int | None,
    default: int | None,
    param: str,
    *,
    limit: int,
    max_prompt_tokens: int | None,
    context: int | None,
) -> int:
    """The token budget of one row, refusing prompts and budgets the server will not serve."""
    n = len(prompt.ids)
    if max_prompt_tokens is not None and n > max_prompt_tokens:
        raise APIError(
            400,
            f"the prompt has {n} tokens; this server accepts at most {max_prompt_tokens}",
            param=param,
            code="context_length_exceeded",
        )
    room = context - n if context is not None else limit
    if requested is not None:
        if requested > limit:
            raise APIError(
                400,
                f"max_tokens is {requested}; this server allows at most {limit}",
                param="max_tokens",
            )
        if requested > room:
            raise APIError(
                400,
                f"This model's maximum context length is {context} tokens; the prompt has {n} "
                f"and max_tokens asks for {requested} more",
                param="max_tokens",
                code="context_length_exceeded",
            )
        return requested
    allowed = min(default or limit, limit, room)
    if allowed < 1:
        raise APIError(
            400,
            f"the prompt has {n} tokens and leaves no room in the model's context ({context})",
            code="context_length_exceeded",
        )
    return allowed


def who(user: str | None, hashes_only: bool) -> dict[str, str]:
    """The caller's ``user`` for the logs, as its SHA-256 when texts must not be kept."""
    if user is None:
        return {}
    return {"user_sha256": sha256_text(user)} if hashes_only else {"user": user}


def busy(err: Busy, code: str = "queue_full") -> APIError:
    return APIError(
        429,
        "the server is busy; retry later",
        code=code,
        headers={"Retry-After": str(err.retry_after)},
    )
