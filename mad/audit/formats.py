"""Reading logged transcripts for ``mad audit``: OpenAI chat logs, mad records, OTel GenAI spans.

Every format is reduced to the records ``mad score`` reads and validated by
`mad.records.parse_record`, so a transcript is rendered exactly as a detector's trusted data was
at fit time. Beside the record, a `Transcript` keeps what the log says about the exchange: where
it came from (file and line), when it happened, the provider's response id and, for spans, the
trace and span ids.

Formats (``--format``; ``auto`` looks at the first record):

- ``prompt``: the JSONL of ``mad score`` (``prompt``/``completion`` or ``messages``).
- ``openai``: chat logs, one exchange per line, either ``{"messages": [...]}`` whose final
  assistant turn is the logged answer, or a request/response pair
  ``{"request": {"messages": [...]}, "response": {"id": ..., "created": ..., "choices":
  [{"message": {...}}]}}`` (each side may be wrapped in ``{"body": ...}``, as proxies log them;
  the first choice is the answer audited).
- ``otel``: OpenTelemetry GenAI spans (semantic conventions: ``gen_ai.input.messages``,
  ``gen_ai.output.messages`` and ``gen_ai.system_instructions`` holding parts-based messages),
  either OTLP/JSON exports (``resourceSpans[].scopeSpans[].spans[]``, one or more exports per
  line, or one pretty-printed export per ``.json`` file) or one flat span object per line (the
  SDK console exporter's shape). Spans without input messages, and spans whose
  ``gen_ai.operation.name`` is not a model call (``execute_tool``, ``embeddings``,
  ``invoke_agent``, ...), are skipped and counted, not errors.

Files may be ``.jsonl``/``.ndjson``/``.json`` (optionally ``.gz``) or ``.parquet`` (one record
per row; needs pyarrow). Ids: the record's ``id`` (OpenAI: else the ``custom_id``, else the
response id; spans: the span id, else the response id), else the line number, prefixed with the
file name when several files are read. A bad line or span becomes a `RecordError` naming file,
line and field; reading goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

from mad.audit.errors import AuditError
from mad.audit.otel import attributes, hex_id, iso_time
from mad.records import Record, RecordError, parse_record

FORMATS = ("openai", "prompt", "otel")
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
SUFFIXES = (*JSON_SUFFIXES, *(s + ".gz" for s in JSON_SUFFIXES), ".parquet")
_BOM = b"\xef\xbb\xbf"
_TIME_KEYS = ("timestamp", "created_at", "created", "time")
# gen_ai.operation.name values that are one model call with messages; others are skipped.
_MODEL_CALLS = frozenset({"chat", "text_completion", "generate_content"})
# Parts that carry no text the model reads as the message (like OpenAI's tool_calls key).
_UNRENDERED_PARTS = frozenset(
    {"tool_call", "server_tool_call", "server_tool_call_response", "reasoning"}
)


@dataclass(frozen=True)
class Transcript:
    """One logged exchange: the record a detector scores and where and when it was logged."""

    record: Record
    source: str
    timestamp: str | None = None
    response_id: str | None = None
    trace_id: str | None = None
    span_id: str | None = None

    def fields(self) -> dict[str, Any]:
        """What an audit row adds to a ``mad score`` row."""
        return {
            "source_file": self.source,
            "source_line": self.record.line,
            "timestamp": self.timestamp,
            "response_id": self.response_id,
            "trace_id": self.trace_id,
            "span_id": self.span_id,
        }

    def to_json(self) -> str:
        """A compact form for sending to workers (`from_json` validates it again)."""
        r = self.record
        data: dict[str, Any] = {"id": r.id}
        if r.messages is not None:
            data["messages"] = [{"role": m.role, "content": m.content} for m in r.messages]
        else:
            data["prompt"] = r.prompt
            if r.completion is not None:
                data["completion"] = r.completion
        return json.dumps({"record": data, **self.fields()})

    @classmethod
    def from_json(cls, text: str) -> Transcript:
        obj = json.loads(text)
        source, line = obj["source_file"], obj["source_line"]
        return cls(
            parse_record(obj["record"], line=line, path=source),
            source,
            obj["timestamp"],
            obj["response_id"],
            obj["trace_id"],
            obj["span_id"],
        )


@dataclass(frozen=True)
class Skipped:
    """A well-formed entry that is not a transcript (e.g. an HTTP span in a trace export)."""

    source: str
    line: int
    reason: str


Item = Transcript | Skipped | RecordError


# ----- files ------------------------------------------------------------------------------------


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
            raise FileNotFoundError(2, "input not found", raw)
    if len(set(out)) != len(out):
        raise AuditError("an input file is given more than once")
    return out


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


# ----- format detection -------------------------------------------------------------------------


def detect_format(paths: Sequence[str]) -> str:
    """The format of the first record of the first file, or an `AuditError` saying why not."""
    path = paths[0]
    with open_binary(path) as raw:
        first = _first_value(raw, path)
    if first is None:
        raise AuditError(f"{path}: no records, cannot tell the log format")
    line, obj = first
    fmt = classify(obj)
    if fmt is None:
        keys = sorted(obj)[:8] if isinstance(obj, dict) else type(obj).__name__
        raise AuditError(
            f"{path}:{line}: cannot tell the log format from the first record (keys: {keys}); "
            "pass --format openai, prompt or otel"
        )
    return fmt


def classify(obj: Any) -> str | None:
    """Which format one decoded record is in, or None when it fits none."""
    if not isinstance(obj, dict):
        return None
    keys = set(obj)
    span_keys = {"traceId", "spanId", "context", "startTimeUnixNano", "start_time"}
    if "resourceSpans" in keys or ("attributes" in keys and keys & span_keys):
        return "otel"
    if "prompt" in keys:
        return "prompt"
    if "messages" in keys or "request" in keys:
        return "openai"
    return None


def _first_value(raw: BinaryIO, path: str) -> tuple[int, Any] | None:
    if path.endswith(".parquet"):
        for line, row in _parquet_rows(raw, path):
            return line, row
        return None
    stream = _decompressed(raw, path)
    for line, blob in enumerate(stream, 1):
        if line == 1:
            blob = blob.removeprefix(_BOM)
        if not blob.strip():
            continue
        try:
            return line, json.loads(blob)
        except (json.JSONDecodeError, UnicodeDecodeError):
            document = _as_document(blob, stream, path)
            if document is None:
                raise AuditError(
                    f"{path}:{line}: cannot tell the log format: the first record is not valid "
                    "JSON; pass --format openai, prompt or otel"
                ) from None
            return line, document
    return None


# ----- reading ----------------------------------------------------------------------------------


def read_transcripts(
    paths: Sequence[str],
    fmt: str,
    *,
    on_error: Callable[[RecordError], None],
    on_skip: Callable[[Skipped], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[Transcript]:
    """Stream transcripts from `paths` in order; bad entries go to `on_error`, ids stay unique.

    `on_progress` gets the number of input bytes (compressed bytes for ``.gz``) read so far.
    A damaged gzip stream raises `RecordError`: nothing after it can be read.
    """
    ids = UniqueIds()
    done_bytes = 0
    for path in paths:
        with open_binary(path) as raw:
            for item in iter_file(raw, path, fmt, several=len(paths) > 1):
                if isinstance(item, RecordError):
                    on_error(item)
                elif isinstance(item, Skipped):
                    if on_skip is not None:
                        on_skip(item)
                else:
                    duplicate = ids.check(item)
                    if duplicate is None:
                        yield item
                    else:
                        on_error(duplicate)
                if on_progress is not None:
                    on_progress(done_bytes + raw.tell())
        done_bytes += file_size(path)


class UniqueIds:
    """Refuses a transcript id seen before, naming where it was first used."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, int]] = {}

    def check(self, t: Transcript) -> RecordError | None:
        return self.check_id(t.record.id, t.source, t.record.line)

    def check_id(self, record_id: str, source: str, line: int) -> RecordError | None:
        first = self._seen.get(record_id)
        if first is None:
            self._seen[record_id] = (source, line)
            return None
        where = f"line {first[1]}" if first[0] == source else f"{first[0]}:{first[1]}"
        return RecordError(
            source, line, "id", f'duplicate id "{record_id}" (first used on {where})'
        )


def iter_file(raw: BinaryIO, path: str, fmt: str, *, several: bool = False) -> Iterator[Item]:
    """Every entry of one input file, in order. `several`: ids default to ``name:line``."""
    if fmt not in FORMATS:
        raise AuditError(f"unknown format {fmt!r}; choose from {FORMATS}")
    name = path.rsplit("/", 1)[-1]

    def default_id(line: int) -> str:
        return f"{name}:{line}" if several else str(line)

    if path.endswith(".parquet"):
        for line, row in _parquet_rows(raw, path):
            yield from parse_value(row, fmt, path=path, line=line, default_id=default_id)
        return
    stream = _decompressed(raw, path)
    lines = enumerate(stream, 1)
    seen_value = False
    while True:
        try:
            line, blob = next(lines)
        except StopIteration:
            return
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise RecordError(path, None, None, f"corrupt gzip data: {exc}") from exc
        if line == 1:
            blob = blob.removeprefix(_BOM)
        try:
            text = blob.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield RecordError(
                path,
                line,
                None,
                f"not valid UTF-8 (byte 0x{blob[exc.start]:02x} at offset {exc.start} of the line)",
            )
            continue
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            document = None if seen_value else _as_document(blob, stream, path)
            if document is not None:
                yield from parse_value(document, fmt, path=path, line=line, default_id=default_id)
                return
            yield RecordError(path, line, None, f"not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        seen_value = True
        yield from parse_value(obj, fmt, path=path, line=line, default_id=default_id)


def _decompressed(raw: BinaryIO, path: str) -> BinaryIO:
    if path.endswith(".gz"):
        return cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb"))
    return raw


def _as_document(first: bytes, stream: BinaryIO, path: str) -> Any:
    """A ``.json`` file holding one pretty-printed document (e.g. an OTLP export), or None."""
    if not path.removesuffix(".gz").endswith(".json"):
        return None
    try:
        return json.loads(first + stream.read())
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


def _parquet_rows(raw: BinaryIO, path: str) -> Iterator[tuple[int, dict[str, Any]]]:
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


# ----- one record -------------------------------------------------------------------------------


def parse_value(
    obj: Any, fmt: str, *, path: str, line: int, default_id: Callable[[int], str]
) -> list[Item]:
    """The entries one decoded line (or Parquet row) holds; errors are returned, not raised."""
    try:
        if fmt == "otel":
            return list(_otel(obj, path, line, default_id))
        if fmt == "openai":
            return [_openai(obj, path, line, default_id)]
        return [_prompt(obj, path, line, default_id)]
    except RecordError as err:
        return [err]


def _prompt(obj: Any, path: str, line: int, default_id: Callable[[int], str]) -> Transcript:
    if isinstance(obj, dict) and "id" not in obj:
        obj = {**obj, "id": default_id(line)}
    record = parse_record(obj, line=line, path=path)
    return Transcript(record, path, _timestamp(obj))


def _timestamp(obj: Any, *more: Any) -> str | None:
    for holder in (obj, *more):
        if isinstance(holder, dict):
            for key in _TIME_KEYS:
                if key in holder:
                    return iso_time(holder[key])
    return None


def _openai(obj: Any, path: str, line: int, default_id: Callable[[int], str]) -> Transcript:
    def fail(field: str | None, reason: str) -> RecordError:
        return RecordError(path, line, field, reason)

    if not isinstance(obj, dict):
        raise fail(None, f"expected a JSON object, got {type(obj).__name__}")
    if "messages" in obj:
        record_id = obj.get("id", default_id(line))
        record = parse_record({"id": record_id, "messages": obj["messages"]}, line=line, path=path)
        response_id = obj.get("response_id")
        return Transcript(
            record,
            path,
            _timestamp(obj),
            response_id if isinstance(response_id, str) else None,
        )
    if "request" not in obj or "response" not in obj:
        raise fail(
            "messages",
            'missing (an OpenAI chat log line has "messages", or "request" and "response")',
        )
    request, response = (
        _body(obj["request"], "request", fail),
        _body(obj["response"], "response", fail),
    )
    messages = request.get("messages")
    if not isinstance(messages, list):
        raise fail("request.messages", "missing or not an array")
    choices = response.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise fail("response.choices", "missing or empty")
    answer = choices[0].get("message")
    if not isinstance(answer, dict):
        raise fail("response.choices[0].message", "missing or not an object")
    answer = {"role": "assistant", **answer}
    if not _has_text(answer):
        answer = None  # a tool call only: the prompt can still be audited, the answer not
    response_id = response.get("id") if isinstance(response.get("id"), str) else None
    record_id = next(
        (obj[k] for k in ("id", "custom_id") if k in obj),
        response_id if response_id is not None else default_id(line),
    )
    full = [*messages, answer] if answer is not None else messages
    try:
        record = parse_record({"id": record_id, "messages": full}, line=line, path=path)
    except RecordError as err:
        field = err.field or ""
        answer_key = f"messages[{len(messages)}]"
        if answer is not None and field.startswith(answer_key):
            field = "response.choices[0].message" + field[len(answer_key) :]
        elif field.startswith("messages"):
            field = "request." + field
        raise fail(field or None, err.reason) from None
    return Transcript(record, path, _timestamp(obj, response), response_id)


def _body(value: Any, name: str, fail: Callable[[str | None, str], RecordError]) -> dict[str, Any]:
    if isinstance(value, dict) and isinstance(value.get("body"), dict):
        value = value["body"]
    if not isinstance(value, dict):
        raise fail(name, "must be an object")
    return value


def _has_text(message: dict[str, Any]) -> bool:
    """False for an answer that is only a tool call (no content, no refusal)."""
    return message.get("content") not in (None, "") or bool(message.get("refusal"))


# ----- OpenTelemetry ----------------------------------------------------------------------------


def _otel(obj: Any, path: str, line: int, default_id: Callable[[int], str]) -> Iterator[Item]:
    if not isinstance(obj, dict):
        raise RecordError(path, line, None, f"expected a JSON object, got {type(obj).__name__}")
    if "resourceSpans" not in obj:
        yield _span(obj, "", path, line, default_id(line))
        return
    k = 0
    for i, resource in enumerate(obj.get("resourceSpans") or []):
        scopes = (resource or {}).get("scopeSpans") or (resource or {}).get(
            "instrumentationLibrarySpans"
        )
        for j, scope in enumerate(scopes or []):
            for n, span in enumerate((scope or {}).get("spans") or []):
                k += 1
                where = f"resourceSpans[{i}].scopeSpans[{j}].spans[{n}]."
                yield _span(span, where, path, line, f"{default_id(line)}.{k}")


def _span(span: Any, where: str, path: str, line: int, fallback_id: str) -> Item:
    def fail(field: str, reason: str) -> RecordError:
        return RecordError(path, line, where + field, reason)

    if not isinstance(span, dict):
        return RecordError(path, line, where.rstrip(".") or None, "a span must be an object")
    attrs = attributes(span.get("attributes"))
    operation = attrs.get("gen_ai.operation.name")
    if "gen_ai.input.messages" not in attrs:
        return Skipped(path, line, "span without gen_ai.input.messages")
    if operation is not None and operation not in _MODEL_CALLS:
        return Skipped(path, line, f"span of operation {operation!r}")
    context = span["context"] if isinstance(span.get("context"), dict) else {}
    trace_id = hex_id(span.get("traceId") or context.get("trace_id"))
    span_id = hex_id(span.get("spanId") or context.get("span_id"))
    response_id = attrs.get("gen_ai.response.id")
    response_id = response_id if isinstance(response_id, str) else None
    try:
        messages = []
        if "gen_ai.system_instructions" in attrs:
            parts = _json_attr(attrs, "gen_ai.system_instructions", fail)
            text = _parts_text(parts, "gen_ai.system_instructions", fail)
            if text:
                messages.append({"role": "system", "content": text})
        inputs = _json_attr(attrs, "gen_ai.input.messages", fail)
        for n, message in enumerate(inputs):
            messages.append(_otel_message(message, f"gen_ai.input.messages[{n}]", fail))
        if "gen_ai.output.messages" in attrs:
            outputs = _json_attr(attrs, "gen_ai.output.messages", fail)
            answers = [m for m in outputs if isinstance(m, dict) and m.get("role") == "assistant"]
            if answers:
                index = outputs.index(answers[0])
                answer = _otel_message(answers[0], f"gen_ai.output.messages[{index}]", fail)
                if answer["content"]:  # a tool call only: nothing to score as the answer
                    messages.append(answer)
        record_id = span_id or response_id or fallback_id
        record = parse_record({"id": record_id, "messages": messages}, line=line, path=path)
    except RecordError as err:
        if err.field is not None and err.field.startswith("messages"):
            return fail("gen_ai.input.messages", err.reason)
        return err
    timestamp = iso_time(span.get("startTimeUnixNano") or span.get("start_time"))
    return Transcript(record, path, timestamp, response_id, trace_id, span_id)


def _json_attr(
    attrs: dict[str, Any], key: str, fail: Callable[[str, str], RecordError]
) -> list[Any]:
    """A GenAI attribute holding JSON: a string (the usual encoding) or already decoded."""
    value = attrs[key]
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise fail(key, f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(value, list):
        raise fail(key, f"must be an array, got {type(value).__name__}")
    return value


def _otel_message(
    message: Any, field: str, fail: Callable[[str, str], RecordError]
) -> dict[str, str]:
    if not isinstance(message, dict):
        raise fail(field, "a message must be an object")
    role = message.get("role")
    if not isinstance(role, str) or not role:
        raise fail(f"{field}.role", "missing or not a string")
    if "parts" not in message and isinstance(message.get("content"), str):
        return {"role": role, "content": message["content"]}  # pre-parts exporters
    return {"role": role, "content": _parts_text(message.get("parts"), f"{field}.parts", fail)}


def _parts_text(parts: Any, field: str, fail: Callable[[str, str], RecordError]) -> str:
    """Text a model read: text parts and tool results, joined; tool calls and reasoning left out."""
    if not isinstance(parts, list):
        raise fail(field, "must be an array of parts")
    texts = []
    for q, part in enumerate(parts):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text":
            content = part.get("content")
            if not isinstance(content, str):
                raise fail(f"{field}[{q}].content", "missing or not a string")
            texts.append(content)
        elif kind == "tool_call_response":
            response = part.get("response")
            texts.append(response if isinstance(response, str) else json.dumps(response))
        elif kind not in _UNRENDERED_PARTS:
            raise fail(f"{field}[{q}].type", f"{kind!r} parts cannot be rendered as text")
    return "".join(texts)
