"""OpenAI response formatting: one request's job events become a whole or streamed reply.

Every generation reply carries the verdict twice: a top-level ``anomaly`` object in the body (in
the final chunk when streaming), and the ``X-MAD-Flagged`` / ``X-MAD-P-Value`` /
``X-MAD-Score`` / ``X-MAD-Detector`` headers whenever the verdict exists before the response
starts (always for whole replies; for streams of prompt-level detectors, which decide right
after prefill, before the first token). Headers cost nothing and are the one route that clients
which drop unknown body fields still expose (LangChain's ``ChatOpenAI`` with
``include_response_headers=True``).

``block`` refuses a flagged request with an OpenAI-style 400 (``code: anomaly_detected``, the
verdict attached). Prompt-level detectors refuse right after prefill; completion detectors must
see the answer first, so streams are buffered and flagged text never reaches the client.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from mad_service import errors
from mad_service.engine import Draining, FlagLogFailed, Job
from mad_service.errors import APIError


def unavailable() -> APIError:
    return APIError(503, "the server is shutting down", code="unavailable")


def event_error(err: Exception) -> APIError:
    """What the client hears about a job that failed."""
    if isinstance(err, Draining):
        return unavailable()
    if isinstance(err, FlagLogFailed):
        return APIError(
            503, "the flagged case could not be recorded; try again", code="flag_log_unavailable"
        )
    return APIError(500, "generation failed", code="internal_error")


def verdict_headers(top: dict[str, Any]) -> dict[str, str]:
    return {
        "X-MAD-Flagged": "true" if top["flagged"] else "false",
        "X-MAD-P-Value": f"{top['p_value']:.6g}",
        "X-MAD-Score": f"{top['score']:.6g}",
        "X-MAD-Detector": str(top["detector"]),
    }


class Reply:
    """Turns one request's job events into an OpenAI response (whole or streamed)."""

    def __init__(
        self,
        request: Request,
        jobs: list[Job],
        *,
        kind: str,
        model: str,
        block: bool,
        can_screen: bool,
        include_usage: bool,
    ) -> None:
        self.request = request
        self.jobs = jobs
        self.events: asyncio.Queue = jobs[0].events
        self.kind = kind
        self.model = model
        self.block = block
        self.can_screen = can_screen
        self.include_usage = include_usage
        self.id = ("chatcmpl-" if kind == "chat" else "cmpl-") + request.state.request_id
        self.created = int(time.time())
        self.results: dict[int, Any] = {}
        self.anomalies: dict[int, dict[str, Any]] = {}

    def cancel(self) -> None:
        for job in self.jobs:
            job.cancelled = True

    async def _next(self) -> tuple[int, str, Any]:
        choice, kind, payload = await self.events.get()
        if kind == "error":
            raise event_error(payload)
        if kind == "anomaly":
            self.anomalies[choice] = payload
        elif kind == "done":
            self.results[choice] = payload
            self.anomalies[choice] = payload.anomaly
        return choice, kind, payload

    # ----- whole responses ---------------------------------------------------------------------

    async def whole(self) -> Response:
        while len(self.results) < len(self.jobs):
            await self._next()
        results = [self.results[k] for k in range(len(self.jobs))]
        if any(r.finish_reason == "cancelled" for r in results):
            raise unavailable()  # cut short by a shutdown: do not pass it off as complete
        top = self._top()
        self._account(results, top)
        if self.block and top["flagged"]:
            raise self._blocked(top)
        choices = []
        for k, r in enumerate(results):
            choice: dict[str, Any] = {"index": k, "logprobs": None, "finish_reason": finish(r)}
            choice["stop_reason"] = r.stop_reason  # vLLM's extension: the stop string, or null
            if self.kind == "chat":
                choice["message"] = {"role": "assistant", "content": r.text}
            else:
                choice["text"] = r.text
            if len(results) > 1:
                choice["anomaly"] = r.anomaly
            choices.append(choice)
        body = {
            "id": self.id,
            "object": "chat.completion" if self.kind == "chat" else "text_completion",
            "created": self.created,
            "model": self.model,
            "choices": choices,
            "usage": usage(results),
            "anomaly": top,
        }
        return JSONResponse(body, headers=verdict_headers(top))

    # ----- streams -----------------------------------------------------------------------------

    async def stream(self) -> Response:
        """Start the stream once the verdict decides it: prompt-level verdicts come first."""
        held: list[tuple[int, str, Any]] = []
        headers: dict[str, str] = {}
        if self.can_screen:  # the verdict exists right after prefill: it goes in the headers
            while len(self.anomalies) < len(self.jobs):
                held.append(await self._next())
            top = self._top()
            if self.block and top["flagged"]:
                self.cancel()
                await self._drain_blocked()
                raise self._blocked(top)
            headers = verdict_headers(top)
        elif self.block:  # flagged text must not reach the client: hold the whole answer
            while len(self.results) < len(self.jobs):
                held.append(await self._next())
            top = self._top()
            if top["flagged"]:
                self._account([self.results[k] for k in range(len(self.jobs))], top)
                raise self._blocked(top)
            headers = verdict_headers(top)
        return StreamingResponse(self._sse(held), media_type="text/event-stream", headers=headers)

    async def _drain_blocked(self) -> None:
        """Wait for the rows to come back: a refusal goes out only after its case is logged."""
        while len(self.results) < len(self.jobs):
            await self._next()
        results = [self.results[k] for k in range(len(self.jobs))]
        self._account(results, self._top())

    async def _sse(self, held: list[tuple[int, str, Any]]) -> AsyncIterator[str]:
        try:
            if self.kind == "chat":
                for k in range(len(self.jobs)):
                    yield data(self._chunk(k, {"role": "assistant", "content": ""}))
            pending = list(held)
            while len(self.results) < len(self.jobs) or pending:
                if pending:
                    choice, kind, payload = pending.pop(0)
                else:
                    try:
                        choice, kind, payload = await self._next()
                    except APIError as err:
                        yield data(errors.error_body(err.status, err.message, code=err.code))
                        return
                if kind == "text":
                    yield data(self._chunk(choice, payload))
                elif kind == "done" and payload.finish_reason == "cancelled":
                    gone = unavailable()
                    yield data(errors.error_body(gone.status, gone.message, code=gone.code))
                    return
                elif kind == "done":
                    last = len(self.results) == len(self.jobs) and not pending
                    top = self._top() if last else payload.anomaly
                    yield data(self._chunk(choice, None, payload, top))
            results = [self.results[k] for k in range(len(self.jobs))]
            top = self._top()
            self._account(results, top)
            if self.include_usage:
                final = {**self._envelope(), "choices": [], "usage": usage(results)}
                final["anomaly"] = top
                yield data(final)
            yield "data: [DONE]\n\n"
        finally:
            self.cancel()  # a client that went away stops its rows at the next token

    def _envelope(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "chat.completion.chunk" if self.kind == "chat" else "text_completion",
            "created": self.created,
            "model": self.model,
        }

    def _chunk(
        self,
        k: int,
        delta: Any,
        result: Any = None,
        anomaly: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        reason = finish(result) if result is not None else None
        if self.kind == "chat":
            content = {} if delta is None else delta
            if isinstance(delta, str):
                content = {"content": delta}
            choice = {"index": k, "delta": content, "logprobs": None, "finish_reason": reason}
        else:
            choice = {"index": k, "text": delta or "", "logprobs": None, "finish_reason": reason}
        if result is not None:
            choice["stop_reason"] = result.stop_reason  # vLLM's extension, as in whole replies
        out = {**self._envelope(), "choices": [choice]}
        if anomaly is not None:
            out["anomaly"] = anomaly
        return out

    # ----- verdicts ----------------------------------------------------------------------------

    def _top(self) -> dict[str, Any]:
        """The request's verdict: its most anomalous choice (flagged if any choice is)."""
        if len(self.anomalies) == 1:
            return next(iter(self.anomalies.values()))
        k = min(self.anomalies, key=lambda c: (self.anomalies[c]["p_value"], c))
        return {**self.anomalies[k], "choice": k}

    def _blocked(self, top: dict[str, Any]) -> APIError:
        return APIError(
            400,
            f"the request was refused: the anomaly detector flagged it "
            f"(p = {top['p_value']:.4g} <= alpha = {top['alpha']})",
            code="anomaly_detected",
            headers=verdict_headers(top),
            extra={"anomaly": top},
        )

    def _account(self, results: list[Any], top: dict[str, Any]) -> None:
        self.request.state.log.update(
            completion_tokens=sum(r.completion_tokens for r in results),
            flagged=bool(top["flagged"]),
            p_value=top["p_value"],
        )


def finish(result: Any) -> str:
    return "length" if result.finish_reason == "length" else "stop"


def usage(results: list[Any]) -> dict[str, int]:
    prompt = sum(r.prompt_tokens for r in results)
    completion = sum(r.completion_tokens for r in results)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def data(obj: dict[str, Any]) -> str:
    return f"data: {json.dumps(obj)}\n\n"
