"""The OpenAI-compatible HTTP server: routes and lifecycle.

Routes: ``POST /v1/chat/completions`` and ``POST /v1/completions`` (OpenAI request and response
shapes, ``stream: true`` as server-sent events), ``POST /v1/score`` (verdicts on given
transcripts, no generation), ``GET /v1/models``, ``/healthz`` (liveness), ``/readyz``
(accepting work), ``/metrics`` (Prometheus). Every generation response carries a top-level
``anomaly`` object and, when the verdict exists before the response starts, the ``X-MAD-*``
verdict headers (`mad_service.replies` formats both).

Two ways to generate, one server around them (the same flags, routes, metrics, flagged-case log,
API keys and actions):

- mad's own model (`mad_service.generate`): requests are queued on the engine, whose one model
  thread runs `mad.monitor.Monitor` (``--max-batch-size`` rows per ``generate`` call);
- ``--upstream URL`` (`mad_service.proxy`, `mad_service.relay`): requests are forwarded to an
  OpenAI-compatible server (vLLM, SGLang, llama.cpp, ``transformers serve``) and the exchanges are
  scored by mad's copy of the model (`mad_service.scoring`); ``/v1/models`` is the upstream's.

Actions, for flagged requests, are `mad_service.policy`'s: ``log`` and ``annotate`` answer
(the verdict in the body, the headers and the flagged-case log), ``block`` refuses with an
OpenAI-style 400 (``code: anomaly_detected``) before any token reaches the client, or cuts a
stream where its verdict settles. With ``--adapt-window N`` every verdict is also judged against
the last N scored requests (`mad_service.adaptive`): ``p_value``/``flagged`` become the adaptive
verdict, which the actions follow, and the trusted one stays in ``p_value_trusted``.

Decoding (mad's own model) is greedy unless a request sets ``temperature`` > 0: a monitor's
answers should be reproducible. ``usage.completion_tokens`` counts every generated token, the
final EOS included, since that is what the detector scored.

Nothing CPU-heavy runs on the event loop: rendering and tokenising go to `Prep`'s worker thread,
model work to the one model thread. Shutdown (SIGTERM/SIGINT) stops accepting connections, lets
in-flight and queued requests finish (up to ``shutdown_timeout_s``), then closes the
flagged-case log, so nothing already flagged is lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from starlette.responses import JSONResponse, Response

from mad.detector import Detector
from mad.errors import MadError
from mad.monitor import Monitor
from mad_service import checks, errors, generate, logs, proxy
from mad_service.access import Access
from mad_service.adaptive import Adapter
from mad_service.config import ServeConfig
from mad_service.engine import Draining, Engine
from mad_service.errors import APIError
from mad_service.flagged_log import FlaggedLog
from mad_service.metrics import Metrics
from mad_service.policy import ActionPolicy
from mad_service.prep import Prep
from mad_service.replies import model_list, score_list, unavailable
from mad_service.schemas import ChatRequest, CompletionRequest, ScoreRequest
from mad_service.scoring import Scorer
from mad_service.security import Guard, read_keys
from mad_service.upstream import Upstream, UpstreamFault, read_upstream_key

log = logging.getLogger("mad.service")


@dataclass
class Context:
    """What the routes share: settings, the monitor, the model thread, metrics, the policy."""

    config: ServeConfig
    monitor: Monitor
    engine: Engine | None  # mad's own generation
    scorer: Scorer | None  # upstream mode
    upstream: Upstream | None
    prep: Prep
    metrics: Metrics
    policy: ActionPolicy
    model_name: str
    upstream_model: str | None
    max_prompt_tokens: int | None
    started: int
    mismatch_warned: set[Any] = field(default_factory=set)

    @property
    def ready(self) -> bool:
        worker = self.engine if self.engine is not None else self.scorer
        return bool(worker is not None and worker.ready)


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


def create_app(config: ServeConfig, model: Monitor | Detector) -> FastAPI:
    """Build the app around a detector with its model attached (or a monitor of one)."""
    detector = model.detector if isinstance(model, Monitor) else model
    monitored = config.monitored and (not isinstance(model, Monitor) or model.monitored)
    model_name = config.served_model_name or config.model or detector.manifest.model.name
    keys = read_keys(config.api_key_file) if config.api_key_file else None
    flag_log = open_flag_log(config)
    adaptive = config.adapt_window is not None
    upstream_mode = config.upstream is not None
    metrics = Metrics(
        detector, model=model_name, action=config.action, adaptive=adaptive, upstream=upstream_mode
    )
    adapter = None
    if config.adapt_window is not None:
        adapter = Adapter(detector, config.adapt_window, config.tolerance, metrics)
    policy = ActionPolicy(config.action, detector, adapter, monitored=monitored)
    batching = {
        "max_batch_size": config.max_batch_size,
        "max_wait_s": config.max_wait_ms / 1000,
        "max_queue": config.max_queue,
        "flag_log": flag_log,
        "adapter": adapter,
    }
    engine = scorer = upstream = None
    if upstream_mode:
        assert config.upstream is not None
        monitor = Monitor(detector, monitored=monitored)
        scorer = Scorer(monitor, metrics, policy, on_overload=config.overload, **batching)
        key_file = config.upstream_api_key_file
        key = read_upstream_key(key_file) if key_file else None
        upstream = Upstream(
            config.upstream, key=key, timeout_s=config.upstream_timeout_s, metrics=metrics
        )
    else:
        engine = Engine(
            detector, metrics, policy, per_token=config.per_token, monitored=monitored, **batching
        )
        monitor = engine.monitor
    limits = [n for n in (config.max_prompt_tokens, monitor.max_length) if n is not None]
    ctx = Context(
        config=config,
        monitor=monitor,
        engine=engine,
        scorer=scorer,
        upstream=upstream,
        prep=Prep(max_pending=config.max_queue),
        metrics=metrics,
        policy=policy,
        model_name=model_name,
        upstream_model=config.upstream_model or model_name,
        max_prompt_tokens=min(limits) if limits else None,
        started=int(time.time()),
    )
    metrics.ready.set_function(lambda: float(ctx.ready))  # the same answer as /readyz
    worker: Engine | Scorer = engine if engine is not None else scorer  # type: ignore[assignment]

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        worker.start()
        log.info(
            "ready",
            extra={
                "detector": detector.id,
                "model": model_name,
                "action": config.action,
                "adapt_window": config.adapt_window,
                "upstream": config.upstream,
            },
        )
        try:
            yield
        finally:
            await worker.stop(config.shutdown_timeout_s)
            await asyncio.get_running_loop().run_in_executor(None, ctx.prep.close)
            if upstream is not None:
                await upstream.close()
            if flag_log is not None:
                flag_log.close()
            log.info("stopped")

    app = FastAPI(title="mad", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.ctx = ctx
    app.state.worker = worker
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


def _routes(app: FastAPI, ctx: Context) -> None:
    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> JSONResponse:
        if not ctx.ready:
            return JSONResponse({"status": "unavailable"}, status_code=503)
        return JSONResponse({"status": "ready", "model": ctx.model_name})

    @app.get("/metrics")
    async def metrics() -> Response:
        return Response(ctx.metrics.render(), media_type="text/plain; version=0.0.4")

    @app.get("/v1/models", response_model=None)
    async def models() -> Any:
        if ctx.upstream is None:
            return model_list(ctx.model_name, ctx.started)
        try:
            return await ctx.upstream.get("models")
        except UpstreamFault as fault:
            raise fault.api_error() from None

    if ctx.upstream is not None:

        @app.post("/v1/chat/completions", response_model=None, dependencies=checks.JSON_BODY)
        async def proxied_chat(request: Request) -> Response:
            return await proxy.handle(ctx, request, "chat")

        @app.post("/v1/completions", response_model=None, dependencies=checks.JSON_BODY)
        async def proxied_completions(request: Request) -> Response:
            return await proxy.handle(ctx, request, "completion")

    else:

        @app.post("/v1/chat/completions", response_model=None, dependencies=checks.JSON_BODY)
        async def chat(body: ChatRequest, request: Request) -> Response:
            return await generate.chat(ctx, body, request)

        @app.post("/v1/completions", response_model=None, dependencies=checks.JSON_BODY)
        async def completions(body: CompletionRequest, request: Request) -> Response:
            return await generate.completions(ctx, body, request)

    @app.post("/v1/score", dependencies=checks.JSON_BODY)
    async def score(body: ScoreRequest, request: Request) -> dict[str, Any]:
        if body.model is not None:
            checks.check_model(body.model, ctx.model_name)
        if len(body.input) > ctx.config.max_score_items:
            raise APIError(
                400, f"at most {ctx.config.max_score_items} items per request", param="input"
            )
        records = []
        for i, item in enumerate(body.input):
            raw = item.model_dump(exclude_none=True)
            if item.messages is not None:
                raw["messages"] = [{"role": m.role, "content": m.text()} for m in item.messages]
            records.append(checks.record(raw, f"input[{i}]", line=i + 1))
        try:
            anomalies = await _score(ctx, records, body.per_token)
        except Draining:
            raise unavailable() from None
        except MadError as err:
            raise APIError(400, str(err), param="input") from None
        ctx.metrics.verdicts(anomalies, "score")
        request.state.log.update(
            items=len(records), flagged=sum(bool(a["flagged"]) for a in anomalies)
        )
        return score_list(ctx.model_name, [r.id for r in records], anomalies)


async def _score(ctx: Context, records: list[Any], per_token: bool) -> list[dict[str, Any]]:
    """``/v1/score`` on the model thread: the engine's, or the scorer's in upstream mode."""
    if ctx.engine is not None:
        engine = ctx.engine
        return await engine.call(engine.score, records, per_token=per_token)
    assert ctx.scorer is not None
    return await ctx.scorer.score(records, per_token=per_token)


# ----- running ----------------------------------------------------------------------------------


class _Server(uvicorn.Server):
    """Uvicorn, plus: the model thread starts draining as soon as shutdown begins.

    New work is refused at once (``/readyz`` turns 503), and the drain gives up a little before
    uvicorn's own graceful timeout, so requests that never started get a proper 503 rather than
    being cut off by uvicorn.
    """

    def __init__(self, config: uvicorn.Config, worker: Engine | Scorer) -> None:
        super().__init__(config)
        self.worker = worker

    async def shutdown(self, sockets: Any = None) -> None:
        timeout = self.config.timeout_graceful_shutdown
        drain = asyncio.ensure_future(self.worker.stop(0.9 * timeout if timeout else 3600.0))
        await super().shutdown(sockets=sockets)
        await drain


def make_server(config: ServeConfig, model: Monitor | Detector) -> uvicorn.Server:
    """The app behind uvicorn, with graceful shutdown; ``.run()`` serves until told to stop."""
    app = create_app(config, model)
    uv_config = uvicorn.Config(
        app,
        host=config.host,
        port=config.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=config.shutdown_timeout_s,
        lifespan="on",
    )
    return _Server(uv_config, app.state.worker)


def serve(config: ServeConfig) -> int:
    """Load the detector and its model, then serve until SIGTERM/SIGINT (``mad serve``)."""
    # What the operator can get wrong fails now, in one line, not after a minute of loading.
    if config.api_key_file:
        read_keys(config.api_key_file)
    if config.upstream_api_key_file:
        read_upstream_key(config.upstream_api_key_file)
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
    make_server(config, detector).run()
    return 0
