"""The Ray Data engine: the same audit, scored by a pool of actors, when one machine is too slow.

The pipeline, all Ray Data::

    read_binary_files(inputs)            local paths or any filesystem Ray reads (s3://, gs://, ...)
      .map_batches(parse files)          the local engine's reader: same ids, lines and errors
      .repartition(chunk_size rows)      so every actor gets work, even from one big file
      .map_batches(AuditActor, concurrency=workers, num_gpus=1 per actor when the cluster has GPUs)

Each `AuditActor` loads the model and the detectors once, in its constructor, and scores a batch
exactly as the local engine scores a chunk (`TranscriptScorer`), so results equal the local
engine's up to float rounding from different batch compositions. The detectors travel to the
actors through the object store, so workers need the model (by name or path) but not the
detector directories. Files are read whole by one task each (JSONL line numbers and per-line
error isolation need the file's own order; Ray's JSON reader would fail a block on one bad line
and drop line numbers), then split into blocks: shard big logs into many files.

The driver consumes the results in input order (``preserve_order``) and appends them to the same
audit directory as the local engine, a chunk at a time, flushed and fsynced. Resuming is as
coarse as the local engine's: ids already in ``scores.jsonl`` are dropped right after parsing
and never scored again. Bad lines and unscorable transcripts travel down the pipeline as error
entries and land in ``errors.jsonl``; ``--strict`` stops at the first one.
"""

from __future__ import annotations

import io
import json
import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mad.audit.errors import AuditError
from mad.audit.formats import OtelIndex, iter_file
from mad.audit.run import AuditSpec, Plan, error_message, finish, prepare, tokenizer_for
from mad.audit.scoring import TranscriptScorer, error_entry
from mad.audit.transcripts import Skipped, Transcript, UniqueIds
from mad.records import RecordError


def run_ray(
    spec: AuditSpec,
    *,
    workers: int = 1,
    cpus_per_worker: float = 1.0,
    address: str | None = None,
    progress: bool = True,
) -> dict[str, Any]:
    """Run (or resume) an audit on Ray; returns the summary.

    Uses the Ray instance this process is connected to, else ``ray.init(address)`` (``None``:
    ``RAY_ADDRESS`` or a new local instance).
    """
    try:
        import ray
        import ray.data
    except ImportError as err:
        raise AuditError("the ray engine needs Ray Data: pip install 'mad[ray]'") from err
    if workers < 1 or cpus_per_worker <= 0:
        raise AuditError("--workers must be at least 1 and --cpus-per-worker above 0")
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, logging_level=logging.WARNING)
    cpus = ray.cluster_resources().get("CPU", 0)
    if cpus < workers * cpus_per_worker + 1:
        # Reading and parsing need a CPU of their own; without one the pipeline would wait forever.
        raise AuditError(
            f"the Ray cluster has {cpus:g} CPUs: {workers} workers x {cpus_per_worker:g} CPUs "
            "leave none for reading the logs; lower --workers or --cpus-per-worker (e.g. 0.5)"
        )
    options = {"workers": workers, "cpus_per_worker": cpus_per_worker}
    plan = prepare(spec, "ray", options)
    with plan.store:
        context = ray.data.DataContext.get_current()
        saved = (context.execution_options.preserve_order, context.enable_progress_bars)
        context.execution_options.preserve_order = True
        context.enable_progress_bars = progress
        try:
            _consume(plan, _dataset(plan, workers, cpus_per_worker))
        finally:
            context.execution_options.preserve_order, context.enable_progress_bars = saved
        return finish(plan, tokenizer_for(spec.model or plan.levels[0].model))


def _dataset(plan: Plan, workers: int, cpus_per_worker: float) -> Any:
    import ray
    import ray.data

    spec = plan.spec
    gpus = ray.cluster_resources().get("GPU", 0) >= 1
    packed = ray.put([_pack(path) for path in spec.detectors])
    done = ray.put(frozenset(plan.store.done))
    ds = ray.data.read_binary_files(plan.paths, include_paths=True)
    ds = ds.map_batches(
        _parse_files,  # type: ignore[arg-type]  # Ray passes fn_kwargs as keywords
        batch_size=1,
        batch_format="numpy",
        fn_kwargs={
            "fmt": plan.fmt,
            "labels": plan.paths,
            "several": len(plan.paths) > 1,
            "done": [done],
            "index": [ray.put(plan.index)],  # OTel: the driver's join of spans and log records
        },
    )
    # Fused into the parse tasks: blocks of chunk_size rows, so every actor gets work.
    ds = ds.repartition(target_num_rows_per_block=spec.chunk_size)
    return ds.map_batches(
        AuditActor,
        fn_constructor_kwargs={
            "packed": [packed],
            "model": spec.model,
            "allow_model_mismatch": spec.allow_model_mismatch,
            "batch_size": spec.batch_size,
            "per_token": spec.per_token,
            "device": "cuda" if gpus else "cpu",
            "threads": max(1, round(cpus_per_worker)),
        },
        batch_size=spec.chunk_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=cpus_per_worker,
        num_gpus=1 if gpus else 0,
    )


def _consume(plan: Plan, ds: Any) -> None:
    """Append the pipeline's output, in input order, to the audit directory."""
    spec, store = plan.spec, plan.store
    ids = UniqueIds()
    for batch in ds.iter_batches(batch_size=spec.chunk_size, batch_format="numpy"):
        rows, errors = [], []
        for kind, payload in zip(batch["kind"], batch["payload"], strict=True):
            if kind == "skip":
                plan.skip(Skipped(**json.loads(payload)))
                continue
            item = json.loads(payload)
            if kind == "fatal":
                raise RecordError(item["file"], item["line"], item["field"], item["message"])
            if kind in ("row", "done"):
                plan.seen += 1
                # Ids are unique within a file after parsing; across files only here.
                err = ids.check_id(item["id"], item["source_file"], item["source_line"])
                if err is not None:
                    errors.append(error_entry(err.path, err.line, err.field, err.reason))
                elif kind == "row":
                    rows.append(item)
            else:  # a bad line (no id) or a transcript that could not be scored (with its id)
                plan.seen += "id" in item
                errors.append(item)
        store.append(rows, errors)
        if spec.strict and errors:
            raise AuditError(error_message(errors[0]))


def _parse_files(
    batch: dict[str, Any],
    *,
    fmt: str,
    labels: Sequence[str],
    several: bool,
    done: list[Any],
    index: list[Any],
) -> dict[str, list[str]]:
    """Input files as pipeline rows: transcripts to score, done ids, skips and errors."""
    import ray

    finished = ray.get(done[0])
    joins = ray.get(index[0])
    out: list[dict[str, str]] = []
    for path, data in zip(batch["path"], batch["bytes"], strict=True):
        label = _label(str(path), labels)
        out.extend(_parse_file(label, bytes(data), fmt, several, finished, joins))
    return {"kind": [r["kind"] for r in out], "payload": [r["payload"] for r in out]}


def _parse_file(
    path: str,
    data: bytes,
    fmt: str,
    several: bool,
    finished: frozenset[str],
    index: OtelIndex | None,
) -> list[dict[str, str]]:
    ids = UniqueIds()
    out = []
    try:
        for item in iter_file(io.BytesIO(data), path, fmt, several=several, index=index):
            if isinstance(item, Skipped):
                out.append({"kind": "skip", "payload": json.dumps(item.__dict__)})
                continue
            if isinstance(item, Transcript):
                duplicate = ids.check(item)
                if duplicate is None:
                    if item.record.id in finished:
                        where = {"id": item.record.id, **item.fields()}
                        out.append({"kind": "done", "payload": json.dumps(where)})
                    else:
                        out.append({"kind": "transcript", "payload": item.to_json()})
                    continue
                item = duplicate
            out.append({"kind": "error", "payload": json.dumps(_entry(item))})
    except RecordError as fatal:  # a damaged gzip stream: nothing after it can be read
        out.append({"kind": "fatal", "payload": json.dumps(_entry(fatal))})
    return out


def _entry(err: RecordError) -> dict[str, Any]:
    return error_entry(err.path, err.line, err.field, err.reason)


def _label(path: str, labels: Sequence[str]) -> str:
    """The input path as the user gave it (Ray reports object-storage paths without a scheme)."""
    for label in labels:
        if label == path or label.split("://", 1)[-1] == path:
            return label
    return path


def _pack(path: str) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in Path(path).iterdir() if p.is_file()}


class AuditActor:
    """One worker: loads the model and the detectors once, then scores batch after batch."""

    def __init__(
        self,
        packed: list[Any],
        model: str | None,
        allow_model_mismatch: bool,
        batch_size: int,
        per_token: bool,
        device: str,
        threads: int,
    ) -> None:
        import ray
        import torch

        torch.set_num_threads(threads)
        self._dir = tempfile.TemporaryDirectory(prefix="mad-audit-")
        paths = []
        for k, files in enumerate(ray.get(packed[0])):
            target = Path(self._dir.name) / f"detector{k}"
            target.mkdir()
            for name, data in files.items():
                (target / name).write_bytes(data)
            paths.append(str(target))
        self.scorer = TranscriptScorer.load(
            paths,
            model=model,
            device=device,
            allow_model_mismatch=allow_model_mismatch,
            batch_size=batch_size,
            per_token=per_token,
        )

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        kinds = [str(k) for k in batch["kind"]]
        payloads = [str(p) for p in batch["payload"]]
        todo = [k for k, kind in enumerate(kinds) if kind == "transcript"]
        outcomes = self.scorer.score([Transcript.from_json(payloads[k]) for k in todo])
        for k, (kind, item) in zip(todo, outcomes, strict=True):
            kinds[k], payloads[k] = kind, json.dumps(item)
        return {"kind": kinds, "payload": payloads}
