"""Mahalanobis distance to the trusted activations, fitted in one streaming pass.

Fitting keeps only a running count ``n``, mean ``m`` and centred scatter
``M2 = sum_i (x_i - m)(x_i - m)^T`` in float64, so memory is O(d^2) whatever the number of
samples. Each batch is reduced to its own mean and scatter, then merged with the parallel
update of Chan, Golub & LeVeque (1979)::

    delta = m_b - m_a,  n = n_a + n_b
    m  = m_a + delta * n_b / n
    M2 = M2_a + M2_b + delta delta^T * n_a n_b / n

Every term is a sum of squares about a nearby mean, so there is none of the cancellation
that wrecks the textbook ``E[x x^T] - m m^T`` when activations sit far from the origin.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import numpy as np
import torch

from mad.scorers.base import Scorer, canonical, register
from mad.scorers.moments import Moments

# Variance given to features when every value is zero (the data have no scale to floor by):
# keeps the whitening below ~1e80, so squared distances of any deviation stay finite.
_ABSOLUTE_FLOOR = 1e-150


@register
class MahalanobisScorer(Scorer):
    """Squared Mahalanobis distance ``(x - m)^T C^-1 (x - m)`` to the trusted mean.

    ``C`` is the maximum-likelihood covariance ``S = M2 / n`` shrunk towards ``mu I`` with
    ``mu = trace(S) / d``: ``C = (1 - rho) S + rho mu I``. The ML normalisation (not
    ``n - 1``) is what the OAS estimator is derived for and matches scikit-learn.

    ``shrinkage`` picks ``rho``:

    * ``"oas"`` (default): Oracle Approximating Shrinkage (Chen, Wiesel, Eldar & Hero, 2010),
      in scikit-learn's form of their eq. 23 (the ``2/d`` terms dropped)::

          rho = min(1, (a + mu^2) / ((n + 1) (a - mu^2 / d))),   a = ||S||_F^2 / d^2

      It needs only ``trace(S)`` and ``||S||_F``, so it is exact from the streamed ``S``.
      Ledoit-Wolf is deliberately not offered: its shrinkage needs
      ``sum_i ||(x_i - m)(x_i - m)^T - S||_F^2``, fourth moments about the *final* mean,
      which a single pass cannot accumulate without storing the samples.
    * a float in ``[0, 1]``: that ``rho``.
    * ``"none"``: ``rho = 0``.

    Scoring goes through a whitening matrix rather than an inverse. With ``D`` the per-feature
    standard deviations of ``C`` and ``D^-1 C D^-1 = V diag(l) V^T`` (float64 symmetric
    eigendecomposition of the correlation matrix), eigenvalues are floored at
    ``eigen_floor * max(l)``, ``W = D^-1 V diag(l^-1/2)`` and the score is ``||(x - m) W||^2``.
    Working on the correlation scale keeps full accuracy when features differ by orders of
    magnitude, and makes the floor invariant to rescaling any feature. The floor caps the
    condition number of the correlation matrix at ``1 / eigen_floor``, so ``n < d``, constant
    features and duplicated samples are fine even without shrinkage (directions the trusted
    data never moved in then score as very anomalous, as they should).

    A second, absolute floor stops the whitening from amplifying rounding noise: before the
    decomposition ``C`` gets ``tau I`` added, ``tau = (r * rms)^2`` with ``rms`` the RMS of the
    trusted values and ``r`` their resolution (``2^-13`` when every value is a float32 value,
    as captures are; ``2^-42`` otherwise; see ``mad.scorers.moments``). No direction then has
    less variance than float32 capture can resolve: fitted on identical prompts, a re-capture
    of that prompt (which differs by float32 noise) scores near 0, not 1e160. ``tau`` is
    ~1e-8 of the data's squared scale: with OAS shrinkage it moved scores on the shipped
    organism and SmolLM2 by at most 2e-4 relative; without shrinkage, where the smallest
    directions keep their own variance, by up to 82 % (N < d) but AUROC by at most 0.002.

    After ``finalize``: ``mean_``, ``whitening_`` and ``shrinkage_`` (saved by ``state_dict``)
    and ``covariance_``, the shrunk ``C`` before either floor (kept in memory only).
    """

    name = "mahalanobis"

    def __init__(
        self, shrinkage: Literal["oas", "none"] | float = "oas", eigen_floor: float = 1e-9
    ) -> None:
        super().__init__()
        if isinstance(shrinkage, str):
            if shrinkage not in ("oas", "none"):
                raise ValueError(f"shrinkage must be 'oas', 'none' or a float, got {shrinkage!r}")
        elif isinstance(shrinkage, bool) or not isinstance(shrinkage, int | float):
            raise TypeError(f"shrinkage must be 'oas', 'none' or a float, got {shrinkage!r}")
        elif not 0.0 <= shrinkage <= 1.0:
            raise ValueError(f"a fixed shrinkage must lie in [0, 1], got {shrinkage}")
        if not (math.isfinite(eigen_floor) and 0.0 <= eigen_floor < 1.0):
            raise ValueError(f"eigen_floor must lie in [0, 1), got {eigen_floor}")
        self.shrinkage = shrinkage
        self.eigen_floor = float(eigen_floor)
        self._reset()

    # -- streaming -------------------------------------------------------------------------

    def _reset(self) -> None:
        self._moments: Moments | None = None  # streaming statistics while fitting
        self.mean_: torch.Tensor | None = None
        self.whitening_: torch.Tensor | None = None
        self.covariance_: torch.Tensor | None = None
        self.shrinkage_: float | None = None

    def _update(self, x: torch.Tensor) -> None:
        if self._moments is None:
            self._moments = Moments.start(x.shape[1], restored=self.count > 0)
        for _, block in self._blocks(x):
            self._moments.add(block)

    def empirical_covariance(self) -> torch.Tensor:
        """The maximum-likelihood covariance ``M2 / n`` of the samples streamed so far."""
        if self._moments is None or self._moments.count < 2:
            raise RuntimeError("no streamed statistics: call partial_fit() with >= 2 samples")
        return self._moments.covariance()

    # -- finalize and score ----------------------------------------------------------------

    def _finalize(self) -> None:
        assert self._moments is not None
        s = self.empirical_covariance()
        d = s.shape[0]
        mu = float(s.diagonal().sum()) / d
        if self.shrinkage == "none":
            rho = 0.0
        elif self.shrinkage == "oas":
            rho = _oas_shrinkage(s, mu, self.count)
        else:
            rho = float(self.shrinkage)
        cov = (1.0 - rho) * s
        cov.diagonal().add_(rho * mu)
        floored = cov.clone()
        floored.diagonal().add_(self._moments.noise_floor())  # the absolute floor tau I
        # Decompose the correlation-scaled R = D^-1 C D^-1 (D = per-feature std devs) rather
        # than C: eigh's error is relative to the largest eigenvalue, so features at 1e-3 and
        # 1e3 side by side would lose their small directions to rounding. C^-1 = D^-1 R^-1 D^-1
        # is unchanged; D only needs to be positive, hence the floor for constant features.
        var = floored.diagonal()
        sd = var.clamp(min=max(self.eigen_floor * float(var.max()), _ABSOLUTE_FLOOR)).sqrt()
        eigvals, eigvecs = torch.linalg.eigh(floored / torch.outer(sd, sd))
        floor = self.eigen_floor * max(float(eigvals[-1]), 1.0)  # max(l) < 1: all constant
        self.whitening_ = canonical(eigvecs * eigvals.clamp(min=floor).rsqrt() / sd[:, None])
        self.mean_ = canonical(self._moments.mean)
        self.covariance_ = cov
        self.shrinkage_ = rho

    def _score(self, x: torch.Tensor) -> np.ndarray:
        assert self.mean_ is not None and self.whitening_ is not None
        out = torch.empty(len(x), dtype=torch.float64)
        for start, block in self._blocks(x):
            z = block.sub_(self.mean_) @ self.whitening_
            out[start : start + len(block)] = (z * z).sum(dim=1)
        return out.numpy()

    # -- persistence -----------------------------------------------------------------------

    def _hyperparameters(self) -> dict[str, Any]:
        return {"shrinkage": self.shrinkage, "eigen_floor": self.eigen_floor}

    def _state(self) -> dict[str, torch.Tensor]:
        assert self.mean_ is not None and self.whitening_ is not None
        assert self.shrinkage_ is not None
        return {
            "mean": self.mean_,
            "whitening": self.whitening_,
            "shrinkage": torch.tensor(self.shrinkage_, dtype=torch.float64),
        }

    def _load_state(self, state: dict[str, torch.Tensor]) -> None:
        d = self.d
        expected = {"mean": (d,), "whitening": (d, d), "shrinkage": ()}
        for key, shape in expected.items():
            if key not in state:
                raise KeyError(f"state is missing {key!r}")
            if tuple(state[key].shape) != shape:
                raise ValueError(f"state[{key!r}] has shape {tuple(state[key].shape)}, not {shape}")
        self.mean_ = canonical(state["mean"])
        self.whitening_ = canonical(state["whitening"])
        self.shrinkage_ = float(state["shrinkage"])


def _oas_shrinkage(s: torch.Tensor, mu: float, n: int) -> float:
    """OAS ``rho`` from the ML covariance ``s`` (see ``MahalanobisScorer``)."""
    d = s.shape[0]
    if d == 1:
        return 0.0  # one feature: S already equals the target, rho is moot
    alpha = float((s * s).mean())
    den = (n + 1) * (alpha - mu * mu / d)
    return 1.0 if den == 0 else min((alpha + mu * mu) / den, 1.0)
