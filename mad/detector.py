"""A detector: what to capture, a scorer per layer, and the calibration that gives p-values.

Fitting streams trusted activations through the scorers without storing them: prompts are split
(seeded) into a fit part and a held-out calibration part, the fit part is captured and fed to
`partial_fit` batch by batch, then the calibration part is captured and only its scores are kept.
Memory is therefore O(layers · d²) plus one batch, whatever the number of trusted prompts.

The steps of a fit, and every check that runs before its capture, are in `mad.fitting`.

On disk a detector is a directory with ``detector.json`` (a pydantic-validated manifest with a
schema version, covered by its own checksum) and ``tensors.safetensors``; no pickle.
`Detector.save` writes to a temporary sibling directory and renames it into place, so a crash
never leaves a half-written detector, and it never replaces anything that is not a detector
(`mad.artifact`).

Scores (the contract of ``mad score``): each layer has its raw scorer ``score`` (higher = more
anomalous) and a conformal ``p_value``; the record's ``p_value`` combines the layers with the
calibration's rule and ``flagged`` is ``p_value <= alpha``. The record's ``score`` is a
continuous summary for ranking and plots: for each layer, ``(s - median) / (threshold - median)``
over that layer's calibration scores (0 = a typical trusted input, 1 = at that layer's own alpha
threshold), then averaged over layers (``layer_score="mean"``, the default, as layer-averaged
detectors in the MAD literature do: one layer shifted by a harmless change of distribution does
not dominate the ranking) or maximised (``"max"``, what detectors saved before the option existed
use). The flag does not depend on this choice: it always comes from the combined p-value.

Token-level detectors (positions ``all`` and ``completion``) score every token, aggregate the
token scores of a record per layer (``max`` by default, or ``mean``) and calibrate that aggregate
on held-out trusted records, so the per-record p-value keeps its false-positive rate whatever the
record's length. Their rows also carry ``peaks``: the tokens whose scores are highest, which is
where a person should look.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

from mad.artifact import (
    MANIFEST,
    SCHEMA_VERSION,
    TENSORS,
    DataInfo,
    DetectorError,
    Manifest,
    ModelInfo,
    check_target,
    manifest_text,
    read_manifest,
    sha256_file,
    staged,
    write_synced,
)
from mad.calibration import Calibration
from mad.capture import resolve_layout
from mad.features import check_lengths, iter_keyed_features, stack_tokens
from mad.fitting import (
    AGGREGATIONS,
    ChannelSpec,
    Data,
    FeatureSource,
    FitOptions,
    as_records,
    default_channels,
    fit_detector,
)
from mad.known import KnownAnomalies
from mad.models import LoadedModel, load_model, model_fingerprint
from mad.positions import PREFILL, TOKEN_LEVEL
from mad.records import Record
from mad.scorers import Scorer, get_scorer

__all__ = [
    "AGGREGATIONS",
    "MANIFEST",
    "SCHEMA_VERSION",
    "TENSORS",
    "DataInfo",
    "Detector",
    "DetectorError",
    "Manifest",
    "ModelInfo",
    "ScoreResult",
    "fit",
    "read_manifest",
]

# How the normalised per-layer scores become a record's `score` (see the module docstring).
LAYER_SCORES: dict[str, Callable[..., np.ndarray]] = {"mean": np.mean, "max": np.max}


@dataclass
class ScoreResult:
    """Scores of a batch of inputs: per layer, combined, the flag, and (token-level) the peaks."""

    layer_scores: dict[str, np.ndarray]
    layer_p_values: dict[str, np.ndarray]
    score: np.ndarray
    p_value: np.ndarray
    flagged: np.ndarray
    token_scores: list[np.ndarray] | None = None  # per record: normalised score of each token
    # Detectors of several channels: per channel, its score and its own calibrated p-value.
    channel_scores: dict[str, np.ndarray] | None = None
    channel_p_values: dict[str, np.ndarray] | None = None
    alpha: float | None = None

    def peaks(self, k: int, top: int = 3) -> list[tuple[int, float]]:
        """The `top` (token index, normalised score) pairs of record `k`, highest first."""
        if self.token_scores is None:
            return []
        values = self.token_scores[k]
        order = np.argsort(-values, kind="stable")[:top]
        return [(int(j), float(values[j])) for j in order]

    def rows(
        self,
        ids: Sequence[str],
        *,
        token_ids: Sequence[Sequence[int]] | None = None,
        tokenizer: Any = None,
        generated: Sequence[str | None] | None = None,
        per_token: bool = False,
    ) -> list[dict[str, Any]]:
        """One ``mad score`` output object per input, in order."""
        out = []
        for k, record_id in enumerate(ids):
            row: dict[str, Any] = {
                "id": record_id,
                "score": float(self.score[k]),
                "p_value": float(self.p_value[k]),
                "flagged": bool(self.flagged[k]),
                "layers": {
                    name: {
                        "score": float(self.layer_scores[name][k]),
                        "p_value": float(self.layer_p_values[name][k]),
                    }
                    for name in self.layer_scores
                },
            }
            if self.channel_scores is not None and self.channel_p_values is not None:
                row["channels"] = {
                    name: {
                        "score": float(self.channel_scores[name][k]),
                        "p_value": float(self.channel_p_values[name][k]),
                        "flagged": bool(
                            self.alpha is not None and self.channel_p_values[name][k] <= self.alpha
                        ),
                    }
                    for name in self.channel_scores
                }
            if self.token_scores is not None:
                ids_k = list(token_ids[k]) if token_ids is not None else []
                row["peaks"] = [
                    {
                        "index": j,
                        "token": tokenizer.decode([ids_k[j]]) if tokenizer and ids_k else None,
                        "score": value,
                    }
                    for j, value in self.peaks(k)
                ]
                row["n_tokens"] = len(self.token_scores[k])
                if per_token:
                    row["token_scores"] = [round(float(v), 4) for v in self.token_scores[k]]
            if generated is not None and generated[k] is not None:
                row["completion"] = generated[k]
            out.append(row)
        return out


class Detector:
    """Capture spec + one fitted scorer per layer + calibration; see the module docstring."""

    def __init__(
        self,
        manifest: Manifest,
        scorers: dict[str, Scorer],
        calibration: Calibration,
        model: LoadedModel | None = None,
    ) -> None:
        self.manifest = manifest
        self.specs = manifest.specs()
        self.scorers = scorers
        self.calibration = calibration
        self.model = model
        self._channel_calibrations: dict[str, Calibration] = {}
        thresholds = calibration.thresholds()
        self._centre = {n: float(np.median(calibration.cal_scores[n])) for n in manifest.layers}
        self._scale = {
            n: max(thresholds[n] - self._centre[n], 1e-12 * max(1.0, abs(self._centre[n])))
            for n in manifest.layers
        }

    @property
    def layers(self) -> list[str]:
        return list(self.manifest.layers)

    @property
    def alpha(self) -> float:
        return self.manifest.alpha

    @property
    def token_level(self) -> bool:
        """Whether some feature scores tokens (so rows carry peaks and token counts)."""
        return any(spec.position in TOKEN_LEVEL for spec in self.specs.values())

    @property
    def hooks(self) -> list[str]:
        """The hook points the detector reads, each once, in the order of its keys."""
        return list(dict.fromkeys(spec.hook for spec in self.specs.values()))

    @property
    def positions(self) -> list[str]:
        return list(dict.fromkeys(spec.position for spec in self.specs.values()))

    @property
    def channels(self) -> dict[str, list[str]]:
        """Channel name -> its feature keys, in key order."""
        out: dict[str, list[str]] = {}
        for key, spec in self.specs.items():
            out.setdefault(spec.channel, []).append(key)
        return out

    @property
    def prefill_keys(self) -> list[str]:
        """Keys read from the prompt's own forward pass: decidable before anything is generated."""
        return [k for k, spec in self.specs.items() if spec.position in PREFILL]

    def reads(self) -> dict[str, tuple[str, str]]:
        """Key -> (hook, position): what `mad.features.iter_keyed_features` captures."""
        return {key: (spec.hook, spec.position) for key, spec in self.specs.items()}

    def channel_calibration(self, keys: list[str]) -> Calibration:
        """The joint calibration restricted to `keys` (cached): a valid p-value on its own."""
        name = "\x00".join(keys)
        if name not in self._channel_calibrations:
            self._channel_calibrations[name] = self.calibration.subset(keys)
        return self._channel_calibrations[name]

    @property
    def id(self) -> str:
        """A short stable id: the hash of the tensors file (changes whenever the detector does)."""
        return self.manifest.tensors_sha256[:12]

    # ----- fitting ---------------------------------------------------------------------------

    @classmethod
    def fit(
        cls,
        model: LoadedModel,
        data: Data,
        *,
        layers: Sequence[str | int] | None = None,
        channels: Sequence[ChannelSpec] | None = None,
        position: str = "last",
        aggregate: str = "max",
        layer_score: str = "mean",
        scorer: str = "mahalanobis",
        scorer_config: dict[str, Any] | None = None,
        alpha: float = 0.01,
        combine: str = "min_p",
        holdout: float | None = None,
        seed: int = 0,
        batch_size: int = 16,
        max_new_tokens: int | None = None,
        untrusted: Data | None = None,
        anomalies: Data | None = None,
        known: KnownAnomalies | None = None,
        progress: Callable[[int], None] | None = None,
        feature_source: FeatureSource | None = None,
    ) -> Detector:
        """Fit on trusted data (a JSONL path, prompt strings or records); see `mad.fitting`.

        Every option is checked, and every refusal (a calibration set too small for alpha with
        these layers and this combination, too few distinct trusted inputs, a record too long for
        the model) happens before any forward pass. `untrusted` (unlabelled, may contain
        anomalies) and `anomalies` (known anomalous examples) are only for scorers that say they
        need them (`Scorer.needs`). Calibration always uses held-out *trusted* records only.
        `max_new_tokens` (completion detectors) defaults to 32, or half a shorter context.
        `feature_source` replaces the model's forward passes with already captured activations
        (``mad eval`` fits many scorers on one capture); it must yield what `iter_features`
        would for the detector's layers/position.
        """
        opts = FitOptions(
            position=position,
            aggregate=aggregate,
            layer_score=layer_score,
            scorer=scorer,
            scorer_config=dict(scorer_config or {}),
            alpha=alpha,
            combine=combine,
            holdout=holdout,
            seed=seed,
            batch_size=batch_size,
            max_new_tokens=max_new_tokens,
        )
        manifest, scorers, calibration = fit_detector(
            model,
            data,
            opts,
            layers=layers,
            channels=channels,
            untrusted=untrusted,
            anomalies=anomalies,
            known=known,
            progress=progress,
            feature_source=feature_source,
        )
        return cls(manifest, scorers, calibration, model)

    # ----- scoring ---------------------------------------------------------------------------

    def score_activations(self, acts: dict[str, Any], keys: list[str] | None = None) -> ScoreResult:
        """Score captured activations, each record independently of the rest.

        `acts` maps feature keys to ``[n, d]`` (prompt-level) or ``[[T_k, d] per record]``
        (token-level). With `keys` (e.g. `prefill_keys`), only those features are scored and the
        p-value is their own calibrated one: an early verdict on part of the evidence.
        """
        keys = list(self.layers if keys is None else keys)
        missing = [n for n in keys if n not in acts]
        if missing:
            raise DetectorError(f"activations for layers {missing} are missing")
        calibration = self.channel_calibration(keys)
        across_layers = LAYER_SCORES[self.manifest.layer_score]
        layer_scores: dict[str, np.ndarray] = {}
        layer_tokens: list[list[np.ndarray]] = []
        for name in keys:
            aggregate = self.specs[name].aggregate or "max"
            record_scores, per_token = _layer_scores(self.scorers[name], acts[name], aggregate)
            layer_scores[name] = record_scores
            if per_token is not None:
                layer_tokens.append(
                    [(t - self._centre[name]) / self._scale[name] for t in per_token]
                )
        token_norm = (
            [
                across_layers(np.stack(per_record), axis=0)
                for per_record in zip(*layer_tokens, strict=True)
            ]
            if layer_tokens
            else None
        )
        layer_p = calibration.layer_p_values(layer_scores)
        p_value = calibration.p_values(layer_scores)
        normalised = {n: (layer_scores[n] - self._centre[n]) / self._scale[n] for n in keys}
        channels = {
            name: [k for k in members if k in layer_scores]
            for name, members in self.channels.items()
        }
        channels = {name: members for name, members in channels.items() if members}
        several = len(self.channels) > 1
        return ScoreResult(
            layer_scores=layer_scores,
            layer_p_values=layer_p,
            score=across_layers(np.stack([normalised[n] for n in keys]), axis=0),
            p_value=p_value,
            flagged=p_value <= self.alpha,
            token_scores=token_norm,
            channel_scores=(
                {
                    name: across_layers(np.stack([normalised[n] for n in members]), axis=0)
                    for name, members in channels.items()
                }
                if several
                else None
            ),
            channel_p_values=(
                {
                    name: self.channel_calibration(members).p_values(
                        {k: layer_scores[k] for k in members}
                    )
                    for name, members in channels.items()
                }
                if several
                else None
            ),
            alpha=self.alpha,
        )

    def score(
        self,
        data: Data,
        *,
        batch_size: int = 16,
        per_token: bool = False,
        progress: Callable[[int], None] | None = None,
        keys: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Score inputs; returns one ``mad score`` row per input, in input order."""
        records, _ = as_records(data)
        return list(
            self.iter_score(
                records, batch_size=batch_size, per_token=per_token, progress=progress, keys=keys
            )
        )

    def iter_score(
        self,
        records: Sequence[Record],
        *,
        batch_size: int = 16,
        per_token: bool = False,
        progress: Callable[[int], None] | None = None,
        keys: list[str] | None = None,
    ) -> Iterable[dict[str, Any]]:
        """Score records, yielding rows in input order as soon as each chunk is done.

        With `keys` only those features are captured and scored (e.g. `prefill_keys`: a verdict
        on the prompt alone, without generating), with their own calibrated p-value.
        """
        model = self.require_model()
        reads = self.reads()
        if keys is not None:
            reads = {key: reads[key] for key in keys}
        chunk = max(batch_size * 16, 256)
        for start in range(0, len(records), chunk):
            part = records[start : start + chunk]
            results: dict[int, dict[str, Any]] = {}
            for batch in iter_keyed_features(
                model,
                part,
                reads,
                batch_size=batch_size,
                max_new_tokens=self.manifest.max_new_tokens,
                chunk_size=chunk,
                progress=progress,
            ):
                ids = [part[k].id for k in batch.indices]
                _check_finite(batch.acts, ids)
                rows = self.score_activations(batch.acts, keys).rows(
                    ids,
                    token_ids=batch.token_ids,
                    tokenizer=model.tokenizer,
                    generated=batch.generated,
                    per_token=per_token,
                )
                results.update(zip(batch.indices, rows, strict=True))
            for k in range(len(part)):
                yield results[k]

    def require_model(self) -> LoadedModel:
        if self.model is None:
            raise DetectorError("no model attached: load the detector with a model to score text")
        return self.model

    # ----- persistence -----------------------------------------------------------------------

    def save(self, path: str | Path, *, overwrite: bool = False) -> Path:
        """Write the detector atomically: a temporary sibling directory renamed into place.

        Refuses (`DetectorError`, before writing anything) a path holding anything but a
        detector, and a detector unless `overwrite` (``mad fit --force``).
        """
        tensors: dict[str, torch.Tensor] = {}
        for name, s in self.scorers.items():
            for key, value in s.state_dict().items():
                tensors[f"scorer/{name}/{key}"] = value.contiguous()
        for key, value in self.calibration.state_dict().items():
            tensors[f"calibration/{key}"] = value.contiguous()
        with staged(path, overwrite=overwrite) as tmp:
            save_file(tensors, str(tmp / TENSORS), metadata={"format": "mad-detector"})
            self.manifest.tensors_sha256 = sha256_file(tmp / TENSORS)
            write_synced(tmp / MANIFEST, manifest_text(self.manifest))
        return Path(path).resolve()

    @classmethod
    def load(
        cls,
        path: str | Path,
        *,
        model: LoadedModel | str | None = None,
        load_weights: bool = True,
        allow_model_mismatch: bool = False,
        device: str = "auto",
    ) -> Detector:
        """Load a detector and (unless `load_weights=False`) the model it was fitted on.

        `model` overrides the model named in the manifest (a name/path or an already loaded
        model). A model whose fingerprint differs is refused unless `allow_model_mismatch`; a
        model with a different hidden size or too few blocks is always refused.
        """
        path = Path(path)
        manifest = read_manifest(path)
        try:
            tensors = load_file(str(path / TENSORS))
        except (SafetensorError, OSError) as err:
            raise DetectorError(f"{path / TENSORS}: unreadable tensors file ({err})") from err
        scorers, calibration = _restore(path, manifest, tensors)
        detector = cls(manifest, scorers, calibration)
        if load_weights or model is not None:
            loaded = (
                model
                if isinstance(model, LoadedModel)
                else load_model(model or manifest.model.name, device=device)
            )
            detector.attach(loaded, allow_mismatch=allow_model_mismatch)
        return detector

    def attach(self, loaded: LoadedModel, *, allow_mismatch: bool = False) -> None:
        """Use `loaded` for scoring text, after checking it is the model this detector knows."""
        info = self.manifest.model
        layout = resolve_layout(loaded.model)
        hidden = int(loaded.model.config.hidden_size)
        if hidden != info.hidden_size or layout.num_layers != info.num_layers:
            raise DetectorError(
                f"model {loaded.name!r} has {layout.num_layers} blocks of width {hidden}; the "
                f"detector was fitted on {info.name!r} with {info.num_layers} blocks of width "
                f"{info.hidden_size}"
            )
        fingerprint = model_fingerprint(loaded.model)
        if fingerprint != info.fingerprint and not allow_mismatch:
            raise DetectorError(
                f"model {loaded.name!r} (fingerprint {fingerprint}) is not the model this detector "
                f"was fitted on ({info.name!r}, fingerprint {info.fingerprint}); pass "
                "--allow-model-mismatch (allow_model_mismatch=True) to score anyway"
            )
        self.model = loaded

    def check_inputs(self, records: Sequence[Record]) -> None:
        """Refuse, before any forward pass, a record that does not fit the model's context."""
        positions = self.positions
        check_lengths(
            self.require_model(),
            records,
            "completion" if "completion" in positions else positions[0],
            max_new_tokens=self.manifest.max_new_tokens,
        )

    def describe(self) -> dict[str, Any]:
        """What ``mad info`` prints: the manifest plus the detector id."""
        return {"id": self.id, **json.loads(self.manifest.model_dump_json())}


def _restore(
    path: Path, manifest: Manifest, tensors: dict[str, torch.Tensor]
) -> tuple[dict[str, Scorer], Calibration]:
    """Scorers and calibration from the tensors; any mismatch with the manifest is one line."""
    prefixes = [f"scorer/{name}/" for name in manifest.layers] + ["calibration/"]
    stray = sorted(k for k in tensors if not any(k.startswith(p) for p in prefixes))
    if stray:
        raise DetectorError(
            f"{path / TENSORS}: tensors {stray[:3]} belong to no layer of the manifest "
            f"({', '.join(manifest.layers)})"
        )
    scorers = {}
    for name, spec in manifest.specs().items():
        prefix = f"scorer/{name}/"
        state = {k[len(prefix) :]: v for k, v in tensors.items() if k.startswith(prefix)}
        try:
            scorers[name] = get_scorer(spec.scorer).from_state(manifest.scorer_config[name], state)
        except (ValueError, KeyError, TypeError, RuntimeError) as err:
            raise DetectorError(
                f"{path}: layer {name}: the tensors do not restore a {spec.scorer} scorer "
                f"({' '.join(str(err).split())})"
            ) from err
    cal_state = {
        k[len("calibration/") :]: v for k, v in tensors.items() if k.startswith("calibration/")
    }
    try:
        calibration = Calibration.from_state(manifest.calibration, cal_state)
    except (ValueError, KeyError, TypeError) as err:
        raise DetectorError(
            f"{path}: the calibration does not match the tensors ({' '.join(str(err).split())})"
        ) from err
    return scorers, calibration


def _check_finite(acts: dict[str, Any], ids: Sequence[str]) -> None:
    for name, value in acts.items():
        rows = value if isinstance(value, list) else list(value)
        bad = [k for k, row in enumerate(rows) if not bool(torch.isfinite(row).all())]
        if bad:
            raise DetectorError(
                f"non-finite activations at {name} for {len(bad)} input(s), "
                f"e.g. ids {[ids[k] for k in bad[:5]]}"
            )


def _layer_scores(
    scorer: Scorer, acts: Any, aggregate: str
) -> tuple[np.ndarray, list[np.ndarray] | None]:
    """Per-record scores of one layer, plus the per-token scores for token-level activations."""
    if not isinstance(acts, list):
        return scorer.score_samples(acts), None
    if not acts:
        return np.empty(0), []
    stacked, lengths = stack_tokens(acts)
    flat = scorer.score_samples(stacked)
    per_token = np.split(flat, np.cumsum(lengths)[:-1])
    reduce = np.max if aggregate == "max" else np.mean
    return np.array([reduce(t) for t in per_token]), per_token


def fit(
    model: str | LoadedModel,
    data: Data,
    *,
    out: str | Path | None = None,
    overwrite: bool = False,
    device: str = "auto",
    **options: Any,
) -> Detector:
    """Fit a detector (``mad fit`` in Python); saves it to `out` when given.

    Without `position` or `channels` it builds what ``mad fit`` builds by default: the prompt
    and completion channels of `mad.fitting.default_channels`.

    `out` is checked before the model loads: it must be new, an empty directory, or (with
    `overwrite`) a detector.
    """
    if out is not None:
        check_target(out, overwrite=overwrite)
    if "position" not in options and "channels" not in options:
        options["channels"] = default_channels()
    loaded = model if isinstance(model, LoadedModel) else load_model(model, device=device)
    detector = Detector.fit(loaded, data, **options)
    if out is not None:
        detector.save(out, overwrite=overwrite)
    return detector
