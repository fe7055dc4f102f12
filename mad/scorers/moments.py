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
