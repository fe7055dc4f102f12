"""A supervised linear probe: logistic regression of "anomalous" on standardised activations.

Unlike the other scorers this one is trained on examples of the anomaly itself, so it detects
the kind of anomaly it was shown, not novelty in general. It is the usual supervised baseline
for mechanistic anomaly detection: an upper reference for what unsupervised scorers can reach
when labelled anomalies exist.
"""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np
import torch
from scipy.optimize import minimize
from scipy.special import expit

from mad.scorers.base import Scorer, canonical, register
from mad.scorers.moments import noise_floor
from mad.scorers.reservoir import Reservoir

_RESTORED = (
    "this scorer was restored from a state_dict, which does not keep its training samples; "
    "fit a new scorer instead"
)


@register
class ProbeScorer(Scorer):
    """Logit of a logistic-regression probe; **supervised** (``needs = "labels"``).

    Trusted activations (``partial_fit``) are class 0, known anomalies
    (``partial_fit_anomalies``) class 1. The optimiser needs every training row at once, so,
    unlike the streaming scorers, this one **stores its training rows** until ``finalize``: a
    uniform random sample (seeded reservoir sampling) of at most ``max_samples`` rows per class,
    as float32 (lossless for activations, which are at most float32), i.e. up to
    ``2 * max_samples * d * 4`` bytes, plus a float64 copy while fitting.

    Standardisation: ``z = (x - mu) / sigma`` with the mean and (ML) standard deviation of the
    kept rows of both classes, as scikit-learn's ``StandardScaler``; constant features get
    ``sigma = 1``, and no other feature's ``sigma`` is below the rows' float32 resolution
    (``noise_floor`` in ``mad.scorers.moments``), so a feature that barely moves in training
    cannot turn capture noise into a large logit. The probe then minimises the class-balanced,
    L2-penalised log-loss::

        sum_i s_i [log(1 + exp(eta_i)) - y_i eta_i] + (l2 / 2) ||w||^2,  eta_i = w . z_i + b

    with ``s_i = n / (2 n_{y_i})`` (both classes weigh the same in total, ``sum_i s_i = n``) and
    the intercept ``b`` unpenalised: scikit-learn's ``LogisticRegression(C=1/l2,
    class_weight="balanced")``. The objective is strictly convex for ``l2 > 0``, so the optimum
    exists even for separable data; it is found by deterministic full-batch L-BFGS
    (``scipy.optimize.minimize``, float64, at most ``max_iter`` iterations; a
    ``RuntimeWarning`` says when that was not enough).

    ``score(x) = w . (x - mu) / sigma + b``, the log-odds of "anomalous" under the class-balanced
    prior. After ``finalize``: ``mean_``, ``scale_``, ``coef_`` and ``intercept_`` (all saved
    by ``state_dict``).
    """

    name = "probe"
    needs = "labels"

    def __init__(self, l2: float = 1.0, max_iter: int = 200, max_samples: int = 10_000) -> None:
        super().__init__()
        if isinstance(l2, bool) or not isinstance(l2, int | float):
            raise TypeError(f"l2 must be a number, got {l2!r}")
        if not (math.isfinite(l2) and l2 > 0.0):
            raise ValueError(f"l2 must be finite and > 0, got {l2}")
        for key, value, least in (("max_iter", max_iter, 1), ("max_samples", max_samples, 2)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{key} must be an int, got {value!r}")
            if value < least:
                raise ValueError(f"{key} must be >= {least}, got {value}")
        self.l2 = float(l2)
        self.max_iter = max_iter
        self.max_samples = max_samples
        self._reset()

    # -- streaming -------------------------------------------------------------------------

    def _reset(self) -> None:
        self._normal: Reservoir | None = Reservoir(self.max_samples, seed=0)
        self._anomalies: Reservoir | None = Reservoir(self.max_samples, seed=0)
        self.mean_: torch.Tensor | None = None
        self.scale_: torch.Tensor | None = None
        self.coef_: torch.Tensor | None = None
        self.intercept_: float | None = None

    def _update(self, x: torch.Tensor) -> None:
        if self._normal is None:
            raise RuntimeError(_RESTORED)
        self._normal.add(x)

    def _update_extra(self, x: torch.Tensor) -> None:
        if self._anomalies is None:
            raise RuntimeError(_RESTORED)
        self._anomalies.add(x)

    # -- finalize and score ----------------------------------------------------------------

    def _finalize(self) -> None:
        if self._normal is None or self._anomalies is None:
            raise RuntimeError(_RESTORED)
        normal, anomalies = self._normal.rows(), self._anomalies.rows()
        x = torch.cat([normal, anomalies]).to(torch.float64).numpy()
        y = np.r_[np.zeros(len(normal)), np.ones(len(anomalies))]
        n = len(y)
        weight = np.where(y == 1, n / (2 * len(anomalies)), n / (2 * len(normal)))
        mean = x.mean(axis=0)
        z = x - mean
        spread = np.sqrt((z * z).mean(axis=0))
        # No feature is divided by less than the rows' float32 resolution (they are stored as
        # float32), so a nearly constant one cannot blow capture noise up; constant features
        # (spread at rounding level of their mean) are left unscaled, as scikit-learn does.
        floor = np.sqrt(noise_floor(float(np.mean(x * x)), float32_exact=True))
        scale = np.maximum(spread, floor)
        scale[spread <= 10 * np.finfo(np.float64).eps * np.abs(mean)] = 1.0
        z /= scale
        l2 = self.l2

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            # Divided by n so that the tolerances do not depend on the sample count.
            w, b = theta[:-1], theta[-1]
            eta = z @ w + b
            value = weight @ (np.logaddexp(0.0, eta) - y * eta) + 0.5 * l2 * (w @ w)
            residual = weight * (expit(eta) - y)
            grad = np.append(z.T @ residual + l2 * w, residual.sum())
            return value / n, grad / n

        result = minimize(
            loss,
            np.zeros(x.shape[1] + 1),
            jac=True,
            method="L-BFGS-B",
            options={"maxiter": self.max_iter, "gtol": 1e-10, "ftol": 64 * np.finfo(float).eps},
        )
        if result.status == 1:  # iteration or evaluation limit reached
            warnings.warn(
                f"ProbeScorer: L-BFGS stopped after {result.nit} iterations without converging "
                f"({result.message}); raise max_iter",
                RuntimeWarning,
                stacklevel=3,
            )
        self.mean_ = canonical(torch.from_numpy(mean))
        self.scale_ = canonical(torch.from_numpy(scale))
        self.coef_ = canonical(torch.from_numpy(result.x[:-1]))
        self.intercept_ = float(result.x[-1])

    def _score(self, x: torch.Tensor) -> np.ndarray:
        assert self.mean_ is not None and self.scale_ is not None and self.coef_ is not None
        assert self.intercept_ is not None
        out = torch.empty(len(x), dtype=torch.float64)
        for start, block in self._blocks(x):
            logit = block.sub_(self.mean_).div_(self.scale_) @ self.coef_
            out[start : start + len(block)] = logit + self.intercept_
        return out.numpy()

    # -- persistence -----------------------------------------------------------------------

    def _hyperparameters(self) -> dict[str, Any]:
        return {"l2": self.l2, "max_iter": self.max_iter, "max_samples": self.max_samples}

    def _state(self) -> dict[str, torch.Tensor]:
        assert self.mean_ is not None and self.scale_ is not None and self.coef_ is not None
        assert self.intercept_ is not None
        return {
            "mean": self.mean_,
            "scale": self.scale_,
            "coef": self.coef_,
            "intercept": torch.tensor(self.intercept_, dtype=torch.float64),
        }

    def _load_state(self, state: dict[str, torch.Tensor]) -> None:
        d = self.d
        expected = {"mean": (d,), "scale": (d,), "coef": (d,), "intercept": ()}
        for key, shape in expected.items():
            if key not in state:
                raise KeyError(f"state is missing {key!r}")
            if tuple(state[key].shape) != shape:
                raise ValueError(f"state[{key!r}] has shape {tuple(state[key].shape)}, not {shape}")
        self._normal = self._anomalies = None
        self.mean_ = canonical(state["mean"])
        self.scale_ = canonical(state["scale"])
        self.coef_ = canonical(state["coef"])
        self.intercept_ = float(state["intercept"])
