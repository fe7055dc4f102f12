"""The local engine: one process reads the logs in order and scores them chunk by chunk.

Transcripts whose id is already in ``scores.jsonl`` are skipped; the others are gathered into
chunks of ``chunk_size``, scored (each level batched as ``mad score`` does) and appended with
their errors before the next chunk is read. Processing in input order keeps ``scores.jsonl`` in
input order across any number of interrupted runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mad.audit.errors import AuditError
from mad.audit.formats import Transcript, file_size, read_transcripts
from mad.audit.run import AuditSpec, error_message, finish, prepare
from mad.audit.scoring import TranscriptScorer, error_entry
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
        pending: list[Transcript] = []
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
            outcomes = scorer.score(pending)
            rows = [item for kind, item in outcomes if kind == "row"]
            failed = [item for kind, item in outcomes if kind == "error"]
            store.append(rows, errors + failed)
            pending.clear()
            errors.clear()
            flagged += sum(bool(r["flagged"]) for r in rows)
            if bar is not None:
                bar.set_postfix(scored=len(store.done), flagged=flagged, errors=store.n_errors)
            if spec.strict and failed:
                raise AuditError(error_message(failed[0]))

        try:
            for transcript in read_transcripts(
                plan.paths, plan.fmt, on_error=on_error, on_skip=plan.skip, on_progress=on_progress
            ):
                plan.seen += 1
                if transcript.record.id in store.done:
                    continue
                pending.append(transcript)
                if len(pending) >= spec.chunk_size:
                    flush()
            flush()
        finally:
            if bar is not None:
                bar.close()
        return finish(plan, scorer.tokenizer)
