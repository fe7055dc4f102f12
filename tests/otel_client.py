"""An application instrumented with OpenTelemetry as users do it, for the real-OTel audit test.

Run by tests/test_audit_otel_real.py in a subprocess (the instrumentation patches ``openai``
process-wide and reads its content-capture setting from the environment), with the project's
.venv (the current instrumentation) or with .tools/otel-legacy (an old one that emits one event
per message). It sends chat requests with the official ``openai`` client to a ``mad serve`` and
exports what the real SDK and instrumentation record, three ways at once:

- ``otlp/``: OTLP/JSON lines, hex ids, as the Collector's file exporter writes (the SDK's
  ``opentelemetry-exporter-otlp-json-file``; absent from the legacy environment);
- ``protobuf/``: the OTLP protobuf messages through protobuf's JSON mapping (base64 ids);
- ``console/``: the SDK console exporters' default output (multi-line objects).

Usage: python otel_client.py URL REQUESTS.json OUT_DIR; the responses (with their ``anomaly``)
go to OUT_DIR/responses.jsonl.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from google.protobuf.json_format import MessageToJson
from opentelemetry import _logs, trace
from opentelemetry.exporter.otlp.proto.common._log_encoder import encode_logs
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk import _logs as sdk_logs
from opentelemetry.sdk._logs.export import LogExporter, LogExportResult, SimpleLogRecordProcessor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import (
    ConsoleSpanExporter,
    SimpleSpanProcessor,
    SpanExporter,
    SpanExportResult,
)


class ProtobufJsonSpans(SpanExporter):
    def __init__(self, path: Path) -> None:
        self.file = path.open("w")

    def export(self, spans):  # noqa: ANN001, ANN201 - the SDK's interface
        self.file.write(MessageToJson(encode_spans(spans), indent=None) + "\n")
        self.file.flush()
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        self.file.close()


class ProtobufJsonLogs(LogExporter):
    def __init__(self, path: Path) -> None:
        self.file = path.open("w")

    def export(self, batch):  # noqa: ANN001, ANN201
        self.file.write(MessageToJson(encode_logs(batch), indent=None) + "\n")
        self.file.flush()
        return LogExportResult.SUCCESS

    def force_flush(self, timeout_millis: int = 30_000) -> bool:
        return True

    def shutdown(self) -> None:
        self.file.close()


def main() -> None:
    url, requests_file, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    for name in ("otlp", "protobuf", "console"):
        (out / name).mkdir(parents=True, exist_ok=True)
    tracer_provider = TracerProvider()
    logger_provider = sdk_logs.LoggerProvider()
    spans = [ProtobufJsonSpans(out / "protobuf" / "spans.jsonl")]
    logs = [ProtobufJsonLogs(out / "protobuf" / "logs.jsonl")]
    export = sdk_logs.export
    # ConsoleLogRecordExporter in newer SDKs (the old name warns there), ConsoleLogExporter before
    console = getattr(export, "ConsoleLogRecordExporter", None) or export.ConsoleLogExporter
    spans.append(ConsoleSpanExporter(out=(out / "console" / "spans.txt").open("w")))
    logs.append(console(out=(out / "console" / "logs.txt").open("w")))
    try:
        from opentelemetry.exporter.otlp.json.file import FileSpanExporter
        from opentelemetry.exporter.otlp.json.file._log_exporter import FileLogExporter
    except ImportError:
        pass  # the legacy environment has no JSON file exporter for its SDK
    else:
        spans.append(FileSpanExporter(out / "otlp" / "spans.jsonl"))
        logs.append(FileLogExporter(out / "otlp" / "logs.jsonl"))
    for exporter in spans:
        tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    for exporter in logs:
        logger_provider.add_log_record_processor(SimpleLogRecordProcessor(exporter))
    trace.set_tracer_provider(tracer_provider)
    _logs.set_logger_provider(logger_provider)

    from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor

    providers = {"tracer_provider": tracer_provider, "logger_provider": logger_provider}
    try:  # the old instrumentation emits through the SDK's Events API
        from opentelemetry.sdk._events import EventLoggerProvider

        providers["event_logger_provider"] = EventLoggerProvider(logger_provider)
    except ImportError:
        pass
    OpenAIInstrumentor().instrument(**providers)

    import openai

    client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=120)
    with (out / "responses.jsonl").open("w") as replies:
        for request in json.loads(requests_file.read_text()):
            response = client.chat.completions.create(**request)
            replies.write(json.dumps({"request": request, "response": response.model_dump()}))
            replies.write("\n")
    tracer_provider.shutdown()
    logger_provider.shutdown()


if __name__ == "__main__":
    main()
