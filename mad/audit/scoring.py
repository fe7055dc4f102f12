"""Scoring transcripts with one detector per level: the rows of an audit.

A mad detector has one position, so it is either prompt-level (``last``/``mean``: the prompt that
led to the logged answer) or token-level (``all`` prompt tokens, or ``completion``: the logged
answer, teacher-forced in one forward pass, with per-token scores and peak tokens). An audit that
wants both is given several detectors, one per level; detectors naming the same model share one
loaded copy of it. Each level scores through `Detector.iter_score`, so a row is exactly what
``mad score`` writes for that record.

The row of a transcript is the first (primary) detector's ``mad score`` row; with more than one
detector it also holds ``levels``: every level's fields (``score``, ``p_value``, ``flagged``,
``layers`` and, token-level, ``peaks`` and ``n_tokens``) and its detector's id. Then come the
transcript's fields (`Transcript.fields`). A transcript a level cannot score (too long for the
model, no logged answer for a completion detector) becomes an error entry instead of a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from mad.audit.errors import AuditError
from mad.audit.formats import Transcript
from mad.capture import CaptureError
from mad.detector import Detector, DetectorError, read_manifest
from mad.models import LoadedModel, load_model
from mad.positions import LEVELS
from mad.records import Record

# A detector of several channels (prompt + completion evidence) is one level of its own.
COMBINED = "combined"


def level_of(position: str) -> str:
    """The audit level a detector scores: prompt, prompt_tokens, completion, or combined."""
    return LEVELS.get(position, COMBINED)


def reads_completion(position: str) -> bool:
    return "completion" in position.split("+")


Outcome = tuple[str, dict[str, Any]]  # ("row", row) or ("error", error entry)


@dataclass(frozen=True)
class Level:
    """What the summary, report and events need to know about one level's detector."""

    name: str
    detector_id: str
    path: str
    position: str
    scorer: str
    alpha: float
    model: str

    @classmethod
    def from_detector(cls, path: str, detector: Detector) -> Level:
        m = detector.manifest
        return cls(
            name=level_of(m.position),
            detector_id=detector.id,
            path=str(Path(path).resolve()),
            position=m.position,
            scorer=m.scorer,
            alpha=m.alpha,
            model=m.model.name,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_levels(paths: Sequence[str]) -> list[Level]:
    """One `Level` per detector directory (no model loaded; checksums verified), in order."""
    levels = [Level.from_detector(p, Detector.load(p, load_weights=False)) for p in paths]
    names = [level.name for level in levels]
    for name in names:
        if names.count(name) > 1:
            raise AuditError(
                f"two detectors score the {name} level; give at most one detector per level "
                "(prompt: position last/mean, prompt_tokens: all, completion: completion, "
                "combined: a detector of several channels)"
            )
    return levels


def error_entry(
    source: str, line: int | None, field: str | None, message: str, **extra: Any
) -> dict[str, Any]:
    """One line of ``errors.jsonl``."""
    return {"file": source, "line": line, "field": field, "message": message, **extra}


def has_completion(record: Record) -> bool:
    """Whether the record logs an answer (a completion, or a final assistant message)."""
    if record.completion is not None:
        return True
    return record.messages is not None and record.messages[-1].role == "assistant"


class TranscriptScorer:
    """Detectors (one per level, sharing models) that turn transcripts into audit rows."""

    def __init__(
        self, detectors: Sequence[Detector], *, batch_size: int = 16, per_token: bool = False
    ) -> None:
        self.detectors = {level_of(d.manifest.position): d for d in detectors}
        if len(self.detectors) != len(detectors):
            raise AuditError("give at most one detector per level")
        self.batch_size = batch_size
        self.per_token = per_token

    @classmethod
    def load(
        cls,
        paths: Sequence[str],
        *,
        model: str | None = None,
        device: str = "auto",
        allow_model_mismatch: bool = False,
        batch_size: int = 16,
        per_token: bool = False,
    ) -> TranscriptScorer:
        """Load the detectors and each model they name once (`model` overrides them all)."""
        models: dict[str, LoadedModel] = {}
        detectors = []
        for path in paths:
            name = model or read_manifest(Path(path)).model.name
            if name not in models:
                models[name] = load_model(name, device=device)
            detectors.append(
                Detector.load(path, model=models[name], allow_model_mismatch=allow_model_mismatch)
            )
        return cls(detectors, batch_size=batch_size, per_token=per_token)

    @property
    def tokenizer(self) -> Any:
        return next(iter(self.detectors.values())).require_model().tokenizer

    def score(self, transcripts: Sequence[Transcript]) -> list[Outcome]:
        """One outcome per transcript, in order: its row, or why it could not be scored."""
        failures: dict[int, dict[str, Any]] = {}
        if any(reads_completion(d.manifest.position) for d in self.detectors.values()):
            for k, t in enumerate(transcripts):
                if not has_completion(t.record):
                    failures[k] = self._error(
                        t,
                        "completion",
                        "no logged answer to score (a detector with a completion channel scores "
                        "the final assistant turn or the completion)",
                    )
        rows: dict[str, dict[int, dict[str, Any]]] = {}
        for name, detector in self.detectors.items():
            todo = [k for k in range(len(transcripts)) if k not in failures]
            scored = self._score_level(detector, [transcripts[k] for k in todo])
            rows[name] = {}
            for k, result in zip(todo, scored, strict=True):
                if isinstance(result, str):
                    failures[k] = self._error(transcripts[k], None, f"{name} level: {result}")
                else:
                    rows[name][k] = result
        outcomes: list[Outcome] = []
        for k, t in enumerate(transcripts):
            if k in failures:
                outcomes.append(("error", failures[k]))
            else:
                outcomes.append(("row", self._row(t, {n: rows[n][k] for n in self.detectors})))
        return outcomes

    def _score_level(
        self, detector: Detector, transcripts: Sequence[Transcript]
    ) -> list[dict[str, Any] | str]:
        """Rows in order; when a batch fails, each transcript alone, so one bad one costs one."""
        if not transcripts:
            return []
        records = [t.record for t in transcripts]
        try:
            return list(
                detector.iter_score(records, batch_size=self.batch_size, per_token=self.per_token)
            )
        except (CaptureError, DetectorError) as err:
            if len(records) == 1:
                return [str(err)]
        return [r for t in transcripts for r in self._score_level(detector, [t])]

    def _row(self, t: Transcript, by_level: dict[str, dict[str, Any]]) -> dict[str, Any]:
        primary = next(iter(by_level))
        row = dict(by_level[primary])
        if len(by_level) > 1:
            row["levels"] = {
                name: {
                    "detector": self.detectors[name].id,
                    **{k: v for k, v in part.items() if k != "id"},
                }
                for name, part in by_level.items()
            }
        row.update(t.fields())
        return row

    @staticmethod
    def _error(t: Transcript, field: str | None, message: str) -> dict[str, Any]:
        return error_entry(t.source, t.record.line, field, message, id=t.record.id)
