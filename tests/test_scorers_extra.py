"""Scorers that learn from more than trusted data: QUE, the Gaussian likelihood ratio, the probe.

Each is checked against a direct computation of its formula (numpy, scipy, scikit-learn), on a
problem whose answer is known, and against the Scorer contract, including the extra-data API.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save
from scipy.linalg import expm
from scipy.stats import multivariate_normal
from sklearn.covariance import OAS
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.preprocessing import StandardScaler

from mad.calibration import conformal_p_values
from mad.scorers.base import SCORERS, Scorer, get_scorer
from mad.scorers.likelihood_ratio import GaussianLikelihoodRatioScorer
from mad.scorers.mahalanobis import MahalanobisScorer
from mad.scorers.probe import ProbeScorer
from mad.scorers.que import QUEScorer
from mad.scorers.reservoir import Reservoir

D = 8


def correlated(rng: np.random.Generator, n: int, d: int = D) -> np.ndarray:
    return rng.standard_normal((n, d)) @ rng.standard_normal((d, d)) / np.sqrt(d) + 0.5


def data(seed: int = 0) -> dict[str, np.ndarray]:
    """Small well-conditioned trusted, untrusted (with a shifted cluster) and anomaly sets."""
    rng = np.random.default_rng(seed)
    mixing = np.eye(D) + 0.3 * rng.standard_normal((D, D))
    shift = rng.standard_normal(D)
    shift *= 3.0 / np.linalg.norm(shift)

    def sample(n: int) -> np.ndarray:
        return rng.standard_normal((n, D)) @ mixing + 1.0

    return {
        "trusted": sample(300),
        "untrusted": np.concatenate([sample(160), sample(40) + shift]),
        "anomalies": sample(60) + shift,
        "queries": np.concatenate([sample(20), sample(20) + shift]),
    }


def fit(scorer: Scorer, d: dict[str, np.ndarray]) -> Scorer:
    if scorer.needs == "untrusted":
        return scorer.fit(d["trusted"], untrusted=d["untrusted"])
    return scorer.fit(d["trusted"], anomalies=d["anomalies"])


SCORER_FACTORIES = [
    pytest.param(lambda: QUEScorer(alpha=2.5), id="que"),
    pytest.param(lambda: QUEScorer(shrinkage=0.2), id="que-fixed-shrinkage"),
    pytest.param(lambda: GaussianLikelihoodRatioScorer(), id="likelihood_ratio"),
    pytest.param(lambda: ProbeScorer(l2=0.5), id="probe"),
]


# -- each scorer against a direct computation -----------------------------------------------------


def que_reference(
    trusted: np.ndarray, untrusted: np.ndarray, x: np.ndarray, alpha: float, cov: np.ndarray
) -> np.ndarray:
    """The QUE formula written out: symmetric whitening C^-1/2, the untrusted batch's excess
    over the trusted spread in that basis, expm and the trace."""
    evals, evecs = np.linalg.eigh(cov)
    w = evecs @ np.diag(evals**-0.5) @ evecs.T
    sigma = w @ np.cov(untrusted.T, bias=True) @ w
    a = sigma - w @ np.cov(trusted.T, bias=True) @ w
    e = expm(alpha * a / np.linalg.norm(a, 2))
    q = e / np.trace(e)
    z = (x - trusted.mean(axis=0)) @ w
    return np.einsum("ni,ij,nj->n", z, q, z)


@pytest.mark.parametrize("shrinkage", ["none", "oas"])
@pytest.mark.parametrize("alpha", [0.0, 1.0, 4.0, 12.0])
def test_que_matches_its_formula(shrinkage: str, alpha: float) -> None:
    d = data()
    scorer = QUEScorer(alpha=alpha, shrinkage=shrinkage).fit(d["trusted"], untrusted=d["untrusted"])
    if shrinkage == "none":
        cov = np.cov(d["trusted"].T, bias=True)
    else:
        cov = OAS().fit(d["trusted"]).covariance_
    expected = que_reference(d["trusted"], d["untrusted"], d["queries"], alpha, cov)
    np.testing.assert_allclose(scorer.score_samples(d["queries"]), expected, rtol=1e-9)


def test_que_sees_no_excess_in_trusted_data_even_with_shrinkage() -> None:
    """An untrusted batch that is the trusted one has no excess whatever the shrinkage, so Q is
    I/d and QUE is the (shrunk) Mahalanobis distance over d. Measured against the identity, the
    shrunk whitening would have put weight on the trusted top directions instead."""
    d = data()
    for shrinkage in ("oas", 0.3):
        scorer = QUEScorer(shrinkage=shrinkage).fit(d["trusted"], untrusted=d["trusted"])
        mahalanobis = MahalanobisScorer(shrinkage=shrinkage).fit(d["trusted"])
        np.testing.assert_allclose(
            scorer.score_samples(d["queries"]),
            mahalanobis.score_samples(d["queries"]) / D,
            rtol=1e-9,
        )


def test_que_without_excess_covariance_is_mahalanobis_over_d() -> None:
    # The untrusted batch *is* the trusted one: Sigma_u = I exactly (no shrinkage), so Q = I/d.
    d = data()
    scorer = QUEScorer(shrinkage="none").fit(d["trusted"], untrusted=d["trusted"])
    mahalanobis = MahalanobisScorer(shrinkage="none").fit(d["trusted"])
    np.testing.assert_allclose(
        scorer.score_samples(d["queries"]), mahalanobis.score_samples(d["queries"]) / D, rtol=1e-9
    )


@pytest.mark.parametrize("shrinkage", ["none", "oas"])
def test_likelihood_ratio_matches_scipy(shrinkage: str) -> None:
    d = data()
    scorer = GaussianLikelihoodRatioScorer(shrinkage=shrinkage)
    scorer.fit(d["trusted"], untrusted=d["untrusted"])
    if shrinkage == "none":
        cov_t, cov_u = (np.cov(d[k].T, bias=True) for k in ("trusted", "untrusted"))
    else:
        cov_t, cov_u = (OAS().fit(d[k]).covariance_ for k in ("trusted", "untrusted"))
    x = d["queries"]
    expected = multivariate_normal(d["untrusted"].mean(axis=0), cov_u).logpdf(
        x
    ) - multivariate_normal(d["trusted"].mean(axis=0), cov_t).logpdf(x)
    np.testing.assert_allclose(scorer.score_samples(x), expected, rtol=1e-9, atol=1e-9)


def test_likelihood_ratio_log_determinant_survives_mixed_scales() -> None:
    # Features six decades apart: the ratio is invariant to rescaling features (the Jacobians
    # cancel), so it must equal the ratio computed on the unscaled data.
    d = data()
    scale = np.where(np.arange(D) % 2 == 0, 1e-3, 1e3)
    plain = GaussianLikelihoodRatioScorer(shrinkage="none")
    plain.fit(d["trusted"], untrusted=d["untrusted"])
    scaled = GaussianLikelihoodRatioScorer(shrinkage="none")
    scaled.fit(d["trusted"] * scale, untrusted=d["untrusted"] * scale)
    np.testing.assert_allclose(
        scaled.score_samples(d["queries"] * scale), plain.score_samples(d["queries"]), atol=1e-8
    )


def test_probe_matches_sklearn_logistic_regression() -> None:
    d = data()
    trusted, anomalies = d["trusted"].astype(np.float32), d["anomalies"].astype(np.float32)
    # Overlapping classes so the optimum is well inside the interior.
    anomalies = (anomalies + trusted[: len(anomalies)]) / 2
    l2 = 2.0
    probe = ProbeScorer(l2=l2).fit(trusted, anomalies=anomalies)
    x = np.concatenate([trusted, anomalies]).astype(np.float64)
    y = np.r_[np.zeros(len(trusted)), np.ones(len(anomalies))]
    scaler = StandardScaler().fit(x)
    ref = LogisticRegression(C=1 / l2, class_weight="balanced", tol=1e-12, max_iter=10_000)
    ref.fit(scaler.transform(x), y)
    queries = d["queries"]
    np.testing.assert_allclose(probe.mean_.numpy(), scaler.mean_, rtol=1e-12)
    np.testing.assert_allclose(probe.scale_.numpy(), scaler.scale_, rtol=1e-12)
    np.testing.assert_allclose(
        probe.score_samples(queries), ref.decision_function(scaler.transform(queries)), atol=1e-6
    )


def test_probe_leaves_constant_features_unscaled() -> None:
    d = data()
    trusted, anomalies = d["trusted"].copy(), d["anomalies"].copy()
    trusted[:, 2] = anomalies[:, 2] = 7.25
    probe = ProbeScorer().fit(trusted, anomalies=anomalies)
    assert probe.scale_[2] == 1.0
    assert np.all(np.isfinite(probe.score_samples(d["queries"])))


# -- known answers -------------------------------------------------------------------------------


def hidden_cluster(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A cluster shifted 4 sd along the trusted data's top direction: Mahalanobis sees it only
    through one of 32 dimensions, a scorer that looks at the untrusted batch sees it clearly."""
    rng = np.random.default_rng(seed)
    d = 32
    mixing = rng.standard_normal((d, d)) / np.sqrt(d)

    def sample(n: int) -> np.ndarray:
        return rng.standard_normal((n, d)) @ mixing

    evals, evecs = np.linalg.eigh(mixing.T @ mixing)
    shift = 4.0 * np.sqrt(evals[-1]) * evecs[:, -1]
    untrusted = np.concatenate([sample(1800), sample(200) + shift])
    test = np.concatenate([sample(500), sample(500) + shift])
    return sample(4000), untrusted, test, np.r_[np.zeros(500), np.ones(500)]


@pytest.mark.parametrize("cls", [QUEScorer, GaussianLikelihoodRatioScorer])
def test_untrusted_scorers_find_the_cluster_in_the_untrusted_batch(cls: type[Scorer]) -> None:
    trusted, untrusted, test, labels = hidden_cluster(0)
    scorer = cls().fit(torch.from_numpy(trusted).float(), untrusted=untrusted)
    auroc = roc_auc_score(labels, scorer.score_samples(test))
    baseline = roc_auc_score(labels, MahalanobisScorer().fit(trusted).score_samples(test))
    assert auroc > 0.95
    assert auroc > baseline + 0.05  # the untrusted batch is what makes the difference


def test_probe_separates_labelled_anomalies() -> None:
    trusted, untrusted, test, labels = hidden_cluster(1)
    probe = ProbeScorer().fit(trusted, anomalies=untrusted[-200:])
    assert roc_auc_score(labels, probe.score_samples(test)) > 0.95


# -- float32 capture noise -----------------------------------------------------------------------


def captures(case: str, seed: int = 0) -> dict:
    """float32 "captures" of prompts that differ little, and a way to capture rows again.

    ``identical``: one prompt 400 times, bit-identical (one batch layout), as in the report of
    a detector fitted on 200 copies of a prompt. ``three_directions``: prompts differing along
    three dense directions. ``three_features``: prompts differing in three features only,
    captured in assorted batch layouts, so the other features move by an ulp or so. A
    re-capture adds what another batch layout adds: noise of 4 float32 ulps of the data's
    scale (measured on SmolLM2: 0.3-6 ulps RMS).
    """
    rng = np.random.default_rng(seed)
    d = 16
    row = 10.0 + 3.0 * rng.standard_normal(d)
    ulp = float(np.finfo(np.float32).eps) * np.sqrt(np.mean(row**2))
    span = np.linalg.qr(rng.standard_normal((d, 3)))[0].T if case != "three_features" else None
    if span is None:
        span = np.eye(d)[:3]

    def draw(n: int, shift: float = 0.0, noise: float = 0.0) -> np.ndarray:
        spread = 0.0 if case == "identical" else 0.1
        x = row + (spread * rng.standard_normal((n, 3)) + [shift, 0.0, 0.0]) @ span
        return (x + noise * ulp * rng.standard_normal(x.shape)).astype(np.float32)

    trusted_noise = 1.0 if case == "three_features" else 0.0
    queries = draw(20)
    return {
        "trusted": draw(400, noise=trusted_noise),
        "untrusted": np.concatenate([draw(80, noise=trusted_noise), draw(20, shift=0.5)]),
        "anomalies": draw(60, shift=0.5, noise=trusted_noise),
        "calibration": draw(49, noise=4.0),
        "first": (queries + 4 * ulp * rng.standard_normal(queries.shape)).astype(np.float32),
        "second": (queries + 4 * ulp * rng.standard_normal(queries.shape)).astype(np.float32),
        "shifted": (queries + 0.5 * span[0]).astype(np.float32),
    }


NOISE_FACTORIES = [
    pytest.param(lambda: MahalanobisScorer(), id="mahalanobis"),
    pytest.param(lambda: MahalanobisScorer(shrinkage="none"), id="mahalanobis-none"),
    pytest.param(lambda: QUEScorer(), id="que"),
    pytest.param(lambda: QUEScorer(shrinkage="none"), id="que-none"),
    pytest.param(lambda: GaussianLikelihoodRatioScorer(), id="likelihood_ratio"),
    pytest.param(lambda: GaussianLikelihoodRatioScorer(shrinkage="none"), id="lr-none"),
    pytest.param(lambda: ProbeScorer(), id="probe"),
]


@pytest.mark.parametrize("case", ["identical", "three_directions", "three_features"])
@pytest.mark.parametrize("factory", NOISE_FACTORIES)
def test_float32_capture_noise_is_not_amplified(factory, case: str) -> None:
    """A direction the trusted data did not resolve cannot turn capture noise into a score."""
    d = captures(case)
    scorer = factory()
    if scorer.needs == "untrusted":
        scorer.fit(d["trusted"], untrusted=d["untrusted"])
    elif scorer.needs == "labels":
        scorer.fit(d["trusted"], anomalies=d["anomalies"])
    else:
        scorer.fit(d["trusted"])
    first, second = scorer.score_samples(d["first"]), scorer.score_samples(d["second"])
    # The same rows captured in two batch layouts score alike (without the resolution floors:
    # up to 1e149 apart), while a real move of 0.5 along a trusted direction stands out.
    assert np.abs(first - second).max() < 0.01
    assert np.median(scorer.score_samples(d["shifted"])) > np.max(first) + 1.0
    # A row's p-value is the same alone as inside a batch ...
    cal = scorer.score_samples(d["calibration"])
    alone = np.array([scorer.score_samples(row[None])[0] for row in d["first"]])
    np.testing.assert_array_equal(conformal_p_values(cal, alone), conformal_p_values(cal, first))
    # ... and, where the trusted rows vary at all, captured in another batch layout. (Identical
    # trusted rows leave every calibration score at noise level, so p-values there are noise:
    # refusing such a trusted set is the detector's job, not the scorer's.)
    if case != "identical":
        moved = np.abs(conformal_p_values(cal, first) - conformal_p_values(cal, second))
        assert moved.max() <= 1 / (len(cal) + 1) + 1e-12, "a p-value moved by more than one point"


# -- streaming -----------------------------------------------------------------------------------


def batches(rng: np.random.Generator, x: np.ndarray) -> list[np.ndarray]:
    cuts = np.sort(rng.choice(np.arange(1, len(x)), size=rng.integers(1, 9), replace=False))
    return [x[:1], *np.split(x[1:], cuts)]


@pytest.mark.parametrize("factory", SCORER_FACTORIES)
def test_streaming_equals_one_shot(factory) -> None:
    d = data()
    rng = np.random.default_rng(1)
    one_shot = fit(factory(), d)
    streamed = factory()
    extra = d["untrusted"] if streamed.needs == "untrusted" else d["anomalies"]
    method = (
        streamed.partial_fit_untrusted
        if streamed.needs == "untrusted"
        else streamed.partial_fit_anomalies
    )
    # Extra batches interleaved with (and some before) the trusted ones.
    extra_batches, trusted_batches = batches(rng, extra), batches(rng, d["trusted"])
    method(extra_batches[0])
    for i, batch in enumerate(trusted_batches):
        streamed.partial_fit(batch)
        for e in extra_batches[1:][i :: len(trusted_batches)]:
            method(e)
    streamed.finalize()
    assert (streamed.count, streamed.extra_count) == (one_shot.count, one_shot.extra_count)
    np.testing.assert_allclose(
        streamed.score_samples(d["queries"]), one_shot.score_samples(d["queries"]), rtol=1e-9
    )


def test_reservoir_sample_is_independent_of_batching_and_uniform() -> None:
    x = torch.arange(1000, dtype=torch.float64)[:, None].repeat(1, 2)
    whole = Reservoir(100)
    whole.add(x)
    split = Reservoir(100)
    for part in torch.split(x, [1, 99, 3, 400, 1, 496]):
        split.add(part)
    torch.testing.assert_close(whole.rows(), split.rows(), rtol=0, atol=0)
    kept = whole.rows()[:, 0].numpy()
    assert kept.dtype == np.float32 and len(np.unique(kept)) == 100 and whole.seen == 1000
    assert 350 < kept.mean() < 650  # uniform over the stream, not its first 100 rows


def test_probe_caps_its_training_rows() -> None:
    d = data()
    probe = ProbeScorer(max_samples=50)
    for batch in np.array_split(d["trusted"], 7):
        probe.partial_fit(batch)
    probe.partial_fit_anomalies(d["anomalies"]).finalize()
    assert probe.count == 300 and probe.extra_count == 60
    assert probe._normal.rows().shape == (50, D) and probe._anomalies.rows().shape == (50, D)
    one_shot = ProbeScorer(max_samples=50).fit(d["trusted"], anomalies=d["anomalies"])
    np.testing.assert_array_equal(
        probe.score_samples(d["queries"]), one_shot.score_samples(d["queries"])
    )


def test_refinalize_after_more_untrusted_data() -> None:
    d = data()
    scorer = QUEScorer().fit(d["trusted"], untrusted=d["untrusted"][:100])
    scorer.partial_fit_untrusted(d["untrusted"][100:])
    with pytest.raises(RuntimeError, match="not fitted"):
        scorer.score_samples(d["queries"])
    np.testing.assert_allclose(
        scorer.finalize().score_samples(d["queries"]),
        QUEScorer().fit(d["trusted"], untrusted=d["untrusted"]).score_samples(d["queries"]),
        rtol=1e-12,
    )


# -- the Scorer contract -------------------------------------------------------------------------


@pytest.mark.parametrize("factory", SCORER_FACTORIES)
def test_state_round_trip_is_bit_identical(factory) -> None:
    d = data()
    scorer = fit(factory(), d)
    state = scorer.state_dict()
    assert all(isinstance(t, torch.Tensor) and t.is_contiguous() for t in state.values())
    config = json.loads(json.dumps(scorer.config()))
    assert config["count"] == 300 and config["extra_count"] in (200, 60) and config["d"] == D
    restored = type(scorer).from_state(config, st_load(st_save(state)))
    queries = d["queries"] + np.random.default_rng(0).standard_normal(d["queries"].shape)
    for rows in (1, 2, 7, len(queries)):  # one row takes other BLAS kernels than many
        np.testing.assert_array_equal(
            restored.score_samples(queries[:rows]), scorer.score_samples(queries[:rows])
        )
    with pytest.raises(RuntimeError, match="restored"):
        restored.partial_fit(d["trusted"])
    extra = (
        restored.partial_fit_untrusted
        if restored.needs == "untrusted"
        else restored.partial_fit_anomalies
    )
    with pytest.raises(RuntimeError, match="restored"):
        extra(d["trusted"])


@pytest.mark.parametrize("factory", SCORER_FACTORIES)
def test_score_of_a_sample_does_not_depend_on_its_batch(factory) -> None:
    d = data()
    scorer = fit(factory(), d)
    x = d["queries"]
    alone = np.array([scorer.score_samples(x[i : i + 1])[0] for i in range(len(x))])
    # Up to BLAS rounding for another batch shape (~1e-15; absolute for the likelihood ratio,
    # a difference of two quadratic forms ~20 times larger than itself).
    np.testing.assert_allclose(alone, scorer.score_samples(x), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(
        scorer.score_samples(x[:5]), scorer.score_samples(x)[:5], rtol=1e-12, atol=1e-12
    )


@pytest.mark.parametrize("factory", SCORER_FACTORIES)
def test_inputs_are_not_modified(factory) -> None:
    d = data()
    before = {k: v.copy() for k, v in d.items()}
    fit(factory(), d).score_samples(d["queries"])
    for key, value in d.items():
        np.testing.assert_array_equal(value, before[key])


@pytest.mark.parametrize(
    ("scorer", "message"),
    [
        (QUEScorer(), r"QUEScorer needs untrusted data: .*partial_fit_untrusted\(\)"),
        (GaussianLikelihoodRatioScorer(), r"needs untrusted data: .*partial_fit_untrusted\(\)"),
        (ProbeScorer(), r"ProbeScorer needs labelled anomalies: .*partial_fit_anomalies\(\)"),
    ],
)
def test_missing_extra_data_is_named(scorer: Scorer, message: str) -> None:
    x = data()["trusted"]
    with pytest.raises(ValueError, match=message):
        scorer.fit(x)
    with pytest.raises(ValueError, match=message):
        scorer.reset().partial_fit(x).finalize()


@pytest.mark.parametrize("cls", [QUEScorer, GaussianLikelihoodRatioScorer])
def test_untrusted_scorers_need_two_untrusted_samples(cls: type[Scorer]) -> None:
    d = data()
    with pytest.raises(ValueError, match="at least 2 untrusted samples, got 1"):
        cls().fit(d["trusted"], untrusted=d["untrusted"][:1])


@pytest.mark.parametrize(
    ("scorer", "method", "message"),
    [
        (MahalanobisScorer(), "partial_fit_untrusted", "does not take untrusted data"),
        (MahalanobisScorer(), "partial_fit_anomalies", "does not take labelled anomalies"),
        (QUEScorer(), "partial_fit_anomalies", r"needs='untrusted'"),
        (GaussianLikelihoodRatioScorer(), "partial_fit_anomalies", "labelled anomalies"),
        (ProbeScorer(), "partial_fit_untrusted", r"needs='labels'"),
    ],
)
def test_wrong_extra_data_method_is_refused(scorer: Scorer, method: str, message: str) -> None:
    x = data()["trusted"]
    with pytest.raises(TypeError, match=message):
        getattr(scorer, method)(x)
    keyword = "untrusted" if method == "partial_fit_untrusted" else "anomalies"
    with pytest.raises(TypeError, match=message):
        scorer.fit(x, **{keyword: x})


def test_extra_data_is_validated_like_trusted_data() -> None:
    d = data()
    scorer = QUEScorer().partial_fit(d["trusted"])
    with pytest.raises(ValueError, match=f"d={D}"):
        scorer.partial_fit_untrusted(d["untrusted"][:, :-1])
    bad = d["anomalies"].copy()
    bad[3, 0] = np.nan
    with pytest.raises(ValueError, match="1 of 60 rows"):
        ProbeScorer().partial_fit_anomalies(bad)
    assert scorer.partial_fit_untrusted(d["untrusted"][:0]).extra_count == 0


def test_reset_forgets_extra_data() -> None:
    d = data()
    scorer = fit(QUEScorer(), d)
    assert scorer.reset().extra_count == 0
    with pytest.raises(ValueError, match="needs untrusted data"):
        scorer.partial_fit(d["trusted"]).finalize()


def test_probe_warns_when_it_runs_out_of_iterations() -> None:
    d = data()
    with pytest.warns(RuntimeWarning, match="raise max_iter"):
        ProbeScorer(max_iter=1).fit(d["trusted"], anomalies=d["anomalies"])


@pytest.mark.parametrize(
    ("cls", "kwargs", "error"),
    [
        (QUEScorer, {"alpha": -1.0}, ValueError),
        (QUEScorer, {"alpha": float("nan")}, ValueError),
        (QUEScorer, {"alpha": True}, TypeError),
        (QUEScorer, {"shrinkage": "ledoit_wolf"}, ValueError),
        (GaussianLikelihoodRatioScorer, {"shrinkage": 2.0}, ValueError),
        (ProbeScorer, {"l2": 0.0}, ValueError),
        (ProbeScorer, {"l2": "1"}, TypeError),
        (ProbeScorer, {"max_iter": 0}, ValueError),
        (ProbeScorer, {"max_samples": 1.5}, TypeError),
        (ProbeScorer, {"max_samples": 1}, ValueError),
    ],
)
def test_bad_hyperparameters(cls: type[Scorer], kwargs: dict, error: type[Exception]) -> None:
    with pytest.raises(error):
        cls(**kwargs)


def test_registry_and_needs() -> None:
    expected = {
        "que": (QUEScorer, "untrusted"),
        "likelihood_ratio": (GaussianLikelihoodRatioScorer, "untrusted"),
        "probe": (ProbeScorer, "labels"),
    }
    for name, (cls, needs) in expected.items():
        assert SCORERS[name] is get_scorer(name) is cls and cls.needs == needs
    assert "extra_count" not in MahalanobisScorer().fit(data()["trusted"]).config()
