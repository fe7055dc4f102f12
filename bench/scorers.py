"""Benchmark: fit and score cost of every registered scorer, next to Mahalanobis in the same run.

    python bench/scorers.py [--threads 2] [--scorers knn pca_residual] [--timeout 60]

Scorers are discovered from ``mad.scorers.SCORERS`` after importing every module of the
``mad.scorers`` package, so a new scorer is benchmarked as soon as its module exists. Each
runs with its default hyperparameters on synthetic float32 activations (N=20k fit rows, 5k
scored rows, d=768 and d=576: GPT-2-small and SmolLM2-135M widths). A scorer whose ``needs``
is ``"untrusted"`` also gets 5k unlabelled rows (10% shifted) through
``partial_fit_untrusted``; one needing ``"labels"`` gets 1k shifted rows through
``partial_fit_anomalies``; that time counts as fitting. A scorer that cannot be built with
defaults, or rejects its extra data, is skipped with the reason printed.

Every (scorer, d) runs in a fresh subprocess so its peak memory is its own: ``ru_maxrss`` at
the end of fitting (fit MiB) and of scoring (peak MiB), minus ``ru_maxrss`` after imports
and generating the scored and extra rows. Fit data are generated in 4096-row chunks as they
are streamed; generation time is not counted but its buffers count towards memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import numpy as np

N_FIT, N_SCORE, N_UNTRUSTED, N_ANOMALIES = 20_000, 5_000, 5_000, 1_000
DIMS = (768, 576)
CHUNK = 4096
RANK = 16  # low-rank shared component, so features are correlated like real activations
SHIFT = 2.0  # anomalies: every feature moved by SHIFT standard units
# OpenMP spin-waiting slows LAPACK ~100x when other processes compete for the cores.
OMP_WAIT_POLICY = "PASSIVE"
REFERENCE = "mahalanobis"


def chunks(n: int, d: int, seed: int, shift: float = 0.0) -> Iterator[np.ndarray]:
    """``n`` rows of synthetic float32 activations, ``CHUNK`` rows at a time."""
    setup = np.random.default_rng([d])  # the same distribution for every seed
    scales = np.exp(setup.normal(0.0, 1.0, d)).astype(np.float32)
    offsets = setup.normal(0.0, 3.0, d).astype(np.float32)
    mixing = setup.standard_normal((RANK, d), dtype=np.float32)
    for k, start in enumerate(range(0, n, CHUNK)):
        rng = np.random.default_rng([seed, d, k])
        rows = min(CHUNK, n - start)
        x = rng.standard_normal((rows, d), dtype=np.float32) + shift
        x = x * scales + offsets + rng.standard_normal((rows, RANK), dtype=np.float32) @ mixing
        yield x


def matrix(n: int, d: int, seed: int, shift: float = 0.0) -> np.ndarray:
    return np.concatenate(list(chunks(n, d, seed, shift)))


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def load_registry() -> dict[str, type]:
    """Import every module of ``mad.scorers`` and return the registry."""
    import importlib
    import pkgutil

    import mad.scorers
    from mad.scorers import SCORERS

    for module in pkgutil.iter_modules(mad.scorers.__path__):
        try:
            importlib.import_module(f"mad.scorers.{module.name}")
        except Exception as error:  # a half-written scorer must not stop the benchmark
            print(f"cannot import mad.scorers.{module.name}: {error!r}", file=sys.stderr)
    return SCORERS


def run_worker(name: str, d: int, threads: int) -> dict[str, Any]:
    """Fit and score one scorer; the measurements, or ``{"skipped": reason}``."""
    import torch

    torch.set_num_threads(threads)
    try:
        scorer = load_registry()[name]()
    except Exception as error:
        return {"skipped": f"cannot build with defaults: {error!r}"}
    queries = matrix(N_SCORE, d, seed=1)
    extra, feed = None, None
    if scorer.needs == "untrusted":
        extra = matrix(N_UNTRUSTED, d, seed=2)
        extra[: N_UNTRUSTED // 10] = matrix(N_UNTRUSTED // 10, d, seed=3, shift=SHIFT)
        feed = scorer.partial_fit_untrusted
    elif scorer.needs == "labels":
        extra, feed = matrix(N_ANOMALIES, d, seed=3, shift=SHIFT), scorer.partial_fit_anomalies
    start_mib = peak_mib()
    fit_s = 0.0
    for x in chunks(N_FIT, d, seed=0):
        t = time.perf_counter()
        scorer.partial_fit(x)
        fit_s += time.perf_counter() - t
    if feed is not None:
        t = time.perf_counter()
        try:
            feed(extra)
        except (NotImplementedError, TypeError) as error:
            return {"skipped": f"needs={scorer.needs!r} but rejects that data: {error!r}"}
        fit_s += time.perf_counter() - t
    t = time.perf_counter()
    scorer.finalize()
    finalize_s = time.perf_counter() - t
    fit_mib = peak_mib() - start_mib
    t = time.perf_counter()
    scorer.score_samples(queries)
    score_s = time.perf_counter() - t
    return {
        "threads": torch.get_num_threads(),
        "needs": scorer.needs,
        "fit_s": fit_s + finalize_s,
        "finalize_s": finalize_s,
        "score_s": score_s,
        "fit_mib": fit_mib,
        "peak_mib": peak_mib() - start_mib,
    }


def spawn(name: str, d: int, threads: int, timeout: float) -> dict[str, Any]:
    """Run one scorer in a fresh interpreter and return its measurements."""
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = str(threads)
    env.setdefault("OMP_WAIT_POLICY", OMP_WAIT_POLICY)
    cmd = [sys.executable, __file__, "--worker", name, "-d", str(d), "--threads", str(threads)]
    try:
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"skipped": f"did not finish within {timeout:.0f} s"}
    if out.returncode:
        tail = out.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"skipped": f"worker failed: {tail[0]}"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def ratio(value: float, reference: dict[str, Any] | None, key: str) -> str:
    if reference is None or "skipped" in reference:
        return "-"
    return f"{value / reference[key]:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--threads", type=int, default=2, help="torch and BLAS threads")
    parser.add_argument("--scorers", nargs="+", help="registry names (default: all)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per scorer and d")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("-d", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        print(json.dumps(run_worker(args.worker, args.d, args.threads)))
        return

    registry = load_registry()
    names = args.scorers or sorted(registry)
    names = [REFERENCE] + [n for n in names if n != REFERENCE]
    results: dict[tuple[int, str], dict[str, Any]] = {}
    for d in DIMS:
        for name in names:
            if name not in registry:
                results[d, name] = {"skipped": f"not registered (known: {sorted(registry)})"}
            else:
                results[d, name] = spawn(name, d, args.threads, args.timeout)
            print(f"  done d={d} {name}", file=sys.stderr, flush=True)

    seen = {r["threads"] for r in results.values() if "threads" in r}
    print(
        f"threads: --threads {args.threads} -> torch.get_num_threads() = "
        f"{', '.join(map(str, sorted(seen))) or '?'}; OMP/OPENBLAS/MKL_NUM_THREADS={args.threads}; "
        f"OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', OMP_WAIT_POLICY)}"
    )
    print(
        f"fit N={N_FIT:,} rows (+ finalize), score N={N_SCORE:,} rows, one call; x = / {REFERENCE}"
    )
    header = (
        f"{'d':>4} {'scorer':<16} {'needs':<9} | {'fit s':>7} {'fit vec/s':>10} {'x':>6} | "
        f"{'score s':>7} {'score vec/s':>11} {'x':>6} | {'fit MiB':>7} {'peak MiB':>8} {'x':>6}"
    )
    print(header)
    print("-" * len(header))
    skipped = []
    for (d, name), r in results.items():
        if "skipped" in r:
            skipped.append(f"d={d} {name}: skipped, {r['skipped']}")
            continue
        ref = results.get((d, REFERENCE))
        fit_s, score_s, peak = r["fit_s"], r["score_s"], r["peak_mib"]
        print(
            f"{d:>4} {name:<16} {r['needs']:<9} | {fit_s:>7.2f} {N_FIT / fit_s:>10,.0f} "
            f"{ratio(fit_s, ref, 'fit_s'):>6} | {score_s:>7.2f} {N_SCORE / score_s:>11,.0f} "
            f"{ratio(score_s, ref, 'score_s'):>6} | {r['fit_mib']:>7.0f} "
            f"{peak:>8.0f} {ratio(peak, ref, 'peak_mib'):>6}"
        )
    for line in skipped:
        print(line)


if __name__ == "__main__":
    main()
