"""Captured features of library prompts, kept on disk so only the first fit pays for them.

Capturing the 3,565-prompt library on SmolLM2-135M costs minutes of forward passes on two CPU
cores; a fit that reads them back from here pays for a hash check instead. `cached_features` is
the one entry point: it returns ``{layer: [n, d] float32}`` for any records, reading what is
cached and capturing (then caching) only what is not.

An entry holds one layer of one prompt set and is named by the hash of everything the features
depend on: the cache schema, the model fingerprint and dtype, the layer, the position and the
*prompt set*, i.e. the token ids the model is shown (the rendered chat template, tokenized), so
a changed template, tokenizer or record invalidates it. Rows are stored once per distinct
prompt, in the order of their token-id hashes, so the same set in another order or with
repeats is the same entry. Layers are separate entries: a fit asking for a subset or superset
of cached layers captures only the missing ones.

Conventions of `mad.model_cache`: the root is ``$MAD_CACHE_DIR`` (else ``$XDG_CACHE_HOME/mad``,
else ``~/.cache/mad``), under ``features/``; an entry is written into a temporary sibling
directory, fsynced and renamed into place, so a crash or two processes writing at once never
leave half an entry; a reader checks the manifest, the file's size and SHA-256, the shape and
the stored prompt hashes, and discards (with a warning) anything that fails, which then reads
as a miss. ``MAD_NO_FEATURE_CACHE=1`` bypasses it. Only safetensors and JSON, never pickle.

Features come from a capture in batches sorted by length, so a cached row equals a fresh
capture of the same prompt to float32 rounding of the padded-batch shape (~1e-5 relative, see
the README's numerical guarantees), not bit for bit.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
import warnings
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

import mad
from mad.capture import PromptTooLongError, context_length, tokenize_prompts
from mad.errors import ConfigError
from mad.features import PROMPT_LEVEL, iter_features, too_long
from mad.model_cache import _fsync_tree, _remove_stale, cache_root, discard
from mad.models import LoadedModel
from mad.records import Record, render

SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
TENSORS = "features.safetensors"

__all__ = ["cache_dir", "cached_features", "enabled", "entry_info", "prompt_digests"]


def cache_dir() -> Path:
    """Where feature entries live: ``<mad cache root>/features``."""
    return cache_root() / "features"


def enabled() -> bool:
    return os.environ.get("MAD_NO_FEATURE_CACHE", "") in ("", "0")


def prompt_digests(loaded: LoadedModel, records: Sequence[Record]) -> list[bytes]:
    """SHA-256 of the token ids the model is shown for each record (prompt only).

    Tokenizing is also the length check: a prompt longer than the model's context is refused
    here (`PromptTooLongError`), before anything is read or captured.
    """
    tok = loaded.tokenizer
    prompts = [render(r, tok).prompt for r in records]
    try:
        rows = tokenize_prompts(tok, prompts, max_length=context_length(loaded.model, tok))
    except PromptTooLongError as err:
        if err.index is None or err.n_tokens is None or err.limit is None:
            raise
        message = too_long(records[err.index], "prompt", err.n_tokens, err.limit, 0)
        raise PromptTooLongError(message, n_tokens=err.n_tokens, limit=err.limit) from None
    return [hashlib.sha256(np.asarray(row, dtype=np.int64).tobytes()).digest() for row in rows]


def _keys(
    loaded: LoadedModel, layers: Sequence[str], position: str, digests: Sequence[bytes]
) -> dict[str, dict[str, Any]]:
    """Per layer, everything its features depend on (the entry is named by its hash)."""
    common = {
        "schema_version": SCHEMA_VERSION,
        "fingerprint": loaded.fingerprint(),
        "dtype": str(next(loaded.model.parameters()).dtype),
        "position": position,
        "prompt_set": hashlib.sha256(b"".join(digests)).hexdigest(),
        "n_prompts": len(digests),
    }
    return {name: {**common, "layer": name} for name in layers}


def _entry(key: dict[str, Any]) -> Path:
    name = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:40]
    return cache_dir() / name


def cached_features(
    loaded: LoadedModel,
    records: Sequence[Record],
    layers: Sequence[str],
    position: str = "last",
    *,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> dict[str, torch.Tensor]:
    """``{layer: [len(records), d] float32}``, rows in the order of `records`.

    `layers` are canonical hook names (`mad.capture.normalize_layers`); `position` is
    ``"last"`` or ``"mean"``. Cached layers are read, the others captured in one pass (which
    stops at the deepest of them) and written for next time. A cache that cannot be written
    costs a warning, never the result.
    """
    if position not in PROMPT_LEVEL:
        raise ConfigError(
            f"the library feature cache holds prompt-level features ({', '.join(PROMPT_LEVEL)}), "
            f"not position {position!r}"
        )
    layers = list(dict.fromkeys(layers))
    if not records:
        d = int(loaded.model.config.hidden_size)
        return {name: torch.empty(0, d) for name in layers}
    digests = prompt_digests(loaded, records)
    unique = sorted(set(digests))
    first = {}
    for k, digest in enumerate(digests):
        first.setdefault(digest, k)
    keys = _keys(loaded, layers, position, unique)
    found = {name: _read(keys[name], unique) for name in layers} if enabled() else {}
    missing = [name for name in layers if found.get(name) is None]
    if missing:
        start = time.perf_counter()
        captured = _capture(
            loaded, [records[first[d]] for d in unique], missing, position, batch_size, progress
        )
        seconds = time.perf_counter() - start
        for name in missing:
            found[name] = captured[name]
            if enabled():
                _write(keys[name], unique, captured[name], seconds)
    row = {digest: j for j, digest in enumerate(unique)}
    order = torch.tensor([row[d] for d in digests], dtype=torch.int64)
    return {name: found[name].index_select(0, order) for name in layers}


def entry_info(
    loaded: LoadedModel, records: Sequence[Record], layers: Sequence[str], position: str = "last"
) -> dict[str, dict[str, Any] | None]:
    """Each layer's manifest if a valid-looking entry exists (nothing captured), else None.

    The manifest records ``capture_seconds``, what the cold capture of the whole entry's layer
    set took, so a report can state the cost the cache saves.
    """
    unique = sorted(set(prompt_digests(loaded, records)))
    out: dict[str, dict[str, Any] | None] = {}
    for name, key in _keys(loaded, layers, position, unique).items():
        entry = _entry(key)
        try:
            out[name] = json.loads((entry / MANIFEST).read_text())
        except (OSError, ValueError):
            out[name] = None
    return out


def _capture(
    loaded: LoadedModel,
    records: Sequence[Record],
    layers: Sequence[str],
    position: str,
    batch_size: int,
    progress: Callable[[int], None] | None,
) -> dict[str, torch.Tensor]:
    d = int(loaded.model.config.hidden_size)
    out = {name: torch.empty(len(records), d, dtype=torch.float32) for name in layers}
    for batch in iter_features(
        loaded, records, layers, position, batch_size=batch_size, progress=progress
    ):
        index = torch.tensor(batch.indices, dtype=torch.int64)
        for name in layers:
            out[name][index] = batch.acts[name].to(torch.float32)
    return out


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _read(key: dict[str, Any], digests: Sequence[bytes]) -> torch.Tensor | None:
    """The entry's features, or None (a miss); an entry that fails a check is discarded."""
    entry = _entry(key)
    if not entry.is_dir():
        return None
    try:
        manifest = json.loads((entry / MANIFEST).read_text())
        for field, value in key.items():
            if manifest.get(field) != value:
                raise ValueError(f"{field} is {manifest.get(field)!r}, expected {value!r}")
        tensors = entry / TENSORS
        if tensors.stat().st_size != manifest.get("size"):
            raise ValueError("its tensors file has another size than recorded (truncated?)")
        if _sha256(tensors) != manifest.get("sha256"):
            raise ValueError("its tensors file does not match the recorded SHA-256")
        state = load_file(tensors)
        features, stored = state["features"], state["digests"]
        expected = torch.frombuffer(bytearray(b"".join(digests)), dtype=torch.uint8)
        if features.dtype != torch.float32 or features.shape != (len(digests), manifest["d"]):
            raise ValueError(f"features have shape {tuple(features.shape)}, {features.dtype}")
        if not torch.equal(stored.reshape(-1), expected):
            raise ValueError("its prompt hashes differ from the prompt set asked for")
    except (OSError, ValueError, KeyError, TypeError, SafetensorError) as err:
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        warnings.warn(f"discarding the feature cache entry {entry}: {reason}", stacklevel=3)
        discard(entry)
        return None
    return features


def _write(
    key: dict[str, Any], digests: Sequence[bytes], features: torch.Tensor, seconds: float
) -> Path | None:
    """Publish an entry atomically; None when nothing was written (a race lost, a disk refusal)."""
    entry = _entry(key)
    tmp = entry.with_name(f"{entry.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(entry.parent)
        tmp.mkdir()
        tensors = tmp / TENSORS
        stored = torch.frombuffer(bytearray(b"".join(digests)), dtype=torch.uint8)
        save_file(
            {"features": features.contiguous(), "digests": stored.reshape(len(digests), 32)},
            str(tensors),
        )
        manifest = {
            **key,
            "d": int(features.shape[1]),
            "size": tensors.stat().st_size,
            "sha256": _sha256(tensors),
            "capture_seconds": round(seconds, 3),
            "created_at": datetime.now(UTC).isoformat(),
            "mad_version": mad.__version__,
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
        _fsync_tree(tmp)
        try:
            os.rename(tmp, entry)  # atomic; fails when another writer's entry is already there
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            return None
    except OSError as err:
        shutil.rmtree(tmp, ignore_errors=True)
        warnings.warn(f"could not write the feature cache entry {entry}: {err}", stacklevel=3)
        return None
    return entry
