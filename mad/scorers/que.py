"""Quantum-entropy (QUE) outlier scores: Mahalanobis distance reweighted towards the directions
in which an untrusted batch spreads more than the trusted data does.

Dong, Hopkins & Li (2019), "Quantum Entropy Scoring for Fast Robust Mean Estimation and Improved
Outlier Detection", NeurIPS, score a point by its squared distance to the mean under the matrix
exponential of the data's excess covariance. Mechanistic anomaly detection (as in EleutherAI's
experiments) uses it with the trusted activations as the reference: the trusted Gaussian
defines the whitening and the untrusted batch (which may contain anomalies) defines the excess
covariance.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import numpy as np
import torch

from mad.scorers.base import Scorer, canonical, register
from mad.scorers.mahalanobis import MahalanobisScorer

# An excess covariance whose spectral norm is below this is rounding noise from the whitening
# (sampling noise alone is ~sqrt(d / n), far larger for any feasible n): Q is then I / d.
_EXCESS_FLOOR = float(np.sqrt(np.finfo(np.float64).eps))
_RESTORED = (
    "this scorer was restored from a state_dict, which does not keep the streaming "
    "statistics; fit a new scorer instead"
)


@register
class QUEScorer(Scorer):
    """QUE score ``z^T Q z``; **needs untrusted data** (``needs = "untrusted"``).

    Fitting sees trusted activations through ``partial_fit`` and an unlabelled untrusted batch,
    which may contain anomalies, through ``partial_fit_untrusted``; both stream in float64.

    1. Whitening. The trusted mean ``m`` and whitening ``W`` are exactly those of
       ``MahalanobisScorer(shrinkage)`` (``shrinkage`` applies to the trusted covariance only),
       so ``z = (x - m) W`` has identity covariance under the trusted Gaussian. Its absolute
       floor keeps ``W`` from blowing float32 capture noise up in directions the trusted data
       never moved in.
    2. Excess covariance. ``Sigma_u = W^T C_u W`` with ``C_u`` the maximum-likelihood
       covariance of the untrusted batch about its own mean: the covariance of the whitened
       untrusted batch. It is not shrunk: the method is defined on the empirical spread.
    3. Quantum-entropy weights. With ``Sigma_t = W^T C_t W`` the whitened empirical trusted
       covariance, ``A = Sigma_u - Sigma_t`` (the untrusted batch's excess over the trusted
       spread; with shrinkage ``Sigma_t`` is not ``I``, and measuring against ``I`` would
       favour the trusted top directions before any anomaly exists) and ``||A||_2`` its
       spectral norm::

           Q = exp(alpha A / ||A||_2) / tr(exp(alpha A / ||A||_2))

       computed from the eigendecomposition ``A = U diag(a) U^T`` as ``Q = U diag(q) U^T``,
       ``q = softmax(alpha a / max|a|)``. The normalisation makes ``Q`` blow rounding noise up
       to full size when ``A = 0``, so ``Q = I / d`` whenever ``||A||_2 < sqrt(machine
       epsilon)`` (about ``1.5e-8``).
    4. Score. ``score(x) = z^T Q z``, stored as ``||(x - m) P||^2`` with ``P = W U diag(q)^1/2``.

    ``z`` is centred on the **trusted** mean (Dong et al. centre on the mean of the data being
    scored). The trusted mean is the reference of what is normal, and fixing it makes a
    sample's score independent of the batch it is scored in. ``Sigma_u`` is still centred on
    the untrusted mean, as a covariance is: an anomalous fraction ``eps`` of the untrusted batch
    shifted by ``v`` (whitened) adds ``eps (1 - eps) v v^T``, so ``Q`` concentrates its weight
    on ``v`` and the shifted points score high. ``alpha`` sets that concentration: ``alpha = 0``
    gives ``Q = I / d`` (the Mahalanobis distance over ``d``); large ``alpha`` approaches the
    squared projection onto the top excess direction.

    Without shrinkage and with many more trusted samples than features, ``Sigma_t = I`` and
    this is Dong et al.'s excess over the identity.

    After ``finalize``: ``mean_`` and ``projection_`` (saved by ``state_dict``) and
    ``untrusted_covariance_``, the whitened ``Sigma_u`` (kept in memory only).
    """

    name = "que"
    needs = "untrusted"

    def __init__(
        self, alpha: float = 4.0, shrinkage: Literal["oas", "none"] | float = "oas"
    ) -> None:
        super().__init__()
        if isinstance(alpha, bool) or not isinstance(alpha, int | float):
            raise TypeError(f"alpha must be a number, got {alpha!r}")
        if not (math.isfinite(alpha) and alpha >= 0.0):
            raise ValueError(f"alpha must be finite and >= 0, got {alpha}")
        self.alpha = float(alpha)
        self.shrinkage = shrinkage
        self._reset()  # building the trusted MahalanobisScorer validates `shrinkage`

    # -- streaming -------------------------------------------------------------------------

    def _reset(self) -> None:
        self._trusted: MahalanobisScorer | None = MahalanobisScorer(self.shrinkage)
        self._untrusted: MahalanobisScorer | None = MahalanobisScorer("none")
        self.mean_: torch.Tensor | None = None
        self.projection_: torch.Tensor | None = None
        self.untrusted_covariance_: torch.Tensor | None = None

    def _update(self, x: torch.Tensor) -> None:
        if self._trusted is None:
            raise RuntimeError(_RESTORED)
        self._trusted.partial_fit(x)

    def _update_extra(self, x: torch.Tensor) -> None:
        if self._untrusted is None:
            raise RuntimeError(_RESTORED)
        self._untrusted.partial_fit(x)

    # -- finalize and score ----------------------------------------------------------------

    def _finalize(self) -> None:
        if self._trusted is None or self._untrusted is None:
            raise RuntimeError(_RESTORED)
        if self.extra_count < 2:
            raise ValueError(
                f"QUEScorer needs at least 2 untrusted samples, got {self.extra_count}"
            )
        trusted = self._trusted.finalize()
        assert trusted.mean_ is not None and trusted.whitening_ is not None
        w = trusted.whitening_
        sigma = w.T @ self._untrusted.empirical_covariance() @ w
        sigma = (sigma + sigma.T) / 2
        # The excess is measured against the trusted data's own spread in the whitened basis,
        # not against the identity: with shrinkage the whitened trusted covariance is above 1
        # in the top trusted directions and below it in the others, and the identity would
        # credit those directions with "excess" before any anomaly exists.
        baseline = w.T @ self._trusted.empirical_covariance() @ w
        excess_matrix = sigma - (baseline + baseline.T) / 2
        excess, eigvecs = torch.linalg.eigh(excess_matrix)
        norm = float(excess.abs().max())
        if norm < _EXCESS_FLOOR:
            weights = torch.full_like(excess, 1.0 / len(excess))
        else:
            weights = torch.softmax(excess * (self.alpha / norm), dim=0)
        self.mean_ = canonical(trusted.mean_)
        self.projection_ = canonical(w @ (eigvecs * weights.sqrt()))
        self.untrusted_covariance_ = sigma

    def _score(self, x: torch.Tensor) -> np.ndarray:
        assert self.mean_ is not None and self.projection_ is not None
        out = torch.empty(len(x), dtype=torch.float64)
        for start, block in self._blocks(x):
            z = block.sub_(self.mean_) @ self.projection_
            out[start : start + len(block)] = (z * z).sum(dim=1)
        return out.numpy()

    # -- persistence -----------------------------------------------------------------------

    def _hyperparameters(self) -> dict[str, Any]:
        return {"alpha": self.alpha, "shrinkage": self.shrinkage}

    def _state(self) -> dict[str, torch.Tensor]:
        assert self.mean_ is not None and self.projection_ is not None
        return {"mean": self.mean_, "projection": self.projection_}

    def _load_state(self, state: dict[str, torch.Tensor]) -> None:
        d = self.d
        for key, shape in {"mean": (d,), "projection": (d, d)}.items():
            if key not in state:
                raise KeyError(f"state is missing {key!r}")
            if tuple(state[key].shape) != shape:
                raise ValueError(f"state[{key!r}] has shape {tuple(state[key].shape)}, not {shape}")
        self._trusted = self._untrusted = None
        self.mean_ = canonical(state["mean"])
        self.projection_ = canonical(state["projection"])
