"""Anomaly scorers over activation matrices, looked up by name.

To add a scorer, write one module with a ``Scorer`` subclass decorated by ``@register`` and
import it below; ``get_scorer``/``build_scorer`` then find it by its ``name``.
"""

from mad.scorers.base import SCORERS, Scorer, build_scorer, get_scorer, register
from mad.scorers.knn import KNNScorer
from mad.scorers.likelihood_ratio import GaussianLikelihoodRatioScorer
from mad.scorers.mahalanobis import MahalanobisScorer
from mad.scorers.pca import PCAResidualScorer
from mad.scorers.probe import ProbeScorer
from mad.scorers.que import QUEScorer

__all__ = [
    "SCORERS",
    "GaussianLikelihoodRatioScorer",
    "KNNScorer",
    "MahalanobisScorer",
    "PCAResidualScorer",
    "ProbeScorer",
    "QUEScorer",
    "Scorer",
    "build_scorer",
    "get_scorer",
    "register",
]
