"""Adaptive (traffic-relative) p-values, tested by simulation: the guarantees the README states.

Scores are simulated per layer as correlated, skewed (chi-square-like) draws, the shape real
Mahalanobis scores have. A benign shift moves and stretches them; anomalies sit far above both.
"""

from __future__ import annotations

import numpy as np
import pytest

from mad.adaptive import (
    MIN_REFERENCE,
    TrafficShift,
    TrafficWindow,
    adaptive_p_values,
    cross_fitted,
    drift,
)
from mad.calibration import Calibration
from mad.errors import ConfigError

LAYERS = ["a", "b", "c"]
ALPHA = 0.05


def draw(rng: np.random.Generator, n: int, *, loc: float = 0.0, scale: float = 1.0) -> dict:
    """Three correlated skewed layer scores per record, moved by `loc` and stretched by `scale`."""
    common = rng.chisquare(8, size=n)
    return {
        name: loc + scale * (0.7 * common + 0.3 * rng.chisquare(8, size=n) + k)
        for k, name in enumerate(LAYERS)
    }


def stack(*parts: dict) -> dict:
    return {name: np.concatenate([p[name] for p in parts]) for name in LAYERS}


@pytest.fixture(scope="module")
def calibration() -> Calibration:
    return Calibration.fit(draw(np.random.default_rng(0), 1000), alpha=ALPHA, method="min_p")


def flag_rate(p: np.ndarray) -> float:
    return float(np.mean(p <= ALPHA))


def sd(n: int) -> float:
    return float(np.sqrt(ALPHA * (1 - ALPHA) / n))


def test_exchangeable_traffic_keeps_its_rate(calibration: Calibration) -> None:
    """Trusted-like traffic: the adaptive rate is at most alpha and not far below it."""
    rng = np.random.default_rng(1)
    rates = []
    for _ in range(40):
        batch = draw(rng, 500)
        p_adapt, _ = cross_fitted(calibration, batch, tolerance=0.1)
        rates.append(flag_rate(p_adapt))
    mean = float(np.mean(rates))
    n_total = 40 * 500
    assert mean <= ALPHA + 2 * sd(n_total)
    assert mean >= ALPHA - 6 * sd(500)  # conservative (max of two p-values), not silent


def test_adaptive_never_flags_more_than_trusted(calibration: Calibration) -> None:
    rng = np.random.default_rng(2)
    batch = stack(draw(rng, 300), draw(rng, 300, loc=-3.0, scale=0.5))
    p_adapt, _ = cross_fitted(calibration, batch)
    assert np.all(p_adapt >= calibration.p_values(batch))


def test_location_scale_shift_stops_flagging(calibration: Calibration) -> None:
    """A shift the whole traffic shares: trusted-only flags nearly all, adaptive ~alpha."""
    rng = np.random.default_rng(3)
    rates_trusted, rates_adapt = [], []
    for _ in range(20):
        batch = draw(rng, 600, loc=15.0, scale=2.0)
        p_adapt, _ = cross_fitted(calibration, batch)
        rates_trusted.append(flag_rate(calibration.p_values(batch)))
        rates_adapt.append(flag_rate(p_adapt))
    assert np.mean(rates_trusted) > 0.9
    assert np.mean(rates_adapt) <= ALPHA + 3 * sd(20 * 600)


def mixed(rng: np.random.Generator, n: int, eps: float) -> tuple[dict, np.ndarray]:
    """Half trusted-like, the rest a shared shift, a fraction `eps` anomalies, interleaved."""
    n_anom = round(eps * n)
    n_clean = n // 2
    parts = [
        draw(rng, n_clean),
        draw(rng, n - n_clean - n_anom, loc=10.0, scale=1.5),
        draw(rng, n_anom, loc=80.0, scale=1.0),
    ]
    labels = np.array([0] * n_clean + [1] * (n - n_clean - n_anom) + [2] * n_anom)
    order = rng.permutation(n)
    return {k: v[order] for k, v in stack(*parts).items()}, labels[order]


def test_shared_shift_with_rare_anomalies(calibration: Calibration) -> None:
    rng = np.random.default_rng(4)
    batch, labels = mixed(rng, 1000, 0.03)
    p_adapt, _ = cross_fitted(calibration, batch)
    flagged = p_adapt <= ALPHA
    assert flagged[labels == 2].mean() >= 0.9
    assert flagged[labels == 1].mean() <= 2 * ALPHA
    assert flag_rate(calibration.p_values(batch)[labels == 1]) > 0.5  # trusted-only floods


@pytest.mark.parametrize("eps", [0.01, 0.03, 0.05, 0.08])
def test_campaigns_below_the_tolerance_stay_flagged(calibration: Calibration, eps: float) -> None:
    """The README's campaign claim: below `tolerance` (0.1) a campaign cannot vouch for itself."""
    rng = np.random.default_rng(5)
    batch, labels = mixed(rng, 2000, eps)
    p_adapt, _ = cross_fitted(calibration, batch, tolerance=0.1)
    assert (p_adapt <= ALPHA)[labels == 2].mean() >= 0.9


def test_a_campaign_above_the_tolerance_hides_but_drift_reports_it(
    calibration: Calibration,
) -> None:
    rng = np.random.default_rng(6)
    batch, labels = mixed(rng, 2000, 0.3)
    p_adapt, _ = cross_fitted(calibration, batch, tolerance=0.1)
    assert (p_adapt <= ALPHA)[labels == 2].mean() < 0.5  # documented limit, not a success
    trusted_flags = calibration.p_values(batch) <= ALPHA
    report = drift(int(trusted_flags.sum()), len(trusted_flags), ALPHA)
    assert report["drifted"] and report["p_value"] < 1e-10


def test_drift_is_quiet_on_trusted_like_traffic(calibration: Calibration) -> None:
    rng = np.random.default_rng(7)
    quiet = 0
    for _ in range(50):
        flags = calibration.p_values(draw(rng, 400)) <= ALPHA
        quiet += not drift(int(flags.sum()), 400, ALPHA)["drifted"]
    assert quiet >= 49  # false-alarm rate of the 1e-3 test, with slack for the calibration draw


def test_online_window_adapts_once_it_holds_the_shift(calibration: Calibration) -> None:
    """A shared shift flags while the window is trusted-like, stops once the window holds it;
    planted rare anomalies keep being flagged throughout."""
    rng = np.random.default_rng(8)
    window = TrafficWindow(LAYERS, size=300, tolerance=0.1)
    for _ in range(3):  # warm up on trusted-like traffic
        batch = draw(rng, 100)
        window.add(batch, calibration.p_values(batch) <= ALPHA)
    early, late, anomalies = [], [], []
    for step in range(12):
        batch = draw(rng, 50, loc=10.0, scale=1.5)
        shift = window.shift()
        assert shift is not None
        p_adapt, _ = adaptive_p_values(calibration, batch, shift)
        (early if step < 2 else late if step >= 8 else []).append(flag_rate(p_adapt))
        spike = draw(rng, 1, loc=80.0)
        p_spike, _ = adaptive_p_values(calibration, spike, shift)
        anomalies.append(bool(p_spike[0] <= ALPHA))
        window.add(batch, calibration.p_values(batch) <= ALPHA)
    assert np.mean(early) > 0.5
    assert np.mean(late) <= 2 * ALPHA
    assert all(anomalies)


def test_window_warm_up_and_sizes() -> None:
    with pytest.raises(ConfigError):
        TrafficWindow(LAYERS, size=MIN_REFERENCE - 1)
    with pytest.raises(ConfigError):
        TrafficWindow(LAYERS, size=100, tolerance=0.7)
    window = TrafficWindow(LAYERS, size=100)
    assert window.shift() is None
    batch = draw(np.random.default_rng(9), MIN_REFERENCE)
    window.add(batch, np.zeros(MIN_REFERENCE, dtype=bool))
    assert window.ready and window.shift() is not None


def test_cross_fitting_refuses_tiny_batches(calibration: Calibration) -> None:
    with pytest.raises(ConfigError, match="at least"):
        cross_fitted(calibration, draw(np.random.default_rng(10), 20))


def test_map_sends_traffic_quantiles_to_trusted_ones(calibration: Calibration) -> None:
    rng = np.random.default_rng(11)
    ref = draw(rng, 5000, loc=7.0, scale=3.0)
    shift = TrafficShift.of(ref, 0.1)
    mapped = shift.to_trusted_scale(calibration, ref)
    for name in LAYERS:
        got = np.quantile(mapped[name], [0.5, 0.9])
        want = np.quantile(calibration.cal_scores[name], [0.5, 0.9])
        np.testing.assert_allclose(got, want, rtol=1e-9)
    described = shift.describe(calibration)["layers"]["a"]
    assert described["scale_ratio"] == pytest.approx(3.0, rel=0.15)
