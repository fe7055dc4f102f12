"""``mad eval --suite attacks``: does an attack probe generalise, and what does it cost?

Three channels are compared on the same held-out inputs:

- **novelty**: Mahalanobis per layer on last-token features, fitted on trusted records only;
- **probe**: logistic regression per layer, trusted + benign breadth (negatives) vs library
  attacks (positives), so "unfamiliar" is not learned as "attack";
- **fusion**: both channels' layer scores through one `Calibration` (min-p, exact second level)
  fitted on the *same* held-out trusted calibration rows, so its combined p-value is valid.

Each channel's continuous ``score`` is the detector's (per layer ``(s - median) / (threshold -
median)`` over the calibration scores, averaged over its layers); AUROC and TPR at 1 % FPR are
computed on it, flags on the calibrated p-value at alpha.

Nothing is tested on what trained it: trusted records are split into fit / calibration / test
parts; benign breadth into probe-training and held-out halves (by id hash, per category); the
attack halves are tested only across halves (train a, test b and the reverse), held-out
categories only when the probe saw none of them. Every held-out pool is further split by id hash
into a *dev* third (where settings were chosen) and a *test* two-thirds (reported), like the
shift benchmark's own dev/test folders; ``--split`` picks one. Length-matched results subsample
attacks and benign inputs to the same token-length histogram, since activation scores are known
to track length; ``length`` (token count as the score) shows what length alone would achieve.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mad import library
from mad.calibration import split_indices
from mad.capture import resolve_layout
from mad.errors import ConfigError
from mad.evasion import EVASIONS, evade
from mad.library.cache import cached_features, entry_info
from mad.library.channels import (
    CHANNELS,
    Channels,
    Feats,
    calibrate,
    concat,
    features,
    fit_novelty,
    fit_probe,
    score_all,
)
from mad.library.results import compare, flag_rates
from mad.models import LoadedModel
from mad.records import Record, read_records
from mad.scorers import Scorer

SPLITS = ("dev", "test")
SMOLLM2 = Path(__file__).resolve().parent / "organisms" / "data" / "smollm2_chat"
DEV_SHARE = 1 / 3  # of every held-out pool, by id hash


@dataclass
class AttackData:
    """The record sets of one run: what trains, what calibrates, what tests.

    `shift_kinds` (benign, by kind) and `shift_attacks` come from one benchmark folder and are
    captured as one prompt set; each of `attack_sets` is captured on its own.
    """

    trusted: list[Record]
    attacks: list[Record]
    benign: list[Record]
    shift_kinds: dict[str, list[Record]] = field(default_factory=dict)
    shift_attacks: dict[str, list[Record]] = field(default_factory=dict)
    attack_sets: dict[str, list[Record]] = field(default_factory=dict)


def smollm2_data(split: str, limit: int | None = None) -> AttackData:
    """SmolLM2's trusted chat set, the library (capped at `limit` per side) and the shift sets.

    The old ``anomalous.jsonl`` is a final-report set: only the test split uses it.
    """
    folder = SMOLLM2 / "shift" / split
    kinds = {p.stem: list(read_records(p)) for p in sorted(folder.glob("*.jsonl"))}
    return AttackData(
        trusted=list(read_records(SMOLLM2 / "trusted.jsonl")),
        attacks=library.attacks("both", limit=limit),
        benign=library.benign_breadth(limit=limit),
        shift_kinds=kinds,
        shift_attacks={"hidden_injections": kinds.pop("anomalous_hidden")},
        attack_sets=(
            {"smollm2_chat_anomalous": list(read_records(SMOLLM2 / "anomalous.jsonl"))}
            if split == "test"
            else {}
        ),
    )


def default_layers(loaded: LoadedModel) -> list[str]:
    """One block just past half depth (SmolLM2: block 16 of 30), chosen on the dev split.

    One layer per channel, because the fusion's exact min-p over 2L layer scores cannot flag an
    input that is extreme in one channel only unless (L + 1) / (n_cal + 1) <= alpha: with 240
    calibration rows and alpha = 0.01 that allows L = 1 (see the README).
    """
    n = resolve_layout(loaded.model).num_layers
    return [f"blocks.{min(n - 1, n // 2 + 1)}.resid_post"]


def dev_test(feats: Feats, split: str) -> Feats:
    """The dev third or the test two-thirds of a held-out pool (by id hash, per category)."""
    rest, dev = library.hash_split(feats.records, DEV_SHARE, salt="attack-eval-dev")
    chosen = set(dev if split == "dev" else rest)
    return feats.where(lambda r: r in chosen)


# ----- data pools ---------------------------------------------------------------------------


@dataclass
class Pools:
    """Every record set of a run, captured, split so that nothing tests what trained it."""

    trusted_fit: Feats
    trusted_cal: Feats
    trusted_test: Feats
    benign_train: Feats
    benign_test: Feats
    attacks: Feats
    shift_kinds: dict[str, Feats]
    attack_sets: dict[str, Feats]

    def negatives(self) -> dict[str, Feats]:
        """The benign test sets: trusted, each breadth category, each shift kind."""
        out = {"trusted": self.trusted_test}
        for name in library.category_counts(self.benign_test.records):
            out[f"benign:{name}"] = self.benign_test.where(
                lambda r, c=name: r.meta["category"] == c
            )
        out.update({f"shift:{k}": v for k, v in self.shift_kinds.items()})
        return out

    def headline(self) -> Feats:
        """Trusted + benign breadth, both held out: the negatives of the headline figures."""
        return concat([self.trusted_test, self.benign_test])


def prepare(
    loaded: LoadedModel,
    data: AttackData,
    layers: Sequence[str],
    split: str,
    *,
    seed: int = 0,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> Pools:
    """Capture (or read from the cache) every set once and split the held-out pools."""

    def capture(records: Sequence[Record]) -> Feats:
        return features(loaded, records, layers, progress, batch_size=batch_size)

    trusted = capture(data.trusted)
    # 40 % fit, 40 % calibration, 20 % test: enough calibration rows (240 of 600) that the
    # fusion can flag an input extreme in one channel only at alpha = 0.01 (see README).
    fit_idx, rest = split_indices(len(trusted), holdout=0.6, seed=seed)
    cal_pos, test_pos = split_indices(len(rest), holdout=1 / 3, seed=seed + 1)
    benign = capture(data.benign)
    train = set(library.hash_split(benign.records, 0.5, salt="attack-eval-benign")[0])
    shift_sets = {**data.shift_kinds, **data.shift_attacks}
    shift = capture([r for records in shift_sets.values() for r in records])

    def part(records: list[Record]) -> Feats:
        wanted = set(records)
        return shift.where(lambda r: r in wanted)

    return Pools(
        trusted_fit=trusted.take(fit_idx),
        trusted_cal=trusted.take(rest[cal_pos]),
        trusted_test=dev_test(trusted.take(rest[test_pos]), split),
        benign_train=benign.where(lambda r: r in train),
        benign_test=dev_test(benign.where(lambda r: r not in train), split),
        attacks=capture(data.attacks),
        shift_kinds={k: part(v) for k, v in data.shift_kinds.items()},
        attack_sets={
            **{k: part(v) for k, v in data.shift_attacks.items()},
            **{k: capture(v) for k, v in data.attack_sets.items()},
        },
    )


def scenario(
    pools: Pools,
    novelty: dict[str, Scorer],
    train: Feats,
    tests: dict[str, Feats],
    layers: Sequence[str],
    alpha: float,
    seed: int,
) -> tuple[dict[str, Any], Channels]:
    """Fit the probe on `train` attacks, calibrate the three channels, test every set."""
    probe = fit_probe(concat([pools.trusted_fit, pools.benign_train]), train, layers)
    ch = calibrate({**novelty, **probe}, pools.trusted_cal, layers, alpha)
    negatives = {k: score_all(ch, v) for k, v in pools.negatives().items() if len(v)}
    headline = score_all(ch, pools.headline())
    rates = flag_rates(negatives, alpha)
    rates["benign_breadth"] = flag_rates({"b": score_all(ch, pools.benign_test)}, alpha)["b"]
    result = {
        "n_train": len(train),
        "tests": {
            name: compare(score_all(ch, feats), headline, negatives, alpha, seed)
            for name, feats in tests.items()
        },
        "flag_rates": rates,
    }
    return result, ch


def by_category(feats: Feats, categories: set[str], keep: bool) -> Feats:
    return feats.where(lambda r: (r.meta.get("category") in categories) == keep)


def evasion_sample(feats: Feats, limit: int, seed: int) -> Feats:
    """At most `limit` records, each category's share kept (the library's seeded cap)."""
    chosen = set(library.stratified(feats.records, limit, seed)) if limit < len(feats) else None
    return feats if chosen is None else feats.where(lambda r: r in chosen)


# ----- the whole run ------------------------------------------------------------------------


def _half(feats: Feats, half: str) -> Feats:
    return feats.where(lambda r: r.meta.get("half") == half)


def run(
    loaded: LoadedModel,
    data: AttackData,
    *,
    layers: Sequence[str] | None = None,
    split: str = "dev",
    alpha: float = 0.01,
    seed: int = 0,
    evasion_limit: int = 50,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Every scenario of the module docstring, the evasions and the cost; a JSON-able report."""
    if split not in SPLITS:
        raise ConfigError(f"split must be one of {', '.join(SPLITS)}, got {split!r}")
    layers = list(layers) if layers else default_layers(loaded)
    pools = prepare(
        loaded, data, layers, split, seed=seed, batch_size=batch_size, progress=progress
    )
    novelty = fit_novelty(pools.trusted_fit, layers)
    every = pools.attacks

    def run_one(train: Feats, tests: dict[str, Feats]) -> tuple[dict[str, Any], Channels]:
        return scenario(pools, novelty, train, tests, layers, alpha, seed)

    scenarios: dict[str, Any] = {}
    channels: dict[str, Channels] = {}
    held: dict[str, Feats] = {}
    for train, test in (("a", "b"), ("b", "a")):
        held[test] = dev_test(_half(every, test), split)
        name = f"train {train} -> test {test}"
        scenarios[name], channels[test] = run_one(_half(every, train), {f"half {test}": held[test]})
    if pools.attack_sets:
        scenarios["train a+b"] = run_one(every, pools.attack_sets)[0]
    loco = {
        name: run_one(
            by_category(every, {name}, keep=False),
            {name: dev_test(by_category(every, {name}, keep=True), split)},
        )[0]
        for name in library.category_counts(every.records)
    }
    report = {
        "suite": "attacks",
        "model": loaded.name,
        "split": split,
        "alpha": alpha,
        "layers": layers,
        "counts": _counts(pools, data),
        "scenarios": scenarios,
        "leave_one_category_out": loco,
        "evasions": evasions(
            loaded, pools, channels, held, evasion_limit, alpha, seed, batch_size, progress
        ),
    }
    report["cost"] = measure_cost(
        loaded, data, pools, layers, alpha=alpha, seed=seed, batch_size=batch_size
    )
    return report


def _counts(pools: Pools, data: AttackData) -> dict[str, Any]:
    return {
        "trusted": {
            "fit": len(pools.trusted_fit),
            "calibration": len(pools.trusted_cal),
            "test": len(pools.trusted_test),
        },
        "benign_breadth": {
            "probe_training": len(pools.benign_train),
            "test": len(pools.benign_test),
        },
        "attacks": library.category_counts(data.attacks),
        "shift_kinds": {k: len(v) for k, v in pools.shift_kinds.items()},
        "attack_sets": {k: len(v) for k, v in pools.attack_sets.items()},
    }


def evasions(
    loaded: LoadedModel,
    pools: Pools,
    channels: dict[str, Channels],
    held: dict[str, Feats],
    limit: int,
    alpha: float,
    seed: int,
    batch_size: int,
    progress: Callable[[int], None] | None,
) -> dict[str, Any]:
    """Per held-out half and evasion: each channel's metrics before and after the rewrite."""
    samples = {half: evasion_sample(feats, limit, seed) for half, feats in held.items()}
    rewritten = {(h, e): evade(s.records, e) for h, s in samples.items() for e in EVASIONS}
    layers = pools.attacks.acts.keys()
    every = features(
        loaded,
        [r for records in rewritten.values() for r in records],
        list(layers),
        progress,
        batch_size=batch_size,
    )
    out: dict[str, Any] = {}
    for half, sample in samples.items():
        ch = channels[half]
        headline = score_all(ch, pools.headline())
        before = compare(score_all(ch, sample), headline, {}, alpha, seed)["channels"]
        rows = {}
        for name in EVASIONS:
            ids = {r.id for r in rewritten[(half, name)]}
            evaded = score_all(ch, every.where(lambda r, ids=ids: r.id in ids))
            after = compare(evaded, headline, {}, alpha, seed)["channels"]
            rows[name] = {
                c: {
                    m: [before[c][m], after[c][m]]
                    for m in ("auroc", "tpr_at_1pct_fpr", "tpr_at_alpha")
                }
                for c in CHANNELS
            }
        out[f"held-out half {half}"] = {"n": len(sample), "rewrites": rows}
    return out


def measure_cost(
    loaded: LoadedModel,
    data: AttackData,
    pools: Pools,
    layers: Sequence[str],
    *,
    alpha: float,
    seed: int,
    batch_size: int,
) -> dict[str, Any]:
    """Seconds of a fit without the library, and what the library adds to it, cold and warm.

    Measured here: a Mahalanobis `Detector.fit` on the trusted records (its own capture, no
    cache), reading the library's features from the warm cache (token-id hashing and checks
    included) and fitting the probe on them. The cold capture is the time recorded in the cache
    entries when they were written, possibly by an earlier run under another load.
    """
    import warnings

    from mad.detector import Detector

    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        Detector.fit(
            loaded, data.trusted, layers=layers, alpha=alpha, seed=seed, batch_size=batch_size
        )
    plain = time.perf_counter() - start
    start = time.perf_counter()
    attacks, benign = (
        Feats(list(r), cached_features(loaded, r, layers, "last"), np.zeros(len(r), dtype=int))
        for r in (data.attacks, data.benign)
    )
    read = time.perf_counter() - start
    start = time.perf_counter()
    fit_probe(concat([pools.trusted_fit, benign]), attacks, layers)
    probe = time.perf_counter() - start
    recorded = [
        max(float((m or {}).get("capture_seconds", "nan")) for m in info.values())
        for info in (entry_info(loaded, r, layers) for r in (data.attacks, data.benign))
    ]
    cold = float(sum(recorded))
    return {
        "library_prompts": len(data.attacks) + len(data.benign),
        "fit_without_library_s": plain,
        "warm_cache_read_s": read,
        "probe_fit_s": probe,
        "cold_capture_recorded_s": cold,
        "added_warm_share": (read + probe) / plain,
        "added_cold_share": (cold + probe) / plain,
    }


# ----- mad eval --suite attacks -------------------------------------------------------------

# `mad eval` options the attacks suite does not use, with their defaults: refused when changed.
_UNUSED = {
    "tasks": None,
    "normal": None,
    "anomalous": None,
    "scorer": None,
    "position": "last",
    "labelled": 20,
}


def run_suite(args: Any) -> int:
    """``mad eval --suite attacks``: check everything, load the model, run, print, write."""
    import json
    import sys

    from mad import options
    from mad.capture import normalize_layers
    from mad.library.results import format_report
    from mad.models import load_model, resolve_source

    changed = [k for k, default in _UNUSED.items() if getattr(args, k, default) != default]
    if changed:
        raise ConfigError(
            f"--suite attacks does not use --{', --'.join(c.replace('_', '-') for c in changed)}"
            " (it compares novelty, probe and fusion on last-token features)"
        )
    out = options.writable_dir(args.out)
    model = args.model or "smollm2"
    resolve_source(model)
    split = args.split or "dev"
    data = smollm2_data(split, args.library_limit)
    if args.trusted:
        data.trusted = list(read_records(args.trusted))
    loaded = load_model(model, device=args.device)
    layers = (
        normalize_layers(args.layers, resolve_layout(loaded.model).num_layers)
        if args.layers
        else default_layers(loaded)
    )
    from tqdm import tqdm

    # No total: cached library features and shared captures make the pass count data-dependent.
    with tqdm(desc=f"attacks ({split})", unit="prompt", file=sys.stderr) as bar:
        report = run(
            loaded,
            data,
            layers=layers,
            split=split,
            alpha=args.alpha,
            batch_size=args.batch_size,
            progress=bar.update,
        )
    text = format_report(report)
    print(text)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(report, indent=2) + "\n")
    (out / "results.md").write_text(f"```\n{text}\n```\n", encoding="utf-8")
    print(f"results: {out / 'results.json'}", file=sys.stderr)
    return 0
