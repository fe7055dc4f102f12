"""A bounded uniform sample of a stream of rows, for scorers that must keep raw vectors."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import torch


class Reservoir:
    """A uniform random sample of at most `capacity` rows of a stream (None: keep every row).

    Vitter's Algorithm R (1985): the first `capacity` rows are kept; row ``t`` (0-based) after
    that replaces a uniformly chosen kept row with probability ``capacity / (t + 1)``. Exactly one
    uniform draw is made per row past the capacity, in stream order, from a PCG64 generator
    seeded with `seed`, so the sample depends on the seed and the row order only — not on how the
    stream is batched — and a reservoir rebuilt from its rows and `seen` (after a restore) goes on
    exactly as the original would have.

    `transform` maps raw rows to what is stored (e.g. float32, L2-normalised); it is applied
    only to rows that are kept.
    """

    def __init__(
        self,
        capacity: int | None,
        seed: int = 0,
        *,
        transform: Callable[[torch.Tensor], torch.Tensor] | None = None,
        rows: torch.Tensor | None = None,
        seen: int = 0,
    ) -> None:
        self.capacity = capacity
        self.seed = seed
        self.seen = seen
        self._transform = transform or (lambda x: x.to(torch.float32, copy=True))
        self._chunks: list[torch.Tensor] = [] if rows is None else [rows]
        self._rng: np.random.Generator | None = None

    def add(self, x: torch.Tensor) -> None:
        cap = self.capacity
        take = len(x) if cap is None else max(0, min(len(x), cap - self.seen))
        if take:
            self._chunks.append(self._transform(x[:take]))
        if take < len(x):
            assert cap is not None
            kept = self.rows()
            if self._rng is None:
                generator = np.random.PCG64(self.seed)
                generator.advance(max(0, self.seen - cap))  # draws already spent before a restore
                self._rng = np.random.Generator(generator)
            t = np.arange(self.seen + take, self.seen + len(x))
            slot = np.floor(self._rng.random(len(t)) * (t + 1)).astype(np.int64)
            hits = np.flatnonzero(slot < cap)
            # Algorithm R writes in stream order, so of several hits on one slot the last stays.
            slots, first_from_end = np.unique(slot[hits][::-1], return_index=True)
            picked = hits[len(hits) - 1 - first_from_end] + take
            kept[torch.from_numpy(slots)] = self._transform(x[torch.from_numpy(picked)])
        self.seen += len(x)

    def rows(self) -> torch.Tensor:
        """The kept rows, ``[min(seen, capacity), d]`` (one tensor; later adds write into it)."""
        if not self._chunks:
            raise RuntimeError("the reservoir is empty")
        if len(self._chunks) > 1:
            self._chunks = [torch.cat(self._chunks)]
        return self._chunks[0]
