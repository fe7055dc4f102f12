"""The local engine: one process reads the logs in order and scores them chunk by chunk.

Chunks are fixed by position in the input: transcripts 1..C, C+1..2C, ... (C = ``chunk_size``),
whatever an earlier run already did. A chunk whose transcripts are all in ``scores.jsonl`` is
passed over; any other is scored whole (each level batched as ``mad score`` does) and its new
rows appended, with its errors, before the next chunk is read. So a resumed audit scores every
transcript in the same chunk, hence the same padded batches, as an uninterrupted run: its rows
are bit-identical to that run's (same machine, same ``--batch-size`` and ``--chunk-size``; a
float32 forward pass differs in the last bits between batch shapes, so other sizes agree only
to float32 rounding). At most one chunk, the one a crash cut short, is scored twice.
Processing in input order keeps ``scores.jsonl`` in input order across any number of runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mad.audit.errors import AuditError
from mad.audit.formats import read_transcripts
from mad.audit.lines import file_size
from mad.audit.run import AuditSpec, error_message, finish, prepare
from mad.audit.scoring import TranscriptScorer, error_entry
from mad.audit.transcripts import Transcript
from mad.records import RecordError


def run_local(spec: AuditSpec, *, progress: Callable[[int], Any] | None = None) -> dict[str, Any]:
    """Run (or resume) an audit in this process; returns the summary.

    `progress(total)` makes a tqdm-like bar once the work starts; it counts input bytes
    (compressed bytes for ``.gz``), so its ETA covers the whole input.
    """
    plan = prepare(spec, "local")
    with plan.store as store:
        scorer = TranscriptScorer.load(
            spec.detectors,
            model=spec.model,
            device=spec.device,
            allow_model_mismatch=spec.allow_model_mismatch,
            batch_size=spec.batch_size,
            per_token=spec.per_token,
        )
        bar = progress(sum(file_size(p) for p in plan.paths)) if progress else None
        chunk: list[Transcript] = []
        errors: list[dict[str, Any]] = []
        position = 0
        flagged = 0

        def on_error(err: RecordError) -> None:
            errors.append(error_entry(err.path, err.line, err.field, err.reason))
            if spec.strict:
                store.append([], errors)
                raise AuditError(str(err))

        def on_progress(done: int) -> None:
            nonlocal position
            if bar is not None and done > position:
                bar.update(done - position)
            position = done

        def flush() -> None:
            nonlocal flagged
            todo = [t for t in chunk if t.record.id not in store.done]
            if not todo:
                store.append([], errors)
                chunk.clear()
                errors.clear()
                return
            outcomes = scorer.score(chunk)  # the whole chunk: the same batches as any run
            rows, failed = [], []
            for t, (kind, item) in zip(chunk, outcomes, strict=True):
                if kind == "error":
                    failed.append(item)
                elif t.record.id not in store.done:
                    rows.append(item)
            store.append(rows, errors + failed)
            chunk.clear()
            errors.clear()
            flagged += sum(bool(r["flagged"]) for r in rows)
            if bar is not None:
                bar.set_postfix(scored=len(store.done), flagged=flagged, errors=store.n_errors)
            if spec.strict and failed:
                raise AuditError(error_message(failed[0]))

        try:
            for transcript in read_transcripts(
                plan.paths,
                plan.fmt,
                on_error=on_error,
                on_skip=plan.skip,
                on_progress=on_progress,
                index=plan.index,
            ):
                plan.seen += 1
                chunk.append(transcript)
                if len(chunk) >= spec.chunk_size:
                    flush()
            flush()
        finally:
            if bar is not None:
                bar.close()
        return finish(plan, scorer.tokenizer)
