"""PCA reconstruction error: how far an activation lies outside the trusted principal subspace.

With ``m`` the trusted mean and ``V_k`` the ``d x k`` orthonormal top-``k`` eigenvectors of the
trusted covariance, the score is the squared prediction error (SPE, the Q-statistic of
Jackson & Mudholkar, 1979, "Control procedures for residuals associated with principal
component analysis"; the linear case of Hoffmann, 2007, "Kernel PCA for novelty detection")::

    score(x) = || (I - V_k V_k^T)(x - m) ||^2

It complements Mahalanobis distance: variation *inside* the subspace costs nothing, however
large, while any movement along a direction the trusted data barely used is penalised by its
full squared length, without the division by a tiny variance that makes such directions
numerically touchy for Mahalanobis.

Fitting streams a float64 count, mean and centred scatter merged batch by batch with the
parallel update of Chan, Golub & LeVeque (1979), as ``MahalanobisScorer`` does, so memory is
O(d^2) whatever the number of samples; ``finalize`` eigendecomposes the covariance once.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch

from mad.scorers.base import Scorer, canonical, register
from mad.scorers.moments import Moments


@register
class PCAResidualScorer(Scorer):
    """Squared norm of the centred vector's part outside the top-``k`` principal subspace.

    ``n_components`` sets ``k``: an int is ``k`` itself (``1 <= k < d``, and at most
    ``count - 1``, the rank of the centred trusted data, beyond which the eigenvectors are
    arbitrary); a float ``f`` in ``(0, 1)`` is the smallest ``k`` whose eigenvalues sum to at
    least ``f`` of the total variance (``k = 0`` if the trusted data are constant, making the
    score the squared distance to the mean). ``k = d`` is refused: the residual would be
    identically zero. Eigenvalues below the data's resolution (``noise_floor`` in
    ``mad.scorers.moments``: float32 capture noise, ~1e-8 of the squared scale) count as zero
    variance, so trusted data that are constant up to capture noise also give ``k = 0``
    instead of a subspace spent on noise directions.

    The covariance is the maximum-likelihood ``S = M2 / n`` (the normalisation does not change
    the eigenvectors or the variance fractions), decomposed with float64 ``eigh``. Scoring
    forms the residual ``r = c - (c V_k) V_k^T`` of ``c = x - m`` explicitly rather than
    ``||c||^2 - ||c V_k||^2``, which loses all accuracy when the residual is small next to
    ``c``. The score is not scale invariant: features are compared in their own units.

    After ``finalize``: ``mean_`` and ``components_`` (float64 ``[d]`` and ``[d, k]``, saved by
    ``state_dict``), plus ``n_components_`` (``k``) and ``explained_variance_ratio_`` (the
    fraction of variance the subspace holds, 1.0 for constant data; in memory only).
    """

    name = "pca_residual"

    def __init__(self, n_components: int | float = 0.9) -> None:
        super().__init__()
        if isinstance(n_components, bool) or not isinstance(n_components, int | float):
            raise TypeError(f"n_components must be an int or a float, got {n_components!r}")
        if isinstance(n_components, int) and n_components < 1:
            raise ValueError(f"an int n_components must be >= 1, got {n_components}")
        if isinstance(n_components, float) and not 0.0 < n_components < 1.0:
            raise ValueError(f"a float n_components must lie in (0, 1), got {n_components}")
        self.n_components = n_components
        self._reset()

    # -- streaming -------------------------------------------------------------------------

    def _reset(self) -> None:
        self._moments: Moments | None = None  # streaming statistics while fitting
        self.mean_: torch.Tensor | None = None
        self.components_: torch.Tensor | None = None
        self.n_components_: int | None = None
        self.explained_variance_ratio_: float | None = None

    def _update(self, x: torch.Tensor) -> None:
        if self._moments is None:
            self._moments = Moments.start(x.shape[1], restored=self.count > 0)
        for _, block in self._blocks(x):
            self._moments.add(block)

    # -- finalize and score ----------------------------------------------------------------

    def _finalize(self) -> None:
        assert self._moments is not None
        d = self._moments.mean.shape[0]
        eigvals, eigvecs = torch.linalg.eigh(self._moments.covariance())  # ascending
        eigvecs = eigvecs.flip(1)
        # Variance below the data's resolution is rounding or capture noise, not variance the
        # subspace should explain: counting it would spend components on noise directions.
        eigvals = eigvals.flip(0)
        eigvals = torch.where(eigvals > self._moments.noise_floor(), eigvals, 0.0)
        total = float(eigvals.sum())
        if isinstance(self.n_components, int):
            k = self.n_components
            if k >= d or k > self.count - 1:
                raise ValueError(
                    f"n_components={k} must be below d={d} and at most count - 1 = "
                    f"{self.count - 1} (the rank of the centred trusted data)"
                )
        else:
            # Smallest k with cumsum[k-1] >= f * total; 0 when there is no variance at all.
            cumulative = eigvals.cumsum(0).numpy()
            k = int(np.searchsorted(cumulative, self.n_components * total, side="left")) + 1
            k = 0 if total == 0 else min(k, d)
            if k == d:
                raise ValueError(
                    f"n_components={self.n_components} keeps all d={d} directions, leaving no "
                    "residual; use a smaller fraction or an int"
                )
        self.mean_ = canonical(self._moments.mean)
        self.components_ = canonical(eigvecs[:, :k])
        self.n_components_ = k
        self.explained_variance_ratio_ = float(eigvals[:k].sum()) / total if total else 1.0

    def _score(self, x: torch.Tensor) -> np.ndarray:
        assert self.mean_ is not None and self.components_ is not None
        v = self.components_
        out = torch.empty(len(x), dtype=torch.float64)
        for start, block in self._blocks(x):
            centred = block.sub_(self.mean_)
            residual = torch.addmm(centred, centred @ v, v.T, alpha=-1.0)
            out[start : start + len(block)] = (residual * residual).sum(dim=1)
        return out.numpy()

    # -- persistence -----------------------------------------------------------------------

    def _hyperparameters(self) -> dict[str, Any]:
        return {"n_components": self.n_components}

    def _state(self) -> dict[str, torch.Tensor]:
        assert self.mean_ is not None and self.components_ is not None
        return {"mean": self.mean_, "components": self.components_}

    def _load_state(self, state: dict[str, torch.Tensor]) -> None:
        for key in ("mean", "components"):
            if key not in state:
                raise KeyError(f"state is missing {key!r}")
        mean, components = state["mean"], state["components"]
        if tuple(mean.shape) != (self.d,):
            raise ValueError(f"state['mean'] has shape {tuple(mean.shape)}, not {(self.d,)}")
        if components.ndim != 2 or components.shape[0] != self.d:
            raise ValueError(
                f"state['components'] has shape {tuple(components.shape)}, not ({self.d}, k)"
            )
        if isinstance(self.n_components, int) and components.shape[1] != self.n_components:
            raise ValueError(
                f"state['components'] holds {components.shape[1]} components, "
                f"not n_components={self.n_components}"
            )
        self.mean_ = canonical(mean)
        self.components_ = canonical(components)
        self.n_components_ = components.shape[1]
