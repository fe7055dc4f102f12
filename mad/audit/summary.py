"""``summary.json``: counts, flagged rates against alpha, flag rate over time, the top transcripts.

Built in one pass over ``scores.jsonl`` (`Tally`), so it always describes the whole audit, also
after a resume. The flagged rate of each level comes with a 95 % Clopper–Pearson interval and a
verdict against the detector's alpha: on traffic like the trusted data the rate is at most alpha
(calibrated), so ``above`` (the whole interval above alpha) means this traffic holds more
anomalies than chance explains, or has drifted from what the detector was fitted on.
Transcripts are ranked by their highest level ``score`` (1 = that level's alert threshold, so
levels are comparable). ``counts.completion_ends`` counts how the logged answers ended
(`mad.audit.ends`), so the transcripts whose EOS was assumed rather than logged are visible.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np

import mad
from mad.audit.scoring import Level
from mad.metrics import rate_interval

# Widths of the time bins, in seconds: the finest one giving at most MAX_BINS bins is used.
_BIN_WIDTHS = (1, 10, 60, 300, 900, 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400, 365 * 86400)
MAX_BINS = 60


def level_parts(row: Mapping[str, Any], primary: str) -> Mapping[str, Mapping[str, Any]]:
    """Each level's fields of a row (a one-detector row is its own single level)."""
    return row.get("levels", {primary: row})


class Tally:
    """Everything the summary and report need, accumulated row by row."""

    def __init__(self, levels: Sequence[Level], top_k: int) -> None:
        self.levels = list(levels)
        self.primary = self.levels[0].name
        self.top_k = top_k
        self.scores: dict[str, list[float]] = {lv.name: [] for lv in self.levels}
        self.flags: dict[str, list[bool]] = {lv.name: [] for lv in self.levels}
        self.times: list[float | None] = []
        self.ends: Counter[str] = Counter()  # how logged answers ended (mad.audit.ends)
        self._top: list[tuple[float, int, dict[str, Any]]] = []
        self._top_flagged: list[tuple[float, int, dict[str, Any]]] = []

    @property
    def n(self) -> int:
        return len(self.times)

    def add(self, row: Mapping[str, Any]) -> None:
        parts = level_parts(row, self.primary)
        for name, part in parts.items():
            self.scores[name].append(float(part["score"]))
            self.flags[name].append(bool(part["flagged"]))
        stamp = row.get("timestamp")
        self.times.append(_epoch(stamp) if stamp else None)
        if row.get("completion_end"):
            self.ends[row["completion_end"]] += 1
        rank = max(float(p["score"]) for p in parts.values())
        flagged = any(bool(p["flagged"]) for p in parts.values())
        entry = _entry(row, parts, rank, flagged)
        key = (rank, -self.n)  # ties: the earlier transcript ranks higher
        _push(self._top, key, entry, self.top_k)
        if flagged:
            _push(self._top_flagged, key, entry, self.top_k)

    def top(self, *, flagged_only: bool = False) -> list[dict[str, Any]]:
        """The top-k transcripts by their highest level score, highest first."""
        heap = self._top_flagged if flagged_only else self._top
        return [entry for *_, entry in sorted(heap, key=lambda item: item[:2], reverse=True)]

    def flagged_any(self) -> np.ndarray:
        flags = np.array([self.flags[lv.name] for lv in self.levels], dtype=bool).reshape(
            len(self.levels), self.n
        )
        return np.asarray(flags.any(axis=0))

    def summary(
        self,
        *,
        audit: Mapping[str, Any],
        n_errors: int,
        skipped: Mapping[str, int],
    ) -> dict[str, Any]:
        levels = {}
        for lv in self.levels:
            k, n = int(sum(self.flags[lv.name])), self.n
            low, high = rate_interval(k, n, confidence=0.95)
            verdict = "above" if low > lv.alpha else "below" if high < lv.alpha else "consistent"
            levels[lv.name] = {
                "detector": lv.detector_id,
                "position": lv.position,
                "alpha": lv.alpha,
                "scored": n,
                "flagged": k,
                "flagged_rate": k / n if n else None,
                "ci95": [low, high],
                "vs_alpha": verdict,
            }
        return {
            "mad_version": mad.__version__,
            "generated_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "audit": dict(audit),
            "counts": {
                "scored": self.n,
                "flagged": int(self.flagged_any().sum()),
                "errors": n_errors,
                "skipped": int(sum(skipped.values())),
                "skipped_by_reason": dict(Counter(skipped).most_common()),
                "completion_ends": dict(self.ends.most_common()),
            },
            "levels": levels,
            "time": self.over_time(),
            "top_k": self.top_k,
            "top": self.top(),
        }

    def over_time(self) -> dict[str, Any] | None:
        """Transcripts and flags per time bin, when the logs carry timestamps."""
        stamped = [k for k, t in enumerate(self.times) if t is not None]
        if not stamped:
            return None
        times = np.array([self.times[k] for k in stamped])
        first, last = float(times.min()), float(times.max())
        width = next(
            (w for w in _BIN_WIDTHS if (last // w) - (first // w) + 1 <= MAX_BINS), _BIN_WIDTHS[-1]
        )
        index = (times // width - first // width).astype(int)
        n_bins = int(index.max()) + 1
        bins = []
        flags = {lv.name: np.array(self.flags[lv.name])[stamped] for lv in self.levels}
        for b in range(n_bins):
            members = index == b
            bins.append(
                {
                    "start": _iso((first // width + b) * width),
                    "n": int(members.sum()),
                    "flagged": {name: int(f[members].sum()) for name, f in flags.items()},
                }
            )
        return {
            "first": _iso(first),
            "last": _iso(last),
            "with_timestamp": len(stamped),
            "bin_seconds": width,
            "bins": bins,
        }


def _push(heap: list[Any], key: tuple[float, int], entry: dict[str, Any], k: int) -> None:
    item = (*key, entry)
    if len(heap) < k:
        heapq.heappush(heap, item)
    elif k > 0 and key > heap[0][:2]:
        heapq.heapreplace(heap, item)


def _entry(
    row: Mapping[str, Any], parts: Mapping[str, Mapping[str, Any]], rank: float, flagged: bool
) -> dict[str, Any]:
    levels = {}
    for name, part in parts.items():
        levels[name] = {k: part[k] for k in ("score", "p_value", "flagged")}
        if "peaks" in part:
            levels[name]["peaks"] = part["peaks"]
            levels[name]["n_tokens"] = part.get("n_tokens")
    keep = ("id", "timestamp", "response_id", "source_file", "source_line")
    return {**{k: row.get(k) for k in keep}, "score": rank, "flagged": flagged, "levels": levels}


def _epoch(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def _iso(seconds: float) -> str:
    moment = datetime.fromtimestamp(seconds, UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
