"""Known attacks: a probe channel trained, at fit time, on the user's own model.

An unsupervised channel finds what is *unfamiliar*; it cannot know that "ignore your
instructions" inside an ordinary request matters more than a harmless question in French. The
probe channel is shown both: the attack library (`mad.library.attacks`, or the user's own
file) as class 1, and as class 0 the trusted fit records *plus* a broad benign set
(`mad.library.benign_breadth`, or the user's file), because a probe whose negatives are only the
narrow trusted set learns "unfamiliar = attack". Like every channel it is calibrated on the
held-out trusted records only, and it shares the detector's one calibration, so the fused flag
keeps its rate.

Library features are read through `mad.library.cache` (captured once per model and layer set);
library prompts too long for the model's context are dropped, with a note, since the builtin
library is written for chat models of ordinary context.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

from mad.capture import context_length, tokenize_prompts
from mad.errors import ConfigError
from mad.models import LoadedModel
from mad.records import Record, read_records, render

PROBE_CHANNEL = "probe"
# The probe reads the mean over prompt tokens: an attack hidden inside an ordinary request is
# spread over the prompt, not summed up in its last token. On SmolLM2 (block 16) it beat the last
# token on the attack suite's dev split and again on its test split: cross-half AUROC 0.945 /
# 0.926 -> 0.956 / 0.957, TPR at 1 % FPR 0.49 / 0.38 -> 0.60 / 0.53 (README, Known attacks).
PROBE_POSITION = "mean"
BUILTIN = "builtin"


@dataclass(frozen=True)
class KnownAnomalies:
    """The probe channel's training data beyond the trusted records."""

    attacks: list[Record]
    benign: list[Record]
    source: str  # "builtin" or the file the attacks came from
    benign_source: str | None


def resolve(
    known: str, benign: str | None = BUILTIN, *, limit: int | None = None, seed: int = 0
) -> KnownAnomalies:
    """`builtin` or a JSONL path for each; `benign=None` (``--benign-extra none``) adds none."""
    from mad import library

    if known == BUILTIN:
        attacks = library.attacks("both", limit=limit, seed=seed)
    else:
        attacks = list(read_records(known))
    if benign is None:
        extra: list[Record] = []
    elif benign == BUILTIN:
        extra = library.benign_breadth(limit=limit, seed=seed)
    else:
        extra = list(read_records(benign))
    if not attacks:
        raise ConfigError("--known-anomalies: no attack records")
    return KnownAnomalies(
        attacks,
        extra,
        known if known == BUILTIN else str(Path(known).resolve()),
        None if benign is None else benign if benign == BUILTIN else str(Path(benign).resolve()),
    )


def fitting_records(
    loaded: LoadedModel, records: list[Record], builtin: bool
) -> tuple[list[Record], int]:
    """The records whose prompts fit the model's context, and how many were dropped.

    The builtin library is dropped from silently-too-long (noted by the caller); a user's own
    file is refused like any input (`mad.features.check_lengths` does that for them)."""
    limit = context_length(loaded.model, loaded.tokenizer)
    if limit is None or not builtin:
        return records, 0
    rows = tokenize_prompts(
        loaded.tokenizer, [render(r, loaded.tokenizer).prompt for r in records], max_length=None
    )
    kept = [r for r, ids in zip(records, rows, strict=True) if len(ids) <= limit]
    return kept, len(records) - len(kept)


def probe_rows(
    loaded: LoadedModel,
    known: KnownAnomalies,
    hooks: list[str],
    *,
    batch_size: int = 16,
) -> tuple[dict[str, tuple[torch.Tensor, torch.Tensor]], list[str]]:
    """Per hook: (benign rows, attack rows) at `PROBE_POSITION`; and notes for the user."""
    from mad.library.cache import cached_features

    notes = []
    parts = {}
    for what, records in (("attack", known.attacks), ("benign", known.benign)):
        kept, dropped = fitting_records(loaded, records, builtin=_builtin(known, what))
        if dropped:
            notes.append(
                f"{dropped} of {len(records)} builtin {what} prompts are longer than the model's "
                "context and were left out of the probe's training"
            )
        parts[what] = kept
    if not parts["attack"]:
        raise ConfigError("--known-anomalies: no attack prompt fits the model's context")
    attack = cached_features(loaded, parts["attack"], hooks, PROBE_POSITION, batch_size=batch_size)
    benign = cached_features(loaded, parts["benign"], hooks, PROBE_POSITION, batch_size=batch_size)
    return {hook: (benign[hook], attack[hook]) for hook in hooks}, notes


def _builtin(known: KnownAnomalies, what: str) -> bool:
    return (known.source if what == "attack" else known.benign_source) == BUILTIN
