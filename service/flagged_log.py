"""The flagged-case log: one JSON line per flagged generation, durable before the response leaves.

A flag is only useful if someone can audit it later, so a flagged case is appended and fsynced
before the client gets its answer: a crash right after the response cannot lose it. One fsync
covers a whole batch. Lines are self-contained (request id, time, model, detector, verdict,
peaks, prompt and completion, the request's ``user`` and ``metadata``), so the log can be
re-scored offline with ``mad score``. With ``hashes_only`` the texts and the ``user`` are
replaced by their SHA-256, for deployments that may not store user text or identities but still
need to match a case to other records; ``metadata`` (developer-set tags) is kept as sent.

Rotation is by size: ``path`` is renamed to ``path.1`` (older ones shift up to ``backups``) when
the next write would make it larger than ``max_bytes``. A sample of unflagged generations can be
logged too (``sample_unflagged``), marked as such, to estimate what the detector lets through.
The file is created readable by its owner only, since it holds user prompts.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mad.errors import MadError

TEXT_FIELDS = ("prompt", "completion", "user")


class FlagLogError(MadError):
    """The flagged-case log cannot be opened (a directory, no permission, ...)."""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class FlaggedLog:
    """Append-only JSONL with fsync per write batch and size-based rotation; thread-safe."""

    def __init__(
        self,
        path: str | Path,
        *,
        hashes_only: bool = False,
        max_bytes: int = 100 * 2**20,
        backups: int = 5,
        sample_unflagged: float = 0.0,
        seed: int | None = None,
    ) -> None:
        if not 0.0 <= sample_unflagged <= 1.0:
            raise ValueError("sample_unflagged must be in [0, 1]")
        self.path = Path(path)
        self.hashes_only = hashes_only
        self.max_bytes = max_bytes
        self.backups = backups
        self.sample_unflagged = sample_unflagged
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd: int | None = self._open()
        except OSError as err:
            raise FlagLogError(
                f"cannot open the flagged-case log {str(path)!r}: {err.strerror or err}"
            ) from None

    def wanted(self, flagged: bool) -> bool:
        """Whether a verdict goes to the log: always when flagged, else by sampling."""
        if flagged:
            return True
        with self._lock:
            return self.sample_unflagged > 0 and self._rng.random() < self.sample_unflagged

    def write(self, entries: Sequence[dict[str, Any]]) -> None:
        """Append entries as JSON lines and fsync them; returns once they are on disk."""
        if not entries:
            return
        lines = [json.dumps(self._redact(e), ensure_ascii=False) + "\n" for e in entries]
        data = "".join(lines).encode("utf-8")
        with self._lock:
            if self._fd is None:
                raise RuntimeError("the flagged-case log is closed")
            size = os.fstat(self._fd).st_size
            if size > 0 and size + len(data) > self.max_bytes:
                self._rotate()
            view = memoryview(data)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
            os.fsync(self._fd)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.fsync(self._fd)
                os.close(self._fd)
                self._fd = None

    def _redact(self, entry: dict[str, Any]) -> dict[str, Any]:
        if not self.hashes_only:
            return entry
        out = {k: v for k, v in entry.items() if k not in TEXT_FIELDS}
        for key in TEXT_FIELDS:
            if entry.get(key) is not None:
                out[f"{key}_sha256"] = sha256_text(entry[key])
        return out

    def _open(self) -> int:
        return os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def _rotate(self) -> None:
        assert self._fd is not None
        os.close(self._fd)
        self._fd = None
        if self.backups > 0:
            for k in range(self.backups - 1, 0, -1):
                older = self.path.with_name(f"{self.path.name}.{k}")
                if older.exists():
                    older.replace(self.path.with_name(f"{self.path.name}.{k + 1}"))
            self.path.replace(self.path.with_name(f"{self.path.name}.1"))
        else:
            self.path.unlink()
        _fsync_dir(self.path.parent)
        self._fd = self._open()


def _fsync_dir(path: Path) -> None:
    """Make a rename durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
