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
threshold), maximised over layers.
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
from typing import Any

import numpy as np
import torch
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

import mad
from mad.calibration import Calibration, check_calibration_size, split_indices
from mad.capture import (
    CaptureBatch,
    capture_prompts,
    default_layers,
    normalize_layers,
    resolve_layout,
)
from mad.models import LoadedModel, load_model, model_fingerprint
from mad.records import Record, records_from_prompts, render
from mad.scorers import Scorer, build_scorer, get_scorer

SCHEMA_VERSION = 1
MANIFEST = "detector.json"
TENSORS = "tensors.safetensors"
DETECTOR_POSITIONS = ("last", "mean")


class DetectorError(ValueError):
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


class Manifest(BaseModel):
    """Everything `detector.json` holds; validated on load."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int
    mad_version: str
    created_at: datetime
    model: ModelInfo
    layers: list[str] = Field(min_length=1)
    position: str
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


def _as_records(data: str | Path | Sequence[str] | Sequence[Record]) -> tuple[list[Record], str]:
    from mad.records import read_records

    if isinstance(data, str | Path):
        return list(read_records(data)), str(Path(data).resolve())
    items = list(data)
    if items and isinstance(items[0], Record):
        return items, "<records>"
    return records_from_prompts(items), "<prompts>"


@dataclass
class ScoreResult:
    """Scores of a batch of inputs: per layer, combined, and the flag."""

    layer_scores: dict[str, np.ndarray]
    layer_p_values: dict[str, np.ndarray]
    score: np.ndarray
    p_value: np.ndarray
    flagged: np.ndarray

    def rows(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """One ``mad score`` output object per input, in order."""
        out = []
        for k, record_id in enumerate(ids):
            out.append(
                {
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
            )
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
    def id(self) -> str:
        """A short stable id: the hash of the tensors file (changes whenever the detector does)."""
        return self.manifest.tensors_sha256[:12]

    # ----- fitting ---------------------------------------------------------------------------

    @classmethod
    def fit(
        cls,
        model: LoadedModel,
        data: str | Path | Sequence[str] | Sequence[Record],
        *,
        layers: Sequence[str | int] | None = None,
        position: str = "last",
        scorer: str = "mahalanobis",
        scorer_config: dict[str, Any] | None = None,
        alpha: float = 0.01,
        holdout: float = 0.2,
        seed: int = 0,
        batch_size: int = 16,
        progress: Callable[[int], None] | None = None,
    ) -> Detector:
        """Fit on trusted data (a JSONL path, prompt strings or records)."""
        if position not in DETECTOR_POSITIONS:
            raise DetectorError(
                f"position {position!r} is not supported by detectors yet; "
                f"choose from {DETECTOR_POSITIONS}"
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
        prompts = [render(r, model.tokenizer).prompt for r in records]
        config = scorer_config or {}
        scorers = {name: build_scorer(scorer, **config) for name in names}
        if any(s.needs != "trusted" for s in scorers.values()):
            raise DetectorError(f"scorer {scorer!r} needs {scorers[names[0]].needs} data")

        def stream(indices: np.ndarray) -> Iterable[CaptureBatch]:
            return capture_prompts(
                model.model,
                model.tokenizer,
                [prompts[i] for i in indices],
                names,
                position,
                batch_size=batch_size,
                progress=progress,
            )

        for batch in stream(fit_idx):
            for name in names:
                _feed(scorers[name], name, batch, fit_idx)
        for s in scorers.values():
            s.finalize()
        cal_scores = {name: np.empty(len(cal_idx)) for name in names}
        for batch in stream(cal_idx):
            for name in names:
                cal_scores[name][batch.indices] = _score(scorers[name], name, batch, cal_idx)
        calibration = Calibration.fit(cal_scores, alpha=alpha)
        config_json = model.model.config
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
                hidden_size=int(config_json.hidden_size),
            ),
            layers=names,
            position=position,
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
            ),
            warnings=notes,
            tensors_sha256="",  # set by save()
        )
        return cls(manifest, scorers, calibration, model)

    # ----- scoring ---------------------------------------------------------------------------

    def score_activations(self, acts: dict[str, torch.Tensor]) -> ScoreResult:
        """Score captured activations ``{layer: [n, d]}``; each row independently of the rest."""
        missing = [n for n in self.layers if n not in acts]
        if missing:
            raise DetectorError(f"activations for layers {missing} are missing")
        layer_scores = {n: self.scorers[n].score_samples(acts[n]) for n in self.layers}
        layer_p = self.calibration.layer_p_values(layer_scores)
        p_value = self.calibration.p_values(layer_scores)
        normalised = np.stack(
            [(layer_scores[n] - self._centre[n]) / self._scale[n] for n in self.layers]
        )
        return ScoreResult(
            layer_scores=layer_scores,
            layer_p_values=layer_p,
            score=normalised.max(axis=0),
            p_value=p_value,
            flagged=p_value <= self.alpha,
        )

    def score(
        self,
        data: str | Path | Sequence[str] | Sequence[Record],
        *,
        batch_size: int = 16,
        progress: Callable[[int], None] | None = None,
    ) -> list[dict[str, Any]]:
        """Score inputs; returns one ``mad score`` row per input, in input order."""
        records, _ = _as_records(data)
        return list(self.iter_score(records, batch_size=batch_size, progress=progress))

    def iter_score(
        self,
        records: Sequence[Record],
        *,
        batch_size: int = 16,
        progress: Callable[[int], None] | None = None,
    ) -> Iterable[dict[str, Any]]:
        """Score records, yielding rows in input order as soon as each chunk is done."""
        model = self.require_model()
        chunk = max(batch_size * 16, 256)  # sort-by-length batching within a chunk
        for start in range(0, len(records), chunk):
            part = records[start : start + chunk]
            prompts = [render(r, model.tokenizer).prompt for r in part]
            acts: dict[str, torch.Tensor] = {}
            for batch in capture_prompts(
                model.model,
                model.tokenizer,
                prompts,
                self.layers,
                self.manifest.position,
                batch_size=batch_size,
                progress=progress,
            ):
                for name, value in batch.acts.items():
                    if name not in acts:
                        acts[name] = torch.empty((len(part), value.shape[-1]))
                    acts[name][batch.indices] = value
            _check_finite(acts, [r.id for r in part])
            yield from self.score_activations(acts).rows([r.id for r in part])

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


def _check_finite(acts: dict[str, torch.Tensor], ids: Sequence[str]) -> None:
    for name, value in acts.items():
        bad = ~torch.isfinite(value).all(dim=-1)
        if bool(bad.any()):
            which = [ids[i] for i in bad.nonzero().flatten().tolist()[:5]]
            raise DetectorError(
                f"non-finite activations at {name} for {int(bad.sum())} input(s), e.g. ids {which}"
            )


def _feed(scorer: Scorer, name: str, batch: CaptureBatch, indices: np.ndarray) -> None:
    try:
        scorer.partial_fit(batch.acts[name])
    except ValueError as err:
        ids = [int(indices[i]) for i in batch.indices[:5]]
        raise DetectorError(f"layer {name}, trusted record indices {ids}...: {err}") from err


def _score(scorer: Scorer, name: str, batch: CaptureBatch, indices: np.ndarray) -> np.ndarray:
    try:
        return scorer.score_samples(batch.acts[name])
    except ValueError as err:
        ids = [int(indices[i]) for i in batch.indices[:5]]
        raise DetectorError(f"layer {name}, calibration record indices {ids}...: {err}") from err


def fit(
    model: str | LoadedModel,
    data: str | Path | Sequence[str] | Sequence[Record],
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
