"""Log-likelihood ratio of an untrusted-data Gaussian to a trusted-data Gaussian.

The Neyman-Pearson view of anomaly detection: if the untrusted batch is a mixture of normal
inputs and anomalies, points that the untrusted distribution explains better than the trusted
one are the likely anomalies. Each distribution is modelled by a Gaussian fitted in one
streaming float64 pass, exactly as ``MahalanobisScorer`` fits its single Gaussian.
"""

from __future__ import annotations

from typing import Any, Literal

import numpy as np
import torch

from mad.scorers.base import Scorer, register
from mad.scorers.mahalanobis import MahalanobisScorer


@register
class GaussianLikelihoodRatioScorer(Scorer):
    """``log N(x; m_u, C_u) - log N(x; m_t, C_t)``; **needs untrusted data**.

    Trusted activations arrive through ``partial_fit``, an unlabelled untrusted batch (which may
    contain anomalies) through ``partial_fit_untrusted``. Each side is a
    ``MahalanobisScorer(shrinkage)``: streamed mean and maximum-likelihood covariance, shrunk
    (OAS by default, each side with its own ``rho``) and represented by a whitening ``W`` with
    ``C^-1 = W W^T``. With ``q(x) = ||(x - m) W||^2`` and
    ``log N(x; m, C) = -(d log 2 pi + log det C + q(x)) / 2``, the score is::

        score(x) = (q_t(x) - q_u(x)) / 2 + (log det C_t - log det C_u) / 2

    No inverse or determinant is formed: the quadratic forms are whitened norms, and
    ``log det C = -2 log|det W|`` is read off the singular values of ``W`` after scaling its
    rows to unit norm (``log|det W| = sum_i log r_i + sum_j log s_j``, ``r`` the row norms,
    ``s`` the singular values of the scaled matrix). Row scaling brings the condition number
    within ``sqrt(d)`` of the best diagonal scaling (van der Sluis, 1969), so features of very
    different scales lose no accuracy. The log-determinant is that of the covariance the
    whitening actually encodes (after ``MahalanobisScorer``'s eigenvalue floor), so each
    density stays exactly normalised.

    Positive scores: the untrusted Gaussian explains ``x`` better than the trusted one.

    After ``finalize``: ``offset_ = (log det C_t - log det C_u) / 2``; ``state_dict`` saves it
    with both Gaussians' means and whitenings.
    """

    name = "likelihood_ratio"
    needs = "untrusted"

    def __init__(self, shrinkage: Literal["oas", "none"] | float = "oas") -> None:
        super().__init__()
        self.shrinkage = shrinkage
        self._reset()  # building the MahalanobisScorers validates `shrinkage`

    # -- streaming -------------------------------------------------------------------------

    def _reset(self) -> None:
        self._trusted = MahalanobisScorer(self.shrinkage)
        self._untrusted = MahalanobisScorer(self.shrinkage)
        self.offset_: float | None = None

    def _update(self, x: torch.Tensor) -> None:
        self._trusted.partial_fit(x)  # a restored scorer refuses: no streaming statistics

    def _update_extra(self, x: torch.Tensor) -> None:
        self._untrusted.partial_fit(x)

    # -- finalize and score ----------------------------------------------------------------

    def _finalize(self) -> None:
        if self.extra_count < 2:
            raise ValueError(
                f"GaussianLikelihoodRatioScorer needs at least 2 untrusted samples, "
                f"got {self.extra_count}"
            )
        trusted, untrusted = self._trusted.finalize(), self._untrusted.finalize()
        assert trusted.whitening_ is not None and untrusted.whitening_ is not None
        self.offset_ = _log_abs_det(untrusted.whitening_) - _log_abs_det(trusted.whitening_)

    def _score(self, x: torch.Tensor) -> np.ndarray:
        assert self.offset_ is not None
        return 0.5 * (self._trusted._score(x) - self._untrusted._score(x)) + self.offset_

    # -- persistence -----------------------------------------------------------------------

    def _hyperparameters(self) -> dict[str, Any]:
        return {"shrinkage": self.shrinkage}

    def _state(self) -> dict[str, torch.Tensor]:
        assert self.offset_ is not None
        return {
            **{f"trusted.{k}": v for k, v in self._trusted.state_dict().items()},
            **{f"untrusted.{k}": v for k, v in self._untrusted.state_dict().items()},
            "offset": torch.tensor(self.offset_, dtype=torch.float64),
        }

    def _load_state(self, state: dict[str, torch.Tensor]) -> None:
        if "offset" not in state:
            raise KeyError("state is missing 'offset'")
        if tuple(state["offset"].shape) != ():
            raise ValueError(f"state['offset'] has shape {tuple(state['offset'].shape)}, not ()")
        sides = {}
        for side, count in (("trusted", self.count), ("untrusted", self.extra_count)):
            prefix = f"{side}."
            sub = {k[len(prefix) :]: v for k, v in state.items() if k.startswith(prefix)}
            config = {"shrinkage": self.shrinkage, "d": self.d, "count": count}
            sides[side] = MahalanobisScorer.from_state(config, sub)
        self._trusted, self._untrusted = sides["trusted"], sides["untrusted"]
        self.offset_ = float(state["offset"])


def _log_abs_det(w: torch.Tensor) -> float:
    """``log|det W|`` from the singular values of ``W`` with unit-norm rows (see the class)."""
    rows = torch.linalg.vector_norm(w, dim=1)
    return float(rows.log().sum() + torch.linalg.svdvals(w / rows[:, None]).log().sum())
