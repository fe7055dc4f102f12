"""Generation requests served by mad's own model: prepare, queue on the engine, reply.

Rendering and tokenising run on `Prep`'s thread, generation on the engine's model thread; this
module only validates, builds the jobs and hands their events to a `Reply`.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from fastapi import Request
from starlette.responses import Response

from mad.records import Record, canonical_role
from mad_service import checks
from mad_service.engine import Busy, Draining, Job, Sampling
from mad_service.replies import Reply, unavailable
from mad_service.schemas import ChatRequest, CompletionRequest, GenerationRequest

if TYPE_CHECKING:
    from mad_service.app import Context

COMPLETIONS_DEFAULT_MAX_TOKENS = 16  # the OpenAI default for /v1/completions


async def chat(ctx: Context, body: ChatRequest, request: Request) -> Response:
    checks.check_model(body.model, ctx.model_name)
    messages = [{"role": canonical_role(m.role), "content": m.text()} for m in body.messages]
    record = checks.record({"messages": messages}, "messages")
    return await _complete(ctx, request, body, [record], "chat", body.token_budget(), None)


async def completions(ctx: Context, body: CompletionRequest, request: Request) -> Response:
    checks.check_model(body.model, ctx.model_name)
    prompts = body.prompts()
    if len(prompts) > ctx.config.max_batch_size:
        raise checks.APIError(
            400, f"at most {ctx.config.max_batch_size} prompts per request", param="prompt"
        )
    records = [checks.record({"prompt": p}, "prompt") for p in prompts]
    budget = body.token_budget()
    return await _complete(
        ctx, request, body, records, "completion", budget, COMPLETIONS_DEFAULT_MAX_TOKENS
    )


async def _complete(
    ctx: Context,
    request: Request,
    body: GenerationRequest,
    records: list[Record],
    kind: str,
    requested: int | None,
    default: int | None,
) -> Response:
    request.state.log.update(checks.who(body.user, ctx.config.log_hashes_only))
    param = "messages" if kind == "chat" else "prompt"
    try:
        prompts = await ctx.prep.run(checks.encode, ctx.monitor, records, param)
    except Busy as err:
        ctx.metrics.rejected.inc()
        raise checks.busy(err) from None
    budgets = [
        checks.budget(
            p,
            requested,
            default,
            param,
            limit=ctx.config.max_tokens_limit,
            max_prompt_tokens=ctx.max_prompt_tokens,
            context=ctx.monitor.max_length,
        )
        for p in prompts
    ]
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
    assert ctx.engine is not None
    try:
        ctx.engine.submit(jobs)
    except Busy as err:
        raise checks.busy(err) from None
    except Draining:
        raise unavailable() from None
    request.state.log["prompt_tokens"] = sum(len(p.ids) for p in prompts)
    reply = Reply(
        request,
        jobs,
        kind=kind,
        model=ctx.model_name,
        policy=ctx.policy,
        include_usage=body.include_usage(),
    )
    try:
        if body.stream:
            return await reply.stream()
        return await reply.whole()
    except BaseException:
        reply.cancel()
        raise
