"""Two detection channels on prompt features, and their fusion under one calibration.

- **novelty**: Mahalanobis per layer, fitted on trusted features only: flags the unfamiliar;
- **probe**: logistic regression per layer, benign features (trusted + benign breadth) vs attack
  features: flags what looks like the attacks it was shown;
- **fusion**: the layer scores of both through one `Calibration` fitted on the *same* held-out
  trusted calibration rows (row-aligned), so the combined p-value is exact and valid.

Each channel's continuous ``score`` is a detector's: per layer ``(s - median) / (threshold -
median)`` over the calibration scores (0 = a typical trusted input, 1 = at that layer's alpha
threshold), averaged over the channel's layers. Rankings (AUROC, TPR at a fixed FPR) use it;
flags use the calibrated p-value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import torch

from mad.calibration import Calibration
from mad.capture import context_length, tokenize_prompts
from mad.library.cache import cached_features
from mad.models import LoadedModel
from mad.records import Record, render
from mad.scorers import Scorer, build_scorer

CHANNELS = ("novelty", "probe", "fusion")


@dataclass
class Feats:
    """Records with their features per layer and token counts, row-aligned."""

    records: list[Record]
    acts: dict[str, torch.Tensor]
    lengths: np.ndarray

    def take(self, keep: Sequence[int] | np.ndarray) -> Feats:
        idx = np.asarray(keep, dtype=np.int64)
        rows = torch.from_numpy(idx)
        return Feats(
            [self.records[k] for k in idx],
            {n: a.index_select(0, rows) for n, a in self.acts.items()},
            self.lengths[idx],
        )

    def where(self, test: Callable[[Record], bool]) -> Feats:
        return self.take([k for k, r in enumerate(self.records) if test(r)])

    def __len__(self) -> int:
        return len(self.records)


def concat(parts: Sequence[Feats]) -> Feats:
    return Feats(
        [r for p in parts for r in p.records],
        {n: torch.cat([p.acts[n] for p in parts]) for n in parts[0].acts},
        np.concatenate([p.lengths for p in parts]),
    )


def features(
    loaded: LoadedModel,
    records: Sequence[Record],
    layers: Sequence[str],
    progress: Callable[[int], None] | None = None,
    *,
    batch_size: int = 16,
) -> Feats:
    """Last-token features of `records` (through the library feature cache) and token counts."""
    acts = cached_features(
        loaded, records, layers, "last", batch_size=batch_size, progress=progress
    )
    tok = loaded.tokenizer
    rows = tokenize_prompts(
        tok, [render(r, tok).prompt for r in records], max_length=context_length(loaded.model, tok)
    )
    return Feats(list(records), acts, np.array([len(row) for row in rows], dtype=np.int64))


@dataclass
class Channels:
    """Fitted scorers per channel and layer (``"novelty:<layer>"``, ``"probe:<layer>"``), one
    calibration per channel, and each layer's normalisation."""

    layers: list[str]
    scorers: dict[str, Scorer]
    calibrations: dict[str, Calibration]
    centre: dict[str, float]
    scale: dict[str, float]

    def keys(self, channel: str) -> list[str]:
        if channel == "fusion":
            return [k for c in ("novelty", "probe") for k in self.keys(c)]
        return [f"{channel}:{layer}" for layer in self.layers]

    def layer_scores(self, feats: Feats) -> dict[str, np.ndarray]:
        return {
            key: scorer.score_samples(feats.acts[key.split(":", 1)[1]])
            for key, scorer in self.scorers.items()
        }

    def score(self, scores: dict[str, np.ndarray], channel: str) -> tuple[np.ndarray, np.ndarray]:
        """(continuous score, combined p-value) of one channel, from `layer_scores`."""
        keys = self.keys(channel)
        normalised = [(scores[k] - self.centre[k]) / self.scale[k] for k in keys]
        p = self.calibrations[channel].p_values({k: scores[k] for k in keys})
        return np.mean(normalised, axis=0), p


def fit_novelty(trusted: Feats, layers: Sequence[str]) -> dict[str, Scorer]:
    return {f"novelty:{n}": build_scorer("mahalanobis").fit(trusted.acts[n]) for n in layers}


def fit_probe(negatives: Feats, positives: Feats, layers: Sequence[str]) -> dict[str, Scorer]:
    return {
        f"probe:{n}": build_scorer("probe").fit(negatives.acts[n], anomalies=positives.acts[n])
        for n in layers
    }


def calibrate(
    scorers: dict[str, Scorer], cal: Feats, layers: Sequence[str], alpha: float
) -> Channels:
    """One calibration per channel, every one on the same trusted calibration rows."""
    out = Channels(list(layers), scorers, {}, {}, {})
    scores = out.layer_scores(cal)
    for channel in CHANNELS:
        keys = out.keys(channel)
        out.calibrations[channel] = Calibration.fit({k: scores[k] for k in keys}, alpha=alpha)
    thresholds = out.calibrations["fusion"].thresholds()  # per layer: the same in every channel
    for key, values in scores.items():
        centre = float(np.median(values))
        out.centre[key] = centre
        out.scale[key] = max(thresholds[key] - centre, 1e-12 * max(1.0, abs(centre)))
    return out


@dataclass
class Scored:
    """A record set's scores under one `Channels`: per channel (score, p-value)."""

    feats: Feats
    channels: dict[str, tuple[np.ndarray, np.ndarray]]


def score_all(ch: Channels, feats: Feats) -> Scored:
    layer = ch.layer_scores(feats)
    return Scored(feats, {c: ch.score(layer, c) for c in CHANNELS})
