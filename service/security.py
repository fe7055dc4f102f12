"""Who may call the server, and how much they may send.

API keys: when a key file is configured every route needs ``Authorization: Bearer <key>``, except
the probes an operator chose to leave open (health checks for a load balancer, ``/metrics`` for a
scraper). Keys are compared with `hmac.compare_digest` against every configured key, so the time
taken says nothing about how much of a key was right or which key matched.

Body size: the body is read up to the limit (and refused with 413 beyond it, whatever
``Content-Length`` claims) before any parsing, so a huge or endless body costs the server at most
the limit in memory.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from mad.errors import MadError
from mad_service.errors import error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class KeyFileError(MadError):
    """An API key file that cannot be used."""


def read_keys(path: str | Path) -> list[bytes]:
    """One key per non-blank line; lines starting with ``#`` are comments."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise KeyFileError(f"cannot read the API key file: {err}") from err
    keys = [line.strip() for line in text.splitlines()]
    keys = [k for k in keys if k and not k.startswith("#")]
    if not keys:
        raise KeyFileError("the API key file holds no key")
    short = [k for k in keys if len(k) < 16]
    if short:
        raise KeyFileError("API keys must be at least 16 characters long")
    return [k.encode() for k in keys]


def key_matches(presented: bytes, keys: list[bytes]) -> bool:
    """Constant-time check against every key (no early exit on a match)."""
    found = False
    for key in keys:
        found |= hmac.compare_digest(presented, key)
    return found


async def _send_error(send: Send, status: int, body: dict[str, Any], headers: list) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class Guard:
    """ASGI middleware: API key check, then a bounded read of the request body."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        keys: list[bytes] | None,
        open_paths: frozenset[str],
        max_body_bytes: int,
    ) -> None:
        self.app = app
        self.keys = keys
        self.open_paths = open_paths
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.keys and scope["path"] not in self.open_paths and not self._authorised(scope):
            await _send_error(
                send,
                401,
                error_body(401, "missing or invalid API key", code="invalid_api_key"),
                [(b"www-authenticate", b"Bearer")],
            )
            return
        body = await self._read_body(scope, receive)
        if body is None:
            message = f"request body larger than {self.max_body_bytes} bytes"
            await _send_error(send, 413, error_body(413, message, code="request_too_large"), [])
            return
        await self.app(scope, _replay(body, receive), send)

    def _authorised(self, scope: Scope) -> bool:
        assert self.keys is not None
        for name, value in scope.get("headers", []):
            if name == b"authorization":
                scheme, _, token = value.partition(b" ")
                return scheme.lower() == b"bearer" and key_matches(token.strip(), self.keys)
        return False

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes | None:
        """The whole body, or None once it exceeds the limit (declared or actual)."""
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_body_bytes:
                return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away; the app sees an empty body and no one reads it
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive channel that hands out the buffered body, then the real channel's events."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
