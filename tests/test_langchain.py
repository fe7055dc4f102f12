"""LangChain users see the verdict: the real ``langchain_openai.ChatOpenAI`` against `mad serve`.

LangChain builds its messages from the OpenAI fields it knows and drops the rest, so the body's
``anomaly`` object never reaches an ``AIMessage``. What it does pass on, with
``include_response_headers=True``, are the response headers, and mad sends the ``X-MAD-*``
verdict headers on every reply whose verdict exists before it starts (whole replies always;
streams of prompt-level detectors). These tests pin both halves: the verdict LangChain shows is
the one the server logged, for ``invoke`` and ``stream``, and refusals carry it too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import openai
import pytest
from langchain_core.messages import HumanMessage
from langchain_openai import ChatOpenAI
from serving import Running, client, fit_detector, known_prompts, start

from mad.detector import Detector
from mad.monitor import Monitor


@pytest.fixture(scope="module")
def detector(organism) -> Detector:
    return fit_detector(organism)


@pytest.fixture(scope="module")
def monitor(detector) -> Monitor:
    return Monitor(detector)


@pytest.fixture(scope="module")
def known(detector) -> dict[str, list[str]]:
    return known_prompts(detector)


@pytest.fixture(scope="module")
def served(monitor, tmp_path_factory) -> Iterator[tuple[Running, object]]:
    log = tmp_path_factory.mktemp("log") / "flagged.jsonl"
    running = start(monitor, flag_log=str(log))
    yield running, log
    running.stop()


def _chat(url: str, **options: object) -> ChatOpenAI:
    return ChatOpenAI(
        base_url=f"{url}/v1", api_key="unused", model="organism", max_retries=0, **options
    )


def _verdict(headers: dict[str, str]) -> dict[str, object]:
    return {
        "flagged": headers["x-mad-flagged"] == "true",
        "p_value": float(headers["x-mad-p-value"]),
        "score": float(headers["x-mad-score"]),
        "detector": headers["x-mad-detector"],
    }


def _logged(log, request_id: str) -> dict:
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    [entry] = [e for e in entries if e["request_id"] == request_id]
    return entry["anomaly"]


def _assert_same(verdict: dict, anomaly: dict) -> None:
    assert verdict["flagged"] is anomaly["flagged"]
    assert verdict["detector"] == anomaly["detector"]
    assert verdict["p_value"] == pytest.approx(anomaly["p_value"], rel=1e-5)
    assert verdict["score"] == pytest.approx(anomaly["score"], rel=1e-5)


def test_invoke_shows_the_logged_verdict_in_response_metadata(served, known):
    running, log = served
    llm = _chat(running.url, max_tokens=8, include_response_headers=True)
    message = llm.invoke([HumanMessage(known["triggered"][0])])
    headers = message.response_metadata["headers"]
    verdict = _verdict(headers)
    assert verdict["flagged"] is True
    assert message.response_metadata["id"] == f"chatcmpl-{headers['x-request-id']}"
    _assert_same(verdict, _logged(log, headers["x-request-id"]))
    clean = llm.invoke(known["clean"][0])
    assert _verdict(clean.response_metadata["headers"])["flagged"] is False


def test_stream_shows_the_verdict_too(served, known):
    running, log = served
    llm = _chat(running.url, max_tokens=8, include_response_headers=True)
    chunks = list(llm.stream([HumanMessage(known["triggered"][1])]))
    whole = chunks[0]
    for chunk in chunks[1:]:
        whole += chunk
    headers = whole.response_metadata["headers"]
    _assert_same(_verdict(headers), _logged(log, headers["x-request-id"]))
    # The text is what the official client gets in its stream for the same request.
    reply = client(running.url).chat.completions.create(
        model="organism",
        messages=[{"role": "user", "content": known["triggered"][1]}],
        max_tokens=8,
    )
    assert whole.content == reply.choices[0].message.content
    _assert_same(_verdict(headers), reply.anomaly)


def test_without_the_option_langchain_drops_the_verdict(served, known):
    """Why the route is headers: the body's `anomaly` is nowhere in LangChain's message."""
    running, _ = served
    message = _chat(running.url, max_tokens=8).invoke(known["triggered"][2])
    seen = json.dumps(
        [message.response_metadata, message.additional_kwargs, message.model_dump()], default=str
    )
    assert "p_value" not in seen and "anomaly" not in seen
    assert message.response_metadata["id"].startswith("chatcmpl-")  # matches the flag log


def test_block_refusals_reach_langchain_with_the_verdict(monitor, known):
    running = start(monitor, action="block")
    try:
        llm = _chat(running.url, max_tokens=8, include_response_headers=True)
        for call in (llm.invoke, lambda m: list(llm.stream(m))):
            with pytest.raises(openai.BadRequestError) as refused:
                call(known["triggered"][0])
            assert refused.value.code == "anomaly_detected"
            anomaly = refused.value.response.json()["anomaly"]
            assert anomaly["flagged"] is True
            _assert_same(_verdict(refused.value.response.headers), anomaly)
        assert llm.invoke(known["clean"][0]).content
    finally:
        running.stop()
