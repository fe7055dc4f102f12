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
- ``otel``: OpenTelemetry GenAI telemetry: spans, log records and legacy message events, in
  OTLP/JSON exports or as the SDK console exporters print them, joined by trace and span id
  (`mad.audit.otel_read`). Entries that are not a model call with messages (HTTP spans, tool
  calls, unrelated logs, calls whose content was not captured) are skipped and counted by
  reason, not errors.

Files (`mad.audit.lines`) may be ``.jsonl``/``.ndjson``/``.json`` (optionally ``.gz``; values one
per line or pretty-printed) or ``.parquet`` (one record per row; needs pyarrow). Ids: the
record's ``id`` (OpenAI: else the ``custom_id``, else the response id; spans: the span id, else
the response id), else the line number, prefixed with the file name when several files are
read. A bad line or span becomes a `RecordError` naming file, line and field; reading goes on.

How each logged answer ended (``finish_reason``, ``stop_reason``, the request's stop strings) is
read into `Transcript.end` (`mad.audit.ends`), so an answer cut by ``max_tokens`` or a stop
string is scored without an EOS it never had.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO

from mad.audit.ends import MISSING, completion_end, eos_fields, record_end
from mad.audit.errors import AuditError
from mad.audit.lines import (
    READ_ERRORS,
    SUFFIXES,
    expand_inputs,
    file_size,
    is_uri,
    iter_values,
    open_binary,
)
from mad.audit.otel import iso_time
from mad.audit.otel_read import OtelIndex, otel_items
from mad.audit.transcripts import Item, Skipped, Transcript, UniqueIds
from mad.records import RecordError, parse_record

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "Item",
    "OtelIndex",
    "Skipped",
    "Transcript",
    "UniqueIds",
    "build_index",
    "classify",
    "detect_format",
    "expand_inputs",
    "file_size",
    "is_uri",
    "iter_file",
    "open_binary",
    "read_transcripts",
]

FORMATS = ("openai", "prompt", "otel")
_TIME_KEYS = ("timestamp", "created_at", "created", "time")


# ----- format detection -------------------------------------------------------------------------


def detect_format(paths: Sequence[str]) -> str:
    """The format of the first readable record, or an `AuditError` saying why there is none.

    Unreadable values before it are passed over here (the audit reports each as an error row),
    so one poisoned first line does not stop the audit.
    """
    path = paths[0]
    first_error: RecordError | None = None
    with open_binary(path) as raw:
        try:
            for value in iter_values(raw, path):
                if not isinstance(value, RecordError):
                    break
                first_error = first_error or value
            else:
                value = None
        except RecordError as err:
            raise AuditError(f"{err}; cannot tell the log format") from None
    if value is None:
        if first_error is not None:
            raise AuditError(
                f"{first_error}; cannot tell the log format: no readable record in the first "
                "file; pass --format openai, prompt or otel"
            )
        raise AuditError(f"{path}: no records, cannot tell the log format")
    line, obj = value
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
    otel_keys = {
        "traceId",
        "spanId",
        "trace_id",
        "span_id",
        "context",
        "startTimeUnixNano",
        "start_time",
        "observedTimeUnixNano",
        "observed_timestamp",
    }
    if keys & {"resourceSpans", "resourceLogs"} or ("attributes" in keys and keys & otel_keys):
        return "otel"
    if "prompt" in keys:
        return "prompt"
    if "messages" in keys or "request" in keys:
        return "openai"
    return None


# ----- reading ----------------------------------------------------------------------------------


def build_index(paths: Sequence[str]) -> OtelIndex:
    """The first pass over OTel inputs: which spans and log records belong to one call."""
    index = OtelIndex()
    for path in paths:
        with open_binary(path) as raw:
            index_stream(index, raw, path)
    return index


def index_stream(index: OtelIndex, raw: BinaryIO, path: str) -> None:
    try:
        for value in iter_values(raw, path):
            if not isinstance(value, RecordError):
                index.add(value[1], path, value[0])
    except RecordError:
        return  # a damaged gzip stream: the second pass reports it


def read_transcripts(
    paths: Sequence[str],
    fmt: str,
    *,
    on_error: Callable[[RecordError], None],
    on_skip: Callable[[Skipped], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    index: OtelIndex | None = None,
) -> Iterator[Transcript]:
    """Stream transcripts from `paths` in order; bad entries go to `on_error`, ids stay unique.

    `on_progress` gets the number of input bytes (compressed bytes for ``.gz``) read so far.
    A damaged gzip stream raises `RecordError`: nothing after it can be read. OTel inputs are
    indexed first (`build_index`) unless `index` is given.
    """
    if fmt == "otel" and index is None:
        index = build_index(paths)
    ids = UniqueIds()
    done_bytes = 0
    for path in paths:
        with open_binary(path) as raw:
            for item in iter_file(raw, path, fmt, several=len(paths) > 1, index=index):
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


def iter_file(
    raw: BinaryIO,
    path: str,
    fmt: str,
    *,
    several: bool = False,
    index: OtelIndex | None = None,
) -> Iterator[Item]:
    """Every entry of one input file, in order. `several`: ids default to ``name:line``.

    OTel entries are joined through `index` (built from this file alone when not given).
    """
    if fmt not in FORMATS:
        raise AuditError(f"unknown format {fmt!r}; choose from {FORMATS}")
    if fmt == "otel" and index is None:
        index = OtelIndex()
        index_stream(index, raw, path)
        raw.seek(0)
    name = path.rsplit("/", 1)[-1]

    def default_id(line: int) -> str:
        return f"{name}:{line}" if several else str(line)

    for value in iter_values(raw, path):
        if isinstance(value, RecordError):
            yield value
            continue
        line, obj = value
        yield from parse_value(obj, fmt, path=path, line=line, default_id=default_id, index=index)


# ----- one record -------------------------------------------------------------------------------


def parse_value(
    obj: Any,
    fmt: str,
    *,
    path: str,
    line: int,
    default_id: Callable[[int], str],
    index: OtelIndex | None = None,
) -> list[Item]:
    """The entries one decoded line (or Parquet row) holds; errors are returned, not raised.

    Whatever a malformed entry makes a reader trip on becomes an error of its line, never a
    crash of the audit.
    """
    try:
        if fmt == "otel":
            return list(otel_items(obj, path, line, default_id, index or OtelIndex()))
        if fmt == "openai":
            return [_openai(obj, path, line, default_id)]
        return [_prompt(obj, path, line, default_id)]
    except RecordError as err:
        return [err]
    except READ_ERRORS as exc:
        what = str(exc).split(";")[0][:200]
        return [
            RecordError(path, line, None, f"cannot read this entry ({type(exc).__name__}: {what})")
        ]


def _prompt(obj: Any, path: str, line: int, default_id: Callable[[int], str]) -> Transcript:
    end = None
    if isinstance(obj, dict):
        if "id" not in obj:
            obj = {**obj, "id": default_id(line)}
        if "completion" in obj:
            end = record_end(obj)
            obj = {**obj, **eos_fields(end)}
    record = parse_record(obj, line=line, path=path)
    return Transcript(record, path, _timestamp(obj), end=end)


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
        end = None
        if record.messages is not None and record.messages[-1].role == "assistant":
            end = record_end(obj)
            if eos_fields(end):
                record = parse_record(
                    {"id": record_id, "messages": obj["messages"], **eos_fields(end)},
                    line=line,
                    path=path,
                )
        response_id = obj.get("response_id")
        return Transcript(
            record,
            path,
            _timestamp(obj),
            response_id if isinstance(response_id, str) else None,
            end=end,
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
    end = None
    if not _has_text(answer):
        answer = None  # a tool call only: the prompt can still be audited, the answer not
    else:
        choice = choices[0]
        end = completion_end(
            choice.get("finish_reason", MISSING),
            stop_reason=choice.get("stop_reason", MISSING),
            stop=request.get("stop"),  # a logged request without stop asked for none
        )
    response_id = response.get("id") if isinstance(response.get("id"), str) else None
    record_id = next(
        (obj[k] for k in ("id", "custom_id") if k in obj),
        response_id if response_id is not None else default_id(line),
    )
    full = [*messages, answer] if answer is not None else messages
    try:
        record = parse_record(
            {"id": record_id, "messages": full, **eos_fields(end)}, line=line, path=path
        )
    except RecordError as err:
        field = err.field or ""
        answer_key = f"messages[{len(messages)}]"
        if answer is not None and field.startswith(answer_key):
            field = "response.choices[0].message" + field[len(answer_key) :]
        elif field.startswith("messages"):
            field = "request." + field
        raise fail(field or None, err.reason) from None
    return Transcript(record, path, _timestamp(obj, response), response_id, end=end)


def _body(value: Any, name: str, fail: Callable[[str | None, str], RecordError]) -> dict[str, Any]:
    if isinstance(value, dict) and isinstance(value.get("body"), dict):
        value = value["body"]
    if not isinstance(value, dict):
        raise fail(name, "must be an object")
    return value


def _has_text(message: dict[str, Any]) -> bool:
    """False for an answer that is only a tool call (no content, no refusal)."""
    return message.get("content") not in (None, "") or bool(message.get("refusal"))
