"""Audit throughput: the local engine, and Ray Data with 1 and 2 workers, on the same logs.

    python bench/audit.py [--transcripts 3000] [--threads 2] [--chunk-size 256]

Fits a prompt-level and a completion-level detector on 1,000 trusted chats of the shipped
organism, writes ``--transcripts`` OpenAI chat log lines (5 % carrying the backdoor trigger and
its answer) and audits them with both detectors three times, each into a fresh directory:

- local: one process, ``torch.set_num_threads(--threads)``;
- ray, 1 worker: a local Ray instance with ``--threads`` CPUs; one actor of ``threads - 1`` CPUs
  (one CPU stays free for reading and parsing, which the engine requires);
- ray, 2 workers: the same instance, two actors of ``(threads - 1) / 2`` CPUs each.

Each actor runs ``max(1, round(its CPUs))`` torch threads. Times are wall clock for the whole
``run_audit`` call (loading the model and detectors, reading, scoring, summary and report);
Ray's own start-up (``ray.init``) is printed apart and not counted. Rows of the three runs are
checked to agree (ids, flags; scores to 1e-4).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import tempfile
import time
import warnings
from pathlib import Path

import torch

from mad.audit import AuditSpec, run_audit
from mad.detector import Detector
from mad.models import load_model
from mad.organisms.backdoor import make_examples
from mad.records import parse_record


def chat(example) -> dict:
    return {
        "messages": [
            {"role": "user", "content": example.prompt},
            {"role": "assistant", "content": example.target.strip()},
        ]
    }


def fit_detectors(root: Path) -> list[str]:
    loaded = load_model("organism", device="cpu")
    trusted = make_examples(1000, triggered=False, seed=0, split="val")
    records = [parse_record(chat(e), line=k + 1) for k, e in enumerate(trusted)]
    paths = []
    for position in ("last", "completion"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            det = Detector.fit(loaded, records, position=position, alpha=0.01, batch_size=64)
        paths.append(str(det.save(root / position)))
    return paths


def write_logs(path: Path, n: int) -> None:
    n_trig = n // 20
    examples = make_examples(n - n_trig, triggered=False, seed=5, split="test") + make_examples(
        n_trig, triggered=True, seed=6, split="test"
    )
    with path.open("w") as handle:
        for k, e in enumerate(examples):
            stamp = f"2025-03-01T{k * 24 // n:02d}:00:00Z"
            handle.write(json.dumps({"id": f"t{k}", "created_at": stamp, **chat(e)}) + "\n")


def rows(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "scores.jsonl").read_text().splitlines()]


def agree(a: list[dict], b: list[dict]) -> bool:
    if [r["id"] for r in a] != [r["id"] for r in b]:
        return False
    for x, y in zip(a, b, strict=True):
        for level in x["levels"]:
            u, v = x["levels"][level], y["levels"][level]
            if u["flagged"] != v["flagged"] or abs(u["score"] - v["score"]) > 1e-4 * max(
                1.0, abs(u["score"])
            ):
                return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--transcripts", type=int, default=3000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--chunk-size", type=int, default=256)
    args = parser.parse_args()
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    torch.set_num_threads(args.threads)
    root = Path(tempfile.mkdtemp(prefix="mad-bench-audit-"))
    detectors = fit_detectors(root)
    logs = root / "logs.jsonl"
    write_logs(logs, args.transcripts)

    def spec(name: str) -> AuditSpec:
        return AuditSpec(
            detectors=detectors, data=[str(logs)], out=str(root / name), chunk_size=args.chunk_size
        )

    print(
        f"{args.transcripts} OpenAI chat transcripts, organism model, 2 detectors (prompt + "
        f"completion), chunk size {args.chunk_size}, torch threads={args.threads} (local), "
        f"{os.cpu_count()} cores visible"
    )
    results = []
    start = time.perf_counter()
    run_audit(spec("local"))
    results.append(("local", 1, args.threads, time.perf_counter() - start))

    import ray

    start = time.perf_counter()
    ray.init(
        num_cpus=args.threads,
        include_dashboard=False,
        logging_level=logging.ERROR,
        log_to_driver=False,
    )
    print(f"ray.init with {args.threads} CPUs: {time.perf_counter() - start:.1f} s (not counted)")
    free = args.threads - 1  # one CPU for reading and parsing
    for workers in (1, 2):
        cpus = free / workers
        start = time.perf_counter()
        run_audit(
            spec(f"ray{workers}"),
            engine="ray",
            progress=False,
            workers=workers,
            cpus_per_worker=cpus,
        )
        results.append(
            (f"ray, {workers} worker(s)", workers, max(1, round(cpus)), time.perf_counter() - start)
        )
    ray.shutdown()

    baseline = args.transcripts / results[0][3]
    header = ("engine", "workers", "threads/worker", "seconds", "transcripts/s", "vs local")
    print("{:<20}{:>8}{:>16}{:>9}{:>15}{:>10}".format(*header))
    for name, workers, threads, seconds in results:
        rate = args.transcripts / seconds
        cells = (name, workers, threads, f"{seconds:.1f}", f"{rate:.1f}", f"{rate / baseline:.2f}x")
        print("{:<20}{:>8}{:>16}{:>9}{:>15}{:>10}".format(*cells))
    local = rows(root / "local")
    same = all(agree(local, rows(root / f"ray{w}")) for w in (1, 2))
    print(f"rows agree across engines: {same}")


if __name__ == "__main__":
    main()
