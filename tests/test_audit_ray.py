"""The Ray Data engine on a local Ray instance (2 CPUs): same rows, errors and summary as local."""

from __future__ import annotations

import json
import logging
import shutil

import pytest
import test_audit
from test_audit import FIXTURES, assert_rows_close, chat_records, read_jsonl, write_lines

from mad.audit import AuditError, AuditSpec, run_audit

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'mad[ray]')")
detectors = test_audit.detectors  # the same fixture, fitted once for this module


@pytest.fixture(scope="module")
def ray_cluster():
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        object_store_memory=150 * 2**20,
        logging_level=logging.ERROR,
        log_to_driver=False,
    )
    yield
    ray.shutdown()


def flat_span(span_id: str, record: dict, when: str) -> dict:
    """A span as the SDK console exporter prints it (one per line here)."""
    user, answer = record["messages"]
    return {
        "name": "chat organism",
        "context": {"trace_id": "0x" + "cd" * 16, "span_id": "0x" + span_id},
        "start_time": when,
        "attributes": {
            "gen_ai.operation.name": "chat",
            "gen_ai.input.messages": json.dumps(
                [{"role": "user", "parts": [{"type": "text", "content": user["content"]}]}]
            ),
            "gen_ai.output.messages": json.dumps(
                [{"role": "assistant", "parts": [{"type": "text", "content": answer["content"]}]}]
            ),
        },
    }


@pytest.fixture(scope="module")
def logs(tmp_path_factory) -> list[str]:
    """Two OTel files: a real export shape, and flat spans with bad lines and a cross-file dup."""
    root = tmp_path_factory.mktemp("ray-logs")
    good = chat_records(9, seed=31, split="test") + chat_records(2, seed=32, triggered=True)
    lines = [
        flat_span(f"{0xE000 + k:016x}", r, f"2025-03-02T10:{k:02d}:00Z") for k, r in enumerate(good)
    ]
    lines.insert(3, "{torn")
    lines.insert(6, flat_span("000000000000b001", good[0], "2025-03-02T11:00:00Z"))  # in file 1
    blob = flat_span("00000000000000ff", good[1], "2025-03-02T11:01:00Z")
    blob["attributes"]["gen_ai.input.messages"] = json.dumps(
        [{"role": "user", "parts": [{"type": "blob", "content": "AA=="}]}]
    )
    lines.append(blob)
    extra = write_lines(root / "more.jsonl", lines)
    return [str(FIXTURES / "otel_traces.json"), str(extra)]


def spec_for(detectors: dict[str, str], logs: list[str], out: str) -> AuditSpec:
    return AuditSpec(
        detectors=[detectors["prompt"], detectors["completion"]], data=logs, out=out, chunk_size=4
    )


def test_ray_engine_equals_the_local_engine(ray_cluster, detectors, logs, tmp_path):
    local = run_audit(spec_for(detectors, logs, str(tmp_path / "local")))
    remote = run_audit(
        spec_for(detectors, logs, str(tmp_path / "ray")),
        engine="ray",
        workers=2,
        cpus_per_worker=0.5,
    )
    rows = read_jsonl(tmp_path / "local" / "scores.jsonl")
    ray_rows = read_jsonl(tmp_path / "ray" / "scores.jsonl")
    assert len(rows) == 8 + 11 and [r["id"] for r in ray_rows] == [r["id"] for r in rows]
    for a, b in zip(ray_rows, rows, strict=True):
        assert_rows_close(a, b)
    errors = sorted(read_jsonl(tmp_path / "local" / "errors.jsonl"), key=lambda e: e["line"])
    assert sorted(read_jsonl(tmp_path / "ray" / "errors.jsonl"), key=lambda e: e["line"]) == errors
    assert [(e["line"], e["field"]) for e in errors] == [
        (4, None),  # not JSON
        (7, "id"),  # the id of a span in the other file
        (14, "gen_ai.input.messages[0].parts[0].type"),  # an image part
    ]
    assert errors[1]["message"].endswith("otel_traces.json:1)")
    for key in ("counts", "levels", "top", "time"):
        assert_rows_close(remote[key], local[key], key)
    assert remote["counts"]["skipped"] == 8 and remote["audit"]["engine"] == "ray"


def test_ray_resumes_what_the_local_engine_started(ray_cluster, detectors, logs, tmp_path):
    run_audit(spec_for(detectors, logs, str(tmp_path / "local")))
    resumed = tmp_path / "resumed"
    shutil.copytree(tmp_path / "local", resumed)
    (resumed / "summary.json").unlink()
    scores = resumed / "scores.jsonl"
    scores.write_text("".join(scores.read_text().splitlines(keepends=True)[:5]))
    run_audit(spec_for(detectors, logs, str(resumed)), engine="ray", workers=1)
    expected = read_jsonl(tmp_path / "local" / "scores.jsonl")
    got = read_jsonl(scores)
    assert [r["id"] for r in got] == [r["id"] for r in expected]
    for a, b in zip(got, expected, strict=True):
        assert_rows_close(a, b)
    assert json.loads((resumed / "summary.json").read_text())["counts"]["scored"] == len(expected)


def test_ray_refuses_workers_that_leave_no_cpu_for_reading(ray_cluster, detectors, logs, tmp_path):
    with pytest.raises(AuditError, match="leave none for reading"):
        run_audit(spec_for(detectors, logs, str(tmp_path / "o")), engine="ray", workers=2)
