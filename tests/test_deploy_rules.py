"""The Prometheus rules and Alertmanager config in deploy/, with the real promtool and amtool.

`promtool check rules` parses every expression; `promtool test rules` runs
deploy/prometheus/tests/mad_test.yaml, where every alert fires on a synthetic series where it
should and stays silent where it should not (checked here to hold for every alert). The
false-alarm claims of the runbook are recomputed from the exact beta-binomial law.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import require_tool
from scipy import stats

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
RULES = DEPLOY / "prometheus/rules/mad.yaml"
RULE_TESTS = DEPLOY / "prometheus/tests/mad_test.yaml"
RUNBOOK = DEPLOY / "README.md"


def _rules() -> list[dict]:
    return [r for g in yaml.safe_load(RULES.read_text())["groups"] for r in g["rules"]]


def _alerts() -> dict[str, dict]:
    return {r["alert"]: r for r in _rules() if "alert" in r}


def _run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_promtool_checks_the_rules():
    promtool = require_tool("promtool", "/usr/bin/promtool")
    result = _run(promtool, "check", "rules", str(RULES))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(_rules())} rules found" in result.stdout + result.stderr


def test_promtool_rule_unit_tests_pass():
    promtool = require_tool("promtool", "/usr/bin/promtool")
    result = _run(promtool, "test", "rules", str(RULE_TESTS))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


@pytest.mark.parametrize(
    "old, new, alert",
    [
        (  # blind to flags
            "expr: detector:mad_flag_rate:z30m > 4 and",
            "expr: detector:mad_flag_rate:z30m > 400 and",
            "MadFlagRateHigh",
        ),
        (  # blind to drift
            "expr: detector:mad_trusted_flag_rate:z30m > 4 and",
            "expr: detector:mad_trusted_flag_rate:z30m > 400 and",
            "MadTrafficDrift",
        ),
        (  # the drift test on the served (adaptive) flags, which the window keeps near alpha
            "(increase(mad_trusted_flagged_total[30m]))",
            "(increase(mad_flagged_total[30m]))",
            "MadTrafficDrift",
        ),
    ],
    ids=["flag-rate", "drift", "drift-on-served-flags"],
)
def test_promtool_unit_tests_catch_a_broken_rule(tmp_path, old, new, alert):
    """The unit tests have teeth: the same tests against a rule made blind to flags fail."""
    promtool = require_tool("promtool", "/usr/bin/promtool")
    broken = RULES.read_text().replace(old, new)
    assert broken != RULES.read_text()
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules/mad.yaml").write_text(broken)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests/mad_test.yaml").write_text(RULE_TESTS.read_text())
    result = _run(promtool, "test", "rules", str(tmp_path / "tests/mad_test.yaml"))
    assert result.returncode != 0
    assert f"alertname: {alert}" in result.stdout + result.stderr


def test_every_alert_has_a_firing_and_a_silent_unit_test():
    tests = yaml.safe_load(RULE_TESTS.read_text())["tests"]
    fires: set[str] = set()
    silent: set[str] = set()
    for case in tests:
        for check in case.get("alert_rule_test", []):
            (fires if check.get("exp_alerts") else silent).add(check["alertname"])
    alerts = set(_alerts())
    assert len(alerts) >= 8
    assert alerts - fires == set(), "alerts never shown to fire"
    assert alerts - silent == set(), "alerts never shown to stay silent"


def _anchors(markdown: str) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    out = set()
    for line in markdown.splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            out.add(re.sub(r"\s", "-", re.sub(r"[^\w\s-]", "", title)))
    return out


def test_every_alert_has_severity_summary_and_a_runbook_in_the_docs():
    anchors = _anchors(RUNBOOK.read_text())
    for name, alert in _alerts().items():
        assert alert["labels"]["severity"] in ("critical", "warning"), name
        notes = alert["annotations"]
        assert notes["summary"] and notes["description"], name
        assert notes["runbook_url"] == f"deploy/README.md#{name.lower()}", name
        assert name.lower() in anchors, f"deploy/README.md has no section {name}"


def test_flag_alerts_test_statistics_not_raw_scores():
    """The flag alerts read the z-score rules, never mad_anomaly_score or a fixed p-value."""
    alerts = _alerts()
    for name in ("MadFlagRateHigh", "MadFlagBurst", "MadPValueDrift", "MadTrafficDrift"):
        assert "mad_anomaly_score" not in alerts[name]["expr"], name
        assert re.search(r":z\w+ [<>]", alerts[name]["expr"]), name
    z = {r["record"]: r["expr"] for r in _rules() if r.get("record", "").endswith(("z30m", "z5m"))}
    for expr in z.values():  # alpha and n_cal come from the server, not from this file
        assert "detector:mad_alpha:max" in expr and "detector:mad_calibration_size:max" in expr


# ----- the false-alarm claims of deploy/README.md ------------------------------------------------


def _threshold(expr: str, series: str) -> tuple[float, int]:
    """(z threshold, minimum flag count) of a flag alert expression."""
    z = re.search(rf"{re.escape(series)}:z\w+ > ([\d.]+)", expr)
    k = re.search(r":increase\w+ >= (\d+)", expr)
    assert z and k, expr
    return float(z.group(1)), int(k.group(1))


def _worst_false_alarm(z_min: float, k_min: int) -> float:
    """Largest per-evaluation probability that a flag alert's condition holds on trusted traffic.

    Under trusted traffic the flag count of n verdicts is beta-binomial: binomial given the
    calibration draw, whose flagged tail holds j = floor(alpha (n_cal + 1)) of n_cal + 1 ranks.
    Over the alphas and calibration sizes mad recommends (n_cal alpha >= 10) and 10 to 10^6
    verdicts per window.
    """
    worst = 0.0
    for alpha in (0.001, 0.005, 0.01, 0.02, 0.05, 0.1):
        for n_cal in sorted({math.ceil(10 / alpha), 2000, 20000}):
            if n_cal * alpha < 10:  # below that mad warns: one draw's flag rate is too noisy
                continue
            j = math.floor(alpha * (n_cal + 1) + 1e-9)
            for n in (10, 20, 50, 100, 300, 1000, 3000, 10_000, 100_000, 1_000_000):
                sd = math.sqrt(n * alpha * (1 - alpha) * (1 + (n - 1) / (n_cal + 2)))
                k = max(k_min, math.floor(z_min * sd + 0.5 + n * alpha) + 1)  # z > z_min
                if k <= n:
                    worst = max(worst, stats.betabinom(n, j, n_cal + 1 - j).sf(k - 1))
    return worst


def test_flag_rate_alert_false_alarm_rate_is_about_three_sigma():
    z, k = _threshold(_alerts()["MadFlagRateHigh"]["expr"], "detector:mad_flag_rate")
    assert (z, k) == (4, 5)
    assert _worst_false_alarm(z, k) < 1.5e-3  # ~ the one-sided normal 3-sigma tail, 1.35e-3


def test_traffic_drift_alert_is_the_flag_rate_test_on_the_trusted_flags():
    """Trusted-only flags of trusted traffic follow the same beta-binomial law as the flags of
    a non-adaptive server, so the drift alert keeps the flag-rate alert's false-alarm rate."""
    rules = {r.get("record") or r["alert"]: r for r in _rules()}
    drift = rules["MadTrafficDrift"]
    z, k = _threshold(drift["expr"], "detector:mad_trusted_flag_rate")
    assert (z, k) == _threshold(rules["MadFlagRateHigh"]["expr"], "detector:mad_flag_rate")
    assert _worst_false_alarm(z, k) < 1.5e-3
    assert drift["for"] == rules["MadFlagRateHigh"]["for"] and drift["labels"]["severity"] == (
        "warning"
    )
    trusted = rules["detector:mad_trusted_flag_rate:z30m"]["expr"]
    served = rules["detector:mad_flag_rate:z30m"]["expr"]
    assert trusted == served.replace("detector:mad_flagged:", "detector:mad_trusted_flagged:")
    assert (
        "mad_trusted_flagged_total[30m]"
        in rules["detector:mad_trusted_flagged:increase30m"]["expr"]
    )


def test_flag_burst_alert_false_alarm_rate_is_tiny():
    z, k = _threshold(_alerts()["MadFlagBurst"]["expr"], "detector:mad_flag_rate")
    assert (z, k) == (6, 10)
    assert _worst_false_alarm(z, k) < 1e-4  # it pages at once, without a `for` duration


def test_p_value_drift_false_alarm_rate_is_tiny():
    assert "> 4 or layer:mad_layer_p_value_drift:z1h < -4" in _alerts()["MadPValueDrift"]["expr"]
    worst = 0.0
    for n_cal in (200, 1000, 5000, 20000):
        j = math.floor(0.5 * (n_cal + 1) + 1e-9)  # calibration ranks at or below p = 0.5
        law = stats.betabinom
        for n in (100, 300, 1000, 3000, 10_000, 100_000, 1_000_000):
            sd = math.sqrt(0.25 * n * (1 + (n - 1) / (n_cal + 2)))
            hi = math.floor(4 * sd + 0.5 * n) + 1
            lo = math.ceil(0.5 * n - 4 * sd) - 1
            d = law(n, j, n_cal + 1 - j)
            worst = max(worst, d.sf(hi - 1) + d.cdf(lo))
    assert worst < 1e-4


# ----- one source, Alertmanager, compose Prometheus ------------------------------------------


def test_helm_chart_copies_are_byte_identical_to_the_sources():
    result = _run(sys.executable, str(DEPLOY / "scripts/sync.py"), "--check")
    assert result.returncode == 0, result.stdout
    for source, copy in (
        ("prometheus/rules/mad.yaml", "helm/mad/files/mad-rules.yaml"),
        ("grafana/dashboards/mad.json", "helm/mad/files/mad-dashboard.json"),
    ):
        assert (DEPLOY / source).read_bytes() == (DEPLOY / copy).read_bytes()


def test_amtool_checks_the_alertmanager_config():
    amtool = require_tool("amtool", "/usr/bin/amtool")
    result = _run(amtool, "check-config", str(DEPLOY / "alertmanager/alertmanager.yml"))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("severity, receiver", [("critical", "page"), ("warning", "ticket")])
def test_alertmanager_routes_by_severity(severity, receiver):
    amtool = require_tool("amtool", "/usr/bin/amtool")
    config = str(DEPLOY / "alertmanager/alertmanager.yml")
    result = _run(
        amtool, "config", "routes", "test", f"--config.file={config}", f"severity={severity}"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == receiver
    for name, alert in _alerts().items():  # every alert carries a severity that routes
        assert alert["labels"]["severity"] in ("critical", "warning"), name


def test_promtool_checks_the_compose_prometheus_config():
    promtool = require_tool("promtool", "/usr/bin/promtool")
    # rule_files points into the container; check the config's syntax without following it
    result = _run(
        promtool, "check", "config", "--syntax-only", str(DEPLOY / "compose/prometheus.yml")
    )
    assert result.returncode == 0, result.stdout + result.stderr
