"""Input files of ``mad audit``: which to read, and the JSON values each holds, line by line.

A log is read as a sequence of JSON values with the line each starts on:

- one value per line (JSONL; blank lines skipped, line numbers stay physical);
- pretty-printed values, one after another, as the OpenTelemetry SDK's console exporters write
  them (``{`` alone on a line opens a value that a ``}`` alone at the start of a line closes);
- one pretty-printed document filling a ``.json`` file (e.g. an OTLP export saved by hand);
- Parquet rows (needs pyarrow).

A value that cannot be read, for any reason (not JSON, not UTF-8, an integer of thousands of
digits, nesting deeper than Python can decode), becomes a `RecordError` naming file and line, and
reading goes on: one poisoned line never stops an audit, nor a rerun of it. Only a damaged gzip
stream is fatal, since nothing after it can be read.

Files named ``.gz`` must be gzip data: a plain file with that name is refused before any work
(`check_readable`), rather than guessed at.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, cast

from mad.audit.errors import AuditError
from mad.records import RecordError

JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
SUFFIXES = (*JSON_SUFFIXES, *(s + ".gz" for s in JSON_SUFFIXES), ".parquet")
GZIP_MAGIC = b"\x1f\x8b"
_BOM = b"\xef\xbb\xbf"
_OPENERS = (b"{", b"[")
_CLOSERS = (b"}", b"]")

Value = tuple[int, Any]  # (line the value starts on, the decoded value)
# What a reader may trip on in a malformed but decodable value: the entry becomes an error row.
READ_ERRORS = (RecursionError, ValueError, TypeError, KeyError, AttributeError, OverflowError)


def is_uri(path: str) -> bool:
    return "://" in path


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """Files to read, in order: each path as given, directories expanded to their sorted files."""
    out: list[str] = []
    for raw in paths:
        if is_uri(raw):
            out.extend([raw] if raw.endswith(SUFFIXES) else _list_uri(raw))
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(str(p.resolve()) for p in path.rglob("*") if p.name.endswith(SUFFIXES))
            if not found:
                raise AuditError(f"{raw}: no input files ({', '.join(SUFFIXES)}) in this directory")
            out.extend(found)
        elif path.is_file():
            out.append(str(path.resolve()))
        else:
            raise AuditError(f"{raw}: input not found")
    if len(set(out)) != len(out):
        raise AuditError("an input file is given more than once")
    for path in out:
        check_readable(path)
    return out


def check_readable(path: str) -> None:
    """Refuse, before any work, an input that cannot be opened or a ``.gz`` that is not gzip."""
    try:
        with open_binary(path) as raw:
            head = raw.read(2)
    except OSError as err:
        raise AuditError(f"{path}: cannot read ({err.strerror or err})") from None
    if path.endswith(".gz") and head and head != GZIP_MAGIC:
        raise AuditError(
            f"{path}: named .gz but not gzip data (it does not start with the gzip magic bytes); "
            "rename it without .gz or compress it"
        )


def _pyarrow_fs() -> Any:
    try:
        from pyarrow import fs
    except ImportError as err:
        raise AuditError("object-storage paths need pyarrow (pip install 'mad[ray]')") from err
    return fs


def _list_uri(uri: str) -> list[str]:
    fs = _pyarrow_fs()
    filesystem, root = fs.FileSystem.from_uri(uri)
    infos = filesystem.get_file_info(fs.FileSelector(root, recursive=True))
    scheme = uri.split("://", 1)[0]
    found = sorted(
        f"{scheme}://{i.path}"
        for i in infos
        if i.type == fs.FileType.File and i.path.endswith(SUFFIXES)
    )
    if not found:
        raise AuditError(f"{uri}: no input files ({', '.join(SUFFIXES)}) under this path")
    return found


def open_binary(path: str) -> BinaryIO:
    """A seekable binary stream of a local file or of an object-storage URI pyarrow supports."""
    if not is_uri(path):
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    filesystem, inner = _pyarrow_fs().FileSystem.from_uri(path)
    # pyarrow files read and seek but have no readline; buffering adds it.
    return cast(BinaryIO, io.BufferedReader(filesystem.open_input_file(inner)))


def file_size(path: str) -> int:
    if not is_uri(path):
        return Path(path).stat().st_size
    filesystem, inner = _pyarrow_fs().FileSystem.from_uri(path)
    return int(filesystem.get_file_info(inner).size or 0)


# ----- values -----------------------------------------------------------------------------------


def loads(blob: bytes) -> tuple[Any, str | None]:
    """Decode one JSON value: ``(value, None)``, or ``(None, why not)`` whatever went wrong."""
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as exc:
        byte = blob[exc.start]
        return None, f"not valid UTF-8 (byte 0x{byte:02x} at offset {exc.start} of the line)"
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}"
    except RecursionError:
        return None, "not readable JSON: nested too deeply to decode"
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        return None, f"not readable JSON: {str(exc).split(';')[0]}"


def iter_values(raw: BinaryIO, path: str) -> Iterator[Value | RecordError]:
    """Every value of one input file with its line, or a `RecordError` for each bad one."""
    if path.endswith(".parquet"):
        yield from _parquet_rows(raw, path)
        return
    stream = _decompressed(raw, path)
    lines = _numbered(stream, path)
    seen_value = False
    for line, blob in lines:
        text = blob.strip()
        if not text:
            continue
        if text in _OPENERS:
            yield _block(line, blob, lines, path)
            seen_value = True
            continue
        value, why = loads(blob)
        if why is None:
            seen_value = True
            yield line, value
            continue
        if not seen_value and path.removesuffix(".gz").endswith(".json"):
            document = _document(blob, stream)
            if document is not None:
                yield line, document
                return
        yield RecordError(path, line, None, why)


def _numbered(stream: BinaryIO, path: str) -> Iterator[tuple[int, bytes]]:
    """Physical lines with their numbers (BOM removed); a damaged gzip stream raises."""
    line = 0
    while True:
        try:
            blob = stream.readline()
        except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as exc:
            why = f"corrupt gzip data after line {line}: {exc}"
            raise RecordError(path, None, None, why) from exc
        if not blob:
            return
        line += 1
        yield line, blob.removeprefix(_BOM) if line == 1 else blob


def _block(
    start: int, first: bytes, lines: Iterator[tuple[int, bytes]], path: str
) -> Value | RecordError:
    """A pretty-printed value opened on line `start`, read up to its closing line."""
    parts = [first]
    for _, blob in lines:
        parts.append(blob)
        if blob.rstrip() in _CLOSERS:  # a closing bracket at column 0 ends a top-level value
            break
    else:
        return RecordError(path, start, None, "a multi-line JSON value that never ends")
    value, why = loads(b"".join(parts))
    return RecordError(path, start, None, why) if why is not None else (start, value)


def _decompressed(raw: BinaryIO, path: str) -> BinaryIO:
    if path.endswith(".gz"):
        return cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb"))
    return raw


def _document(first: bytes, stream: BinaryIO) -> Any:
    """A ``.json`` file holding one pretty-printed document (e.g. an OTLP export), or None."""
    value, why = loads(first + stream.read())
    return value if why is None else None


def _parquet_rows(raw: BinaryIO, path: str) -> Iterator[Value]:
    try:
        import pyarrow.parquet as pq
    except ImportError as err:
        raise AuditError(f"{path}: reading Parquet needs pyarrow (pip install 'mad[ray]')") from err
    line = 0
    for batch in pq.ParquetFile(raw).iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            line += 1
            # A column missing from one row reads as null; drop it as if the key were absent.
            yield line, {k: v for k, v in row.items() if v is not None}
