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

One window per kind of verdict, i.e. per set of keys a verdict carries. A detector of one kind of
evidence has one. A detector that scores the prompt and the completion gives two verdicts per
generation: the prompt channels' right after prefill (which ``block`` and the streamed headers
use) and the full one at the end; each is judged against, and enters, the window of its kind.
So a request blocked after prefill (no completion, no full verdict) still enters the prefill
window, and a shift that is blocked while the window warms up still gets into it.

All requests of one batch are judged against the windows as they were before the batch, then
added together. The windows are touched on the engine's model thread only; a lock guards them
anyway, so `snapshot` and `add` stay correct whoever calls them. A lookup is cheap: one copy of
at most N x keys floats and two quantiles per key, once per batch and window.

The drift statistic (`mad.adaptive.drift`: a one-sided binomial test of how many requests in the
window the *trusted* calibration flagged) goes to the ``mad_drift_p_value`` gauge after every
batch: the shift itself, reported once. It is read from the window holding the most requests
(the prefill one when ``block`` keeps completions from being scored).
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

Keys = tuple[str, ...]


@dataclass(frozen=True)
class Reference:
    """The windows as they were before a batch: per kind, its shift (None while warming up)
    and how many requests it held."""

    shifts: dict[Keys, TrafficShift | None]
    fills: dict[Keys, int]


class Adapter:
    """The traffic windows of one server and the adaptive judgement of its verdicts."""

    def __init__(self, detector: Detector, size: int, tolerance: float, metrics: Metrics) -> None:
        self.calibration = detector.calibration
        self.alpha = detector.alpha
        # The calibration's keys are the keys of the anomalies' "layers": whatever they look
        # like (a layer name, a channel-qualified one), a window stores one column per key.
        self.keys = list(detector.calibration.layers)
        self.channels = detector.channels  # channel name -> its keys
        self.size, self.tolerance = size, tolerance
        self._windows = {tuple(self.keys): TrafficWindow(self.keys, size, tolerance)}
        self.metrics = metrics
        self._subsets: dict[Keys, Calibration] = {}
        self._lock = threading.Lock()
        self._publish()

    def snapshot(self) -> Reference:
        """The reference the next batch is judged against."""
        with self._lock:
            return Reference(
                {kind: w.shift() for kind, w in self._windows.items()},
                {kind: len(w) for kind, w in self._windows.items()},
            )

    def judge(self, anomaly: dict[str, Any], ref: Reference) -> dict[str, Any]:
        """The adaptive verdict of a trusted one, as a new object (a judged one is returned as
        it is; the trusted verdict given is left unchanged).

        A verdict on some of the keys (the prompt channels' one after prefill) is judged with
        the calibration of those keys against the window of its kind. Each entry of
        ``channels`` (detectors of several) is judged the same way on its own keys.
        """
        if "adaptive" in anomaly:
            return anomaly
        judged = {**anomaly}
        if anomaly.get("channels"):
            judged["channels"] = {name: {**part} for name, part in anomaly["channels"].items()}
        layers = judged["layers"]
        kind = self._kind(judged)
        shift = ref.shifts.get(kind)
        self._update(judged, list(kind), layers, shift)
        for name, part in (judged.get("channels") or {}).items():
            self._update(part, self.channels[name], layers, shift)
        judged["adaptive"] = {
            "ready": shift is not None,
            "window": self.size,
            "fill": ref.fills.get(kind, 0),
            "tolerance": self.tolerance,
        }
        return judged

    def add(self, anomalies: Sequence[dict[str, Any]]) -> None:
        """Append judged verdicts to the windows of their kinds (after judging them: none
        vouches for itself)."""
        groups: dict[Keys, list[dict[str, Any]]] = {}
        for anomaly in anomalies:
            groups.setdefault(self._kind(anomaly), []).append(anomaly)
        with self._lock:
            for kind, group in groups.items():
                window = self._windows.get(kind)
                if window is None:
                    window = self._windows[kind] = TrafficWindow(
                        list(kind), self.size, self.tolerance
                    )
                scores = {k: np.array([a["layers"][k]["score"] for a in group]) for k in kind}
                flags = np.array([a["flagged_trusted"] for a in group], dtype=bool)
                window.add(scores, flags)
        if groups:
            self._publish()

    def drift(self) -> dict[str, Any]:
        """`mad.adaptive.drift` of the window holding the most requests."""
        with self._lock:
            window = max(self._windows.values(), key=len)
            n_flagged, n = window.trusted_flag_count(), len(window)
        return drift(n_flagged, n, self.alpha)

    def _kind(self, anomaly: dict[str, Any]) -> Keys:
        layers = anomaly["layers"]
        return tuple(k for k in self.keys if k in layers)

    def _update(
        self,
        verdict: dict[str, Any],
        keys: list[str],
        layers: dict[str, Any],
        shift: TrafficShift | None,
    ) -> None:
        """One verdict (the whole one, or a channel's) made adaptive on `keys`."""
        p_trusted, flagged_trusted = float(verdict["p_value"]), bool(verdict["flagged"])
        p_traffic = None
        if shift is not None:
            calibration = self._calibration(keys)
            scores = {k: np.array([layers[k]["score"]], dtype=np.float64) for k in keys}
            mapped = shift.to_trusted_scale(calibration, scores)
            p_traffic = float(calibration.p_values(mapped)[0])
        p = p_trusted if p_traffic is None else max(p_trusted, p_traffic)
        verdict.update(
            p_value=p,
            flagged=flagged_trusted and p <= self.alpha,
            p_value_trusted=p_trusted,
            p_value_traffic=p_traffic,
            flagged_trusted=flagged_trusted,
        )

    def _calibration(self, keys: list[str]) -> Calibration:
        if keys == self.keys:
            return self.calibration
        found = self._subsets.get(tuple(keys))
        if found is None:
            found = self._subsets[tuple(keys)] = self.calibration.subset(keys)
        return found

    def _publish(self) -> None:
        state = self.drift()
        # No records is no evidence of drift: the test's p-value is then exactly 1.
        p = 1.0 if state["p_value"] is None else state["p_value"]
        self.metrics.adaptive_window(state["n"], p)
