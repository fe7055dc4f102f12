"""``mad eval``: evidence for choosing a detector — every scorer on the same data, same run.

A task is a model with three record sets: *trusted* (fit + calibrate), *normal* (held-out inputs
that should not be flagged, possibly shifted in topic) and *anomalous* (inputs that should be).
Each dataset is captured once; every scorer is then fitted from that cache, so comparing six
scorers costs one pass of the model, not six.

Scorers that need more than trusted data get it the way a user would have it: ``untrusted``
scorers (QUE, likelihood ratio) receive the unlabelled test batch (normal + anomalous, as a
monitor sees deployment traffic), and the supervised probe receives a few labelled anomalies,
which are then removed from the test set *for every scorer* so all are judged on the same inputs.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from mad.detector import Detector
from mad.errors import ConfigError
from mad.features import FeatureBatch, iter_features
from mad.fitting import FitOptions, plan_fit
from mad.metrics import auroc, rate_interval, tpr_at_fpr
from mad.models import LoadedModel
from mad.positions import TOKEN_LEVEL
from mad.records import Record
from mad.scorers import get_scorer

DEFAULT_SCORERS = ("mahalanobis", "knn", "pca_residual", "que", "likelihood_ratio", "probe")


@dataclass
class EvalTask:
    """One benchmark task: a model and its trusted / normal / anomalous records."""

    name: str
    model: str
    trusted: list[Record]
    normal: list[Record]
    anomalous: list[Record]
    layers: list[str] | None = None
    position: str = "last"
    description: str = ""
    max_new_tokens: int = 32
    normal_in_distribution: bool = False  # normal drawn like trusted: FPR must match alpha


class FeatureCache:
    """Activations of every record seen, computed once, replayed as `iter_features` would."""

    def __init__(
        self,
        loaded: LoadedModel,
        layers: Sequence[str],
        position: str,
        *,
        batch_size: int = 16,
        max_new_tokens: int = 32,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self.loaded, self.layers, self.position = loaded, list(layers), position
        self.batch_size, self.max_new_tokens, self.progress = batch_size, max_new_tokens, progress
        self._acts: dict[Record, dict[str, torch.Tensor]] = {}

    def warm(self, records: Sequence[Record]) -> None:
        missing = list(dict.fromkeys(r for r in records if r not in self._acts))
        for batch in iter_features(
            self.loaded,
            missing,
            self.layers,
            self.position,
            batch_size=self.batch_size,
            max_new_tokens=self.max_new_tokens,
            progress=self.progress,
        ):
            for row, k in enumerate(batch.indices):
                self._acts[missing[k]] = {name: batch.acts[name][row] for name in self.layers}

    def __call__(self, records: Sequence[Record]) -> Iterator[FeatureBatch]:
        self.warm(records)
        token_level = self.position in TOKEN_LEVEL
        for start in range(0, len(records), 256):
            part = records[start : start + 256]
            acts: dict[str, Any] = {}
            for name in self.layers:
                rows = [self._acts[r][name] for r in part]
                acts[name] = rows if token_level else torch.stack(rows)
            yield FeatureBatch(indices=list(range(start, start + len(part))), acts=acts)

    def matrix(self, records: Sequence[Record]) -> dict[str, Any]:
        """All activations of `records` at once, as `Detector.score_activations` takes them."""
        batches = list(self(records))
        if self.position in TOKEN_LEVEL:
            return {n: [t for b in batches for t in b.acts[n]] for n in self.layers}
        return {n: torch.cat([b.acts[n] for b in batches]) for n in self.layers}


@dataclass
class ScorerResult:
    name: str
    needs: str
    metrics: dict[str, Any]
    layers: dict[str, dict[str, float]]
    normal_scores: np.ndarray = field(repr=False)
    anomalous_scores: np.ndarray = field(repr=False)
    seconds: float = 0.0
    error: str | None = None


def _metrics(
    normal: np.ndarray, anomalous: np.ndarray, flags_n: np.ndarray, flags_a: np.ndarray
) -> dict[str, Any]:
    fp = int(flags_n.sum())
    low, high = rate_interval(fp, len(flags_n))
    return {
        "auroc": auroc(normal, anomalous),
        "tpr_at_1pct_fpr": tpr_at_fpr(normal, anomalous, 0.01),
        "tpr_at_alpha": float(flags_a.mean()),
        "fpr_at_alpha": float(flags_n.mean()),
        "fpr_ci95": [low, high],
    }


def check_eval_task(task: EvalTask, *, alpha: float, n_labelled: int, n_layers: int) -> None:
    """Refuse, before any capture, a task no scorer could be evaluated on.

    The trusted set goes through the same plan a fit checks (calibration feasible for alpha with
    `n_layers` layers, enough distinct inputs), so a too-small set fails here, once, not six
    times after capturing everything.
    """
    if not task.normal:
        raise ConfigError(f"task {task.name}: the normal set is empty")
    if n_labelled >= len(task.anomalous):
        raise ConfigError(
            f"task {task.name}: --labelled {n_labelled} leaves no anomalous records to test "
            f"({len(task.anomalous)} in all)"
        )
    plan_fit(task.trusted, FitOptions(position=task.position, alpha=alpha), n_layers)


def evaluate_task(
    task: EvalTask,
    loaded: LoadedModel,
    *,
    scorers: Sequence[str] = DEFAULT_SCORERS,
    alpha: float = 0.05,
    n_labelled: int = 20,
    seed: int = 0,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Fit every scorer on the task's trusted records and measure it on normal vs anomalous."""
    from mad.capture import default_layers, normalize_layers, resolve_layout

    n_layers = resolve_layout(loaded.model).num_layers
    layers = normalize_layers(task.layers, n_layers) if task.layers else default_layers(n_layers)
    cache = FeatureCache(
        loaded,
        layers,
        task.position,
        batch_size=batch_size,
        max_new_tokens=task.max_new_tokens,
        progress=progress,
    )
    check_eval_task(task, alpha=alpha, n_labelled=n_labelled, n_layers=len(layers))
    rng = np.random.default_rng(seed)
    labelled_idx = set(rng.choice(len(task.anomalous), size=n_labelled, replace=False).tolist())
    labelled = [r for k, r in enumerate(task.anomalous) if k in labelled_idx]
    anomalous = [r for k, r in enumerate(task.anomalous) if k not in labelled_idx]
    start = time.perf_counter()
    cache.warm(task.trusted + task.normal + anomalous + labelled)
    capture_seconds = time.perf_counter() - start
    normal_acts, anomalous_acts = cache.matrix(task.normal), cache.matrix(anomalous)

    results: list[ScorerResult] = []
    for name in scorers:
        needs = get_scorer(name).needs
        began = time.perf_counter()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                detector = Detector.fit(
                    loaded,
                    task.trusted,
                    layers=layers,
                    position=task.position,
                    scorer=name,
                    alpha=alpha,
                    seed=seed,
                    max_new_tokens=task.max_new_tokens,
                    untrusted=task.normal + anomalous if needs == "untrusted" else None,
                    anomalies=labelled if needs == "labels" else None,
                    feature_source=cache,
                )
        except (ValueError, RuntimeError) as err:
            results.append(
                ScorerResult(name, needs, {}, {}, np.empty(0), np.empty(0), error=str(err))
            )
            continue
        on_normal = detector.score_activations(normal_acts)
        on_anomalous = detector.score_activations(anomalous_acts)
        per_layer = {
            layer: _metrics(
                on_normal.layer_scores[layer],
                on_anomalous.layer_scores[layer],
                on_normal.layer_p_values[layer] <= alpha,
                on_anomalous.layer_p_values[layer] <= alpha,
            )
            for layer in layers
        }
        results.append(
            ScorerResult(
                name=name,
                needs=needs,
                metrics=_metrics(
                    on_normal.score, on_anomalous.score, on_normal.flagged, on_anomalous.flagged
                ),
                layers=per_layer,
                normal_scores=on_normal.score,
                anomalous_scores=on_anomalous.score,
                seconds=time.perf_counter() - began,
            )
        )
    return {
        "task": task.name,
        "description": task.description,
        "model": task.model,
        "position": task.position,
        "layers": layers,
        "alpha": alpha,
        "counts": {
            "trusted": len(task.trusted),
            "normal": len(task.normal),
            "anomalous": len(anomalous),
            "labelled_anomalies": len(labelled),
        },
        "capture_seconds": capture_seconds,
        "results": results,
    }


def to_json(report: dict[str, Any]) -> dict[str, Any]:
    """The JSON-able part of `evaluate_task`'s result (scores arrays become summary counts)."""
    out = {k: v for k, v in report.items() if k != "results"}
    out["scorers"] = {
        r.name: {
            "needs": r.needs,
            "error": r.error,
            "seconds": r.seconds,
            **r.metrics,
            "layers": r.layers,
        }
        for r in report["results"]
    }
    return out


def format_table(reports: Sequence[dict[str, Any]]) -> str:
    """A plain-text results table: one line per task and scorer."""
    header = (
        f"{'task':<18}{'scorer':<18}{'needs':<10}{'AUROC':>7}{'TPR@1%':>8}{'TPR@a':>7}{'FPR@a':>7}"
    )
    lines = [header, "-" * len(header)]
    for report in reports:
        for r in report["results"]:
            if r.error:
                lines.append(f"{report['task']:<18}{r.name:<18}{r.needs:<10}  error: {r.error}")
                continue
            m = r.metrics
            lines.append(
                f"{report['task']:<18}{r.name:<18}{r.needs:<10}{m['auroc']:>7.3f}"
                f"{m['tpr_at_1pct_fpr']:>8.3f}{m['tpr_at_alpha']:>7.3f}{m['fpr_at_alpha']:>7.3f}"
            )
    return "\n".join(lines)


def format_markdown(reports: Sequence[dict[str, Any]]) -> str:
    """The results as a Markdown table (what the README's results table is made from)."""
    lines = [
        "| task | scorer | needs | AUROC | TPR@1% FPR | TPR@alpha | FPR@alpha |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for report in reports:
        for r in report["results"]:
            if r.error:
                lines.append(f"| {report['task']} | {r.name} | {r.needs} | error | | | |")
                continue
            m = r.metrics
            lines.append(
                f"| {report['task']} | {r.name} | {r.needs} | {m['auroc']:.3f} | "
                f"{m['tpr_at_1pct_fpr']:.3f} | {m['tpr_at_alpha']:.3f} | {m['fpr_at_alpha']:.3f} |"
            )
    return "\n".join(lines) + "\n"
