"""Per-request bookkeeping: a request id, route metrics and one access-log line per request.

It is the outermost middleware, so every answer is counted and logged, including those that
the API-key and body-size guard return before the app runs. Handlers add fields to the access
line (token counts, the verdict) through ``request.state.log``; the id also goes back to the
client in ``X-Request-ID`` so a user report can be matched to the logs and the flagged-case log.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from mad_service.metrics import Metrics, route_label
from mad_service.security import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("mad.service.access")


def new_request_id() -> str:
    return uuid.uuid4().hex


class Access:
    """ASGI middleware: request id, in-flight gauge, status/latency metrics, access log."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = new_request_id()
        fields: dict[str, Any] = {}
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        state["log"] = fields
        route = route_label(scope["path"])
        status = 500
        started = time.perf_counter()

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        in_flight = self.metrics.in_flight.labels(route)
        in_flight.inc()
        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            in_flight.dec()
            elapsed = time.perf_counter() - started
            self.metrics.requests.labels(route, str(status)).inc()
            self.metrics.request_seconds.labels(route).observe(elapsed)
            log.info(
                "request",
                extra={
                    "request_id": request_id,
                    "method": scope.get("method"),
                    "route": route,
                    "status": status,
                    "duration_s": round(elapsed, 6),
                    **fields,
                },
            )
