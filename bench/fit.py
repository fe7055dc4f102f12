"""Benchmark: streaming MahalanobisScorer fit/score against numpy holding all the data.

    python bench/fit.py [--quick] [--threads 2]

Every (method, d, N) runs in a fresh subprocess so that its peak memory is its own. Peak
memory is ``ru_maxrss`` at the end minus ``ru_maxrss`` after imports and set-up: it counts
every allocation (numpy, torch's allocator, BLAS workspaces), which tracemalloc would miss
for torch. Synthetic float32 activations are generated in chunks, deterministically from
(chunk index, seed), so both methods see the same data; generation time is not counted,
but generation buffers do count towards memory (a few chunk-sized arrays).

mad fit = all partial_fit calls + finalize (OAS + eigendecomposition). The numpy baseline
stacks the data into one float32 array and times ``np.cov`` on it (which makes a float64
copy); scoring baselines use ``np.linalg.inv`` and ``np.einsum``.
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

import numpy as np

CHUNK = 4096
RANK = 16  # low-rank shared component, so features are correlated like real activations
SCORE_N = 100_000
BASELINE_LIMIT_BYTES = 8e9
# With OpenMP's default spin-waiting, LAPACK's eigh (in finalize, and numpy's inv) slows down
# ~100x whenever another process competes for the cores; passive waiting avoids that.
OMP_WAIT_POLICY = "PASSIVE"


def chunks(n: int, d: int, seed: int = 0) -> Iterator[np.ndarray]:
    """``n`` rows of synthetic float32 activations, ``CHUNK`` rows at a time."""
    setup = np.random.default_rng([seed, d])
    scales = np.exp(setup.normal(0.0, 1.0, d)).astype(np.float32)
    offsets = setup.normal(0.0, 3.0, d).astype(np.float32)
    mixing = setup.standard_normal((RANK, d), dtype=np.float32)
    for k, start in enumerate(range(0, n, CHUNK)):
        rows = min(CHUNK, n - start)
        rng = np.random.default_rng([seed, d, k])
        x = rng.standard_normal((rows, d), dtype=np.float32) * scales + offsets
        x += rng.standard_normal((rows, RANK), dtype=np.float32) @ mixing
        yield x


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def baseline_bytes(n: int, d: int) -> float:
    """The numpy baseline's data: float32 stack plus np.cov's float64 copy."""
    return n * d * (4 + 8)


def run_mad(n: int, d: int, threads: int) -> dict[str, float]:
    import torch

    from mad.scorers import MahalanobisScorer

    torch.set_num_threads(threads)
    scorer = MahalanobisScorer()
    start_mib = peak_mib()
    fit_s = 0.0
    for x in chunks(n, d):
        t = time.perf_counter()
        scorer.partial_fit(x)
        fit_s += time.perf_counter() - t
    t = time.perf_counter()
    scorer.finalize()
    finalize_s = time.perf_counter() - t
    fit_mib = peak_mib() - start_mib
    score_n, score_s = min(n, SCORE_N), 0.0
    for x in chunks(score_n, d, seed=1):
        t = time.perf_counter()
        scorer.score_samples(x)
        score_s += time.perf_counter() - t
    return {
        "threads": torch.get_num_threads(),
        "fit_s": fit_s + finalize_s,
        "finalize_s": finalize_s,
        "fit_mib": fit_mib,
        "score_vps": score_n / score_s,
    }


def run_numpy(n: int, d: int) -> dict[str, float]:
    x = np.empty((n, d), dtype=np.float32)
    start_mib = peak_mib()
    for k, chunk in enumerate(chunks(n, d)):
        x[k * CHUNK : k * CHUNK + len(chunk)] = chunk
    t = time.perf_counter()
    cov = np.cov(x, rowvar=False)
    fit_s = time.perf_counter() - t
    fit_mib = peak_mib() - start_mib
    queries = np.concatenate(list(chunks(min(n, SCORE_N), d, seed=1)))
    mean = x.mean(axis=0, dtype=np.float64)
    t = time.perf_counter()
    precision = np.linalg.inv(cov)
    diff = queries - mean
    np.einsum("ij,ij->i", diff @ precision, diff)
    score_s = time.perf_counter() - t
    return {"fit_s": fit_s, "fit_mib": fit_mib, "score_vps": len(queries) / score_s}


def spawn(method: str, n: int, d: int, threads: int) -> dict[str, float]:
    """Run one configuration in a fresh interpreter and return its measurements."""
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = str(threads)
    env.setdefault("OMP_WAIT_POLICY", OMP_WAIT_POLICY)
    cmd = [sys.executable, __file__, "--worker", method, "-n", str(n), "-d", str(d)]
    cmd += ["--threads", str(threads)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="d=768, N up to 1e5 (< 2 min)")
    parser.add_argument("--threads", type=int, default=2, help="torch and BLAS threads")
    parser.add_argument("--worker", choices=["mad", "numpy"], help=argparse.SUPPRESS)
    parser.add_argument("-n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("-d", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        if args.worker == "mad":
            result = run_mad(args.n, args.d, args.threads)
        else:
            result = run_numpy(args.n, args.d)
        print(json.dumps(result))
        return

    dims = [768] if args.quick else [768, 2048]
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    header = (
        f"{'d':>5} {'N':>9} | {'mad fit s':>9} {'mad vec/s':>10} {'np.cov s':>9} "
        f"{'np vec/s':>10} {'time x':>6} | {'mad MiB':>8} {'np MiB':>8} {'mem x':>6} | "
        f"{'mad score/s':>11} {'np score/s':>11}"
    )
    rows, notes, threads_seen = [], [], None
    for d in dims:
        for n in sizes:
            mad = spawn("mad", n, d, args.threads)
            threads_seen = mad["threads"]
            need = baseline_bytes(n, d)
            if need > BASELINE_LIMIT_BYTES:
                ref = None
                notes.append(
                    f"numpy baseline skipped at d={d}, N={n:.0e}: it would hold "
                    f"{need / 1e9:.1f} GB (float32 data + np.cov's float64 copy) > "
                    f"{BASELINE_LIMIT_BYTES / 1e9:.0f} GB"
                )
            else:
                ref = spawn("numpy", n, d, args.threads)
            rows.append((d, n, mad, ref))
            print(f"  done d={d} N={n:.0e}", file=sys.stderr, flush=True)

    print(
        f"threads: torch.set_num_threads({args.threads}) -> torch.get_num_threads() = "
        f"{threads_seen}; numpy BLAS limited with OMP/OPENBLAS/MKL_NUM_THREADS={args.threads}; "
        f"OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', OMP_WAIT_POLICY)}"
    )
    print(f"scoring throughput measured on min(N, {SCORE_N:.0e}) fresh vectors")
    print(header)
    print("-" * len(header))
    for d, n, mad, ref in rows:
        np_fit = ref["fit_s"] if ref else None
        np_mib = ref["fit_mib"] if ref else None
        print(
            f"{d:>5} {n:>9.0e} | {mad['fit_s']:>9.2f} {n / mad['fit_s']:>10,.0f} "
            f"{fmt(np_fit, '9.2f'):>9} {fmt(np_fit and n / np_fit, '10,.0f'):>10} "
            f"{fmt(np_fit and mad['fit_s'] / np_fit, '6.2f'):>6} | "
            f"{mad['fit_mib']:>8.0f} {fmt(np_mib, '8.0f'):>8} "
            f"{fmt(np_mib and mad['fit_mib'] / np_mib, '6.3f'):>6} | "
            f"{mad['score_vps']:>11,.0f} {fmt(ref['score_vps'] if ref else None, '11,.0f'):>11}"
        )
    for d in dims:
        mibs = [mad["fit_mib"] for dd, _, mad, _ in rows if dd == d]
        print(
            f"mad peak memory at d={d} across N={sizes[0]:.0e}..{sizes[-1]:.0e}: "
            f"{min(mibs):.0f}-{max(mibs):.0f} MiB (O(d^2), flat in N)"
        )
    for note in notes:
        print(note)
    print("time x, mem x: mad / numpy (mad fit includes finalize: OAS + eigendecomposition)")


if __name__ == "__main__":
    main()
