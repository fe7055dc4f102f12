"""One batch of monitored decoding, step by step: which rows end, what is streamed, what is scored.

`_Run` is the stopping criterion of one ``model.generate`` call (`mad.monitor` explains what it
guarantees): it ends rows individually (EOS, each row's budget, stop strings, cancellation),
streams text as it is decided, puts prompt-level verdicts to the `Policy` right after prefill
and, when the verdict can settle mid-answer, the running verdict after every token; and it
scores each row's returned text once generation is over.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import torch
from transformers import StoppingCriteria

from mad.capture import capture_completions, reduce_positions
from mad.incremental import RunningVerdict, token_scores

if TYPE_CHECKING:
    from mad.monitor import Monitor, Prompt

TextCallback = Callable[[Any, str], None]
AnomalyCallback = Callable[[Any, dict[str, Any]], None]
StopCallback = Callable[[Any], bool]


@dataclass(frozen=True)
class Decision:
    """A policy's answer: the verdict the row carries from now on, and whether it ends here."""

    anomaly: dict[str, Any]
    stop: bool = False


class Policy:
    """What to do with a verdict that exists before the answer is complete; this one observes.

    `prefill` sees a row's prompt-level verdict right after prefill (``stop``: refuse the row,
    nothing is generated for it); `running` sees a settled running verdict (``stop``: cut the
    row before the token at which it settled). `cuts` says whether running verdicts are wanted
    at all (they cost a little scoring per token).
    """

    cuts = False

    def prefill(self, tag: Any, anomaly: dict[str, Any]) -> Decision:
        return Decision(anomaly)

    def running(self, tag: Any, anomaly: dict[str, Any]) -> Decision:
        return Decision(anomaly)


class BlockFlagged(Policy):
    """Refuse flagged prompts after prefill and cut answers whose verdict settles flagged."""

    cuts = True

    def prefill(self, tag: Any, anomaly: dict[str, Any]) -> Decision:
        return Decision(anomaly, bool(anomaly["flagged"]))

    def running(self, tag: Any, anomaly: dict[str, Any]) -> Decision:
        return Decision(anomaly, bool(anomaly["flagged"]))


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
    running: RunningVerdict | None = None  # the verdict so far, when it can settle mid-answer


class _Run(StoppingCriteria):
    """One batch: collects hook outputs and decides, step by step, which rows are finished."""

    def __init__(
        self,
        monitor: Monitor,
        prompts: list[Prompt],
        budgets: list[int],
        stops: list[tuple[str, ...]],
        *,
        policy: Policy,
        per_token: bool,
    ) -> None:
        self.monitor = monitor
        self.prompts = prompts
        self.budgets = budgets
        self.stops = stops
        self.policy = policy
        self.per_token = per_token
        self.rows = [_Row() for _ in prompts]
        self.tags: list[Any] = list(range(len(prompts)))
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
        self.cuts = policy.cuts and monitor.settles_early

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
            screens = self.monitor.monitored and self.monitor.can_screen
            fixed = self._score_prompts() if screens else {}
            if self.cuts:
                for k, row in enumerate(self.rows):
                    if not row.done:
                        row.running = RunningVerdict(
                            self.monitor.detector, {key: v[k] for key, v in fixed.items()}
                        )
        new = input_ids[:, -1].tolist()
        live = [k for k, row in enumerate(self.rows) if not row.done]
        settled = self._settle(live) if self.cuts else set()
        for k in live:
            row = self.rows[k]
            row.ids.append(int(new[k]))
            if k in settled:
                self._cut(k, row)
            else:
                self._advance(k, row)
        return torch.tensor([r.done for r in self.rows], device=input_ids.device)

    def _score_prompts(self) -> dict[str, Any]:
        """The prompt-level verdicts, each put to the policy; returns the prefill keys' raw
        scores per row (the fixed part of a running verdict)."""
        started = time.perf_counter()
        detector = self.monitor.detector
        result = detector.score_activations(self.prompt_acts, detector.prefill_keys)
        all_tokens = "all" in detector.positions
        token_ids = [list(p.ids) for p in self.prompts] if all_tokens else None
        anomalies = self.monitor._anomalies(result, token_ids, per_token=self.per_token)
        self.scoring_s += time.perf_counter() - started
        for k, anomaly in enumerate(anomalies):
            decision = self.policy.prefill(self.tags[k], anomaly)
            self.anomaly[k] = decision.anomaly
            if self.on_prompt_anomaly is not None:
                self.on_prompt_anomaly(self.tags[k], decision.anomaly)
            if decision.stop:
                self.rows[k].done, self.rows[k].finish = True, "blocked"
        return result.layer_scores

    def _settle(self, live: list[int]) -> set[int]:
        """Rows whose verdict settled flagged at the token just generated, and that the policy
        cuts there. The state that predicted that token is the newest step."""
        if not live:
            return set()
        started = time.perf_counter()
        detector = self.monitor.detector
        newest = {hook: v[-1][live] for hook, v in self.steps.items()}
        scores = token_scores(detector, list(self.token_keys), newest)
        cut = set()
        for j, k in enumerate(live):
            running = self.rows[k].running
            assert running is not None
            at = running.extend({key: value[j : j + 1] for key, value in scores.items()})
            if at is None:
                continue
            decision = self.policy.running(self.tags[k], self._settled_anomaly(k, at + 1))
            if decision.stop:
                self.anomaly[k] = decision.anomaly
                cut.add(k)
        self.scoring_s += time.perf_counter() - started
        return cut

    def _settled_anomaly(self, k: int, n_states: int) -> dict[str, Any]:
        """Row k's verdict on its prompt and its first `n_states` predicting states (the token
        shown for the last one is EOS: the token it predicted is withheld)."""
        keyed: dict[str, Any] = {
            key: [torch.stack([step[k] for step in self.steps[hook][:n_states]])]
            for key, hook in self.token_keys.items()
        }
        for key, value in self.prompt_acts.items():
            keyed[key] = [value[k]] if isinstance(value, list) else value[k : k + 1]
        result = self.monitor.detector.score_activations(keyed)
        ids = self.rows[k].ids[: n_states - 1] + [self._eos_id]
        return self.monitor._anomalies(result, [ids], per_token=self.per_token)[0]

    @property
    def _eos_id(self) -> int:
        eos = self.tokenizer.eos_token_id
        return int(eos if eos is not None else min(self.eos))

    def _cut(self, k: int, row: _Row) -> None:
        """End row k before its newest token, which is not returned (see the module docstring)."""
        row.done, row.finish = True, "cut"
        row.text = self.tokenizer.decode(row.ids[:-1], skip_special_tokens=True)
        self._emit(k, row, len(row.text))

    def _advance(self, k: int, row: _Row) -> None:
        token = row.ids[-1]
        if token in self.eos:
            row.done, row.finish, row.eos = True, "stop", True
        elif len(row.ids) >= self.budgets[k]:
            row.done, row.finish = True, "length"
        elif self.should_stop is not None and self.should_stop(self.tags[k]):
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
            self.on_text(self.tags[k], row.text[row.sent : upto])
            row.sent = upto

    def finish(self) -> None:
        """Close rows `generate` ended itself (e.g. its own length limit) and emit their text."""
        for k, row in enumerate(self.rows):
            if not row.done:
                row.done = True
            if row.finish not in ("blocked", "cut") and not self.stops[k] and self.on_text is None:
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
        """The returned text's tokens, plus the EOS the model generated (if it did); a cut row's
        plus EOS in place of the withheld token (the state predicting it is what settled)."""
        target = list(self.tokenizer(row.text, add_special_tokens=False)["input_ids"])
        if row.eos:
            target.append(row.ids[-1])
        elif row.finish == "cut":
            target.append(self._eos_id)
        # Cut to nothing by a stop string: score the one decision there was, its first token.
        return target or row.ids[:1]


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
