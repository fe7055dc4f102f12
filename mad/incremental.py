"""Verdicts that settle before an answer is complete, and teacher forcing one chunk at a time.

A completion key aggregated by ``max`` scores a record by the maximum over its tokens, and the
exact joint p-value (`mad.second_level`) is monotone in each layer's score, so as tokens arrive
the joint p-value can only fall. The first token at which it is at most alpha settles the
verdict: nothing that follows can unflag it. `RunningVerdict` tracks that, from the running
maxima of the completion keys plus the fixed scores of the prompt keys.

Token ``j`` is scored by the state that *predicted* it (the state after token ``j - 1``), which
exists before token ``j`` itself does. So the token at which a verdict settles can be withheld:
a stream is cut *before* it, and the states scored are those of the returned text plus the one
after it, exactly what teacher forcing the returned text followed by EOS scores
(``mad.audit.ends``: an answer cut this way is audited with EOS).

`StreamJudge` produces those states for an answer generated elsewhere (an upstream server's
stream): the prompt is prefilled once with a KV cache and every arriving chunk is one more
forward step over its tokens. The answer is re-tokenized as a whole at each step, since a chunk
can merge with the end of the previous one into other tokens; the last token is never fed (the
next chunk may still change it, and its predicting state does not depend on it), and in the rare
case an already fed token changes, the cache is rebuilt from the prompt.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Sequence
from contextlib import nullcontext
from typing import Any

import numpy as np
import torch

from mad.capture import Hooks, reduce_positions
from mad.detector import Detector, ScoreResult


def settles_early(detector: Detector) -> bool:
    """Whether the detector's verdict can settle mid-answer: it has completion keys, all
    aggregated by max (a mean can fall again, so its verdict exists only at the end)."""
    keys = [s for s in detector.specs.values() if s.position == "completion"]
    return bool(keys) and all((s.aggregate or "max") == "max" for s in keys)


class RunningVerdict:
    """The joint verdict after each token, for one row: prompt keys fixed, completion keys as
    running maxima over the token scores so far."""

    def __init__(self, detector: Detector, fixed: dict[str, float]) -> None:
        self.detector = detector
        self.keys = list(detector.layers)
        self.token_keys = [k for k, s in detector.specs.items() if s.position == "completion"]
        missing = [k for k in self.keys if k not in self.token_keys and k not in fixed]
        if missing:
            raise ValueError(f"the prompt keys {missing} need their scores")
        self.fixed = {k: float(fixed[k]) for k in self.keys if k not in self.token_keys}
        self.calibration = detector.channel_calibration(self.keys)
        self.scores: dict[str, list[float]] = {k: [] for k in self.token_keys}
        self.settled: int | None = None  # the token at which the verdict settled

    @property
    def n(self) -> int:
        return len(self.scores[self.token_keys[0]])

    def extend(self, token_scores: dict[str, np.ndarray]) -> int | None:
        """Add the next tokens' raw scores (per completion key); return the index of the token
        at which the verdict settled (p <= alpha), if it has by now."""
        start = self.n
        for key in self.token_keys:
            self.scores[key].extend(float(s) for s in np.asarray(token_scores[key]).ravel())
        if self.settled is not None or self.n == start:
            return self.settled
        running = {
            k: np.maximum.accumulate(np.asarray(v, dtype=np.float64))[start:]
            for k, v in self.scores.items()
        }
        m = self.n - start
        table = {k: running[k] if k in running else np.full(m, self.fixed[k]) for k in self.keys}
        p = self.calibration.p_values(table)
        hits = np.flatnonzero(p <= self.detector.alpha)
        if hits.size:
            self.settled = start + int(hits[0])
        return self.settled

    def truncate(self, n: int) -> None:
        """Forget the token scores from index `n` on (their tokens changed)."""
        for key in self.token_keys:
            del self.scores[key][n:]
        if self.settled is not None and self.settled >= n:
            self.settled = None


def token_scores(detector: Detector, keys: Sequence[str], states: dict[str, Any]) -> dict:
    """Raw per-token scores of completion `keys` from their hooks' states (``[T, d]`` each)."""
    return {k: detector.scorers[k].score_samples(states[detector.specs[k].hook]) for k in keys}


def _cache_arg(model: torch.nn.Module) -> str:
    """The forward argument carrying the KV cache (renamed ``cache`` in recent transformers)."""
    params = inspect.signature(model.forward).parameters
    return "cache" if "cache" in params else "past_key_values"


class StreamJudge:
    """Teacher forcing of one answer as it arrives, with a KV cache (see the module docstring).

    Not thread-safe: one caller at a time, holding `lock` (the monitor's, since the hooks live on
    the shared model) around every forward pass.
    """

    def __init__(
        self,
        detector: Detector,
        prompt_ids: Sequence[int],
        *,
        lock: threading.Lock | None = None,
    ) -> None:
        self.detector = detector
        loaded = detector.require_model()
        self.model, self.tokenizer = loaded.model, loaded.tokenizer
        self.lock = lock
        self.prompt_ids = list(prompt_ids)
        self.token_keys = [k for k, s in detector.specs.items() if s.position == "completion"]
        self.hooks = sorted({detector.specs[k].hook for k in self.token_keys})
        self.prefill_keys = detector.prefill_keys
        self.fed: list[int] = []
        self.states: dict[str, list[torch.Tensor]] = {h: [] for h in self.hooks}
        self.prompt_acts: dict[str, Any] = {}
        self._cache: Any = None
        self._arg = _cache_arg(self.model)
        self._prefill()
        fixed = self.prefill_result().layer_scores if self.prefill_keys else {}
        self.running = RunningVerdict(detector, {k: float(v[0]) for k, v in fixed.items()})
        self._score_new()

    # ----- forward passes ----------------------------------------------------------------------

    def _forward(self, ids: list[int], start: int, first: bool) -> None:
        model = self.model
        device = next(model.parameters()).device
        kept: dict[str, torch.Tensor] = {}

        def sink(name: str, hidden: torch.Tensor) -> None:
            kept[name] = hidden

        readers = dict.fromkeys(self.hooks)
        if first:
            readers.update(dict.fromkeys(self.detector.specs[k].hook for k in self.prefill_keys))
        kwargs: dict[str, Any] = {
            "input_ids": torch.tensor([ids], device=device),
            "position_ids": torch.arange(start, start + len(ids), device=device)[None],
            "attention_mask": torch.ones(1, start + len(ids), dtype=torch.long, device=device),
            "use_cache": True,
        }
        if not first:
            kwargs[self._arg] = self._cache
        with self.lock or nullcontext(), torch.no_grad(), Hooks(model, list(readers), sink):
            out = model(**kwargs)
        self._cache = out[self._arg]
        mask = torch.ones(1, len(ids), dtype=torch.long, device=device)
        if first:
            for key in self.prefill_keys:
                spec = self.detector.specs[key]
                self.prompt_acts[key] = reduce_positions(kept[spec.hook], mask, spec.position)
        for hook in self.hooks:
            hidden = kept[hook][0].float().cpu()
            self.states[hook].extend(hidden[-1:] if first else hidden)

    def _prefill(self) -> None:
        self._forward(self.prompt_ids, 0, first=True)

    def _feed(self, tokens: list[int]) -> None:
        if tokens:
            self._forward(tokens, len(self.prompt_ids) + len(self.fed), first=False)
            self.fed.extend(tokens)

    def _rebuild(self, keep: int) -> None:
        """Back to the prompt plus the first `keep` fed tokens (an earlier token changed)."""
        tokens = self.fed[:keep]
        self.fed, self._cache = [], None
        self.states = {h: [] for h in self.hooks}
        self._prefill()
        self._feed(tokens)
        self.running.truncate(keep + 1)

    def _score_new(self) -> int | None:
        n = self.running.n
        if len(self.states[self.hooks[0]]) <= n:  # nothing new since the last push
            return self.running.settled
        fresh = {h: torch.stack(v[n:]) for h, v in self.states.items()}
        return self.running.extend(token_scores(self.detector, self.token_keys, fresh))

    # ----- the answer so far -------------------------------------------------------------------

    def push(self, text: str) -> tuple[list[int], int | None]:
        """The answer so far (all of it, not a delta): its tokens, and the index of the token at
        which the verdict settled, if it has. Every token of `text` is scored."""
        tokens = list(self.tokenizer(text, add_special_tokens=False)["input_ids"]) if text else []
        common = 0
        for a, b in zip(self.fed, tokens, strict=False):
            if a != b:
                break
            common += 1
        if common < len(self.fed):
            self._rebuild(common)
        self._feed(tokens[len(self.fed) : max(len(self.fed), len(tokens) - 1)])
        return tokens, self._score_new()

    def finish(self, tokens: Sequence[int]) -> None:
        """Feed the last token too, so the state after the whole answer exists."""
        self._feed(list(tokens[len(self.fed) :]))
        self._score_new()

    def prefill_result(self) -> ScoreResult:
        return self.detector.score_activations(self.prompt_acts, self.prefill_keys)

    def result(self, n_states: int) -> ScoreResult:
        """The detector's result on the prompt and the first `n_states` predicting states."""
        keyed: dict[str, Any] = dict(self.prompt_acts)
        for key in self.token_keys:
            keyed[key] = [torch.stack(self.states[self.detector.specs[key].hook][:n_states])]
        return self.detector.score_activations(keyed)
