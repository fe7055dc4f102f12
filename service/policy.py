"""The action policy: the one place that decides what a flagged verdict does to a request.

``--action log`` and ``annotate`` answer every request (the verdict goes to the body, the
headers and the flagged-case log); ``block`` refuses or cuts, as early as the detector allows:

- a prompt-level verdict (prompt-level detectors, or the prompt channel of `mad fit`'s default)
  exists right after prefill, so a flagged prompt is refused before any token (the monitor asks
  `for_batch(...).prefill`); upstream, before the request is forwarded at all;
- a verdict whose completion keys aggregate by max settles at the first token whose running
  verdict is flagged (`mad.incremental`), so an answer is cut before that token (the monitor
  asks `running`; upstream, the stream relay does);
- any other completion verdict exists only at the end: a whole reply is refused then, and a
  stream is held back until it is known (`holds_streams`), so flagged text never goes out.

With adaptive scoring every decision reads the adaptive verdict: the policy judges a verdict
against the traffic window as it was before the batch (`mad_service.adaptive`) and returns the
judged copy, which is the verdict the request carries from then on.
"""

from __future__ import annotations

from typing import Any

from mad.detector import Detector
from mad.incremental import settles_early
from mad.monitor import Decision, Policy
from mad_service.adaptive import Adapter, Reference


class ActionPolicy:
    """`--action` and the adaptive judge, for one server."""

    def __init__(
        self,
        action: str,
        detector: Detector,
        adapter: Adapter | None = None,
        *,
        monitored: bool = True,
    ) -> None:
        self.block = action == "block" and monitored
        self.adapter = adapter
        self.can_screen = bool(detector.prefill_keys)
        self.cuts = self.block and settles_early(detector)
        # A completion verdict that exists only at the end: a blocking stream waits for it.
        self.holds_streams = self.block and not self.can_screen and not self.cuts
        self.refuses_prompts = self.block and self.can_screen

    def snapshot(self) -> Reference | None:
        """The window a batch is judged against (None without adaptive scoring)."""
        return self.adapter.snapshot() if self.adapter is not None else None

    def judge(self, anomaly: dict[str, Any], ref: Reference | None) -> dict[str, Any]:
        """The verdict the request carries: adaptive when a window is kept (a judged copy)."""
        if self.adapter is None or ref is None or anomaly.get("scored") is False:
            return anomaly
        return self.adapter.judge(anomaly, ref)

    def refuses(self, anomaly: dict[str, Any]) -> bool:
        """Whether a request with this (judged) verdict gets a 400 instead of its answer."""
        return self.block and bool(anomaly.get("flagged"))

    def for_batch(self, ref: Reference | None) -> Policy:
        """What the monitor asks during one batch, judged against `ref`."""
        return _Batch(self, ref)


class _Batch(Policy):
    def __init__(self, policy: ActionPolicy, ref: Reference | None) -> None:
        self.policy, self.ref = policy, ref
        self.cuts = policy.cuts

    def prefill(self, tag: Any, anomaly: dict[str, Any]) -> Decision:
        judged = self.policy.judge(anomaly, self.ref)
        return Decision(judged, self.policy.refuses_prompts and bool(judged["flagged"]))

    def running(self, tag: Any, anomaly: dict[str, Any]) -> Decision:
        judged = self.policy.judge(anomaly, self.ref)
        return Decision(judged, self.policy.cuts and bool(judged["flagged"]))
