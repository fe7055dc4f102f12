"""A detector: what to capture, a scorer per layer, and the calibration that gives p-values.

Fitting streams trusted activations through the scorers without storing them: prompts are split
(seeded) into a fit part and a held-out calibration part, the fit part is captured and fed to
`partial_fit` batch by batch, then the calibration part is captured and only its scores are kept.
Memory is therefore O(layers · d²) plus one batch, whatever the number of trusted prompts.

On disk a detector is a directory with ``detector.json`` (a pydantic-validated manifest with a
schema version) and ``tensors.safetensors``; no pickle. `Detector.save` writes to a temporary
sibling directory and renames it into place, so a crash never leaves a half-written detector.

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

import hashlib
import json
import os
import shutil
import uuid
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import numpy as np
import torch
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

import mad
from mad.calibration import Calibration, check_calibration_size, split_indices
from mad.capture import default_layers, normalize_layers, resolve_layout
from mad.errors import MadError
from mad.features import POSITIONS, TOKEN_LEVEL, FeatureBatch, iter_features, stack_tokens
from mad.models import LoadedModel, load_model, model_fingerprint
from mad.records import Record, records_from_prompts
from mad.scorers import Scorer, build_scorer, get_scorer

SCHEMA_VERSION = 1
MANIFEST = "detector.json"
TENSORS = "tensors.safetensors"
AGGREGATIONS = ("max", "mean")
# How the normalised per-layer scores become a record's `score` (see the module docstring).
LAYER_SCORES: dict[str, Callable[..., np.ndarray]] = {"mean": np.mean, "max": np.max}
Data = str | Path | Sequence[str] | Sequence[Record]
FeatureSource = Callable[[Sequence[Record]], Iterable[FeatureBatch]]


class DetectorError(MadError):
    """A detector that cannot be fitted, loaded or used as asked; the message says why."""


class ModelInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    source: str
    fingerprint: str
    architecture: str
    num_layers: int
    hidden_size: int


class DataInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str
    n_trusted: int
    n_fit: int
    n_cal: int
    holdout: float
    seed: int
    n_untrusted: int = 0
    n_anomalies: int = 0


class Manifest(BaseModel):
    """Everything `detector.json` holds; validated on load."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int
    mad_version: str
    created_at: datetime
    model: ModelInfo
    layers: list[str] = Field(min_length=1)
    position: str
    aggregate: str | None = None  # token-level detectors: how token scores become one per record
    layer_score: Literal["max", "mean"] = (
        "max"  # how normalised layer scores become `score`; older artifacts: max
    )
    max_new_tokens: int = 64  # completion detectors: generation length for prompts without one
    scorer: str
    scorer_config: dict[str, dict[str, Any]]
    alpha: float = Field(gt=0, lt=1)
    calibration: dict[str, Any]
    calibration_summary: dict[str, Any]
    data: DataInfo
    warnings: list[str] = []
    tensors_sha256: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _as_records(data: Data) -> tuple[list[Record], str]:
    from mad.records import read_records

    if isinstance(data, str | Path):
        return list(read_records(data)), str(Path(data).resolve())
    items = list(data)
    if items and isinstance(items[0], Record):
        return items, "<records>"
    return records_from_prompts(items), "<prompts>"


@dataclass
class ScoreResult:
    """Scores of a batch of inputs: per layer, combined, the flag, and (token-level) the peaks."""

    layer_scores: dict[str, np.ndarray]
    layer_p_values: dict[str, np.ndarray]
    score: np.ndarray
    p_value: np.ndarray
    flagged: np.ndarray
    token_scores: list[np.ndarray] | None = None  # per record: normalised score of each token

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
        self.scorers = scorers
        self.calibration = calibration
        self.model = model
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
        return self.manifest.position in TOKEN_LEVEL

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
        position: str = "last",
        aggregate: str = "max",
        layer_score: str = "mean",
        scorer: str = "mahalanobis",
        scorer_config: dict[str, Any] | None = None,
        alpha: float = 0.01,
        combine: str = "min_p",
        holdout: float = 0.2,
        seed: int = 0,
        batch_size: int = 16,
        max_new_tokens: int = 64,
        untrusted: Data | None = None,
        anomalies: Data | None = None,
        progress: Callable[[int], None] | None = None,
        feature_source: FeatureSource | None = None,
    ) -> Detector:
        """Fit on trusted data (a JSONL path, prompt strings or records).

        `untrusted` (unlabelled, may contain anomalies) and `anomalies` (known anomalous
        examples) are only for scorers that say they need them (`Scorer.needs`). Calibration
        always uses held-out *trusted* records only. `feature_source` replaces the model's
        forward passes with already captured activations (``mad eval`` fits many scorers on one
        capture); it must yield what `iter_features` would for the detector's layers/position.
        """
        if position not in POSITIONS:
            raise DetectorError(f"unknown position {position!r}; choose from {POSITIONS}")
        if aggregate not in AGGREGATIONS:
            raise DetectorError(f"unknown aggregate {aggregate!r}; choose from {AGGREGATIONS}")
        if layer_score not in LAYER_SCORES:
            raise DetectorError(
                f"unknown layer score {layer_score!r}; choose from {tuple(LAYER_SCORES)}"
            )
        records, source = _as_records(data)
        if not records:
            raise DetectorError("the trusted set is empty")
        layout = resolve_layout(model.model)
        names = (
            normalize_layers(layers, layout.num_layers)
            if layers
            else default_layers(layout.num_layers)
        )
        fit_idx, cal_idx = split_indices(len(records), holdout=holdout, seed=seed)
        notes = check_calibration_size(len(cal_idx), alpha)
        if len(fit_idx) < 2:
            raise DetectorError(f"only {len(fit_idx)} trusted samples left to fit; need at least 2")
        for note in notes:
            warnings.warn(note, stacklevel=2)
        scorers = {name: build_scorer(scorer, **(scorer_config or {})) for name in names}
        needs = scorers[names[0]].needs
        extra = {"untrusted": untrusted, "labels": anomalies}.get(needs)
        if needs != "trusted" and extra is None:
            flag = "--untrusted" if needs == "untrusted" else "--anomalies"
            raise DetectorError(f"scorer {scorer!r} needs {needs} data ({flag})")
        token_level = position in TOKEN_LEVEL

        def features(items: Sequence[Record], tick: bool = True) -> Iterable[FeatureBatch]:
            if feature_source is not None:
                return feature_source(items)
            return iter_features(
                model,
                items,
                names,
                position,
                batch_size=batch_size,
                max_new_tokens=max_new_tokens,
                progress=progress if tick else None,
            )

        def matrix(batch: FeatureBatch, name: str) -> torch.Tensor:
            value = batch.acts[name]
            return stack_tokens(value)[0] if token_level else value

        fit_records = [records[i] for i in fit_idx]
        for batch in features(fit_records):
            for name in names:
                _guard(name, "trusted", scorers[name].partial_fit, matrix(batch, name))
        n_extra = 0
        if extra is not None:
            extra_records, _ = _as_records(extra)
            n_extra = len(extra_records)
            for batch in features(extra_records, tick=False):
                for name in names:
                    s = scorers[name]
                    add = (
                        s.partial_fit_untrusted if needs == "untrusted" else s.partial_fit_anomalies
                    )
                    _guard(name, needs, add, matrix(batch, name))
        for s in scorers.values():
            s.finalize()
        cal_records = [records[i] for i in cal_idx]
        cal_scores = {name: np.empty(len(cal_idx)) for name in names}
        for batch in features(cal_records):
            for name in names:
                values = _guard(
                    name, "calibration", _layer_scores, scorers[name], batch.acts[name], aggregate
                )
                cal_scores[name][batch.indices] = values[0]
        calibration = Calibration.fit(cal_scores, alpha=alpha, method=combine)
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
            layers=names,
            position=position,
            aggregate=aggregate if token_level else None,
            layer_score=layer_score,
            max_new_tokens=max_new_tokens,
            scorer=scorer,
            scorer_config={name: s.config() for name, s in scorers.items()},
            alpha=alpha,
            calibration=calibration.config(),
            calibration_summary=calibration.summary(),
            data=DataInfo(
                source=source,
                n_trusted=len(records),
                n_fit=len(fit_idx),
                n_cal=len(cal_idx),
                holdout=holdout,
                seed=seed,
                n_untrusted=n_extra if needs == "untrusted" else 0,
                n_anomalies=n_extra if needs == "labels" else 0,
            ),
            warnings=notes,
            tensors_sha256="",  # set by save()
        )
        return cls(manifest, scorers, calibration, model)

    # ----- scoring ---------------------------------------------------------------------------

    def score_activations(self, acts: dict[str, Any]) -> ScoreResult:
        """Score captured activations, each record independently of the rest.

        Prompt-level detectors take ``{layer: [n, d]}``; token-level ones
        ``{layer: [[T_k, d] per record]}``.
        """
        missing = [n for n in self.layers if n not in acts]
        if missing:
            raise DetectorError(f"activations for layers {missing} are missing")
        aggregate = self.manifest.aggregate or "max"
        across_layers = LAYER_SCORES[self.manifest.layer_score]
        layer_scores: dict[str, np.ndarray] = {}
        layer_tokens: list[list[np.ndarray]] = []
        for name in self.layers:
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
        layer_p = self.calibration.layer_p_values(layer_scores)
        p_value = self.calibration.p_values(layer_scores)
        normalised = np.stack(
            [(layer_scores[n] - self._centre[n]) / self._scale[n] for n in self.layers]
        )
        return ScoreResult(
            layer_scores=layer_scores,
            layer_p_values=layer_p,
            score=across_layers(normalised, axis=0),
            p_value=p_value,
            flagged=p_value <= self.alpha,
            token_scores=token_norm,
        )

    def score(
        self,
        data: Data,
        *,
        batch_size: int = 16,
        per_token: bool = False,
        progress: Callable[[int], None] | None = None,
    ) -> list[dict[str, Any]]:
        """Score inputs; returns one ``mad score`` row per input, in input order."""
        records, _ = _as_records(data)
        return list(
            self.iter_score(records, batch_size=batch_size, per_token=per_token, progress=progress)
        )

    def iter_score(
        self,
        records: Sequence[Record],
        *,
        batch_size: int = 16,
        per_token: bool = False,
        progress: Callable[[int], None] | None = None,
    ) -> Iterable[dict[str, Any]]:
        """Score records, yielding rows in input order as soon as each chunk is done."""
        model = self.require_model()
        chunk = max(batch_size * 16, 256)
        for start in range(0, len(records), chunk):
            part = records[start : start + chunk]
            results: dict[int, dict[str, Any]] = {}
            for batch in iter_features(
                model,
                part,
                self.layers,
                self.manifest.position,
                batch_size=batch_size,
                max_new_tokens=self.manifest.max_new_tokens,
                chunk_size=chunk,
                progress=progress,
            ):
                ids = [part[k].id for k in batch.indices]
                _check_finite(batch.acts, ids)
                rows = self.score_activations(batch.acts).rows(
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

    def save(self, path: str | Path) -> Path:
        """Write the detector atomically: a temporary sibling directory renamed into place."""
        path = Path(path).resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.parent / f".{path.name}.tmp-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()
        try:
            tensors: dict[str, torch.Tensor] = {}
            for name, s in self.scorers.items():
                for key, value in s.state_dict().items():
                    tensors[f"scorer/{name}/{key}"] = value.contiguous()
            for key, value in self.calibration.state_dict().items():
                tensors[f"calibration/{key}"] = value.contiguous()
            save_file(tensors, str(tmp / TENSORS), metadata={"format": "mad-detector"})
            self.manifest.tensors_sha256 = _sha256(tmp / TENSORS)
            _write_synced(tmp / MANIFEST, self.manifest.model_dump_json(indent=2) + "\n")
            if path.exists():
                old = path.parent / f".{path.name}.old-{uuid.uuid4().hex[:8]}"
                path.rename(old)
                tmp.rename(path)
                shutil.rmtree(old)
            else:
                tmp.rename(path)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return path

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
        scorers = {}
        for name in manifest.layers:
            prefix = f"scorer/{name}/"
            state = {k[len(prefix) :]: v for k, v in tensors.items() if k.startswith(prefix)}
            scorer_cls = get_scorer(manifest.scorer)
            scorers[name] = scorer_cls.from_state(manifest.scorer_config[name], state)
        cal_state = {
            k[len("calibration/") :]: v for k, v in tensors.items() if k.startswith("calibration/")
        }
        calibration = Calibration.from_state(manifest.calibration, cal_state)
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

    def describe(self) -> dict[str, Any]:
        """What ``mad info`` prints: the manifest plus the detector id."""
        return {"id": self.id, **json.loads(self.manifest.model_dump_json())}


def read_manifest(path: Path) -> Manifest:
    """Read and validate ``detector.json`` and the integrity of the tensors file."""
    manifest_path = path / MANIFEST
    if not manifest_path.is_file():
        raise DetectorError(f"{path}: not a detector directory (no {MANIFEST})")
    try:
        raw = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DetectorError(f"{manifest_path}: corrupt manifest ({err})") from err
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise DetectorError(
            f"{manifest_path}: schema version {version} is newer than this mad "
            f"({mad.__version__}) understands ({SCHEMA_VERSION}); upgrade mad"
        )
    try:
        manifest = Manifest.model_validate(raw)
    except ValidationError as err:
        raise DetectorError(f"{manifest_path}: invalid manifest: {err}") from err
    tensors_path = path / TENSORS
    if not tensors_path.is_file():
        raise DetectorError(f"{path}: missing {TENSORS}")
    actual = _sha256(tensors_path)
    if actual != manifest.tensors_sha256:
        raise DetectorError(
            f"{tensors_path}: checksum mismatch (file modified or truncated); expected "
            f"{manifest.tensors_sha256[:12]}, found {actual[:12]}"
        )
    return manifest


def _write_synced(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


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


def _guard(layer: str, what: str, step: Callable[..., Any], *args: Any) -> Any:
    """Run a scorer step, naming the layer and data set in any error it raises."""
    try:
        return step(*args)
    except ValueError as err:
        raise DetectorError(f"layer {layer}, {what} data: {err}") from err


def fit(
    model: str | LoadedModel,
    data: Data,
    *,
    out: str | Path | None = None,
    device: str = "auto",
    **options: Any,
) -> Detector:
    """Fit a detector (``mad fit`` in Python); saves it to `out` when given."""
    loaded = model if isinstance(model, LoadedModel) else load_model(model, device=device)
    detector = Detector.fit(loaded, data, **options)
    if out is not None:
        detector.save(out)
    return detector
