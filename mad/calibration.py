"""Turn anomaly scores into conformal p-values with a stated false-positive rate.

Scores are "higher = more anomalous". A detector fits its scorers on part of the trusted data and
keeps the scores of a held-out part (the *calibration* set). Under exchangeability of a fresh
trusted input with the calibration inputs, the conformal p-value

    p(s) = (1 + #{i: s_i >= s}) / (n_cal + 1)

satisfies P(p <= alpha) <= alpha, so flagging at ``p <= alpha`` has false-positive rate at most
alpha. The guarantee is marginal: it averages over the calibration draw as well as the new input
(see :func:`check_calibration_size` for how far one draw can stray).

"At least as high" is read with a tie tolerance: a calibration score s_i counts against s when
s_i >= s - TIE_RTOL (|s| + m), m the median |score| of the layer's calibration set. The same
input captured in two batch layouts scores alike only up to float32 noise (1e-9 relative for a
Mahalanobis distance, ~5e-8 of m for a kNN distance to a duplicate), and a trusted set with
repeated inputs puts exact duplicates in the calibration set; without the tolerance such an
input's p-value would depend on whatever else shared its batch. A fixed "at least as extreme"
relation that is reflexive and monotone keeps the conformal argument, and this one only ever
counts more points, so p only grows. (m comes from the calibration scores alone; with the test
point included it would move by a negligible amount.)

Several layers are combined by a rule that keeps the guarantee; a raw average of layer scores has
no calibrated meaning. ``min_p`` and ``fisher`` compute a combined statistic and calibrate it a
second time on the same calibration points; ``bonferroni`` needs no second level. The validity
argument for the second level is in :class:`Calibration`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from scipy import stats

from mad.errors import ConfigError, MadError
from mad.second_level import conservative_counts, exact_counts

METHODS = ("min_p", "bonferroni", "fisher")

# Layer scores within this relative distance count as ties (see the module docstring): far above
# the float32 capture noise of a score, far below any difference between distinct inputs.
TIE_RTOL = 1e-6


class CalibrationError(MadError):
    """The calibration set cannot support the requested false-positive rate."""


def split_indices(n: int, holdout: float = 0.2, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Split ``range(n)`` into sorted, disjoint (fit, calibration) indices, reproducibly.

    The calibration part gets ``round(holdout * n)`` points; scorers must never see them, or their
    scores are no longer exchangeable with those of fresh inputs.
    """
    if not 0.0 < holdout < 1.0:
        raise ValueError(f"holdout must be in (0, 1), got {holdout}")
    n_cal = round(holdout * n)
    if n_cal < 1 or n - n_cal < 1:
        raise ValueError(
            f"cannot split n={n} with holdout={holdout}: it gives {n - n_cal} fit and "
            f"{n_cal} calibration samples; both need at least one"
        )
    perm = np.random.default_rng(seed).permutation(n)
    return np.sort(perm[n_cal:]), np.sort(perm[:n_cal])


def _as_scores(x: Any, what: str) -> np.ndarray:
    arr = np.asarray(x, dtype=np.float64)
    if np.isnan(arr).any():
        raise ValueError(f"{what} contains NaN")
    return arr


def _tie_band(sorted_cal: np.ndarray) -> float:
    """The layer's typical score magnitude, which sets the tie band for scores near zero."""
    return float(np.median(np.abs(sorted_cal))) if sorted_cal.size else 0.0


def _lowered(scores: Any, band: float) -> Any:
    """The smallest calibration score that still counts as at least `scores` (the tie rule)."""
    return scores - TIE_RTOL * (np.abs(scores) + band)


def _count_ge(sorted_cal: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """#{i: cal_i >= s, up to ties} for each s, by binary search on the ascending scores."""
    lowered = _lowered(scores, _tie_band(sorted_cal))
    return sorted_cal.size - np.searchsorted(sorted_cal, lowered, side="left")


def _smallest_above(c: float, band: float) -> float:
    """The smallest float s whose count excludes a calibration score c (``_lowered(s) > c``)."""
    s = np.float64(c + TIE_RTOL * (abs(c) + band))
    while _lowered(s, band) <= c:
        s = np.nextafter(s, np.inf)
    while _lowered(np.nextafter(s, -np.inf), band) > c:
        s = np.nextafter(s, -np.inf)
    return float(s)


def conformal_p_values(cal_scores: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """p = (1 + #{cal >= s}) / (n_cal + 1) for every entry of ``scores``.

    Counting ties (up to ``TIE_RTOL``) as ">=" resolves them against the new input, so ties only
    make p larger.
    """
    cal = _as_scores(cal_scores, "cal_scores")
    if cal.ndim != 1 or cal.size == 0:
        raise ValueError(f"cal_scores must be a non-empty 1-D array, got shape {cal.shape}")
    s = _as_scores(scores, "scores")
    return (1 + _count_ge(np.sort(cal), s)) / (cal.size + 1)


def _realised_fpr_beta(n_cal: int, alpha: float) -> tuple[int, Any]:
    """(k, law of the realised FPR of one calibration draw) for single-layer conformal flags.

    Flags fire above the k-th largest calibration score, k = floor(alpha (n_cal + 1)); for
    continuous scores the probability mass above it is Beta(k, n_cal + 1 - k) distributed.
    """
    k = math.floor(alpha * (n_cal + 1) + 1e-9)
    return k, stats.beta(k, n_cal + 1 - k)


def check_calibration_size(n_cal: int, alpha: float) -> list[str]:
    """Raise if ``n_cal`` can never reach ``p <= alpha``; return warnings if it is merely small.

    The smallest conformal p-value is 1/(n_cal + 1), so alpha needs n_cal >= 1/alpha - 1. Above
    that, only k = floor(alpha (n_cal + 1)) calibration points sit in the flagged tail and the
    false-positive rate of one calibration draw is Beta(k, n_cal + 1 - k): its mean is at most
    alpha but with small k its spread is wide.
    """
    check_feasible(n_cal, 1, alpha, "min_p")
    warnings: list[str] = []
    if n_cal * alpha < 10:
        k, law = _realised_fpr_beta(n_cal, alpha)
        lo, hi = law.ppf([0.05, 0.95])
        warnings.append(
            f"n_cal={n_cal} is small for alpha={alpha}: only {k} calibration point(s) lie in the "
            f"flagged tail, so the false-positive rate of this calibration draw is "
            f"Beta({k}, {n_cal + 1 - k}) distributed: mean {law.mean():.3g}, 90% range "
            f"[{lo:.3g}, {hi:.3g}]; use n_cal >= {math.ceil(10 / alpha)} for a steadier rate"
        )
    return warnings


def _floor_count(n_layers: int, method: str) -> int:
    """k such that the smallest attainable combined p-value is at most k / (n_cal + 1).

    The bound holds for any data: ``min_p`` and ``fisher`` combine layers by the exact
    (full-conformal) construction of `mad.second_level`, whose floor is 1 / (n + 1) for any
    number of layers; ``bonferroni`` is exactly L / (n + 1).
    """
    return n_layers if method == "bonferroni" else 1


def worst_smallest_p(n_cal: int, n_layers: int, method: str) -> float:
    """The largest value the smallest attainable combined p-value can take, whatever the scores."""
    return min(1.0, _floor_count(n_layers, method) / (n_cal + 1))


def needed_n_cal(alpha: float, n_layers: int, method: str) -> int:
    """The smallest calibration size whose worst-case smallest p-value is <= alpha."""
    _check_alpha(alpha)
    return max(1, math.ceil(_floor_count(n_layers, method) / alpha - 1.0 - 1e-9))


def check_feasible(
    n_cal: int,
    n_layers: int,
    alpha: float,
    method: str,
    *,
    n_total: int | None = None,
    holdout: float | None = None,
) -> None:
    """Refuse a calibration that might never flag anything at `alpha`, naming what would fix it.

    This is the one feasibility rule: `Calibration.fit` applies it to the scores it is given, and
    a detector applies it before capturing anything (the calibration size is known from the
    split), so the two can never disagree. It uses the worst case over the data, since the scores
    are not known before capture. With `n_total` and `holdout` (the trusted-set size and the
    held-out fraction) the message also names the holdout and the record count that suffice.
    """
    _check_alpha(alpha)
    if method not in METHODS:
        raise ConfigError(f"unknown combine method {method!r}; choose from {list(METHODS)}")
    if n_cal < 1:
        raise CalibrationError(f"need at least one calibration sample, got n_cal={n_cal}")
    bound = worst_smallest_p(n_cal, n_layers, method)
    if bound <= alpha:
        return
    need = needed_n_cal(alpha, n_layers, method)
    k = _floor_count(n_layers, method)
    if n_layers == 1 or method != "bonferroni":
        what = (
            f"n_cal={n_cal} calibration samples cannot support alpha={alpha}: the smallest "
            f"attainable p-value is 1/(n_cal+1)={bound:.4g}, so nothing could ever be flagged"
        )
    else:
        what = (
            f"n_cal={n_cal} calibration samples cannot support alpha={alpha} with {n_layers} "
            f"layer(s) combined by {method}: the smallest attainable combined p-value can be "
            f"{k}/(n_cal+1)={bound:.4g}, so nothing might ever be flagged"
        )
    fixes = _fixes(n_cal, n_layers, alpha, method, need, n_total, holdout)
    raise CalibrationError(f"{what}; need n_cal >= {need}" + (f"; fix: {fixes}" if fixes else ""))


def _fixes(
    n_cal: int,
    n_layers: int,
    alpha: float,
    method: str,
    need: int,
    n_total: int | None,
    holdout: float | None,
) -> str:
    """The option changes that would each make the calibration feasible, computed."""
    fixes = []
    if n_total is not None:
        share = math.ceil(need / n_total * 100) / 100
        n_cal_then = round(share * n_total)
        if share <= 0.5 and n_cal_then >= need and n_total - n_cal_then >= 2:
            fixes.append(f"--holdout {share:g}")
    if method == "bonferroni" and n_layers > 1:
        most = math.floor(alpha * (n_cal + 1) + 1e-9)
        if most >= 1:
            fixes.append(f"at most {most} layer(s) in --layers")
        if 1 / (n_cal + 1) <= alpha:
            fixes.append("--combine min_p")
    bound = worst_smallest_p(n_cal, n_layers, method)
    if bound < 1.0:
        digits = max(2, 1 - math.floor(math.log10(bound)))
        fixes.append(f"--alpha {math.ceil(bound * 10**digits) / 10**digits:g}")
    if holdout is not None:
        fixes.append(f"at least {math.ceil(need / holdout)} trusted records")
    return ", or ".join(fixes)


def _check_alpha(alpha: float) -> None:
    if not 0.0 < alpha < 1.0:
        raise ConfigError(f"alpha must be in (0, 1), got {alpha}")


@dataclass(eq=False)
class Calibration:
    """Per-layer conformal calibration plus a combination rule for several layers.

    For a test point, g_l = #{calibration scores that count as at least its score in layer l}
    and its layer p-value is (1 + g_l)/(n + 1). Several layers are combined by ``min_p`` or
    ``fisher`` through the exact full-conformal construction of `mad.second_level` (valid, with
    floor 1/(n + 1) for any number of layers), or by ``bonferroni``: min(1, L min_l p_l), valid
    under any dependence between layers but conservative when layers agree. Calibrations saved
    before the exact construction existed keep their conservative tables (``combined_cal``) and
    give the same p-values they always gave.

    ``cal_scores`` holds each layer's ascending calibration scores; ``cal_rows`` the same scores
    row-aligned, shape (n, L), row i being one calibration input (exact construction only).
    """

    alpha: float
    method: str
    layers: list[str]
    cal_scores: dict[str, np.ndarray]
    combined_cal: np.ndarray | None = None
    cal_rows: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.cal_rows is not None:
            self._bands = np.array([_tie_band(self.cal_scores[layer]) for layer in self.layers])
            self._cal_counts = np.stack(
                [
                    _count_ge(self.cal_scores[layer], self.cal_rows[:, j])
                    for j, layer in enumerate(self.layers)
                ],
                axis=1,
            )
            self._cal_lowered = _lowered(self.cal_rows, self._bands[None, :])

    @property
    def second_level(self) -> str:
        """ "exact", "conservative" (a calibration saved before the exact one) or "none"."""
        if self.cal_rows is not None:
            return "exact"
        return "conservative" if self.combined_cal is not None else "none"

    @classmethod
    def fit(
        cls, cal_scores: Mapping[str, np.ndarray], alpha: float = 0.01, method: str = "min_p"
    ) -> Calibration:
        """Calibrate on held-out trusted scores, one equally long array per layer, row-aligned.

        Raises :class:`CalibrationError` when no input could ever be flagged at ``alpha``
        (:func:`check_feasible`: the same rule a detector checks before capture).
        """
        _check_alpha(alpha)
        if method not in METHODS:
            raise ConfigError(f"unknown method {method!r}; choose one of {list(METHODS)}")
        if not cal_scores:
            raise ValueError("cal_scores is empty: need at least one layer")
        layers = list(cal_scores)
        raw = {layer: _as_scores(cal_scores[layer], f"cal_scores[{layer!r}]") for layer in layers}
        shapes = {layer: a.shape for layer, a in raw.items()}
        n = raw[layers[0]].shape[0] if raw[layers[0]].ndim == 1 else -1
        if any(shape != (n,) for shape in shapes.values()) or n < 1:
            raise ValueError(
                f"calibration scores must be non-empty 1-D arrays of one common length (row i "
                f"is the same input in every layer); got shapes {shapes}"
            )
        check_feasible(n, len(layers), alpha, method)
        sorted_cal = {layer: np.sort(raw[layer]) for layer in layers}
        rows = None if method == "bonferroni" else np.stack([raw[la] for la in layers], axis=1)
        return cls(alpha, method, layers, sorted_cal, cal_rows=rows)

    @property
    def n_cal(self) -> int:
        return int(self.cal_scores[self.layers[0]].size)

    def _smallest_p(self) -> float:
        """The smallest combined p-value any input could get (counts are monotone in the scores)."""
        top = np.full((1, len(self.layers)), np.inf)
        return float(self._combine(np.zeros((1, len(self.layers)), dtype=np.int64), top)[0])

    def _layer_counts(self, scores: Mapping[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """(m, L) counts g_l = #{cal >= s_l} and the (m, L) scores, after validating them."""
        missing = [layer for layer in self.layers if layer not in scores]
        extra = [layer for layer in scores if layer not in self.cal_scores]
        if missing or extra:
            raise ValueError(
                f"scores must cover exactly the calibrated layers; missing {missing}, "
                f"unexpected {extra}"
            )
        arrays = [_as_scores(scores[layer], f"scores[{layer!r}]") for layer in self.layers]
        shapes = {layer: a.shape for layer, a in zip(self.layers, arrays, strict=True)}
        if any(a.ndim != 1 or a.shape != arrays[0].shape for a in arrays):
            raise ValueError(f"scores must be 1-D arrays of one common length; got {shapes}")
        cols = [
            _count_ge(self.cal_scores[layer], a)
            for layer, a in zip(self.layers, arrays, strict=True)
        ]
        return np.stack(cols, axis=1), np.stack(arrays, axis=1)

    def layer_p_values(self, scores: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Each layer's own conformal p-value; valid per layer, not jointly over layers."""
        p = (1 + self._layer_counts(scores)[0]) / (self.n_cal + 1)
        return {layer: p[:, j] for j, layer in enumerate(self.layers)}

    def p_values(self, scores: Mapping[str, np.ndarray]) -> np.ndarray:
        """Combined p-value per sample; ``p <= alpha`` has false-positive rate <= alpha."""
        return self._combine(*self._layer_counts(scores))

    def _combine(self, g: np.ndarray, s: np.ndarray) -> np.ndarray:
        n, n_layers = self.n_cal, len(self.layers)
        if self.method == "bonferroni":
            return np.minimum(1.0, n_layers * (1 + g.min(axis=1)) / (n + 1))
        if self.cal_rows is not None:
            count = exact_counts(self.method, self._cal_counts, self._cal_lowered, g, s)
        else:
            assert self.combined_cal is not None
            count = conservative_counts(self.method, self.combined_cal, g)
        return (1 + count) / (n + 1)

    def subset(self, layers: list[str]) -> Calibration:
        """The calibration of some of the layers alone: a valid p-value for that evidence.

        Exact and Bonferroni calibrations restrict to their columns; a saved conservative
        table cannot be restricted (those detectors have a single channel and never need it).
        """
        if layers == self.layers:
            return self
        idx = [self.layers.index(layer) for layer in layers]
        if self.method != "bonferroni" and self.cal_rows is None:
            raise ValueError("a conservative (legacy) calibration cannot be split by layer")
        return Calibration(
            self.alpha,
            self.method,
            list(layers),
            {layer: self.cal_scores[layer] for layer in layers},
            cal_rows=None if self.cal_rows is None else self.cal_rows[:, idx],
        )

    def flags(self, scores: Mapping[str, np.ndarray]) -> np.ndarray:
        """Boolean alert per sample: combined ``p <= alpha``."""
        return self.p_values(scores) <= self.alpha

    def thresholds(self) -> dict[str, float]:
        """Per layer, the smallest score whose single-layer p-value is <= alpha.

        With k the largest count such that (1 + k)/(n + 1) <= alpha, a score qualifies iff it
        exceeds the (k+1)-th largest calibration score by more than the tie tolerance, so the
        threshold is the smallest such float (inf if no count qualifies).
        """
        n = self.n_cal
        ok = np.flatnonzero((1 + np.arange(n + 1)) / (n + 1) <= self.alpha)
        if ok.size == 0:
            return {layer: math.inf for layer in self.layers}
        k = int(ok[-1])
        return {
            layer: _smallest_above(cal[n - k - 1], _tie_band(cal))
            for layer, cal in self.cal_scores.items()
        }

    def summary(self) -> dict[str, Any]:
        """JSON-able description: sizes, per-layer score quantiles, thresholds and warnings."""
        thresholds = self.thresholds()
        layers = {}
        for layer in self.layers:
            q50, q90, q99, qmax = np.quantile(self.cal_scores[layer], [0.5, 0.9, 0.99, 1.0])
            layers[layer] = {
                "q50": _json_float(q50),
                "q90": _json_float(q90),
                "q99": _json_float(q99),
                "max": _json_float(qmax),
                "threshold": _json_float(thresholds[layer]),
            }
        return {
            "n_cal": self.n_cal,
            "alpha": self.alpha,
            "method": self.method,
            "smallest_p": self._smallest_p(),
            "layers": layers,
            "warnings": check_calibration_size(self.n_cal, self.alpha),
        }

    def config(self) -> dict[str, Any]:
        """JSON-able settings; together with :meth:`state_dict` they rebuild this object."""
        return {
            "alpha": self.alpha,
            "method": self.method,
            "layers": list(self.layers),
            "n_cal": self.n_cal,
            "second_level": self.second_level,
        }

    def state_dict(self) -> dict[str, torch.Tensor]:
        """Arrays as tensors (float64 / int64, so the round trip is bit-exact)."""
        state = {f"cal_scores.{layer}": torch.tensor(a) for layer, a in self.cal_scores.items()}
        if self.combined_cal is not None:
            state["combined_cal"] = torch.tensor(self.combined_cal)
        if self.cal_rows is not None:
            state["cal_rows"] = torch.tensor(self.cal_rows)
        return state

    @classmethod
    def from_state(
        cls, config: Mapping[str, Any], state: Mapping[str, torch.Tensor]
    ) -> Calibration:
        """Rebuild from :meth:`config` and :meth:`state_dict` output."""
        alpha, method, layers = float(config["alpha"]), config["method"], list(config["layers"])
        n = int(config["n_cal"])
        _check_alpha(alpha)
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}; choose one of {list(METHODS)}")
        # Saved before the exact construction: no "second_level" key, conservative tables.
        level = config.get("second_level", "none" if method == "bonferroni" else "conservative")
        table = {"exact": "cal_rows", "conservative": "combined_cal", "none": None}.get(level, "?")
        if table == "?" or (level == "none") != (method == "bonferroni"):
            raise ValueError(f"calibration second level {level!r} does not fit method {method!r}")
        expected = {f"cal_scores.{layer}" for layer in layers} | ({table} if table else set())
        if set(state) != expected:
            raise ValueError(
                f"calibration state mismatch; missing {sorted(expected - set(state))}, "
                f"unexpected {sorted(set(state) - expected)}"
            )
        cal = {layer: state[f"cal_scores.{layer}"].numpy().copy() for layer in layers}
        extra = state[table].numpy().copy() if table else None
        want = {
            "cal_rows": (n, len(layers)),
            "combined_cal": (len(layers), n) if method == "min_p" else (n,),
            None: None,
        }[table]
        if any(a.shape != (n,) for a in cal.values()) or (
            extra is not None and extra.shape != want
        ):
            raise ValueError(f"calibration state shapes do not match n_cal={n}")
        if table == "cal_rows":
            return cls(alpha, method, layers, cal, cal_rows=extra)
        return cls(alpha, method, layers, cal, combined_cal=extra)


def _json_float(x: float) -> float | None:
    return float(x) if math.isfinite(x) else None
