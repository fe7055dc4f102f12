"""The scorer interface shared by every detector, and the registry that names them.

A scorer learns what "normal" activations look like from a stream of activation matrices
``X`` of shape ``[n, d]`` and then gives every new row a float64 anomaly score where
**higher means more anomalous**. Scores are per-sample: a row's score never depends on the
other rows in its batch, so batching is purely a throughput choice. (Up to float64 rounding:
BLAS may sum a product in another order for another batch shape, ~1e-15 relative. The same
batch gives the same bits, also after a ``state_dict`` round trip.)

The life cycle follows scikit-learn, split so that fitting can stream:
``partial_fit`` (any number of times) -> ``finalize`` -> ``score_samples``. ``fit`` is the
one-shot shorthand. A fitted scorer is saved as ``config()`` (JSON) plus ``state_dict()``
(tensors, for safetensors) and restored with ``from_state``.

Most scorers learn from trusted data alone. The class attribute ``needs`` names what else a
scorer must see before ``finalize``:

* ``"trusted"``: nothing else.
* ``"untrusted"``: an unlabelled batch that may contain anomalies, streamed through
  ``partial_fit_untrusted`` (e.g. QUE, the Gaussian likelihood ratio).
* ``"labels"``: examples known to be anomalous, streamed through ``partial_fit_anomalies``
  (supervised scorers such as the probe).

The extra data goes through the same validation as trusted data and may arrive in any number of
batches, before or after the trusted ones; its row count is ``extra_count``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any, ClassVar, Literal, Self, TypeVar

import numpy as np
import torch

ArrayLike = torch.Tensor | np.ndarray
Needs = Literal["trusted", "untrusted", "labels"]

# What each kind of extra data is called in messages, and the method that streams it.
_EXTRA = {
    "untrusted": ("untrusted data", "partial_fit_untrusted"),
    "labels": ("labelled anomalies", "partial_fit_anomalies"),
}

# Rows are converted to float64 in blocks of about this many elements (32 MiB), so the
# float64 working copy stays bounded however large the caller's batch is.
_BLOCK_ELEMENTS = 1 << 22


class Scorer(ABC):
    """An anomaly detector over activation matrices; higher scores are more anomalous.

    Subclasses implement the hooks ``_reset``, ``_update``, ``_finalize``, ``_score``,
    ``_hyperparameters``, ``_state`` and ``_load_state``, plus ``_update_extra`` when ``needs``
    is not ``"trusted"``; this class owns input validation, the sample counts and the
    fitted/unfitted bookkeeping so that every scorer fails the same way on bad input.
    """

    name: ClassVar[str]
    needs: ClassVar[Needs] = "trusted"

    def __init__(self) -> None:
        self.d: int | None = None
        self.count = 0  # trusted rows
        self.extra_count = 0  # untrusted rows or labelled anomalies, as `needs` says
        self._finalized = False

    # -- fitting ---------------------------------------------------------------------------

    def partial_fit(self, X: ArrayLike) -> Self:
        """Stream one batch of trusted activations into the statistics."""
        x = self._check(X)
        self.d = x.shape[1]
        if x.shape[0]:
            self._update(x)  # sees self.count before this batch
            self.count += x.shape[0]
            self._finalized = False
        return self

    def partial_fit_untrusted(self, X: ArrayLike) -> Self:
        """Stream one batch of unlabelled untrusted activations (it may contain anomalies).

        Only for scorers with ``needs == "untrusted"``; any other scorer raises ``TypeError``.
        """
        return self._partial_fit_extra(X, "untrusted")

    def partial_fit_anomalies(self, X: ArrayLike) -> Self:
        """Stream one batch of activations known to be anomalous.

        Only for scorers with ``needs == "labels"``; any other scorer raises ``TypeError``.
        """
        return self._partial_fit_extra(X, "labels")

    def finalize(self) -> Self:
        """Turn the streamed statistics (trusted, plus any extra data) into what scoring needs."""
        if self.count < 2:
            raise ValueError(f"{type(self).__name__} needs at least 2 samples, got {self.count}")
        if self.needs != "trusted" and self.extra_count == 0:
            data, method = _EXTRA[self.needs]
            raise ValueError(
                f"{type(self).__name__} needs {data}: stream some with {method}() before finalize()"
            )
        self._finalize()
        self._finalized = True
        return self

    def fit(
        self,
        X: ArrayLike,
        *,
        untrusted: ArrayLike | None = None,
        anomalies: ArrayLike | None = None,
    ) -> Self:
        """Forget everything, then fit on trusted ``X`` (and the extra data ``needs``) in one go."""
        self.reset()
        self.partial_fit(X)
        if untrusted is not None:
            self.partial_fit_untrusted(untrusted)
        if anomalies is not None:
            self.partial_fit_anomalies(anomalies)
        return self.finalize()

    def reset(self) -> Self:
        """Return to the unfitted state, keeping the hyperparameters."""
        self.d = None
        self.count = 0
        self.extra_count = 0
        self._finalized = False
        self._reset()
        return self

    # -- scoring ---------------------------------------------------------------------------

    def score_samples(self, X: ArrayLike) -> np.ndarray:
        """Anomaly score per row, float64 ``[n]``; higher is more anomalous."""
        if not self._finalized:
            raise RuntimeError(
                f"{type(self).__name__} is not fitted: call fit(), or partial_fit() then "
                "finalize(), before score_samples()"
            )
        return self._score(self._check(X))

    # -- persistence -----------------------------------------------------------------------

    def config(self) -> dict[str, Any]:
        """JSON-able hyperparameters, the fitted ``d`` and ``count`` (and ``extra_count``)."""
        config = {**self._hyperparameters(), "d": self.d, "count": self.count}
        if self.needs != "trusted":
            config["extra_count"] = self.extra_count
        return config

    def state_dict(self) -> dict[str, torch.Tensor]:
        """The tensors scoring needs (contiguous, unshared: safe for safetensors)."""
        if not self._finalized:
            raise RuntimeError(f"{type(self).__name__} must be finalized before state_dict()")
        return {k: v.detach().cpu().contiguous().clone() for k, v in self._state().items()}

    @classmethod
    def from_state(cls, config: dict[str, Any], state: dict[str, torch.Tensor]) -> Self:
        """Rebuild a fitted scorer from ``config()`` and ``state_dict()``; scores are identical.

        Bit-identical, on the same machine and thread settings: both the fitted and the
        restored state go through ``canonical``, so the same batch meets the same arrays.

        The restored scorer can score but not continue streaming: the running statistics are
        not part of the state.
        """
        params = {k: v for k, v in config.items() if k not in ("d", "count", "extra_count")}
        scorer = cls(**params)
        scorer.d = int(config["d"])
        scorer.count = int(config["count"])
        scorer.extra_count = int(config.get("extra_count", 0))
        scorer._load_state(state)
        scorer._finalized = True
        return scorer

    # -- shared helpers --------------------------------------------------------------------

    def _check(self, X: ArrayLike) -> torch.Tensor:
        """Validate ``X`` (2-D, floating, finite, width ``d``) and return it as a CPU tensor."""
        if isinstance(X, np.ndarray):
            x = torch.from_numpy(np.ascontiguousarray(X))
        elif isinstance(X, torch.Tensor):
            x = X.detach()
        else:
            raise TypeError(f"expected a torch.Tensor or numpy array, got {type(X).__name__}")
        if not x.is_floating_point():
            raise TypeError(f"expected floating-point activations, got dtype {x.dtype}")
        if x.ndim != 2:
            raise ValueError(f"expected a 2-D [n, d] matrix, got shape {tuple(x.shape)}")
        if x.shape[1] == 0:
            raise ValueError("expected at least one feature (d >= 1)")
        if self.d is not None and x.shape[1] != self.d:
            raise ValueError(f"expected d={self.d} features, got {x.shape[1]}")
        x = x.cpu()
        # A row sum is non-finite whenever the row holds a NaN or inf, and it is ~6x cheaper
        # than isfinite over every element; the exact test then runs on those rows only
        # (a sum can also overflow, e.g. in float16, without any element being bad).
        suspects = (~torch.isfinite(x.sum(dim=1))).nonzero().flatten()
        bad = suspects[~torch.isfinite(x[suspects]).all(dim=1)]
        if len(bad):
            raise ValueError(
                f"{len(bad)} of {len(x)} rows contain NaN or inf (first at row {int(bad[0])})"
            )
        return x

    def _partial_fit_extra(self, X: ArrayLike, kind: Literal["untrusted", "labels"]) -> Self:
        """``partial_fit`` for the extra data of kind ``kind`` (see the module docstring)."""
        if self.needs != kind:
            data, method = _EXTRA[kind]
            raise TypeError(
                f"{type(self).__name__} does not take {data} (needs={self.needs!r}); "
                f"{method}() is only for scorers with needs={kind!r}"
            )
        x = self._check(X)
        self.d = x.shape[1]
        if x.shape[0]:
            self._update_extra(x)  # sees self.extra_count before this batch
            self.extra_count += x.shape[0]
            self._finalized = False
        return self

    @staticmethod
    def _blocks(x: torch.Tensor) -> Iterator[tuple[int, torch.Tensor]]:
        """Yield ``(start, rows)``: bounded blocks as fresh float64 copies, free to modify."""
        step = max(1, _BLOCK_ELEMENTS // x.shape[1])
        for start in range(0, len(x), step):
            yield start, x[start : start + step].to(torch.float64, copy=True)

    # -- hooks for subclasses --------------------------------------------------------------

    @abstractmethod
    def _reset(self) -> None:
        """Drop the streamed statistics and the fitted state."""

    @abstractmethod
    def _update(self, x: torch.Tensor) -> None:
        """Merge a validated, non-empty CPU batch into the statistics."""

    def _update_extra(self, x: torch.Tensor) -> None:
        """Merge a validated, non-empty CPU batch of the extra data ``needs`` names.

        Scorers whose ``needs`` is not ``"trusted"`` must override this.
        """
        raise NotImplementedError(f"{type(self).__name__} declares needs={self.needs!r}")

    @abstractmethod
    def _finalize(self) -> None:
        """Compute the scoring state from the statistics.

        ``count >= 2`` is guaranteed, and ``extra_count >= 1`` when ``needs`` asks for extra data.
        """

    @abstractmethod
    def _score(self, x: torch.Tensor) -> np.ndarray:
        """Scores of a validated CPU batch as float64 ``[n]``."""

    @abstractmethod
    def _hyperparameters(self) -> dict[str, Any]:
        """The constructor arguments, JSON-able."""

    @abstractmethod
    def _state(self) -> dict[str, torch.Tensor]:
        """The tensors ``_score`` reads."""

    @abstractmethod
    def _load_state(self, state: dict[str, torch.Tensor]) -> None:
        """Install tensors produced by ``_state`` (``d`` is already set)."""


def canonical(t: torch.Tensor, dtype: torch.dtype = torch.float64) -> torch.Tensor:
    """A fresh C-contiguous copy of ``t`` in ``dtype``: every tensor a scorer scores with.

    BLAS picks its kernel, and so its rounding, by the operands' layout and alignment (``eigh``
    returns column-major vectors; a tensor read from a file may sit at any offset). Passing the
    freshly fitted state and the restored one through this one function gives both the same
    bits in the same layout from the same allocator, so they score a batch bit-identically.
    """
    out = torch.empty(tuple(t.shape), dtype=dtype)
    out.copy_(t.detach())
    return out


SCORERS: dict[str, type[Scorer]] = {}
_S = TypeVar("_S", bound=type[Scorer])


def register(cls: _S) -> _S:
    """Class decorator adding a scorer to ``SCORERS`` under its ``name``."""
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not name:
        raise TypeError(f"{cls.__qualname__} needs a non-empty class attribute `name`")
    if name in SCORERS and SCORERS[name] is not cls:
        raise ValueError(f"scorer name {name!r} is already taken by {SCORERS[name].__qualname__}")
    SCORERS[name] = cls
    return cls


def get_scorer(name: str) -> type[Scorer]:
    """The scorer class registered as ``name``."""
    try:
        return SCORERS[name]
    except KeyError:
        raise KeyError(f"unknown scorer {name!r}; known scorers: {sorted(SCORERS)}") from None


def build_scorer(name: str, **config: Any) -> Scorer:
    """An unfitted scorer ``name`` built with hyperparameters ``config``."""
    return get_scorer(name)(**config)
