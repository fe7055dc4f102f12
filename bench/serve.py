"""What monitoring costs a served model, measured in one run on loopback.

    python bench/serve.py [--model smollm2] [--clients 8] [--duration 60] [--rounds 3]
                          [--max-tokens 32] [--skip-inprocess] [--skip-http] [--transformers-serve]

1. In-process: `Monitor.generate` (completion detector, per-token scores on) against plain
   ``model.generate`` on the same batches, greedy, same lengths; the tokens must be identical.
2. HTTP: `mad serve` in a subprocess under N concurrent chat clients for a fixed duration:
   monitoring on vs off (same server, hooks and scoring patched out), and batched vs one request
   at a time (``--max-batch-size 1``). The servers run side by side and take the load in turns
   (``--duration`` seconds each, in ``--rounds`` slices), so drifting machine load hits them alike.
   Reports requests/s, generated tokens/s, p50/p99 latency.
3. Optionally ``transformers serve`` on the same model and load, as an outside reference.

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
    from mad.detector import Detector
    from mad.models import load_model

    loaded = load_model(model)
    started = time.perf_counter()
    detector = Detector.fit(  # one layer: a small calibration set still reaches alpha
        loaded,
        _records("trusted", n_fit),
        layers=[-6],
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


def in_process(detector_dir: Path, max_tokens: int, repeats: int) -> list[dict[str, Any]]:
    from mad.detector import Detector
    from mad.monitor import Monitor

    monitor = Monitor(Detector.load(detector_dir))
    return [_compare(monitor, batch, max_tokens, repeats) for batch in (1, 8)]


def _compare(monitor: Any, batch: int, max_tokens: int, repeats: int) -> dict[str, Any]:
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

    for p, m in zip(plain(), monitored(), strict=True):  # warm-up, and the same tokens
        assert p[: len(m)] == m, "monitoring changed the generated tokens"
    times: dict[str, list[float]] = {"plain": [], "monitored": []}
    for _ in range(repeats):  # interleaved, so drifting machine load hits both alike
        for name, fn in (("plain", plain), ("monitored", monitored)):
            started = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - started)
    p, m = statistics.median(times["plain"]), statistics.median(times["monitored"])
    return {
        "batch": batch,
        "new_tokens": max_tokens,
        "plain_s": round(p, 4),
        "monitored_s": round(m, 4),
        "overhead": round(m / p - 1, 4),
    }


# ----- over HTTP ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _launch(
    argv: list[str], port: int, ready: str, log_path: Path, timeout: float = 240
) -> subprocess.Popen:
    import httpx

    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE", "HF_HUB_OFFLINE": "1"}
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


async def _load(
    url: str, model: str, clients: int, duration: float, max_tokens: int
) -> dict[str, Any]:
    """N clients sending chat requests back to back for `duration` seconds; raw outcomes."""
    import httpx

    conversations = _chat_messages(16)
    raw: dict[str, Any] = {"latencies": [], "tokens": 0, "errors": 0, "flagged": 0}
    stop_at = time.monotonic() + duration

    async def client(k: int, http: httpx.AsyncClient) -> None:
        i = k
        while time.monotonic() < stop_at:
            body = {
                "model": model,
                "messages": conversations[i % len(conversations)],
                "max_tokens": max_tokens,
                "temperature": 0,
            }
            i += clients
            started = time.perf_counter()
            response = await http.post(f"{url}/v1/chat/completions", json=body)
            if response.status_code != 200:
                raw["errors"] += 1
                continue
            raw["latencies"].append(time.perf_counter() - started)
            data = response.json()
            raw["tokens"] += data["usage"]["completion_tokens"]
            raw["flagged"] += bool(data.get("anomaly", {}).get("flagged"))

    started = time.monotonic()
    async with httpx.AsyncClient(timeout=600) as http:
        await asyncio.gather(*(client(k, http) for k in range(clients)))
    raw["elapsed"] = time.monotonic() - started
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
    }


def over_http(
    detector_dir: Path,
    workdir: Path,
    model: str,
    clients: int,
    duration: float,
    max_tokens: int,
    rounds: int,
) -> list[dict[str, Any]]:
    """All servers up at once, loaded in turn for `rounds` slices, so machine noise hits all."""
    runs = [
        ("monitored, batched", True, 8),
        ("unmonitored, batched", False, 8),
        ("monitored, one at a time", True, 1),
    ]
    servers = []
    try:
        for name, monitored, batch in runs:
            port = _free_port()
            entry = [sys.executable, __file__, "--_serve" if monitored else "--_serve-unmonitored"]
            serve = ["serve", "--detector", str(detector_dir), "--port", str(port)]
            serve += ["--max-batch-size", str(batch), "--max-queue", str(4 * clients)]
            serve += ["--log-level", "warning", "--per-token"]
            log = workdir / f"server-{port}.log"
            servers.append((name, batch, port, _launch([*entry, *serve], port, "/readyz", log)))
        raws: dict[str, list[dict[str, Any]]] = {name: [] for name, *_ in servers}
        for _, _, port, _ in servers:  # warm-up
            asyncio.run(_load(f"http://127.0.0.1:{port}", model, 1, 0.1, max_tokens))
        for _ in range(rounds):
            for name, _, port, _ in servers:
                url = f"http://127.0.0.1:{port}"
                raws[name].append(
                    asyncio.run(_load(url, model, clients, duration / rounds, max_tokens))
                )
    finally:
        for *_, process in servers:
            _stop(process)
    rows = []
    for name, batch, _, _ in servers:
        rows.append({"server": name, "max_batch_size": batch, **_summary(raws[name])})
        print(json.dumps(rows[-1]), flush=True)
    return rows


def transformers_serve(
    model: str, workdir: Path, clients: int, duration: float, max_tokens: int
) -> list[dict[str, Any]]:
    """The same load against ``transformers serve`` (no monitoring), plain and with its
    continuous batching, where they run offline here.

    It cannot take the GGUF file directly (its loader needs ``config.architectures``), so the
    dequantised model is saved as an ordinary checkpoint first.
    """
    from mad.models import load_model

    checkpoint = workdir / "checkpoint"
    if not (checkpoint / "config.json").is_file():
        loaded = load_model(model)
        loaded.model.save_pretrained(checkpoint)
        loaded.tokenizer.save_pretrained(checkpoint)
    name = str(checkpoint)
    rows = []
    for flag in ("--no-continuous-batching", "--continuous-batching"):
        port = _free_port()
        argv = ["transformers", "serve", name, "--port", str(port), "--host", "127.0.0.1", flag]
        row: dict[str, Any] = {"server": f"transformers serve {flag}"}
        try:
            process = _launch(argv, port, "/health", workdir / f"server-{port}.log")
        except RuntimeError as err:
            rows.append({**row, "error": str(err)[-1500:]})
            continue
        try:
            url = f"http://127.0.0.1:{port}"
            row.update(_summary([asyncio.run(_load(url, name, clients, duration, max_tokens))]))
        except Exception as err:  # report what failed and keep the other numbers
            row["error"] = repr(err)[-1500:]
        finally:
            _stop(process)
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


# ----- the unmonitored server, for the comparison ------------------------------------------------


def _serve(argv: list[str], monitored: bool) -> int:
    """Run `mad serve`; unmonitored: no hooks and a fixed verdict, everything else identical."""
    import mad.monitor as monitor_module
    from mad.cli import main

    if not monitored:
        fixed = {"score": 0.0, "p_value": 1.0, "flagged": False, "alpha": 0.05, "detector": "off"}

        def no_verdict(self: Any) -> None:
            self.anomaly = [dict(fixed) for _ in self.prompts]

        monitor_module.Hooks = lambda *args, **kwargs: nullcontext()  # type: ignore[assignment]
        monitor_module._Run._score_prompts = no_verdict  # type: ignore[method-assign]
        monitor_module._Run._score_completions = no_verdict  # type: ignore[method-assign]
    return main(argv)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in ("--_serve", "--_serve-unmonitored"):
        sys.exit(_serve(sys.argv[2:], monitored=sys.argv[1] == "--_serve"))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="smollm2")
    parser.add_argument("--detector", help="detector directory; fitted and saved there if empty")
    parser.add_argument("--fit-prompts", type=int, default=120)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load per server")
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved load slices per server")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--skip-inprocess", action="store_true")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--transformers-serve", action="store_true")
    parser.add_argument("--out", help="write all results here as JSON")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(2)
    results: dict[str, Any] = {"model": args.model, "cpu_threads": torch.get_num_threads()}
    with tempfile.TemporaryDirectory() as tmp:
        detector_dir = Path(args.detector or Path(tmp) / "detector")
        if not (detector_dir / "detector.json").is_file():
            fit_detector(args.model, args.fit_prompts, detector_dir)
        if not args.skip_inprocess:
            results["in_process"] = in_process(detector_dir, args.max_tokens, args.repeats)
            for row in results["in_process"]:
                print(json.dumps(row), flush=True)
        if not args.skip_http:
            results["http"] = over_http(
                detector_dir,
                Path(tmp),
                args.model,
                args.clients,
                args.duration,
                args.max_tokens,
                args.rounds,
            )
        if args.transformers_serve:
            results["transformers_serve"] = transformers_serve(
                args.model, Path(tmp), args.clients, args.duration, args.max_tokens
            )
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
