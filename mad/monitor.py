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

Decisions before the answer is complete belong to a `Policy` the monitor asks: after prefill,
whether to refuse a row on its prompt-level verdict; and, for detectors whose verdict settles
mid-answer (completion keys aggregated by max, `mad.incremental`), whether to cut a row at the
first token whose running verdict is flagged. That token is withheld (finish reason ``cut``):
the row returns the text before it, and is scored on the states of that text plus the one
after it, i.e. as the returned text followed by EOS, which is how ``mad audit`` reads an answer
cut by the monitor. The policy returns the verdict the row carries from then on, so a policy
that judges verdicts another way (adaptive scoring, in the service) decides on its own verdict.

Callbacks (`on_text`, `on_prompt_anomaly`, `should_stop`) and the policy are given at
construction; ``generate(tags=...)`` names each row's tag, which the callbacks receive (the row
index by default). ``monitored=False`` generates with no hooks and no scoring (a baseline for
benchmarks): every row's anomaly is `unscored`.

A `Monitor` drives hooks on a shared model, so it runs one call at a time (a lock enforces it);
the service funnels every request through one worker thread for the same reason.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

import torch
from transformers import StoppingCriteriaList

from mad.capture import Hooks, PromptTooLongError, context_length, pad_batch, tokenize_prompts
from mad.decoding import (
    AnomalyCallback,
    BlockFlagged,
    Decision,
    Policy,
    StopCallback,
    TextCallback,
    _Run,
)
from mad.detector import Detector, ScoreResult
from mad.errors import MadError
from mad.incremental import settles_early
from mad.records import Record, records_from_prompts, render

__all__ = [
    "FINISH_REASONS",
    "BlockFlagged",
    "Decision",
    "Monitor",
    "MonitorError",
    "MonitoredGeneration",
    "Policy",
    "Prompt",
    "Timing",
    "unscored",
]

FINISH_REASONS = ("stop", "length", "blocked", "cut", "cancelled")


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
    docstring). A blocked row has no tokens and no text. A cut row's `text` ends before the token
    at which its verdict settled (withheld, but counted in `token_ids`).
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


def unscored(detector: Detector, reason: str) -> dict[str, Any]:
    """The anomaly object of an exchange the detector did not score, and why (never flagged:
    no evidence was looked at; ``p_value`` and ``score`` are null)."""
    return {
        "detector": detector.id,
        "position": detector.manifest.position,
        "alpha": detector.alpha,
        "scored": False,
        "reason": reason,
        "score": None,
        "p_value": None,
        "flagged": False,
    }


class Monitor:
    """Generate, score transcripts, or screen prompts with one detector and its model."""

    def __init__(
        self,
        detector: Detector,
        *,
        policy: Policy | None = None,
        on_text: TextCallback | None = None,
        on_prompt_anomaly: AnomalyCallback | None = None,
        should_stop: StopCallback | None = None,
        monitored: bool = True,
    ) -> None:
        self.detector = detector
        self.loaded = detector.require_model()
        self.policy = policy
        self.on_text, self.on_prompt_anomaly = on_text, on_prompt_anomaly
        self.should_stop = should_stop
        self.monitored = monitored
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

    @property
    def settles_early(self) -> bool:
        """Whether the verdict can settle mid-answer (`mad.incremental.settles_early`)."""
        return self.monitored and settles_early(self.detector)

    @property
    def lock(self) -> threading.Lock:
        """Held around every use of the model's hooks (`mad.incremental.StreamJudge` takes it)."""
        return self._lock

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
        tags: Sequence[Any] | None = None,
        policy: Policy | None = None,
        on_text: TextCallback | None = None,
        on_prompt_anomaly: AnomalyCallback | None = None,
        should_stop: StopCallback | None = None,
        **gen_kwargs: Any,
    ) -> list[MonitoredGeneration]:
        """Generate for every input in one batched ``generate`` call and score each row.

        `max_new_tokens` and `stop` may differ per row. Decisions before the answer is complete
        are the policy's (this call's, else the monitor's; ``block=True`` without one is
        `BlockFlagged`). `on_text(tag, delta)` streams text as it is decided (held back while it
        could still become a stop string); `on_prompt_anomaly(tag, anomaly)` fires before a
        row's first delta when some of the verdict is in the prompt; `should_stop(tag)` lets a
        caller cancel a row. Tags are `tags[row]`, or the row index. Callbacks given here
        replace the monitor's. `gen_kwargs` go to ``model.generate`` (e.g. ``do_sample=True,
        temperature=0.7``); greedy by default.
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
        if tags is not None and len(tags) != len(inputs):
            raise MonitorError("tags needs one tag per input")
        policy = policy or self.policy or (BlockFlagged() if block else Policy())
        if block and not (self.can_screen or self.settles_early):
            raise MonitorError(
                "a completion detector without max aggregation has no verdict before the "
                "answer is complete, so it cannot block"
            )
        prompts = [self.encode(x, max_new_tokens=b) for x, b in zip(inputs, budgets, strict=True)]
        run = _Run(self, prompts, budgets, stops, policy=policy, per_token=per_token)
        run.tags = list(tags) if tags is not None else list(range(len(prompts)))
        run.on_text = on_text or self.on_text
        run.on_prompt_anomaly = on_prompt_anomaly or self.on_prompt_anomaly
        run.should_stop = should_stop or self.should_stop
        model = self.loaded.model
        input_ids, mask, _ = pad_batch([p.ids for p in prompts], self.pad_id, "left", model.device)
        run.mask = mask
        gen_kwargs.setdefault("do_sample", False)
        hooks = self.detector.hooks if self.monitored else []
        with self._lock, torch.no_grad():
            started = time.perf_counter()
            with Hooks(model, hooks, run.capture) if hooks else nullcontext():
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
            if not self.monitored:
                run.anomaly = [unscored(self.detector, "unmonitored") for _ in prompts]
            elif self.scores_completions:
                run.score_completions()  # after the hooks are gone: it may run the model again
            elapsed = time.perf_counter() - started
        timing = Timing(len(prompts), elapsed - run.scoring_s, run.scoring_s)
        return [_result(run, k, timing) for k in range(len(prompts))]

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


def _result(run: _Run, k: int, timing: Timing) -> MonitoredGeneration:
    row = run.rows[k]
    anomaly = run.anomaly[k]
    assert anomaly is not None
    blocked = row.finish == "blocked"
    return MonitoredGeneration(
        text="" if blocked else row.text,
        token_ids=[] if blocked else list(row.ids),
        prompt_tokens=len(run.prompts[k].ids),
        finish_reason=row.finish,
        anomaly=anomaly,
        timing=timing,
        stop_reason=row.stop,
    )
