"""The ``mad`` command line: fit, score, info, eval, demo, audit, serve.

Command names, flags and output fields of ``fit``, ``score`` and ``info`` are a contract: extend
them, never rename. Machine-readable output goes to stdout or files; progress and messages go to
stderr.

Errors a user can fix are one line on stderr and exit status 2, and come before the expensive
part: option values are checked by the parser (`mad.options`), output paths and input files
before a model loads, and calibration feasibility, distinct inputs and prompt lengths before any
capture. `main` catches `MadError` (every layer's user-fixable error) and `OSError` (a path that
cannot be read or written), never the layers' own error types.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tqdm import tqdm

from mad import options as check
from mad.errors import ConfigError
from mad.options import arg
from mad.positions import POSITIONS


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: ``mad fit: error: argument --alpha: ...`` and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {_one_line(message)} (see {self.prog} --help)\n")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _positive(name: str) -> Any:
    return arg(lambda v: check.integer(name, v, minimum=1))


def _count(name: str) -> Any:
    return arg(lambda v: check.integer(name, v, minimum=0))


def _probability(name: str) -> Any:
    return arg(lambda v: check.probability(name, v))


def _progress(total: int, desc: str) -> tuple[tqdm, Callable[[int], None]]:
    bar = tqdm(total=total, desc=desc, unit="prompt", file=sys.stderr, dynamic_ncols=True)
    return bar, bar.update


def _cmd_fit(args: argparse.Namespace) -> int:
    from mad.artifact import check_target
    from mad.detector import Detector
    from mad.features import check_lengths, default_max_new_tokens
    from mad.fitting import FitOptions, extra_data, plan_fit
    from mad.models import load_model, resolve_source
    from mad.records import read_records

    # Everything that needs no model first: the output path, the inputs, the plan.
    out = check_target(args.out, overwrite=args.force)
    records = list(read_records(args.data))
    untrusted = list(read_records(args.untrusted)) if args.untrusted else None
    anomalies = list(read_records(args.anomalies)) if args.anomalies else None
    channels = _channels(args.position)
    position = args.position[0] if channels is None else "last"
    known = None
    if args.known_anomalies is not None:
        from mad.known import resolve

        benign = None if args.benign_extra == "none" else args.benign_extra
        known = resolve(args.known_anomalies, benign, limit=args.library_limit, seed=args.seed)
    opts = FitOptions(
        position=position,
        aggregate=args.aggregate,
        layer_score=args.layer_score,
        scorer=args.scorer,
        alpha=args.alpha,
        combine=args.combine,
        holdout=args.holdout,
        seed=args.seed,
        batch_size=args.batch_size,
        max_new_tokens=args.max_new_tokens,
    )
    extra_data(opts, untrusted, anomalies)
    resolve_source(args.model)
    n_channels = len(channels or [None]) + (known is not None)
    plan_fit(records, opts, _layer_count(args.model, args.layers) * n_channels)
    loaded = load_model(args.model, device=args.device)
    max_new_tokens = args.max_new_tokens
    if max_new_tokens is None:
        max_new_tokens = default_max_new_tokens(loaded)
        if "completion" in (args.position or ["completion"]):
            print(
                f"mad fit: --max-new-tokens not given: generating up to {max_new_tokens} tokens "
                "for records without a completion (32, or half a shorter model context)",
                file=sys.stderr,
            )
    length_position = (
        "completion" if "completion" in (args.position or ["completion"]) else position
    )
    for part in (records, untrusted or [], anomalies or []):
        check_lengths(loaded, part, length_position, max_new_tokens=max_new_tokens)
    if args.position is None:
        print(
            "mad fit: no --position given: fitting a prompt channel (last prompt token) and a "
            "completion channel (every answer token; missing answers are generated), combined "
            "by one calibration",
            file=sys.stderr,
        )
    bar, tick = _progress(len(records), "fit")
    with bar:
        detector = Detector.fit(
            loaded,
            records,
            layers=args.layers,
            channels=channels,
            position=position,
            aggregate=args.aggregate,
            scorer=args.scorer,
            alpha=args.alpha,
            combine=args.combine,
            layer_score=args.layer_score,
            holdout=args.holdout,
            seed=args.seed,
            batch_size=args.batch_size,
            max_new_tokens=max_new_tokens,
            untrusted=untrusted,
            anomalies=anomalies,
            known=known,
            progress=tick,
        )
    detector.manifest.data.source = str(Path(args.data).resolve())
    path = detector.save(out, overwrite=args.force)
    summary = {"detector": str(path), "id": detector.id, "layers": detector.layers}
    summary["channels"] = detector.channels
    print(json.dumps(summary))
    return 0


def _channels(positions: Sequence[str] | None) -> tuple[Any, ...] | None:
    """`--position` values as channels: None for one position, the default pair for none."""
    from mad.fitting import ChannelSpec, default_channels

    if positions is None:
        return default_channels()
    if len(set(positions)) != len(positions):
        raise ConfigError(f"--position repeats a position: {' '.join(positions)}")
    if len(positions) == 1:
        return None
    names = {"last": "prompt", "mean": "prompt_mean", "all": "prompt_tokens"}
    return tuple(ChannelSpec(names.get(p, p), p) for p in positions)


def _layer_count(model: str, layers: Sequence[str] | None) -> int:
    """How many layers the fit will use, as far as is known before loading the model.

    Exact for block indices >= 0 and hook names, or when the model's config is cheap to read (a
    local or shipped model; not a GGUF file, whose header alone takes seconds). Otherwise 1, the
    least any fit uses: the plan is checked again, exactly, once the model is loaded (still
    before any capture).
    """
    from mad.capture import normalize_layers
    from mad.fitting import choose_layers

    if layers:
        normalize_layers(layers, 10**9)  # a malformed name is refused now, whatever the model
        if not any(str(layer).strip().startswith("-") for layer in layers):
            return len(normalize_layers(layers, 10**9))
    num_layers = _peek_num_layers(model)
    return 1 if num_layers is None else len(choose_layers(layers, num_layers))


def _peek_num_layers(model: str) -> int | None:
    """The model's block count from its config alone, or None when that is not cheap."""
    from mad.models import resolve_source

    source, extra = resolve_source(model)
    if extra or not (Path(source) / "config.json").is_file():
        return None
    from transformers import AutoConfig

    try:
        value = AutoConfig.from_pretrained(source).num_hidden_layers
    except (OSError, ValueError, AttributeError):
        return None  # load_model reports what is wrong with it
    return value if isinstance(value, int) and value > 0 else None


def _cmd_score(args: argparse.Namespace) -> int:
    from mad.detector import Detector
    from mad.errors import ConfigError
    from mad.records import read_records

    out = check.output_file(args.out)
    if Path(args.data).exists() and out.resolve() == Path(args.data).resolve():
        raise ConfigError(f"{out}: --out is the --data file; it would overwrite the input")
    records = list(read_records(args.data))
    if args.adapt:
        from mad.adaptive import check_batch_size, check_tolerance

        check_tolerance(args.adapt_tolerance)
        check_batch_size(len(records))
    detector = Detector.load(
        args.detector,
        model=args.model,
        allow_model_mismatch=args.allow_model_mismatch,
        device=args.device,
    )
    detector.check_inputs(records)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    flagged = 0
    bar, tick = _progress(len(records), "score")
    try:
        with bar, tmp.open("w", encoding="utf-8") as handle:
            rows = detector.iter_score(
                records, batch_size=args.batch_size, per_token=args.per_token, progress=tick
            )
            if args.adapt:  # every row is judged against the others: score them all first
                rows, report = _adapt(detector, list(rows), args.adapt_tolerance)
            for row in rows:
                flagged += row["flagged"]
                handle.write(json.dumps(row) + "\n")
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    how = "adaptively " if args.adapt else ""
    print(
        f"scored {len(records)} records, {flagged} {how}flagged at alpha={detector.alpha} -> {out}",
        file=sys.stderr,
    )
    if args.adapt:
        verdict = "has moved away from" if report["drifted"] else "is consistent with"
        print(
            f"drift: {report['trusted_flagged']}/{report['n']} flagged against the trusted set "
            f"alone (binomial p {report['p_value']:.3g}): the batch {verdict} the trusted set",
            file=sys.stderr,
        )
    return 0


def _adapt(detector: Any, rows: list[dict[str, Any]], tolerance: float) -> tuple[list, dict]:
    from mad.adaptive import adapt_rows

    channels = detector.channels
    report = adapt_rows(
        rows,
        detector.calibration,
        detector.alpha,
        channels=(
            {name: detector.channel_calibration(keys) for name, keys in channels.items()}
            if len(channels) > 1
            else None
        ),
        tolerance=tolerance,
    )
    return rows, report


def _cmd_info(args: argparse.Namespace) -> int:
    from mad.detector import Detector

    detector = Detector.load(args.detector, load_weights=False)
    if args.json:
        print(json.dumps(detector.describe(), indent=2))
        return 0
    m = detector.manifest
    summary = m.calibration_summary
    lines = [
        f"detector {detector.id}  (schema {m.schema_version}, mad {m.mad_version}, "
        f"created {m.created_at:%Y-%m-%d %H:%M UTC})",
        f"model     {m.model.name}  [{m.model.architecture}, {m.model.num_layers} blocks, "
        f"d={m.model.hidden_size}]  {m.model.fingerprint}",
        *_capture_lines(detector),
        f"scorer    {m.scorer}  (record score = {m.layer_score} of normalised layer scores)",
        f"trusted   {m.data.n_trusted} records from {m.data.source} "
        f"({m.data.n_fit} fit, {m.data.n_cal} calibration, seed {m.data.seed})"
        + (
            f"; probe: {m.data.n_anomalies} known anomalies ({m.data.known_anomalies}) vs "
            f"trusted + {m.data.n_benign_extra} benign ({m.data.benign_extra or 'none'})"
            if m.data.known_anomalies
            else ""
        ),
        f"alpha     {m.alpha}  (layers combined by {m.calibration.get('method')}; "
        f"smallest attainable p {summary.get('smallest_p', float('nan')):.3g})",
        "calibration scores per layer (median / 90% / 99% / max -> threshold):",
    ]
    for name, q in summary.get("layers", {}).items():
        values = " / ".join(f"{q[k]:.4g}" for k in ("q50", "q90", "q99", "max"))
        lines.append(f"  {name:<24} {values} -> {q['threshold']:.4g}")
    for note in m.warnings:
        lines.append(f"warning: {note}")
    print("\n".join(lines))
    return 0


def _capture_lines(detector: Any) -> list[str]:
    """What the detector reads: one line, or one per channel for a detector of several."""
    m = detector.manifest
    if len(detector.channels) == 1:
        return [
            f"capture   layers {', '.join(detector.hooks)}; position {m.position}"
            + (f" (token scores aggregated by {m.aggregate})" if m.aggregate else "")
        ]
    lines = [f"channels  {len(detector.channels)}, one calibration over all their features"]
    for name, keys in detector.channels.items():
        spec = detector.specs[keys[0]]
        agg = f", token scores aggregated by {spec.aggregate}" if spec.aggregate else ""
        hooks = ", ".join(detector.specs[k].hook for k in keys)
        lines.append(f"  {name:<10} {spec.scorer} at position {spec.position}{agg}: {hooks}")
    return lines


def _cmd_eval(args: argparse.Namespace) -> int:
    from mad.errors import ConfigError

    if args.method and args.suite != "shift":
        raise ConfigError("--method needs --suite shift")
    if args.suite == "attacks":
        from mad.attack_eval import run_suite

        return run_suite(args)
    if args.suite == "shift":
        from mad.shift_eval import run_suite as run_shift_suite

        return run_shift_suite(args)
    if args.split or args.library_limit:
        raise ConfigError(
            "--split and --library-limit need --suite attacks (--split: or --suite shift)"
        )
    from mad.evaluate import (
        DEFAULT_SCORERS,
        EvalTask,
        check_eval_task,
        evaluate_task,
        format_markdown,
        format_table,
        to_json,
    )
    from mad.models import load_model, resolve_source
    from mad.records import read_records
    from mad.report import render_html

    if args.tasks and not args.suite:
        raise ConfigError("--tasks needs --suite organisms")
    out = check.writable_dir(args.out)
    if args.suite:
        from mad.organisms.suite import TASKS

        names = args.tasks or list(TASKS)
        unknown = sorted(set(names) - set(TASKS))
        if unknown:
            raise ConfigError(
                f"unknown suite task(s) {', '.join(unknown)}; known: {', '.join(sorted(TASKS))}"
            )
        tasks = [TASKS[name]() for name in names]
    else:
        missing = [f for f in ("model", "trusted", "normal", "anomalous") if not getattr(args, f)]
        if missing:
            print(
                f"mad eval: error: without --suite, give --{', --'.join(missing)}", file=sys.stderr
            )
            return 2
        tasks = [
            EvalTask(
                name=Path(args.anomalous).stem,
                model=args.model,
                trusted=list(read_records(args.trusted)),
                normal=list(read_records(args.normal)),
                anomalous=list(read_records(args.anomalous)),
                layers=args.layers,
                position=args.position,
            )
        ]
    for task in tasks:
        resolve_source(task.model)
        n_layers = _layer_count(task.model, task.layers)
        check_eval_task(task, alpha=args.alpha, n_labelled=args.labelled, n_layers=n_layers)
    out.mkdir(parents=True, exist_ok=True)
    reports = []
    for task in tasks:
        loaded = load_model(task.model, device=args.device)
        total = len(task.trusted) + len(task.normal) + len(task.anomalous)
        bar, tick = _progress(total, f"eval {task.name}")
        with bar:
            reports.append(
                evaluate_task(
                    task,
                    loaded,
                    scorers=args.scorer or DEFAULT_SCORERS,
                    alpha=args.alpha,
                    n_labelled=args.labelled,
                    batch_size=args.batch_size,
                    progress=tick,
                )
            )
    table = format_table(reports)
    print(table)
    (out / "results.json").write_text(
        json.dumps({"tasks": [to_json(r) for r in reports]}, indent=2) + "\n"
    )
    (out / "results.md").write_text(format_markdown(reports), encoding="utf-8")
    (out / "report.html").write_text(render_html(reports), encoding="utf-8")
    print(f"results: {out / 'results.json'}  report: {out / 'report.html'}", file=sys.stderr)
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from mad.demo import run_demo

    return run_demo(out=check.writable_dir(args.out), device=args.device)


def _cmd_audit(args: argparse.Namespace) -> int:
    from mad.audit import AuditError, AuditSpec, run_audit

    spec = AuditSpec(
        detectors=args.detector,
        data=args.data,
        out=args.out,
        fmt=args.format,
        model=args.model,
        device=args.device,
        allow_model_mismatch=args.allow_model_mismatch,
        batch_size=args.batch_size,
        chunk_size=args.chunk_size,
        per_token=args.per_token,
        strict=args.strict,
        top_k=args.top_k,
        otel_events=args.otel_events,
        adapt=args.adapt,
        adapt_tolerance=args.adapt_tolerance,
    )
    try:
        if args.engine == "ray":
            summary = run_audit(
                spec,
                engine="ray",
                progress=True,
                workers=args.workers,
                cpus_per_worker=args.cpus_per_worker,
                address=args.ray_address,
            )
        else:

            def bar(total: int) -> tqdm:
                return tqdm(
                    total=total,
                    desc="audit",
                    unit="B",
                    unit_scale=True,
                    file=sys.stderr,
                    dynamic_ncols=True,
                )

            summary = run_audit(spec, progress=bar)
    except AuditError as err:
        print(f"mad audit: error: {err}", file=sys.stderr)
        return 2
    counts = summary["counts"]
    for name, level in summary["levels"].items():
        low, high = level["ci95"]
        print(
            f"{name}: {level['flagged']}/{level['scored']} flagged "
            f"(95% CI {low:.4f}-{high:.4f}; alpha {level['alpha']}: {level['vs_alpha']})",
            file=sys.stderr,
        )
    for name, report in (summary.get("adaptive") or {}).get("drift", {}).items():
        verdict = "has moved away from" if report["drifted"] else "is consistent with"
        print(
            f"{name} drift: {report['trusted_flagged']}/{report['n']} flagged against the "
            f"trusted set alone (binomial p {report['p_value']:.3g}): the log {verdict} it",
            file=sys.stderr,
        )
    out = summary["audit"]["out"]
    print(f"report: {Path(out) / 'report.html'}", file=sys.stderr)
    print(
        json.dumps(
            {"out": out, **{k: counts[k] for k in ("scored", "flagged", "errors", "skipped")}}
        )
    )
    return 0


def _add_audit(sub: Any) -> None:
    audit = sub.add_parser(
        "audit",
        help="score logged transcripts offline, resumably, with a summary and an HTML report",
        description="Audit logs (OpenAI chat JSONL, mad records, OpenTelemetry GenAI spans; "
        ".gz and Parquet too) with one detector per level. Rerun the same command to resume.",
    )
    audit.add_argument(
        "--detector",
        required=True,
        action="append",
        help="detector directory; repeat for more levels (one prompt-level, one token-level); "
        "the first is the primary one",
    )
    audit.add_argument(
        "--data", required=True, nargs="+", help="log files or directories (or Ray-readable URIs)"
    )
    audit.add_argument("--out", required=True, help="audit directory (created, or resumed)")
    audit.add_argument("--format", default="auto", choices=["auto", "openai", "prompt", "otel"])
    audit.add_argument("--engine", default="local", choices=["local", "ray"])
    audit.add_argument(
        "--strict", action="store_true", help="stop at the first bad line or unscorable transcript"
    )
    audit.add_argument("--top-k", type=int, default=20, help="transcripts listed in summary/report")
    audit.add_argument(
        "--otel-events",
        action="store_true",
        help="also write events.jsonl: a gen_ai.evaluation.result event per score (OTLP/JSON)",
    )
    audit.add_argument(
        "--adapt",
        action="store_true",
        help="judge every transcript against the trusted set and against the rest of the log "
        "(cross-fitted, when the audit finishes): a shift the log shares stops flagging; "
        "summary.json reports the drift",
    )
    audit.add_argument(
        "--adapt-tolerance",
        type=_probability("adapt-tolerance"),
        default=0.1,
        help="with --adapt: the share of the log a campaign of anomalies may reach and still be "
        "flagged",
    )
    audit.add_argument("--batch-size", type=int, default=16)
    audit.add_argument(
        "--chunk-size", type=int, default=256, help="transcripts per durable write (and Ray batch)"
    )
    audit.add_argument(
        "--per-token",
        action="store_true",
        help="token-level detectors: add every token's score to each row",
    )
    audit.add_argument("--model", help="override the model named in the detectors")
    audit.add_argument("--allow-model-mismatch", action="store_true")
    audit.add_argument("--device", default="auto", help="local engine only")
    audit.add_argument("--workers", type=int, default=1, help="ray: scoring actors")
    audit.add_argument("--cpus-per-worker", type=float, default=1.0, help="ray: CPUs per actor")
    audit.add_argument(
        "--ray-address", help="ray: cluster to join (default: RAY_ADDRESS, else start a local one)"
    )
    audit.set_defaults(func=_cmd_audit)


def _cmd_serve(args: argparse.Namespace) -> int:
    from mad_service.app import serve
    from mad_service.config import ServeConfig

    # ServeConfig checks every setting and the loader every path, each failure a one-line
    # MadError that `main` prints with exit status 2 (never SystemExit(str), which exits 1).
    options = {k: v for k, v in vars(args).items() if k not in ("command", "func")}
    return serve(ServeConfig(**options))


def _add_serve(sub: Any) -> None:
    serve = sub.add_parser(
        "serve",
        help="serve the detector's model behind an OpenAI-compatible API, monitored",
        description="OpenAI-compatible chat/completions server that scores every request with "
        "the detector, generating with mad's own copy of the model or, with --upstream, in "
        "front of another server (needs the serve extra: pip install 'mad[serve]').",
    )
    serve.add_argument("--detector", required=True, help="detector directory")
    serve.add_argument("--model", help="override the model named in the detector")
    serve.add_argument("--served-model-name", help="model id clients send (default: the model)")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default: loopback)")
    serve.add_argument("--port", type=arg(check.port), default=8000, help="1-65535")
    serve.add_argument(
        "--action",
        default="log",
        choices=["log", "annotate", "block"],
        help="for flagged requests: log only, add X-MAD-* headers, or refuse",
    )
    serve.add_argument("--api-key-file", help="require Bearer keys (one per line) from this file")
    serve.add_argument(
        "--auth-health",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="require the key for /healthz and /readyz too",
    )
    serve.add_argument(
        "--auth-metrics",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="require the key for /metrics (default when a key file is given)",
    )
    serve.add_argument("--flag-log", help="append flagged cases here (JSONL, fsynced)")
    serve.add_argument(
        "--log-hashes-only",
        action="store_true",
        help="store SHA-256 of prompts and completions instead of the texts",
    )
    serve.add_argument("--flag-log-max-bytes", type=int, default=100 * 2**20)
    serve.add_argument("--flag-log-backups", type=int, default=5)
    serve.add_argument(
        "--log-unflagged-rate",
        type=float,
        default=0.0,
        help="also log this fraction of unflagged generations (marked flagged=false)",
    )
    serve.add_argument("--max-batch-size", type=int, default=8)
    serve.add_argument("--max-wait-ms", type=float, default=10.0)
    serve.add_argument("--max-queue", type=int, default=64, help="queued requests before 429")
    serve.add_argument("--max-body-bytes", type=int, default=2**20)
    serve.add_argument("--max-prompt-tokens", type=int, help="default: the model's context")
    serve.add_argument("--max-tokens-limit", type=int, default=512)
    serve.add_argument("--max-score-items", type=int, default=256)
    serve.add_argument(
        "--per-token", action="store_true", help="token-level detectors: every token's score"
    )
    serve.add_argument(
        "--adapt-window",
        type=int,
        help="adaptive scoring: also judge each request against the last N scored ones (50-10000)",
    )
    serve.add_argument(
        "--adapt-tolerance",
        type=float,
        help="share of the window that may be anomalous without moving it (default 0.1)",
    )
    serve.add_argument(
        "--upstream",
        metavar="URL",
        help="generate upstream: forward to this OpenAI-compatible base URL (e.g. "
        "http://127.0.0.1:8001/v1) and score the exchanges with mad's copy of the model",
    )
    serve.add_argument("--upstream-api-key-file", help="the upstream's API key (first line)")
    serve.add_argument(
        "--upstream-model", help="the model name the upstream reports (default: the served name)"
    )
    serve.add_argument("--upstream-timeout-s", type=float, default=600.0)
    serve.add_argument(
        "--on-model-mismatch",
        choices=["refuse", "warn"],
        help="when the upstream reports another model (default: refuse)",
    )
    serve.add_argument(
        "--on-overload",
        choices=["queue", "reject", "pass-unscored"],
        help="upstream mode, scoring backlog full: wait, 429, or answer unscored (default: queue)",
    )
    serve.add_argument(
        "--monitored",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="--no-monitored: no hooks and no verdicts (a baseline for benchmarks)",
    )
    serve.add_argument("--shutdown-timeout-s", type=float, default=30.0)
    serve.add_argument("--allow-model-mismatch", action="store_true")
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--device", default="auto")
    serve.set_defaults(func=_cmd_serve)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mad", description="Mechanistic anomaly detection.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True)

    fit = sub.add_parser("fit", help="fit a detector on trusted prompts")
    fit.add_argument("--model", required=True, help="hub name, local directory, organism, smollm2")
    fit.add_argument("--data", required=True, help="trusted records (JSONL)")
    fit.add_argument("--out", required=True, help="detector directory to write (must be new)")
    fit.add_argument(
        "--force",
        action="store_true",
        help="replace the detector already at --out (never anything that is not a detector)",
    )
    fit.add_argument(
        "--layers",
        nargs="+",
        help="block indices or hook names (default: a few middle-to-late blocks)",
    )
    fit.add_argument(
        "--position",
        nargs="+",
        default=None,
        choices=list(POSITIONS),
        help="last/mean prompt token (one vector per record), or token-level: all prompt tokens, "
        "or every completion token (logged completions are teacher-forced, missing ones "
        "generated); several give a detector of one channel each. Default: last and completion "
        "(the prompt's evidence and the answer's, combined)",
    )
    fit.add_argument(
        "--aggregate",
        default="max",
        choices=["max", "mean"],
        help="token-level detectors: how token scores become one calibrated score per record",
    )
    fit.add_argument(
        "--max-new-tokens",
        type=_positive("max-new-tokens"),
        help="completion detectors: tokens to generate for records without one (default 64, "
        "or half the model's context if that is shorter)",
    )
    fit.add_argument(
        "--scorer",
        default="mahalanobis",
        type=arg(check.scorer_name),
        help="mahalanobis, knn, pca_residual, que, likelihood_ratio, probe",
    )
    fit.add_argument(
        "--untrusted",
        help="unlabelled untrusted records (JSONL) for scorers that "
        "need them (que, likelihood_ratio)",
    )
    fit.add_argument(
        "--known-anomalies",
        help="builtin (mad's shipped attack library) or a JSONL file of known attacks: adds a "
        "probe channel trained on this model's activations (trusted + --benign-extra vs these "
        "attacks), calibrated and fused like every channel",
    )
    fit.add_argument(
        "--benign-extra",
        default="builtin",
        help="with --known-anomalies: extra harmless records for the probe's negatives: builtin "
        "(mad's benign breadth set), a JSONL file, or none",
    )
    fit.add_argument(
        "--library-limit",
        type=_positive("library-limit"),
        help="with builtin data: use at most this many records of each library set "
        "(stratified by category)",
    )
    fit.add_argument(
        "--anomalies", help="known anomalous records (JSONL) for supervised scorers (probe)"
    )
    fit.add_argument(
        "--alpha", type=_probability("alpha"), default=0.01, help="target false-positive rate"
    )
    fit.add_argument(
        "--combine",
        default="min_p",
        choices=["min_p", "fisher", "bonferroni"],
        help="how per-layer p-values combine into one",
    )
    fit.add_argument(
        "--layer-score",
        default="mean",
        choices=["mean", "max"],
        help="how normalised layer scores become the record's ranking `score` (the flag always "
        "comes from the combined p-value)",
    )
    fit.add_argument(
        "--holdout",
        type=_probability("holdout"),
        default=None,
        help="fraction held out to calibrate (default: 0.2, raised up to 0.5 when alpha needs "
        "more calibration records than that)",
    )
    fit.add_argument("--seed", type=arg(lambda v: check.integer("seed", v)), default=0)
    fit.add_argument("--batch-size", type=_positive("batch-size"), default=16)
    fit.add_argument("--device", default="auto")
    fit.set_defaults(func=_cmd_fit)

    score = sub.add_parser("score", help="score records with a fitted detector")
    score.add_argument("--detector", required=True)
    score.add_argument("--data", required=True, help="records to score (JSONL)")
    score.add_argument("--out", required=True, help="scores (JSONL), one line per input line")
    score.add_argument("--model", help="override the model named in the detector")
    score.add_argument(
        "--allow-model-mismatch",
        action="store_true",
        help="score even if the model's fingerprint differs from the detector's",
    )
    score.add_argument("--batch-size", type=_positive("batch-size"), default=16)
    score.add_argument(
        "--per-token",
        action="store_true",
        help="token-level detectors: add every token's score to each row",
    )
    score.add_argument(
        "--adapt",
        action="store_true",
        help="judge every record against the trusted set and against the rest of the file "
        "(cross-fitted): a shift many records share stops flagging; adds p_value_trusted",
    )
    score.add_argument(
        "--adapt-tolerance",
        type=_probability("adapt-tolerance"),
        default=0.1,
        help="with --adapt: the share of the batch a campaign of anomalies may reach and still "
        "be flagged (and the share a benign shift needs to stop being flagged)",
    )
    score.add_argument("--device", default="auto")
    score.set_defaults(func=_cmd_score)

    info = sub.add_parser("info", help="describe a detector")
    info.add_argument("detector")
    info.add_argument("--json", action="store_true", help="print the full manifest as JSON")
    info.set_defaults(func=_cmd_info)

    ev = sub.add_parser("eval", help="compare scorers on trusted / normal / anomalous data")
    ev.add_argument(
        "--suite",
        choices=["organisms", "attacks", "shift"],
        help="run a shipped benchmark: the organisms, attacks (probe generalisation), or shift "
        "(benign shifts kept apart, mixed streams, adaptive scoring)",
    )
    ev.add_argument("--tasks", nargs="+", help="with --suite: only these tasks")
    ev.add_argument("--model")
    ev.add_argument("--trusted", help="trusted records (JSONL): fit and calibrate")
    ev.add_argument("--normal", help="held-out normal records (JSONL): should not be flagged")
    ev.add_argument("--anomalous", help="anomalous records (JSONL): should be flagged")
    ev.add_argument("--layers", nargs="+")
    ev.add_argument("--position", default="last", choices=["last", "mean", "all", "completion"])
    ev.add_argument(
        "--scorer",
        nargs="+",
        type=arg(check.scorer_name),
        help="scorers to compare (default: all registered)",
    )
    ev.add_argument("--alpha", type=_probability("alpha"), default=0.05)
    ev.add_argument(
        "--labelled",
        type=_count("labelled"),
        default=20,
        help="anomalies given to supervised scorers as labels (then not tested)",
    )
    ev.add_argument("--batch-size", type=_positive("batch-size"), default=16)
    ev.add_argument("--out", default="runs/eval")
    ev.add_argument("--device", default="auto")
    ev.add_argument(
        "--split",
        choices=["dev", "test"],
        help="with --suite attacks or shift: the held-out part to report (default dev; test is "
        "final)",
    )
    ev.add_argument(
        "--method",
        nargs=2,
        action="append",
        metavar=("NAME", "JSON"),
        help='with --suite shift: a detector to compare, e.g. knn \'{"scorer": "knn"}\' (the '
        "options of Detector.fit); repeatable; default: the default detector",
    )
    ev.add_argument(
        "--library-limit",
        type=_positive("library-limit"),
        help="with --suite attacks: at most this many attack and benign library prompts each",
    )
    ev.set_defaults(func=_cmd_eval)

    demo = sub.add_parser("demo", help="fit and evaluate a detector on the shipped organism")
    demo.add_argument("--out", default="runs/demo")
    demo.add_argument("--device", default="auto")
    demo.set_defaults(func=_cmd_demo)

    _add_audit(sub)
    _add_serve(sub)
    return parser


def _version() -> str:
    import mad

    return f"mad {mad.__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; errors a user can fix are printed as one line, without a traceback."""
    from mad.errors import MadError

    args = build_parser().parse_args(argv)
    warnings.simplefilter("default")
    warnings.formatwarning = _format_warning
    try:
        return int(args.func(args))
    except MadError as err:
        print(f"mad {args.command}: error: {_one_line(str(err))}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"mad {args.command}: error: {_os_error(err)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"mad {args.command}: interrupted", file=sys.stderr)
        return 130


def _os_error(err: OSError) -> str:
    """``PATH: what went wrong`` for a file that cannot be read or written."""
    if err.filename is not None and err.strerror:
        target = f" -> {err.filename2}" if err.filename2 else ""
        return _one_line(f"{err.filename}{target}: {err.strerror}")
    return _one_line(str(err)) or type(err).__name__


def _format_warning(message: Any, category: Any, *_: Any, **__: Any) -> str:
    return f"mad: warning: {message}\n"


if __name__ == "__main__":
    sys.exit(main())
