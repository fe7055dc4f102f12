"""OpenTelemetry JSON: decoding span attributes and writing ``gen_ai.evaluation.result`` events.

OTLP/JSON (what the Collector's file exporter and ``otlpjsonfile`` receiver use) encodes an
attribute as ``{"key": k, "value": {"stringValue": ...}}`` with ``intValue`` as a string,
``arrayValue``/``kvlistValue`` nesting, hex trace and span ids and times as nanosecond strings.
The SDKs' console exporters instead print ``attributes`` as a plain object and times as ISO 8601.
Both are decoded here to plain Python values, so the readers need not care which one they got.

An audit result is written back in the same vocabulary: one OTLP/JSON logs export per line
holding, per detector level, a ``gen_ai.evaluation.result`` event (GenAI semantic conventions)
linked to the audited span by trace and span id and to the response by ``gen_ai.response.id``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

EVALUATION_EVENT = "gen_ai.evaluation.result"
_ANY_VALUE_KEYS = frozenset(
    {
        "stringValue",
        "boolValue",
        "intValue",
        "doubleValue",
        "bytesValue",
        "arrayValue",
        "kvlistValue",
    }
)
_HEX = re.compile(r"[0-9a-fA-F]+")
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")


def any_value(value: Any) -> Any:
    """Decode one OTLP/JSON ``AnyValue`` (``{"stringValue": "x"}``, ...) to a Python value."""
    if not isinstance(value, dict) or not set(value) <= _ANY_VALUE_KEYS:
        return value  # already plain (console-exporter style)
    if "stringValue" in value:
        return value["stringValue"]
    if "boolValue" in value:
        return bool(value["boolValue"])
    if "intValue" in value:
        return int(value["intValue"])  # int64 is a JSON string in OTLP/JSON
    if "doubleValue" in value:
        return float(value["doubleValue"])
    if "bytesValue" in value:
        return value["bytesValue"]  # base64 text; nothing mad reads is bytes
    if "arrayValue" in value:
        return [any_value(v) for v in (value["arrayValue"] or {}).get("values", [])]
    if "kvlistValue" in value:
        return attributes((value["kvlistValue"] or {}).get("values", []))
    return None  # an empty AnyValue is how OTLP/JSON writes a null


def attributes(raw: Any) -> dict[str, Any]:
    """Span attributes as a dict, from an OTLP key/value list or an already plain object."""
    if isinstance(raw, dict):
        return {str(k): any_value(v) for k, v in raw.items()}
    if isinstance(raw, list):
        return {
            str(kv["key"]): any_value(kv.get("value"))
            for kv in raw
            if isinstance(kv, dict) and "key" in kv
        }
    return {}


def hex_id(raw: Any) -> str | None:
    """A trace or span id as lowercase hex, however the exporter wrote it.

    OTLP/JSON (and the Collector) writes hex; protobuf's own JSON mapping (``MessageToJson``)
    writes the raw bytes base64-encoded (24 characters for a trace id, 12 for a span id); the
    SDK console exporters prefix hex with ``0x``. Anything else is kept as it is.
    """
    if not isinstance(raw, str) or not raw:
        return None
    text = raw[2:] if raw[:2] in ("0x", "0X") else raw
    if _HEX.fullmatch(text):
        return text.lower()
    if len(text) in (12, 24) and _BASE64.fullmatch(text):
        try:
            decoded = base64.b64decode(text.replace("-", "+").replace("_", "/"), validate=True)
        except (binascii.Error, ValueError):
            return raw
        if len(decoded) in (8, 16):
            return decoded.hex()
    return raw


def iso_time(value: Any) -> str | None:
    """A timestamp (unix s/ms/µs/ns as a number or numeric string, or ISO 8601) as UTC ISO."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value)
    if isinstance(value, int | float):
        try:
            seconds = float(value)
        except OverflowError:
            return None
        for _ in range(3):  # ns -> µs -> ms -> s: anything past year 5138 is a finer unit
            if abs(seconds) < 1e11:
                break
            seconds /= 1000.0
        try:
            moment = datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)  # logs without a zone are taken as UTC
    else:
        return None
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def unix_nanos(iso: str) -> int:
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return int(round(moment.timestamp() * 1e6)) * 1000


def _encode(value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    if isinstance(value, float):
        return {"doubleValue": value}
    if isinstance(value, list | tuple):
        return {"arrayValue": {"values": [_encode(v) for v in value]}}
    return {"stringValue": str(value)}


def _kv(items: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [{"key": k, "value": _encode(v)} for k, v in items.items() if v is not None]


def evaluation_events(
    row: Mapping[str, Any],
    levels: Mapping[str, Mapping[str, Any]],
    *,
    detectors: Mapping[str, Mapping[str, Any]],
    observed_ns: int,
    mad_version: str,
) -> str:
    """One OTLP/JSON logs export line: a ``gen_ai.evaluation.result`` event per level of `row`.

    `levels` maps a level name to that level's part of the row (score, p_value, flagged, peaks);
    `detectors` maps it to the detector's id and alpha.
    """
    records = []
    for name, part in levels.items():
        det = detectors[name]
        flagged = bool(part["flagged"])
        verdict = "<=" if flagged else ">"
        peaks = ", ".join(repr(p.get("token")) for p in part.get("peaks", [])[:3])
        explanation = (
            f"mad {name}-level anomaly score {part['score']:.4g} (1 = alert threshold); "
            f"p = {part['p_value']:.4g} {verdict} alpha = {det['alpha']}"
            + (f"; peak tokens {peaks}" if peaks else "")
        )
        attrs = {
            "gen_ai.evaluation.name": f"mad.anomaly.{name}",
            "gen_ai.evaluation.score.value": float(part["score"]),
            "gen_ai.evaluation.score.label": "anomalous" if flagged else "normal",
            "gen_ai.evaluation.explanation": explanation,
            "gen_ai.response.id": row.get("response_id"),
            "mad.transcript.id": str(row["id"]),
            "mad.p_value": float(part["p_value"]),
            "mad.alpha": float(det["alpha"]),
            "mad.detector.id": det["id"],
        }
        record: dict[str, Any] = {
            "timeUnixNano": str(observed_ns),
            "observedTimeUnixNano": str(observed_ns),
            "eventName": EVALUATION_EVENT,
            "severityNumber": 13 if flagged else 9,  # WARN / INFO
            "severityText": "WARN" if flagged else "INFO",
            "attributes": _kv(attrs),
        }
        if row.get("trace_id"):
            record["traceId"] = row["trace_id"]
        if row.get("span_id"):
            record["spanId"] = row["span_id"]
        records.append(record)
    export = {
        "resourceLogs": [
            {
                "resource": {"attributes": _kv({"service.name": "mad-audit"})},
                "scopeLogs": [
                    {"scope": {"name": "mad.audit", "version": mad_version}, "logRecords": records}
                ],
            }
        ]
    }
    return json.dumps(export, separators=(",", ":"))
