"""Request preparation off the event loop: chat-template rendering and tokenising.

Tokenising a ~1 MiB prompt takes about a second of CPU. Done on the event loop it stalls every
route, ``/healthz`` included, for that long. So it runs on one worker thread of its own: the
loop keeps serving while the tokenizer works (the Rust tokenizer releases the GIL), and the
model thread is never kept waiting by it either.

One thread, because the monitor's encoding tokenizer is not safe to share across threads (its
docstring says why); requests are prepared one after another, each in well under a second for
anything that fits a model's context. The backlog is bounded: past `max_pending` waiting
requests, `run` raises `Busy` (HTTP 429), like the generation queue does.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from mad_service.engine import Busy

T = TypeVar("T")


class Prep:
    """One worker thread for CPU-heavy request preparation, with a bounded backlog."""

    def __init__(self, max_pending: int) -> None:
        self.max_pending = max_pending
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mad-prep")
        self._lock = threading.Lock()
        self._pending = 0  # submitted and not finished (a cancelled waiter's work still runs)

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` on the worker thread; its exceptions propagate to the caller."""
        with self._lock:
            if self._pending >= self.max_pending:
                raise Busy(retry_after=1)
            self._pending += 1
        future = self._executor.submit(fn, *args)
        future.add_done_callback(self._finished)
        return await asyncio.wrap_future(future)

    def _finished(self, _: Future) -> None:
        with self._lock:
            self._pending -= 1

    def close(self) -> None:
        self._executor.shutdown(wait=True)
