"""The OpenAI-compatible HTTP server: routes, validation, queueing and lifecycle.

Routes: ``POST /v1/chat/completions`` and ``POST /v1/completions`` (OpenAI request and response
shapes, ``stream: true`` as server-sent events ending in ``data: [DONE]``), ``POST /v1/score``
(verdicts on given transcripts, no generation), ``GET /v1/models``, ``/healthz`` (liveness),
``/readyz`` (accepting work), ``/metrics`` (Prometheus). Every generation response carries a
top-level ``anomaly`` object and, when the verdict exists before the response starts, the
``X-MAD-*`` verdict headers (`mad_service.replies` formats both).

Actions, for flagged requests:

- ``log``: answer normally; the flagged case goes to the flagged-case log.
- ``annotate``: the same as ``log`` (the verdict headers it once added are now always sent; the
  name stays accepted).
- ``block``: refuse with an OpenAI-style 400 (``code: anomaly_detected``, the verdict attached),
  before any token reaches the client.

With ``--adapt-window N`` every verdict is also judged against the last N scored requests
(`mad_service.adaptive`): ``p_value``/``flagged`` become the adaptive verdict, which the actions
follow, and the trusted one stays in ``p_value_trusted``/``flagged_trusted``.

Decoding is greedy unless a request sets ``temperature`` > 0 (the OpenAI API defaults to 1): a
monitor's answers should be reproducible. ``usage.completion_tokens`` counts every generated
token, the final EOS included, since that is what the detector scored.

Nothing CPU-heavy runs on the event loop: rendering and tokenising go to `Prep`'s worker thread,
model work through `mad.monitor.Monitor` on the engine's one model thread; this module only
validates, queues and hands events to a `Reply`. Shutdown (SIGTERM/SIGINT) stops accepting
connections, lets in-flight and queued requests finish (up to ``shutdown_timeout_s``), then
closes the flagged-case log, so nothing already flagged is lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn
from fastapi import Depends, FastAPI, Request
from starlette.responses import JSONResponse, Response

from mad.capture import PromptTooLongError
from mad.detector import Detector
from mad.errors import MadError
from mad.monitor import Monitor, Prompt
from mad.records import Record, canonical_role, parse_record
from mad_service import errors, logs
from mad_service.access import Access
from mad_service.adaptive import Adapter
from mad_service.config import ServeConfig
from mad_service.engine import Busy, Draining, Engine, Job, Sampling
from mad_service.errors import APIError
from mad_service.flagged_log import FlaggedLog, sha256_text
from mad_service.metrics import Metrics
from mad_service.prep import Prep
from mad_service.replies import Reply, unavailable
from mad_service.schemas import (
    ChatRequest,
    CompletionRequest,
    GenerationRequest,
    ScoreRequest,
)
from mad_service.security import Guard, read_keys

log = logging.getLogger("mad.service")
COMPLETIONS_DEFAULT_MAX_TOKENS = 16  # the OpenAI default for /v1/completions


@dataclass
class Context:
    """What the routes share: settings, the monitor, the engine, request preparation, metrics."""

    config: ServeConfig
    monitor: Monitor
    engine: Engine
    prep: Prep
    metrics: Metrics
    model_name: str
    max_prompt_tokens: int | None
    started: int


def open_flag_log(config: ServeConfig) -> FlaggedLog | None:
    """The flagged-case log the config asks for (`FlagLogError` when it cannot be opened)."""
    if not config.flag_log:
        return None
    return FlaggedLog(
        config.flag_log,
        hashes_only=config.log_hashes_only,
        max_bytes=config.flag_log_max_bytes,
        backups=config.flag_log_backups,
        sample_unflagged=config.log_unflagged_rate,
    )


def create_app(config: ServeConfig, monitor: Monitor) -> FastAPI:
    """Build the app around a ready monitor (the caller loads the detector and model)."""
    detector = monitor.detector
    model_name = config.served_model_name or config.model or detector.manifest.model.name
    keys = read_keys(config.api_key_file) if config.api_key_file else None
    flag_log = open_flag_log(config)
    adaptive = config.adapt_window is not None
    metrics = Metrics(detector, model=model_name, action=config.action, adaptive=adaptive)
    adapter = None
    if config.adapt_window is not None:
        adapter = Adapter(detector, config.adapt_window, config.tolerance, metrics)
    engine = Engine(
        monitor,
        metrics,
        max_batch_size=config.max_batch_size,
        max_wait_s=config.max_wait_ms / 1000,
        max_queue=config.max_queue,
        block=config.action == "block",
        per_token=config.per_token,
        flag_log=flag_log,
        adapter=adapter,
    )
    metrics.ready.set_function(lambda: float(engine.ready))  # the same answer as /readyz
    limits = [n for n in (config.max_prompt_tokens, monitor.max_length) if n is not None]
    ctx = Context(
        config=config,
        monitor=monitor,
        engine=engine,
        prep=Prep(max_pending=config.max_queue),
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
            extra={
                "detector": detector.id,
                "model": model_name,
                "action": config.action,
                "adapt_window": config.adapt_window,
            },
        )
        try:
            yield
        finally:
            await engine.stop(config.shutdown_timeout_s)
            await asyncio.get_running_loop().run_in_executor(None, ctx.prep.close)
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
    app.add_middleware(
        Guard, keys=keys, open_paths=frozenset(open_paths), max_body_bytes=config.max_body_bytes
    )
    app.add_middleware(Access, metrics=metrics)
    return app


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

    @app.post("/v1/chat/completions", response_model=None, dependencies=JSON_BODY)
    async def chat(body: ChatRequest, request: Request) -> Response:
        _check_model(ctx, body.model)
        messages = [{"role": canonical_role(m.role), "content": m.text()} for m in body.messages]
        record = _record({"messages": messages}, "messages")
        return await _complete(ctx, request, body, [record], "chat", body.token_budget(), None)

    @app.post("/v1/completions", response_model=None, dependencies=JSON_BODY)
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

    @app.post("/v1/score", dependencies=JSON_BODY)
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
            anomalies = await ctx.engine.call(ctx.engine.score, records, per_token=body.per_token)
        except Draining:
            raise unavailable() from None
        except MadError as err:
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
    except MadError as err:
        field = getattr(err, "field", None)
        reason = getattr(err, "reason", str(err))
        if where in ("messages", "prompt"):  # the record's fields are the request's fields
            param = field or where
        else:
            param = f"{where}.{field}" if field else where
        raise APIError(400, f"{param}: {reason}", param=param) from None


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


def _encode(ctx: Context, records: list[Record], param: str) -> list[Prompt]:
    """Render and tokenise (on the prep thread: a long prompt takes a second of CPU)."""
    try:
        return [ctx.monitor.encode(r) for r in records]
    except PromptTooLongError as err:
        raise APIError(400, str(err), param=param, code="context_length_exceeded") from None
    except MadError as err:
        raise APIError(400, str(err), param=param) from None


def _who(ctx: Context, body: GenerationRequest) -> dict[str, str]:
    """The caller's ``user`` for the logs, as its SHA-256 when texts must not be kept."""
    if body.user is None:
        return {}
    if ctx.config.log_hashes_only:
        return {"user_sha256": sha256_text(body.user)}
    return {"user": body.user}


async def _complete(
    ctx: Context,
    request: Request,
    body: GenerationRequest,
    records: list[Record],
    kind: str,
    requested: int | None,
    default: int | None,
) -> Response:
    request.state.log.update(_who(ctx, body))
    param = "messages" if kind == "chat" else "prompt"
    try:
        prompts = await ctx.prep.run(_encode, ctx, records, param)
    except Busy as err:
        ctx.metrics.rejected.inc()
        raise _busy(err) from None
    budgets = [_budget(ctx, p, requested, default, param) for p in prompts]
    events: asyncio.Queue = asyncio.Queue()
    sampling = Sampling()  # greedy
    if body.sampled():
        sampling = Sampling(body.temperature or 0.0, body.top_p or 1.0, body.seed)
    jobs = [
        Job(
            prompt=p,
            max_tokens=b,
            stop=body.stops(),
            sampling=sampling,
            events=events,
            request_id=request.state.request_id,
            route=request.url.path,
            model=ctx.model_name,
            choice=k,
            stream=body.stream,
            user=body.user,
            metadata=getattr(body, "metadata", None),
        )
        for k, (p, b) in enumerate(zip(prompts, budgets, strict=True))
    ]
    try:
        ctx.engine.submit(jobs)
    except Busy as err:
        raise _busy(err) from None
    except Draining:
        raise unavailable() from None
    request.state.log["prompt_tokens"] = sum(len(p.ids) for p in prompts)
    reply = Reply(
        request,
        jobs,
        kind=kind,
        model=ctx.model_name,
        block=ctx.config.action == "block",
        can_screen=ctx.monitor.can_screen,
        include_usage=body.include_usage(),
    )
    try:
        if body.stream:
            return await reply.stream()
        return await reply.whole()
    except BaseException:
        reply.cancel()
        raise


def _busy(err: Busy) -> APIError:
    return APIError(
        429,
        "the server is busy; retry later",
        code="queue_full",
        headers={"Retry-After": str(err.retry_after)},
    )


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
    # What the operator can get wrong fails now, in one line, not after a minute of loading.
    if config.api_key_file:
        read_keys(config.api_key_file)
    flag_log = open_flag_log(config)
    if flag_log is not None:
        flag_log.close()
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
