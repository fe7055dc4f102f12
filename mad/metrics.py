"""Evaluation metrics for detectors: AUROC, TPR at a false-positive rate, a binomial interval."""

from __future__ import annotations

import numpy as np
from scipy import stats


def auroc(negative: np.ndarray, positive: np.ndarray) -> float:
    """P(score of a positive > score of a negative), ties counted half (Mann–Whitney U / n0 n1)."""
    negative, positive = np.asarray(negative, float), np.asarray(positive, float)
    if len(negative) == 0 or len(positive) == 0:
        raise ValueError("AUROC needs at least one negative and one positive score")
    ranks = stats.rankdata(np.concatenate([negative, positive]))
    u = ranks[len(negative) :].sum() - len(positive) * (len(positive) + 1) / 2
    return float(u / (len(negative) * len(positive)))


def tpr_at_fpr(negative: np.ndarray, positive: np.ndarray, fpr: float) -> float:
    """Fraction of positives strictly above the score that at most `fpr` of negatives exceed."""
    negative, positive = np.sort(np.asarray(negative, float)), np.asarray(positive, float)
    allowed = int(np.floor(fpr * len(negative)))  # negatives allowed above the threshold
    threshold = negative[len(negative) - allowed - 1] if allowed < len(negative) else -np.inf
    return float(np.mean(positive > threshold))


def rate_interval(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Clopper–Pearson interval for a rate k/n (e.g. an observed false-positive rate)."""
    if n == 0:
        return (0.0, 1.0)
    result = stats.binomtest(k, n).proportion_ci(confidence_level=confidence, method="exact")
    return (float(result.low), float(result.high))
