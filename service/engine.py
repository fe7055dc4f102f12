"""The batching engine: concurrent requests share forward passes, the event loop stays free.

Requests become jobs on an asyncio queue. A batcher task takes the first waiting job, gathers
more for at most ``max_wait_s`` (measured from when the first one arrived, so jobs that already
waited behind a running batch go at once) up to ``max_batch_size``, and hands the batch to ONE
worker thread that runs `Monitor.generate`. Only that thread touches the model: the monitor's
hooks live on the shared model, and one thread keeps the accelerator busy without contention.
Jobs are grouped by sampling settings within a batch (greedy traffic, the usual monitoring case,
always shares one pass); each group is one ``generate`` call.

Batching is static: a batch runs until its longest row ends, and new requests wait for the next
batch (``generate`` cannot take rows mid-flight). Rows still end individually (EOS, stop
strings, their own ``max_tokens``, a client that went away), so short answers return early.

The queue is bounded: `submit` raises `Busy` (HTTP 429 with ``Retry-After``) rather than let
latency grow without limit. Flagged cases are written to the flagged-case log on the worker
thread, fsynced, before the jobs' results are released to their requests. `stop` refuses new
work and drains everything already queued.

The engine builds its `Monitor` with its callbacks (events go to each job's queue as the
typed events of `mad_service.events`) and hands every batch the action policy bound to the
window as it was before the batch (`mad_service.policy`): the policy judges prompt-level and
running verdicts (adaptively with ``--adapt-window``) and decides refusals and cuts; final
verdicts are judged when generation ends, ``/v1/score`` ones after scoring, and each batch's
verdicts are then added to the window (`mad_service.adaptive`).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

import torch

from mad.detector import Detector
from mad.monitor import Decision, Monitor, MonitoredGeneration, Policy, Prompt
from mad.records import Record
from mad_service.adaptive import Adapter
from mad_service.events import Event, Failed, Finished, PromptVerdict, TextDelta
from mad_service.flagged_log import FlaggedLog
from mad_service.metrics import Metrics
from mad_service.policy import ActionPolicy

log = logging.getLogger("mad.service")
T = TypeVar("T")


class Busy(Exception):
    """The queue is full; retry after `retry_after` seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"queue full, retry after {retry_after}s")
        self.retry_after = retry_after


class Draining(Exception):
    """The server is shutting down and takes no new work."""


class FlagLogFailed(Exception):
    """A flagged case could not be made durable, so its response must not go out."""


@dataclass(frozen=True)
class Sampling:
    """How tokens are chosen; jobs share a ``generate`` call only when this is equal.

    A job with a seed runs alone, since a batch shares one random stream.
    """

    temperature: float = 0.0
    top_p: float = 1.0
    seed: int | None = None

    def generate_kwargs(self) -> dict[str, Any]:
        if self.temperature == 0:
            return {"do_sample": False}
        return {"do_sample": True, "temperature": self.temperature, "top_p": self.top_p, "top_k": 0}


@dataclass(eq=False)
class Job:
    """One prompt to generate for; its `Event`s go to `events` (see `mad_service.events`)."""

    prompt: Prompt
    max_tokens: int
    stop: tuple[str, ...]
    sampling: Sampling
    events: asyncio.Queue
    request_id: str
    route: str
    model: str
    choice: int = 0
    stream: bool = False
    user: str | None = None  # the request's `user` and `metadata`, for the flagged-case log
    metadata: dict[str, str] | None = None
    cancelled: bool = False
    enqueued: float = field(default=0.0)
    loop: asyncio.AbstractEventLoop | None = None

    def push(self, event: Event) -> None:
        """Hand an event to the request (from any thread)."""
        assert self.loop is not None
        self.loop.call_soon_threadsafe(self.events.put_nowait, event)


class Engine:
    """Queue, batcher task and the single model thread; see the module docstring."""

    def __init__(
        self,
        detector: Detector,
        metrics: Metrics,
        policy: ActionPolicy,
        *,
        max_batch_size: int = 8,
        max_wait_s: float = 0.01,
        max_queue: int = 64,
        per_token: bool = False,
        flag_log: FlaggedLog | None = None,
        adapter: Adapter | None = None,
        monitored: bool = True,
    ) -> None:
        self.monitor = Monitor(
            detector,
            on_text=_on_text,
            on_prompt_anomaly=lambda job, anomaly: job.push(PromptVerdict(job.choice, anomaly)),
            should_stop=lambda job: job.cancelled,
            monitored=monitored,
        )
        self.policy = policy
        self.adapter = adapter
        self.metrics = metrics
        self.max_batch_size = max_batch_size
        self.max_wait_s = max_wait_s
        self.max_queue = max_queue
        self.per_token = per_token
        self.flag_log = flag_log
        self.accepting = False
        self._queue: asyncio.Queue[Job | None] = asyncio.Queue()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mad-model")
        self._task: asyncio.Task | None = None
        self._stopping: asyncio.Future | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._batch_seconds = 1.0  # running estimate, for Retry-After
        self._running: list[Job] = []

    # ----- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = self._loop.create_task(self._batcher(), name="mad-batcher")
        self.accepting = True

    async def stop(self, timeout_s: float = 30.0) -> None:
        """Refuse new work and finish what is queued; after `timeout_s`, fail what has not
        started (clients get a retryable 503) and cut running rows at their next token.

        Idempotent: the server starts draining as soon as shutdown begins, and the app's
        lifespan calls it again at the end; both wait for the same drain.
        """
        self.accepting = False
        if self._task is None:
            return
        if self._stopping is None:
            self._stopping = asyncio.ensure_future(self._drain(self._task, timeout_s))
        await asyncio.shield(self._stopping)

    async def _drain(self, batcher: asyncio.Task, timeout_s: float) -> None:
        await self._queue.put(None)
        try:
            await asyncio.wait_for(asyncio.shield(batcher), timeout_s)
        except TimeoutError:
            log.warning("drain timed out; cancelling unfinished generations")
            self._cancel_all()
            await batcher
        self._executor.shutdown(wait=True)

    def _cancel_all(self) -> None:
        while not self._queue.empty():
            job = self._queue.get_nowait()
            if job is not None:
                job.cancelled = True
                job.events.put_nowait(Failed(job.choice, Draining()))
        self._queue.put_nowait(None)  # the batcher still has to see the end
        for job in self._running:
            job.cancelled = True

    @property
    def ready(self) -> bool:
        """Accepting work and the batcher still running (a batcher that died serves nothing)."""
        return self.accepting and self._task is not None and not self._task.done()

    # ----- submitting --------------------------------------------------------------------------

    @property
    def queued(self) -> int:
        return self._queue.qsize()

    def submit(self, jobs: Sequence[Job]) -> None:
        """Queue all of a request's jobs, or none of them."""
        if not self.accepting:
            raise Draining()
        if self.queued + len(jobs) > self.max_queue:
            self.metrics.rejected.inc()
            batches_ahead = self.queued / self.max_batch_size + 1
            raise Busy(max(1, math.ceil(self._batch_seconds * batches_ahead)))
        assert self._loop is not None
        now = self._loop.time()
        for job in jobs:
            job.enqueued, job.loop = now, self._loop
            self._queue.put_nowait(job)
        self.metrics.queue_depth.set(self.queued)

    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `fn` on the model thread, between batches (for work that is not generation)."""
        if not self.accepting:
            raise Draining()
        assert self._loop is not None
        return await self._loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs))

    def score(self, records: Sequence[Record], *, per_token: bool = False) -> list[dict[str, Any]]:
        """`Monitor.score` with adaptive verdicts; for `call` (it runs on the model thread)."""
        ref = self.policy.snapshot()
        anomalies = [
            self.policy.judge(a, ref) for a in self.monitor.score(records, per_token=per_token)
        ]
        if self.adapter is not None:
            self.adapter.add(anomalies)
        return anomalies

    # ----- batching ----------------------------------------------------------------------------

    async def _batcher(self) -> None:
        loop = asyncio.get_running_loop()
        stopping = False
        while not stopping:
            first = await self._queue.get()
            if first is None:
                break
            batch = [first]
            deadline = first.enqueued + self.max_wait_s
            while len(batch) < self.max_batch_size:
                try:
                    job = self._queue.get_nowait()
                except asyncio.QueueEmpty:
                    remaining = deadline - loop.time()
                    if remaining <= 0:
                        break
                    try:
                        job = await asyncio.wait_for(self._queue.get(), remaining)
                    except TimeoutError:
                        break
                if job is None:
                    stopping = True
                    break
                batch.append(job)
            self.metrics.queue_depth.set(self.queued)
            groups: dict[object, list[Job]] = {}
            for job in batch:
                if not job.cancelled:  # the client left while it waited
                    key = job.sampling if job.sampling.seed is None else id(job)
                    groups.setdefault(key, []).append(job)
            for group in groups.values():
                await self._run(group)

    async def _run(self, jobs: list[Job]) -> None:
        assert self._loop is not None
        started = time.perf_counter()
        self._running = jobs
        try:
            results, unlogged = await self._loop.run_in_executor(
                self._executor, self._generate, jobs
            )
        except Exception as err:  # every waiting request must hear about it
            log.exception("generation failed", extra={"batch_size": len(jobs)})
            for job in jobs:
                job.events.put_nowait(Failed(job.choice, err))
            return
        finally:
            self._running = []
        self._batch_seconds = 0.8 * self._batch_seconds + 0.2 * (time.perf_counter() - started)
        self._observe(results)
        for k, (job, result) in enumerate(zip(jobs, results, strict=True)):
            if k in unlogged:
                job.events.put_nowait(Failed(job.choice, FlagLogFailed()))
            else:
                job.events.put_nowait(Finished(job.choice, result))

    def _generate(self, jobs: list[Job]) -> tuple[list[MonitoredGeneration], set[int]]:
        """Runs on the model thread: one monitored ``generate`` call, then the durable log."""
        ref = self.policy.snapshot()
        policy = _Recording(self.policy.for_batch(ref))
        sampling = jobs[0].sampling
        if sampling.seed is not None:
            torch.manual_seed(sampling.seed)
        results = self.monitor.generate(
            [job.prompt for job in jobs],
            [job.max_tokens for job in jobs],
            stop=[job.stop for job in jobs],
            per_token=self.per_token,
            tags=jobs,
            policy=policy,
            **sampling.generate_kwargs(),
        )
        for r in results:  # completion-level verdicts exist only now (prefill ones are judged)
            r.anomaly = self.policy.judge(r.anomaly, ref)
        if self.adapter is not None and ref is not None:
            # Each verdict once, to the window of its kind: a prompt-level detector's prefill
            # verdict is its final one; a two-channel detector's are two verdicts.
            kept = [k for k, r in enumerate(results) if r.finish_reason != "cancelled"]
            early = [policy.early[jobs[k]] for k in kept if jobs[k] in policy.early]
            verdicts = early + [results[k].anomaly for k in kept]
            self.adapter.add(list({id(v): v for v in verdicts}.values()))
        return results, self._log(jobs, results)

    def _log(self, jobs: list[Job], results: list[MonitoredGeneration]) -> set[int]:
        """Write flagged (and sampled) cases; return the rows whose flagged case was lost."""
        if self.flag_log is None:
            return set()
        picked = [
            k for k, r in enumerate(results) if self.flag_log.wanted(bool(r.anomaly["flagged"]))
        ]
        if not picked:
            return set()
        now = datetime.now(UTC).isoformat(timespec="milliseconds")
        entries = [_entry(jobs[k], results[k], now) for k in picked]
        try:
            self.flag_log.write(entries)
        except OSError:
            self.metrics.flag_log_errors.inc()
            log.exception("could not write the flagged-case log")
            return {k for k in picked if results[k].anomaly["flagged"]}
        return set()

    def _observe(self, results: list[MonitoredGeneration]) -> None:
        m = self.metrics
        timing = results[0].timing
        m.generation_seconds.observe(timing.generation_s)
        m.scoring_seconds.observe(timing.scoring_s)
        m.batch_size.observe(timing.batch_size)
        m.prompt_tokens.inc(sum(r.prompt_tokens for r in results))
        m.generated_tokens.inc(sum(r.completion_tokens for r in results))
        m.verdicts((r.anomaly for r in results), "generate")
        blocked = sum(r.finish_reason == "blocked" for r in results)
        if blocked:
            m.blocked.labels(m.detector).inc(blocked)
        cut = sum(r.finish_reason == "cut" for r in results)
        if cut:
            m.cut.labels(m.detector).inc(cut)


class _Recording(Policy):
    """A batch's policy that keeps each row's prefill verdict, for the adaptive window."""

    def __init__(self, inner: Policy) -> None:
        self.inner, self.cuts = inner, inner.cuts
        self.early: dict[Job, dict[str, Any]] = {}

    def prefill(self, tag: Any, anomaly: dict[str, Any]) -> Decision:
        decision = self.inner.prefill(tag, anomaly)
        self.early[tag] = decision.anomaly
        return decision

    def running(self, tag: Any, anomaly: dict[str, Any]) -> Decision:
        return self.inner.running(tag, anomaly)


def _on_text(job: Job, delta: str) -> None:
    if job.stream:
        job.push(TextDelta(job.choice, delta))


def _entry(job: Job, result: MonitoredGeneration, now: str) -> dict[str, Any]:
    blocked = result.finish_reason == "blocked"
    return {
        "request_id": job.request_id,
        "choice": job.choice,
        "time": now,
        "route": job.route,
        "model": job.model,
        "detector": result.anomaly["detector"],
        "flagged": result.anomaly["flagged"],
        "finish_reason": result.finish_reason,
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens,
        "anomaly": result.anomaly,
        "prompt": job.prompt.text,
        "completion": None if blocked else result.text,  # a cut row's: the text returned
        "user": job.user,
        "metadata": job.metadata,
    }
