"""Confidence intervals the benchmarks share: paired ratios and means of paired differences.

Every benchmark that compares two things measures them in pairs interleaved in time, so that a
slow drift of the machine's load hits both sides of a pair alike; these turn the pairs into an
estimate with a 95 % t-interval, and say when that interval is tight enough to stop.
"""

from __future__ import annotations

import math
import statistics
import sys
from typing import Any

from scipy import stats


def _t_half(values: list[float], confidence: float) -> float:
    """Half-width of the t-interval of the mean of `values` (inf below two values)."""
    n = len(values)
    if n < 2:
        return math.inf
    return stats.t.ppf(0.5 + confidence / 2, n - 1) * statistics.stdev(values) / math.sqrt(n)


def ratio_ci(pairs: list[tuple[float, float]], confidence: float = 0.95) -> dict[str, Any]:
    """Ratio b/a over paired measurements (a, b): geometric mean and t-interval of log(b/a).

    Logs make the interval symmetric for ratios (1.1x and 1/1.1x are equally far from 1) and the
    pairing removes the load both sides of a pair shared. `half_width` is the interval's relative
    half-width, the figure compared against a benchmark's ``--target``.
    """
    logs = [math.log(b / a) for a, b in pairs]
    mean = statistics.fmean(logs) if logs else math.nan
    half = _t_half(logs, confidence)
    return {
        "ratio": round(math.exp(mean), 4),
        "ci95": [round(math.exp(mean - half), 4), round(math.exp(mean + half), 4)],
        "half_width": round(math.expm1(half), 4) if math.isfinite(half) else None,
        "pairs": len(logs),
    }


def mean_ci(values: list[float], confidence: float = 0.95, digits: int = 4) -> dict[str, Any]:
    """Mean and t-interval of `values`, e.g. per-round differences (b - a) of paired rounds.

    For a difference that can be zero or negative (added latency) a ratio would be meaningless;
    `half_width` here is absolute, in the values' own unit.
    """
    mean = statistics.fmean(values) if values else math.nan
    half = _t_half(values, confidence)
    return {
        "mean": round(mean, digits),
        "ci95": [round(mean - half, digits), round(mean + half, digits)],
        "half_width": round(half, digits) if math.isfinite(half) else None,
        "n": len(values),
    }


def resolved(ci: dict[str, Any], target: float) -> bool:
    """Whether an interval's half-width is known and within `target`."""
    return ci["half_width"] is not None and ci["half_width"] <= target


def progress(what: str, ci: dict[str, Any] | None = None) -> None:
    """One line per repeat on stderr: long runs show they are alive and how close they are."""
    if ci is not None and ci.get("half_width") is not None and "ratio" in ci:
        what += f"  ratio {ci['ratio']:.3f} ±{100 * ci['half_width']:.1f}%"
    print(what, file=sys.stderr, flush=True)
