"""Every request parameter is honoured or refused by name; bad requests get 400s, never 500s.

A real server on loopback with the organism's detector. "Honoured" is checked where it lands:
``user`` and ``metadata`` in the flagged-case log and the access log (as hashes with
``--log-hashes-only``), seeds in reproducible samples.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest
from serving import Running, assert_error, client, fit_detector, known_prompts, start

from mad.detector import Detector
from mad.monitor import Monitor

JSON = {"content-type": "application/json"}


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
def server(monitor) -> Iterator[Running]:
    running = start(monitor)
    yield running
    running.stop()


def _post(url: str, body: Any) -> httpx.Response:
    """POST `body` as JSON text, with ``\\ud800``-style escapes kept as the client wrote them."""
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(url, content=content, headers=JSON, timeout=60)


class _Records(logging.Handler):
    """Access-log records, caught on the access logger itself (whatever propagation says)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == "request":
            self.records.append(record)


# ----- user, metadata, store ----------------------------------------------------------------------


@pytest.mark.parametrize("hashes_only", [False, True])
def test_user_and_metadata_reach_the_flag_log_and_user_the_access_log(
    monitor, known, tmp_path, hashes_only
):
    log = tmp_path / "flagged.jsonl"
    running = start(monitor, flag_log=str(log), log_hashes_only=hashes_only)
    user = "user-4711@example.org"
    metadata = {"team": "search", "ticket": "T-99"}
    access_log = logging.getLogger("mad.service.access")
    caught, level = _Records(), access_log.level
    access_log.addHandler(caught)
    access_log.setLevel(logging.INFO)
    try:
        c = client(running.url)
        chat = c.chat.completions.create(
            model="organism",
            messages=[{"role": "user", "content": known["triggered"][0]}],
            max_tokens=6,
            user=user,
            metadata=metadata,
            store=False,
        )
        text = c.completions.create(
            model="organism", prompt=known["triggered"][1], max_tokens=6, user=user
        )
        plain = c.completions.create(model="organism", prompt=known["triggered"][2], max_tokens=6)
    finally:
        running.stop()
        access_log.removeHandler(caught)
        access_log.setLevel(level)
    assert chat.anomaly["flagged"] and text.anomaly["flagged"] and plain.anomaly["flagged"]
    entries = {e["request_id"]: e for e in map(json.loads, log.read_text().splitlines())}
    ids = [r.id.split("-", 1)[1] for r in (chat, text, plain)]
    assert set(entries) == set(ids)
    digest = hashlib.sha256(user.encode()).hexdigest()
    access = {r.request_id: r for r in caught.records}
    for request_id in ids[:2]:
        entry, line = entries[request_id], access[request_id]
        if hashes_only:
            assert entry["user_sha256"] == digest and "user" not in entry
            assert line.user_sha256 == digest and not hasattr(line, "user")
        else:
            assert entry["user"] == user and line.user == user
    assert entries[ids[0]]["metadata"] == metadata  # developer tags are kept as sent
    assert entries[ids[1]]["metadata"] is None
    assert entries[ids[2]].get("user") is None and "user_sha256" not in entries[ids[2]]
    assert not hasattr(access[ids[2]], "user") and not hasattr(access[ids[2]], "user_sha256")
    if hashes_only:
        assert user not in log.read_text()


def test_store_true_is_refused_and_metadata_is_bounded(server):
    url = f"{server.url}/v1/chat/completions"
    ok = {"model": "organism", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2}
    error = assert_error(_post(url, {**ok, "store": True}), 400, param="store")
    assert "does not store completions" in error["message"]
    assert _post(url, {**ok, "store": False}).status_code == 200
    fits = {f"k{i:02d}".ljust(64, "x"): "v" * 512 for i in range(16)}
    assert _post(url, {**ok, "metadata": fits}).status_code == 200
    too_many = {f"k{i}": "v" for i in range(17)}
    for bad, words in [
        (too_many, "at most 16"),
        ({"k" * 65: "v"}, "64 characters"),
        ({"k": "v" * 513}, "512 characters"),
        ({"k": 5}, "valid string"),
        ([["k", "v"]], "valid dictionary"),
    ]:
        error = assert_error(_post(url, {**ok, "metadata": bad}), 400)
        assert error["param"].startswith("metadata") and words in error["message"], error


# ----- 400s, not 500s -----------------------------------------------------------------------------

OK_COMPLETION = {
    "model": "organism",
    "prompt": "Review: a fine soup .\nSentiment:",
    "max_tokens": 3,
}
OK_CHAT = {"model": "organism", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 3}
CHAT_MESSAGE = {"role": "user", "content": "hi"}

# (route, body as JSON text, param the error must name, words its message must contain)
BAD = [
    # lone surrogates, written as JSON escapes (json.dumps keeps them as \ud800)
    ("completions", {**OK_COMPLETION, "prompt": "a \ud800 b"}, "prompt", "lone surrogate"),
    ("completions", {**OK_COMPLETION, "prompt": ["ok", "\udfff"]}, "prompt.1", "lone surrogate"),
    ("completions", {**OK_COMPLETION, "stop": ["\ud800"]}, "stop.0", "lone surrogate"),
    ("completions", {**OK_COMPLETION, "user": "\ud83d"}, "user", "lone surrogate"),
    ("completions", {**OK_COMPLETION, "model": "\ud800"}, "model", "lone surrogate"),
    (
        "chat",
        {**OK_CHAT, "messages": [{"role": "user", "content": "\ud800"}]},
        "messages.0.content",
        "lone surrogate",
    ),
    (
        "chat",
        {
            **OK_CHAT,
            "messages": [{"role": "user", "content": [{"type": "text", "text": "\udc00"}]}],
        },
        "messages.0.content.0.text",
        "lone surrogate",
    ),
    ("chat", {**OK_CHAT, "metadata": {"k": "\ud800"}}, "metadata.k", "lone surrogate"),
    ("score", {"input": [{"prompt": "\ud800"}]}, "input.0.prompt", "lone surrogate"),
    ("completions", b'{"\\ud800": 1, "model": "organism", "prompt": "x"}', None, "lone surrogate"),
    # seeds: a signed 64-bit integer
    ("completions", {**OK_COMPLETION, "temperature": 1, "seed": 2**63}, "seed", "less than"),
    ("completions", {**OK_COMPLETION, "temperature": 1, "seed": -(2**63) - 1}, "seed", "greater"),
    ("completions", {**OK_COMPLETION, "seed": 10**30}, "seed", "less than"),
    ("completions", {**OK_COMPLETION, "seed": 1.5}, "seed", "valid integer"),
    # token budgets
    ("completions", {**OK_COMPLETION, "max_tokens": -5}, "max_tokens", "greater than"),
    ("completions", {**OK_COMPLETION, "max_tokens": 0}, "max_tokens", "greater than"),
    ("completions", {**OK_COMPLETION, "max_tokens": 10**30}, "max_tokens", "at most"),
    ("chat", {**OK_CHAT, "max_completion_tokens": -1}, "max_completion_tokens", "greater"),
    ("chat", {**OK_CHAT, "max_completion_tokens": 5}, "max_tokens", "contradicts"),
    # sampling ranges
    ("completions", {**OK_COMPLETION, "temperature": -0.1}, "temperature", "greater"),
    ("completions", {**OK_COMPLETION, "temperature": 2.5}, "temperature", "less"),
    ("completions", b'{"model": "organism", "prompt": "x", "temperature": NaN}', "temperature", ""),
    ("completions", b'{"model": "organism", "prompt": "x", "top_p": Infinity}', "top_p", ""),
    ("completions", {**OK_COMPLETION, "top_p": 0}, "top_p", "greater than 0"),
    ("completions", {**OK_COMPLETION, "top_p": 1.5}, "top_p", "less"),
    ("completions", {**OK_COMPLETION, "n": 0}, "n", "unsupported"),
    ("completions", {**OK_COMPLETION, "n": -1}, "n", "unsupported"),
    ("completions", {**OK_COMPLETION, "presence_penalty": 0.5}, "presence_penalty", "unsupported"),
    (
        "completions",
        b'{"model": "organism", "prompt": "x", "presence_penalty": NaN}',
        "presence_penalty",
        "",
    ),
    ("completions", {**OK_COMPLETION, "logit_bias": {"5": 10}}, "logit_bias", "unsupported"),
    # logprobs, in each API's own type
    ("completions", {**OK_COMPLETION, "logprobs": 0}, "logprobs", "unsupported"),
    ("completions", {**OK_COMPLETION, "logprobs": True}, "logprobs", "valid integer"),
    ("chat", {**OK_CHAT, "logprobs": True}, "logprobs", "unsupported"),
    ("chat", {**OK_CHAT, "logprobs": 2}, "logprobs", "valid boolean"),
    ("chat", {**OK_CHAT, "top_logprobs": 2}, "top_logprobs", "unsupported"),
    # stop sequences
    ("completions", {**OK_COMPLETION, "stop": ["a", "b", "c", "d", "e"]}, "stop", "at most 4"),
    ("completions", {**OK_COMPLETION, "stop": [1]}, "stop.0", "valid string"),
    ("completions", {**OK_COMPLETION, "stop": 7}, "stop", "valid"),
    ("completions", {**OK_COMPLETION, "stop": ""}, "stop", "non-empty"),
    ("completions", {**OK_COMPLETION, "stop": "x" * 513}, "stop", "512 characters"),
    # other fields
    ("completions", {**OK_COMPLETION, "user": "u" * 257}, "user", "256 characters"),
    (
        "completions",
        {**OK_COMPLETION, "stream": False, "stream_options": {}},
        "stream_options",
        "stream=true",
    ),
    ("completions", {**OK_COMPLETION, "best_of": 2}, "best_of", "unsupported"),
    ("completions", {**OK_COMPLETION, "suffix": "x"}, "suffix", "unsupported"),
    ("completions", {**OK_COMPLETION, "prompt": [1, 2, 3]}, "prompt.0", "valid string"),
    (
        "chat",
        {**OK_CHAT, "messages": [{**CHAT_MESSAGE, "name": "ann"}]},
        "messages.0.name",
        "chat template",
    ),
    ("chat", {**OK_CHAT, "functions": [{"name": "f"}]}, "functions", "Unrecognized"),
    ("chat", {**OK_CHAT, "tool_choice": "auto"}, "tools", "unsupported"),
    ("chat", {**OK_CHAT, "response_format": {"type": "json_object"}}, "response_format", ""),
    (
        "chat",
        {**OK_CHAT, "messages": [{"role": "tool", "content": "x"}]},
        "messages.0.role",
        "'user'",
    ),
    # bodies that are not a JSON object, or not parseable at all
    ("completions", [OK_COMPLETION], None, "must be a JSON object"),
    ("completions", "a string", None, "must be a JSON object"),
    (
        "completions",
        b'{"model": "organism", "prompt": "x", "max_tokens": 1' + b"0" * 5000 + b"}",
        None,
        "JSON",
    ),
    ("completions", b"[" * 100_000 + b"]" * 100_000, None, "JSON"),
    ("completions", b"\xff\xfe not utf-8", None, "JSON"),
]


def _route(server: Running, name: str) -> str:
    return {
        "completions": f"{server.url}/v1/completions",
        "chat": f"{server.url}/v1/chat/completions",
        "score": f"{server.url}/v1/score",
    }[name]


@pytest.mark.parametrize(("route", "body", "param", "words"), BAD)
def test_bad_parameters_get_a_400_naming_them(server, route, body, param, words):
    error = assert_error(_post(_route(server, route), body), 400, param=param)
    assert words in error["message"], error
    assert error["type"] == "invalid_request_error"


def test_the_server_keeps_serving_after_every_bad_request(server):
    for route, body, _, _ in BAD:
        assert _post(_route(server, route), body).status_code == 400
    assert _post(_route(server, "completions"), OK_COMPLETION).status_code == 200


@pytest.mark.parametrize(
    ("content_type", "status"),
    [
        (None, 400),
        ("text/plain", 400),
        ("application/x-www-form-urlencoded", 400),
        ("multipart/form-data; boundary=x", 400),
        ("application/json", 200),
        ("application/json; charset=utf-8", 200),
        ("Application/JSON", 200),
    ],
)
def test_content_type_must_be_json(server, content_type, status):
    headers = {"content-type": content_type} if content_type else {}
    for route, body in (("completions", OK_COMPLETION), ("chat", OK_CHAT)):
        response = httpx.post(
            _route(server, route), content=json.dumps(body), headers=headers, timeout=60
        )
        if status == 200:
            assert response.status_code == 200, response.text
            continue
        error = assert_error(response, 400, param="Content-Type")
        assert "must be application/json" in error["message"]
        assert (content_type or "none") in error["message"]


def test_seeds_at_the_edges_of_64_bits_sample_reproducibly(server):
    c = client(server.url)
    for seed in (2**63 - 1, -(2**63), 0):
        texts = {
            c.completions.create(
                model="organism",
                prompt=OK_COMPLETION["prompt"],
                max_tokens=6,
                temperature=1.5,
                seed=seed,
            )
            .choices[0]
            .text
            for _ in range(2)
        }
        assert len(texts) == 1


def test_tiny_temperatures_decode_greedily_instead_of_failing(server):
    """Logits divided by 1e-40 overflow float32; the limit of sampling as T -> 0 is greedy."""
    c = client(server.url)
    greedy = c.completions.create(model="organism", prompt=OK_COMPLETION["prompt"], max_tokens=6)
    for temperature in (1e-40, 1e-300, 5e-324):
        tiny = c.completions.create(
            model="organism",
            prompt=OK_COMPLETION["prompt"],
            max_tokens=6,
            temperature=temperature,
            seed=3,
        )
        assert tiny.choices[0].text == greedy.choices[0].text


def test_defaults_that_clients_send_explicitly_are_accepted(server):
    c = client(server.url)
    reply = c.chat.completions.create(
        model="organism",
        messages=[{"role": "user", "content": "hi"}],
        max_completion_tokens=3,
        max_tokens=3,
        n=1,
        presence_penalty=0,
        frequency_penalty=0,
        logit_bias={},
        logprobs=False,
        response_format={"type": "text"},
        tool_choice="none",
        parallel_tool_calls=False,
        store=False,
        metadata={},
        stop=[],
        top_p=1,
    )
    assert reply.choices[0].finish_reason in ("stop", "length")
    with pytest.raises(openai.BadRequestError, match="store"):
        c.chat.completions.create(
            model="organism", messages=[{"role": "user", "content": "hi"}], store=True
        )
