"""Reading GenAI exchanges from OpenTelemetry exports, as the instrumentations really write them.

Where the messages of one model call live depends on the instrumentation and its content mode
(``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT``):

- ``span_only``: on the span, as ``gen_ai.input.messages`` / ``gen_ai.output.messages`` /
  ``gen_ai.system_instructions`` (JSON strings of parts-based messages);
- ``event_only``: on a log record (event ``gen_ai.client.inference.operation.details``) carrying
  the same attributes as structured values, with the span's trace and span ids; the span has none;
- ``span_and_event``: both (the exchange is read once);
- older instrumentations (``true``): one log record per message, events ``gen_ai.{role}.message``
  and ``gen_ai.choice`` with the text in the body, linked to the span by its ids;
- ``true`` on a newer instrumentation captures nothing: such spans are skipped, and the reason
  says which value to set.

Spans and log records may be OTLP/JSON (``resourceSpans`` / ``resourceLogs``, hex ids as the
Collector writes them or base64 ids as protobuf's JSON mapping does) or the SDK console
exporters' objects, in any number of files. A first pass (`OtelIndex`) links what belongs to one
call by trace and span id: the span's start time, request stop strings and response id, which
entry holds the messages first (that one becomes the transcript, at its file and line), and the
legacy message events of each call. The second pass (`otel_items`) turns entries into transcripts
or says why they are skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from mad.audit.ends import MISSING, completion_end, eos_fields
from mad.audit.lines import READ_ERRORS
from mad.audit.otel import any_value, attributes, hex_id, iso_time
from mad.audit.transcripts import Item, Skipped, Transcript
from mad.records import RecordError, parse_record

# gen_ai.operation.name values that are one model call with messages; others are skipped.
MODEL_CALLS = frozenset({"chat", "text_completion", "generate_content"})
DETAILS_EVENT = "gen_ai.client.inference.operation.details"
NO_CONTENT = (
    "GenAI call without message content: set OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="
    "span_only, event_only or span_and_event (older instrumentations: true)"
)
NOT_GENAI_SPAN = "span that is not a GenAI call"
UNLINKED_EVENT = "GenAI message event without trace and span ids (cannot be joined to its call)"
_LEGACY = re.compile(r"gen_ai\.(?P<role>\w+)\.message|gen_ai\.choice")
# Parts that carry no text the model reads as the message (like OpenAI's tool_calls key).
_UNRENDERED_PARTS = frozenset(
    {"tool_call", "server_tool_call", "server_tool_call_response", "reasoning"}
)

Key = tuple[str, str]  # (trace id, span id), lowercase hex
Position = tuple[str, int, int]  # (file, line, entry number within the line)


@dataclass
class Entry:
    """One span or log record, decoded whichever exporter wrote it."""

    kind: str  # "span" or "log"
    where: str  # its place in the line's value, for error fields ("" for a flat object)
    number: int  # 1-based, within the line's value
    raw: dict[str, Any]
    attrs: dict[str, Any]
    trace_id: str | None
    span_id: str | None

    @property
    def key(self) -> Key | None:
        return (self.trace_id, self.span_id) if self.trace_id and self.span_id else None

    @property
    def time(self) -> str | None:
        r = self.raw
        if self.kind == "span":
            return iso_time(r.get("startTimeUnixNano") or r.get("start_time"))
        for name in ("timeUnixNano", "timestamp", "observedTimeUnixNano", "observed_timestamp"):
            stamp = iso_time(r.get(name))
            if stamp is not None and stamp != "1970-01-01T00:00:00.000000Z":
                return stamp
        return None

    @property
    def event(self) -> str | None:
        raw = self.raw
        name = raw.get("eventName") or raw.get("event_name") or self.attrs.get("event.name")
        return name if isinstance(name, str) and name else None

    @property
    def has_messages(self) -> bool:
        return "gen_ai.input.messages" in self.attrs

    @property
    def legacy_role(self) -> str | None:
        """``user``, ``assistant``, ... for a legacy message event, ``choice`` for the answer."""
        match = _LEGACY.fullmatch(self.event or "") if self.kind == "log" else None
        if match is None:
            return None
        return match["role"] or "choice"


@dataclass
class Call:
    """What the index knows about one model call (one span id)."""

    start: str | None = None
    response_id: str | None = None
    stop: Any = MISSING  # the request's stop strings as the span records them
    owner: Position | None = None  # the first entry holding its messages
    events: list[tuple[str, Any]] = field(default_factory=list)  # legacy (role, body), in order


def entries(obj: Any) -> Iterator[Entry]:
    """The spans and log records of one decoded value (an OTLP export or one flat object)."""
    if not isinstance(obj, dict):
        return
    number = 0
    if "resourceSpans" in obj or "resourceLogs" in obj:
        for kind, top, scopes, items in (
            ("span", "resourceSpans", ("scopeSpans", "instrumentationLibrarySpans"), "spans"),
            ("log", "resourceLogs", ("scopeLogs", "instrumentationLibraryLogs"), "logRecords"),
        ):
            for i, resource in enumerate(_list(obj.get(top))):
                scope_name = next((s for s in scopes if s in resource), scopes[0])
                for j, scope in enumerate(_list(resource.get(scope_name))):
                    for n, raw in enumerate(scope.get(items) or []):
                        number += 1
                        where = f"{top}[{i}].{scope_name}[{j}].{items}[{n}]"
                        yield _entry(kind, where, number, raw)
        return
    yield _entry("log" if _is_log(obj) else "span", "", 1, obj)


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _is_log(obj: dict[str, Any]) -> bool:
    """A flat log record (console or OTLP) rather than a span."""
    if "startTimeUnixNano" in obj or "start_time" in obj:
        return False
    log_keys = {"body", "observedTimeUnixNano", "observed_timestamp", "eventName", "event_name"}
    return bool(log_keys & set(obj)) or "severity_number" in obj or "severityNumber" in obj


def _entry(kind: str, where: str, number: int, raw: Any) -> Entry:
    if not isinstance(raw, dict):
        raw = {}
    context = raw["context"] if isinstance(raw.get("context"), dict) else {}
    trace = raw.get("traceId") or raw.get("trace_id") or context.get("trace_id")
    span = raw.get("spanId") or raw.get("span_id") or context.get("span_id")
    return Entry(
        kind, where, number, raw, attributes(raw.get("attributes")), hex_id(trace), hex_id(span)
    )


# ----- the first pass ---------------------------------------------------------------------------


class OtelIndex:
    """Model calls by trace and span id, gathered over every input before any is read for real."""

    def __init__(self) -> None:
        self.calls: dict[Key, Call] = {}

    def add(self, obj: Any, path: str, line: int) -> None:
        """Index the entries of one decoded value (bad entries are left to the second pass)."""
        try:
            self._add(obj, path, line)
        except READ_ERRORS:
            return  # what the second pass reports as this line's error

    def _add(self, obj: Any, path: str, line: int) -> None:
        for entry in entries(obj):
            key = entry.key
            if key is None:
                continue
            call = self.calls.setdefault(key, Call())
            here = (path, line, entry.number)
            if entry.kind == "span":
                call.start = entry.time
                response_id = entry.attrs.get("gen_ai.response.id")
                call.response_id = response_id if isinstance(response_id, str) else None
                if "gen_ai.request.stop_sequences" in entry.attrs:
                    call.stop = entry.attrs["gen_ai.request.stop_sequences"]
            role = entry.legacy_role
            if role is not None:
                call.events.append((role, any_value(entry.raw.get("body"))))
            if call.owner is None and (entry.has_messages or role is not None):
                call.owner = here


# ----- the second pass --------------------------------------------------------------------------


def otel_items(
    obj: Any, path: str, line: int, default_id: Callable[[int], str], index: OtelIndex
) -> Iterator[Item]:
    """Transcripts, `Skipped` entries and `RecordError`s of one decoded value, in order."""
    if not isinstance(obj, dict):
        yield RecordError(path, line, None, f"expected a JSON object, got {type(obj).__name__}")
        return
    several = "resourceSpans" in obj or "resourceLogs" in obj
    for entry in entries(obj):
        fallback = f"{default_id(line)}.{entry.number}" if several else default_id(line)
        call = index.calls.get(entry.key) if entry.key is not None else None
        owner = call is None or call.owner == (path, line, entry.number)

        def skip(reason: str, entry: Entry = entry) -> Skipped:
            return Skipped(path, line, reason, entry.where or None)

        if not entry.raw:
            where = entry.where or None
            yield RecordError(path, line, where, "a span or log record must be an object")
            continue
        operation = entry.attrs.get("gen_ai.operation.name")
        if operation is not None and operation not in MODEL_CALLS:
            yield skip(f"{entry.kind} of operation {operation!r}")
            continue
        role = entry.legacy_role
        if role is not None:
            if call is None:
                yield skip(UNLINKED_EVENT)
            elif owner:
                yield _legacy(entry, call, path, line, fallback) or skip(NO_CONTENT)
            continue  # later events of a call were read with its first one
        if entry.has_messages:
            if owner:
                yield _from_attrs(entry, call, path, line, fallback)
            continue  # span_and_event: the same exchange, already read
        if entry.kind == "span":
            if operation is None:
                yield skip(NOT_GENAI_SPAN)
            elif call is None or call.owner is None:
                yield skip(NO_CONTENT)
            continue  # its messages are in a log record, read there
        if entry.event == DETAILS_EVENT:
            yield skip(NO_CONTENT)
        else:
            event = entry.event
            yield skip(f"log record of event {event!r}" if event else "log record without an event")


def _from_attrs(
    entry: Entry, call: Call | None, path: str, line: int, fallback: str
) -> Transcript | RecordError:
    """A span's or details event's messages (semantic conventions) as a transcript."""

    def fail(name: str, reason: str) -> RecordError:
        prefix = f"{entry.where}." if entry.where else ""
        return RecordError(path, line, prefix + name, reason)

    try:
        messages, end = _semconv_messages(entry.attrs, fail)
    except RecordError as err:
        return err
    response_id = entry.attrs.get("gen_ai.response.id")
    response_id = response_id if isinstance(response_id, str) else None
    start = call.start if call is not None and call.start else entry.time
    return _transcript(messages, end, path, line, entry, fallback, start, response_id, fail)


def _semconv_messages(
    attrs: dict[str, Any], fail: Callable[[str, str], RecordError]
) -> tuple[list[dict[str, str]], str | None]:
    """The chat (system instructions, inputs, first answer) and how the answer ended."""
    messages = []
    end = None
    if "gen_ai.system_instructions" in attrs:
        parts = _json_attr(attrs, "gen_ai.system_instructions", fail)
        text = _parts_text(parts, "gen_ai.system_instructions", fail)
        if text:
            messages.append({"role": "system", "content": text})
    for n, message in enumerate(_json_attr(attrs, "gen_ai.input.messages", fail)):
        messages.append(_message(message, f"gen_ai.input.messages[{n}]", fail))
    if "gen_ai.output.messages" in attrs:
        outputs = _json_attr(attrs, "gen_ai.output.messages", fail)
        answers = [m for m in outputs if isinstance(m, dict) and m.get("role") == "assistant"]
        if answers:
            index = outputs.index(answers[0])
            answer = _message(answers[0], f"gen_ai.output.messages[{index}]", fail)
            if answer["content"]:  # a tool call only: nothing to score as the answer
                messages.append(answer)
                reasons = attrs.get("gen_ai.response.finish_reasons")
                finish = answers[0].get(
                    "finish_reason", reasons[0] if isinstance(reasons, list) and reasons else None
                )
                stop = attrs.get("gen_ai.request.stop_sequences")  # recorded whenever one is set
                end = completion_end(finish, stop=stop)
    return messages, end


def _legacy(
    entry: Entry, call: Call, path: str, line: int, fallback: str
) -> Transcript | RecordError | None:
    """A call's legacy message events (``gen_ai.{role}.message``, ``gen_ai.choice``) joined;
    None when the events hold no text (content capture was off)."""

    def fail(name: str, reason: str) -> RecordError:
        return RecordError(path, line, f"{entry.event}.{name}", reason)

    messages: list[dict[str, Any]] = []
    choices: list[tuple[int, dict[str, Any]]] = []
    for role, body in call.events:
        body = body if isinstance(body, dict) else {}
        if role == "choice":
            index = body.get("index", 0)
            choices.append((index if isinstance(index, int) else 0, body))
        elif "content" in body or body.get("tool_calls"):
            content = body.get("content")
            messages.append({"role": body.get("role", role), "content": content or ""})
        else:
            return None
    end = None
    if choices:
        _, choice = min(choices, key=lambda c: c[0])
        message = choice.get("message") if isinstance(choice.get("message"), dict) else {}
        content = message.get("content")
        if content:
            messages.append({"role": "assistant", "content": content})
            end = completion_end(choice.get("finish_reason"), stop=call.stop)
    start = call.start or entry.time
    return _transcript(messages, end, path, line, entry, fallback, start, call.response_id, fail)


def _transcript(
    messages: list[dict[str, Any]],
    end: str | None,
    path: str,
    line: int,
    entry: Entry,
    fallback: str,
    start: str | None,
    response_id: str | None,
    fail: Callable[[str, str], RecordError],
) -> Transcript | RecordError:
    record_id = entry.span_id or response_id or fallback
    obj = {"id": record_id, "messages": messages, **eos_fields(end)}
    try:
        record = parse_record(obj, line=line, path=path)
    except RecordError as err:
        if err.field is not None and err.field.startswith("messages"):
            return fail("gen_ai.input.messages", err.reason)
        return err
    return Transcript(record, path, start, response_id, entry.trace_id, entry.span_id, end)


def _json_attr(
    attrs: dict[str, Any], key: str, fail: Callable[[str, str], RecordError]
) -> list[Any]:
    """A GenAI attribute holding JSON: a string (spans) or structured values (log records)."""
    value = attrs[key]
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except (json.JSONDecodeError, RecursionError) as exc:
            what = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            raise fail(key, f"not valid JSON: {what}") from None
    if not isinstance(value, list):
        raise fail(key, f"must be an array, got {type(value).__name__}")
    return value


def _message(message: Any, name: str, fail: Callable[[str, str], RecordError]) -> dict[str, str]:
    if not isinstance(message, dict):
        raise fail(name, "a message must be an object")
    role = message.get("role")
    if not isinstance(role, str) or not role:
        raise fail(f"{name}.role", "missing or not a string")
    if "parts" not in message and isinstance(message.get("content"), str):
        return {"role": role, "content": message["content"]}  # pre-parts exporters
    return {"role": role, "content": _parts_text(message.get("parts"), f"{name}.parts", fail)}


def _parts_text(parts: Any, name: str, fail: Callable[[str, str], RecordError]) -> str:
    """Text a model read: text parts and tool results, joined; tool calls and reasoning left out."""
    if not isinstance(parts, list):
        raise fail(name, "must be an array of parts")
    texts = []
    for q, part in enumerate(parts):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text":
            content = part.get("content")
            if not isinstance(content, str):
                raise fail(f"{name}[{q}].content", "missing or not a string")
            texts.append(content)
        elif kind == "tool_call_response":
            response = part.get("response")
            texts.append(response if isinstance(response, str) else json.dumps(response))
        elif kind not in _UNRENDERED_PARTS:
            raise fail(f"{name}[{q}].type", f"{kind!r} parts cannot be rendered as text")
    return "".join(texts)
