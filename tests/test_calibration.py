"""Tests for conformal calibration: exactness, validity (stated FPR), power, ties, round trips."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
import torch
from scipy import stats

from mad.calibration import (
    METHODS,
    Calibration,
    CalibrationError,
    check_calibration_size,
    conformal_p_values,
    split_indices,
)
from mad.second_level import conservative_table

N_CAL, N_TEST, REPS = 500, 2000, 200
ALPHAS = (0.05, 0.01)


def _as_layers(x: np.ndarray) -> dict[str, np.ndarray]:
    return {f"layer{j}": x[:, j] for j in range(x.shape[1])}


def _draw(rng: np.random.Generator, structure: str, size: int) -> np.ndarray:
    """Trusted scores, shape (size, L): rows are inputs, columns layers."""
    if structure == "single":
        return rng.standard_normal((size, 1))
    if structure == "independent":
        return rng.standard_normal((size, 4))
    shared = rng.standard_normal((size, 1))
    if structure == "correlated":
        return shared + 0.1 * rng.standard_normal((size, 4))
    # "tied": few distinct values per layer, as with duplicated inputs or quantised scores.
    return np.floor(2 * (shared + 0.5 * rng.standard_normal((size, 4))))


def _brute_p(cal: np.ndarray, s: float) -> float:
    return (1 + sum(c >= s for c in cal)) / (len(cal) + 1)


# --- single-layer conformal p-values ---------------------------------------------------------


def test_conformal_matches_brute_force_with_ties() -> None:
    rng = np.random.default_rng(0)
    cal = rng.integers(0, 10, size=50).astype(float)
    scores = np.concatenate([rng.integers(-2, 13, size=100).astype(float), cal[:5]])
    p = conformal_p_values(cal, scores)
    assert np.allclose(p, [_brute_p(cal, s) for s in scores], rtol=0, atol=0)
    assert p.min() >= 1 / 51 and p.max() <= 1
    assert conformal_p_values(cal, np.array([cal.max() + 1]))[0] == 1 / 51
    assert conformal_p_values(cal, np.array([cal.min()]))[0] == 1.0


def test_conformal_monotone_non_increasing() -> None:
    rng = np.random.default_rng(1)
    cal = rng.standard_normal(300)
    grid = np.linspace(-5, 5, 2001)
    assert np.all(np.diff(conformal_p_values(cal, grid)) <= 0)


def test_conformal_rejects_nan() -> None:
    with pytest.raises(ValueError, match="NaN"):
        conformal_p_values(np.array([0.0, np.nan]), np.array([1.0]))
    with pytest.raises(ValueError, match="NaN"):
        conformal_p_values(np.array([0.0, 1.0]), np.array([np.nan]))


# --- validity: flagged rate on fresh trusted data ----------------------------------------------


def _rates(structure: str, method: str) -> np.ndarray:
    """Flag rate per calibration draw, shape (REPS, len(ALPHAS)).

    The guarantee is marginal over the calibration draw, and rates within one draw share that
    draw, so the draws (not the pooled test points) are the independent units.
    """
    rng = np.random.default_rng(12345)
    out = np.empty((REPS, len(ALPHAS)))
    for r in range(REPS):
        cal = Calibration.fit(_as_layers(_draw(rng, structure, N_CAL)), min(ALPHAS), method)
        p = cal.p_values(_as_layers(_draw(rng, structure, N_TEST)))
        out[r] = [(p <= a).mean() for a in ALPHAS]
    return out


def _k(alpha: float, n: int = N_CAL) -> int:
    """Calibration points in the flagged tail of one conformal layer: floor(alpha (n + 1))."""
    return math.floor(alpha * (n + 1) + 1e-9)


def _lower_floor(structure: str, method: str, alpha: float) -> float:
    """A rate the method must not be significantly below.

    Bonferroni flags at least what layer 0 alone flags at alpha/L (its exact conformal rate).
    min_p and fisher calibrate their statistic, so their rate should be near alpha; ties between
    ranks of different layers cost some of it, so we only ask for 60 % of the single-layer rate.
    """
    n_layers = 1 if structure == "single" else 4
    if method == "bonferroni":
        return _k(alpha / n_layers) / (N_CAL + 1)
    return 0.6 * _k(alpha) / (N_CAL + 1)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("structure", ["single", "correlated", "independent", "tied"])
def test_false_positive_rate_is_at_most_alpha(structure: str, method: str) -> None:
    rates = _rates(structure, method)
    for j, alpha in enumerate(ALPHAS):
        r = rates[:, j]
        above = stats.ttest_1samp(r, alpha, alternative="greater").pvalue
        assert above > 0.001, f"{structure}/{method}: FPR {r.mean():.4f} > alpha={alpha}"
        if structure == "tied":
            continue  # ties make every method conservative by a data-dependent amount
        floor = _lower_floor(structure, method, alpha)
        below = stats.ttest_1samp(r, floor, alternative="less").pvalue
        assert below > 0.001, f"{structure}/{method}: FPR {r.mean():.4f} far below {floor:.4f}"


@pytest.mark.parametrize("method", ["min_p", "bonferroni"])
def test_single_layer_rate_is_the_exact_conformal_rate(method: str) -> None:
    rates = _rates("single", method)
    for j, alpha in enumerate(ALPHAS):
        expected = _k(alpha) / (N_CAL + 1)
        assert stats.ttest_1samp(rates[:, j], expected).pvalue > 0.001


# --- second level: agreement with the exchangeable construction -------------------------------


def _exchangeable_p(cal: np.ndarray, test: np.ndarray, method: str) -> np.ndarray:
    """Reference p*: put the test point among the calibration points, rank all n + 1 of them."""
    out = np.empty(len(test))
    for m, row in enumerate(test):
        pts = np.vstack([cal, row])
        ranks = (pts[None, :, :] >= pts[:, None, :]).sum(axis=1)  # C_kl
        if method == "min_p":
            stat = ranks.min(axis=1)
            out[m] = np.mean(stat <= stat[-1])
        else:
            stat = np.log(ranks).sum(axis=1)
            out[m] = np.mean(stat <= stat[-1] + 1e-9)
    return out


@pytest.mark.parametrize("method", ["min_p", "fisher"])
@pytest.mark.parametrize("tied", [False, True])
def test_second_level_is_the_exchangeable_construction(method: str, tied: bool) -> None:
    """New calibrations combine layers by the exact full-conformal p-value (mad.second_level)."""
    rng = np.random.default_rng(7)
    cal, test = rng.standard_normal((60, 3)), rng.standard_normal((300, 3))
    if tied:
        cal, test = np.round(cal), np.round(np.vstack([test[:250], cal[:50]]))
    calibration = Calibration.fit(_as_layers(cal), alpha=0.2, method=method)
    assert calibration.second_level == "exact"
    p = calibration.p_values(_as_layers(test))
    np.testing.assert_allclose(p, _exchangeable_p(cal, test, method), rtol=0, atol=1e-12)


def _legacy(cal: np.ndarray, alpha: float, method: str) -> Calibration:
    """A calibration as detectors saved before the exact construction stored it."""
    exact = Calibration.fit(_as_layers(cal), alpha=alpha, method=method)
    counts, _ = exact._layer_counts(_as_layers(cal))
    config = {k: v for k, v in exact.config().items() if k != "second_level"}
    state = {k: v for k, v in exact.state_dict().items() if k != "cal_rows"}
    state["combined_cal"] = torch.tensor(conservative_table(method, counts))
    return Calibration.from_state(config, state)


@pytest.mark.parametrize("method", ["min_p", "fisher"])
def test_saved_conservative_calibrations_keep_their_p_values(method: str) -> None:
    rng = np.random.default_rng(17)
    cal, test = rng.standard_normal((80, 3)), rng.standard_normal((400, 3)) + 0.5
    legacy = _legacy(cal, 0.2, method)
    assert legacy.second_level == "conservative"
    p_old, ref = legacy.p_values(_as_layers(test)), _exchangeable_p(cal, test, method)
    assert np.all(p_old >= ref - 1e-12)  # valid: never below the exchangeable p-value
    assert np.mean(p_old - ref) <= 1.5 / 81  # within about one calibration rank on average
    back = Calibration.from_state(legacy.config(), legacy.state_dict())
    assert back.second_level == "conservative"
    assert np.array_equal(back.p_values(_as_layers(test)), p_old)


def test_exact_floor_is_one_rank_for_any_number_of_layers() -> None:
    rng = np.random.default_rng(18)
    for n_layers in (1, 3, 8):
        for method in ("min_p", "fisher"):
            cal = Calibration.fit(_as_layers(rng.standard_normal((99, n_layers))), 0.01, method)
            assert cal._smallest_p() == pytest.approx(1 / 100)
            above = _as_layers(np.full((1, n_layers), 10.0))
            assert cal.p_values(above)[0] == pytest.approx(1 / 100)
            assert bool(cal.flags(above)[0])


@pytest.mark.parametrize("method", METHODS)
def test_single_layer_combined_p_versus_layer_p(method: str) -> None:
    rng = np.random.default_rng(3)
    cal = Calibration.fit({"only": rng.standard_normal(400)}, 0.05, method)
    scores = {"only": np.concatenate([rng.standard_normal(1000), cal.cal_scores["only"][:20]])}
    layer_p, p = cal.layer_p_values(scores)["only"], cal.p_values(scores)
    assert np.array_equal(p, layer_p)


# --- power ------------------------------------------------------------------------------------


def test_min_p_detects_a_shift_in_one_of_four_layers() -> None:
    rng = np.random.default_rng(11)
    alpha = 0.01
    cal = Calibration.fit(_as_layers(rng.standard_normal((2000, 4))), alpha)
    clean = rng.standard_normal((2000, 4))
    shifted = clean.copy()
    shifted[:, 2] += 4.0
    assert cal.flags(_as_layers(clean)).mean() < 3 * alpha
    assert cal.flags(_as_layers(shifted)).mean() > 0.5


# --- ties, thresholds ------------------------------------------------------------------------


def test_constant_calibration_scores() -> None:
    cal = Calibration.fit({"a": np.zeros(200)}, alpha=0.01)
    p = cal.p_values({"a": np.array([-1.0, 0.0, 1e-9])})
    assert np.array_equal(p, [1.0, 1.0, 1 / 201])


def test_duplicated_calibration_inputs_match_brute_force() -> None:
    rng = np.random.default_rng(5)
    base = rng.standard_normal((150, 2))
    cal = Calibration.fit(_as_layers(np.vstack([base, base])), alpha=0.05)
    test = np.vstack([base[:30], rng.standard_normal((30, 2))])
    layer_p = cal.layer_p_values(_as_layers(test))
    for j in range(2):
        brute = [_brute_p(np.concatenate([base[:, j]] * 2), s) for s in test[:, j]]
        assert np.array_equal(layer_p[f"layer{j}"], brute)


@pytest.mark.parametrize("alpha", [0.01, 0.05, 0.29])
def test_thresholds_agree_with_layer_p_values(alpha: float) -> None:
    rng = np.random.default_rng(9)
    cal = Calibration.fit(_as_layers(rng.standard_normal((399, 3))), alpha=alpha)
    for layer, thr in cal.thresholds().items():
        below = np.nextafter(thr, -np.inf)
        scores = {name: np.full(2, -10.0) for name in cal.layers}
        scores[layer] = np.array([thr, below])
        p_at, p_below = cal.layer_p_values(scores)[layer]
        assert p_at <= alpha < p_below


# --- sizes, validation, round trip -----------------------------------------------------------


def test_check_calibration_size() -> None:
    with pytest.raises(CalibrationError, match="n_cal >= 99"):
        check_calibration_size(50, 0.01)
    warnings = check_calibration_size(200, 0.01)
    assert len(warnings) == 1 and "Beta(2, 199)" in warnings[0]
    assert check_calibration_size(99, 0.01)  # feasible but noisy
    assert check_calibration_size(1000, 0.01) == []


def test_fit_rejects_calibrations_that_can_never_flag() -> None:
    rng = np.random.default_rng(2)
    with pytest.raises(CalibrationError, match="n_cal >= 99"):
        Calibration.fit({"a": rng.standard_normal(50)}, alpha=0.01)
    # Bonferroni over 4 layers needs L / (n + 1) <= alpha.
    with pytest.raises(CalibrationError, match="smallest attainable"):
        Calibration.fit(_as_layers(rng.standard_normal((200, 4))), 0.01, "bonferroni")


def test_validation_errors() -> None:
    rng = np.random.default_rng(4)
    good = _as_layers(rng.standard_normal((300, 2)))
    cal = Calibration.fit(good, alpha=0.05)
    with pytest.raises(ValueError, match="NaN"):
        cal.p_values({"layer0": np.array([np.nan]), "layer1": np.array([0.0])})
    with pytest.raises(ValueError, match=r"missing \['layer1'\], unexpected \['bogus'\]"):
        cal.p_values({"layer0": np.zeros(3), "bogus": np.zeros(3)})
    with pytest.raises(ValueError, match="common length"):
        cal.p_values({"layer0": np.zeros(3), "layer1": np.zeros(4)})
    with pytest.raises(ValueError, match="NaN"):
        Calibration.fit({"a": np.array([0.0, np.nan] * 100)}, alpha=0.05)
    with pytest.raises(ValueError, match="common length"):
        Calibration.fit({"a": np.zeros(300), "b": np.zeros(299)}, alpha=0.05)
    for bad in (0.0, 1.0, -0.1):
        with pytest.raises(ValueError, match="alpha"):
            Calibration.fit(good, alpha=bad)
    with pytest.raises(ValueError, match="min_p.*bonferroni.*fisher"):
        Calibration.fit(good, alpha=0.05, method="mean")


@pytest.mark.parametrize("method", METHODS)
def test_state_round_trip_is_exact(method: str) -> None:
    rng = np.random.default_rng(8)
    cal = Calibration.fit(_as_layers(rng.standard_normal((500, 3))), alpha=0.02, method=method)
    config = json.loads(json.dumps(cal.config()))
    back = Calibration.from_state(config, cal.state_dict())
    assert back.config() == cal.config() and back.layers == cal.layers
    for layer in cal.layers:
        assert np.array_equal(back.cal_scores[layer], cal.cal_scores[layer])
    assert back.second_level == cal.second_level
    if cal.cal_rows is None:
        assert back.cal_rows is None
    else:
        assert back.cal_rows is not None
        assert np.array_equal(back.cal_rows, cal.cal_rows)
        assert back.cal_rows.dtype == cal.cal_rows.dtype
    test = _as_layers(rng.standard_normal((1000, 3)) + 1.5)
    assert np.array_equal(back.p_values(test), cal.p_values(test))
    assert back.thresholds() == cal.thresholds()
    summary = json.loads(json.dumps(cal.summary(), allow_nan=False))
    assert summary["n_cal"] == 500 and set(summary["layers"]) == set(cal.layers)


def test_from_state_rejects_mismatched_state() -> None:
    rng = np.random.default_rng(6)
    cal = Calibration.fit(_as_layers(rng.standard_normal((300, 2))), alpha=0.05)
    state = cal.state_dict()
    del state["cal_rows"]
    with pytest.raises(ValueError, match="missing \\['cal_rows'\\]"):
        Calibration.from_state(cal.config(), state)


# --- split -----------------------------------------------------------------------------------


def test_split_indices() -> None:
    fit_idx, cal_idx = split_indices(1000, holdout=0.2, seed=3)
    again = split_indices(1000, holdout=0.2, seed=3)
    assert np.array_equal(fit_idx, again[0]) and np.array_equal(cal_idx, again[1])
    assert len(cal_idx) == 200 and len(fit_idx) == 800
    assert np.intersect1d(fit_idx, cal_idx).size == 0
    assert np.array_equal(np.sort(np.concatenate([fit_idx, cal_idx])), np.arange(1000))
    assert not np.array_equal(cal_idx, split_indices(1000, holdout=0.2, seed=4)[1])
    for n, holdout in ((1, 0.2), (3, 0.1), (3, 0.9), (10, 0.0), (10, 1.0)):
        with pytest.raises(ValueError):
            split_indices(n, holdout=holdout)
