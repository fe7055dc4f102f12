"""What a log reader yields: transcripts to score, entries skipped on purpose, and bad entries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from mad.records import Record, RecordError, parse_record


@dataclass(frozen=True)
class Transcript:
    """One logged exchange: the record a detector scores and where and when it was logged.

    `end` says how the logged answer ended (`mad.audit.ends`; None without an answer); the
    record carries ``"completion_eos": false`` when no EOS is to be scored after it.
    """

    record: Record
    source: str
    timestamp: str | None = None
    response_id: str | None = None
    trace_id: str | None = None
    span_id: str | None = None
    end: str | None = None

    def fields(self) -> dict[str, Any]:
        """What an audit row adds to a ``mad score`` row."""
        out = {
            "source_file": self.source,
            "source_line": self.record.line,
            "timestamp": self.timestamp,
            "response_id": self.response_id,
            "trace_id": self.trace_id,
            "span_id": self.span_id,
        }
        if self.end is not None:
            out["completion_end"] = self.end
        return out

    def to_json(self) -> str:
        """A compact form for sending to workers (`from_json` validates it again)."""
        r = self.record
        data: dict[str, Any] = {**r.meta, "id": r.id}
        if r.messages is not None:
            data["messages"] = [{"role": m.role, "content": m.content} for m in r.messages]
        else:
            data["prompt"] = r.prompt
            if r.completion is not None:
                data["completion"] = r.completion
        return json.dumps({"record": data, **self.fields(), "completion_end": self.end})

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
            obj["completion_end"],
        )


@dataclass(frozen=True)
class Skipped:
    """A well-formed entry that is not a transcript (e.g. an HTTP span in a trace export).

    `where` is its place in the line (e.g. ``resourceSpans[0].scopeSpans[0].spans[3]``).
    """

    source: str
    line: int
    reason: str
    where: str | None = None


Item = Transcript | Skipped | RecordError


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
