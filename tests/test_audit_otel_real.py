"""`mad audit` reads what the real OpenTelemetry SDK and OpenAI instrumentation write.

An application (tests/otel_client.py) instrumented with the real SDK and
``opentelemetry-instrumentation-openai-v2`` sends chats with the official ``openai`` client to a
real ``mad serve`` on loopback, in every content-capture mode users set
(``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT``): ``span_only``, ``event_only`` and
``span_and_event`` with the current instrumentation, ``true`` with an old release that writes one
event per message (.tools/otel-legacy, installed by scripts/tools/otel-legacy.sh), and ``true``
with the current one, which captures nothing. Spans and logs are exported as OTLP/JSON (hex ids),
as protobuf's JSON mapping (base64 ids) and by the console exporters (multi-line); every export
is audited and each row must equal the ``anomaly`` the client got, for natural ends and
``max_tokens`` cuts. A stop-string end is "stop" in OTel with no ``stop_reason``: the audit
assumes EOS there and counts it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from audit_helpers import SYSTEM, assert_same_verdict, fit_completion_detector, read_jsonl
from serving import start

from mad.audit import AuditError, AuditSpec, run_audit
from mad.audit.otel_read import NO_CONTENT
from mad.detector import Detector
from mad.monitor import Monitor
from mad.organisms.backdoor import make_examples

ROOT = Path(__file__).resolve().parents[1]
CLIENT = Path(__file__).with_name("otel_client.py")
LEGACY_PYTHON = ROOT / ".tools" / "otel-legacy" / "bin" / "python"
CAPTURE = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
MODES = {  # name: (interpreter, capture setting)
    "span_only": (sys.executable, "span_only"),
    "event_only": (sys.executable, "event_only"),
    "span_and_event": (sys.executable, "span_and_event"),
    "legacy_events": (str(LEGACY_PYTHON), "true"),
}
ENDS = ["natural", "natural", "length", "stop"]


def legacy_python() -> str:
    """The old instrumentation's interpreter; skips (fails under MAD_REQUIRE_TOOLS=1) without."""
    if LEGACY_PYTHON.exists():
        return str(LEGACY_PYTHON)
    message = "the legacy OTel instrumentation is not installed (scripts/tools/otel-legacy.sh)"
    if os.environ.get("MAD_REQUIRE_TOOLS") == "1":
        pytest.fail(message + "; MAD_REQUIRE_TOOLS=1 forbids skipping")
    pytest.skip(message)


@pytest.fixture(scope="module")
def served(organism, tmp_path_factory):
    path = fit_completion_detector(organism, tmp_path_factory.mktemp("otel") / "detector")
    running = start(Monitor(Detector.load(path, model=organism)))
    yield path, running.url
    running.stop()


def requests() -> list[dict[str, Any]]:
    [clean] = [e.prompt for e in make_examples(1, triggered=False, seed=41, split="test")]
    [trigger] = [e.prompt for e in make_examples(1, triggered=True, seed=41, split="test")]

    def chat(prompt: str, **options: Any) -> dict[str, Any]:
        messages = [SYSTEM, {"role": "user", "content": prompt}]
        return {"model": "organism", "messages": messages, **options}

    return [chat(clean), chat(trigger), chat(trigger, max_tokens=2), chat(trigger, stop=["YOU"])]


def run_client(python: str, capture: str, url: str, out: Path) -> list[dict[str, Any]]:
    """Run the instrumented application; returns the request/response pairs it logged."""
    spec = out.with_suffix(".requests.json")
    spec.write_text(json.dumps(requests()))
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    env[CAPTURE] = capture
    done = subprocess.run(
        [python, str(CLIENT), url, str(spec), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return read_jsonl(out / "responses.jsonl")


def exports(out: Path) -> dict[str, list[str]]:
    found = {
        "otlp": [out / "otlp" / "spans.jsonl", out / "otlp" / "logs.jsonl"],
        "protobuf": [out / "protobuf" / "spans.jsonl", out / "protobuf" / "logs.jsonl"],
        "console": [out / "console" / "spans.txt", out / "console" / "logs.txt"],
    }
    return {name: [str(p) for p in paths] for name, paths in found.items() if paths[0].exists()}


@pytest.mark.parametrize("mode", list(MODES))
def test_real_otel_exports_audit_to_the_live_anomaly(mode, served, tmp_path):
    detector, url = served
    python, capture = MODES[mode]
    if mode == "legacy_events":
        python = legacy_python()
    live = run_client(python, capture, url, tmp_path / "client")
    found = exports(tmp_path / "client")
    assert set(found) == (
        {"protobuf", "console"} if mode == "legacy_events" else {"otlp", "protobuf", "console"}
    )
    if mode == "span_only":
        assert (tmp_path / "client" / "otlp" / "logs.jsonl").read_text() == ""  # spans only
    raw_ids = (tmp_path / "client" / "protobuf" / "spans.jsonl").read_text()
    assert re.search(r'"spanId": "[A-Za-z0-9+/]{11}="', raw_ids), "protobuf JSON writes base64"
    by_response = {pair["response"]["id"]: pair for pair in live}
    for name, files in found.items():
        out = tmp_path / f"audit-{name}"
        summary = run_audit(AuditSpec(detectors=[detector], data=files, out=str(out)))
        rows = read_jsonl(out / "scores.jsonl")
        assert sorted(r["response_id"] for r in rows) == sorted(by_response), name
        for row in rows:
            pair = by_response[row["response_id"]]
            end = ENDS[live.index(pair)]
            where = f"{mode}/{name}/{end}"
            assert re.fullmatch(r"[0-9a-f]{32}", row["trace_id"]), where
            assert re.fullmatch(r"[0-9a-f]{16}", row["span_id"]) and row["id"] == row["span_id"]
            anomaly = pair["response"]["anomaly"]
            if end == "stop":
                # OTel keeps finish_reason "stop" but not which stop: EOS is assumed, and counted
                assert row["completion_end"] == "eos_assumed", where
                assert row["n_tokens"] == anomaly["n_tokens"] + 1, where
                continue
            assert_same_verdict(anomaly, row, where)
            if end == "length":
                assert row["completion_end"] == "length", where
            else:  # the old instrumentation does not record stop sequences: EOS is assumed
                expected = "eos_assumed" if mode == "legacy_events" else "eos"
                assert row["completion_end"] == expected, where
        ends = summary["counts"]["completion_ends"]
        assert ends.get("length") == 1 and ends.get("eos_assumed", 0) >= 1, (name, ends)
        assert summary["counts"]["errors"] == 0, name
        assert summary["counts"]["skipped_by_reason"] == {}, (name, summary["counts"])


def test_true_on_the_current_instrumentation_captures_nothing_and_the_audit_says_why(
    served, tmp_path
):
    detector, url = served
    run_client(sys.executable, "true", url, tmp_path / "client")
    files = exports(tmp_path / "client")["otlp"]
    out = tmp_path / "audit"
    with pytest.raises(AuditError) as caught:
        run_audit(AuditSpec(detectors=[detector], data=files, out=str(out)))
    message = str(caught.value)
    assert "\n" not in message and "nothing was scored" in message
    assert "span_only, event_only or span_and_event" in message and "(4)" in message
    summary = json.loads((out / "summary.json").read_text())
    assert summary["counts"]["scored"] == 0
    assert summary["counts"]["skipped_by_reason"] == {NO_CONTENT: 4}
    listed = read_jsonl(out / "errors.jsonl")
    assert len(listed) == 4 and all(e["skipped"] and e["message"] == NO_CONTENT for e in listed)
    assert {e["file"] for e in listed} == {files[0]}
    assert summary["counts"]["errors"] == 0  # skipped entries are listed, not counted as errors
