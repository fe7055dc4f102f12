"""MahalanobisScorer against numpy, scipy and scikit-learn, plus the shared Scorer contract."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save
from scipy.spatial.distance import mahalanobis
from sklearn.covariance import OAS, EmpiricalCovariance
from sklearn.metrics import roc_auc_score

import mad.scorers.base as base
from mad.scorers import (
    SCORERS,
    MahalanobisScorer,
    Scorer,
    build_scorer,
    get_scorer,
    register,
)


def correlated(rng: np.random.Generator, n: int, d: int) -> np.ndarray:
    return rng.standard_normal((n, d)) @ rng.standard_normal((d, d)) / np.sqrt(d) + 0.5


def make_case(name: str) -> np.ndarray:
    """The data sets every estimator test runs on, each stressing one failure mode."""
    rng = np.random.default_rng(CASES.index(name))
    if name == "plain":
        return correlated(rng, 300, 20)
    if name == "n_less_than_d":
        return correlated(rng, 20, 50)
    if name == "duplicated":
        x = correlated(rng, 40, 15)
        return np.concatenate([x, x, x[:7]])
    if name == "constant_feature":
        x = correlated(rng, 100, 12)
        x[:, 4] = 3.0
        return x
    if name == "mixed_scales":
        x = correlated(rng, 400, 16)
        return x * np.where(np.arange(16) % 2 == 0, 1e-3, 1e3)
    if name == "large_offset":
        return 1e4 + 1e-2 * correlated(rng, 500, 10)
    raise ValueError(name)


CASES = ["plain", "n_less_than_d", "duplicated", "constant_feature", "mixed_scales", "large_offset"]


def assert_cov_close(actual: np.ndarray, expected: np.ndarray, rtol: float) -> None:
    """Entry-wise error relative to sqrt(C_ii C_jj): fair to features of any scale."""
    sd = np.sqrt(np.diag(expected))
    err = np.abs(actual - expected)
    assert np.all(err <= rtol * np.outer(sd, sd)), float((err / np.outer(sd, sd)).max())


def squared_mahalanobis(x: np.ndarray, mean: np.ndarray, cov: np.ndarray) -> np.ndarray:
    precision = np.linalg.inv(cov)
    return np.array([mahalanobis(row, mean, precision) ** 2 for row in x])


# -- estimator accuracy ------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_mean_and_ml_covariance_match_numpy(case: str) -> None:
    x = make_case(case)
    scorer = MahalanobisScorer().fit(x)
    np.testing.assert_allclose(scorer.mean_.numpy(), x.mean(axis=0), rtol=1e-13)
    assert_cov_close(scorer.empirical_covariance().numpy(), np.cov(x.T, bias=True), rtol=1e-11)


@pytest.mark.parametrize("case", CASES)
def test_oas_matches_sklearn(case: str) -> None:
    x = make_case(case)
    scorer = MahalanobisScorer(shrinkage="oas").fit(x)
    ref = OAS(assume_centered=False).fit(x)
    assert scorer.shrinkage_ == pytest.approx(ref.shrinkage_, rel=1e-10)
    assert_cov_close(scorer.covariance_.numpy(), ref.covariance_, rtol=1e-10)
    queries = np.concatenate([x[:10], x[:10] + x.std(axis=0)])
    expected = squared_mahalanobis(queries, x.mean(axis=0), ref.covariance_)
    np.testing.assert_allclose(scorer.score_samples(queries), expected, rtol=1e-8)


def test_large_offset_defeats_the_naive_formula_but_not_the_streaming_one() -> None:
    x = make_case("large_offset")
    truth = np.cov(x.T, bias=True)
    naive = x.T @ x / len(x) - np.outer(x.mean(axis=0), x.mean(axis=0))
    assert np.abs(naive - truth).max() > 1e-5 * np.abs(truth).max()  # the test has teeth
    scorer = MahalanobisScorer(shrinkage="none")
    for batch in np.array_split(x, 50):
        scorer.partial_fit(batch.astype(np.float32).astype(np.float64))
    exact = np.cov(x.astype(np.float32).astype(np.float64).T, bias=True)
    assert_cov_close(scorer.empirical_covariance().numpy(), exact, rtol=1e-10)


@pytest.mark.parametrize("shrinkage", [0.0, 0.3, 1.0])
def test_fixed_shrinkage(shrinkage: float) -> None:
    x = make_case("plain")
    scorer = MahalanobisScorer(shrinkage=shrinkage).fit(x)
    s = np.cov(x.T, bias=True)
    cov = (1 - shrinkage) * s + shrinkage * np.trace(s) / s.shape[0] * np.eye(s.shape[0])
    assert scorer.shrinkage_ == shrinkage
    np.testing.assert_allclose(
        scorer.score_samples(x[:20]), squared_mahalanobis(x[:20], x.mean(axis=0), cov), rtol=1e-9
    )


def test_no_shrinkage_matches_sklearn_empirical_covariance() -> None:
    rng = np.random.default_rng(1)
    x, queries = correlated(rng, 2000, 24), correlated(rng, 50, 24) * 2
    scorer = MahalanobisScorer(shrinkage="none").fit(x)
    expected = EmpiricalCovariance().fit(x).mahalanobis(queries)
    np.testing.assert_allclose(scorer.score_samples(queries), expected, rtol=1e-9)


def test_no_shrinkage_with_features_six_decades_apart() -> None:
    # Covariance condition number ~1e12: an unscaled eigh (or inv) keeps only ~4 digits of the
    # small directions and the 1e-9 floor would clip them; the correlation scaling keeps all.
    rng = np.random.default_rng(2)
    scale = np.where(np.arange(12) < 6, 1e-3, 1e3)
    z = correlated(rng, 3000, 12)
    scorer = MahalanobisScorer(shrinkage="none").fit(z * scale)
    corr = np.cov(z.T, bias=True)  # distances are scale-invariant: compute them unscaled
    expected = squared_mahalanobis(z[:30], z.mean(axis=0), corr)
    np.testing.assert_allclose(scorer.score_samples(z[:30] * scale), expected, rtol=1e-8)


@pytest.mark.parametrize("case", ["n_less_than_d", "constant_feature", "duplicated"])
def test_singular_covariance_without_shrinkage_stays_finite(case: str) -> None:
    x = make_case(case)
    scores = MahalanobisScorer(shrinkage="none").fit(x).score_samples(x + 1.0)
    assert np.all(np.isfinite(scores)) and np.all(scores >= 0)


def test_identical_samples_get_the_resolution_floor() -> None:
    """No trusted variance at all: a deviation ``e`` scores ``e^2 / (r * rms)^2``, with
    ``r = 2^-13`` for float32 values (what captures are) and ``2^-42`` for other data."""
    for value, r in ((2.0, 2.0**-13), (2.0 + 2.0**-40, 2.0**-42)):
        x = np.full((5, 3), value)
        scores = MahalanobisScorer().fit(x).score_samples(x[:2] + [[0, 0, 0], [0, 0.5, 0]])
        assert scores[0] == 0.0
        np.testing.assert_allclose(scores[1], 0.25 / (r * value) ** 2, rtol=1e-9)


def test_single_feature_matches_sklearn() -> None:
    x = np.random.default_rng(3).normal(5.0, 2.0, size=(100, 1))
    scorer = MahalanobisScorer().fit(x)
    ref = OAS().fit(x)
    assert scorer.shrinkage_ == ref.shrinkage_ == 0.0
    np.testing.assert_allclose(scorer.covariance_.numpy(), ref.covariance_, rtol=1e-12)


# -- streaming -----------------------------------------------------------------------------------


def random_split(rng: np.random.Generator, x: np.ndarray) -> list[np.ndarray]:
    cuts = np.sort(rng.choice(np.arange(1, len(x)), size=rng.integers(1, 12), replace=False))
    return np.split(x, cuts)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("case", ["plain", "large_offset"])
def test_streaming_equals_one_shot(seed: int, case: str) -> None:
    x = make_case(case)
    rng = np.random.default_rng(seed)
    batches = [x[:1], x[1:2], *random_split(rng, x[2:])]  # includes batches of one row
    if seed == 0:
        batches = np.split(x, len(x))  # every batch a single row
    streamed = MahalanobisScorer()
    for batch in batches:
        streamed.partial_fit(batch)
    streamed.finalize()
    one_shot = MahalanobisScorer().fit(x)
    # The offset case loses log10(offset / spread) = 6 digits to forming x - mean in float64.
    rtol = 1e-12 if case == "plain" else 1e-8
    np.testing.assert_allclose(streamed.mean_.numpy(), one_shot.mean_.numpy(), rtol=1e-14)
    assert_cov_close(
        streamed.empirical_covariance().numpy(), one_shot.empirical_covariance().numpy(), rtol
    )
    np.testing.assert_allclose(streamed.score_samples(x), one_shot.score_samples(x), rtol=rtol)


def test_internal_blocking_is_invisible(monkeypatch: pytest.MonkeyPatch) -> None:
    x = make_case("plain")
    whole = MahalanobisScorer().fit(x)
    monkeypatch.setattr(base, "_BLOCK_ELEMENTS", 7 * x.shape[1])  # 7-row blocks
    blocked = MahalanobisScorer().fit(x)
    assert_cov_close(
        blocked.empirical_covariance().numpy(), whole.empirical_covariance().numpy(), 1e-12
    )
    np.testing.assert_allclose(blocked.score_samples(x), whole.score_samples(x), rtol=1e-12)


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16, torch.float32])
def test_low_precision_inputs_are_accumulated_in_float64(dtype: torch.dtype) -> None:
    x = torch.from_numpy(make_case("plain")).to(dtype)
    low = MahalanobisScorer().fit(x)
    high = MahalanobisScorer().fit(x.to(torch.float64).numpy())
    torch.testing.assert_close(
        low.empirical_covariance(), high.empirical_covariance(), rtol=0, atol=0
    )
    np.testing.assert_array_equal(low.score_samples(x), high.score_samples(x.double()))
    assert low.score_samples(x).dtype == np.float64


def test_numpy_float32_and_non_contiguous_input() -> None:
    x = make_case("plain").astype(np.float32)
    scorer = MahalanobisScorer().fit(np.asfortranarray(x))
    # The layout of the input changes nothing: the same values give the same bits.
    reference = MahalanobisScorer().fit(x)
    np.testing.assert_array_equal(scorer.whitening_.numpy(), reference.whitening_.numpy())
    strided = scorer.score_samples(x[::2])
    np.testing.assert_array_equal(strided, scorer.score_samples(np.ascontiguousarray(x[::2])))
    # A batch of another shape may round differently in BLAS (~1e-15), never more.
    np.testing.assert_allclose(strided, scorer.score_samples(x)[::2], rtol=1e-12)


# -- the Scorer contract -----------------------------------------------------------------------


def test_state_round_trip_is_bit_identical() -> None:
    x = make_case("n_less_than_d")
    scorer = MahalanobisScorer(shrinkage=0.25, eigen_floor=1e-8).fit(x)
    state = scorer.state_dict()
    assert all(isinstance(t, torch.Tensor) and t.is_contiguous() for t in state.values())
    config = json.loads(json.dumps(scorer.config()))
    assert config == {"shrinkage": 0.25, "eigen_floor": 1e-8, "d": 50, "count": 20}
    restored = MahalanobisScorer.from_state(config, st_load(st_save(state)))
    queries = x + np.random.default_rng(0).standard_normal(x.shape)
    # Every batch shape: BLAS takes another kernel for one row than for many, and the fitted
    # whitening (from eigh) used to be column-major where the restored one is row-major.
    for rows in (1, 2, 7, len(queries)):
        np.testing.assert_array_equal(
            restored.score_samples(queries[:rows]), scorer.score_samples(queries[:rows])
        )
    assert restored.whitening_.stride() == scorer.whitening_.stride()
    assert restored.shrinkage_ == scorer.shrinkage_
    with pytest.raises(RuntimeError, match="restored"):
        restored.partial_fit(x)


def test_score_of_a_sample_does_not_depend_on_its_batch() -> None:
    x = make_case("plain")
    scorer = MahalanobisScorer().fit(x)
    batch = scorer.score_samples(x[:64])
    alone = np.array([scorer.score_samples(x[i : i + 1])[0] for i in range(64)])
    np.testing.assert_allclose(alone, batch, rtol=1e-12)


def test_refit_forgets_previous_data() -> None:
    rng = np.random.default_rng(4)
    a, b = correlated(rng, 100, 5), correlated(rng, 100, 5) + 10
    scorer = MahalanobisScorer().fit(a).fit(b)
    np.testing.assert_array_equal(
        scorer.score_samples(a), MahalanobisScorer().fit(b).score_samples(a)
    )


def test_partial_fit_after_finalize_requires_finalize_again() -> None:
    x = make_case("plain")
    scorer = MahalanobisScorer().fit(x[:100])
    scorer.partial_fit(x[100:])
    with pytest.raises(RuntimeError, match="not fitted"):
        scorer.score_samples(x)
    np.testing.assert_allclose(
        scorer.finalize().score_samples(x), MahalanobisScorer().fit(x).score_samples(x), rtol=1e-12
    )


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_rows_are_rejected(bad: float) -> None:
    x = make_case("plain")[:10].copy()
    x[3, 1] = bad
    x[7, 0] = bad
    with pytest.raises(ValueError, match=r"2 of 10 rows .*first at row 3"):
        MahalanobisScorer().partial_fit(x)
    scorer = MahalanobisScorer().fit(make_case("plain"))
    with pytest.raises(ValueError, match=r"2 of 10 rows .*first at row 3"):
        scorer.score_samples(x)


def test_float16_rows_whose_sum_overflows_are_still_finite() -> None:
    x = torch.tensor([[3e4, 2e4, 3e4], [-3e4, -2e4, -2e4], [2e4, 3e4, 2e4]], dtype=torch.float16)
    assert not torch.isfinite(x.sum(dim=1)).any()
    scores = MahalanobisScorer().fit(x).score_samples(x)
    assert np.all(np.isfinite(scores))


def test_inputs_are_not_modified() -> None:
    x = make_case("plain")
    before = x.copy()
    MahalanobisScorer().fit(x).score_samples(x)
    MahalanobisScorer().fit(torch.from_numpy(x)).score_samples(torch.from_numpy(x))
    np.testing.assert_array_equal(x, before)


def test_shape_and_type_errors() -> None:
    x = make_case("plain")
    scorer = MahalanobisScorer().partial_fit(x[:5])
    with pytest.raises(ValueError, match="d=20"):
        scorer.partial_fit(x[:5, :19])
    scorer.finalize()
    with pytest.raises(ValueError, match="d=20"):
        scorer.score_samples(x[:5, :19])
    with pytest.raises(ValueError, match="2-D"):
        scorer.score_samples(x[0])
    with pytest.raises(TypeError, match="floating"):
        scorer.score_samples(x.astype(np.int64))
    with pytest.raises(TypeError, match="numpy"):
        scorer.score_samples(x.tolist())


def test_fitting_needs_two_samples_and_scoring_needs_a_fit() -> None:
    x = make_case("plain")
    with pytest.raises(RuntimeError, match="not fitted"):
        MahalanobisScorer().score_samples(x)
    with pytest.raises(ValueError, match="at least 2 samples, got 1"):
        MahalanobisScorer().fit(x[:1])
    with pytest.raises(ValueError, match="at least 2 samples, got 0"):
        MahalanobisScorer().finalize()
    with pytest.raises(RuntimeError, match="finalized"):
        MahalanobisScorer().partial_fit(x).state_dict()


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"shrinkage": "ledoit_wolf"}, ValueError),
        ({"shrinkage": 1.5}, ValueError),
        ({"shrinkage": True}, TypeError),
        ({"eigen_floor": -1.0}, ValueError),
    ],
)
def test_bad_hyperparameters(kwargs: dict, error: type[Exception]) -> None:
    with pytest.raises(error):
        MahalanobisScorer(**kwargs)


def test_registry() -> None:
    assert SCORERS["mahalanobis"] is get_scorer("mahalanobis") is MahalanobisScorer
    assert issubclass(MahalanobisScorer, Scorer) and MahalanobisScorer.needs == "trusted"
    scorer = build_scorer("mahalanobis", shrinkage="none")
    assert isinstance(scorer, MahalanobisScorer) and scorer.shrinkage == "none"
    with pytest.raises(KeyError, match="mahalanobis"):
        get_scorer("no-such-scorer")

    class Impostor(MahalanobisScorer):
        name = "mahalanobis"

    with pytest.raises(ValueError, match="already taken"):
        register(Impostor)
    assert SCORERS["mahalanobis"] is MahalanobisScorer


def test_shifted_cluster_is_found() -> None:
    rng = np.random.default_rng(5)
    mixing = rng.standard_normal((32, 32)) / np.sqrt(32)
    trusted = rng.standard_normal((4000, 32)) @ mixing
    normal = rng.standard_normal((500, 32)) @ mixing
    # A shift along the least-variance direction: small in Euclidean terms, huge in Mahalanobis.
    _, vecs = np.linalg.eigh(np.cov(trusted.T))
    shifted = rng.standard_normal((500, 32)) @ mixing + 1.0 * vecs[:, 0]
    scorer = MahalanobisScorer().fit(torch.from_numpy(trusted).float())
    scores = scorer.score_samples(np.concatenate([normal, shifted]))
    assert roc_auc_score(np.r_[np.zeros(500), np.ones(500)], scores) > 0.99
