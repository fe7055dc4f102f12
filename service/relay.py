"""Streams through ``mad serve --upstream``: the upstream's chunks pass through one at a time.

Every chunk goes to the client as the upstream sent it, as soon as it arrives, except:

- the last chunk (and a chunk that finishes a choice) is held until the next one arrives or the
  stream ends, so the verdict can ride on it: each finished choice's own ``anomaly`` when there
  are several, and the request's top-level ``anomaly`` on the final chunk;
- with ``block`` and a verdict that settles mid-answer (`mad_service.policy`), each arriving
  chunk is teacher-forced one step further by mad's copy (`mad.incremental.StreamJudge`) before
  it is passed on; at the first token whose running verdict is flagged, the text before that
  token goes out and the choice ends with ``finish_reason: "content_filter"``,
  ``stop_reason: "anomaly_detected"`` and its verdict, and the upstream stream is closed (the
  upstream stops generating). A stream cut before any text is refused whole, with a 400;
- with ``block`` and a verdict that exists only at the end, the whole stream is held back until
  the verdict says it may go out.

The response starts (status and headers) once the first upstream event is in, and the prompt's
verdict when the detector reads the prompt (it goes in the ``X-MAD-*`` headers). A fault before
that is an ordinary error response; after it, the stream ends with an OpenAI-style error event
(`mad_service.upstream`), e.g. when the upstream's stream breaks off before every choice ended.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fastapi import Request
from starlette.background import BackgroundTask
from starlette.responses import JSONResponse, Response, StreamingResponse

from mad.audit.ends import MISSING, WITH_EOS, completion_end
from mad.incremental import StreamJudge
from mad_service import proxy
from mad_service.engine import FlagLogFailed
from mad_service.errors import APIError, error_body
from mad_service.replies import CUT_REASON, blocked, event_error, top_anomaly, verdict_headers
from mad_service.upstream import DONE, Event, UpstreamFault

if TYPE_CHECKING:
    from mad_service.app import Context


class Refused(Exception):
    """The stream's verdict settled flagged before any of its text went out."""

    def __init__(self, anomaly: dict[str, Any]) -> None:
        super().__init__("refused")
        self.anomaly = anomaly


@dataclass
class _Choice:
    text: str = ""  # the upstream's answer so far
    sent: str = ""  # what of it went to the client
    finish: Any = MISSING
    stop_reason: Any = MISSING
    finished: bool = False
    cut: bool = False
    judge: StreamJudge | None = None
    anomaly: dict[str, Any] | None = None
    task: asyncio.Future | None = None  # the final verdict, being computed


async def relay(ctx: Context, exchange: proxy.Exchange, request: Request) -> Response:
    """Open the upstream stream and start the client's once the policy lets it."""
    assert ctx.upstream is not None
    stack = AsyncExitStack()
    try:
        events = await stack.enter_async_context(
            ctx.upstream.stream(exchange.path, exchange.body, exchange.request_id)
        )
    except UpstreamFault as fault:
        await stack.aclose()
        passthrough = fault.passthrough()
        if passthrough is not None and fault.status is not None:
            return JSONResponse(passthrough, status_code=fault.status)
        raise fault.api_error() from None
    stream = _Stream(ctx, exchange, request, events, stack)
    try:
        held, headers = await stream.begin()
    except BaseException:
        await stream.close()
        raise
    return StreamingResponse(  # closed when the body ends, or else once the response has
        stream.body(held),  # ended (a client that left before the first byte)
        media_type="text/event-stream",
        headers=headers,
        background=BackgroundTask(stream.close),
    )


class _Stream:
    def __init__(
        self,
        ctx: Context,
        exchange: proxy.Exchange,
        request: Request,
        events: AsyncIterator[Event],
        stack: AsyncExitStack,
    ) -> None:
        self.ctx, self.exchange, self.request = ctx, exchange, request
        self.policy = ctx.policy
        self.events, self.stack = events, stack
        self.choices: dict[int, _Choice] = {}
        self.pending: dict[str, Any] | None = None  # the held event: data, and raw when unchanged
        self.envelope: dict[str, Any] = {}
        self.started = False  # whether the client's response has begun
        self.forwarded_text = False
        self.ended = False
        self.usage: Any = None
        self.closed = False
        self._outputs = self._generate()

    # ----- the client's side -------------------------------------------------------------------

    async def begin(self) -> tuple[list[str], dict[str, str]]:
        """Outputs to send before the response starts, and its headers (or a refusal)."""
        held: list[str] = []
        policy = self.policy
        try:
            while not self.ended:
                held.append(await self._outputs.__anext__())
                if not self.envelope:
                    continue
                if policy.holds_streams or (policy.cuts and not self.forwarded_text):
                    continue
                break
        except StopAsyncIteration:
            pass
        except UpstreamFault as fault:
            passthrough = fault.passthrough()
            if passthrough is not None and fault.status is not None:
                raise APIError(fault.status, fault.message, code="upstream_refused") from None
            raise fault.api_error() from None
        except Refused as refused:
            self.ctx.metrics.blocked.labels(self.ctx.metrics.detector).inc()
            self._account(refused.anomaly)
            raise blocked(refused.anomaly) from None
        headers: dict[str, str] = {}
        if policy.holds_streams and self.ended:
            top = await self._final_top()
            if policy.refuses(top):
                self.ctx.metrics.blocked.labels(self.ctx.metrics.detector).inc()
                raise blocked(top)
            headers = verdict_headers(top)
        elif policy.can_screen and self.exchange.admitted:
            prefill = await proxy.prefill_verdicts(self.exchange)
            assert prefill is not None
            headers = verdict_headers(top_anomaly(dict(enumerate(prefill))))
        self.started = True
        return held, headers

    async def body(self, held: list[str]) -> AsyncIterator[str]:
        try:
            for out in held:
                yield out
            async for out in self._outputs:
                yield out
        finally:
            await self.close()

    async def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        await self._outputs.aclose()
        await self.stack.aclose()  # closing the upstream's stream stops its generation
        if self.exchange.ticket is not None:
            self.exchange.ticket.release()

    # ----- the upstream's side -----------------------------------------------------------------

    async def _generate(self) -> AsyncIterator[str]:
        done_marker = False
        try:
            async for event in self.events:
                if event.data == DONE:
                    done_marker = True
                    break
                async for out in self._event(event):
                    yield out
                if self.ended:  # cut: nothing more goes out
                    yield "data: [DONE]\n\n"
                    return
            if not self._all_finished():
                self.ctx.metrics.upstream_fault("stream_cut")
                raise UpstreamFault("stream_cut", "the upstream's stream ended before its answer")
            top = await self._final_top()
            if self.pending is not None:
                yield await self._flush(top)
            self.ended = True
            self._account(top)
            if done_marker:
                yield "data: [DONE]\n\n"
        except UpstreamFault as fault:
            self.ended = True
            if not self.started:
                raise
            yield fault.event()
        except (Refused, asyncio.CancelledError):
            raise
        except Exception as err:  # e.g. a flagged case that could not be recorded
            self.ended = True
            failed = err if isinstance(err, APIError) else event_error(err)
            if not self.started:
                raise failed from None
            yield _sse(error_body(failed.status, failed.message, code=failed.code))

    async def _event(self, event: Event) -> AsyncIterator[str]:
        data = event.data
        if not isinstance(data, dict):
            self.ctx.metrics.upstream_fault("malformed")
            raise UpstreamFault("malformed", "an upstream stream event is not an object")
        if "error" in data and not data.get("choices"):
            self.ctx.metrics.upstream_fault("stream_error")
            raise UpstreamFault("stream_error", "the upstream's stream failed")
        if not self.envelope:
            proxy.check_model(self.ctx, data.get("model"))
            self.envelope = {k: data[k] for k in ("id", "object", "created", "model") if k in data}
        if self.pending is not None:
            yield await self._flush(None)
        if "usage" in data:
            self.usage = data["usage"]
        choices = data.get("choices")
        if not isinstance(choices, list) or not choices:  # e.g. the usage chunk
            if self._all_finished():
                self.pending = {"data": data, "raw": event.raw}  # it may be the last one
            else:
                yield f"data: {event.raw}\n\n"
            return
        kept, cuts, changed, finishing = [], [], False, False
        for entry in choices:
            index = entry.get("index", 0) if isinstance(entry, dict) else None
            if not isinstance(index, int):
                continue
            state = self.choices.setdefault(index, _Choice())
            if state.cut:  # the upstream's tail of a cut choice is dropped
                changed = True
                continue
            delta = self._delta(entry)
            if delta:
                state.text += delta
                part = await self._judge(index, state) if self._cutting else None
                if part is not None:  # the verdict settled flagged: cut before that token
                    changed = True
                    if part:
                        self._set_delta(entry, part)
                        entry["finish_reason"] = None
                        kept.append(entry)
                    cuts.append(self._cut_chunk(index, state))
                    continue
                state.sent += delta
            if entry.get("finish_reason") is not None:
                state.finish = entry["finish_reason"]
                state.stop_reason = entry.get("stop_reason", MISSING)
                if self._cutting and await self._judge_end(index, state):
                    changed = True
                    entry["finish_reason"], entry["stop_reason"] = "content_filter", CUT_REASON
                state.finished = finishing = True
                if not state.cut:  # its verdict is computed while the stream goes on
                    state.task = asyncio.ensure_future(self._compute(index, state))
            kept.append(entry)
        chunks = ([{**data, "choices": kept} if changed else data] if kept else []) + cuts
        if not chunks:
            return
        texts = any(self._delta(e) for e in kept)
        refusable = not texts and not self.forwarded_text and not self.started
        if cuts and refusable and self._all_finished():
            top = await self._final_top()
            if self.policy.refuses(top):
                raise Refused(top)  # nothing of the answer went out
        if texts:
            self.forwarded_text = True
        if cuts and all(c.cut for c in self.choices.values()):
            top = await self._final_top()  # every choice was cut: the stream ends here
            chunks[-1] = {**chunks[-1], "anomaly": top}
            for chunk in chunks:
                yield _sse(chunk)
            self._account(top)
            self.ended = True
            return
        last = chunks.pop()
        for chunk in chunks:
            yield f"data: {event.raw}\n\n" if chunk is data else _sse(chunk)
        if finishing or cuts or self._all_finished():
            self.pending = {"data": last, "raw": event.raw if last is data else None}
        else:
            yield f"data: {event.raw}\n\n" if last is data else _sse(last)

    @property
    def _cutting(self) -> bool:
        return self.policy.cuts and self.exchange.admitted

    async def _flush(self, top: dict[str, Any] | None) -> str:
        """The held event, with the verdicts of the choices it finishes (and `top`)."""
        assert self.pending is not None
        held, self.pending = self.pending, None
        data, raw = held["data"], held["raw"]
        several = self.exchange.expected_choices > 1 or len(self.choices) > 1
        if several:
            entries = []
            for entry in data.get("choices") or []:
                state = self.choices.get(entry.get("index", 0))
                if state is not None and entry.get("finish_reason") is not None:
                    entry = {**entry, "anomaly": await self._verdict(entry["index"], state)}
                entries.append(entry)
            data, raw = {**data, "choices": entries}, None
        if top is not None:
            data, raw = {**data, "anomaly": top}, None
        return f"data: {raw}\n\n" if raw is not None else _sse(data)

    # ----- verdicts ----------------------------------------------------------------------------

    async def _verdict(self, index: int, state: _Choice) -> dict[str, Any]:
        """A finished choice's verdict: its cut verdict, or its transcript's (teacher-forced
        once, as ``mad score`` does; computed while the stream goes on)."""
        if state.anomaly is not None:
            return state.anomaly
        if state.task is None:
            state.task = asyncio.ensure_future(self._compute(index, state))
        return await asyncio.shield(state.task)

    async def _compute(self, index: int, state: _Choice) -> dict[str, Any]:
        answers = {index: (state.text, state.finish, state.stop_reason)}
        state.anomaly = (await proxy.final_verdicts(self.ctx, self.exchange, answers))[index]
        return state.anomaly

    async def _final_top(self) -> dict[str, Any]:
        for index, state in self.choices.items():
            await self._verdict(index, state)
        return self._top()

    def _top(self) -> dict[str, Any]:
        return top_anomaly({k: c.anomaly for k, c in self.choices.items() if c.anomaly})

    def _all_finished(self) -> bool:
        return bool(self.choices) and all(c.finished for c in self.choices.values())

    async def _judge(self, index: int, state: _Choice) -> str | None:
        """Teacher-force the answer so far; when its verdict settles flagged (and the policy
        cuts), the part of this chunk's text before the settling token (else None)."""
        scorer = self.ctx.scorer
        assert scorer is not None
        if state.judge is None:
            prompt = self.exchange.prompts[self.exchange.prompt_of(index)]
            state.judge = await scorer.call(
                lambda: StreamJudge(
                    self.ctx.monitor.detector, prompt.ids, lock=self.ctx.monitor.lock
                )
            )
        judge = state.judge
        tokens, at = await scorer.call(lambda: judge.push(state.text))
        if at is None:
            return None
        anomaly = await self._cut_verdict(index, state, tokens, at)
        if anomaly is None:
            return None
        release = await scorer.call(
            lambda: judge.tokenizer.decode(tokens[:at], skip_special_tokens=True)
        )
        part = release[len(state.sent) :] if release.startswith(state.sent) else ""
        state.sent += part
        state.cut = state.finished = True
        state.anomaly = anomaly
        if part:
            self.forwarded_text = True
        return part

    async def _judge_end(self, index: int, state: _Choice) -> bool:
        """At a natural end, the state after the whole answer is scored too (it predicted EOS):
        whether the verdict settles flagged there (the answer then ends as cut)."""
        end = completion_end(state.finish, stop_reason=state.stop_reason)
        if end not in WITH_EOS or state.judge is None or state.cut:
            return False
        scorer = self.ctx.scorer
        assert scorer is not None
        judge = state.judge

        def finish() -> tuple[list[int], int | None]:
            tokens, at = judge.push(state.text)
            judge.finish(tokens)
            return tokens, judge.running.settled

        tokens, at = await scorer.call(finish)
        if at is None or at < len(tokens):
            return False
        anomaly = await self._cut_verdict(index, state, tokens, at)
        if anomaly is None:
            return False
        state.anomaly = anomaly
        return True

    async def _cut_verdict(
        self, index: int, state: _Choice, tokens: list[int], at: int
    ) -> dict[str, Any] | None:
        """The verdict on the prompt and the states up to the settling one, judged by the
        policy; None when the policy does not cut. Logged and added to the window."""
        scorer, policy, monitor = self.ctx.scorer, self.policy, self.ctx.monitor
        assert scorer is not None and state.judge is not None
        judge = state.judge
        eos = judge.tokenizer.eos_token_id
        entry = self.exchange.entry(
            self.ctx, index, finish_reason="content_filter", completion=None
        )

        def verdict() -> dict[str, Any] | None:
            result = judge.result(at + 1)
            ids = [*tokens[:at], eos]
            anomaly = monitor._anomalies(result, [ids], per_token=self.ctx.config.per_token)[0]
            decision = policy.for_batch(policy.snapshot()).running(index, anomaly)
            if not decision.stop:
                return None
            if scorer.adapter is not None:
                scorer.adapter.add([decision.anomaly])
            entry["completion"] = judge.tokenizer.decode(tokens[:at], skip_special_tokens=True)
            if not scorer.log([decision.anomaly], [entry]):
                raise FlagLogFailed()
            return decision.anomaly

        anomaly = await scorer.call(verdict)
        if anomaly is not None:
            self.ctx.metrics.cut.labels(self.ctx.metrics.detector).inc()
        return anomaly

    def _cut_chunk(self, index: int, state: _Choice) -> dict[str, Any]:
        choice: dict[str, Any] = {"index": index, "finish_reason": "content_filter"}
        if self.exchange.kind == "chat":
            choice["delta"] = {}
        else:
            choice["text"] = ""
        choice["stop_reason"] = CUT_REASON
        if self.exchange.expected_choices > 1 or len(self.choices) > 1:
            choice["anomaly"] = state.anomaly
        return {**self.envelope, "choices": [choice]}

    # ----- helpers -----------------------------------------------------------------------------

    def _delta(self, entry: dict[str, Any]) -> str:
        if self.exchange.kind == "chat":
            delta = entry.get("delta")
            text = delta.get("content") if isinstance(delta, dict) else None
        else:
            text = entry.get("text")
        return text if isinstance(text, str) else ""

    def _set_delta(self, entry: dict[str, Any], text: str) -> None:
        if self.exchange.kind == "chat":
            entry["delta"] = {**(entry.get("delta") or {}), "content": text}
        else:
            entry["text"] = text

    def _account(self, top: dict[str, Any]) -> None:
        anomalies = {k: c.anomaly for k, c in self.choices.items() if c.anomaly}
        proxy.account(self.ctx, self.request, self.usage, top, anomalies)


def _sse(data: dict[str, Any]) -> str:
    return f"data: {json.dumps(data)}\n\n"
