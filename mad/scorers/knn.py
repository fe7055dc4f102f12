"""Deep nearest-neighbour distance to the trusted activations (Sun, Ming, Zhu & Li, ICML 2022).

Sun et al., "Out-of-Distribution Detection with Deep Nearest Neighbors", score a test feature
by its distance to the k-th nearest training feature after L2 normalisation,
``z = x / ||x||``::

    score(x) = || z(x) - z(x_(k)) ||,   x_(k) the k-th nearest trusted vector to x

Being non-parametric, the method has to keep the trusted vectors. They are stored as float32
(half the memory of float64; the rounding, ~6e-8 relative, is far below any meaningful change
of a distance) and capped at ``max_samples`` by reservoir sampling, so a stream of any length
costs at most ``max_samples * d * 4`` bytes.

Reservoir sampling is Vitter's (1985) Algorithm R: the first ``m = max_samples`` vectors fill
the bank; the vector with global index ``t >= m`` (0-based) draws ``j = floor(u (t + 1))``
with ``u`` uniform in ``[0, 1)`` and replaces slot ``j`` when ``j < m``. Every vector then
ends in the bank with probability ``m / n``. The ``u`` are consecutive doubles of a PCG64
generator seeded with ``seed``, one per vector past the first ``m``; since that stream is
consumed in order, the bank depends only on ``seed`` and the sequence of vectors, not on how
it was split into ``partial_fit`` batches, and the generator's position is a function of
``count`` alone, so a scorer restored with ``from_state`` can keep streaming exactly as the
original would have.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import torch

from mad.scorers.base import Scorer, canonical, register
from mad.scorers.reservoir import Reservoir

# Default budget for one distance block (the chunk-size formula is in ``_chunk_rows``).
_WORKING_BYTES = 1 << 28


@register
class KNNScorer(Scorer):
    """Distance to the ``k``-th nearest trusted vector, optionally after L2 normalisation.

    Both trusted and query vectors go through the same feature map: L2 normalisation in
    float64 (when ``normalize``; a zero vector stays zero) then rounding to float32, so a query
    equal to a trusted input lands exactly on its stored copy.

    The search is exact. For a block of queries ``q`` and a block of the bank ``b`` it ranks
    the bank by ``||b||^2 - 2 q.b`` (the squared distance less the per-query constant
    ``||q||^2``) with one float64 matrix product per block, keeping a running top-``k``. The
    products of float32 values are exact in float64, so the ranking error is ~1e-16 relative
    to ``||q||^2 + ||b||^2``; float32 would give ~1e-7, too coarse for unnormalised vectors
    whose norms are large next to their distances. The distance to the winner is then
    recomputed directly as ``||q - b||`` in float64, without the cancellation of the expanded
    form, so a duplicate scores exactly 0. Blocks are ``chunk_rows`` queries by ``chunk_rows``
    bank rows; by default that is the largest size keeping the working set under 256 MiB.

    ``score_fit_samples`` scores each stored vector by leave-one-out: its own slot is excluded,
    but an exact duplicate elsewhere in the bank is a genuine neighbour at distance 0.

    After ``finalize``: ``bank_``, the stored vectors (float32 ``[min(count, max_samples), d]``,
    saved by ``state_dict``). When ``count <= max_samples`` its rows are the fit vectors in
    order. Vectors arriving before the reservoir is full are kept in per-batch blocks and
    concatenated once it fills or at ``finalize``, so memory briefly peaks at twice the bank.
    """

    name = "knn"

    def __init__(
        self,
        k: int = 10,
        normalize: bool = True,
        max_samples: int | None = 100_000,
        seed: int = 0,
        *,
        chunk_rows: int | None = None,
    ) -> None:
        super().__init__()
        _check_int("k", k, minimum=1)
        if not isinstance(normalize, bool):
            raise TypeError(f"normalize must be a bool, got {normalize!r}")
        if max_samples is not None:
            _check_int("max_samples", max_samples, minimum=k)
        _check_int("seed", seed, minimum=0)
        if chunk_rows is not None:
            _check_int("chunk_rows", chunk_rows, minimum=1)
        self.k = k
        self.normalize = normalize
        self.max_samples = max_samples
        self.seed = seed
        self.chunk_rows = chunk_rows
        self._reset()

    # -- streaming -------------------------------------------------------------------------

    def _reset(self) -> None:
        self.bank_: torch.Tensor | None = None  # float32 [size, d]
        self._reservoir = Reservoir(self.max_samples, self.seed, transform=self._features)

    def _update(self, x: torch.Tensor) -> None:
        if self._reservoir.seen != self.count:
            raise RuntimeError("reservoir out of step with the streamed count")
        self._reservoir.add(x)

    def _consolidate(self) -> torch.Tensor:
        """The stored vectors as one tensor, also kept as ``bank_``."""
        self.bank_ = self._reservoir.rows()
        return self.bank_

    def _features(self, x: torch.Tensor) -> torch.Tensor:
        """The stored representation of ``x``: L2-normalised if asked, float32, a fresh copy."""
        if not self.normalize:
            out = x.to(torch.float32, copy=True)
            if x.dtype == torch.float64 and torch.isinf(out).any():
                raise ValueError("activations exceed the float32 range the kNN bank is kept in")
            return out
        out = torch.empty(x.shape, dtype=torch.float32)
        tiny = torch.finfo(torch.float64).tiny
        for start, block in self._blocks(x):
            norms = torch.linalg.vector_norm(block, dim=1, keepdim=True).clamp_(min=tiny)
            out[start : start + len(block)] = block.div_(norms)
        return out

    # -- finalize and score ----------------------------------------------------------------

    def _finalize(self) -> None:
        bank = self._consolidate()
        if len(bank) < self.k:
            raise ValueError(f"k={self.k} needs at least {self.k} trusted vectors, got {len(bank)}")

    def _score(self, x: torch.Tensor) -> np.ndarray:
        out = torch.empty(len(x), dtype=torch.float64)
        step = self._chunk_rows()
        for start in range(0, len(x), step):
            queries = self._features(x[start : start + step])
            out[start : start + len(queries)] = self._kth_distance(queries, None)
        return out.numpy()

    def score_fit_samples(self) -> np.ndarray:
        """Leave-one-out score of every stored trusted vector, float64 ``[len(bank_)]``.

        Row ``i`` is the distance from ``bank_[i]`` to its ``k``-th nearest neighbour among
        the other rows of the bank: the row itself is excluded by position, so a duplicate of
        it elsewhere in the bank still counts (at distance 0). This is the in-sample score
        without the trivial zero self-match, e.g. for calibrating on the fit set.
        """
        if not self._finalized:
            raise RuntimeError("KNNScorer is not fitted: call fit() before score_fit_samples()")
        bank = self._consolidate()
        if len(bank) <= self.k:
            raise ValueError(
                f"leave-one-out with k={self.k} needs at least {self.k + 1} stored vectors, "
                f"got {len(bank)}"
            )
        out = torch.empty(len(bank), dtype=torch.float64)
        step = self._chunk_rows()
        for start in range(0, len(bank), step):
            queries = bank[start : start + step]
            out[start : start + len(queries)] = self._kth_distance(queries, start)
        return out.numpy()

    def _chunk_rows(self) -> int:
        """Rows ``c`` per block: by default the largest with ``24 c^2 + 16 c d <= 256 MiB``.

        A block holds three float64 ``c x c`` buffers at its peak (the product, and what
        ``addmm`` and ``topk`` allocate around it; measured by ``ru_maxrss``) plus float64
        copies of ``c`` query and ``c`` bank rows; about 3000 rows at d=768. Throughput is
        flat from ~1000 rows up, so the budget only bounds memory.
        """
        if self.chunk_rows is not None:
            return self.chunk_rows
        assert self.d is not None
        d, budget = self.d, _WORKING_BYTES
        return max(1, int((math.sqrt(256 * d * d + 96 * budget) - 16 * d) / 48))

    def _kth_distance(self, queries: torch.Tensor, offset: int | None) -> torch.Tensor:
        """Distance from each float32 query to its ``k``-th nearest bank row, float64.

        ``offset`` is the bank position of ``queries[0]`` when the queries are bank rows
        themselves, whose own slots are then excluded; ``None`` for outside queries.
        """
        assert self.bank_ is not None
        bank, k, step = self.bank_, self.k, self._chunk_rows()
        q = queries.to(torch.float64)
        rows = torch.arange(len(q))
        best_val = torch.empty(len(q), 0, dtype=torch.float64)
        best_idx = torch.empty(len(q), 0, dtype=torch.int64)
        for start in range(0, len(bank), step):
            b = bank[start : start + step].to(torch.float64)
            # ||b||^2 - 2 q.b: the squared distance up to the per-row constant ||q||^2.
            partial = torch.addmm((b * b).sum(dim=1), q, b.T, alpha=-2.0)
            if offset is not None:
                own = rows + (offset - start)
                inside = (own >= 0) & (own < len(b))
                partial[rows[inside], own[inside]] = math.inf
            val, idx = torch.topk(partial, min(k, len(b)), dim=1, largest=False, sorted=False)
            best_val = torch.cat([best_val, val], dim=1)
            best_idx = torch.cat([best_idx, idx + start], dim=1)
            if best_val.shape[1] > k:
                best_val, pos = torch.topk(best_val, k, dim=1, largest=False, sorted=False)
                best_idx = best_idx.gather(1, pos)
        kth = best_idx.gather(1, best_val.argmax(dim=1, keepdim=True)).squeeze(1)
        diff = q - bank[kth].to(torch.float64)
        return (diff * diff).sum(dim=1).sqrt()

    # -- persistence -----------------------------------------------------------------------

    def _hyperparameters(self) -> dict[str, Any]:
        return {
            "k": self.k,
            "normalize": self.normalize,
            "max_samples": self.max_samples,
            "seed": self.seed,
            "chunk_rows": self.chunk_rows,
        }

    def _state(self) -> dict[str, torch.Tensor]:
        return {"bank": self._consolidate()}

    def _load_state(self, state: dict[str, torch.Tensor]) -> None:
        if "bank" not in state:
            raise KeyError("state is missing 'bank'")
        bank = state["bank"]
        size = self.count if self.max_samples is None else min(self.count, self.max_samples)
        if tuple(bank.shape) != (size, self.d):
            raise ValueError(f"state['bank'] has shape {tuple(bank.shape)}, not {(size, self.d)}")
        # A private copy (further streaming writes into the bank in place), laid out as fitted.
        self.bank_ = canonical(bank, torch.float32)
        self._reservoir = Reservoir(
            self.max_samples, self.seed, transform=self._features, rows=self.bank_, seen=self.count
        )


def _check_int(name: str, value: Any, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {value!r}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
