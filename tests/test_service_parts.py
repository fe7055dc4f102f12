"""Parts of the service that need no model: the flagged-case log, API keys, request schemas."""

from __future__ import annotations

import asyncio
import json
import os
import threading

import pytest
from pydantic import ValidationError

from mad.detector import Detector
from mad.errors import ConfigError, MadError
from mad_service.app import serve
from mad_service.config import ServeConfig
from mad_service.engine import Busy
from mad_service.flagged_log import FlaggedLog, FlagLogError
from mad_service.metrics import p_value_buckets, route_label
from mad_service.prep import Prep
from mad_service.schemas import ChatRequest, CompletionRequest
from mad_service.security import KeyFileError, key_matches, read_keys


def _entry(i: int, flagged: bool = True) -> dict:
    return {"request_id": f"r{i}", "flagged": flagged, "prompt": f"p{i}", "completion": "c"}


def test_flagged_log_appends_durable_json_lines(tmp_path):
    path = tmp_path / "sub" / "flagged.jsonl"
    log = FlaggedLog(path)
    log.write([_entry(0), _entry(1)])
    log.write([_entry(2)])
    log.close()
    assert [json.loads(x)["request_id"] for x in path.read_text().splitlines()] == [
        "r0",
        "r1",
        "r2",
    ]
    assert os.stat(path).st_mode & 0o777 == 0o600
    reopened = FlaggedLog(path)  # appends, never truncates
    reopened.write([_entry(3)])
    reopened.close()
    assert len(path.read_text().splitlines()) == 4
    with pytest.raises(RuntimeError, match="closed"):
        reopened.write([_entry(4)])


def test_flagged_log_rotates_by_size(tmp_path):
    path = tmp_path / "flagged.jsonl"
    line = len(json.dumps(_entry(0))) + 1
    log = FlaggedLog(path, max_bytes=3 * line, backups=2)
    for i in range(10):
        log.write([_entry(i)])
    log.close()

    def ids(p):
        return [json.loads(x)["request_id"] for x in p.read_text().splitlines()]

    assert ids(path) == ["r9"]
    assert ids(tmp_path / "flagged.jsonl.1") == ["r6", "r7", "r8"]
    assert ids(tmp_path / "flagged.jsonl.2") == ["r3", "r4", "r5"]
    assert not (tmp_path / "flagged.jsonl.3").exists()


def test_flagged_log_can_keep_hashes_only(tmp_path):
    path = tmp_path / "flagged.jsonl"
    log = FlaggedLog(path, hashes_only=True)
    log.write([{**_entry(0), "completion": None}])
    log.close()
    [entry] = [json.loads(x) for x in path.read_text().splitlines()]
    assert "prompt" not in entry and "completion" not in entry
    assert len(entry["prompt_sha256"]) == 64 and "completion_sha256" not in entry


def test_flagged_log_samples_unflagged_cases(tmp_path):
    never = FlaggedLog(tmp_path / "a.jsonl")
    assert never.wanted(True) and not any(never.wanted(False) for _ in range(100))
    some = FlaggedLog(tmp_path / "b.jsonl", sample_unflagged=0.25, seed=0)
    rate = sum(some.wanted(False) for _ in range(4000)) / 4000
    assert 0.2 < rate < 0.3
    with pytest.raises(ValueError):
        FlaggedLog(tmp_path / "c.jsonl", sample_unflagged=2)


def test_api_keys(tmp_path):
    path = tmp_path / "keys"
    path.write_text("# operators\nkey-aaaaaaaaaaaaaaaa\n\n  key-bbbbbbbbbbbbbbbb  \n")
    keys = read_keys(path)
    assert keys == [b"key-aaaaaaaaaaaaaaaa", b"key-bbbbbbbbbbbbbbbb"]
    assert key_matches(b"key-bbbbbbbbbbbbbbbb", keys)
    assert not key_matches(b"key-aaaaaaaaaaaaaaa", keys)
    assert not key_matches(b"", keys)
    path.write_text("# nothing\n")
    with pytest.raises(KeyFileError, match="no key"):
        read_keys(path)
    path.write_text("short\n")
    with pytest.raises(KeyFileError, match="16 characters"):
        read_keys(path)
    with pytest.raises(KeyFileError, match="cannot read"):
        read_keys(tmp_path / "missing")


def test_request_schemas_are_strict():
    ok = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    assert ChatRequest.model_validate(ok).token_budget() is None
    parts = {**ok, "messages": [{"role": "user", "content": [{"type": "text", "text": "a"}]}]}
    assert ChatRequest.model_validate(parts).messages[0].text() == "a"
    assert ChatRequest.model_validate({**ok, "max_completion_tokens": 7}).token_budget() == 7
    bad = [
        {**ok, "max_tokens": "7"},
        {**ok, "max_tokens": 0},
        {**ok, "n": 2},
        {**ok, "stream_options": {"include_usage": True}},
        {**ok, "stop": ""},
        {**ok, "response_format": {"type": "json_object"}},
        {**ok, "unknown": 1},
    ]
    for body in bad:
        with pytest.raises(ValidationError):
            ChatRequest.model_validate(body)
    completion = CompletionRequest.model_validate({"model": "m", "prompt": ["a", "b"], "stop": "x"})
    assert completion.prompts() == ["a", "b"] and completion.stops() == ("x",)
    with pytest.raises(ValidationError):
        CompletionRequest.model_validate({"model": "m", "prompt": []})


def test_metric_labels_and_buckets_are_bounded():
    assert route_label("/v1/completions") == "/v1/completions"
    assert route_label("/v1/completions/../../etc") == "other"
    buckets = p_value_buckets(0.05)
    assert 0.05 in buckets and buckets == tuple(sorted(buckets)) and buckets[-1] == 1.0


def test_config_refuses_nonsense():
    with pytest.raises(ValueError, match="action"):
        ServeConfig(detector="d", action="shout")
    with pytest.raises(ValueError, match="max-batch-size"):
        ServeConfig(detector="d", max_batch_size=0)
    assert ServeConfig(detector="d").host == "127.0.0.1"


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ({"port": 99999}, "--port: input should be less than or equal to 65535, got 99999"),
        ({"port": 0}, "--port: input should be greater than or equal to 1, got 0"),
        ({"max_queue": -1}, "--max-queue: "),
        ({"max_body_bytes": 0}, "--max-body-bytes: "),
        ({"max_prompt_tokens": 0}, "--max-prompt-tokens: "),
        ({"max_tokens_limit": 0}, "--max-tokens-limit: "),
        ({"max_score_items": 0}, "--max-score-items: "),
        ({"flag_log_max_bytes": 0}, "--flag-log-max-bytes: "),
        ({"flag_log_backups": -1}, "--flag-log-backups: "),
        ({"max_wait_ms": -1.0}, "--max-wait-ms: "),
        ({"max_wait_ms": float("nan")}, "--max-wait-ms: input should be a finite number"),
        ({"shutdown_timeout_s": 0.0}, "--shutdown-timeout-s: "),
        ({"log_unflagged_rate": 1.5}, "--log-unflagged-rate: "),
        ({"log_unflagged_rate": 0.1}, "--log-unflagged-rate: sampling unflagged cases needs"),
        ({"device": "gpu"}, "--device: must be 'auto' or a torch device"),
        ({"log_level": "verbose"}, "--log-level: must be one of debug, info"),
        ({"host": ""}, "--host: "),
        ({"port": "80a"}, "--port: "),
        ({"frobnicate": 1}, "unknown setting 'frobnicate'"),
    ],
)
def test_config_errors_are_one_line_config_errors_naming_the_flag(setting, expected):
    with pytest.raises(ConfigError) as caught:
        ServeConfig(detector="d", **setting)
    message = str(caught.value)
    assert message.startswith(expected), message
    assert "\n" not in message and "validation error" not in message


def test_config_accepts_what_serve_can_run():
    config = ServeConfig(
        detector="d", port=65535, device="cuda:1", log_level="WARNING", max_wait_ms=0.0
    )
    assert (config.port, config.device, config.log_level) == (65535, "cuda:1", "warning")
    assert ServeConfig(detector="d", flag_log="f.jsonl", log_unflagged_rate=1.0).flag_log
    with pytest.raises(ConfigError, match="--detector is required"):
        ServeConfig()
    with pytest.raises(ValidationError):  # settings are frozen once checked
        config.port = 1


def test_flag_log_that_cannot_be_opened_is_a_mad_error(tmp_path):
    with pytest.raises(FlagLogError, match="cannot open the flagged-case log") as caught:
        FlaggedLog(tmp_path)  # a directory
    assert isinstance(caught.value, MadError) and "\n" not in str(caught.value)


def _stub_detector(alpha: float = 0.05) -> object:
    """What `Metrics` reads from a detector, without fitting one (no model needed)."""
    from types import SimpleNamespace

    layers = ["blocks.1.resid_post", "blocks.2.resid_post"]
    manifest = SimpleNamespace(position="last", scorer="mahalanobis", layers=layers)
    calibration = SimpleNamespace(n_cal=200, thresholds=lambda: dict.fromkeys(layers, 7.0))
    return SimpleNamespace(
        id="d1", alpha=alpha, layers=layers, manifest=manifest, calibration=calibration
    )


def _samples(metrics) -> dict[tuple[str, frozenset], float]:
    from prometheus_client.parser import text_string_to_metric_families

    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(metrics.render().decode())
        for s in family.samples
    }


def test_metrics_for_alerting_exist_before_the_first_verdict():
    """The deploy/ rules rely on these from the first scrape: zeros, alpha, n_cal, readiness."""
    from mad_service.metrics import Metrics

    metrics = Metrics(_stub_detector(), model="m", action="log")
    metrics.ready.set_function(lambda: 1.0)
    got = _samples(metrics)
    d = {("detector", "d1")}
    assert got[("mad_detector_calibration_size", frozenset(d))] == 200
    assert got[("mad_ready", frozenset())] == 1
    for source in ("generate", "score"):
        labels = frozenset(d | {("source", source)})
        assert got[("mad_anomaly_p_value_count", labels)] == 0
        assert got[("mad_flagged_total", labels)] == 0
    for layer in ("blocks.1.resid_post", "blocks.2.resid_post"):
        labels = frozenset(d | {("layer", layer)})
        assert got[("mad_layer_p_value_count", labels)] == 0
        assert got[("mad_layer_flagged_total", labels)] == 0
        assert got[("mad_layer_p_value_bucket", labels | {("le", "0.5")})] == 0


def test_metrics_count_per_layer_p_values_and_flags():
    from mad_service.metrics import Metrics

    metrics = Metrics(_stub_detector(alpha=0.05), model="m", action="log")
    one, two = "blocks.1.resid_post", "blocks.2.resid_post"

    def verdict(p1: float, p2: float) -> dict:
        layers = {one: {"score": 1.0, "p_value": p1}, two: {"score": 1.0, "p_value": p2}}
        layers["not.a.layer"] = {"score": 1.0, "p_value": 0.0}  # ignored: labels stay bounded
        return {
            "score": 0.5,
            "p_value": min(p1, p2),
            "flagged": min(p1, p2) <= 0.05,
            "layers": layers,
        }

    metrics.verdicts([verdict(0.01, 0.6), verdict(0.05, 0.3), verdict(0.7, 0.9)], "generate")
    metrics.verdicts([{"score": 0.1, "p_value": 0.4, "flagged": False}], "score")  # no layers
    got = _samples(metrics)

    def value(name: str, **labels: str) -> float:
        return got[(name, frozenset({("detector", "d1"), *labels.items()}))]

    assert value("mad_layer_p_value_count", layer=one) == 3
    assert value("mad_layer_flagged_total", layer=one) == 2  # 0.01 and 0.05 (p <= alpha)
    assert value("mad_layer_flagged_total", layer=two) == 0
    assert value("mad_layer_p_value_bucket", layer=two, le="0.5") == 1  # 0.3
    assert value("mad_flagged_total", source="generate") == 2
    assert value("mad_anomaly_p_value_count", source="score") == 1
    assert not any("not.a.layer" in str(key) for key in got)


def test_prep_runs_on_its_own_thread_with_a_bounded_backlog():
    """Waiting requests past the bound are refused (429); a cancelled waiter's work still counts."""

    async def main() -> None:
        prep = Prep(max_pending=2)
        gate = threading.Event()
        waiters = [asyncio.ensure_future(prep.run(gate.wait, 30)) for _ in range(2)]
        await asyncio.sleep(0.05)
        assert prep.pending == 2
        with pytest.raises(Busy):
            await prep.run(len, "x")
        waiters[0].cancel()  # the client left; its work is still on the thread
        await asyncio.sleep(0.05)
        assert prep.pending == 2
        gate.set()
        await waiters[1]
        assert await prep.run(lambda: threading.current_thread().name) == "mad-prep_0"
        assert prep.pending == 0
        with pytest.raises(ValueError, match="boom"):
            await prep.run(int, "boom")
        prep.close()

    asyncio.run(main())


def test_serve_checks_the_key_file_and_flag_log_before_loading_anything(tmp_path):
    """The detector path does not exist: had `serve` loaded it first, that error would win."""

    missing = str(tmp_path / "no-detector")
    with pytest.raises(KeyFileError, match="cannot read the API key file"):
        serve(ServeConfig(detector=missing, api_key_file=str(tmp_path / "no-keys")))
    with pytest.raises(FlagLogError, match="cannot open the flagged-case log"):
        serve(ServeConfig(detector=missing, flag_log=str(tmp_path)))
    with pytest.raises(MadError):  # what loading first would have reported instead
        Detector.load(missing)
