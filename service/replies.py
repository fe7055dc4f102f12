"""OpenAI response formatting: one request's job events become a whole or streamed reply.

Every generation reply carries the verdict twice: a top-level ``anomaly`` object in the body (in
the final chunk when streaming), and the ``X-MAD-Flagged`` / ``X-MAD-P-Value`` /
``X-MAD-Score`` / ``X-MAD-Detector`` headers whenever the verdict exists before the response
starts (always for whole replies; for streams of prompt-level detectors, which decide right
after prefill, before the first token). Headers cost nothing and are the one route that clients
which drop unknown body fields still expose (LangChain's ``ChatOpenAI`` with
``include_response_headers=True``).

``block`` refuses a flagged request with an OpenAI-style 400 (``code: anomaly_detected``, the
verdict attached), as `mad_service.policy` decides: prompt-level verdicts refuse right after
prefill; a verdict that settles mid-answer cuts it before the token where it settled (the
choice ends with ``finish_reason: "content_filter"``, ``stop_reason: "anomaly_detected"`` and
its verdict; a stream cut before any text is refused with the 400 instead); other completion
verdicts exist only at the end, so their streams are held back and flagged text never goes out.

The bodies of ``/v1/models`` and ``/v1/score`` are formatted here too (`model_list`,
`score_list`), so the routes only route.
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
from mad_service.events import Event, Failed, Finished, PromptVerdict, TextDelta
from mad_service.policy import ActionPolicy

CUT_REASON = "anomaly_detected"  # stop_reason of a cut answer (`mad.audit.ends.ANOMALY_CUT`)


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
    """The verdict as headers; an exchange that was not scored says so instead of a p-value."""
    headers = {
        "X-MAD-Flagged": "true" if top["flagged"] else "false",
        "X-MAD-Detector": str(top["detector"]),
    }
    if top.get("scored") is False:
        headers["X-MAD-Scored"] = "false"
    else:
        headers["X-MAD-P-Value"] = f"{top['p_value']:.6g}"
        headers["X-MAD-Score"] = f"{top['score']:.6g}"
    return headers


def top_anomaly(anomalies: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """A request's verdict: its most anomalous choice (flagged if any choice is); unscored
    choices count as least anomalous."""
    if len(anomalies) == 1:
        return next(iter(anomalies.values()))

    def rank(c: int) -> tuple[float, int]:
        p = anomalies[c].get("p_value")
        return (2.0 if p is None else float(p), c)

    k = min(anomalies, key=rank)
    return {**anomalies[k], "choice": k}


def blocked(top: dict[str, Any]) -> APIError:
    """The refusal of a flagged request: an OpenAI-style 400 carrying the verdict."""
    return APIError(
        400,
        f"the request was refused: the anomaly detector flagged it "
        f"(p = {top['p_value']:.4g} <= alpha = {top['alpha']})",
        code="anomaly_detected",
        headers=verdict_headers(top),
        extra={"anomaly": top},
    )


def model_list(model: str, created: int) -> dict[str, Any]:
    """``GET /v1/models``: the one model this server serves."""
    return {
        "object": "list",
        "data": [{"id": model, "object": "model", "created": created, "owned_by": "mad"}],
    }


def score_list(model: str, ids: list[str], anomalies: list[dict[str, Any]]) -> dict[str, Any]:
    """``POST /v1/score``: one verdict per transcript, in order."""
    return {
        "object": "list",
        "model": model,
        "data": [
            {"id": i, "index": k, **a} for k, (i, a) in enumerate(zip(ids, anomalies, strict=True))
        ],
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
        policy: ActionPolicy,
        include_usage: bool,
    ) -> None:
        self.request = request
        self.jobs = jobs
        self.events: asyncio.Queue = jobs[0].events
        self.kind = kind
        self.model = model
        self.policy = policy
        self.include_usage = include_usage
        self.id = ("chatcmpl-" if kind == "chat" else "cmpl-") + request.state.request_id
        self.created = int(time.time())
        self.results: dict[int, Any] = {}
        self.anomalies: dict[int, dict[str, Any]] = {}

    def cancel(self) -> None:
        for job in self.jobs:
            job.cancelled = True

    async def _next(self) -> Event:
        event: Event = await self.events.get()
        if isinstance(event, Failed):
            raise event_error(event.error)
        if isinstance(event, PromptVerdict):
            self.anomalies[event.choice] = event.anomaly
        elif isinstance(event, Finished):
            self.results[event.choice] = event.result
            self.anomalies[event.choice] = event.result.anomaly
        return event

    @property
    def _done(self) -> bool:
        return len(self.results) == len(self.jobs)

    def _ordered(self) -> list[Any]:
        return [self.results[k] for k in range(len(self.jobs))]

    # ----- whole responses ---------------------------------------------------------------------

    async def whole(self) -> Response:
        while not self._done:
            await self._next()
        results = self._ordered()
        if any(r.finish_reason == "cancelled" for r in results):
            raise unavailable()  # cut short by a shutdown: do not pass it off as complete
        top = top_anomaly(self.anomalies)
        self._account(results, top)
        if self.policy.refuses(top):
            raise blocked(top)
        choices = []
        for k, r in enumerate(results):
            choice: dict[str, Any] = {"index": k, "logprobs": None, "finish_reason": finish(r)}
            choice["stop_reason"] = stop_reason(r)  # vLLM's extension: the stop string, or null
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
        """Start the stream once the policy lets it: prompt-level verdicts come first (they go
        in the headers); a blocking stream waits for its first text (a cut before any text is
        a refusal), or for the whole answer when its verdict exists only at the end."""
        held: list[Event] = []
        headers: dict[str, str] = {}
        policy = self.policy
        if policy.can_screen:  # the verdict exists right after prefill: it goes in the headers
            while len(self.anomalies) < len(self.jobs):
                held.append(await self._next())
            top = top_anomaly(self.anomalies)
            if policy.refuses_prompts and top["flagged"]:
                self.cancel()
                await self._drain_blocked()
                raise blocked(top)
            headers = verdict_headers(top)
        if policy.cuts or policy.holds_streams:
            while not self._done and not (
                policy.cuts and any(isinstance(e, TextDelta) for e in held)
            ):
                held.append(await self._next())
            silent = not any(isinstance(e, TextDelta) for e in held)
            if self._done and (policy.holds_streams or silent):
                top = top_anomaly(self.anomalies)
                if policy.refuses(top):  # nothing of the answer went out: refuse it whole
                    self._account(self._ordered(), top)
                    raise blocked(top)
                if policy.holds_streams:
                    headers = verdict_headers(top)
        return StreamingResponse(self._sse(held), media_type="text/event-stream", headers=headers)

    async def _drain_blocked(self) -> None:
        """Wait for the rows to come back: a refusal goes out only after its case is logged."""
        while not self._done:
            await self._next()
        self._account(self._ordered(), top_anomaly(self.anomalies))

    async def _sse(self, held: list[Event]) -> AsyncIterator[str]:
        try:
            if self.kind == "chat":
                for k in range(len(self.jobs)):
                    yield data(self._chunk(k, {"role": "assistant", "content": ""}))
            pending = list(held)
            while not self._done or pending:
                if pending:
                    event = pending.pop(0)
                else:
                    try:
                        event = await self._next()
                    except APIError as err:
                        yield data(errors.error_body(err.status, err.message, code=err.code))
                        return
                if isinstance(event, TextDelta):
                    yield data(self._chunk(event.choice, event.text))
                elif isinstance(event, Finished) and event.result.finish_reason == "cancelled":
                    gone = unavailable()
                    yield data(errors.error_body(gone.status, gone.message, code=gone.code))
                    return
                elif isinstance(event, Finished):
                    last = self._done and not pending
                    top = top_anomaly(self.anomalies) if last else event.result.anomaly
                    yield data(self._chunk(event.choice, None, event.result, top))
            results = self._ordered()
            top = top_anomaly(self.anomalies)
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
            choice["stop_reason"] = stop_reason(result)  # vLLM's extension, as in whole replies
        out = {**self._envelope(), "choices": [choice]}
        if anomaly is not None:
            out["anomaly"] = anomaly
        return out

    def _account(self, results: list[Any], top: dict[str, Any]) -> None:
        self.request.state.log.update(
            completion_tokens=sum(r.completion_tokens for r in results),
            flagged=bool(top["flagged"]),
            p_value=top["p_value"],
        )


def finish(result: Any) -> str:
    """OpenAI's finish_reason of a row: a cut is a content filter's doing."""
    return {"length": "length", "cut": "content_filter"}.get(result.finish_reason, "stop")


def stop_reason(result: Any) -> str | None:
    """vLLM's stop_reason: the stop string, `CUT_REASON` for a cut row, else null."""
    return CUT_REASON if result.finish_reason == "cut" else result.stop_reason


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
