"""Scoring for ``mad serve --upstream``: exchanges generated elsewhere, scored by mad's copy.

Jobs (a request's transcripts to teacher-force, prompts to screen, or a step of a stream's
`mad.incremental.StreamJudge`) go on an asyncio queue; a batcher task takes every job waiting
(up to ``max_batch_size`` transcripts, gathering for at most ``max_wait_s`` after the first
arrived) and runs them as one pass on ONE model thread, off the event loop, while the next jobs
queue up. A transcript that arrives during a pass joins the next one; nothing waits for a batch
of generations to drain, since there is none. Screening and teacher forcing are batched
separately; stream steps run one after another within the same hop to the model thread (each
stream has a KV cache of its own length).

Verdicts are made exactly as ``mad score`` makes them (`Monitor.score` is `Detector.score`) and
go through the action policy's judge (adaptive with ``--adapt-window``) before entering the
window. Flagged cases are written to the flagged-case log on the model thread, fsynced, before
the verdicts are released to their requests.

Admission (`Slots`) bounds the exchanges admitted and not yet scored to ``--max-queue``, from
the moment a request arrives (so a refusal comes before the upstream does any work) until its
verdict exists; ``--on-overload`` says what happens to a request beyond that: ``queue`` waits for
room (at most ``--max-queue`` waiters; then 429), ``reject`` gets a 429 at once, ``pass-unscored``
is forwarded and answered without a verdict (``anomaly.scored: false``, counted in
``mad_unscored_total{reason="overload"}``). Memory stays bounded whatever the load.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from mad.errors import MadError
from mad.monitor import Monitor
from mad.records import Record
from mad_service.adaptive import Adapter
from mad_service.engine import Busy, Draining, FlagLogFailed
from mad_service.flagged_log import FlaggedLog
from mad_service.metrics import Metrics
from mad_service.policy import ActionPolicy

log = logging.getLogger("mad.service")
T = TypeVar("T")
OVERLOAD_POLICIES = ("queue", "reject", "pass-unscored")


class Ticket:
    """An admitted exchange's place in the scoring backlog; `release` once it has a verdict."""

    def __init__(self, slots: Slots) -> None:
        self._slots: Slots | None = slots

    def release(self) -> None:
        if self._slots is not None:
            slots, self._slots = self._slots, None
            slots._release()


class Slots:
    """At most `capacity` exchanges between admission and verdict (see the module docstring)."""

    def __init__(self, capacity: int, policy: str, metrics: Metrics) -> None:
        if policy not in OVERLOAD_POLICIES:
            raise ValueError(f"unknown overload policy {policy!r}")
        self.capacity, self.policy, self.metrics = capacity, policy, metrics
        self.used = 0
        self._waiters: collections.deque[asyncio.Future] = collections.deque()
        self._publish()

    async def admit(self) -> Ticket | None:
        """A ticket, or None for an exchange to pass unscored; `Busy` when refused."""
        if self.used < self.capacity:
            self.used += 1
            self._publish()
            return Ticket(self)
        if self.policy == "pass-unscored":
            self.metrics.unscored.labels("overload").inc()
            return None
        if self.policy == "reject" or len(self._waiters) >= self.capacity:
            self.metrics.rejected.inc()
            raise Busy(retry_after=1)
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._release()  # it was handed a slot as it left: pass the slot on
            else:
                self._waiters.remove(waiter)
            raise
        return Ticket(self)

    def _release(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)  # the slot goes to the next waiter as it is
                return
        self.used -= 1
        self._publish()

    def _publish(self) -> None:
        assert self.metrics.scoring_backlog is not None
        self.metrics.scoring_backlog.set(self.used)


@dataclass(eq=False)
class _Job:
    kind: str  # "score" (teacher forcing), "screen" (prompt only) or "call"
    records: Sequence[Record] = ()
    per_token: bool = False
    entries: Sequence[dict[str, Any] | None] | None = None  # flagged-case log lines, per record
    fn: Callable[[], Any] | None = None
    future: asyncio.Future = field(default_factory=lambda: _loop().create_future())
    enqueued: float = 0.0

    @property
    def size(self) -> int:
        return max(1, len(self.records))


def _loop() -> asyncio.AbstractEventLoop:
    return asyncio.get_running_loop()


class Scorer:
    """Queue, batcher task and the single model thread of an upstream-mode server."""

    def __init__(
        self,
        monitor: Monitor,
        metrics: Metrics,
        policy: ActionPolicy,
        *,
        max_batch_size: int = 8,
        max_wait_s: float = 0.01,
        max_queue: int = 64,
        on_overload: str = "queue",
        flag_log: FlaggedLog | None = None,
        adapter: Adapter | None = None,
    ) -> None:
        self.monitor, self.metrics, self.policy = monitor, metrics, policy
        self.max_batch_size, self.max_wait_s = max_batch_size, max_wait_s
        self.flag_log, self.adapter = flag_log, adapter
        self.slots = Slots(max_queue, on_overload, metrics)
        self.accepting = False
        self._queue: asyncio.Queue[_Job | None] = asyncio.Queue()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mad-model")
        self._task: asyncio.Task | None = None
        self._stopping: asyncio.Future | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # ----- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = self._loop.create_task(self._batcher(), name="mad-scorer")
        self.accepting = True

    async def stop(self, timeout_s: float = 30.0) -> None:
        """Refuse new work and finish what is queued (idempotent, like `Engine.stop`)."""
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
            log.warning("drain timed out; failing unscored exchanges")
            while not self._queue.empty():
                job = self._queue.get_nowait()
                if job is not None and not job.future.done():
                    job.future.set_exception(Draining())
            self._queue.put_nowait(None)
            await batcher
        self._executor.shutdown(wait=True)

    @property
    def ready(self) -> bool:
        return self.accepting and self._task is not None and not self._task.done()

    @property
    def queued(self) -> int:
        return self._queue.qsize()

    # ----- work --------------------------------------------------------------------------------

    async def score(
        self,
        records: Sequence[Record],
        *,
        per_token: bool = False,
        entries: Sequence[dict[str, Any] | None] | None = None,
    ) -> list[dict[str, Any]]:
        """The judged verdicts of complete transcripts (teacher-forced, as ``mad score``);
        the caller counts them in the metrics (it knows which are final)."""
        return await self._submit(_Job("score", records, per_token, entries))

    async def screen(
        self, records: Sequence[Record], *, entries: Sequence[dict[str, Any] | None] | None = None
    ) -> list[dict[str, Any]]:
        """The judged prompt-level verdicts of prompts (`Monitor.screen_prompts`)."""
        return await self._submit(_Job("screen", records, entries=entries))

    async def call(self, fn: Callable[[], T]) -> T:
        """`fn()` on the model thread, between passes (a stream step, a cut's verdict)."""
        return await self._submit(_Job("call", fn=fn))

    async def _submit(self, job: _Job) -> Any:
        if not self.accepting:
            raise Draining()
        assert self._loop is not None
        job.enqueued = self._loop.time()
        self._queue.put_nowait(job)
        return await job.future

    # ----- batching ----------------------------------------------------------------------------

    async def _batcher(self) -> None:
        loop = asyncio.get_running_loop()
        stopping = False
        while not stopping:
            first = await self._queue.get()
            if first is None:
                break
            batch, size = [first], first.size
            deadline = first.enqueued + self.max_wait_s
            while size < self.max_batch_size:
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
                size += job.size
            groups: dict[tuple[str, bool], list[_Job]] = {}
            for job in batch:
                groups.setdefault((job.kind, job.per_token), []).append(job)
            for group in groups.values():
                await self._run(group)

    async def _run(self, jobs: list[_Job]) -> None:
        assert self._loop is not None
        try:
            outcomes = await self._loop.run_in_executor(self._executor, self._pass, jobs)
        except Exception as err:  # every waiting request must hear about it
            log.exception("scoring failed", extra={"batch_size": len(jobs)})
            outcomes = [err] * len(jobs)
        for job, outcome in zip(jobs, outcomes, strict=True):
            if job.future.done():
                continue
            if isinstance(outcome, BaseException):
                job.future.set_exception(outcome)
            else:
                job.future.set_result(outcome)

    def _pass(self, jobs: list[_Job]) -> list[Any]:
        """Runs on the model thread: one pass over the group, then the durable log."""
        if jobs[0].kind == "call":
            out: list[Any] = []
            for job in jobs:
                assert job.fn is not None
                try:
                    out.append(job.fn())
                except Exception as err:  # one stream's failure is its own
                    log.exception("stream scoring failed")
                    out.append(err)
            return out
        try:
            return self._verdicts(jobs)
        except MadError:
            if len(jobs) == 1:
                raise
        out = []
        for job in jobs:  # one transcript the model cannot take fails only its own request
            try:
                out.extend(self._verdicts([job]))
            except MadError as err:
                out.append(err)
        return out

    def _verdicts(self, jobs: list[_Job]) -> list[Any]:
        started = time.perf_counter()
        records = [r for job in jobs for r in job.records]
        ref = self.policy.snapshot()
        if jobs[0].kind == "screen":
            rows = self.monitor.screen_prompts(records)
        else:
            rows = self.monitor.score(records, per_token=jobs[0].per_token)
        judged = [self.policy.judge(a, ref) for a in rows]
        if self.adapter is not None:
            self.adapter.add(judged)
        self.metrics.scoring_seconds.observe(time.perf_counter() - started)
        self.metrics.batch_size.observe(len(records))
        out: list[Any] = []
        start = 0
        for job in jobs:
            part = judged[start : start + len(job.records)]
            start += len(job.records)
            out.append(FlagLogFailed() if not self.log(part, job.entries) else part)
        return out

    def log(
        self, anomalies: Sequence[dict[str, Any]], entries: Sequence[dict[str, Any] | None] | None
    ) -> bool:
        """Write the flagged (and sampled) cases of these verdicts; False when a flagged case
        could not be made durable (its response must not go out). On the model thread."""
        if self.flag_log is None or entries is None:
            return True
        now = datetime.now(UTC).isoformat(timespec="milliseconds")
        lines = [
            {**entry, "time": now, "detector": a["detector"], "flagged": a["flagged"], "anomaly": a}
            for a, entry in zip(anomalies, entries, strict=True)
            if entry is not None and self.flag_log.wanted(bool(a["flagged"]))
        ]
        if not lines:
            return True
        try:
            self.flag_log.write(lines)
        except OSError:
            self.metrics.flag_log_errors.inc()
            log.exception("could not write the flagged-case log")
            return not any(line["flagged"] for line in lines)
        return True
