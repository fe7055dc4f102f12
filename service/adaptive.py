"""Adaptive verdicts for ``mad serve --adapt-window N``: each request is also judged against the
traffic that came before it.

The method and its guarantee are `mad.adaptive`'s: ``p = max(p_trusted, p_traffic)``, where
``p_traffic`` is the detector's own calibration applied to the request's per-layer raw scores
after the affine map that sends the window's median and ``1 - tolerance`` quantile onto the
trusted calibration's. A shift that many requests share stops raising per-request flags once the
window holds it; an input unlike both the trusted set and the recent traffic keeps its small
p-value. Adaptive mode can only remove flags, never add them.

Which requests enter the window: every scored request (generation and ``/v1/score``), flagged
or not, *after* it was judged, so a request never vouches for itself. Leaving flagged requests
out would keep a shift out of the window forever (its requests are exactly the flagged ones); the
quantile tolerance is what keeps rare anomalies from moving the reference. Rows cut short by a
shutdown or a client that left (finish reason ``cancelled``) are not traffic anyone was answered
on, and stay out.

All requests of one batch are judged against the same window (the one before the batch), then
added together. The window is touched on the engine's model thread only; a lock guards it anyway,
so `snapshot` and `add` stay correct whoever calls them. A lookup is cheap: one copy of at most
N x layers floats and two quantiles per layer, once per batch.

The drift statistic (`mad.adaptive.drift`: a one-sided binomial test of how many requests in the
window the *trusted* calibration flagged) goes to the ``mad_drift_p_value`` gauge after every
batch: the shift itself, reported once.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from mad.adaptive import TrafficShift, TrafficWindow, drift
from mad.calibration import Calibration
from mad.detector import Detector
from mad_service.metrics import Metrics


@dataclass(frozen=True)
class Reference:
    """The window as it was before a batch: its shift (None while warming up) and fill."""

    shift: TrafficShift | None
    fill: int


class Adapter:
    """The traffic window of one server and the adaptive judgement of its verdicts."""

    def __init__(self, detector: Detector, size: int, tolerance: float, metrics: Metrics) -> None:
        self.calibration = detector.calibration
        self.alpha = detector.alpha
        # The calibration's keys are the keys of every anomaly's "layers": whatever they look
        # like (a layer name, a channel-qualified one), the window stores one column per key.
        self.keys = list(detector.calibration.layers)
        self.window = TrafficWindow(self.keys, size, tolerance)
        self.metrics = metrics
        self._subsets: dict[tuple[str, ...], Calibration] = {}
        self._lock = threading.Lock()
        self._publish()

    @property
    def size(self) -> int:
        return self.window.size

    @property
    def tolerance(self) -> float:
        return self.window.tolerance

    def snapshot(self) -> Reference:
        """The reference the next batch is judged against."""
        with self._lock:
            return Reference(self.window.shift(), len(self.window))

    def judge(self, anomaly: dict[str, Any], ref: Reference) -> dict[str, Any]:
        """Turn a trusted verdict into the adaptive one, in place; a judged one is left alone.

        In place, because the monitor decides ``block`` from the very object it handed to its
        prompt-anomaly callback: the verdict it reads must already be the adaptive one. A verdict
        on some of the keys only (the prompt channels' verdict after prefill, for a detector that
        also scores the completion) is judged with the calibration of those keys.
        """
        if "adaptive" in anomaly:
            return anomaly
        p_trusted, flagged_trusted = float(anomaly["p_value"]), bool(anomaly["flagged"])
        p_traffic = None
        if ref.shift is not None:
            keys = [k for k in self.keys if k in anomaly["layers"]]
            calibration = self._calibration(keys)
            scores = {k: np.array([anomaly["layers"][k]["score"]], dtype=np.float64) for k in keys}
            mapped = ref.shift.to_trusted_scale(calibration, scores)
            p_traffic = float(calibration.p_values(mapped)[0])
        p = p_trusted if p_traffic is None else max(p_trusted, p_traffic)
        anomaly.update(
            p_value=p,
            flagged=flagged_trusted and p <= self.alpha,
            p_value_trusted=p_trusted,
            p_value_traffic=p_traffic,
            flagged_trusted=flagged_trusted,
            adaptive={
                "ready": ref.shift is not None,
                "window": self.size,
                "fill": ref.fill,
                "tolerance": self.tolerance,
            },
        )
        return anomaly

    def add(self, anomalies: Sequence[dict[str, Any]]) -> None:
        """Append judged verdicts to the window (after judging them: none vouches for itself).

        Only verdicts on every key have a full row (a request blocked after prefill has no
        completion score); the others stay out.
        """
        full = [a for a in anomalies if all(k in a["layers"] for k in self.keys)]
        if not full:
            return
        scores = {k: np.array([a["layers"][k]["score"] for a in full]) for k in self.keys}
        flags = np.array([a.get("flagged_trusted", a["flagged"]) for a in full], dtype=bool)
        with self._lock:
            self.window.add(scores, flags)
        self._publish()

    def _calibration(self, keys: list[str]) -> Calibration:
        if keys == self.keys:
            return self.calibration
        found = self._subsets.get(tuple(keys))
        if found is None:
            found = self._subsets[tuple(keys)] = self.calibration.subset(keys)
        return found

    def drift(self) -> dict[str, Any]:
        """`mad.adaptive.drift` of the current window."""
        with self._lock:
            n_flagged, n = self.window.trusted_flag_count(), len(self.window)
        return drift(n_flagged, n, self.alpha)

    def _publish(self) -> None:
        state = self.drift()
        # No records is no evidence of drift: the test's p-value is then exactly 1.
        p = 1.0 if state["p_value"] is None else state["p_value"]
        self.metrics.adaptive_window(state["n"], p)
