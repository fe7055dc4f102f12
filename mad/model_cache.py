"""A cache of GGUF models already dequantised, so only the first load pays for the conversion.

transformers dequantises a GGUF file tensor by tensor on every `from_pretrained` (15-30 s for
SmolLM2-135M on two cores); the float32 result saved with `save_pretrained` loads in well under
a second. An entry lives in ``<cache root>/models/<sha256 of the GGUF file>/`` and is trusted
only when it is whole: it is written into a temporary sibling directory and renamed into place
(a crash leaves no entry, only a temporary directory that a later write removes), and a reader
checks its manifest, file sizes and the model fingerprint recorded when it was written. Anything
else (a truncated file, a foreign directory, another transformers version) is discarded with a
warning and rebuilt from the GGUF file.

The cache root is ``$MAD_CACHE_DIR``, else ``$XDG_CACHE_HOME/mad``, else ``~/.cache/mad``;
``MAD_NO_MODEL_CACHE=1`` bypasses it (nothing read, nothing written).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import uuid
import warnings
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
MANIFEST = "mad-cache.json"
_STALE_AFTER_S = 3600  # a temporary directory this old belongs to a writer that died
_HASH_CHUNK = 1 << 20


def cache_root() -> Path:
    """Where mad keeps its cache (see the module docstring for the variables)."""
    if os.environ.get("MAD_CACHE_DIR"):
        return Path(os.environ["MAD_CACHE_DIR"]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "mad"


def enabled() -> bool:
    return os.environ.get("MAD_NO_MODEL_CACHE", "") in ("", "0")


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, memoised by (path, size, mtime) so big files are hashed once.

    The memo is one small JSON file per GGUF path, replaced atomically; a missing or unreadable
    memo only costs a re-hash (about 0.4 s for a 100 MB file).
    """
    path = path.resolve()
    stat = path.stat()
    key = {"path": str(path), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    memo = cache_root() / "models" / "hashes" / (hashlib.sha256(str(path).encode()).hexdigest())
    try:
        saved = json.loads(memo.read_text())
        if {k: saved.get(k) for k in key} == key and len(saved.get("sha256", "")) == 64:
            return saved["sha256"]
    except (OSError, ValueError):
        pass
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    sha = digest.hexdigest()
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        tmp = memo.with_name(f"{memo.name}.tmp-{uuid.uuid4().hex}")
        tmp.write_text(json.dumps({**key, "sha256": sha}))
        os.replace(tmp, memo)
    except OSError as err:
        log.info("could not write the hash memo %s: %s", memo, err)
    return sha


def entry_dir(sha: str) -> Path:
    return cache_root() / "models" / sha


def _transformers_version() -> str:
    import transformers

    return transformers.__version__


def _file_sizes(directory: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in sorted(directory.iterdir()) if p.name != MANIFEST}


def read(sha: str, *, dtype: Any) -> tuple[Any, Any, Path] | None:
    """The cached (model, tokenizer, entry directory) for a GGUF file, or None on a miss.

    A present but untrustworthy entry is discarded (with a warning) and reads as a miss.
    """
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from mad.models import model_fingerprint

    entry = entry_dir(sha)
    if not entry.is_dir():
        return None
    try:
        manifest = json.loads((entry / MANIFEST).read_text())
        expected = {
            "schema_version": SCHEMA_VERSION,
            "gguf_sha256": sha,
            "transformers_version": _transformers_version(),
        }
        for key, value in expected.items():
            if manifest.get(key) != value:
                raise ValueError(f"{key} is {manifest.get(key)!r}, expected {value!r}")
        if _file_sizes(entry) != manifest.get("files"):
            raise ValueError("its files differ from the manifest (missing or truncated)")
        tokenizer = AutoTokenizer.from_pretrained(entry)
        model = AutoModelForCausalLM.from_pretrained(entry, dtype=dtype)
        # save_pretrained filled in `architectures`; the GGUF load leaves it as recorded here,
        # and the fingerprint (which hashes the config) must be the GGUF model's.
        model.config.architectures = manifest.get("architectures")
        if model_fingerprint(model) != manifest.get("fingerprint"):  # dtype-independent
            raise ValueError("the model's fingerprint differs from the one recorded")
    except Exception as err:  # whatever is wrong with it, the GGUF file can rebuild it
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        warnings.warn(f"discarding the model cache entry {entry}: {reason}", stacklevel=3)
        discard(entry)
        return None
    log.info("loaded the dequantised GGUF model from the cache entry %s", entry)
    return model, tokenizer, entry


def write(sha: str, gguf: Path, model: Any, tokenizer: Any) -> Path | None:
    """Save a freshly dequantised float32 model and its tokenizer as the entry for `sha`.

    Returns the entry, or None when this call wrote nothing (another process won the race, the
    disk refused, the model is not float32). Never raises for a cache problem: the cache is only an
    optimisation of a load that already succeeded.
    """
    import torch

    from mad.models import model_fingerprint

    if any(p.dtype != torch.float32 for p in model.parameters()):
        return None  # a dtype-cast model is not the dequantised one; cache only the original
    entry = entry_dir(sha)
    tmp = entry.with_name(f"{sha}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(entry.parent)
        fingerprint = model_fingerprint(model)
        architectures = model.config.architectures
        _save(model, tokenizer, tmp)
        manifest = {
            "schema_version": SCHEMA_VERSION,
            "gguf_sha256": sha,
            "gguf_file": str(gguf),
            "transformers_version": _transformers_version(),
            "fingerprint": fingerprint,
            "architectures": architectures,
            "files": _file_sizes(tmp),
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
        _fsync_tree(tmp)
        try:
            os.rename(tmp, entry)  # atomic; fails when another writer's entry is already there
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            return None
    except Exception as err:
        shutil.rmtree(tmp, ignore_errors=True)
        warnings.warn(f"could not write the model cache entry {entry}: {err}", stacklevel=3)
        return None
    log.info("wrote the dequantised GGUF model to the cache entry %s", entry)
    return entry


def _save(model: Any, tokenizer: Any, directory: Path) -> None:
    """`save_pretrained` without its side effect on the caller's model: it writes `architectures`
    and `dtype` into the live config, which would change the model's fingerprint."""
    config = dict(model.config.__dict__)
    try:
        model.save_pretrained(directory)
    finally:
        model.config.__dict__.clear()
        model.config.__dict__.update(config)
    tokenizer.save_pretrained(directory)


def discard(entry: Path) -> None:
    """Remove an entry so that no reader can see it half-deleted (rename first, then delete)."""
    trash = entry.with_name(f"{entry.name}.trash-{uuid.uuid4().hex[:8]}")
    try:
        os.rename(entry, trash)
    except OSError:
        return  # already gone (another process discarded it)
    shutil.rmtree(trash, ignore_errors=True)


def _remove_stale(parent: Path) -> None:
    now = time.time()
    for path in parent.glob("*.*-*"):
        if (".tmp-" in path.name or ".trash-" in path.name) and path.is_dir():
            try:
                if now - path.stat().st_mtime > _STALE_AFTER_S:
                    shutil.rmtree(path, ignore_errors=True)
            except OSError:
                pass


def _fsync_tree(directory: Path) -> None:
    """Flush an entry's files before the rename publishes it, so a power cut cannot publish
    an entry whose contents never reached the disk."""
    for path in directory.iterdir():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
