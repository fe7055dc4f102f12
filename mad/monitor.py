"""Monitored generation: the model answers and the detector reads the same forward passes.

A deployed monitor should cost almost nothing on top of generation and must never change what the
model says. `Monitor.generate` therefore runs ONE ``model.generate`` call per batch with read-only
forward hooks on the detector's layers:

- the prefill call sees the whole (left-padded) prompt, so ``last``, ``mean`` and ``all``
  features are reduced from it inside the hook, with no extra forward pass;
- every later call sees one new token; its state is the one that predicted the next generated
  token, which is what ``completion`` detectors score (the same vectors a teacher-forced audit of
  the transcript gives, so live and offline scores agree).

What a ``completion`` detector scores is defined by what the caller receives, so that an offline
audit of the logged exchange scores exactly the same tokens: the tokens of the returned text (as
the tokenizer encodes it) plus the EOS token only when the model really generated one. A row cut
by ``max_tokens`` has no EOS; a row cut by a stop string is scored up to the returned text, not
on the tokens that spelled the stop string. These are nearly always the generated tokens
themselves (or their prefix, plus the one token the stop string's first token was chosen over,
whose predicting state is the same); when they are not (a stop string starting deep inside a
token, non-canonical tokenizations), the row is teacher-forced once more, as an audit would.

A stopping criterion watches every decoding step. It ends rows individually (EOS, stop strings,
each row's own token budget, cancellation by the caller), streams text deltas, and scores
prompt-level detectors right after prefill, before any token is handed out, so a flagged prompt
can be refused (``block=True``) without the caller ever seeing a token.

A `Monitor` drives hooks on a shared model, so it runs one call at a time (a lock enforces it);
the service funnels every request through one worker thread for the same reason.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch
from transformers import StoppingCriteria, StoppingCriteriaList

from mad.capture import (
    Hooks,
    PromptTooLongError,
    capture_completions,
    context_length,
    pad_batch,
    reduce_positions,
    tokenize_prompts,
)
from mad.detector import Detector, ScoreResult
from mad.errors import MadError
from mad.records import Record, records_from_prompts, render

FINISH_REASONS = ("stop", "length", "blocked", "cancelled")


class MonitorError(MadError):
    """A request the monitor cannot serve as asked (the message says why)."""


@dataclass(frozen=True)
class Prompt:
    """A prompt rendered and tokenized once, so callers can check its size before queueing it."""

    text: str
    ids: tuple[int, ...]


@dataclass(frozen=True)
class Timing:
    """Wall time of one batch: generation (model) and scoring (detector), in seconds."""

    batch_size: int
    generation_s: float
    scoring_s: float


@dataclass
class MonitoredGeneration:
    """One row's generation and the detector's verdict on it.

    `token_ids` are every token the model generated (with the final EOS when it stopped there);
    `text` is their decoding, cut before a stop string when one ended the row, and
    `stop_reason` is that stop string (None otherwise: vLLM's extension of OpenAI's choices).
    A completion detector scored `text`'s tokens plus EOS when one was generated (see the module
    docstring). A blocked row has no tokens and no text.
    """

    text: str
    token_ids: list[int]
    prompt_tokens: int
    finish_reason: str
    anomaly: dict[str, Any]
    timing: Timing
    stop_reason: str | None = None

    @property
    def completion_tokens(self) -> int:
        return len(self.token_ids)


TextCallback = Callable[[int, str], None]
AnomalyCallback = Callable[[int, dict[str, Any]], None]
StopCallback = Callable[[int], bool]


class Monitor:
    """Generate, score transcripts, or screen prompts with one detector and its model."""

    def __init__(self, detector: Detector) -> None:
        self.detector = detector
        self.loaded = detector.require_model()
        self._lock = threading.Lock()
        model, tok = self.loaded.model, self.loaded.tokenizer
        # `encode` runs on callers' threads while `generate` decodes on another; a fast tokenizer
        # is not safe to share across threads, so encoding gets its own copy.
        self._encoder = copy.deepcopy(tok)
        self.max_length = context_length(model, tok)
        eos = getattr(model.generation_config, "eos_token_id", None)
        if eos is None:
            eos = tok.eos_token_id
        self.eos_ids = sorted(set(eos if isinstance(eos, list) else [eos]) - {None})
        self.pad_id = tok.pad_token_id if tok.pad_token_id is not None else 0

    @property
    def position(self) -> str:
        return self.detector.manifest.position

    @property
    def can_screen(self) -> bool:
        """Whether some of the evidence is in the prompt alone, so a verdict exists before
        generating (the whole verdict for a prompt-level detector; for one with a completion
        channel too, the prompt channels' own calibrated verdict)."""
        return bool(self.detector.prefill_keys)

    @property
    def scores_completions(self) -> bool:
        return "completion" in self.detector.positions

    # ----- inputs ------------------------------------------------------------------------------

    def encode(self, item: str | Record | Prompt, *, max_new_tokens: int = 0) -> Prompt:
        """Render and tokenize one prompt, refusing it if it cannot fit with `max_new_tokens`."""
        if isinstance(item, Prompt):
            prompt = item
        else:
            if isinstance(item, str):
                [record] = records_from_prompts([item])
            else:
                record = item
            rendered = render(record, self._encoder)
            if rendered.completion is not None:
                raise MonitorError(
                    f"record {record.id!r} already has a completion; score() it instead"
                )
            [ids] = tokenize_prompts(self._encoder, [rendered.prompt], max_length=None)
            prompt = Prompt(rendered.prompt, tuple(ids))
        if self.max_length is not None and len(prompt.ids) + max_new_tokens > self.max_length:
            asked = f" and {max_new_tokens} new tokens were asked for" if max_new_tokens else ""
            raise PromptTooLongError(
                f"the prompt has {len(prompt.ids)} tokens{asked}; the model's context is "
                f"{self.max_length}"
            )
        return prompt

    # ----- generation --------------------------------------------------------------------------

    def generate(
        self,
        inputs: Sequence[str | Record | Prompt],
        max_new_tokens: int | Sequence[int] = 64,
        *,
        stop: Sequence[Sequence[str]] | None = None,
        block: bool = False,
        per_token: bool = False,
        on_text: TextCallback | None = None,
        on_prompt_anomaly: AnomalyCallback | None = None,
        should_stop: StopCallback | None = None,
        **gen_kwargs: Any,
    ) -> list[MonitoredGeneration]:
        """Generate for every input in one batched ``generate`` call and score each row.

        `max_new_tokens` and `stop` may differ per row. `block` refuses flagged prompts right
        after prefill (prompt-level detectors only). `on_text(row, delta)` streams text as it
        is decided (held back while it could still become a stop string);
        `on_prompt_anomaly(row, anomaly)` fires before a row's first delta for prompt-level
        detectors; `should_stop(row)` lets a caller cancel a row. `gen_kwargs` go to
        ``model.generate`` (e.g. ``do_sample=True, temperature=0.7``); greedy by default.
        """
        if not inputs:
            return []
        budgets = (
            [int(max_new_tokens)] * len(inputs)
            if isinstance(max_new_tokens, int)
            else [int(b) for b in max_new_tokens]
        )
        if len(budgets) != len(inputs) or min(budgets) < 1:
            raise MonitorError("max_new_tokens needs one value >= 1 per input")
        stops: list[tuple[str, ...]] = [tuple(s) for s in stop or [()] * len(inputs)]
        if len(stops) != len(inputs):
            raise MonitorError("stop needs one list of strings per input")
        if block and not self.can_screen:
            raise MonitorError(
                "a completion detector has no verdict before generating, so it cannot block"
            )
        prompts = [self.encode(x, max_new_tokens=b) for x, b in zip(inputs, budgets, strict=True)]
        run = _Run(self, prompts, budgets, stops, block=block, per_token=per_token)
        run.on_text, run.on_prompt_anomaly = on_text, on_prompt_anomaly
        run.should_stop = should_stop
        model = self.loaded.model
        input_ids, mask, _ = pad_batch([p.ids for p in prompts], self.pad_id, "left", model.device)
        run.mask = mask
        gen_kwargs.setdefault("do_sample", False)
        with self._lock, torch.no_grad():
            started = time.perf_counter()
            with Hooks(model, self.detector.hooks, run.capture):
                model.generate(
                    input_ids=input_ids,
                    attention_mask=mask,
                    max_new_tokens=max(budgets),
                    pad_token_id=self.pad_id,
                    eos_token_id=self.eos_ids or None,
                    stopping_criteria=StoppingCriteriaList([run]),
                    **gen_kwargs,
                )
                run.finish()
            if self.scores_completions:
                run.score_completions()  # after the hooks are gone: it may run the model again
            elapsed = time.perf_counter() - started
        timing = Timing(len(prompts), elapsed - run.scoring_s, run.scoring_s)
        return [run.result(k, timing) for k in range(len(prompts))]

    # ----- no generation -----------------------------------------------------------------------

    def score(self, records: Sequence[Record], *, per_token: bool = False) -> list[dict[str, Any]]:
        """Score transcripts as they are (completions teacher-forced); never generates."""
        if self.scores_completions:
            missing = [r.id for r in records if render(r, self.loaded.tokenizer).completion is None]
            if missing:
                raise MonitorError(
                    f"this detector scores completions; records {missing[:5]} have none"
                )
        with self._lock:
            rows = self.detector.score(records, per_token=per_token)
        return [self._from_row(row) for row in rows]

    def screen_prompts(self, inputs: Sequence[str | Record]) -> list[dict[str, Any]]:
        """Score prompts before (instead of) generating; prompt-level detectors only.

        One capture pass that stops after the deepest hooked layer: the cheapest way to decide
        about a prompt when no generation is wanted (e.g. a gateway that only screens).
        """
        if not self.can_screen:
            raise MonitorError("a completion detector needs a completion; it cannot screen prompts")
        records = [records_from_prompts([x])[0] if isinstance(x, str) else x for x in inputs]
        prompts_only = [
            Record(r.id, r.line, render(r, self.loaded.tokenizer).prompt, None, None, r.meta)
            for r in records
        ]
        with self._lock:
            rows = self.detector.score(prompts_only, keys=self.detector.prefill_keys)
        return [self._from_row(row) for row in rows]

    # ----- anomaly objects ---------------------------------------------------------------------

    def _anomalies(
        self,
        result: ScoreResult,
        token_ids: Sequence[Sequence[int]] | None,
        *,
        per_token: bool,
    ) -> list[dict[str, Any]]:
        rows = result.rows(
            [""] * len(result.score),
            token_ids=token_ids,
            tokenizer=self.loaded.tokenizer,
            per_token=per_token,
        )
        return [self._from_row(row) for row in rows]

    def _from_row(self, row: dict[str, Any]) -> dict[str, Any]:
        """A ``mad score`` row as the anomaly object: the verdict plus which detector gave it."""
        out = {
            "detector": self.detector.id,
            "position": self.position,
            "alpha": self.detector.alpha,
        }
        out.update({k: v for k, v in row.items() if k not in ("id", "completion")})
        return out


@dataclass
class _Row:
    """Decoding state of one row."""

    ids: list[int] = field(default_factory=list)
    done: bool = False
    finish: str = "length"
    eos: bool = False  # ended by generating EOS
    stop: str | None = None  # the stop string that ended it
    text: str = ""  # decoded so far (cut at a stop string once one matched)
    sent: int = 0  # characters of `text` handed to on_text


class _Run(StoppingCriteria):
    """One batch: collects hook outputs and decides, step by step, which rows are finished."""

    def __init__(
        self,
        monitor: Monitor,
        prompts: list[Prompt],
        budgets: list[int],
        stops: list[tuple[str, ...]],
        *,
        block: bool,
        per_token: bool,
    ) -> None:
        self.monitor = monitor
        self.prompts = prompts
        self.budgets = budgets
        self.stops = stops
        self.block = block
        self.per_token = per_token
        self.rows = [_Row() for _ in prompts]
        self.on_text: TextCallback | None = None
        self.on_prompt_anomaly: AnomalyCallback | None = None
        self.should_stop: StopCallback | None = None
        self.mask: torch.Tensor | None = None
        detector = monitor.detector
        # Per hook: the prefill keys reading it (key -> position), and whether tokens are kept.
        self.prefill: dict[str, dict[str, str]] = {}
        for key in detector.prefill_keys:
            spec = detector.specs[key]
            self.prefill.setdefault(spec.hook, {})[key] = spec.position
        self.token_keys = {
            key: spec.hook for key, spec in detector.specs.items() if spec.position == "completion"
        }
        self.prompt_acts: dict[str, Any] = {}
        self.seen: set[str] = set()
        self.steps: dict[str, list[torch.Tensor]] = {h: [] for h in set(self.token_keys.values())}
        self.anomaly: list[dict[str, Any] | None] = [None] * len(prompts)
        self.scoring_s = 0.0
        self.started = False
        self.tokenizer = monitor.loaded.tokenizer
        self.eos = set(monitor.eos_ids)

    # Hook sink: runs inside every forward pass of `generate`.
    def capture(self, name: str, hidden: torch.Tensor) -> None:
        if name not in self.seen:  # the prefill call
            self.seen.add(name)
            assert self.mask is not None
            for key, position in self.prefill.get(name, {}).items():
                self.prompt_acts[key] = reduce_positions(hidden, self.mask, position)
        if name in self.steps:
            self.steps[name].append(hidden[:, -1].float().cpu())

    def __call__(self, input_ids: torch.Tensor, scores: Any, **kwargs: Any) -> torch.Tensor:
        if not self.started:
            self.started = True
            if self.monitor.can_screen:
                self._score_prompts()
        new = input_ids[:, -1].tolist()
        for k, row in enumerate(self.rows):
            if row.done:
                continue
            row.ids.append(int(new[k]))
            self._advance(k, row)
        return torch.tensor([r.done for r in self.rows], device=input_ids.device)

    def _score_prompts(self) -> None:
        started = time.perf_counter()
        detector = self.monitor.detector
        result = detector.score_activations(self.prompt_acts, detector.prefill_keys)
        all_tokens = "all" in detector.positions
        token_ids = [list(p.ids) for p in self.prompts] if all_tokens else None
        anomalies = self.monitor._anomalies(result, token_ids, per_token=self.per_token)
        self.scoring_s += time.perf_counter() - started
        for k, anomaly in enumerate(anomalies):
            self.anomaly[k] = anomaly
            if self.on_prompt_anomaly is not None:
                self.on_prompt_anomaly(k, anomaly)
            if self.block and anomaly["flagged"]:
                self.rows[k].done, self.rows[k].finish = True, "blocked"

    def _advance(self, k: int, row: _Row) -> None:
        token = row.ids[-1]
        if token in self.eos:
            row.done, row.finish, row.eos = True, "stop", True
        elif len(row.ids) >= self.budgets[k]:
            row.done, row.finish = True, "length"
        elif self.should_stop is not None and self.should_stop(k):
            row.done, row.finish = True, "cancelled"
        stops = self.stops[k]
        if not stops and self.on_text is None:
            return
        text = self.tokenizer.decode(row.ids, skip_special_tokens=True)
        hold = 0
        if stops:
            hit = _find_stop(text, stops, start=max(0, row.sent - max(map(len, stops))))
            if hit is not None:
                text, row.done, row.finish, row.stop = text[: hit[0]], True, "stop", hit[1]
            elif not row.done:
                hold = _stop_prefix(text, stops)
        if not row.done and text.endswith("\ufffd"):
            hold = max(hold, 1)  # an incomplete multi-byte character: wait for the next token
        row.text = text
        self._emit(k, row, len(text) - hold)

    def _emit(self, k: int, row: _Row, upto: int) -> None:
        if self.on_text is not None and upto > row.sent:
            self.on_text(k, row.text[row.sent : upto])
            row.sent = upto

    def finish(self) -> None:
        """Close rows `generate` ended itself (e.g. its own length limit) and emit their text."""
        for k, row in enumerate(self.rows):
            if not row.done:
                row.done = True
            if row.finish != "blocked" and not self.stops[k] and self.on_text is None:
                row.text = self.tokenizer.decode(row.ids, skip_special_tokens=True)
            self._emit(k, row, len(row.text))

    def score_completions(self) -> None:
        """Score each row's returned text (+ EOS when generated): see the module docstring.

        Rows blocked after prefill generated nothing and keep their prompt verdict.
        """
        started = time.perf_counter()
        live = [k for k, row in enumerate(self.rows) if row.finish != "blocked"]
        if not live:
            return
        stacked = {name: torch.stack(v, dim=1) for name, v in self.steps.items()}
        targets = {k: self._scored_tokens(self.rows[k]) for k in live}
        acts: dict[str, dict[int, torch.Tensor]] = {name: {} for name in stacked}  # by hook
        again = [k for k in live if not _from_generation(targets[k], self.rows[k].ids)]
        for name, value in stacked.items():
            for k in live:
                if k not in again:
                    acts[name][k] = value[k, : len(targets[k])]
        if again:
            loaded = self.monitor.loaded
            forced = capture_completions(
                loaded.model,
                loaded.tokenizer,
                [self.prompts[k].text for k in again],
                [targets[k] for k in again],
                sorted(self.steps),
                batch_size=len(again),
            )
            for rows, layer_acts, _ in forced:
                for name, values in layer_acts.items():
                    for j, value in zip(rows, values, strict=True):
                        acts[name][again[j]] = value
        keyed: dict[str, Any] = {
            key: [acts[hook][k] for k in live] for key, hook in self.token_keys.items()
        }
        for key, value in self.prompt_acts.items():
            keyed[key] = [value[k] for k in live] if isinstance(value, list) else value[live]
        result = self.monitor.detector.score_activations(keyed)
        final = self.monitor._anomalies(
            result, [targets[k] for k in live], per_token=self.per_token
        )
        for k, anomaly in zip(live, final, strict=True):
            self.anomaly[k] = anomaly
        self.scoring_s += time.perf_counter() - started

    def _scored_tokens(self, row: _Row) -> list[int]:
        """The returned text's tokens, plus the EOS the model generated (if it did)."""
        target = list(self.tokenizer(row.text, add_special_tokens=False)["input_ids"])
        if row.eos:
            target.append(row.ids[-1])
        # Cut to nothing by a stop string: score the one decision there was, its first token.
        return target or row.ids[:1]

    def result(self, k: int, timing: Timing) -> MonitoredGeneration:
        row = self.rows[k]
        anomaly = self.anomaly[k]
        assert anomaly is not None
        blocked = row.finish == "blocked"
        return MonitoredGeneration(
            text="" if blocked else row.text,
            token_ids=[] if blocked else list(row.ids),
            prompt_tokens=len(self.prompts[k].ids),
            finish_reason=row.finish,
            anomaly=anomaly,
            timing=timing,
            stop_reason=row.stop,
        )


def _from_generation(target: Sequence[int], generated: Sequence[int]) -> bool:
    """Whether generation already computed the states that predict each token of `target`.

    The state predicting token j depends only on the tokens before it, so a target that shares
    its first m tokens with what was generated is covered up to token m (inclusive): token m is
    predicted by the same state that chose generated token m.
    """
    shared = 0
    for a, b in zip(target, generated, strict=False):
        if a != b:
            break
        shared += 1
    return len(target) <= min(shared + 1, len(generated))


def _find_stop(text: str, stops: tuple[str, ...], start: int) -> tuple[int, str] | None:
    """Where the earliest stop string begins in `text` (searching from `start`), and which."""
    hits = [(i, s) for s in stops if s for i in [text.find(s, start)] if i >= 0]
    return min(hits) if hits else None


def _stop_prefix(text: str, stops: tuple[str, ...]) -> int:
    """Length of the longest end of `text` that could still grow into a stop string."""
    best = 0
    for s in stops:
        for n in range(min(len(s) - 1, len(text)), best, -1):
            if s.startswith(text[-n:]):
                best = n
                break
    return best
