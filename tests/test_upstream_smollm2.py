"""`mad serve --upstream` in front of a real `transformers serve` serving SmolLM2-135M-Instruct.

The upstream serves the checkpoint bench/proxy.py builds for the GGUF model ``smollm2`` (mad's
dequantised cache entry, linked, minus its ``quantization_config``): the float32 weights mad's
own copy scores with. The detector is a quick one (a prompt-level channel on two layers, fitted
on 120 shipped trusted chat prompts). With the official openai client, greedy, non-streaming
and streaming: the proxied response is the upstream's direct response plus ``anomaly``, and
that verdict is `detector.score` of the same transcript.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serving import Process, Running, assert_same_response, client, start, transformers_serve

from mad.detector import Detector
from mad.organisms.suite import DATA
from mad.records import parse_record, read_records

pytestmark = [pytest.mark.integration, pytest.mark.filterwarnings("ignore::UserWarning")]

CHATS = DATA / "smollm2_chat"
BENCH_PROXY = Path(__file__).resolve().parents[1] / "bench" / "proxy.py"
MAX_TOKENS = 12


def served_checkpoint(workdir: Path) -> str:
    """bench/proxy.py's `served_checkpoint` for ``smollm2`` (loaded from its file: bench/ is
    not a package), so the test serves exactly what the bench serves."""
    spec = importlib.util.spec_from_file_location("_bench_proxy", BENCH_PROXY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    saved = list(sys.path)
    try:
        spec.loader.exec_module(module)  # it puts bench/ on sys.path for its own imports
    finally:
        sys.path[:] = saved
    return str(module.served_checkpoint("smollm2", workdir))


def _messages(name: str, index: int) -> list[dict[str, str]]:
    record = list(read_records(CHATS / f"{name}.jsonl"))[index]
    return [{"role": m.role, "content": m.content} for m in record.messages]


@pytest.fixture(scope="module")
def checkpoint(smollm2, tmp_path_factory) -> str:
    return served_checkpoint(tmp_path_factory.mktemp("smollm2"))


@pytest.fixture(scope="module")
def upstream(checkpoint, tmp_path_factory) -> Iterator[Process]:
    served = transformers_serve(checkpoint, tmp_path_factory.mktemp("upstream") / "serve.log")
    yield served
    served.stop()


@pytest.fixture(scope="module")
def detector(smollm2) -> Detector:
    trusted = list(read_records(CHATS / "trusted.jsonl"))[:120]
    return Detector.fit(smollm2, trusted, layers=[3, 6], position="last", alpha=0.05)


@pytest.fixture(scope="module")
def proxy(detector, upstream, checkpoint) -> Iterator[Running]:
    running = start(
        detector,
        upstream=f"{upstream.url}/v1",
        upstream_model=checkpoint,
        served_model_name=checkpoint,
    )
    yield running
    running.stop()


def _same_verdict(live: dict[str, Any], row: dict[str, Any], where: str) -> None:
    """The live verdict is `detector.score`'s row, up to float32 capture rounding (a prompt-level
    detector's row has no token fields; audit_helpers.assert_same_verdict expects them)."""
    assert live["flagged"] == row["flagged"], where
    assert math.isclose(live["p_value"], row["p_value"], abs_tol=1e-12), where
    assert math.isclose(live["score"], row["score"], rel_tol=1e-4, abs_tol=1e-4), where
    assert set(live["layers"]) == set(row["layers"]), where
    for name, layer in live["layers"].items():
        got = row["layers"][name]
        assert math.isclose(got["score"], layer["score"], rel_tol=1e-4), (where, name)
        assert math.isclose(got["p_value"], layer["p_value"], abs_tol=1e-12), (where, name)


def _streamed(chunks: list[dict[str, Any]]) -> tuple[str, str]:
    """(the answer, its finish reason) from a chat stream's chunks."""
    deltas = [c["choices"][0] for c in chunks if c["choices"]]
    [finish] = [d["finish_reason"] for d in deltas if d["finish_reason"]]
    return "".join(d["delta"]["content"] or "" for d in deltas), finish


def test_smollm2_through_the_proxy_is_the_upstream_plus_the_offline_verdict(
    proxy, upstream, detector, checkpoint
):
    direct, proxied = client(upstream.url), client(proxy.url)
    conversations = [_messages("trusted", 500), _messages("trusted", 510)]
    conversations.append(_messages("anomalous", 0))
    verdicts, records = [], []
    for k, messages in enumerate(conversations):
        request = {"model": checkpoint, "messages": messages}
        request.update(max_tokens=MAX_TOKENS, temperature=0)
        d = direct.chat.completions.create(**request).model_dump()
        p = proxied.chat.completions.create(**request).model_dump()
        assert_same_response(d, p)
        answer = p["choices"][0]["message"]["content"]
        assert answer, "an empty answer compares nothing"
        streams = [
            [c.model_dump() for c in api.chat.completions.create(**request, stream=True)]
            for api in (direct, proxied)
        ]
        assert len(streams[0]) == len(streams[1]) >= 3
        for d_chunk, p_chunk in zip(*streams, strict=True):
            assert_same_response(d_chunk, p_chunk)
        # the verdict rides on the final chunk only
        marks = [("anomaly" in c) for c in streams[1]]
        assert marks == [False] * (len(marks) - 1) + [True]
        streamed, finish = _streamed(streams[1])
        assert (streamed, finish) == (answer, p["choices"][0]["finish_reason"])
        eos = {"completion_eos": False} if finish == "length" else {}
        record = {"id": f"c{k}", "messages": [*messages, {"role": "assistant", "content": answer}]}
        records.append(parse_record({**record, **eos}, line=k + 1))
        verdicts += [(f"c{k}", p["anomaly"]), (f"c{k}-stream", streams[1][-1]["anomaly"])]
    scored = detector.score(records)  # `mad score` of the same transcripts
    offline = [row for row in scored for _ in ("whole", "stream")]
    for (where, live), row in zip(verdicts, offline, strict=True):
        _same_verdict(live, row, where)
