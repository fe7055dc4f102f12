"""Fitting a detector, as steps a reader can follow, with every refusal before the capture.

`fit_detector` is what `Detector.fit` runs:

1. `FitOptions` checks every option value (one-line `ConfigError`s, the same words as the CLI);
2. `plan_fit` splits the trusted records into fit and calibration parts and refuses a plan that
   cannot work — a calibration set too small for alpha with these layers and this combination
   (`mad.calibration.check_feasible`, the rule `Calibration.fit` applies too), or a trusted set
   with too few distinct inputs — and notes duplicates that would make calibration in-sample.
   It needs no model, only the layer count, so ``mad fit`` runs it before loading one;
3. the scorer's extra data (untrusted batch, labelled anomalies) is checked, and every record is
   tokenized to check it fits the model's context (`mad.features.check_lengths`);
4. the fit part is captured and streamed into the scorers, with a sample kept per layer to check
   the activations are not degenerate (`RankProbe`); then the extra data;
5. the calibration part is captured and only its scores are kept, and calibrated;
6. the manifest records all of it.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import torch

import mad
from mad import options as check
from mad.artifact import (
    SCHEMA_VERSION,
    DataInfo,
    DetectorError,
    FeatureSpec,
    Manifest,
    ModelInfo,
)
from mad.calibration import (
    METHODS,
    Calibration,
    check_calibration_size,
    check_feasible,
    needed_n_cal,
    split_indices,
)
from mad.capture import default_layers, normalize_layers, resolve_layout
from mad.errors import ConfigError
from mad.features import (
    FeatureBatch,
    check_lengths,
    default_max_new_tokens,
    iter_keyed_features,
    stack_tokens,
)
from mad.known import PROBE_CHANNEL, PROBE_POSITION, KnownAnomalies, probe_rows
from mad.models import LoadedModel
from mad.positions import LEVELS, POSITIONS, TOKEN_LEVEL
from mad.records import Record, canonical_role, records_from_prompts
from mad.scorers import Scorer, build_scorer, get_scorer

AGGREGATIONS = ("max", "mean")
LAYER_SCORE_NAMES = ("mean", "max")
Data = str | Path | Sequence[str] | Sequence[Record]
FeatureSource = Callable[[Sequence[Record]], Iterable[FeatureBatch]]
# Rows per layer kept to check the rank of the fit activations (O(rows x d) memory).
RANK_SAMPLE = 1024
# A direction counts if its spread exceeds this fraction of the activations' RMS norm: far above
# float32 capture noise (~1e-7 relative), far below any real feature.
RANK_RTOL = 1e-4


class FitOptionError(ConfigError, DetectorError):
    """A `Detector.fit` option out of range: a `ConfigError`, and a `DetectorError` as before."""


@dataclass(frozen=True)
class FitOptions:
    """Every `Detector.fit` option but the data and the layers, checked on construction."""

    position: str = "last"
    aggregate: str = "max"
    layer_score: str = "mean"
    scorer: str = "mahalanobis"
    scorer_config: dict[str, Any] = field(default_factory=dict)
    alpha: float = 0.01
    combine: str = "min_p"
    holdout: float | None = None  # None: 0.2, raised (up to 0.5) until the calibration can flag
    seed: int = 0
    batch_size: int = 16
    max_new_tokens: int | None = None  # None: sized from the model's context

    def __post_init__(self) -> None:
        try:
            check.choice("position", self.position, POSITIONS)
            check.choice("aggregate", self.aggregate, AGGREGATIONS)
            check.choice("layer score", self.layer_score, LAYER_SCORE_NAMES)
            check.scorer_name(self.scorer)
            object.__setattr__(self, "alpha", check.probability("alpha", self.alpha))
            check.choice("combine method", self.combine, METHODS)
            if self.holdout is not None:
                object.__setattr__(self, "holdout", check.probability("holdout", self.holdout))
            check.integer("seed", self.seed)
            check.integer("batch_size", self.batch_size, minimum=1)
            if self.max_new_tokens is not None:
                check.integer("max_new_tokens", self.max_new_tokens, minimum=1)
        except ConfigError as err:
            raise FitOptionError(str(err)) from None

    @property
    def token_level(self) -> bool:
        return self.position in TOKEN_LEVEL


@dataclass(frozen=True)
class ChannelSpec:
    """One channel of a detector of several: its evidence, read at one position.

    `layers` None takes the default blocks (a few middle-to-late ones); `scorer` and
    `aggregate` default to the fit's options.
    """

    name: str
    position: str
    layers: tuple[str | int, ...] | None = None
    scorer: str | None = None
    aggregate: str | None = None

    def __post_init__(self) -> None:
        try:
            check.choice("position", self.position, POSITIONS)
            if self.scorer is not None:
                check.scorer_name(self.scorer)
            if self.aggregate is not None:
                check.choice("aggregate", self.aggregate, AGGREGATIONS)
        except ConfigError as err:
            raise FitOptionError(str(err)) from None
        if not self.name or "/" in self.name:
            raise FitOptionError(f"channel name {self.name!r} must be non-empty without '/'")


def default_channels() -> tuple[ChannelSpec, ...]:
    """What ``mad fit`` builds when no position is given: the prompt's evidence and the answer's.

    A prompt-level channel (the last prompt token: the state that decides how to answer) sees an
    input that changes what the model is asked; a completion channel (every answer token, by
    the state that predicted it) sees a changed computation that shows only in the answer. Their
    features share one exact calibration, so the combined flag keeps its rate; rows report each
    channel's own p-value too. Chosen on the shift benchmark's dev split (see the README).
    """
    return (ChannelSpec("prompt", "last"), ChannelSpec("completion", "completion"))


def feature_specs(
    opts: FitOptions,
    num_layers: int,
    layers: Sequence[str | int] | None,
    channels: Sequence[ChannelSpec] | None,
) -> dict[str, FeatureSpec]:
    """Key -> what it reads: hook names for one position, ``channel/hook`` for several."""
    if not channels:
        return {
            name: FeatureSpec(
                hook=name,
                position=opts.position,
                channel=LEVELS[opts.position],
                scorer=opts.scorer,
                aggregate=opts.aggregate if opts.token_level else None,
            )
            for name in choose_layers(layers, num_layers)
        }
    names = [c.name for c in channels]
    if len(set(names)) != len(names):
        raise FitOptionError(f"channel names repeat: {names}")
    token_positions = {c.position for c in channels if c.position in TOKEN_LEVEL}
    if len(token_positions) > 1:
        raise FitOptionError(
            f"a detector reads at most one token-level position; got {sorted(token_positions)}"
        )
    specs = {}
    for c in channels:
        for hook in choose_layers(c.layers or layers, num_layers):
            specs[f"{c.name}/{hook}"] = FeatureSpec(
                hook=hook,
                position=c.position,
                channel=c.name,
                scorer=c.scorer or opts.scorer,
                aggregate=(c.aggregate or opts.aggregate) if c.position in TOKEN_LEVEL else None,
            )
    return specs


@dataclass
class FitPlan:
    """Which trusted records fit the scorers and which calibrate them, and what to warn about."""

    records: list[Record]
    fit_idx: np.ndarray
    cal_idx: np.ndarray
    notes: list[str]
    holdout: float  # the share actually held out (the option, or the automatic choice)


def as_records(data: Data) -> tuple[list[Record], str]:
    """Records from a JSONL path, records or prompt strings, and where they came from."""
    from mad.records import read_records

    if isinstance(data, str | Path):
        return list(read_records(data)), str(Path(data).resolve())
    items = list(data)
    if items and isinstance(items[0], Record):
        return items, "<records>"
    return records_from_prompts(items), "<prompts>"


def choose_layers(layers: Sequence[str | int] | None, num_layers: int) -> list[str]:
    """Canonical hook names: the requested ones, or a few middle-to-late blocks."""
    return normalize_layers(layers, num_layers) if layers else default_layers(num_layers)


def _content(record: Record) -> tuple[Any, ...]:
    """What the model is shown for a record: equal keys render to equal text."""
    messages = tuple((canonical_role(m.role), m.content) for m in record.messages or ())
    return (record.prompt, record.completion, messages)


DEFAULT_HOLDOUT = 0.2
MAX_AUTO_HOLDOUT = 0.5


def auto_holdout(n: int, alpha: float, n_layers: int, combine: str) -> float:
    """The default calibration share: 20 %, or as much more as alpha needs, up to half.

    Past half the records the fit part would be smaller than the calibration part; then the 0.5
    split is returned and `check_feasible` refuses it with the fixes that would work.
    """
    need = needed_n_cal(alpha, n_layers, combine)
    n_cal = max(round(DEFAULT_HOLDOUT * n), need)
    return max(1, min(n_cal, math.floor(MAX_AUTO_HOLDOUT * n))) / max(n, 1)


def plan_fit(records: Sequence[Record], opts: FitOptions, n_layers: int) -> FitPlan:
    """Split the trusted set and refuse, before any capture, a fit that cannot calibrate."""
    records = list(records)
    if not records:
        raise DetectorError("the trusted set is empty")
    holdout = opts.holdout or auto_holdout(len(records), opts.alpha, n_layers, opts.combine)
    try:
        fit_idx, cal_idx = split_indices(len(records), holdout=holdout, seed=opts.seed)
    except ValueError as err:
        raise DetectorError(f"the trusted set cannot be split: {err}") from None
    check_feasible(
        len(cal_idx),
        n_layers,
        opts.alpha,
        opts.combine,
        n_total=len(records),
        holdout=holdout,
    )
    notes = check_calibration_size(len(cal_idx), opts.alpha)
    if len(fit_idx) < 2:
        raise DetectorError(f"only {len(fit_idx)} trusted samples left to fit; need at least 2")
    keys = [_content(r) for r in records]
    distinct = len(set(keys))
    need = max(2, needed_n_cal(opts.alpha, n_layers, opts.combine))
    if distinct < need:
        raise DetectorError(
            f"the trusted set has only {distinct} distinct input(s) among {len(records)} "
            f"records; a detector at alpha={opts.alpha} with {n_layers} layer(s) needs at least "
            f"{need} distinct trusted inputs (repeats add no information and make calibration "
            "in-sample): add distinct trusted records, or raise --alpha"
        )
    fit_keys = {keys[i] for i in fit_idx}
    repeats = sum(keys[i] in fit_keys for i in cal_idx)
    if repeats:
        notes.append(
            f"{repeats} of {len(cal_idx)} calibration records repeat a fit record: their scores "
            "are in-sample, so the flag rate on fresh inputs can exceed alpha; deduplicate the "
            "trusted set"
        )
    return FitPlan(records, fit_idx, cal_idx, notes, holdout)


def extra_data(
    opts: FitOptions,
    untrusted: Data | None,
    anomalies: Data | None,
    *,
    needs: str | None = None,
) -> Data | None:
    """The extra data the scorers need (`needs`, default: the option's scorer's), refusing it
    missing or given to scorers that ignore it."""
    needs = needs or get_scorer(opts.scorer).needs
    flags = {"untrusted": ("--untrusted", untrusted), "labels": ("--anomalies", anomalies)}
    for kind, (flag, value) in flags.items():
        if value is not None and needs != kind:
            raise FitOptionError(
                f"{flag} is given but scorer {opts.scorer!r} does not use it (it needs "
                f"{needs} data only)"
            )
    if needs == "trusted":
        return None
    flag, value = flags[needs]
    if value is None:
        raise FitOptionError(f"scorer {opts.scorer!r} needs {needs} data ({flag})")
    return value


class RankProbe:
    """A uniform sample of one layer's fit rows, to tell real variation from none."""

    def __init__(self, seed: int) -> None:
        from mad.scorers.reservoir import Reservoir

        self.sample = Reservoir(RANK_SAMPLE, seed=seed)

    def add(self, rows: torch.Tensor) -> None:
        self.sample.add(rows)

    def rank(self) -> tuple[int, int, int]:
        """(rank, rows sampled, width): directions whose spread is above float32 noise."""
        x = self.sample.rows().to(torch.float64).numpy()
        m, d = x.shape
        scale = float(np.sqrt(np.mean(np.sum(x * x, axis=1)))) if m else 0.0
        if m < 2 or scale == 0.0:
            return 0, m, d
        spread = np.linalg.svd(x - x.mean(axis=0), compute_uv=False) / np.sqrt(m)
        return int(np.sum(spread > RANK_RTOL * scale)), m, d


def rank_notes(probes: dict[str, RankProbe]) -> list[str]:
    """Refuse a layer whose fit activations do not vary; note one that varies in few directions."""
    notes = []
    for name, probe in probes.items():
        rank, m, d = probe.rank()
        if rank == 0:
            raise DetectorError(
                f"layer {name}: all {probe.sample.seen} fit activations are identical (up to "
                "float noise); the trusted set gives this layer nothing to learn: use distinct "
                "trusted inputs, or another layer"
            )
        if rank < 0.5 * min(m - 1, d):
            notes.append(
                f"layer {name}: the fit activations span only {rank} of {d} dimensions (in a "
                f"sample of {m}); scores in the other directions rest on a floor, not on data: "
                "use more varied trusted inputs"
            )
    return notes


def _guard(layer: str, what: str, step: Callable[..., Any], *args: Any) -> Any:
    """Run a scorer step, naming the layer and data set in any error it raises."""
    try:
        return step(*args)
    except ValueError as err:
        raise DetectorError(f"layer {layer}, {what} data: {err}") from err


def fit_detector(
    model: LoadedModel,
    data: Data,
    opts: FitOptions,
    *,
    layers: Sequence[str | int] | None = None,
    channels: Sequence[ChannelSpec] | None = None,
    untrusted: Data | None = None,
    anomalies: Data | None = None,
    known: KnownAnomalies | None = None,
    progress: Callable[[int], None] | None = None,
    feature_source: FeatureSource | None = None,
) -> tuple[Manifest, dict[str, Scorer], Calibration]:
    """The steps of the module docstring; returns what a `Detector` is built from.

    `known` adds the probe channel of `mad.known` (trusted + benign breadth vs known attacks).
    """
    records, source = as_records(data)
    layout = resolve_layout(model.model)
    if known is not None:
        channels = _with_probe(channels, opts)
    specs = feature_specs(opts, layout.num_layers, layers, channels)
    plan = plan_fit(records, opts, len(specs))
    scorer_names = list(
        dict.fromkeys(s.scorer for s in specs.values() if s.channel != PROBE_CHANNEL)
    )
    needs = _needs(scorer_names)
    extra = extra_data(opts, untrusted, anomalies, needs=needs)
    extra_records = as_records(extra)[0] if extra is not None else []
    max_new_tokens = opts.max_new_tokens or default_max_new_tokens(model)
    positions = list(dict.fromkeys(spec.position for spec in specs.values()))
    length_position = "completion" if "completion" in positions else positions[0]
    if feature_source is None:
        for part in (records, extra_records):
            check_lengths(model, part, length_position, max_new_tokens=max_new_tokens)
    for note in plan.notes:
        warnings.warn(note, stacklevel=3)
    reads = {key: (spec.hook, spec.position) for key, spec in specs.items()}

    def features(items: Sequence[Record], tick: bool = True) -> Iterable[FeatureBatch]:
        if feature_source is not None:
            return feature_source(items)
        return iter_keyed_features(
            model,
            items,
            reads,
            batch_size=opts.batch_size,
            max_new_tokens=max_new_tokens,
            progress=progress if tick else None,
        )

    library: dict[str, tuple[torch.Tensor, torch.Tensor]] = {}
    if known is not None:
        probe_hooks = [s.hook for s in specs.values() if s.channel == PROBE_CHANNEL]
        by_hook, known_notes = probe_rows(model, known, probe_hooks, batch_size=opts.batch_size)
        library = {
            key: by_hook[spec.hook] for key, spec in specs.items() if spec.channel == PROBE_CHANNEL
        }
        for note in known_notes:
            warnings.warn(note, stacklevel=3)
        plan.notes.extend(known_notes)
    scorers, degenerate = fit_scorers(
        specs,
        opts,
        features([records[i] for i in plan.fit_idx]),
        features(extra_records, tick=False),
        needs,
        library,
    )
    calibration = calibrate(
        scorers, specs, features([records[i] for i in plan.cal_idx]), plan, opts
    )
    several = bool(channels)
    manifest = Manifest(
        schema_version=SCHEMA_VERSION,
        mad_version=mad.__version__,
        created_at=datetime.now(UTC),
        model=ModelInfo(
            name=model.name,
            source=model.source,
            fingerprint=model.fingerprint(),
            architecture=type(model.model).__name__,
            num_layers=layout.num_layers,
            hidden_size=int(model.model.config.hidden_size),
        ),
        layers=list(specs),
        position="+".join(positions),
        aggregate=(opts.aggregate if opts.token_level else None) if not several else None,
        layer_score=opts.layer_score,  # type: ignore[arg-type]  # checked by FitOptions
        max_new_tokens=max_new_tokens,
        scorer="+".join(scorer_names),
        scorer_config={name: s.config() for name, s in scorers.items()},
        alpha=opts.alpha,
        calibration=calibration.config(),
        calibration_summary=calibration.summary(),
        data=_data_info(source, plan, opts, needs, len(extra_records), known),
        warnings=plan.notes + degenerate,
        tensors_sha256="",  # set by save()
        features=specs if several or known is not None else None,
    )
    return manifest, scorers, calibration


def _needs(scorer_names: Sequence[str]) -> str:
    """The one kind of extra data the scorers need ("trusted" for none)."""
    kinds = {get_scorer(name).needs for name in scorer_names} - {"trusted"}
    if len(kinds) > 1:
        raise FitOptionError(
            f"scorers {scorer_names} need different extra data ({sorted(kinds)}); use one kind"
        )
    return kinds.pop() if kinds else "trusted"


def fit_scorers(
    specs: dict[str, FeatureSpec],
    opts: FitOptions,
    trusted: Iterable[FeatureBatch],
    extra: Iterable[FeatureBatch],
    needs: str = "trusted",
    library: dict[str, tuple[torch.Tensor, torch.Tensor]] | None = None,
) -> tuple[dict[str, Scorer], list[str]]:
    """Stream the fit part, check its activations vary, stream the extra data, finalize.

    `library` gives probe-channel keys their (benign, attack) rows beyond the trusted ones.
    Returns the fitted scorers and the warnings about low-rank layers.
    """
    scorers = {
        name: build_scorer(spec.scorer, **opts.scorer_config) for name, spec in specs.items()
    }
    probes = {name: RankProbe(opts.seed) for name in specs}
    for batch in trusted:
        for name, spec in specs.items():
            rows = _matrix(batch, name, spec)
            _guard(name, "trusted", scorers[name].partial_fit, rows)
            probes[name].add(rows)
    notes = rank_notes(probes)
    for note in notes:
        warnings.warn(note, stacklevel=4)
    for name, (benign, attack) in (library or {}).items():
        if len(benign):
            _guard(name, "benign breadth", scorers[name].partial_fit, benign)
        _guard(name, "known anomalies", scorers[name].partial_fit_anomalies, attack)
    for batch in extra:
        for name, s in scorers.items():
            if s.needs != needs or name in (library or {}):
                continue
            add = s.partial_fit_untrusted if needs == "untrusted" else s.partial_fit_anomalies
            _guard(name, needs, add, _matrix(batch, name, specs[name]))
    for s in scorers.values():
        s.finalize()
    return scorers, notes


def _matrix(batch: FeatureBatch, name: str, spec: FeatureSpec) -> torch.Tensor:
    """One feature's rows: a record each, or (token-level) every token of every record."""
    value = batch.acts[name]
    return stack_tokens(value)[0] if spec.position in TOKEN_LEVEL else value


def _with_probe(
    channels: Sequence[ChannelSpec] | None, opts: FitOptions
) -> tuple[ChannelSpec, ...]:
    """The channels plus the probe channel (a single-position fit becomes its one channel)."""
    base = tuple(channels) if channels else (ChannelSpec(LEVELS[opts.position], opts.position),)
    if any(c.name == PROBE_CHANNEL for c in base):
        raise FitOptionError(f"channel name {PROBE_CHANNEL!r} is the known-anomalies channel's")
    return (*base, ChannelSpec(PROBE_CHANNEL, PROBE_POSITION, scorer="probe"))


def _data_info(
    source: str,
    plan: FitPlan,
    opts: FitOptions,
    needs: str,
    n_extra: int,
    known: KnownAnomalies | None = None,
) -> DataInfo:
    return DataInfo(
        source=source,
        n_trusted=len(plan.records),
        n_fit=len(plan.fit_idx),
        n_cal=len(plan.cal_idx),
        holdout=plan.holdout,
        seed=opts.seed,
        n_untrusted=n_extra if needs == "untrusted" else 0,
        n_anomalies=(n_extra if needs == "labels" else 0)
        + (len(known.attacks) if known is not None else 0),
        known_anomalies=None if known is None else known.source,
        benign_extra=None if known is None else known.benign_source,
        n_benign_extra=0 if known is None else len(known.benign),
    )


def calibrate(
    scorers: dict[str, Scorer],
    specs: dict[str, FeatureSpec],
    batches: Iterable[FeatureBatch],
    plan: FitPlan,
    opts: FitOptions,
) -> Calibration:
    """Score the held-out calibration records with the fitted scorers and calibrate."""
    from mad.detector import _layer_scores

    cal_scores = {name: np.empty(len(plan.cal_idx)) for name in scorers}
    for batch in batches:
        for name, scorer in scorers.items():
            aggregate = specs[name].aggregate or "max"
            values = _guard(name, "calibration", _layer_scores, scorer, batch.acts[name], aggregate)
            cal_scores[name][batch.indices] = values[0]
    return Calibration.fit(cal_scores, alpha=opts.alpha, method=opts.combine)
