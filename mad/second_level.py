"""Combining per-layer conformal ranks into one p-value: the *second level* of a calibration.

Notation: n calibration points, L layers; "a counts as at least b" is the tie-tolerant relation
of `mad.calibration` (reflexive, monotone, the same for every point). For calibration point i,
c_il = #{j: s_jl counts as at least s_il} (i included); for a test point, g_l = #{j: s_jl counts
as at least s_l}.

**Exact (full conformal).** Put the test point among the calibration points. Every one of the
n + 1 points gets its rank count among all of them,

    C_0l = 1 + g_l  (the test point),     C_il = c_il + [s_0l counts as at least s_il],

and a statistic: ``min_p`` T_k = min_l C_kl (smaller is more extreme), ``fisher``
F_k = -2 sum_l log(C_kl / (n + 1)) (larger is more extreme). The n + 1 statistics are a symmetric
function of the points with one of them distinguished, so under exchangeability

    p = (1 + #{i: T_i at least as extreme as T_0}) / (n + 1)

satisfies P(p <= alpha) <= alpha exactly as a single-layer conformal p-value does, ties counted
against the test point. Its floor is 1/(n + 1) whatever L is: a test point above every
calibration score in every layer has T_0 = 1 while each T_i >= 2. So a calibration of n points
supports alpha >= 1/(n + 1) for any number of layers, the same as one layer. The price is
computing C_il per test point, O(n L) each, done in blocks.

**Conservative (mad before this module).** Detectors saved before it replaced C_il by test-free
bounds, kept as sorted tables (``min_p``: one row per choice of the minimising layer; ``fisher``:
the sorted f_i). Those p-values are valid but larger, with a floor of up to L/(n + 1); detectors
that store such tables keep using them, so their verdicts never change on reload.
"""

from __future__ import annotations

import numpy as np

# Fisher statistics are float sums of logs: values within this relative distance count as ties,
# resolved against the test point.
FISHER_RTOL = 1e-12
# Booleans per block of the exact computation (test points x calibration points x layers).
_BLOCK = 1 << 22


def exact_counts(
    method: str, cal_counts: np.ndarray, cal_lowered: np.ndarray, g: np.ndarray, s: np.ndarray
) -> np.ndarray:
    """#{i: T_i at least as extreme as T_0} for each test row (the exact construction).

    `cal_counts` is (n, L) c_il; `cal_lowered` (n, L) the lowest score that still counts as at
    least s_il; `g` (m, L) the test points' counts and `s` (m, L) their scores.
    """
    n, n_layers = cal_counts.shape
    out = np.empty(g.shape[0], dtype=np.int64)
    step = max(1, _BLOCK // max(1, n * n_layers))
    for start in range(0, g.shape[0], step):
        rows = slice(start, start + step)
        above = s[rows, None, :] >= cal_lowered[None, :, :]  # test counts as at least cal i
        counts = cal_counts[None, :, :] + above
        if method == "min_p":
            t0 = (1 + g[rows]).min(axis=1)
            out[rows] = (counts.min(axis=2) <= t0[:, None]).sum(axis=1)
        else:
            f0 = -2.0 * np.log((1 + g[rows]) / (n + 1)).sum(axis=1)
            f = -2.0 * np.log(counts / (n + 1)).sum(axis=2)
            out[rows] = (f >= (f0 - FISHER_RTOL * (1.0 + np.abs(f0)))[:, None]).sum(axis=1)
    return out


def conservative_table(method: str, counts: np.ndarray) -> np.ndarray:
    """The stored table of the conservative construction (kept for tests of old artifacts)."""
    n = counts.shape[0]
    if method == "fisher":
        return np.sort(-2.0 * np.log(counts / (n + 1)).sum(axis=1))
    n_layers = counts.shape[1]
    if n_layers == 1:
        return np.sort(counts + 1, axis=0).T
    order = np.sort(counts, axis=1)
    first, second = order[:, 0], order[:, 1]
    rows = []
    for col in range(n_layers):
        c = counts[:, col]
        # min over the other layers is the row minimum unless layer `col` holds it uniquely.
        others = np.where((c == first) & (second > first), second, first)
        rows.append(np.sort(np.minimum(c + 1, others)))
    return np.stack(rows)


def conservative_counts(method: str, table: np.ndarray, g: np.ndarray) -> np.ndarray:
    """#{i: stored statistic at least as extreme as the test's} (the conservative construction)."""
    n = table.shape[-1]
    if method == "fisher":
        stat = -2.0 * np.log((1 + g) / (n + 1)).sum(axis=1)
        lowered = stat - FISHER_RTOL * (1.0 + np.abs(stat))
        return n - np.searchsorted(table, lowered, side="left")
    gmin = g.min(axis=1)
    t = 1 + gmin
    # Every minimising layer is a valid choice; the smallest count is the least conservative.
    count = np.full(t.shape, n, dtype=np.int64)
    for j, row in enumerate(table):
        sel = g[:, j] == gmin
        count[sel] = np.minimum(count[sel], np.searchsorted(row, t[sel], side="right"))
    return count
