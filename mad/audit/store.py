"""The audit directory: what was audited, append-only results, and resuming after a crash.

::

    AUDIT_DIR/audit.json     detectors (ids), inputs (fingerprints), format, options
              scores.jsonl   one row per scored transcript, in input order
              errors.jsonl   one entry per bad line or unscorable transcript
              summary.json, report.html, events.jsonl   rebuilt from scores.jsonl at the end

Rows and errors are appended a chunk at a time, unbuffered and fsynced before the next chunk
starts, so a crash (even ``kill -9``) or a full disk loses at most the chunk in flight; a write
that fails (disk full, the directory gone) is one `AuditError` naming the file, with every file
closed. Restarting with the same arguments reopens the directory: a torn last line is cut off,
the ids already in ``scores.jsonl`` are skipped, and the audit continues where it stopped (see
`mad.audit.local` for why the result is bit-identical to an uninterrupted run). Different
arguments (another detector, changed input files, another format, ...) are refused rather than
mixed into one result. A lock file keeps two audits from writing one directory at once.

``errors.jsonl`` also lists, when an audit found nothing to score, the entries it skipped and
why (``"skipped": true``); those are counted apart from errors.
"""

from __future__ import annotations

import contextlib
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
from mad.audit.lines import file_size, is_uri

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


def _written(action: str, path: Path, err: OSError) -> AuditError:
    """The one-line error for a failed write: which file, why, and that rerunning resumes."""
    why = err.strerror or type(err).__name__
    return AuditError(
        f"{path}: cannot {action} ({why}); fix that and rerun the same command to resume"
    )


class AuditStore:
    """An open audit directory; see the module docstring."""

    def __init__(self, root: Path, manifest: dict[str, Any]) -> None:
        self.root = root
        self.manifest = manifest
        self._handles: list[Any] = []
        try:
            self._lock = self._open(root / _LOCK, "a")
        except OSError as err:
            raise _written("create files in", root, err) from None
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.close()
            raise AuditError(f"{root}: another mad audit is writing this directory") from None
        try:
            self.done, self.truncated = _recover(root / SCORES, lambda row: row["id"])
            keys, _ = _recover(root / ERRORS, _keyed)
            self.error_keys = {k for skipped, k in keys if not skipped}
            self.skip_keys = {k for skipped, k in keys if skipped}
            # Unbuffered: what a write call returns is in the file, nothing waits in a buffer
            # that a full disk would make unflushable at close.
            self._scores = self._open(root / SCORES, "ab", buffering=0)
            self._errors = self._open(root / ERRORS, "ab", buffering=0)
        except OSError as err:
            self.close()
            raise _written("open files in", root, err) from None
        except BaseException:
            self.close()
            raise

    def _open(self, path: Path, mode: str, **kwargs: Any) -> Any:
        handle = open(path, mode, **kwargs)  # noqa: SIM115 - closed by close()
        self._handles.append(handle)
        return handle

    @classmethod
    def open(
        cls, root: str | Path, identity: dict[str, Any], options: dict[str, Any]
    ) -> AuditStore:
        """Start an audit in `root`, or resume the one there if it was started identically."""
        root = Path(root)
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise _written("create the audit directory", root, err) from None
        if not root.is_dir():
            raise AuditError(f"{root}: not a directory; choose another --out")
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
        try:
            store.write_text(MANIFEST, json.dumps(manifest, indent=2) + "\n")
        except BaseException:
            store.close()
            raise
        return store

    @property
    def n_errors(self) -> int:
        return len(self.error_keys)

    @property
    def n_skipped_listed(self) -> int:
        return len(self.skip_keys)

    def append(self, rows: Sequence[dict[str, Any]], errors: Sequence[dict[str, Any]]) -> None:
        """Write a chunk durably: rows and new (not yet recorded) errors, fsynced."""
        fresh = []
        for entry in errors:
            key = error_key(entry)
            seen = self.skip_keys if entry.get("skipped") else self.error_keys
            if key not in seen:
                seen.add(key)
                fresh.append(entry)
        _append_lines(self._errors, self.root / ERRORS, fresh)
        _append_lines(self._scores, self.root / SCORES, rows)
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
        try:
            with tmp.open("w", encoding="utf-8") as handle:
                for line in lines:
                    handle.write(line + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            tmp.replace(self.root / name)
        except OSError as err:
            tmp.unlink(missing_ok=True)
            raise _written("write", self.root / name, err) from None

    def complete(self) -> None:
        self.manifest["status"] = "complete"
        self.manifest["completed_at"] = _now()
        self.write_text(MANIFEST, json.dumps(self.manifest, indent=2) + "\n")

    def close(self) -> None:
        """Close every file (the lock last, which releases it), whatever fails on the way."""
        handles, self._handles = self._handles, []
        for handle in reversed(handles):  # the lock was opened first
            with contextlib.suppress(OSError):  # unbuffered: there is nothing left to flush
                handle.close()

    def __enter__(self) -> AuditStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _append_lines(handle: Any, path: Path, items: Sequence[dict[str, Any]]) -> None:
    if not items:
        return
    data = memoryview("".join(json.dumps(item) + "\n" for item in items).encode("utf-8"))
    try:
        while data:  # a raw write may write less than asked
            data = data[handle.write(data) :]
        os.fsync(handle.fileno())
    except OSError as err:
        raise _written("write", path, err) from None


def _keyed(entry: dict[str, Any]) -> tuple[bool, tuple[Any, ...]]:
    return bool(entry.get("skipped")), error_key(entry)


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
