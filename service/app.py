"""The OpenAI-compatible HTTP server: routes, actions and lifecycle.

Routes: ``POST /v1/chat/completions`` and ``POST /v1/completions`` (OpenAI request and response
shapes, ``stream: true`` as server-sent events ending in ``data: [DONE]``), ``POST /v1/score``
(verdicts on given transcripts, no generation), ``GET /v1/models``, ``/healthz`` (liveness),
``/readyz`` (accepting work), ``/metrics`` (Prometheus). Every generation response carries a
top-level ``anomaly`` object (streamed: in the final chunk before ``[DONE]``); OpenAI clients keep
unknown fields, so they work unchanged and can read it.

Actions, for flagged requests:

- ``log``: answer normally; the flagged case goes to the flagged-case log.
- ``annotate``: also set ``X-MAD-Flagged`` / ``X-MAD-P-Value`` / ``X-MAD-Score`` headers (for a
  proxy or gateway that routes on headers). Streamed answers get them when the verdict exists
  before the first token (prompt-level detectors); otherwise the verdict is in the stream.
- ``block``: refuse with an OpenAI-style 400 (``code: anomaly_detected``, the verdict attached).
  Prompt-level detectors refuse right after prefill, before any token is produced for the
  client; completion detectors must see the answer first, so it is withheld (streams are
  buffered) and refused when flagged: flagged text never reaches the client.

Decoding is greedy unless a request sets ``temperature`` > 0 (the OpenAI API defaults to 1): a
monitor's answers should be reproducible. ``usage.completion_tokens`` counts every generated
token, the final EOS included, since that is what the detector scored.

All model work goes through `mad.monitor.Monitor` on the engine's one model thread; this module
only validates, queues and formats. Shutdown (SIGTERM/SIGINT) stops accepting connections,
lets in-flight and queued requests finish (up to ``shutdown_timeout_s``), then closes the
flagged-case log, so nothing already flagged is lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from mad.capture import CaptureError, PromptTooLongError
from mad.detector import Detector, DetectorError
from mad.monitor import Monitor, MonitorError, Prompt
from mad.records import Record, RecordError, canonical_role, parse_record
from mad_service import errors, logs
from mad_service.access import Access
from mad_service.config import ServeConfig
from mad_service.engine import Busy, Draining, Engine, FlagLogFailed, Job, Sampling
from mad_service.errors import APIError
from mad_service.flagged_log import FlaggedLog
from mad_service.metrics import Metrics
from mad_service.schemas import ChatRequest, CompletionRequest, GenerationRequest, ScoreRequest
from mad_service.security import Guard, read_keys

log = logging.getLogger("mad.service")
COMPLETIONS_DEFAULT_MAX_TOKENS = 16  # the OpenAI default for /v1/completions


@dataclass
class Context:
    """What the routes share: settings, the monitor, the engine, metrics."""

    config: ServeConfig
    monitor: Monitor
    engine: Engine
    metrics: Metrics
    model_name: str
    max_prompt_tokens: int | None
    started: int


def create_app(config: ServeConfig, monitor: Monitor) -> FastAPI:
    """Build the app around a ready monitor (the caller loads the detector and model)."""
    detector = monitor.detector
    model_name = config.served_model_name or config.model or detector.manifest.model.name
    metrics = Metrics(detector, model=model_name, action=config.action)
    flag_log = (
        FlaggedLog(
            config.flag_log,
            hashes_only=config.log_hashes_only,
            max_bytes=config.flag_log_max_bytes,
            backups=config.flag_log_backups,
            sample_unflagged=config.log_unflagged_rate,
        )
        if config.flag_log
        else None
    )
    engine = Engine(
        monitor,
        metrics,
        max_batch_size=config.max_batch_size,
        max_wait_s=config.max_wait_ms / 1000,
        max_queue=config.max_queue,
        block=config.action == "block",
        per_token=config.per_token,
        flag_log=flag_log,
    )
    metrics.ready.set_function(lambda: float(engine.ready))  # the same answer as /readyz
    limits = [n for n in (config.max_prompt_tokens, monitor.max_length) if n is not None]
    ctx = Context(
        config=config,
        monitor=monitor,
        engine=engine,
        metrics=metrics,
        model_name=model_name,
        max_prompt_tokens=min(limits) if limits else None,
        started=int(time.time()),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine.start()
        log.info(
            "ready",
            extra={"detector": detector.id, "model": model_name, "action": config.action},
        )
        try:
            yield
        finally:
            await engine.stop(config.shutdown_timeout_s)
            if flag_log is not None:
                flag_log.close()
            log.info("stopped")

    app = FastAPI(title="mad", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.ctx = ctx
    errors.install(app)
    _routes(app, ctx)
    open_paths = set()
    if not config.auth_health:
        open_paths |= {"/healthz", "/readyz"}
    if not config.auth_metrics:
        open_paths.add("/metrics")
    keys = read_keys(config.api_key_file) if config.api_key_file else None
    app.add_middleware(
        Guard, keys=keys, open_paths=frozenset(open_paths), max_body_bytes=config.max_body_bytes
    )
    app.add_middleware(Access, metrics=metrics)
    return app


def _routes(app: FastAPI, ctx: Context) -> None:
    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> JSONResponse:
        if not ctx.engine.ready:
            return JSONResponse({"status": "unavailable"}, status_code=503)
        return JSONResponse({"status": "ready", "model": ctx.model_name})

    @app.get("/metrics")
    async def metrics() -> Response:
        return Response(ctx.metrics.render(), media_type="text/plain; version=0.0.4")

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {
            "object": "list",
            "data": [
                {
                    "id": ctx.model_name,
                    "object": "model",
                    "created": ctx.started,
                    "owned_by": "mad",
                }
            ],
        }

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(body: ChatRequest, request: Request) -> Response:
        _check_model(ctx, body.model)
        messages = [{"role": canonical_role(m.role), "content": m.text()} for m in body.messages]
        record = _record({"messages": messages}, "messages")
        return await _complete(ctx, request, body, [record], "chat", body.token_budget(), None)

    @app.post("/v1/completions", response_model=None)
    async def completions(body: CompletionRequest, request: Request) -> Response:
        _check_model(ctx, body.model)
        prompts = body.prompts()
        if len(prompts) > ctx.config.max_batch_size:
            raise APIError(
                400,
                f"at most {ctx.config.max_batch_size} prompts per request",
                param="prompt",
            )
        records = [_record({"prompt": p}, "prompt") for p in prompts]
        return await _complete(
            ctx,
            request,
            body,
            records,
            "completion",
            body.token_budget(),
            COMPLETIONS_DEFAULT_MAX_TOKENS,
        )

    @app.post("/v1/score")
    async def score(body: ScoreRequest, request: Request) -> dict[str, Any]:
        if body.model is not None:
            _check_model(ctx, body.model)
        if len(body.input) > ctx.config.max_score_items:
            raise APIError(
                400, f"at most {ctx.config.max_score_items} items per request", param="input"
            )
        records = []
        for i, item in enumerate(body.input):
            raw = item.model_dump(exclude_none=True)
            if item.messages is not None:
                raw["messages"] = [{"role": m.role, "content": m.text()} for m in item.messages]
            records.append(_record(raw, f"input[{i}]", line=i + 1))
        try:
            anomalies = await ctx.engine.call(ctx.monitor.score, records, per_token=body.per_token)
        except Draining:
            raise _unavailable() from None
        except (MonitorError, CaptureError, DetectorError) as err:
            raise APIError(400, str(err), param="input") from None
        ctx.metrics.verdicts(anomalies, "score")
        request.state.log.update(
            items=len(records), flagged=sum(bool(a["flagged"]) for a in anomalies)
        )
        return {
            "object": "list",
            "model": ctx.model_name,
            "data": [
                {"id": r.id, "index": i, **a}
                for i, (r, a) in enumerate(zip(records, anomalies, strict=True))
            ],
        }


# ----- request handling -------------------------------------------------------------------------


def _check_model(ctx: Context, model: str) -> None:
    if model != ctx.model_name:
        raise APIError(
            404,
            f"The model '{model}' does not exist; this server serves '{ctx.model_name}'",
            param="model",
            code="model_not_found",
        )


def _record(raw: dict[str, Any], where: str, *, line: int = 1) -> Record:
    """A validated record; errors name the request field (``messages[1].content``, ...)."""
    try:
        return parse_record(raw, line=line, path="request")
    except RecordError as err:
        if where in ("messages", "prompt"):  # the record's fields are the request's fields
            param = err.field or where
        else:
            param = f"{where}.{err.field}" if err.field else where
        raise APIError(400, f"{param}: {err.reason}", param=param) from None


def _budget(
    ctx: Context, prompt: Prompt, requested: int | None, default: int | None, param: str
) -> int:
    """The token budget of one row, refusing prompts and budgets the server will not serve."""
    n = len(prompt.ids)
    limit = ctx.config.max_tokens_limit
    if ctx.max_prompt_tokens is not None and n > ctx.max_prompt_tokens:
        raise APIError(
            400,
            f"the prompt has {n} tokens; this server accepts at most {ctx.max_prompt_tokens}",
            param=param,
            code="context_length_exceeded",
        )
    context = ctx.monitor.max_length
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
    budget = min(default or limit, limit, room)
    if budget < 1:
        raise APIError(
            400,
            f"the prompt has {n} tokens and leaves no room in the model's context ({context})",
            code="context_length_exceeded",
        )
    return budget


def _encode(ctx: Context, record: Record, param: str) -> Prompt:
    try:
        return ctx.monitor.encode(record)
    except PromptTooLongError as err:
        raise APIError(400, str(err), param=param, code="context_length_exceeded") from None
    except (MonitorError, CaptureError) as err:
        raise APIError(400, str(err), param=param) from None


def _unavailable() -> APIError:
    return APIError(503, "the server is shutting down", code="unavailable")


def _event_error(err: Exception) -> APIError:
    if isinstance(err, Draining):
        return _unavailable()
    if isinstance(err, FlagLogFailed):
        return APIError(
            503, "the flagged case could not be recorded; try again", code="flag_log_unavailable"
        )
    return APIError(500, "generation failed", code="internal_error")


async def _complete(
    ctx: Context,
    request: Request,
    body: GenerationRequest,
    records: list[Record],
    kind: str,
    requested: int | None,
    default: int | None,
) -> Response:
    request_id = request.state.request_id
    param = "messages" if kind == "chat" else "prompt"
    prompts = [_encode(ctx, r, param) for r in records]
    budgets = [_budget(ctx, p, requested, default, param) for p in prompts]
    events: asyncio.Queue = asyncio.Queue()
    temperature = body.temperature or 0.0
    sampling = Sampling(temperature, body.top_p or 1.0, body.seed if temperature else None)
    jobs = [
        Job(
            prompt=p,
            max_tokens=b,
            stop=body.stops(),
            sampling=sampling,
            events=events,
            request_id=request_id,
            route=request.url.path,
            model=ctx.model_name,
            choice=k,
            stream=body.stream,
        )
        for k, (p, b) in enumerate(zip(prompts, budgets, strict=True))
    ]
    try:
        ctx.engine.submit(jobs)
    except Busy as err:
        raise APIError(
            429,
            "the server is busy; retry later",
            code="queue_full",
            headers={"Retry-After": str(err.retry_after)},
        ) from None
    except Draining:
        raise _unavailable() from None
    request.state.log["prompt_tokens"] = sum(len(p.ids) for p in prompts)
    reply = _Reply(ctx, request, jobs, kind, body.include_usage())
    try:
        if body.stream:
            return await reply.stream()
        return await reply.whole()
    except BaseException:
        reply.cancel()
        raise


class _Reply:
    """Turns one request's job events into an OpenAI response (whole or streamed)."""

    def __init__(
        self, ctx: Context, request: Request, jobs: list[Job], kind: str, include_usage: bool
    ) -> None:
        self.ctx = ctx
        self.request = request
        self.jobs = jobs
        self.events: asyncio.Queue = jobs[0].events
        self.kind = kind
        self.include_usage = include_usage
        self.id = ("chatcmpl-" if kind == "chat" else "cmpl-") + request.state.request_id
        self.created = int(time.time())
        self.results: dict[int, Any] = {}
        self.anomalies: dict[int, dict[str, Any]] = {}
        self.block = ctx.config.action == "block"
        self.annotate = ctx.config.action == "annotate"

    def cancel(self) -> None:
        for job in self.jobs:
            job.cancelled = True

    async def _next(self) -> tuple[int, str, Any]:
        choice, kind, payload = await self.events.get()
        if kind == "error":
            raise _event_error(payload)
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
            raise _unavailable()  # cut short by a shutdown: do not pass it off as complete
        top = self._top()
        self._account(results, top)
        if self.block and top["flagged"]:
            raise self._blocked(top)
        choices = []
        for k, r in enumerate(results):
            choice: dict[str, Any] = {"index": k, "logprobs": None, "finish_reason": _finish(r)}
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
            "model": self.ctx.model_name,
            "choices": choices,
            "usage": _usage(results),
            "anomaly": top,
        }
        return JSONResponse(body, headers=self._headers(top))

    # ----- streams -----------------------------------------------------------------------------

    async def stream(self) -> Response:
        """Start the stream once the action allows it: verdict first when it decides."""
        held: list[tuple[int, str, Any]] = []
        monitor = self.ctx.monitor
        headers: dict[str, str] = {}
        if (self.block or self.annotate) and monitor.can_screen:
            while len(self.anomalies) < len(self.jobs):
                held.append(await self._next())
            top = self._top()
            if self.block and top["flagged"]:
                self.cancel()
                await self._drain_blocked()
                raise self._blocked(top)
            headers = self._headers(top)
        elif self.block:
            while len(self.results) < len(self.jobs):
                held.append(await self._next())
            top = self._top()
            if top["flagged"]:
                self._account([self.results[k] for k in range(len(self.jobs))], top)
                raise self._blocked(top)
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
                    yield _data(self._chunk(k, {"role": "assistant", "content": ""}))
            pending = list(held)
            while len(self.results) < len(self.jobs) or pending:
                if pending:
                    choice, kind, payload = pending.pop(0)
                else:
                    try:
                        choice, kind, payload = await self._next()
                    except APIError as err:
                        yield _data(errors.error_body(err.status, err.message, code=err.code))
                        return
                if kind == "text":
                    yield _data(self._chunk(choice, payload))
                elif kind == "done" and payload.finish_reason == "cancelled":
                    gone = _unavailable()
                    yield _data(errors.error_body(gone.status, gone.message, code=gone.code))
                    return
                elif kind == "done":
                    last = len(self.results) == len(self.jobs) and not pending
                    top = self._top() if last else payload.anomaly
                    yield _data(self._chunk(choice, None, payload, top))
            results = [self.results[k] for k in range(len(self.jobs))]
            top = self._top()
            self._account(results, top)
            if self.include_usage:
                usage = {**self._envelope(), "choices": [], "usage": _usage(results)}
                usage["anomaly"] = top
                yield _data(usage)
            yield "data: [DONE]\n\n"
        finally:
            self.cancel()  # a client that went away stops its rows at the next token

    def _envelope(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "chat.completion.chunk" if self.kind == "chat" else "text_completion",
            "created": self.created,
            "model": self.ctx.model_name,
        }

    def _chunk(
        self,
        k: int,
        delta: Any,
        result: Any = None,
        anomaly: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        finish = _finish(result) if result is not None else None
        if self.kind == "chat":
            content = {} if delta is None else delta
            if isinstance(delta, str):
                content = {"content": delta}
            choice = {"index": k, "delta": content, "logprobs": None, "finish_reason": finish}
        else:
            choice = {"index": k, "text": delta or "", "logprobs": None, "finish_reason": finish}
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

    def _headers(self, top: dict[str, Any]) -> dict[str, str]:
        if not self.annotate:
            return {}
        return {
            "X-MAD-Flagged": "true" if top["flagged"] else "false",
            "X-MAD-P-Value": f"{top['p_value']:.6g}",
            "X-MAD-Score": f"{top['score']:.6g}",
            "X-MAD-Detector": str(top["detector"]),
        }

    def _blocked(self, top: dict[str, Any]) -> APIError:
        return APIError(
            400,
            f"the request was refused: the anomaly detector flagged it "
            f"(p = {top['p_value']:.4g} <= alpha = {top['alpha']})",
            code="anomaly_detected",
            extra={"anomaly": top},
        )

    def _account(self, results: list[Any], top: dict[str, Any]) -> None:
        self.request.state.log.update(
            completion_tokens=sum(r.completion_tokens for r in results),
            flagged=bool(top["flagged"]),
            p_value=top["p_value"],
        )


def _finish(result: Any) -> str:
    return "length" if result.finish_reason == "length" else "stop"


def _usage(results: list[Any]) -> dict[str, int]:
    prompt = sum(r.prompt_tokens for r in results)
    completion = sum(r.completion_tokens for r in results)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _data(obj: dict[str, Any]) -> str:
    return f"data: {json.dumps(obj)}\n\n"


# ----- running ----------------------------------------------------------------------------------


class _Server(uvicorn.Server):
    """Uvicorn, plus: the engine starts draining as soon as shutdown begins.

    New work is refused at once (``/readyz`` turns 503), and the drain gives up a little before
    uvicorn's own graceful timeout, so requests that never started get a proper 503 rather than
    being cut off by uvicorn.
    """

    def __init__(self, config: uvicorn.Config, engine: Engine) -> None:
        super().__init__(config)
        self.engine = engine

    async def shutdown(self, sockets: Any = None) -> None:
        timeout = self.config.timeout_graceful_shutdown
        drain = asyncio.ensure_future(self.engine.stop(0.9 * timeout if timeout else 3600.0))
        await super().shutdown(sockets=sockets)
        await drain


def make_server(config: ServeConfig, monitor: Monitor) -> uvicorn.Server:
    """The app behind uvicorn, with graceful shutdown; ``.run()`` serves until told to stop."""
    app = create_app(config, monitor)
    uv_config = uvicorn.Config(
        app,
        host=config.host,
        port=config.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=config.shutdown_timeout_s,
        lifespan="on",
    )
    return _Server(uv_config, app.state.ctx.engine)


def serve(config: ServeConfig) -> int:
    """Load the detector and its model, then serve until SIGTERM/SIGINT (``mad serve``)."""
    logs.configure(config.log_level)
    # Loaders draw progress bars straight onto stderr, which must hold only JSON log lines (the
    # log handler keeps its own reference to the real stderr).
    with contextlib.redirect_stderr(io.StringIO()):
        detector = Detector.load(
            config.detector,
            model=config.model,
            allow_model_mismatch=config.allow_model_mismatch,
            device=config.device,
        )
    make_server(config, Monitor(detector)).run()
    return 0
