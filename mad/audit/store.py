"""The audit directory: what was audited, append-only results, and resuming after a crash.

::

    AUDIT_DIR/audit.json     detectors (ids), inputs (fingerprints), format, options
              scores.jsonl   one row per scored transcript, in input order
              errors.jsonl   one entry per bad line or unscorable transcript
              summary.json, report.html, events.jsonl   rebuilt from scores.jsonl at the end

Rows and errors are appended a chunk at a time and flushed and fsynced before the next chunk
starts, so a crash (even ``kill -9``) loses at most the chunk in flight. Restarting with the same
arguments reopens the directory: a torn last line is cut off, the ids already in ``scores.jsonl``
are skipped, and the audit continues where it stopped; transcripts are processed in input order,
so the finished file equals an uninterrupted run's. Different arguments (another detector,
changed input files, another format, ...) are refused rather than mixed into one result. A lock
file keeps two audits from writing one directory at once.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import mad
from mad.audit.errors import AuditError
from mad.audit.formats import file_size, is_uri

MANIFEST = "audit.json"
SCORES = "scores.jsonl"
ERRORS = "errors.jsonl"
SUMMARY = "summary.json"
REPORT = "report.html"
EVENTS = "events.jsonl"
_LOCK = ".lock"


def fingerprint(path: str) -> dict[str, Any]:
    """Identifies an input's content: size and SHA-256 (object storage: size only, unhashed)."""
    if is_uri(path):
        return {"path": path, "size": file_size(path)}
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"path": path, "size": file_size(path), "sha256": digest.hexdigest()}


def error_key(entry: dict[str, Any]) -> tuple[Any, ...]:
    return (entry["file"], entry["line"], entry["field"], entry["message"])


class AuditStore:
    """An open audit directory; see the module docstring."""

    def __init__(self, root: Path, manifest: dict[str, Any]) -> None:
        self.root = root
        self.manifest = manifest
        self._lock = open(root / _LOCK, "a")  # noqa: SIM115 - held until close()
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise AuditError(f"{root}: another mad audit is writing this directory") from None
        self.done, self.truncated = _recover(root / SCORES, lambda row: row["id"])
        self.error_keys, _ = _recover(root / ERRORS, error_key)
        self._scores = open(root / SCORES, "ab")  # noqa: SIM115 - closed by close()
        self._errors = open(root / ERRORS, "ab")  # noqa: SIM115

    @classmethod
    def open(
        cls, root: str | Path, identity: dict[str, Any], options: dict[str, Any]
    ) -> AuditStore:
        """Start an audit in `root`, or resume the one there if it was started identically."""
        root = Path(root)
        root.mkdir(parents=True, exist_ok=True)
        path = root / MANIFEST
        if path.exists():
            try:
                manifest = json.loads(path.read_text(encoding="utf-8"))
                previous = manifest["identity"]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise AuditError(f"{path}: unreadable audit manifest ({err})") from None
            differs = sorted(
                k for k in {*previous, *identity} if previous.get(k) != identity.get(k)
            )
            if differs:
                raise AuditError(
                    f"{root} holds an audit started with other arguments ({', '.join(differs)} "
                    "differ); rerun with the same arguments to resume, or choose a new --out"
                )
            manifest["options"] = options
        elif any(p.name != _LOCK for p in root.iterdir()):
            raise AuditError(f"{root} is not empty and holds no {MANIFEST}; choose a new --out")
        else:
            manifest = {
                "mad_version": mad.__version__,
                "started_at": _now(),
                "identity": identity,
                "options": options,
                "status": "running",
            }
        store = cls(root, manifest)
        store.write_text(MANIFEST, json.dumps(manifest, indent=2) + "\n")
        return store

    @property
    def n_errors(self) -> int:
        return len(self.error_keys)

    def append(self, rows: Sequence[dict[str, Any]], errors: Sequence[dict[str, Any]]) -> None:
        """Write a chunk durably: rows and new (not yet recorded) errors, flushed and fsynced."""
        fresh = []
        for entry in errors:
            key = error_key(entry)
            if key not in self.error_keys:
                self.error_keys.add(key)
                fresh.append(entry)
        _append_lines(self._errors, fresh)
        _append_lines(self._scores, rows)
        self.done.update(row["id"] for row in rows)

    def iter_rows(self) -> Iterator[dict[str, Any]]:
        with (self.root / SCORES).open("rb") as handle:
            for line in handle:
                yield json.loads(line)

    def write_text(self, name: str, text: str) -> None:
        """Replace one output file atomically (a reader never sees half of it)."""
        self.write_lines(name, [text.removesuffix("\n")])

    def write_lines(self, name: str, lines: Iterable[str]) -> None:
        """Replace one output file atomically with `lines`, streamed (each ends in a newline)."""
        tmp = self.root / f".{name}.tmp"
        with tmp.open("w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(self.root / name)

    def complete(self) -> None:
        self.manifest["status"] = "complete"
        self.manifest["completed_at"] = _now()
        self.write_text(MANIFEST, json.dumps(self.manifest, indent=2) + "\n")

    def close(self) -> None:
        self._scores.close()
        self._errors.close()
        self._lock.close()  # releases the lock

    def __enter__(self) -> AuditStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _append_lines(handle: Any, items: Sequence[dict[str, Any]]) -> None:
    if not items:
        return
    handle.write("".join(json.dumps(item) + "\n" for item in items).encode("utf-8"))
    handle.flush()
    os.fsync(handle.fileno())


def _recover(path: Path, key: Callable[[dict[str, Any]], Any]) -> tuple[set[Any], int]:
    """Keys of the complete lines of an append-only file, cutting off a torn last line."""
    keys: set[Any] = set()
    if not path.exists():
        return keys, 0
    good = 0
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.endswith(b"\n"):
                break  # the write a crash interrupted
            try:
                keys.add(key(json.loads(line)))
            except (json.JSONDecodeError, KeyError, TypeError):
                raise AuditError(
                    f"{path}:{number}: not a line mad audit wrote; was the file edited?"
                ) from None
            good += len(line)
    torn = path.stat().st_size - good
    if torn:
        os.truncate(path, good)
    return keys, torn
