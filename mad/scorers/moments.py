"""Streaming first and second moments in float64, shared by the Gaussian-family scorers."""

from __future__ import annotations

import torch

# How finely a data set can resolve a direction, relative to its scale (the RMS of its values):
# 1024 units in the last place of the coarsest float format holding every value exactly. Two
# captures of the same prompt in float32 (alone, batched, padded left or right) differ by 0.3-6
# ulps of that scale in RMS and up to ~160 ulps in single elements (measured on SmolLM2-135M),
# so a floor 1024 ulps deep keeps the sum of that noise over d directions, d * (6 / 1024)^2,
# below one unit of squared distance for any d under ~29,000.
RESOLUTION_ULPS = 1024
_RELATIVE_RESOLUTION = {
    True: RESOLUTION_ULPS * torch.finfo(torch.float32).eps,  # 2^-13: float32 captures
    False: RESOLUTION_ULPS * torch.finfo(torch.float64).eps,  # 2^-42: genuine float64 data
}


def noise_floor(mean_square: float, float32_exact: bool) -> float:
    """The variance below which a direction is unresolvable: ``(resolution * rms)^2``.

    ``mean_square`` is the mean of the squared values (``rms^2``); float32 rounding, and the
    noise of a float32 forward pass, scale with the values, not with their spread, so a data
    set far from the origin resolves less spread than one centred on it.
    """
    return _RELATIVE_RESOLUTION[float32_exact] ** 2 * mean_square


def is_float32_exact(block: torch.Tensor) -> bool:
    """Whether every value of a float64 ``block`` is a float32 value (a float32 capture)."""
    return bool(torch.equal(block.to(torch.float32).to(torch.float64), block))


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
        self.float32_exact = True  # every value so far is a float32 value

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
        if self.float32_exact:
            self.float32_exact = is_float32_exact(block)
        merge_moments(self.mean, self.m2, self.count, block)
        self.count += len(block)

    def noise_floor(self) -> float:
        """``noise_floor`` of the data streamed so far (see the module constants)."""
        d = len(self.mean)
        mean_square = float(self.mean.square().mean()) + float(self.m2.trace()) / (self.count * d)
        return noise_floor(mean_square, self.float32_exact)

    def covariance(self) -> torch.Tensor:
        """The maximum-likelihood covariance ``M2 / n``, exactly symmetric (BLAS leaves
        rounding-level asymmetry; eigh wants exact symmetry)."""
        s = self.m2 / self.count
        return (s + s.T) / 2
