"""Scoring that adapts to the traffic it sees: a shift many requests share stops raising flags.

A detector calibrated on trusted data answers "is this input unlike the trusted set?". Under a
benign shift (a new topic, language or input length that a whole population of requests shares)
that answer is "yes" for most of the traffic, and a monitor that flags every request of a new
topic gets switched off. Adaptive scoring asks a second question, "is this input also unlike the
traffic around it?", and flags only when both answers are yes:

    p_adaptive = max(p_trusted, p_traffic)

**p_traffic.** For each layer (or channel) the raw scores of a *reference* sample of traffic give
two robust quantiles, the median ``m_W`` and the ``1 - tolerance`` quantile ``h_W``; the same two
quantiles of the trusted calibration scores are ``m_T`` and ``h_T``. A score ``s`` is put on the
trusted scale by the affine map that sends ``m_W -> m_T`` and ``h_W -> h_T``::

    s' = m_T + (s - m_W) * (h_T - m_T) / (h_W - m_W)

and ``p_traffic`` is the detector's own calibrated p-value of the mapped scores (the same
conformal calibration and layer combination as ``p_trusted``). The shift is thus "explained
away" when it moves and stretches the distribution of scores; what stays unusual *relative to the
traffic* keeps its small p-value.

**What is guaranteed, and under what exchangeability.**

1. A trusted-like input is flagged with probability at most alpha, whatever the traffic: since
   ``p_adaptive >= p_trusted``, the trusted conformal guarantee carries over unchanged (it needs
   the input to be exchangeable with the trusted calibration inputs, and nothing of the traffic).
   Adaptive mode can only ever *remove* flags compared with trusted-only scoring.
2. A benign shifted input is flagged with probability at most about alpha when the shifted
   traffic's scores are, per layer, a location-scale transform of the trusted scores (a shift
   that moves and stretches the score distribution without changing its shape) and the input is
   exchangeable with the reference traffic. "About": the two quantiles are estimated from the
   reference, so the rate carries that estimation error (tested by simulation, and measured on
   the shift benchmark, where the assumption holds only approximately).
3. An input never vouches for itself: offline, the reference of a record excludes it (K-fold
   cross-fitting over the batch); online, the window holds earlier requests only.

**Campaigns.** A group of anomalies that is frequent enough becomes part of the traffic. The two
quantiles ignore the top ``tolerance`` fraction of the reference, so a campaign smaller than
that cannot move them: with contamination ``eps`` (all above the benign scores) the reference's
``1 - tolerance`` quantile is the benign ``(1 - tolerance) / (1 - eps)`` quantile, which stays a
benign score while ``eps < tolerance``. Past that, the campaign hides its own members, and the
drift statistic (below) is what reports it. ``tolerance`` trades the two ways: a benign shift
must be shared by more than about ``tolerance`` of the traffic to stop being flagged, and a
campaign below it is still flagged. The default, 0.1, is documented with its measured behaviour
in the README.

**Drift.** The fraction of reference traffic flagged by the *trusted* calibration is, for
trusted-like traffic, Binomial(n, <= alpha). `drift` reports it with a one-sided binomial p-value:
the one number that says "traffic has moved away from the trusted set", reported once instead of
as a flood of per-request flags.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import stats

from mad.calibration import Calibration
from mad.errors import ConfigError

DEFAULT_TOLERANCE = 0.1
DEFAULT_FOLDS = 5
# Below this many reference records the two quantiles are too noisy to adapt on: adaptive
# scoring then falls back to the trusted p-value (online) or refuses (offline).
MIN_REFERENCE = 50
# A drift p-value below this is reported as "traffic has moved away from the trusted set".
DRIFT_P = 1e-3


def check_tolerance(tolerance: float) -> float:
    if not (isinstance(tolerance, int | float) and 0.0 < tolerance < 0.5):
        raise ConfigError(f"adaptive tolerance must be in (0, 0.5), got {tolerance!r}")
    return float(tolerance)


@dataclass(frozen=True)
class TrafficShift:
    """Per layer: the reference traffic's median and ``1 - tolerance`` quantile, and its size."""

    median: dict[str, float]
    high: dict[str, float]
    n: int
    tolerance: float

    @classmethod
    def of(cls, layer_scores: Mapping[str, np.ndarray], tolerance: float) -> TrafficShift:
        sizes = {int(np.asarray(v).size) for v in layer_scores.values()}
        if len(sizes) != 1:
            raise ValueError(f"reference layers differ in length: {sorted(sizes)}")
        median, high = {}, {}
        for name, values in layer_scores.items():
            m, h = np.quantile(np.asarray(values, dtype=np.float64), [0.5, 1.0 - tolerance])
            median[name], high[name] = float(m), float(h)
        return cls(median, high, sizes.pop(), tolerance)

    def to_trusted_scale(
        self, calibration: Calibration, layer_scores: Mapping[str, np.ndarray]
    ) -> dict[str, np.ndarray]:
        """The affine map of the module docstring, layer by layer."""
        out = {}
        for name in calibration.layers:
            cal = calibration.cal_scores[name]
            m_t, h_t = np.quantile(cal, [0.5, 1.0 - self.tolerance])
            m_w, h_w = self.median[name], self.high[name]
            # A reference with no spread (every record scored the same) has no scale to match;
            # a floor relative to the trusted spread keeps the map finite and conservative.
            spread_t = max(h_t - m_t, 1e-12 * max(1.0, abs(m_t)))
            spread_w = max(h_w - m_w, spread_t * 1e-6)
            out[name] = m_t + (np.asarray(layer_scores[name], dtype=np.float64) - m_w) * (
                spread_t / spread_w
            )
        return out

    def describe(self, calibration: Calibration) -> dict[str, Any]:
        """How far the reference moved, per layer, in units of the trusted spread."""
        layers = {}
        for name in calibration.layers:
            m_t, h_t = np.quantile(calibration.cal_scores[name], [0.5, 1.0 - self.tolerance])
            spread = max(h_t - m_t, 1e-12)
            layers[name] = {
                "location_shift": (self.median[name] - m_t) / spread,
                "scale_ratio": (self.high[name] - self.median[name]) / spread,
            }
        return {"n_reference": self.n, "tolerance": self.tolerance, "layers": layers}


def adaptive_p_values(
    calibration: Calibration,
    layer_scores: Mapping[str, np.ndarray],
    shift: TrafficShift,
) -> tuple[np.ndarray, np.ndarray]:
    """(p_adaptive, p_traffic) of records scored against one reference."""
    p_trusted = calibration.p_values(layer_scores)
    p_traffic = calibration.p_values(shift.to_trusted_scale(calibration, layer_scores))
    return np.maximum(p_trusted, p_traffic), p_traffic


def min_batch(folds: int = DEFAULT_FOLDS) -> int:
    """The smallest batch that can be its own reference: every fold's complement holds
    `MIN_REFERENCE` records."""
    return MIN_REFERENCE + math.ceil(MIN_REFERENCE / (folds - 1))


def check_batch_size(n: int, folds: int = DEFAULT_FOLDS) -> None:
    """Refuse, before any capture, a batch too small to adapt on."""
    if n < min_batch(folds):
        raise ConfigError(
            f"adaptive scoring needs a batch of at least {min_batch(folds)} records to use as its "
            f"own traffic reference; got {n} (score without --adapt, or give more records)"
        )


def cross_fitted(
    calibration: Calibration,
    layer_scores: Mapping[str, np.ndarray],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    folds: int = DEFAULT_FOLDS,
) -> tuple[np.ndarray, np.ndarray]:
    """(p_adaptive, p_traffic) for a batch that is its own reference, never its own voucher.

    Records are dealt into `folds` folds by position (record k to fold k mod folds, so the
    result does not depend on a random draw); each fold is scored against the others.
    """
    check_tolerance(tolerance)
    n = int(np.asarray(next(iter(layer_scores.values()))).size)
    check_batch_size(n, folds)
    fold = np.arange(n) % folds
    p_adapt, p_traffic = np.empty(n), np.empty(n)
    for j in range(folds):
        test, ref = fold == j, fold != j
        shift = TrafficShift.of({k: np.asarray(v)[ref] for k, v in layer_scores.items()}, tolerance)
        sub = {k: np.asarray(v)[test] for k, v in layer_scores.items()}
        p_adapt[test], p_traffic[test] = adaptive_p_values(calibration, sub, shift)
    return p_adapt, p_traffic


class TrafficWindow:
    """The last `size` records' layer scores, for online adaptive scoring (thread-unsafe).

    A ring buffer of float64 rows: adding a record and reading the two quantiles cost
    O(size · layers) at most, with no rebuild of the window per request.
    """

    def __init__(self, layers: list[str], size: int, tolerance: float = DEFAULT_TOLERANCE):
        if size < MIN_REFERENCE:
            raise ConfigError(f"the adaptive window must hold at least {MIN_REFERENCE} records")
        self.layers, self.size, self.tolerance = list(layers), int(size), check_tolerance(tolerance)
        self._table = np.empty((self.size, len(self.layers)), dtype=np.float64)
        self._flags = np.zeros(self.size, dtype=bool)
        self._next = 0  # where the next record goes
        self._count = 0

    def __len__(self) -> int:
        return self._count

    @property
    def ready(self) -> bool:
        return self._count >= MIN_REFERENCE

    def shift(self) -> TrafficShift | None:
        if not self.ready:
            return None
        table = self._table[: self._count]
        return TrafficShift.of(
            {name: table[:, j] for j, name in enumerate(self.layers)}, self.tolerance
        )

    def add(self, layer_scores: Mapping[str, np.ndarray], trusted_flags: np.ndarray) -> None:
        """Append records *after* they were scored, so none vouches for itself."""
        rows = np.stack(
            [np.asarray(layer_scores[name], dtype=np.float64) for name in self.layers], axis=1
        )
        flags = np.asarray(trusted_flags, dtype=bool)
        for row, flag in zip(rows[-self.size :], flags[-self.size :], strict=True):
            self._table[self._next] = row
            self._flags[self._next] = flag
            self._next = (self._next + 1) % self.size
            self._count = min(self._count + 1, self.size)

    def trusted_flag_count(self) -> int:
        return int(self._flags[: self._count].sum())


def drift(n_flagged: int, n: int, alpha: float) -> dict[str, Any]:
    """Has the traffic moved away from the trusted set? A one-sided binomial test of the
    trusted-calibrated flag count against alpha (valid for trusted-like traffic)."""
    if n <= 0:
        return {"n": 0, "trusted_flag_rate": None, "p_value": None, "drifted": False}
    p = float(stats.binom.sf(n_flagged - 1, n, alpha))
    return {
        "n": int(n),
        "trusted_flagged": int(n_flagged),
        "trusted_flag_rate": n_flagged / n,
        "alpha": alpha,
        "p_value": p,
        "drifted": p < DRIFT_P,
    }


def adapt_rows(
    rows: list[dict[str, Any]],
    calibration: Calibration,
    alpha: float,
    *,
    channels: Mapping[str, Calibration] | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    folds: int = DEFAULT_FOLDS,
) -> dict[str, Any]:
    """Turn ``mad score`` rows of one batch into adaptive rows, in place; return the drift report.

    Each row keeps ``score``; ``p_value`` and ``flagged`` become the adaptive verdict, and it
    gains ``p_value_trusted``, ``p_value_traffic`` and ``flagged_trusted`` (each channel of a
    detector of several gets the same three). The batch is its own traffic reference,
    cross-fitted (`cross_fitted`).
    """
    layer_scores = {
        key: np.array([row["layers"][key]["score"] for row in rows]) for key in calibration.layers
    }
    p_adapt, p_traffic = cross_fitted(calibration, layer_scores, tolerance=tolerance, folds=folds)
    parts: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for name, channel in (channels or {}).items():
        scores = {key: layer_scores[key] for key in channel.layers}
        parts[name] = cross_fitted(channel, scores, tolerance=tolerance, folds=folds)
    n_trusted = 0
    for k, row in enumerate(rows):
        trusted = float(row["p_value"])
        n_trusted += trusted <= alpha
        row.update(
            p_value=float(p_adapt[k]),
            flagged=bool(p_adapt[k] <= alpha),
            p_value_trusted=trusted,
            p_value_traffic=float(p_traffic[k]),
            flagged_trusted=trusted <= alpha,
        )
        for name, (pa, pt) in parts.items():
            part = row["channels"][name]
            part.update(
                p_value_trusted=part["p_value"],
                flagged_trusted=part["p_value"] <= alpha,
                p_value=float(pa[k]),
                p_value_traffic=float(pt[k]),
                flagged=bool(pa[k] <= alpha),
            )
    report = drift(n_trusted, len(rows), alpha)
    report["adaptive_flagged"] = int(np.sum(p_adapt <= alpha))
    report["tolerance"] = tolerance
    report["shift"] = TrafficShift.of(layer_scores, tolerance).describe(calibration)["layers"]
    return report
