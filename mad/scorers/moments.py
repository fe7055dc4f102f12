"""Streaming first and second moments in float64, shared by the Gaussian-family scorers."""

from __future__ import annotations

import torch


def merge_moments(mean: torch.Tensor, m2: torch.Tensor, n_a: int, block: torch.Tensor) -> None:
    """Merge a float64 ``block`` (overwritten) into running ``mean``/``m2`` over ``n_a`` rows.

    Chan, Golub & LeVeque (1979): with the block's own mean ``m_b`` and centred scatter
    ``M2_b``, ``delta = m_b - m_a`` and ``n = n_a + n_b``::

        m  = m_a + delta n_b / n
        M2 = M2_a + M2_b + delta delta^T n_a n_b / n

    Unlike ``E[xx^T] - mu mu^T`` this never subtracts two large, nearly equal numbers, so it
    stays accurate when the mean is large next to the spread.
    """
    n_b = len(block)
    n = n_a + n_b
    block_mean = block.mean(dim=0)
    centred = block.sub_(block_mean)
    delta = block_mean - mean
    mean.add_(delta, alpha=n_b / n)
    m2.addmm_(centred.T, centred)
    m2.addr_(delta, delta, alpha=n_a * n_b / n)


class Moments:
    """Running float64 mean and centred scatter ``M2`` of a stream of row blocks."""

    def __init__(self, d: int) -> None:
        self.count = 0
        self.mean = torch.zeros(d, dtype=torch.float64)
        self.m2 = torch.zeros(d, d, dtype=torch.float64)

    @classmethod
    def start(cls, d: int, *, restored: bool) -> Moments:
        """Fresh moments for a scorer's first batch; a scorer restored from a state_dict has
        lost its streaming statistics, so it cannot take more data."""
        if restored:
            raise RuntimeError(
                "this scorer was restored from a state_dict, which does not keep the "
                "streaming statistics; fit a new scorer instead"
            )
        return cls(d)

    def add(self, block: torch.Tensor) -> None:
        """Merge a float64 block (overwritten) into the running moments."""
        merge_moments(self.mean, self.m2, self.count, block)
        self.count += len(block)

    def covariance(self) -> torch.Tensor:
        """The maximum-likelihood covariance ``M2 / n``, exactly symmetric (BLAS leaves
        rounding-level asymmetry; eigh wants exact symmetry)."""
        s = self.m2 / self.count
        return (s + s.T) / 2
