"""What both engines share: the audit's arguments, its set-up, and how it is finished.

`prepare` resolves the inputs and format, reads the detectors' manifests, opens (or resumes)
the audit directory and, for OpenTelemetry inputs, indexes which spans and log records belong to
one call; everything a user can get wrong fails there, before a model is loaded. An engine then
appends rows and errors; `finish` rebuilds ``summary.json``, ``report.html`` and, when asked,
``events.jsonl`` from ``scores.jsonl``, so they describe the whole audit however many runs it
took. An audit that scored nothing still writes ``summary.json`` (with what was skipped and
why) and lists the skipped entries in ``errors.jsonl``, then fails with the top reasons.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import mad
from mad.audit.errors import AuditError
from mad.audit.formats import FORMATS, OtelIndex, build_index, detect_format, iter_file
from mad.audit.lines import expand_inputs, open_binary
from mad.audit.otel import evaluation_events
from mad.audit.report import render_report
from mad.audit.scoring import Level, error_entry, read_levels
from mad.audit.store import EVENTS, REPORT, SUMMARY, AuditStore, fingerprint
from mad.audit.summary import Tally, level_parts
from mad.audit.transcripts import Skipped, Transcript
from mad.records import RecordError, Rendered, render

ENGINES = ("local", "ray")
# Skipped entries an empty audit lists in errors.jsonl (all are counted in summary.json).
MAX_LISTED_SKIPS = 10_000


@dataclass
class AuditSpec:
    """The arguments of one audit (``mad audit``'s flags)."""

    detectors: list[str]
    data: list[str]
    out: str
    fmt: str = "auto"
    model: str | None = None
    device: str = "auto"
    allow_model_mismatch: bool = False
    batch_size: int = 16
    chunk_size: int = 256
    per_token: bool = False
    strict: bool = False
    top_k: int = 20
    otel_events: bool = False
    adapt: bool = False  # judge each transcript against the rest of the log too (mad.adaptive)
    adapt_tolerance: float = 0.1

    def check(self) -> None:
        if not self.detectors:
            raise AuditError("give at least one --detector")
        if self.fmt not in ("auto", *FORMATS):
            raise AuditError(f"unknown format {self.fmt!r}; choose auto, {', '.join(FORMATS)}")
        for name in ("batch_size", "chunk_size"):
            if getattr(self, name) < 1:
                raise AuditError(f"--{name.replace('_', '-')} must be at least 1")
        if self.top_k < 0:
            raise AuditError("--top-k must be at least 0")
        if self.adapt:
            from mad.adaptive import check_tolerance

            try:
                check_tolerance(self.adapt_tolerance)
            except ValueError as err:
                raise AuditError(f"--adapt-tolerance: {err}") from None


@dataclass
class Plan:
    """A prepared audit: resolved inputs, format and levels, and the open audit directory."""

    spec: AuditSpec
    engine: str
    paths: list[str]
    fmt: str
    levels: list[Level]
    store: AuditStore
    index: OtelIndex | None = None  # OTel inputs: which entries belong to one call
    skipped: Counter[str] = field(default_factory=Counter)
    listed: list[Skipped] = field(default_factory=list)  # the first MAX_LISTED_SKIPS of them
    seen: int = 0  # transcripts read in this run, including ones already done

    def skip(self, item: Skipped) -> None:
        self.skipped[item.reason] += 1
        if len(self.listed) < MAX_LISTED_SKIPS:
            self.listed.append(item)


def prepare(spec: AuditSpec, engine: str, options: Mapping[str, Any] | None = None) -> Plan:
    """Resolve inputs, format and detectors, and open or resume the audit directory.

    What identifies the audit (and must match to resume): the detectors' ids and levels, the
    inputs' fingerprints, the format, the model override and ``--per-token``. Batch and chunk
    sizes, the engine and report options may change between runs; they do not change a row.
    """
    spec.check()
    paths = expand_inputs(spec.data)
    fmt = detect_format(paths) if spec.fmt == "auto" else spec.fmt
    levels = read_levels(spec.detectors)
    identity = {
        "detectors": [{"level": lv.name, "id": lv.detector_id} for lv in levels],
        "data": [fingerprint(p) for p in paths],
        "format": fmt,
        "model": spec.model,
        "per_token": spec.per_token,
        "adapt": [spec.adapt, spec.adapt_tolerance] if spec.adapt else False,
    }
    settings = {"engine": engine, **asdict(spec), **(options or {})}
    store = AuditStore.open(spec.out, identity, settings)
    try:
        index = build_index(paths) if fmt == "otel" else None
    except BaseException:
        store.close()
        raise
    return Plan(spec, engine, paths, fmt, levels, store, index)


def error_message(entry: Mapping[str, Any]) -> str:
    """An errors.jsonl entry as the one-line message mad prints for bad input."""
    return str(RecordError(entry["file"], entry["line"], entry["field"], entry["message"]))


def finish(plan: Plan, tokenizer: Any) -> dict[str, Any]:
    """Write summary.json, report.html and (``--otel-events``) events.jsonl; return the summary."""
    store, spec = plan.store, plan.spec
    adaptive = None
    if spec.adapt and any(True for _ in store.iter_rows()):
        from mad.audit.adapt import adapt_audit

        adaptive = adapt_audit(store, plan.levels, spec.adapt_tolerance)
    tally = Tally(plan.levels, spec.top_k)
    for row in store.iter_rows():
        tally.add(row)
    audit = {
        "out": str(store.root.resolve()),
        "data": plan.paths,
        "format": plan.fmt,
        "engine": plan.engine,
        "detectors": [lv.to_dict() for lv in plan.levels],
    }
    summary = tally.summary(audit=audit, n_errors=store.n_errors, skipped=plan.skipped)
    if adaptive is not None:
        summary["adaptive"] = adaptive
    if tally.n == 0:
        listed = [
            error_entry(s.source, s.line, s.where, s.reason, skipped=True) for s in plan.listed
        ]
        store.append([], listed)
        store.write_text(SUMMARY, json.dumps(summary, indent=2) + "\n")
        raise AuditError(nothing_scored(plan))
    store.write_text(SUMMARY, json.dumps(summary, indent=2) + "\n")
    texts = fetch_texts(plan, tally.top(flagged_only=True), tokenizer)
    store.write_text(REPORT, render_report(summary, tally, texts, tokenizer))
    if spec.otel_events:
        store.write_lines(EVENTS, _events(plan))
    store.complete()
    return summary


def nothing_scored(plan: Plan) -> str:
    """Why an audit scored nothing, in one line: counts and the most frequent reasons."""
    store = plan.store
    reasons = [f"{reason} ({n})" for reason, n in plan.skipped.most_common(3)]
    top = f"; skipped: {'; '.join(reasons)}" if reasons else ""
    return (
        f"nothing was scored in {', '.join(plan.paths)}: {plan.seen} transcripts read, "
        f"{store.n_errors} errors, {sum(plan.skipped.values())} entries skipped{top}; "
        f"see {store.root / 'errors.jsonl'} and {store.root / SUMMARY}"
    )


def _events(plan: Plan) -> Iterator[str]:
    detectors = {lv.name: {"id": lv.detector_id, "alpha": lv.alpha} for lv in plan.levels}
    observed = time.time_ns()
    primary = plan.levels[0].name
    for row in plan.store.iter_rows():
        yield evaluation_events(
            row,
            level_parts(row, primary),
            detectors=detectors,
            observed_ns=observed,
            mad_version=mad.__version__,
        )


def fetch_texts(
    plan: Plan, entries: Sequence[Mapping[str, Any]], tokenizer: Any
) -> dict[str, Rendered]:
    """Re-read the transcripts the report shows (by file and line) and render them."""
    wanted: dict[str, dict[int, set[str]]] = {}  # one line may hold several (an OTLP export)
    for entry in entries:
        by_line = wanted.setdefault(entry["source_file"], {})
        by_line.setdefault(entry["source_line"], set()).add(entry["id"])
    texts: dict[str, Rendered] = {}
    for path in plan.paths:
        lines = wanted.get(path)
        if not lines:
            continue
        last = max(lines)
        with open_binary(path) as raw:
            items = iter_file(raw, path, plan.fmt, several=len(plan.paths) > 1, index=plan.index)
            for item in items:
                if isinstance(item, Transcript):
                    if item.record.id in lines.get(item.record.line, ()):
                        texts[item.record.id] = render(item.record, tokenizer)
                    if item.record.line > last:
                        break
    return texts


def tokenizer_for(name: str) -> Any:
    """The tokenizer of a model name mad knows, without loading the model's weights."""
    from transformers import AutoTokenizer

    from mad.models import resolve_source

    source, extra = resolve_source(name)
    return AutoTokenizer.from_pretrained(source, **extra)
