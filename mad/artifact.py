"""A detector on disk: ``detector.json`` + ``tensors.safetensors``, checked, and written safely.

Integrity: the manifest records the SHA-256 of the tensors file and, since ``manifest_sha256``
was added, of its own canonical JSON (every field but that digest, keys sorted), so a hand-edited
alpha, layer or scorer is refused like a flipped bit in the tensors. Manifests written before the
digest existed still load; for them (and for every manifest) the fields are also checked against
each other, so a renamed layer or scorer is a one-line `DetectorError`, never a traceback.

Writing never destroys what is not a detector. `staged` writes into a hidden sibling directory
and swaps it into place; the target must be absent, an empty directory, or (with
``overwrite=True``, ``mad fit --force``) a directory holding exactly a detector's two files.
Anything else — a file, a symlink, a directory with other contents — is refused before any work.
A save interrupted by a crash leaves a ``.NAME.tmp-PID-*`` or ``.NAME.old-PID-*`` sibling; the
next save to that path removes those whose process is gone (and only if they hold nothing but
detector files).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

import mad
from mad.errors import MadError
from mad.options import writable_dir

SCHEMA_VERSION = 1
MANIFEST = "detector.json"
TENSORS = "tensors.safetensors"
_FILES = frozenset({MANIFEST, TENSORS})
_HOOK_RE = re.compile(r"^(embed|final_norm|blocks\.\d+\.resid_post)$")


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
    known_anomalies: str | None = None  # the probe channel's attacks: "builtin" or a file
    benign_extra: str | None = None  # its extra benign negatives: "builtin", a file, or none
    n_benign_extra: int = 0


class FeatureSpec(BaseModel):
    """One scored feature of a detector: which hook point, at which position, by which scorer,
    and in which channel (the evidence it belongs to: ``prompt``, ``completion``, ``probe``)."""

    model_config = ConfigDict(extra="forbid")

    hook: str
    position: str
    channel: str
    scorer: str
    aggregate: str | None = None  # token-level features: how token scores become one per record


class Manifest(BaseModel):
    """Everything `detector.json` holds; validated on load.

    A detector scores `layers` — its feature keys, which are hook point names for a detector of
    one position. `features` (absent in detectors written before channels existed) says what
    each key reads; without it every key is a hook read at `position` by `scorer`. A detector of
    several channels has keys ``channel/hook`` and `position` names its positions joined by
    ``+`` (e.g. ``last+completion``).
    """

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
    manifest_sha256: str | None = None  # absent in manifests written before it was added
    features: dict[str, FeatureSpec] | None = None  # absent before channels existed

    def specs(self) -> dict[str, FeatureSpec]:
        """What every key reads, in key order (derived for detectors written before `features`)."""
        if self.features is not None:
            return {key: self.features[key] for key in self.layers}
        from mad.positions import LEVELS

        return {
            key: FeatureSpec(
                hook=key,
                position=self.position,
                channel=LEVELS.get(self.position, self.position),
                scorer=self.scorer,
                aggregate=self.aggregate,
            )
            for key in self.layers
        }


def manifest_digest(data: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of a manifest's fields, its own digest left out."""
    body = {k: v for k, v in data.items() if k != "manifest_sha256"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def manifest_text(manifest: Manifest) -> str:
    """The JSON to write, with `manifest_sha256` set over exactly what is written."""
    manifest.manifest_sha256 = None
    manifest.manifest_sha256 = manifest_digest(json.loads(manifest.model_dump_json()))
    return manifest.model_dump_json(indent=2) + "\n"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_manifest(path: Path) -> Manifest:
    """Read and validate ``detector.json``, its digest, its consistency and the tensors' hash."""
    manifest_path = path / MANIFEST
    if not manifest_path.is_file():
        raise DetectorError(f"{path}: not a detector directory (no {MANIFEST})")
    try:
        raw = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (ValueError, RecursionError) as err:
        raise DetectorError(f"{manifest_path}: corrupt manifest ({_one_line(str(err))})") from err
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise DetectorError(
            f"{manifest_path}: schema version {version} is newer than this mad "
            f"({mad.__version__}) understands ({SCHEMA_VERSION}); upgrade mad"
        )
    try:
        manifest = Manifest.model_validate(raw)
    except ValidationError as err:
        raise DetectorError(f"{manifest_path}: invalid manifest: {_first_error(err)}") from err
    if manifest.manifest_sha256 is not None and manifest_digest(raw) != manifest.manifest_sha256:
        raise DetectorError(
            f"{manifest_path}: checksum mismatch: the manifest was edited after the detector "
            "was written (refit the detector rather than editing detector.json)"
        )
    problem = inconsistency(manifest)
    if problem:
        raise DetectorError(f"{manifest_path}: invalid manifest: {problem}")
    tensors_path = path / TENSORS
    if not tensors_path.is_file():
        raise DetectorError(f"{path}: missing {TENSORS}")
    actual = sha256_file(tensors_path)
    if actual != manifest.tensors_sha256:
        raise DetectorError(
            f"{tensors_path}: checksum mismatch (file modified or truncated); expected "
            f"{manifest.tensors_sha256[:12]}, found {actual[:12]}"
        )
    return manifest


def inconsistency(m: Manifest) -> str | None:
    """The first way the manifest's fields disagree with each other, or None."""
    from mad.calibration import METHODS
    from mad.positions import POSITIONS, TOKEN_LEVEL
    from mad.scorers import SCORERS

    if len(set(m.layers)) != len(m.layers):
        return "layers are repeated"
    if m.features is not None and set(m.features) != set(m.layers):
        return f"features cover {sorted(m.features)}, not the layers {m.layers}"
    specs = m.specs()
    for key, spec in specs.items():
        if not _HOOK_RE.match(spec.hook):
            return f"layer {spec.hook!r} is not a hook point name"
        if spec.position not in POSITIONS:
            return f"unknown position {spec.position!r}"
        if spec.position in TOKEN_LEVEL and spec.aggregate not in ("max", "mean"):
            return f"token-level feature {key!r} with aggregate {spec.aggregate!r}"
        if spec.scorer not in SCORERS:
            return f"unknown scorer {spec.scorer!r}; known: {', '.join(sorted(SCORERS))}"
    if m.features is None and m.position not in POSITIONS:
        return f"unknown position {m.position!r}"
    if m.features is not None:
        joined = "+".join(dict.fromkeys(spec.position for spec in specs.values()))
        if m.position != joined:
            return f"position {m.position!r} differs from the features' positions {joined!r}"
        named = [k for k, spec in specs.items() if k != f"{spec.channel}/{spec.hook}"]
        if named:
            return f"feature key {named[0]!r} is not channel/hook of its spec"
    if len({s.position for s in specs.values() if s.position in TOKEN_LEVEL}) > 1:
        return "a detector reads at most one token-level position"
    if set(m.scorer_config) != set(m.layers):
        return f"scorer_config covers {sorted(m.scorer_config)}, not the layers {m.layers}"
    cal = m.calibration
    if cal.get("layers") != m.layers:
        return f"calibration layers {cal.get('layers')} differ from the layers {m.layers}"
    if cal.get("alpha") != m.alpha:
        return f"alpha {m.alpha} differs from the calibration's alpha {cal.get('alpha')}"
    if cal.get("method") not in METHODS:
        return f"unknown combine method {cal.get('method')!r}"
    if cal.get("n_cal") != m.data.n_cal:
        return f"calibration size {cal.get('n_cal')} differs from data.n_cal {m.data.n_cal}"
    return None


def _first_error(err: ValidationError) -> str:
    """One line for pydantic's multi-line report: the first field and what is wrong with it."""
    errors = err.errors()
    first = errors[0]
    loc = ".".join(str(p) for p in first.get("loc", ())) or "manifest"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f'field "{loc}": {first.get("msg", "invalid")}{more}'


def _one_line(text: str) -> str:
    return " ".join(text.split())


# ----- writing -------------------------------------------------------------------------------


def is_detector_dir(path: Path) -> bool:
    """A directory holding exactly a detector's files, whose manifest reads as one."""
    if path.is_symlink() or not path.is_dir():
        return False
    names = {p.name for p in path.iterdir()}
    if names != _FILES or not (path / MANIFEST).is_file():
        return False
    try:
        raw = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(raw, dict) and {"schema_version", "tensors_sha256"} <= set(raw)


def check_target(path: str | Path, *, overwrite: bool = False) -> Path:
    """The absolute path a detector may be saved to, or a `DetectorError` saying why not.

    Cheap, so ``mad fit`` runs it before loading a model: nothing that is not a detector is ever
    replaced, and a detector only with `overwrite`.
    """
    given = Path(path)
    if given.is_symlink():
        raise DetectorError(
            f"{given}: is a symbolic link; refusing to replace it (give the directory itself or "
            "a new path)"
        )
    target = given.resolve()
    if target.exists():
        if not target.is_dir():
            raise DetectorError(f"{target}: exists and is not a directory; refusing to replace it")
        entries = sorted(p.name for p in target.iterdir())
        if entries and not is_detector_dir(target):
            shown = ", ".join(entries[:3]) + (", ..." if len(entries) > 3 else "")
            raise DetectorError(
                f"{target}: exists and is not a mad detector (it holds {shown}); refusing to "
                "replace it; choose a new --out"
            )
        if entries and not overwrite:
            raise DetectorError(
                f"{target}: already holds a detector; pass --force (overwrite=True) to replace it"
            )
    writable_dir(target.parent)
    return target


@contextlib.contextmanager
def staged(path: str | Path, *, overwrite: bool = False) -> Iterator[Path]:
    """Yield a hidden sibling directory to write a detector into; swap it in on success.

    On any error the staging directory is removed and whatever was at `path` is untouched.
    """
    target = check_target(path, overwrite=overwrite)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_stale(target)
    tag = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp = target.parent / f".{target.name}.tmp-{tag}"
    tmp.mkdir()
    try:
        yield tmp
        if target.exists():
            old = target.parent / f".{target.name}.old-{tag}"
            target.rename(old)
            try:
                tmp.rename(target)
            except BaseException:
                old.rename(target)
                raise
            shutil.rmtree(old)
        else:
            tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def clean_stale(target: Path) -> list[Path]:
    """Remove staging siblings of `target` left by saves whose process is gone."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(?:tmp|old)-(?:(\d+)-)?[0-9a-f]{{8}}$")
    removed = []
    for sibling in target.parent.iterdir():
        match = pattern.match(sibling.name)
        if not match or sibling.is_symlink() or not sibling.is_dir():
            continue
        pid = match.group(1)
        if pid is not None and _alive(int(pid)):
            continue  # a save in progress, in another process
        if not {p.name for p in sibling.iterdir()} <= _FILES:
            continue  # not ours to delete
        shutil.rmtree(sibling, ignore_errors=True)
        removed.append(sibling)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True
    return True


def write_synced(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
