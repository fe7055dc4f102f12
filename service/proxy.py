"""``mad serve --upstream``: generation happens upstream, mad scores the exchange with its copy.

A request is forwarded untouched (every parameter the upstream supports passes through) and the
upstream's response comes back as it came, plus the top-level ``anomaly`` object (per choice
too when there are several; in the final chunk when streaming, `mad_service.relay`). What mad
scores is what ``mad score`` / ``mad audit`` score for the same logged exchange, by the same code:

- the prompt: a chat request's messages rendered with the model's chat template by
  `mad.records.render` (system and developer turns as system, multi-turn conversations, text
  content parts joined without a separator, an assistant turn that only calls a tool as empty
  text; tool definitions and tool calls are not rendered, so a request with ``tools`` is scored
  on its messages' text); a completions request's prompt as it is (text only: token-id prompts
  are refused);
- the answer: each choice's text, teacher-forced, with EOS appended as ``mad.audit.ends`` reads
  the choice's ``finish_reason``/``stop_reason`` and the request's ``stop``.

So a proxied verdict equals the offline one for the same transcript. ``echo`` and ``suffix`` are
refused: the returned text would no longer be the answer alone.

Before forwarding: the prompt is rendered and tokenised (on the prep thread), checked against
mad's context and ``--max-tokens-limit``, admitted to the scoring backlog (``--on-overload``,
`mad_service.scoring`), and, when the detector reads the prompt, screened: with ``block`` a
flagged prompt is refused there and the upstream never sees it; otherwise screening runs while
the upstream works. Each response's ``model`` is checked against the model the detector is for
(``--upstream-model``; ``--on-model-mismatch refuse`` answers 502, ``warn`` logs and scores).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fastapi import Request
from starlette.responses import JSONResponse, Response

from mad.audit.ends import MISSING, completion_end, eos_fields
from mad.capture import PromptTooLongError
from mad.monitor import Prompt, unscored
from mad.records import Record
from mad_service import checks
from mad_service.engine import Busy, Draining, FlagLogFailed
from mad_service.errors import APIError
from mad_service.replies import blocked, event_error, top_anomaly, unavailable, verdict_headers
from mad_service.scoring import Ticket
from mad_service.upstream import UpstreamFault

if TYPE_CHECKING:
    from mad_service.app import Context

log = logging.getLogger("mad.service")
PATHS = {"chat": "chat/completions", "completion": "completions"}


@dataclass(eq=False)
class Exchange:
    """One proxied request: what is forwarded, and what mad needs to score what comes back."""

    kind: str
    body: dict[str, Any]
    prompts: list[Prompt]
    records: list[Record]  # the prompts alone, as records (for screening)
    request_id: str
    route: str
    n: int = 1
    prefill: list[dict[str, Any]] | None = None  # per prompt, once screened
    screening: asyncio.Future | None = None
    ticket: Ticket | None = None
    admitted: bool = False
    unscored: str = ""  # why it is answered without a verdict (overload, unmonitored)
    usage: dict[str, int] = field(default_factory=dict)

    @property
    def path(self) -> str:
        return PATHS[self.kind]

    @property
    def stream(self) -> bool:
        return self.body.get("stream") is True

    @property
    def expected_choices(self) -> int:
        return self.n * len(self.prompts)

    def prompt_of(self, choice: int) -> int:
        return min(choice // max(1, self.n), len(self.prompts) - 1)

    def answer_record(self, choice: int, text: str, end: str) -> Record:
        """The transcript of one choice, as ``mad audit`` reads it from the log."""
        if self.kind == "chat":
            messages = [*self.body["messages"], {"role": "assistant", "content": text}]
            raw: dict[str, Any] = {"messages": messages}
        else:
            raw = {"prompt": self.records[self.prompt_of(choice)].prompt, "completion": text}
        return checks.record({**raw, **eos_fields(end)}, "response", line=choice + 1)

    def entry(self, ctx: Context, choice: int, **fields: Any) -> dict[str, Any]:
        """A flagged-case log line, without its verdict (the scorer adds it)."""
        return {
            "request_id": self.request_id,
            "choice": choice,
            "route": self.route,
            "model": self.body.get("model"),
            "prompt": self.prompts[self.prompt_of(choice)].text,
            "user": self.body.get("user") if isinstance(self.body.get("user"), str) else None,
            "metadata": self.body.get("metadata"),
            "upstream": True,
            **fields,
        }


async def handle(ctx: Context, request: Request, kind: str) -> Response:
    """A chat or completions request, proxied (see the module docstring)."""
    exchange = await prepare(ctx, request, kind)
    handed_over = False
    try:
        await admit(ctx, exchange)
        await screen(ctx, exchange, request)
        if exchange.stream:
            from mad_service.relay import relay

            response = await relay(ctx, exchange, request)
            handed_over = True  # the stream releases the ticket when it ends
            return response
        return await whole(ctx, exchange, request)
    finally:
        if not handed_over and exchange.ticket is not None:
            exchange.ticket.release()


async def prepare(ctx: Context, request: Request, kind: str) -> Exchange:
    """The request as an `Exchange`: checked, rendered, tokenised; nothing forwarded yet."""
    try:
        body = await request.json()
    except ValueError:
        raise APIError(400, "the request body is not valid JSON", code="invalid_request") from None
    if not isinstance(body, dict):
        raise APIError(400, "the request body must be a JSON object", code="invalid_request")
    for name in ("echo", "suffix"):
        if body.get(name):
            raise APIError(
                400,
                f"unsupported parameter: {name} (through the monitor the returned text must be "
                "the answer alone, which is what gets scored)",
                param=name,
            )
    n = body.get("n", 1)
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise APIError(400, "n: must be an integer >= 1", param="n")
    if kind == "chat":
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise APIError(400, "messages: must be a non-empty array", param="messages")
        records = [checks.record({"messages": messages}, "messages")]
        if records[0].messages is not None and records[0].messages[-1].role == "assistant":
            raise APIError(
                400, "messages: the last message must not be from the assistant", param="messages"
            )
    else:
        prompt = body.get("prompt")
        texts = prompt if isinstance(prompt, list) else [prompt]
        if not texts or not all(isinstance(t, str) for t in texts):
            raise APIError(
                400,
                "prompt: must be a string or an array of strings (text is scored)",
                param="prompt",
            )
        if len(texts) > ctx.config.max_batch_size:
            raise APIError(
                400, f"at most {ctx.config.max_batch_size} prompts per request", param="prompt"
            )
        records = [checks.record({"prompt": t}, "prompt") for t in texts]
    param = "messages" if kind == "chat" else "prompt"
    try:
        prompts = await ctx.prep.run(checks.encode, ctx.monitor, records, param)
    except Busy as err:
        ctx.metrics.rejected.inc()
        raise checks.busy(err) from None
    requested = body.get("max_completion_tokens", body.get("max_tokens"))
    if requested is not None and (isinstance(requested, bool) or not isinstance(requested, int)):
        raise APIError(400, "max_tokens: must be an integer", param="max_tokens")
    for p in prompts:
        checks.budget(
            p,
            requested,
            None,
            param,
            limit=ctx.config.max_tokens_limit,
            max_prompt_tokens=ctx.max_prompt_tokens,
            context=ctx.monitor.max_length,
        )
    user = body.get("user") if isinstance(body.get("user"), str) else None
    request.state.log.update(checks.who(user, ctx.config.log_hashes_only))
    request.state.log["prompt_tokens"] = sum(len(p.ids) for p in prompts)
    return Exchange(kind, body, prompts, records, request.state.request_id, request.url.path, n=n)


async def admit(ctx: Context, exchange: Exchange) -> None:
    """A place in the scoring backlog, per ``--on-overload`` (`Busy` becomes a 429)."""
    assert ctx.scorer is not None
    if not ctx.scorer.accepting:
        raise unavailable()
    if not ctx.monitor.monitored:
        exchange.unscored = "unmonitored"
        return
    try:
        exchange.ticket = await ctx.scorer.slots.admit()
    except Busy as err:
        raise checks.busy(err, "scoring_overloaded") from None
    exchange.admitted = exchange.ticket is not None
    if not exchange.admitted:
        exchange.unscored = "overload"


async def screen(ctx: Context, exchange: Exchange, request: Request) -> None:
    """The prompt-level verdicts: a flagged prompt is refused here under ``block``, before the
    upstream sees it; otherwise they are computed while the upstream works."""
    if not exchange.admitted or not ctx.policy.can_screen:
        return
    assert ctx.scorer is not None
    job = asyncio.ensure_future(ctx.scorer.screen(exchange.records))
    if not ctx.policy.refuses_prompts:
        exchange.screening = job
        return
    try:
        exchange.prefill = await _verdicts(job)
    except Draining:
        raise unavailable() from None
    top = top_anomaly(dict(enumerate(exchange.prefill)))
    if ctx.policy.refuses(top):
        entries = [
            exchange.entry(ctx, k, finish_reason="blocked", completion=None)
            for k in range(len(exchange.prompts))
        ]
        await log_cases(ctx, exchange.prefill, entries, flagged_only=True)
        ctx.metrics.verdicts([top], "generate")
        ctx.metrics.blocked.labels(ctx.metrics.detector).inc()
        request.state.log.update(flagged=True, p_value=top["p_value"], forwarded=False)
        raise blocked(top)


async def log_cases(
    ctx: Context,
    anomalies: list[dict[str, Any]],
    entries: list[dict[str, Any]],
    *,
    flagged_only: bool = False,
) -> None:
    """Write these verdicts' flagged (and sampled) cases, durably, before anything goes out."""
    assert ctx.scorer is not None
    scorer = ctx.scorer
    if flagged_only:
        kept = [(a, e) for a, e in zip(anomalies, entries, strict=True) if a["flagged"]]
        anomalies, entries = [a for a, _ in kept], [e for _, e in kept]
    if not entries or scorer.flag_log is None:
        return
    if not await scorer.call(lambda: scorer.log(anomalies, entries)):
        raise event_error(FlagLogFailed())


async def prefill_verdicts(exchange: Exchange) -> list[dict[str, Any]] | None:
    if exchange.prefill is None and exchange.screening is not None:
        exchange.prefill = await _verdicts(exchange.screening)
    return exchange.prefill


async def _verdicts(job: asyncio.Future) -> list[dict[str, Any]]:
    """A scoring job's verdicts; what went wrong as the client should hear it (a transcript
    too long for mad's model is left to the caller)."""
    try:
        return await job
    except (Draining, PromptTooLongError):
        raise
    except Exception as err:
        raise event_error(err) from None


def check_model(ctx: Context, reported: Any) -> None:
    """The upstream's ``model`` against the one the detector is for (``--upstream-model``)."""
    expected = ctx.upstream_model
    if reported == expected or reported is None:
        return
    ctx.metrics.upstream_fault("model_mismatch")
    message = (
        f"the upstream answered with model {reported!r}; this monitor's detector is for "
        f"{expected!r} (--upstream-model)"
    )
    if ctx.config.model_mismatch == "refuse":
        raise UpstreamFault("model_mismatch", message)
    if reported not in ctx.mismatch_warned:
        ctx.mismatch_warned.add(reported)
        log.warning("upstream model mismatch", extra={"reported": str(reported)[:200]})


async def whole(ctx: Context, exchange: Exchange, request: Request) -> Response:
    assert ctx.upstream is not None
    try:
        data = await ctx.upstream.post(exchange.path, exchange.body, exchange.request_id)
        if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
            ctx.metrics.upstream_fault("malformed")
            raise UpstreamFault("malformed", "the upstream's response has no choices")
        check_model(ctx, data.get("model"))
    except UpstreamFault as fault:
        passthrough = fault.passthrough()
        if passthrough is not None and fault.status is not None:
            return JSONResponse(passthrough, status_code=fault.status)
        raise fault.api_error() from None
    answers = {}
    for k, choice in enumerate(data["choices"]):
        if not isinstance(choice, dict):
            raise UpstreamFault("malformed", "an upstream choice is not an object").api_error()
        index = choice.get("index", k) if isinstance(choice.get("index"), int) else k
        message = choice.get("message") if exchange.kind == "chat" else None
        text = (message or {}).get("content") if exchange.kind == "chat" else choice.get("text")
        answers[index] = (
            text if isinstance(text, str) else "",
            choice.get("finish_reason", MISSING),
            choice.get("stop_reason", MISSING),
        )
    anomalies = await final_verdicts(ctx, exchange, answers)
    top = top_anomaly(anomalies)
    account(ctx, request, data.get("usage"), top, anomalies)
    if ctx.policy.refuses(top):
        ctx.metrics.blocked.labels(ctx.metrics.detector).inc()
        raise blocked(top)
    if len(data["choices"]) > 1:
        for k, choice in enumerate(data["choices"]):
            index = choice.get("index", k) if isinstance(choice.get("index"), int) else k
            choice["anomaly"] = anomalies[index]
    data["anomaly"] = top
    return JSONResponse(data, headers=verdict_headers(top))


async def final_verdicts(
    ctx: Context, exchange: Exchange, answers: dict[int, tuple[str, Any, Any]]
) -> dict[int, dict[str, Any]]:
    """Each choice's verdict: (text, finish_reason, stop_reason) per choice index."""
    detector = ctx.monitor.detector
    if not exchange.admitted:
        return {k: unscored(detector, exchange.unscored) for k in answers}
    try:
        prefill = await prefill_verdicts(exchange)
    except Draining:
        raise unavailable() from None
    if not ctx.monitor.scores_completions:  # the prompt's verdict is the whole verdict
        assert prefill is not None
        out = {k: prefill[exchange.prompt_of(k)] for k in answers}
        entries = [
            exchange.entry(ctx, k, finish_reason=answers[k][1], completion=answers[k][0])
            for k in out
        ]
        await log_cases(ctx, list(out.values()), entries)
        return out
    out = {}
    scored: list[int] = []
    records: list[Record] = []
    for k, (text, finish, stop_reason) in sorted(answers.items()):
        if not text:
            if prefill is not None:  # nothing to teacher-force: the prompt's verdict stands
                out[k] = prefill[exchange.prompt_of(k)]
            else:
                ctx.metrics.unscored.labels("no_text").inc()
                out[k] = unscored(detector, "no_text")
            continue
        end = completion_end(finish, stop_reason=stop_reason, stop=exchange.body.get("stop"))
        scored.append(k)
        records.append(exchange.answer_record(k, text, end))
    if records:
        assert ctx.scorer is not None
        entries = [
            exchange.entry(ctx, k, finish_reason=answers[k][1], completion=answers[k][0])
            for k in scored
        ]
        try:
            verdicts = await _verdicts(
                asyncio.ensure_future(
                    ctx.scorer.score(records, per_token=ctx.config.per_token, entries=entries)
                )
            )
        except Draining:
            raise unavailable() from None
        except PromptTooLongError:
            ctx.metrics.unscored.labels("too_long").inc(len(scored))
            verdicts = [unscored(detector, "too_long") for _ in scored]
        out.update(zip(scored, verdicts, strict=True))
    return out


def account(
    ctx: Context,
    request: Request,
    usage: Any,
    top: dict[str, Any],
    anomalies: dict[int, dict[str, Any]],
) -> None:
    ctx.metrics.verdicts(anomalies.values(), "generate")
    fields: dict[str, Any] = {"flagged": bool(top["flagged"]), "p_value": top["p_value"]}
    if isinstance(usage, dict):
        for name, counter in (
            ("prompt_tokens", ctx.metrics.prompt_tokens),
            ("completion_tokens", ctx.metrics.generated_tokens),
        ):
            value = usage.get(name)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                counter.inc(value)
                fields[name] = value
    request.state.log.update(fields)
