"""Mixed traffic for the shift suite: does adaptive scoring stop flagging a shift it shares?

A stream interleaves, by a seeded shuffle, clean (trusted-like) inputs, one benign shift kind and
a few anomalies (`STREAM_SHARES`), sized by what the sets hold. Each record keeps the row it got
when its set was scored; trusted-only flags are the rows' own, adaptive ones come from
`mad.adaptive.cross_fitted` over the stream (each fold scored against the rest, so no input
vouches for itself). The campaign sweep grows the anomalies' share of one stream to find the
largest campaign adaptive scoring still flags.
"""

from __future__ import annotations

import math
import zlib
from typing import TYPE_CHECKING, Any

import numpy as np

from mad.adaptive import cross_fitted
from mad.errors import MadError
from mad.records import Record

if TYPE_CHECKING:
    from mad.detector import Detector
    from mad.shift_suite import ShiftSet, ShiftTask

PARTS = ("clean", "shifted", "anomalies")
STREAM_SHARES = {"clean": 0.50, "shifted": 0.45, "anomalies": 0.05}
SWEEP_FRACTIONS = (0.01, 0.03, 0.05, 0.08, 0.10, 0.15)
# The sweep's "tolerated" fraction: the largest at which adaptive mode still flags this share.
SWEEP_TPR = 0.9
Rows = dict[Record, dict[str, Any]]


def column(rows: Rows, records: list[Record], key: str) -> np.ndarray:
    """One field of the rows of `records`, as floats."""
    return np.array([rows[r][key] for r in records], dtype=float)


def draw(
    parts: dict[str, list[Record]], counts: dict[str, int], seed: int, tag: str
) -> tuple[list[Record], np.ndarray]:
    """`counts[part]` records of each part, interleaved by a seeded shuffle; and their labels."""
    rng = np.random.default_rng([seed, zlib.crc32(tag.encode())])
    records: list[Record] = []
    labels: list[str] = []
    for name in PARTS:
        picks = rng.choice(len(parts[name]), size=counts[name], replace=False)
        records += [parts[name][i] for i in sorted(picks)]
        labels += [name] * counts[name]
    order = rng.permutation(len(records))
    return [records[i] for i in order], np.array(labels)[order]


def flag_rates(
    detector: Detector, rows: Rows, stream: list[Record], labels: np.ndarray, tolerance: float
) -> dict[str, Any]:
    """Per part, the flag rate of trusted-only and of adaptive scoring over the stream."""
    trusted = column(rows, stream, "flagged").astype(bool)
    keys = list(detector.calibration.layers)
    layer_scores = {k: np.array([rows[r]["layers"][k]["score"] for r in stream]) for k in keys}
    p_adapt, _ = cross_fitted(detector.calibration, layer_scores, tolerance=tolerance)
    adaptive = p_adapt <= detector.alpha
    out: dict[str, Any] = {"n": len(stream), "counts": {}, "trusted_only": {}, "adaptive": {}}
    for part in PARTS:
        mask = labels == part
        out["counts"][part] = int(mask.sum())
        out["trusted_only"][part] = float(trusted[mask].mean())
        out["adaptive"][part] = float(adaptive[mask].mean())
    return out


def parts_of(task: ShiftTask, kind: ShiftSet) -> dict[str, list[Record]]:
    """Clean, the kind, and the kind's first non-empty anomaly set."""
    anomalies = next(group for group in kind.anomalies.values() if group)
    return {"clean": task.clean.benign, "shifted": kind.benign, "anomalies": anomalies}


def _measure(
    detector: Detector,
    rows: Rows,
    parts: dict[str, list[Record]],
    counts: dict[str, int],
    seed: int,
    tag: str,
    tolerance: float,
) -> dict[str, Any]:
    stream, labels = draw(parts, counts, seed, tag)
    try:
        return flag_rates(detector, rows, stream, labels, tolerance)
    except MadError as err:  # a stream too small to be its own reference
        return {"n": len(stream), "error": str(err)}


def streams(
    task: ShiftTask, detector: Detector, rows: Rows, *, seed: int, tolerance: float
) -> list[dict[str, Any]]:
    """One mixed stream per kind (`STREAM_SHARES`, sized by what the sets hold)."""
    out = []
    for kind in task.kinds:
        parts = parts_of(task, kind)
        total = math.floor(min(len(parts[p]) / STREAM_SHARES[p] for p in PARTS))
        counts = {p: max(1, round(STREAM_SHARES[p] * total)) for p in ("shifted", "anomalies")}
        counts["clean"] = min(total - sum(counts.values()), len(parts["clean"]))
        tag = f"{task.name}/{kind.name}"
        out.append(
            {"kind": kind.name, **_measure(detector, rows, parts, counts, seed, tag, tolerance)}
        )
    return out


def sweep(
    task: ShiftTask, detector: Detector, rows: Rows, *, seed: int, tolerance: float
) -> dict[str, Any]:
    """Campaigns of growing size in one stream: 50 % clean, `f` anomalies, the rest one kind."""
    kind = next(s for s in task.kinds if s.name == task.sweep_kind)
    parts = parts_of(task, kind)
    lo, hi = min(SWEEP_FRACTIONS), max(SWEEP_FRACTIONS)
    total = math.floor(
        min(
            len(parts["clean"]) / 0.5,
            len(parts["shifted"]) / (0.5 - lo),
            len(parts["anomalies"]) / hi,
        )
    )
    points = []
    for f in SWEEP_FRACTIONS:
        counts = {"clean": total // 2, "anomalies": max(1, round(f * total))}
        counts["shifted"] = min(total - sum(counts.values()), len(parts["shifted"]))
        tag = f"{task.name}/sweep/{f}"
        points.append(
            {"fraction": f, **_measure(detector, rows, parts, counts, seed, tag, tolerance)}
        )
    tolerated: float | None = None if "error" in points[0] else 0.0
    for point in points:
        if "error" in point or point["adaptive"]["anomalies"] < SWEEP_TPR:
            break
        tolerated = point["fraction"]
    return {"kind": kind.name, "n": total, "points": points, "tolerated": tolerated}
