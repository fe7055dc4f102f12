"""Reading and rendering the JSONL records every mad command takes as input.

Each non-blank line of the input is one JSON object in one of two shapes:

- ``{"id": ..., "prompt": "...", "completion": "..."}`` (``completion`` optional), or
- ``{"id": ..., "messages": [{"role": "...", "content": "..."}, ...]}``.

Messages follow the OpenAI chat format as real logs carry it: ``content`` may be a list of text
parts (``{"type": "text", "text": ...}``, joined without a separator as the serving API does), and
the OpenAI message keys ``name``, ``tool_calls``, ``tool_call_id``, ``function_call``, ``refusal``,
``annotations`` and ``audio`` are accepted. Only role and content are rendered, so those keys do
not change what the model sees; an assistant turn that is only a tool call has empty content, and
one that is only a refusal has the refusal as content. Unknown keys and non-text parts (images,
audio, files) are refused, since they would be silently lost.

``id`` is optional and defaults to the 1-based physical line number; ids must be unique within a
file because later tools resume work by id. Any other fields are kept, untouched, in
``Record.meta``. Blank and whitespace-only lines are skipped, but line numbers stay physical so
error messages point at the right line in an editor. Files ending in ``.gz`` are read through
gzip, and a UTF-8 byte-order mark at the start of the file is ignored.

Validation here is structural, plus what any later step would choke on: text must be valid
Unicode (a JSON ``\\ud800`` escape decodes to a lone surrogate no tokenizer or UTF-8 writer
accepts), and JSON that Python cannot represent (an integer of thousands of digits, nesting
deeper than the interpreter's recursion limit) is refused per line like any other bad JSON.
Whether a prompt fits the model's context window needs the tokenizer, so it is checked before
capture (`mad.features.check_lengths`), naming the record's file, line and id.
"""

from __future__ import annotations

import errno
import gzip
import json
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mad.errors import MadError

__all__ = [
    "PLAIN_TEMPLATE_DOC",
    "Message",
    "Record",
    "RecordError",
    "Rendered",
    "canonical_role",
    "json_error_reason",
    "parse_record",
    "read_records",
    "records_from_prompts",
    "render",
]

PLAIN_TEMPLATE_DOC = (
    "When the tokenizer has no chat template, a messages record is rendered as plain text: each "
    'message becomes a line "{role}: {content}" (ending in a newline), and the prompt ends with '
    '"assistant:" so the model continues as the assistant. If the last message has role '
    '"assistant", it is not part of the prompt but becomes the completion, with a single space '
    'prepended unless it already starts with whitespace (so it reads "assistant: ..."). For '
    'example, a user message "Hi" followed by an assistant reply "Hello!" gives the prompt '
    '"user: Hi\\nassistant:" and the completion " Hello!".'
)

_BOM = b"\xef\xbb\xbf"
_RECORD_KEYS = ("id", "prompt", "completion", "messages")
_MESSAGE_KEYS = frozenset({"role", "content"})
# Keys real OpenAI chat messages carry besides role and content; accepted, not rendered.
_OPENAI_MESSAGE_KEYS = frozenset(
    {"name", "tool_calls", "tool_call_id", "function_call", "refusal", "annotations", "audio"}
)
# Content part types that are text (the key holding the text): a refusal is what the model said.
_TEXT_PARTS = {"text": "text", "refusal": "refusal"}


class RecordError(MadError):
    """A bad input line, e.g. ``data.jsonl:7: field "prompt": must be a string, got int``.

    The parts are kept as attributes so callers (e.g. the offline audit's errors file) can report
    them as data rather than parsing the message.
    """

    path: str
    line: int | None
    field: str | None
    reason: str

    def __init__(self, path: str, line: int | None, field: str | None, reason: str) -> None:
        # All parts go into args so the exception pickles (errors may cross process boundaries).
        super().__init__(path, line, field, reason)
        self.path = path
        self.line = line
        self.field = field
        self.reason = reason

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        what = self.reason if self.field is None else f'field "{self.field}": {self.reason}'
        return f"{where}: {what}"


@dataclass(frozen=True)
class Message:
    """One chat turn."""

    role: str
    content: str


@dataclass(frozen=True)
class Record:
    """One validated input line; exactly one of ``prompt`` and ``messages`` is set."""

    id: str
    line: int
    prompt: str | None
    completion: str | None
    messages: tuple[Message, ...] | None
    # Excluded from hashing (a dict is unhashable) but still compared; a plain dict keeps records
    # picklable for worker processes.
    meta: Mapping[str, Any] = field(default_factory=dict, hash=False)
    # The file the record came from, for messages about it later (e.g. a prompt too long for the
    # model); not part of the record's identity.
    path: str = field(default="<memory>", compare=False)

    @property
    def where(self) -> str:
        """``file:line: record "id"``, how messages about this record start."""
        return f'{self.path}:{self.line}: record "{self.id}"'


@dataclass(frozen=True)
class Rendered:
    """The text the model sees: a prompt and, optionally, the completion that follows it."""

    prompt: str
    completion: str | None


def _type_name(value: Any) -> str:
    """JSON-flavoured type names, so messages describe the input file rather than Python."""
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return type(value).__name__


def parse_record(obj: Any, *, line: int, path: str = "<memory>") -> Record:
    """Validate one decoded JSON value and turn it into a ``Record``.

    Raises ``RecordError`` naming the offending field, so a user can fix the line directly.
    """

    def fail(field_name: str | None, reason: str) -> RecordError:
        return RecordError(path, line, field_name, reason)

    if not isinstance(obj, dict):
        raise fail(None, f"expected a JSON object, got {_type_name(obj)}")

    has_prompt, has_messages = "prompt" in obj, "messages" in obj
    if not has_prompt and not has_messages:
        raise fail("prompt", 'missing (each record needs "prompt" or "messages")')
    if has_prompt and has_messages:
        raise fail("messages", 'not allowed together with "prompt" (use one or the other)')

    raw_id = obj.get("id")
    if "id" not in obj:
        record_id = str(line)
    elif isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        raise fail("id", f"must be a string or an integer, got {_type_name(raw_id)}")
    elif raw_id == "":
        raise fail("id", "must be non-empty")
    else:
        record_id = str(raw_id)

    _check_unicode(fail, "id", record_id)
    meta = {k: v for k, v in obj.items() if k not in _RECORD_KEYS}

    if has_prompt:
        prompt = obj["prompt"]
        if not isinstance(prompt, str):
            raise fail("prompt", f"must be a string, got {_type_name(prompt)}")
        if not prompt.strip():
            raise fail("prompt", "must contain non-whitespace text")
        _check_unicode(fail, "prompt", prompt)
        completion = obj.get("completion")
        if "completion" in obj:
            if not isinstance(completion, str):
                raise fail("completion", f"must be a string, got {_type_name(completion)}")
            if completion == "":
                raise fail("completion", "must be non-empty (omit it for a prompt-only record)")
            _check_unicode(fail, "completion", completion)
        return Record(record_id, line, prompt, completion, None, meta, path)

    if "completion" in obj:
        # With messages, the completion is the final assistant turn; accepting a second one
        # would leave it ambiguous which text gets scored.
        raise fail("completion", 'not allowed with "messages" (end with an assistant message)')
    messages = _parse_messages(obj["messages"], fail)
    return Record(record_id, line, None, None, messages, meta, path)


def _check_unicode(fail: Callable[[str | None, str], RecordError], name: str, text: str) -> None:
    """Refuse text that is not valid Unicode (a lone surrogate from a JSON escape)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(text[exc.start])
        raise fail(
            name,
            f"contains a lone surrogate \\u{code:04x} at character {exc.start} (a JSON escape "
            "that is not valid Unicode text)",
        ) from None


def _parse_messages(
    raw: Any, fail: Callable[[str | None, str], RecordError]
) -> tuple[Message, ...]:
    if not isinstance(raw, list):
        raise fail("messages", f"must be an array of messages, got {_type_name(raw)}")
    if not raw:
        raise fail("messages", "must contain at least one message")
    messages = []
    for i, item in enumerate(raw):
        name = f"messages[{i}]"
        if not isinstance(item, dict):
            raise fail(name, f"must be an object, got {_type_name(item)}")
        if "role" not in item:
            raise fail(f"{name}.role", "missing")
        if not isinstance(item["role"], str):
            raise fail(f"{name}.role", f"must be a string, got {_type_name(item['role'])}")
        if not item["role"]:
            raise fail(f"{name}.role", "must be non-empty")
        extra = sorted(set(item) - _MESSAGE_KEYS - _OPENAI_MESSAGE_KEYS)
        if extra:
            # Unknown keys may carry text the model never sees; refuse rather than lose them.
            raise fail(
                f"{name}.{extra[0]}",
                'unexpected (messages take "role", "content" and the OpenAI chat message keys)',
            )
        content = _message_content(item, name, fail)
        _check_unicode(fail, f"{name}.role", item["role"])
        _check_unicode(fail, f"{name}.content", content)
        messages.append(Message(item["role"], content))

    context, completion = _split_completion(messages)
    if completion is not None and completion == "":
        raise fail(f"messages[{len(messages) - 1}].content", "final assistant message is empty")
    if not any(m.content.strip() for m in context):
        raise fail("messages", "the prompt part of the conversation has no non-empty content")
    return tuple(messages)


def _message_content(
    item: dict[str, Any], name: str, fail: Callable[[str | None, str], RecordError]
) -> str:
    """The text of one message: a string, or its text parts joined (as the serving API does)."""
    content = item.get("content")
    if content is None:
        # OpenAI logs an assistant turn that only calls a tool, or only refuses, with null content.
        refusal = item.get("refusal")
        if isinstance(refusal, str) and refusal:
            return refusal
        if item.get("tool_calls") or item.get("function_call"):
            return ""
        if "content" not in item:
            raise fail(f"{name}.content", "missing")
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        got = _type_name(content)
        raise fail(f"{name}.content", f"must be a string or an array of text parts, got {got}")
    texts = []
    for j, part in enumerate(content):
        where = f"{name}.content[{j}]"
        if not isinstance(part, dict):
            raise fail(where, f"must be an object, got {_type_name(part)}")
        kind = part.get("type")
        key = _TEXT_PARTS.get(kind) if isinstance(kind, str) else None
        if key is None:
            raise fail(f"{where}.type", f"{kind!r} parts cannot be rendered as text")
        if not isinstance(part.get(key), str):
            raise fail(f"{where}.{key}", f"must be a string, got {_type_name(part.get(key))}")
        texts.append(part[key])
    return "".join(texts)


# OpenAI's newer name for the system turn. Chat templates of open models know only "system", so
# every route and reader renders it as one (the record keeps the role as logged).
_ROLE_ALIASES = {"developer": "system"}


def canonical_role(role: str) -> str:
    """The role a chat template is given for a logged `role` (``developer`` -> ``system``)."""
    return _ROLE_ALIASES.get(role, role)


def _split_completion(messages: Iterable[Message]) -> tuple[list[Message], str | None]:
    """A trailing assistant turn is the completion; everything before it is the prompt."""
    msgs = list(messages)
    if msgs and msgs[-1].role == "assistant":
        return msgs[:-1], msgs[-1].content
    return msgs, None


def read_records(
    path: str | Path, *, on_error: Callable[[RecordError], None] | None = None
) -> Iterator[Record]:
    """Stream validated records from a JSONL (or ``.jsonl.gz``) file.

    Without ``on_error`` the first bad line raises ``RecordError``; with it, each bad line is
    handed to ``on_error`` and reading continues, so a long offline run can report bad lines and
    keep going. A file that yields no valid record at all always raises, even with ``on_error``:
    running a command on nothing is never what was meant. A missing file raises
    ``FileNotFoundError`` immediately, not on first iteration.
    """
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(errno.ENOENT, "input file not found", str(path))
    return _iter_records(p, str(path), on_error)


def _iter_records(
    p: Path, name: str, on_error: Callable[[RecordError], None] | None
) -> Iterator[Record]:
    seen: dict[str, int] = {}
    n_bad = 0
    last_line = 0
    is_gz = p.suffix.lower() == ".gz"
    with gzip.open(p, "rb") if is_gz else p.open("rb") as fh:
        lines = enumerate(fh, start=1)
        while True:
            try:
                last_line, raw = next(lines)
            except StopIteration:
                break
            except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
                # A damaged archive cannot be resumed past, so this is fatal even with on_error.
                raise RecordError(
                    name, None, None, f"corrupt gzip data after line {last_line}: {exc}"
                ) from exc
            if last_line == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM) :]
            try:
                record = _parse_line(raw, last_line, name)
                if record is None:
                    continue
                if record.id in seen:
                    raise RecordError(
                        name,
                        last_line,
                        "id",
                        f'duplicate id "{record.id}" (first used on line {seen[record.id]})',
                    )
            except RecordError as err:
                if on_error is None:
                    raise
                n_bad += 1
                on_error(err)
                continue
            seen[record.id] = last_line
            yield record
    if not seen:
        reason = (
            f"no valid records (all {n_bad} non-blank lines are bad)" if n_bad else "no records"
        )
        raise RecordError(name, None, None, reason)


def _parse_line(raw: bytes, line: int, path: str) -> Record | None:
    """Decode and validate one physical line; ``None`` for a blank line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        byte = raw[exc.start]
        raise RecordError(
            path,
            line,
            None,
            f"not valid UTF-8 (byte 0x{byte:02x} at offset {exc.start} of the line)",
        ) from None
    if not text.strip():
        return None
    try:
        obj = json.loads(text.rstrip("\r\n"))  # a string cut by the line end: "Unterminated"
    except json.JSONDecodeError as exc:
        raise RecordError(path, line, None, json_error_reason(exc)) from None
    except RecursionError:
        raise RecordError(path, line, None, "not valid JSON: nested too deeply to read") from None
    except ValueError as exc:
        # Python refuses integers of more than sys.get_int_max_str_digits() digits.
        reason = str(exc).split(";")[0]
        raise RecordError(path, line, None, f"not readable JSON: {reason}") from None
    return parse_record(obj, line=line, path=path)


def json_error_reason(exc: json.JSONDecodeError) -> str:
    """``not valid JSON: <what> at column N`` (Python's messages may already end in "at")."""
    what = exc.msg.removesuffix(" at")
    return f"not valid JSON: {what} at column {exc.colno}"


def records_from_prompts(prompts: Iterable[str]) -> list[Record]:
    """Wrap plain prompt strings as records (ids "1", "2", ...) for use from Python."""
    if isinstance(prompts, str | bytes):
        # Iterating a single string would silently give one record per character.
        raise TypeError("records_from_prompts expects an iterable of strings, not one string")
    return [parse_record({"prompt": p}, line=i, path="<prompts>") for i, p in enumerate(prompts, 1)]


def render(record: Record, tokenizer: Any) -> Rendered:
    """Turn a record into the prompt/completion text the model is run on.

    Prompt records pass through unchanged. Messages records use the tokenizer's chat template when
    it has one (with a generation prompt, so the completion is what the assistant would say) and
    the plain rendering in ``PLAIN_TEMPLATE_DOC`` otherwise. Note that a chat-templated prompt may
    already contain special-token text such as BOS, so it should be tokenized without adding
    special tokens again.
    """
    if record.messages is None:
        if record.prompt is None:
            raise ValueError(f"record {record.id!r} has neither prompt nor messages")
        return Rendered(record.prompt, record.completion)

    context, completion = _split_completion(record.messages)
    if getattr(tokenizer, "chat_template", None):
        prompt = tokenizer.apply_chat_template(
            [{"role": canonical_role(m.role), "content": m.content} for m in context],
            tokenize=False,
            add_generation_prompt=True,
        )
        if not isinstance(prompt, str):
            raise TypeError(f"apply_chat_template returned {type(prompt).__name__}, expected str")
        return Rendered(prompt, completion)

    prompt = "".join(f"{canonical_role(m.role)}: {m.content}\n" for m in context) + "assistant:"
    if completion is not None and not completion[:1].isspace():
        completion = " " + completion
    return Rendered(prompt, completion)
