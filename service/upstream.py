"""The upstream server ``mad serve --upstream URL`` forwards to, and the faults it can have.

Requests go out as the client sent them (the body untouched; the upstream's own API key, from
``--upstream-api-key-file``, as the only credential: the client's key for mad never leaves mad),
with mad's request id as ``X-Request-ID``. Whole responses are read up to `MAX_RESPONSE_BYTES`;
streams are read event by event (server-sent events: ``data:`` lines, ``data: [DONE]``).

Every way the upstream can fail becomes an `UpstreamFault` of one kind, counted in
``mad_upstream_errors_total{kind}``, and one OpenAI-style error for the client:

- ``connect``: refused, unreachable, or closed before answering: 502 ``upstream_unavailable``;
- ``timeout``: no answer (or no next chunk) within ``--upstream-timeout-s``: 504;
- ``http_4xx``: the upstream refused the request: its status and its body, passed through (a
  body that is not an OpenAI error is wrapped in one, its text kept); except 401/403, which say
  mad's own upstream key is wrong (502, nothing echoed: the client cannot fix it);
- ``http_5xx``: 502 ``upstream_error`` with the upstream's status (its body may hold a trace);
- ``malformed``: a 200 whose body is not the JSON object OpenAI's API returns: 502;
- ``stream_cut`` / ``stream_error``: a stream that ends before every choice finished, or that
  carries an error event: the client's stream ends with an OpenAI-style error event.

The key is sent in a header only; nothing here logs headers, and a URL with credentials in it
is refused when the settings are read, so credentials never reach a log line or an error body.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from mad_service.errors import APIError, error_body
from mad_service.metrics import Metrics
from mad_service.security import KeyFileError

MAX_RESPONSE_BYTES = 64 * 2**20  # a whole response; a stream is bounded per event
MAX_EVENT_BYTES = 4 * 2**20
DONE = "[DONE]"


def read_upstream_key(path: str | Path) -> str:
    """The upstream's API key: the first line of the file that is not blank or a comment."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise KeyFileError(f"cannot read the upstream API key file: {err}") from err
    keys = [line.strip() for line in text.splitlines()]
    keys = [k for k in keys if k and not k.startswith("#")]
    if not keys:
        raise KeyFileError("the upstream API key file holds no key")
    return keys[0]


class UpstreamFault(Exception):
    """The upstream failed in one of the ways of the module docstring."""

    def __init__(
        self, kind: str, message: str, *, status: int | None = None, body: Any = None
    ) -> None:
        super().__init__(message)
        self.kind, self.message, self.status, self.body = kind, message, status, body

    def api_error(self) -> APIError:
        """What the client hears."""
        if self.kind == "http_4xx" and self.status not in (401, 403):
            return APIError(self.status or 400, self.message, code="upstream_refused")
        status, code = {
            "timeout": (504, "upstream_timeout"),
            "connect": (502, "upstream_unavailable"),
            "http_4xx": (502, "upstream_auth_failed"),
            "http_5xx": (502, "upstream_error"),
            "model_mismatch": (502, "upstream_model_mismatch"),
            "stream_cut": (502, "upstream_stream_cut"),
        }.get(self.kind, (502, "upstream_bad_response"))
        return APIError(status, self.message, code=code)

    def passthrough(self) -> dict[str, Any] | None:
        """The upstream's own 4xx body, when it is an OpenAI-style error to pass on as it is."""
        if self.kind != "http_4xx" or self.status in (401, 403):
            return None
        body = self.body
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            return body
        return None

    def event(self) -> str:
        """The fault as the last event of a stream."""
        err = self.api_error()
        return f"data: {json.dumps(error_body(err.status, err.message, code=err.code))}\n\n"


@dataclass(frozen=True)
class Event:
    """One server-sent event of an upstream stream: its data as sent, and parsed."""

    raw: str
    data: Any  # the decoded JSON, or `DONE`


class Upstream:
    """An HTTP client of the upstream, counting every request and fault in the metrics."""

    def __init__(self, url: str, *, key: str | None, timeout_s: float, metrics: Metrics) -> None:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.metrics = metrics
        self.client = httpx.AsyncClient(
            base_url=url.rstrip("/") + "/",
            headers=headers,
            timeout=httpx.Timeout(timeout_s, connect=min(10.0, timeout_s)),
            trust_env=False,  # no proxy settings from the environment between mad and it
        )

    async def close(self) -> None:
        await self.client.aclose()

    async def get(self, path: str) -> Any:
        """A GET whose JSON body is returned (``/v1/models``)."""
        return await self.post(path, None, "", method="GET")

    async def post(
        self, path: str, body: dict[str, Any] | None, request_id: str, *, method: str = "POST"
    ) -> Any:
        """The upstream's whole JSON response to `body`."""
        route = "/v1/" + path
        try:
            request = self.client.build_request(
                method, path, json=body, headers={"X-Request-ID": request_id} if request_id else {}
            )
            response = await self.client.send(request, stream=True)
        except httpx.HTTPError as err:
            raise self._transport(route, err, started=False) from None
        try:
            self._count(route, response.status_code)
            raw = await self._read(response)
        except httpx.HTTPError as err:
            raise self._transport(route, err, started=True) from None
        finally:
            await response.aclose()
        self._check_status(response.status_code, raw)
        try:
            return json.loads(raw)
        except (ValueError, RecursionError):
            raise self._fault("malformed", "the upstream's response is not JSON") from None

    @asynccontextmanager
    async def stream(
        self, path: str, body: dict[str, Any], request_id: str
    ) -> AsyncIterator[AsyncIterator[Event]]:
        """The upstream's events for a streamed `body`; faults before the first event (status,
        connection) are raised on entry, later ones while iterating."""
        route = "/v1/" + path
        request = self.client.build_request(
            "POST", path, json=body, headers={"X-Request-ID": request_id}
        )
        try:
            response = await self.client.send(request, stream=True)
        except httpx.HTTPError as err:
            raise self._transport(route, err, started=False) from None
        try:
            self._count(route, response.status_code)
            if response.status_code != 200:
                try:
                    raw = await self._read(response)
                except httpx.HTTPError as err:
                    raise self._transport(route, err, started=True) from None
                self._check_status(response.status_code, raw)
            yield self._events(route, response)
        finally:
            await response.aclose()

    async def _events(self, route: str, response: httpx.Response) -> AsyncIterator[Event]:
        parts: list[str] = []
        size = 0
        try:
            async for line in response.aiter_lines():
                if line:
                    if line.startswith("data:"):
                        part = line[5:].removeprefix(" ")
                        size += len(part)
                        if size > MAX_EVENT_BYTES:
                            raise self._fault("malformed", "an upstream event is too large")
                        parts.append(part)
                    continue  # comments (":"), "event:", "id:" and "retry:" carry no data here
                if parts:
                    yield self._event("\n".join(parts))
                    parts, size = [], 0
            if parts:
                yield self._event("\n".join(parts))
        except httpx.TimeoutException:
            raise self._fault("timeout", "the upstream stopped sending (timed out)") from None
        except httpx.HTTPError:
            raise self._fault("stream_cut", "the upstream's stream broke off") from None

    def _event(self, raw: str) -> Event:
        if raw.strip() == DONE:
            return Event(raw, DONE)
        try:
            return Event(raw, json.loads(raw))
        except (ValueError, RecursionError):
            raise self._fault("malformed", "an upstream stream event is not JSON") from None

    async def _read(self, response: httpx.Response) -> bytes:
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                raise self._fault("malformed", "the upstream's response is too large")
            chunks.append(chunk)
        return b"".join(chunks)

    def _count(self, route: str, status: int | str) -> None:
        assert self.metrics.upstream_requests is not None
        self.metrics.upstream_requests.labels(route, str(status)).inc()

    def _fault(self, kind: str, message: str, **kwargs: Any) -> UpstreamFault:
        self.metrics.upstream_fault(kind)
        return UpstreamFault(kind, message, **kwargs)

    def _transport(self, route: str, err: httpx.HTTPError, *, started: bool) -> UpstreamFault:
        if not started:
            self._count(route, "none")
        if isinstance(err, httpx.TimeoutException) and not isinstance(err, httpx.ConnectTimeout):
            return self._fault("timeout", "the upstream did not answer in time")
        if started:
            return self._fault("malformed", "the upstream's response broke off")
        return self._fault("connect", "the upstream cannot be reached")

    def _check_status(self, status: int, raw: bytes) -> None:
        if status == 200:
            return
        body: Any = None
        try:
            body = json.loads(raw)
        except (ValueError, RecursionError):
            body = None
        if 400 <= status < 500:
            if status in (401, 403):
                message = f"the upstream refused mad's credentials ({status})"
            else:
                message = f"the upstream refused the request ({status}): {_detail(body, raw)}"
            raise self._fault("http_4xx", message, status=status, body=body)
        if status >= 500:
            raise self._fault("http_5xx", f"the upstream failed ({status})", status=status)
        raise self._fault("malformed", f"the upstream answered with status {status}")


def _detail(body: Any, raw: bytes) -> str:
    """The upstream's own words for a refusal, bounded (an OpenAI error's message, a FastAPI
    ``detail``, or the text)."""
    text: Any = None
    if isinstance(body, dict):
        error = body.get("error")
        text = error.get("message") if isinstance(error, dict) else error or body.get("detail")
    if text is None:
        text = raw.decode("utf-8", "replace")
    text = text if isinstance(text, str) else json.dumps(text)
    return " ".join(text.split())[:500]
