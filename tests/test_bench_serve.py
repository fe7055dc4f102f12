"""bench/serve.py: the transformers CLI lookup, the paired-ratio interval and the round schedule.

The benchmark itself needs SmolLM2 and minutes of load; these test the parts its figures rest
on, on real data structures and a real subprocess.
"""

from __future__ import annotations

import importlib.util
import math
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from scipy import stats

_PATH = Path(__file__).resolve().parents[1] / "bench" / "serve.py"
_spec = importlib.util.spec_from_file_location("bench_serve", _PATH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def test_transformers_cli_runs_without_the_venv_on_path():
    cli = bench.transformers_cli()
    assert cli.parent == Path(sys.executable).parent
    assert cli.is_file() and os.access(cli, os.X_OK)
    done = subprocess.run(
        [str(cli), "--help"],
        env={**os.environ, "PATH": "/nonexistent"},  # as from a shell without the venv activated
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "serve" in done.stdout


def test_ratio_ci_is_the_t_interval_of_the_log_ratios():
    rng = random.Random(1)
    pairs = [
        (a, a * 1.05 * math.exp(rng.gauss(0, 0.03))) for a in (rng.uniform(1, 3) for _ in range(12))
    ]
    got = bench.ratio_ci(pairs)
    logs = [math.log(b / a) for a, b in pairs]
    low, high = stats.t.interval(
        0.95, len(logs) - 1, loc=sum(logs) / len(logs), scale=stats.sem(logs)
    )
    assert got["pairs"] == 12
    assert got["ratio"] == pytest.approx(math.exp(sum(logs) / len(logs)), abs=1e-4)
    assert got["ci95"] == pytest.approx([math.exp(low), math.exp(high)], abs=1e-4)
    assert got["half_width"] == pytest.approx(math.expm1((high - low) / 2), abs=1e-4)


def test_ratio_ci_covers_the_true_ratio_95_percent_of_the_time():
    rng = random.Random(7)
    trials, covered = 2000, 0
    for _ in range(trials):
        pairs = [(1.0, 0.98 * math.exp(rng.gauss(0, 0.05))) for _ in range(8)]
        low, high = bench.ratio_ci(pairs)["ci95"]
        covered += low <= 0.98 <= high
    assert 0.935 <= covered / trials <= 0.965


def test_ratio_ci_of_one_pair_is_unresolved():
    ci = bench.ratio_ci([(1.0, 1.1)])
    assert ci["half_width"] is None and not bench._resolved(ci, 0.02)


def _raw(round_no: int, elapsed: float) -> dict:
    return {"round": round_no, "elapsed": elapsed, "latencies": [], "tokens": 0}


A, B, C = "monitored, batched", "unmonitored, batched", "monitored, one at a time"


def test_pairs_use_only_rounds_both_servers_took_part_in():
    raws = {A: [_raw(0, 2.0), _raw(1, 2.0), _raw(2, 4.0)], B: [_raw(0, 1.0), _raw(2, 1.0)]}
    # throughput A / B = time B / time A, matched by round: rounds 0 and 2 only
    assert bench._pairs(raws, A, B) == [(2.0, 1.0), (4.0, 1.0)]
    assert bench.ratio_ci(bench._pairs(raws, A, B))["ratio"] == pytest.approx(
        math.sqrt(0.125), abs=1e-4
    )


def test_schedule_runs_the_minimum_then_only_what_is_unresolved():
    plan = {"rounds": 3, "duration": 100.0, "target": 0.02}
    steady = {A: [_raw(r, 2.0) for r in range(3)], B: [_raw(r, 2.0) for r in range(3)]}
    noisy = [_raw(0, 1.0), _raw(1, 3.0), _raw(2, 1.5)]
    raws = {**steady, C: noisy}
    assert all(bench._needed(name, raws, 2, plan) for name in raws)  # within --rounds: everyone
    # A/B is resolved (identical times) but A/C is not: A and C go on, B drops out
    assert bench._needed(A, raws, 3, plan) and bench._needed(C, raws, 3, plan)
    assert not bench._needed(B, raws, 3, plan)
    # out of budget: C stops even though its ratio is still unresolved
    assert not bench._needed(C, raws, 3, {**plan, "duration": 5.0})


def test_the_unmonitored_server_patches_methods_the_monitor_has():
    """The off side of the on/off ratio replaces the monitor's scoring methods; if one is renamed
    the patch would silently do nothing (or break every request), so the names are checked."""
    from mad.monitor import _Run

    for method in bench.UNMONITORED_PATCH:
        assert callable(getattr(_Run, method, None)), method


def test_a_slice_with_failed_requests_stops_the_run():
    bench._check("ok", {"errors": 0})
    with pytest.raises(RuntimeError, match="unmonitored: 2 failed request"):
        bench._check("unmonitored", {"errors": 2, "first_error": "500 boom"})
