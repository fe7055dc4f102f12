"""KNNScorer against brute-force scipy distances, PCAResidualScorer against numpy and sklearn."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save
from scipy.spatial.distance import cdist
from sklearn.decomposition import PCA
from sklearn.metrics import roc_auc_score

from mad.scorers.base import SCORERS, Scorer
from mad.scorers.knn import KNNScorer
from mad.scorers.pca import PCAResidualScorer


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def kth_smallest(distances: np.ndarray, k: int) -> np.ndarray:
    return np.sort(distances, axis=1)[:, k - 1]


def basis(rng: np.random.Generator, d: int, rank: int) -> np.ndarray:
    return np.linalg.qr(rng.standard_normal((d, rank)))[0]


def low_rank(rng: np.random.Generator, n: int, span: np.ndarray) -> np.ndarray:
    """Data near the subspace spanned by the columns of ``span``, with an offset."""
    scales = np.linspace(3.0, 1.0, span.shape[1])
    noise = 0.05 * rng.standard_normal((n, len(span)))
    return (rng.standard_normal((n, span.shape[1])) * scales) @ span.T + noise + 2.0


def round_trip(scorer: Scorer) -> Scorer:
    """Through JSON and safetensors bytes, as a detector artifact would go."""
    config = json.loads(json.dumps(scorer.config()))
    return type(scorer).from_state(config, st_load(st_save(scorer.state_dict())))


def test_both_scorers_are_registered() -> None:
    assert SCORERS["knn"] is KNNScorer
    assert SCORERS["pca_residual"] is PCAResidualScorer
    assert KNNScorer.needs == PCAResidualScorer.needs == "trusted"


# -- kNN: exact search -------------------------------------------------------------------------


@pytest.mark.parametrize("chunk_rows", [1, 2, 5, 10, 17, 103, 500, None])
@pytest.mark.parametrize("k", [1, 10])
def test_knn_matches_brute_force(chunk_rows: int | None, k: int) -> None:
    rng = np.random.default_rng(0)
    x, queries = rng.standard_normal((103, 12)) + 0.3, rng.standard_normal((41, 12))
    scorer = KNNScorer(k=k, chunk_rows=chunk_rows).fit(x)
    expected = kth_smallest(cdist(unit(queries), unit(x)), k)
    np.testing.assert_allclose(scorer.score_samples(queries), expected, rtol=0, atol=1e-6)


@pytest.mark.parametrize("chunk_rows", [1, 3, 10, None])
def test_knn_without_normalisation_matches_brute_force(chunk_rows: int | None) -> None:
    rng = np.random.default_rng(1)
    # Norms (~300) far above the distances (~5): the regime where a float32 Gram trick fails.
    x = 100.0 + rng.standard_normal((80, 9)).astype(np.float32)
    queries = 100.0 + rng.standard_normal((30, 9)).astype(np.float32)
    scorer = KNNScorer(k=4, normalize=False, chunk_rows=chunk_rows).fit(x)
    expected = kth_smallest(cdist(queries.astype(np.float64), x.astype(np.float64)), 4)
    np.testing.assert_allclose(scorer.score_samples(queries), expected, rtol=1e-12)


@pytest.mark.parametrize("chunk_rows", [1, 4, 7, 50, None])
@pytest.mark.parametrize("k", [1, 6])
def test_knn_leave_one_out_excludes_only_the_point_itself(chunk_rows: int | None, k: int) -> None:
    x = np.random.default_rng(2).standard_normal((50, 8))
    scorer = KNNScorer(k=k, chunk_rows=chunk_rows).fit(x)
    bank = scorer.bank_.numpy().astype(np.float64)
    np.testing.assert_allclose(bank, unit(x), atol=1e-7)  # under the cap: fit order
    distances = cdist(bank, bank)
    np.fill_diagonal(distances, np.inf)
    np.testing.assert_allclose(scorer.score_fit_samples(), kth_smallest(distances, k), rtol=1e-12)


def test_knn_duplicates_are_real_neighbours() -> None:
    rng = np.random.default_rng(3)
    x = rng.standard_normal((30, 6))
    fit = np.concatenate([x, x[:10], 5.0 * x[:10]])  # exact and scaled (same direction) copies
    loo = KNNScorer(k=1, chunk_rows=8).fit(fit).score_fit_samples()
    assert np.all(loo[:10] == 0.0) and np.all(loo[30:] == 0.0)
    assert np.all(loo[10:30] > 0.0)  # no copy: the nearest other point is elsewhere
    # k=2: the copy is the first neighbour, the second is the nearest distinct point.
    scorer = KNNScorer(k=2, chunk_rows=8).fit(fit)
    bank = scorer.bank_.numpy().astype(np.float64)
    distances = cdist(bank, bank)
    np.fill_diagonal(distances, np.inf)
    np.testing.assert_allclose(scorer.score_fit_samples(), kth_smallest(distances, 2), rtol=1e-12)
    # A query equal to a trusted input sits exactly on its stored copy.
    assert np.all(KNNScorer(k=1).fit(x).score_samples(x[:5]) == 0.0)


def test_knn_zero_vector_stays_at_the_origin() -> None:
    x = np.random.default_rng(4).standard_normal((20, 5))
    scores = KNNScorer(k=1).fit(x).score_samples(np.zeros((1, 5)))
    np.testing.assert_allclose(scores, [1.0], rtol=1e-7)  # every stored vector is unit length


# -- kNN: reservoir ----------------------------------------------------------------------------


def stream(scorer: KNNScorer, x: np.ndarray, sizes: list[int]) -> KNNScorer:
    for batch in np.split(x, np.cumsum(sizes)[:-1]):
        scorer.partial_fit(batch)
    return scorer.finalize()


def test_reservoir_caps_memory_deterministically() -> None:
    x = np.random.default_rng(5).standard_normal((500, 4))
    one_shot = KNNScorer(k=3, max_samples=60, seed=7).fit(x)
    assert one_shot.bank_.shape == (60, 4) and one_shot.count == 500
    again = KNNScorer(k=3, max_samples=60, seed=7).fit(x)
    torch.testing.assert_close(one_shot.bank_, again.bank_, rtol=0, atol=0)
    # The bank depends on the stream, not on how it was batched.
    streamed = stream(KNNScorer(k=3, max_samples=60, seed=7), x, [1, 59, 1, 100, 3, 336])
    torch.testing.assert_close(streamed.bank_, one_shot.bank_, rtol=0, atol=0)
    other = KNNScorer(k=3, max_samples=60, seed=8).fit(x)
    assert not torch.equal(other.bank_, one_shot.bank_)
    # Every stored row is one of the fit rows.
    stored = one_shot.bank_.numpy().astype(np.float64)
    assert np.all(cdist(stored, unit(x)).min(axis=1) < 1e-6)


def test_reservoir_keeps_each_vector_with_equal_probability() -> None:
    n, cap, runs = 400, 20, 300
    x = np.arange(n, dtype=np.float64)[:, None] + 1.0  # the value identifies the row
    kept = np.zeros(n)
    for seed in range(runs):
        bank = KNNScorer(k=1, normalize=False, max_samples=cap, seed=seed).fit(x).bank_
        kept[bank.numpy()[:, 0].astype(int) - 1] += 1
    # Each row is kept with probability cap / n; compare the two halves of the stream.
    first, second = kept[: n // 2].sum(), kept[n // 2 :].sum()
    expected = runs * cap / 2
    assert abs(first - expected) < 0.06 * expected and abs(second - expected) < 0.06 * expected


def test_restored_knn_keeps_streaming_like_the_original() -> None:
    x = np.random.default_rng(6).standard_normal((300, 5))
    whole = KNNScorer(k=2, max_samples=40, seed=3).fit(x)
    for split in (20, 150):  # restore while filling, and once the reservoir is full
        first = KNNScorer(k=2, max_samples=40, seed=3).fit(x[:split])
        resumed = round_trip(first).partial_fit(x[split:]).finalize()
        torch.testing.assert_close(resumed.bank_, whole.bank_, rtol=0, atol=0)


# -- kNN: contract -----------------------------------------------------------------------------


def test_knn_state_round_trip_is_bit_identical() -> None:
    rng = np.random.default_rng(7)
    x, queries = rng.standard_normal((200, 10)), rng.standard_normal((50, 10))
    scorer = KNNScorer(k=5, max_samples=150, seed=1).fit(x)
    state = scorer.state_dict()
    assert set(state) == {"bank"} and state["bank"].dtype == torch.float32
    restored = round_trip(scorer)
    for rows in (1, 7, len(queries)):  # one row takes other BLAS kernels than many
        np.testing.assert_array_equal(
            restored.score_samples(queries[:rows]), scorer.score_samples(queries[:rows])
        )
    np.testing.assert_array_equal(restored.score_fit_samples(), scorer.score_fit_samples())


def test_knn_bad_arguments_and_too_few_vectors() -> None:
    for bad in ({"k": 0}, {"max_samples": 5, "k": 10}, {"chunk_rows": 0}, {"seed": -1}):
        with pytest.raises(ValueError):
            KNNScorer(**bad)
    with pytest.raises(TypeError):
        KNNScorer(k=2.0)  # type: ignore[arg-type]
    x = np.random.default_rng(8).standard_normal((5, 3))
    with pytest.raises(ValueError, match="k=6"):
        KNNScorer(k=6).fit(x)
    with pytest.raises(ValueError, match="leave-one-out"):
        KNNScorer(k=5).fit(x).score_fit_samples()
    with pytest.raises(ValueError, match="float32"):
        KNNScorer(normalize=False).fit(np.full((3, 2), 1e39))


# -- PCA residual ------------------------------------------------------------------------------


def numpy_residual(x: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    eigvals, eigvecs = np.linalg.eigh(np.cov(x.T, bias=True))
    top = eigvecs[:, ::-1][:, :k]
    centred = queries - x.mean(axis=0)
    residual = centred - centred @ top @ top.T
    return (residual**2).sum(axis=1)


@pytest.mark.parametrize("n_components", [1, 4, 11, 0.5, 0.9, 0.999])
def test_pca_residual_matches_numpy_and_sklearn(n_components: int | float) -> None:
    rng = np.random.default_rng(9)
    x, queries = low_rank(rng, 400, basis(rng, 12, 6)), low_rank(rng, 60, basis(rng, 12, 8))
    scorer = PCAResidualScorer(n_components).fit(x)
    reference = PCA(n_components, svd_solver="full").fit(x)
    assert scorer.n_components_ == reference.n_components_
    k = scorer.n_components_
    assert scorer.components_.shape == (12, k)
    np.testing.assert_allclose(
        scorer.explained_variance_ratio_, reference.explained_variance_ratio_.sum(), rtol=1e-10
    )
    scores = scorer.score_samples(queries)
    # Eigenvectors carry ~1e-15 error, so a residual far below ||x - m||^2 (~10 here, 1e-6 for
    # k=11) is only good to an absolute ~1e-14.
    tol = {"rtol": 1e-9, "atol": 1e-12}
    np.testing.assert_allclose(scores, numpy_residual(x, queries, k), **tol)
    reconstructed = reference.inverse_transform(reference.transform(queries))
    np.testing.assert_allclose(scores, ((queries - reconstructed) ** 2).sum(axis=1), **tol)


def test_pca_streaming_equals_one_shot() -> None:
    rng = np.random.default_rng(10)
    x = low_rank(rng, 500, basis(rng, 10, 4)) + 1e3
    queries = low_rank(rng, 40, basis(rng, 10, 6)) + 1e3
    one_shot = PCAResidualScorer(4).fit(x)
    streamed = PCAResidualScorer(4)
    for batch in [x[:1], x[1:2], *np.array_split(x[2:], 17)]:
        streamed.partial_fit(batch)
    streamed.finalize()
    np.testing.assert_allclose(streamed.mean_.numpy(), one_shot.mean_.numpy(), rtol=1e-14)
    np.testing.assert_allclose(
        streamed.score_samples(queries), one_shot.score_samples(queries), rtol=1e-9
    )


def test_pca_state_round_trip_is_bit_identical_and_cannot_stream() -> None:
    rng = np.random.default_rng(11)
    x, queries = low_rank(rng, 200, basis(rng, 9, 3)), low_rank(rng, 30, basis(rng, 9, 5))
    scorer = PCAResidualScorer(0.8).fit(x)
    state = scorer.state_dict()
    assert set(state) == {"mean", "components"}
    assert all(v.dtype == torch.float64 for v in state.values())
    restored = round_trip(scorer)
    assert restored.n_components_ == scorer.n_components_
    for rows in (1, 7, len(queries)):  # one row takes other BLAS kernels than many
        np.testing.assert_array_equal(
            restored.score_samples(queries[:rows]), scorer.score_samples(queries[:rows])
        )
    with pytest.raises(RuntimeError, match="restored"):
        restored.partial_fit(x)


def test_pca_constant_data_scores_distance_to_the_mean() -> None:
    x = np.full((10, 4), 2.0)
    scorer = PCAResidualScorer(0.9).fit(x)
    assert scorer.n_components_ == 0
    np.testing.assert_allclose(scorer.score_samples(np.array([[2.0, 2.0, 2.0, 5.0]])), [9.0])


def test_pca_spends_no_components_on_capture_noise() -> None:
    # One prompt captured in different batches: float32 rows that differ by a few ulps of
    # their scale, and (second case) the same with real variation along two directions.
    rng = np.random.default_rng(16)
    d = 24
    row = 10.0 + 3.0 * rng.standard_normal(d)
    ulp = np.finfo(np.float32).eps * np.sqrt(np.mean(row**2))
    noise = 4 * ulp * rng.standard_normal((300, d))
    span = basis(rng, d, 2)
    real = 0.05 * rng.standard_normal((300, 2)) @ span.T
    for variation, expected_k in ((0.0, 0), (real, 2)):
        x = (row + variation + noise).astype(np.float32)
        scorer = PCAResidualScorer(0.9).fit(x)
        assert scorer.n_components_ == expected_k  # not ~0.9 d directions of noise
        # A real deviation keeps its full squared length outside the real subspace.
        step = np.linalg.qr(np.c_[span, rng.standard_normal(d)])[0][:, -1]
        moved = (row + 0.01 * step).astype(np.float32)[None]
        np.testing.assert_allclose(scorer.score_samples(moved), [1e-4], rtol=0.05)


def test_pca_bad_arguments() -> None:
    for bad in (0, 1.0, 0.0, -0.5):
        with pytest.raises(ValueError):
            PCAResidualScorer(bad)
    with pytest.raises(TypeError):
        PCAResidualScorer(True)
    x = np.random.default_rng(12).standard_normal((50, 5))
    with pytest.raises(ValueError, match="below d"):
        PCAResidualScorer(5).fit(x)
    with pytest.raises(ValueError, match="count - 1"):
        PCAResidualScorer(4).fit(x[:4])


# -- shared contract ---------------------------------------------------------------------------


SCORERS_UNDER_TEST = [
    lambda: KNNScorer(k=5, chunk_rows=16),
    lambda: KNNScorer(k=5, normalize=False),
    lambda: PCAResidualScorer(3),
]


@pytest.mark.parametrize("make", SCORERS_UNDER_TEST)
def test_shifted_cluster_is_detected(make) -> None:
    rng = np.random.default_rng(13)
    d = 16
    span = basis(rng, d, 3)
    trusted, normal = low_rank(rng, 600, span), low_rank(rng, 200, span)
    shift = np.zeros(d)
    shift[0] = shift[1] = 3.0
    anomalous = low_rank(rng, 200, span) + shift
    scorer = make().fit(trusted)
    scores = scorer.score_samples(np.concatenate([normal, anomalous]))
    labels = np.r_[np.zeros(len(normal)), np.ones(len(anomalous))]
    assert roc_auc_score(labels, scores) > 0.95


@pytest.mark.parametrize("make", SCORERS_UNDER_TEST)
def test_score_of_a_sample_does_not_depend_on_its_batch(make) -> None:
    rng = np.random.default_rng(14)
    scorer = make().fit(low_rank(rng, 300, basis(rng, 10, 4)))
    queries = low_rank(rng, 40, basis(rng, 10, 6))
    batch = scorer.score_samples(queries)
    alone = np.array([scorer.score_samples(queries[i : i + 1])[0] for i in range(len(queries))])
    np.testing.assert_allclose(alone, batch, rtol=1e-12)


@pytest.mark.parametrize("make", SCORERS_UNDER_TEST)
def test_non_finite_input_is_rejected(make) -> None:
    x = np.random.default_rng(15).standard_normal((50, 6))
    bad = x.copy()
    bad[7, 2] = np.nan
    with pytest.raises(ValueError, match="NaN or inf"):
        make().fit(bad)
    scorer = make().fit(x)
    with pytest.raises(ValueError, match="NaN or inf"):
        scorer.score_samples(bad)
