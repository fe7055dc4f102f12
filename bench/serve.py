"""What monitoring costs a served model, measured in one run on loopback, with confidence intervals.

    python bench/serve.py [--model smollm2] [--quick] [--threads 2] [--target 0.02]
                          [--clients 8] [--requests-per-client 2] [--rounds 6] [--duration 400]
                          [--max-tokens 32] [--skip-inprocess] [--skip-http] [--transformers-serve]

1. In-process: `Monitor.generate` (completion detector, per-token scores on) against plain
   ``model.generate`` on the same batches, greedy, same lengths; the tokens must be identical.
2. HTTP: `mad serve` in a subprocess under N concurrent chat clients: monitoring on vs off (same
   server, hooks and scoring patched out), and batched vs one request at a time
   (``--max-batch-size 1``). All servers run side by side; a round gives each the same fixed work
   (every client sends ``--requests-per-client`` requests), in an order that rotates each round.
   Reports requests/s, generated tokens/s, p50/p99 latency.
3. Optionally ``transformers serve`` on the same model and load, as an outside reference.

Every ratio comes from paired repeats interleaved in time (ABBA in process, rotating rounds over
HTTP), so slow drifts of machine load hit both sides alike, and is reported as the geometric mean
of the paired ratios with a 95 % t-interval. Repeats continue until the interval is within
``--target`` (default ±2 %) or the time budget is spent; ``resolved`` says which. ``--quick`` is
a smoke run (a few repeats, no resolution promised).

Everything binds to 127.0.0.1. The detector is fitted once on the shipped SmolLM2 chat prompts
(position ``completion``, so every generated token is scored) and saved to a temporary directory.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/stats.py, however this is loaded
from stats import progress as _progress  # noqa: E402
from stats import ratio_ci  # noqa: E402
from stats import resolved as _resolved  # noqa: E402

_THREADS_ENV = "MAD_BENCH_THREADS"  # the thread count handed to each server process
DATA = Path(__file__).resolve().parents[1] / "mad" / "organisms" / "data" / "smollm2_chat"


def _records(name: str, n: int) -> list[Any]:
    from mad.records import read_records

    return list(read_records(DATA / f"{name}.jsonl"))[:n]


def _chat_messages(n: int) -> list[list[dict[str, str]]]:
    out = []
    for record in _records("trusted", 400)[-n // 2 :] + _records("anomalous", n // 2):
        out.append([{"role": m.role, "content": m.content} for m in record.messages])
    return out


def fit_detector(model: str, n_fit: int, out: Path) -> Path:
    from mad.capture import resolve_layout
    from mad.detector import Detector
    from mad.models import load_model

    loaded = load_model(model)
    started = time.perf_counter()
    depth = resolve_layout(loaded.model).num_layers
    detector = Detector.fit(  # one layer: a small calibration set still reaches alpha
        loaded,
        _records("trusted", n_fit),
        layers=[-min(6, depth)],
        position="completion",
        alpha=0.05,
        max_new_tokens=16,
        batch_size=16,
    )
    print(
        f"fitted a completion detector on {n_fit} prompts in {time.perf_counter() - started:.0f}s"
    )
    return detector.save(out)


# ----- in-process --------------------------------------------------------------------------------


def in_process(detector_dir: Path, max_tokens: int, plan: dict[str, Any]) -> list[dict[str, Any]]:
    from mad.detector import Detector
    from mad.monitor import Monitor

    monitor = Monitor(Detector.load(detector_dir))
    return [_compare(monitor, batch, max_tokens, plan) for batch in (1, 8)]


def _compare(monitor: Any, batch: int, max_tokens: int, plan: dict[str, Any]) -> dict[str, Any]:
    import torch

    from mad.capture import pad_batch
    from mad.records import parse_record

    model = monitor.loaded.model
    records = [
        parse_record({"messages": m}, line=i + 1) for i, m in enumerate(_chat_messages(batch))
    ]
    prompts = [monitor.encode(r) for r in records]
    ids, mask, _ = pad_batch([p.ids for p in prompts], monitor.pad_id, "left", model.device)

    def plain() -> list[list[int]]:
        with torch.no_grad():
            out = model.generate(
                input_ids=ids,
                attention_mask=mask,
                max_new_tokens=max_tokens,
                do_sample=False,
                pad_token_id=monitor.pad_id,
                eos_token_id=monitor.eos_ids,
            )
        return out[:, ids.shape[1] :].tolist()

    def monitored() -> list[list[int]]:
        return [r.token_ids for r in monitor.generate(prompts, max_tokens, per_token=True)]

    def timed(fn: Any) -> float:
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started

    for p, m in zip(plain(), monitored(), strict=True):  # warm-up, and the same tokens
        assert p[: len(m)] == m, "monitoring changed the generated tokens"
    pairs: list[tuple[float, float]] = []
    started = time.monotonic()
    while True:  # ABBA: each side goes first equally often
        if len(pairs) % 2 == 0:
            t_plain = timed(plain)
            t_monitored = timed(monitored)
        else:
            t_monitored = timed(monitored)
            t_plain = timed(plain)
        pairs.append((t_plain, t_monitored))
        ci = ratio_ci(pairs)
        _progress(f"batch {batch} pair {len(pairs)}: {t_plain:.2f}s / {t_monitored:.2f}s", ci)
        if len(pairs) >= plan["min_repeats"] and (
            _resolved(ci, plan["target"]) or time.monotonic() - started > plan["seconds"]
        ):
            break
    return {
        "batch": batch,
        "new_tokens": max_tokens,
        "plain_s": round(statistics.median(a for a, _ in pairs), 4),
        "monitored_s": round(statistics.median(b for _, b in pairs), 4),
        "overhead": round(ci["ratio"] - 1, 4),  # monitored / plain time, minus 1
        "time_ratio": ci,
        "resolved": _resolved(ci, plan["target"]),
        "seconds": round(time.monotonic() - started, 1),
    }


# ----- over HTTP ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _launch(
    argv: list[str], port: int, ready: str, log_path: Path, threads: int, timeout: float = 240
) -> subprocess.Popen:
    import httpx

    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE", "HF_HUB_OFFLINE": "1"}
    env["OMP_NUM_THREADS"] = env[_THREADS_ENV] = str(threads)
    with log_path.open("wb") as log:  # the child keeps its own handle
        process = subprocess.Popen(argv, stdout=log, stderr=log, env=env)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log_path.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"server exited with {process.returncode}:\n{tail}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}{ready}", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    process.kill()
    raise RuntimeError("server did not become ready")


def _stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()


async def _slice(
    url: str, model: str, clients: int, per_client: int, max_tokens: int
) -> dict[str, Any]:
    """Fixed work: `clients` concurrent clients each send `per_client` chat requests back to back.

    Every server gets the same requests (same conversations, greedy, same `max_tokens`), so the
    elapsed times of one round are directly comparable.
    """
    import httpx

    conversations = _chat_messages(16)
    raw: dict[str, Any] = {"latencies": [], "tokens": 0, "errors": 0, "flagged": 0}

    async def client(k: int, http: httpx.AsyncClient) -> None:
        for j in range(per_client):
            body = {
                "model": model,
                "messages": conversations[(k + j * clients) % len(conversations)],
                "max_tokens": max_tokens,
                "temperature": 0,
            }
            started = time.perf_counter()
            response = await http.post(f"{url}/v1/chat/completions", json=body)
            if response.status_code != 200:
                raw["errors"] += 1
                raw.setdefault("first_error", f"{response.status_code} {response.text[:300]}")
                continue
            raw["latencies"].append(time.perf_counter() - started)
            data = response.json()
            raw["tokens"] += data["usage"]["completion_tokens"]
            raw["flagged"] += bool(data.get("anomaly", {}).get("flagged"))

    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=600) as http:
        await asyncio.gather(*(client(k, http) for k in range(clients)))
    raw["elapsed"] = time.perf_counter() - started
    return raw


def _summary(raws: list[dict[str, Any]]) -> dict[str, Any]:
    latencies = sorted(x for raw in raws for x in raw["latencies"])
    elapsed = sum(raw["elapsed"] for raw in raws)
    n = len(latencies)
    return {
        "requests": n,
        "errors": sum(raw["errors"] for raw in raws),
        "flagged": sum(raw["flagged"] for raw in raws),
        "requests_per_s": round(n / elapsed, 3),
        "tokens_per_s": round(sum(raw["tokens"] for raw in raws) / elapsed, 2),
        "p50_s": round(latencies[n // 2], 3) if n else None,
        "p99_s": round(latencies[min(n - 1, int(0.99 * n))], 3) if n else None,
        "slices": len(raws),
    }


# (numerator server, denominator server): the throughput ratio numerator / denominator.
COMPARISONS = [
    ("monitored, batched", "unmonitored, batched"),
    ("monitored, batched", "monitored, one at a time"),
]


def over_http(
    detector_dir: Path, workdir: Path, model: str, plan: dict[str, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """All servers up at once; each round loads every still-needed server with the same work, in
    a rotating order. A server drops out once every ratio it is part of is resolved (after
    ``--rounds`` rounds) or it has taken ``--duration`` seconds of load."""
    runs = [
        ("monitored, batched", True, 8),
        ("unmonitored, batched", False, 8),
        ("monitored, one at a time", True, 1),
    ]
    servers = {}
    clients = plan["clients"]
    try:
        for name, monitored, batch in runs:
            port = _free_port()
            entry = [sys.executable, __file__, "--_serve" if monitored else "--_serve-unmonitored"]
            serve = ["serve", "--detector", str(detector_dir), "--port", str(port)]
            serve += ["--max-batch-size", str(batch), "--max-queue", str(4 * clients)]
            serve += ["--log-level", "warning", "--per-token"]
            log = workdir / f"server-{port}.log"
            process = _launch([*entry, *serve], port, "/readyz", log, plan["threads"])
            servers[name] = (batch, f"http://127.0.0.1:{port}", process)
        for name, (_, url, _) in servers.items():  # warm-up
            _check(name, asyncio.run(_slice(url, model, 1, 1, plan["max_tokens"])))
        raws = _rounds(servers, model, plan)
    finally:
        for *_, process in servers.values():
            _stop(process)
    rows = []
    for name, (batch, *_) in servers.items():
        rows.append({"server": name, "max_batch_size": batch, **_summary(raws[name])})
        print(json.dumps(rows[-1]), flush=True)
    ratios = []
    for a, b in COMPARISONS:
        ci = ratio_ci(_pairs(raws, a, b))
        ratios.append({"throughput": f"{a} / {b}", **ci, "resolved": _resolved(ci, plan["target"])})
        print(json.dumps(ratios[-1]), flush=True)
    return rows, ratios


def _rounds(servers: dict[str, Any], model: str, plan: dict[str, Any]) -> dict[str, list]:
    raws: dict[str, list[dict[str, Any]]] = {name: [] for name in servers}
    work = (plan["clients"], plan["requests_per_client"], plan["max_tokens"])
    round_no = 0
    while active := [name for name in servers if _needed(name, raws, round_no, plan)]:
        shift = round_no % len(active)
        for name in active[shift:] + active[:shift]:
            url = servers[name][1]
            raws[name].append({"round": round_no, **asyncio.run(_slice(url, model, *work))})
            _check(name, raws[name][-1])
            _progress(f"round {round_no} {name}: {raws[name][-1]['elapsed']:.1f}s")
        round_no += 1
    return raws


def _check(server: str, raw: dict[str, Any]) -> None:
    """A failed request makes a slice's time meaningless (no work was done): stop the run."""
    if raw["errors"]:
        first = raw["first_error"]
        raise RuntimeError(f"{server}: {raw['errors']} failed request(s), first: {first}")


def _needed(name: str, raws: dict[str, list], round_no: int, plan: dict[str, Any]) -> bool:
    """Whether a server takes part in this round: always for the first ``--rounds``, then while
    a ratio it is part of is unresolved and it has had less than ``--duration`` s of load."""
    if round_no < plan["rounds"]:
        return True
    if sum(raw["elapsed"] for raw in raws[name]) >= plan["duration"]:
        return False
    return any(
        name in (a, b) and not _resolved(ratio_ci(_pairs(raws, a, b)), plan["target"])
        for a, b in COMPARISONS
    )


def _pairs(raws: dict[str, list], a: str, b: str) -> list[tuple[float, float]]:
    """(time of a, time of b) in every round both took part in, so that `ratio_ci` gives
    time b / time a: the throughput of a over that of b."""
    times_b = {raw["round"]: raw["elapsed"] for raw in raws[b]}
    return [(raw["elapsed"], times_b[raw["round"]]) for raw in raws[a] if raw["round"] in times_b]


def transformers_cli() -> Path:
    """The ``transformers`` CLI of the environment running this script (next to its interpreter),
    so the benchmark works from an unactivated venv and never picks up another installation."""
    return Path(sys.executable).parent / ("transformers.exe" if os.name == "nt" else "transformers")


def transformers_serve(model: str, workdir: Path, plan: dict[str, Any]) -> list[dict[str, Any]]:
    """The same work (``--rounds`` slices) against ``transformers serve`` (no monitoring), plain
    and with its continuous batching, where they run offline here. Not interleaved with mad's
    servers: it is an outside reference, not part of a ratio.

    It cannot take the GGUF file directly (its loader needs ``config.architectures``), so the
    dequantised model is saved as an ordinary checkpoint first.
    """
    from mad.models import load_model

    cli = transformers_cli()
    if not cli.is_file():
        return [{"server": "transformers serve", "error": f"no transformers CLI at {cli}"}]
    checkpoint = workdir / "checkpoint"
    if not (checkpoint / "config.json").is_file():
        loaded = load_model(model)
        loaded.model.save_pretrained(checkpoint)
        loaded.tokenizer.save_pretrained(checkpoint)
    name = str(checkpoint)
    rows = []
    work = (plan["clients"], plan["requests_per_client"], plan["max_tokens"])
    for flag in ("--no-continuous-batching", "--continuous-batching"):
        port = _free_port()
        argv = [str(cli), "serve", name, "--port", str(port), "--host", "127.0.0.1", flag]
        row: dict[str, Any] = {"server": f"transformers serve {flag}"}
        try:
            log = workdir / f"server-{port}.log"
            process = _launch(argv, port, "/health", log, plan["threads"])
        except RuntimeError as err:
            rows.append({**row, "error": str(err)[-1500:]})
            continue
        try:
            url = f"http://127.0.0.1:{port}"
            asyncio.run(_slice(url, name, 1, 1, plan["max_tokens"]))  # warm-up
            raws = [asyncio.run(_slice(url, name, *work)) for _ in range(plan["rounds"])]
            row.update(_summary(raws))
        except Exception as err:  # report what failed and keep the other numbers
            row["error"] = repr(err)[-1500:]
        finally:
            _stop(process)
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


# ----- the unmonitored server, for the comparison ------------------------------------------------


# The `_Run` methods that compute verdicts; the unmonitored server replaces them with a constant.
UNMONITORED_PATCH = ("_score_prompts", "score_completions")


def _serve(argv: list[str], monitored: bool) -> int:
    """Run `mad serve`; unmonitored: no hooks and a fixed verdict, everything else identical."""
    import torch

    import mad.monitor as monitor_module
    from mad.cli import main

    if _THREADS_ENV in os.environ:
        torch.set_num_threads(int(os.environ[_THREADS_ENV]))
    if not monitored:
        fixed = {"score": 0.0, "p_value": 1.0, "flagged": False, "alpha": 0.05, "detector": "off"}

        def no_verdict(self: Any) -> None:
            self.anomaly = [dict(fixed) for _ in self.prompts]

        monitor_module.Hooks = lambda *args, **kwargs: nullcontext()  # type: ignore[assignment]
        for method in UNMONITORED_PATCH:  # private names: fail loudly when the monitor changes
            if not callable(getattr(monitor_module._Run, method, None)):
                raise SystemExit(f"bench/serve.py: mad.monitor._Run.{method} is gone; update it")
            setattr(monitor_module._Run, method, no_verdict)
    return main(argv)


# Full runs: long enough to resolve ±2 % on the 2-core development machine; --quick: a smoke run.
FULL = {"fit_prompts": 120, "min_repeats": 10, "seconds": 240, "rounds": 6, "duration": 400}
QUICK = {"fit_prompts": 100, "min_repeats": 3, "seconds": 15, "rounds": 2, "duration": 30}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in ("--_serve", "--_serve-unmonitored"):
        sys.exit(_serve(sys.argv[2:], monitored=sys.argv[1] == "--_serve"))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="smollm2")
    parser.add_argument("--detector", help="detector directory; fitted and saved there if empty")
    parser.add_argument("--quick", action="store_true", help="smoke run: few repeats, small fit")
    parser.add_argument("--threads", type=int, default=2, help="torch threads, here and per server")
    parser.add_argument("--target", type=float, default=0.02, help="wanted CI half-width")
    parser.add_argument("--fit-prompts", type=int)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests-per-client", type=int, default=2, help="work per HTTP slice")
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--min-repeats", type=int, help="in-process pairs, at least")
    parser.add_argument("--seconds", type=float, help="in-process budget per batch size")
    parser.add_argument("--rounds", type=int, help="HTTP rounds, at least")
    parser.add_argument("--duration", type=float, help="HTTP load budget per server, seconds")
    parser.add_argument("--skip-inprocess", action="store_true")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--transformers-serve", action="store_true")
    parser.add_argument("--out", help="write all results here as JSON")
    args = parser.parse_args()
    plan = {**(QUICK if args.quick else FULL), "target": args.target, "threads": args.threads}
    plan.update({k: v for k, v in vars(args).items() if k in plan and v is not None})
    plan.update(
        clients=args.clients,
        requests_per_client=args.requests_per_client,
        max_tokens=args.max_tokens,
    )

    import torch

    torch.set_num_threads(args.threads)
    print(f"torch.set_num_threads({torch.get_num_threads()}) here and in every server", flush=True)
    results: dict[str, Any] = {
        "model": args.model,
        "cpu_threads": torch.get_num_threads(),
        "plan": plan,
    }
    with tempfile.TemporaryDirectory() as tmp:
        detector_dir = Path(args.detector or Path(tmp) / "detector")
        if not (detector_dir / "detector.json").is_file():
            fit_detector(args.model, plan["fit_prompts"], detector_dir)
        if not args.skip_inprocess:
            results["in_process"] = in_process(detector_dir, args.max_tokens, plan)
            for row in results["in_process"]:
                print(json.dumps(row), flush=True)
        if not args.skip_http:
            results["http"], results["http_ratios"] = over_http(
                detector_dir, Path(tmp), args.model, plan
            )
        if args.transformers_serve:
            results["transformers_serve"] = transformers_serve(args.model, Path(tmp), plan)
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
