"""Capturing hidden states of a Hugging Face causal LM through forward hooks.

Hook points are named the same way for every architecture (after TransformerLens):

- ``embed``: the residual stream entering block 0 (token + position embeddings), i.e.
  ``hidden_states[0]`` of ``output_hidden_states=True``;
- ``blocks.{i}.resid_post``: the residual stream leaving decoder block ``i``; equal to
  ``hidden_states[i + 1]`` for every block but the last;
- ``final_norm``: the output of the final layer norm, i.e. ``hidden_states[-1]``.

Positions (which tokens of a sequence are kept):

- ``last``: the last prompt token, one vector per prompt;
- ``mean``: the mean over the prompt's tokens (padding excluded), one vector per prompt;
- ``all``: every prompt token, a ``[T_i, d]`` matrix per prompt;
- ``generated``: every generated token during `generate()` (see `generate_with_capture`).

Only the requested hook points and positions are kept; each is reduced on the model's device
inside the hook and moved to the CPU as float32 at once, so memory grows with what is kept, not
with the model or the sequence length. When no logits are needed, the forward pass stops right
after the deepest requested hook point, which skips the remaining blocks and the LM head.
Hooks are removed on every exit path, including errors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import nn

from mad.errors import MadError

PROMPT_POSITIONS = ("last", "mean", "all")
POSITIONS = (*PROMPT_POSITIONS, "generated")

_BLOCK_RE = re.compile(r"^blocks\.(-?\d+)\.resid_post$")
# Where decoder blocks live in the architectures transformers ships, relative to the base model
# (`model.base_model`) — GPT-2/GPT-J/Bloom use `h`, Llama/Mistral/Qwen/GPT-NeoX use `layers`,
# OPT-style decoders `decoder.layers`.
_BLOCK_PATHS = ("layers", "h", "blocks", "decoder.layers", "transformer.h", "model.layers")
_FINAL_NORM_PATHS = ("norm", "ln_f", "final_layer_norm", "final_norm", "decoder.final_layer_norm")


class CaptureError(MadError):
    """A capture request that cannot be served (unknown layout, bad layer, bad prompt)."""


class PromptTooLongError(CaptureError):
    """A prompt longer than the model's context; mad refuses rather than silently truncating.

    `index` is the prompt's position in the sequence passed to the capture function (None when
    unknown), `n_tokens` its length and `limit` the room it had, so a caller holding the records
    can say which file, line and id it was.
    """

    def __init__(
        self,
        message: str,
        *,
        index: int | None = None,
        n_tokens: int | None = None,
        limit: int | None = None,
    ) -> None:
        super().__init__(message)
        self.index, self.n_tokens, self.limit = index, n_tokens, limit


@dataclass(frozen=True)
class Layout:
    """Where the parts mad hooks live in one model."""

    blocks: nn.ModuleList
    final_norm: nn.Module | None
    max_length: int | None

    @property
    def num_layers(self) -> int:
        return len(self.blocks)


def _get_path(root: nn.Module, path: str) -> Any:
    obj: Any = root
    for part in path.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def resolve_layout(model: nn.Module) -> Layout:
    """Find the decoder blocks and final norm of any HF causal LM, or fail with a clear message."""
    base = getattr(model, "base_model", model)
    blocks = None
    for root in (base, model):
        for path in _BLOCK_PATHS:
            candidate = _get_path(root, path)
            if isinstance(candidate, nn.ModuleList) and len(candidate) > 0:
                blocks = candidate
                break
        if blocks is not None:
            break
    if blocks is None:
        children = ", ".join(name for name, _ in base.named_children())
        raise CaptureError(
            f"unknown model layout for {type(model).__name__}: no decoder block list found at "
            f"any of {', '.join(_BLOCK_PATHS)} (base model children: {children})"
        )
    final_norm = None
    for path in _FINAL_NORM_PATHS:
        candidate = _get_path(base, path)
        if isinstance(candidate, nn.Module):
            final_norm = candidate
            break
    config = getattr(model, "config", None)
    max_length = None
    for key in ("max_position_embeddings", "n_positions", "max_sequence_length"):
        value = getattr(config, key, None)
        if isinstance(value, int) and value > 0:
            max_length = value
            break
    return Layout(blocks=blocks, final_norm=final_norm, max_length=max_length)


def hook_names(model: nn.Module) -> list[str]:
    """Every hook point name this model offers, in forward order."""
    layout = resolve_layout(model)
    names = ["embed"] + [f"blocks.{i}.resid_post" for i in range(layout.num_layers)]
    if layout.final_norm is not None:
        names.append("final_norm")
    return names


def normalize_layers(layers: Sequence[str | int], num_layers: int) -> list[str]:
    """Canonical hook names for user input: ``3``, ``"-1"`` and ``"blocks.3.resid_post"`` all work.

    Integers (also as strings) index decoder blocks, negative from the end. The result keeps the
    user's order with duplicates removed.
    """
    out: list[str] = []
    for layer in layers:
        text = str(layer).strip()
        if text in ("embed", "final_norm"):
            name = text
        else:
            match = _BLOCK_RE.match(text)
            index_text = match.group(1) if match else text
            try:
                index = int(index_text)
            except ValueError:
                raise CaptureError(
                    f"unknown layer {layer!r}: use a block index, 'blocks.<i>.resid_post', "
                    "'embed' or 'final_norm'"
                ) from None
            if not -num_layers <= index < num_layers:
                raise CaptureError(
                    f"layer {layer!r} is out of range: the model has {num_layers} blocks "
                    f"(0..{num_layers - 1})"
                )
            name = f"blocks.{index % num_layers}.resid_post"
        if name not in out:
            out.append(name)
    if not out:
        raise CaptureError("no layers requested")
    return out


def default_layers(num_layers: int) -> list[str]:
    """A few middle-to-late blocks: where published detectors find anomalies most separable."""
    fractions = (0.5, 0.75, 1.0)
    indices = sorted({min(num_layers - 1, max(0, round(f * num_layers) - 1)) for f in fractions})
    return [f"blocks.{i}.resid_post" for i in indices]


class _StopForward(Exception):
    """Raised by the deepest hook to skip the rest of a forward pass nobody needs."""


def _forward(
    model: nn.Module, input_ids: torch.Tensor, mask: torch.Tensor, positions: torch.Tensor
) -> None:
    """One forward pass for the hooks' sake: no cache, and an early stop is the normal end."""
    with suppress(_StopForward):
        model(input_ids=input_ids, attention_mask=mask, position_ids=positions, use_cache=False)


@dataclass
class Hooks:
    """Forward hooks on the requested hook points; each call hands the hidden state to `sink`.

    A context manager: hooks exist only inside ``with``, and are removed on any exit.
    """

    model: nn.Module
    layers: list[str]
    sink: Callable[[str, torch.Tensor], None]
    stop_after_last: bool = False
    _handles: list[Any] = field(default_factory=list)

    def __enter__(self) -> Hooks:
        layout = resolve_layout(self.model)
        order = hook_names(self.model)
        missing = [name for name in self.layers if name not in order]
        if missing:
            raise CaptureError(f"hook points {missing} do not exist; available: {order}")
        deepest = max(self.layers, key=order.index)
        try:
            for name in self.layers:
                stop = self.stop_after_last and name == deepest
                if name == "embed":
                    handle = layout.blocks[0].register_forward_pre_hook(
                        self._pre_hook(name, stop), with_kwargs=True
                    )
                elif name == "final_norm":
                    assert layout.final_norm is not None
                    handle = layout.final_norm.register_forward_hook(self._post_hook(name, stop))
                else:
                    index = int(name.split(".")[1])
                    handle = layout.blocks[index].register_forward_hook(self._post_hook(name, stop))
                self._handles.append(handle)
        except BaseException:
            self.remove()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.remove()

    def remove(self) -> None:
        for handle in self._handles:
            handle.remove()
        self._handles.clear()

    def _post_hook(self, name: str, stop: bool) -> Callable[..., None]:
        def hook(module: nn.Module, args: Any, output: Any) -> None:
            hidden = output[0] if isinstance(output, tuple) else output
            self.sink(name, hidden)
            if stop:
                raise _StopForward

        return hook

    def _pre_hook(self, name: str, stop: bool) -> Callable[..., None]:
        def hook(module: nn.Module, args: Any, kwargs: Any) -> None:
            hidden = args[0] if args else kwargs["hidden_states"]
            self.sink(name, hidden)
            if stop:
                raise _StopForward

        return hook


@dataclass
class CaptureBatch:
    """Activations for some of the prompts passed to `capture_prompts`.

    `indices[k]` is the position in the input sequence of row k. For ``last`` and ``mean`` each
    value of `acts` is a ``[B, d]`` tensor; for ``all`` it is a list of ``[T_k, d]`` tensors.
    """

    indices: list[int]
    acts: dict[str, Any]
    token_ids: list[list[int]]  # the prompt's tokens, per row


def context_length(model: nn.Module, tokenizer: Any) -> int | None:
    """The longest sequence the model accepts, from its config (the tokenizer's is often unset)."""
    layout_max = resolve_layout(model).max_length
    tok_max = getattr(tokenizer, "model_max_length", None)
    if isinstance(tok_max, int) and tok_max < 10**8:
        return min(tok_max, layout_max) if layout_max else tok_max
    return layout_max


def tokenize_prompts(
    tokenizer: Any, prompts: Sequence[str], *, max_length: int | None, offset: int = 0
) -> list[list[int]]:
    """Token ids per prompt, refusing empty and over-long prompts with the prompt's index.

    Special tokens are added the way the tokenizer does by default (e.g. Llama's BOS), except
    when the text already starts with the BOS token, as chat-template renderings often do.
    """
    bos = getattr(tokenizer, "bos_token", None)
    ids: list[list[int]] = []
    for k, text in enumerate(prompts):
        if not isinstance(text, str) or not text.strip():
            raise CaptureError(f"prompt {offset + k} is empty")
        add_special = not (bos and text.startswith(bos))
        row = tokenizer(text, add_special_tokens=add_special, verbose=False)["input_ids"]
        if max_length is not None and len(row) > max_length:
            raise PromptTooLongError(
                f"prompt {offset + k} has {len(row)} tokens; the model's context is {max_length}",
                index=offset + k,
                n_tokens=len(row),
                limit=max_length,
            )
        ids.append(list(row))
    return ids


def completion_tokens(
    tokenizer: Any, completion: str | Sequence[int], *, append_eos: bool = True
) -> list[int]:
    """A logged completion's token ids, as generation would have produced them.

    Text is tokenized on its own (no special tokens) and, with `append_eos`, ends with the EOS
    token a finished generation emits; token ids are taken as they are.
    """
    if not isinstance(completion, str):
        return [int(t) for t in completion]
    row = list(tokenizer(completion, add_special_tokens=False, verbose=False)["input_ids"])
    eos = tokenizer.eos_token_id
    if append_eos and eos is not None:
        row.append(eos)
    return row


def pad_batch(
    rows: Sequence[Sequence[int]], pad_id: int, side: str, device: torch.device
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Pad token rows; return input ids, attention mask and explicit position ids.

    Position ids count only real tokens, so a left-padded row sees the same positions as the same
    prompt alone (`generate` derives them this way; a plain forward pass would not).
    """
    if side not in ("left", "right"):
        raise ValueError(f"padding side must be 'left' or 'right', got {side!r}")
    width = max(len(r) for r in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for k, row in enumerate(rows):
        span = slice(width - len(row), width) if side == "left" else slice(0, len(row))
        input_ids[k, span] = torch.tensor(row, dtype=torch.long)
        mask[k, span] = 1
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    return input_ids.to(device), mask.to(device), positions.to(device)


def reduce_positions(hidden: torch.Tensor, mask: torch.Tensor, position: str) -> Any:
    """Keep only the requested positions of a [B, T, d] hidden state, as float32 on the CPU."""
    if position == "last":
        last = (mask * torch.arange(mask.shape[1], device=mask.device)).argmax(-1)
        picked = hidden[torch.arange(hidden.shape[0], device=hidden.device), last]
        return picked.float().cpu()
    if position == "mean":
        weights = mask.to(torch.float32).unsqueeze(-1)
        summed = (hidden.float() * weights).sum(1)
        return (summed / weights.sum(1)).cpu()
    if position == "all":
        keep = mask.bool()
        return [hidden[k][keep[k]].float().cpu() for k in range(hidden.shape[0])]
    raise CaptureError(f"unknown prompt position {position!r}; choose from {PROMPT_POSITIONS}")


@torch.no_grad()
def capture_prompts(
    model: nn.Module,
    tokenizer: Any,
    prompts: Sequence[str],
    layers: Sequence[str],
    position: str = "last",
    *,
    batch_size: int = 16,
    padding_side: str = "right",
    sort_by_length: bool = True,
    progress: Callable[[int], None] | None = None,
) -> Iterator[CaptureBatch]:
    """Run the prompts through the model in batches and yield the kept activations.

    Batches are formed from prompts of similar length (`sort_by_length`) to waste little compute
    on padding; `CaptureBatch.indices` maps rows back to input order. `progress`, if given, is
    called with the number of prompts finished after each batch.
    """
    if position not in PROMPT_POSITIONS:
        raise CaptureError(f"unknown prompt position {position!r}; choose from {PROMPT_POSITIONS}")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    layers = list(layers)
    device = next(model.parameters()).device
    max_length = context_length(model, tokenizer)
    token_rows = tokenize_prompts(tokenizer, prompts, max_length=max_length)
    order = list(range(len(token_rows)))
    if sort_by_length:
        order.sort(key=lambda k: len(token_rows[k]))
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0

    kept: dict[str, Any] = {}
    state: dict[str, torch.Tensor] = {}

    def sink(name: str, hidden: torch.Tensor) -> None:
        kept[name] = reduce_positions(hidden, state["mask"], position)

    with Hooks(model, layers, sink, stop_after_last=True):
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            input_ids, mask, positions = pad_batch(
                [token_rows[k] for k in rows], pad_id, padding_side, device
            )
            state["mask"] = mask
            kept.clear()
            _forward(model, input_ids, mask, positions)
            yield CaptureBatch(
                indices=rows, acts=dict(kept), token_ids=[token_rows[k] for k in rows]
            )
            if progress is not None:
                progress(len(rows))


def collect(batches: Iterator[CaptureBatch], n: int) -> dict[str, Any]:
    """Gather streamed batches back into input order.

    Returns ``{layer: [n, d] tensor}`` for ``last``/``mean`` and ``{layer: list of [T_i, d]}`` for
    ``all``. Use this when everything fits in memory; detectors consume the stream directly.
    """
    out: dict[str, Any] = {}
    for batch in batches:
        for name, value in batch.acts.items():
            if isinstance(value, torch.Tensor):
                if name not in out:
                    out[name] = torch.empty((n, value.shape[-1]), dtype=value.dtype)
                out[name][batch.indices] = value
            else:
                slots = out.setdefault(name, [None] * n)
                for k, row in zip(batch.indices, value, strict=True):
                    slots[k] = row
    return out


@torch.no_grad()
def capture_completions(
    model: nn.Module,
    tokenizer: Any,
    prompts: Sequence[str],
    completions: Sequence[str | Sequence[int]],
    layers: Sequence[str],
    *,
    append_eos: bool = True,
    batch_size: int = 8,
    progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[list[int], dict[str, list[torch.Tensor]], list[list[int]]]]:
    """Teacher-force logged completions and keep the state that predicted each completion token.

    One forward pass over prompt + completion per record. For completion token ``j`` the kept
    vector is the residual stream at the position before it — exactly what
    `generate_with_capture` keeps while generating, so a logged transcript scores the same as a
    live generation of the same tokens. The completion is tokenized on its own (as generation
    produces it) and, with `append_eos`, ends with the EOS token a finished generation emits.
    A completion may also be given as token ids (then nothing is appended).

    Yields ``(indices, {layer: [[C_k, d] per row]}, completion_token_ids per row)`` per batch.
    """
    if len(prompts) != len(completions):
        raise ValueError("prompts and completions must have the same length")
    layers = list(layers)
    device = next(model.parameters()).device
    max_length = context_length(model, tokenizer)
    prompt_rows = tokenize_prompts(tokenizer, prompts, max_length=max_length)
    completion_rows = []
    for k, completion in enumerate(completions):
        row = completion_tokens(tokenizer, completion, append_eos=append_eos)
        if not row:
            raise CaptureError(f"completion {k} is empty")
        total = len(prompt_rows[k]) + len(row)
        if max_length is not None and total > max_length:
            raise PromptTooLongError(
                f"record {k}: prompt + completion have {total} tokens; the model's context is "
                f"{max_length}",
                index=k,
                n_tokens=total,
                limit=max_length,
            )
        completion_rows.append(row)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    order = sorted(range(len(prompts)), key=lambda k: len(prompt_rows[k]) + len(completion_rows[k]))

    kept: dict[str, torch.Tensor] = {}

    def sink(name: str, hidden: torch.Tensor) -> None:
        kept[name] = hidden

    def slices(k: int) -> slice:
        # Right padding: completion token j of row k sits at P + j and was predicted at P + j - 1.
        p, c = len(prompt_rows[k]), len(completion_rows[k])
        return slice(p - 1, p + c - 1)

    with Hooks(model, layers, sink, stop_after_last=True):
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            full = [prompt_rows[k] + completion_rows[k] for k in rows]
            input_ids, mask, positions = pad_batch(full, pad_id, "right", device)
            kept.clear()
            _forward(model, input_ids, mask, positions)
            acts = {
                name: [kept[name][b, slices(k)].float().cpu() for b, k in enumerate(rows)]
                for name in layers
            }
            yield rows, acts, [completion_rows[k] for k in rows]
            if progress is not None:
                progress(len(rows))


@dataclass
class Generation:
    """One prompt's generation with the activations behind each generated token.

    ``acts[layer][j]`` is the residual stream at the position that *predicted* generated token
    ``j`` — the last prompt token for ``j = 0``, generated token ``j - 1`` after that. This is
    what the model "was thinking" when it chose the token, and it comes for free during
    generation with a KV cache. ``acts[layer][0]`` is also the ``last`` prompt position.
    """

    prompt_ids: list[int]
    generated_ids: list[int]
    text: str
    acts: dict[str, torch.Tensor]  # layer -> [G, d]


@torch.no_grad()
def generate_with_capture(
    model: nn.Module,
    tokenizer: Any,
    prompts: Sequence[str],
    layers: Sequence[str],
    *,
    max_new_tokens: int = 32,
    batch_size: int = 8,
    **generate_kwargs: Any,
) -> list[Generation]:
    """Generate for each prompt (left-padded batches, KV cache) and keep per-token activations.

    Generation stops per row at the first EOS token (kept) or after `max_new_tokens`. Extra
    keyword arguments go to `model.generate` (e.g. ``do_sample=True, temperature=0.7``); greedy
    decoding is the default.
    """
    layers = list(layers)
    device = next(model.parameters()).device
    max_length = context_length(model, tokenizer)
    budget = None if max_length is None else max_length - max_new_tokens
    if budget is not None and budget < 1:
        raise CaptureError(
            f"max_new_tokens={max_new_tokens} leaves no room for a prompt in the model's "
            f"{max_length}-token context; use at most {max_length - 1}"
        )
    token_rows = tokenize_prompts(tokenizer, prompts, max_length=budget)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    eos = generate_kwargs.pop("eos_token_id", None)
    if eos is None:
        eos = getattr(model.generation_config, "eos_token_id", None) or tokenizer.eos_token_id
    eos_ids = set(eos if isinstance(eos, list) else [eos]) - {None}
    generate_kwargs.setdefault("do_sample", False)

    steps: dict[str, list[torch.Tensor]] = {name: [] for name in layers}

    def sink(name: str, hidden: torch.Tensor) -> None:
        # The prefill call sees the whole (left-padded) prompt; each later call one new token.
        steps[name].append(hidden[:, -1].float().cpu())

    results: list[Generation] = []
    with Hooks(model, layers, sink):
        for start in range(0, len(token_rows), batch_size):
            rows = token_rows[start : start + batch_size]
            input_ids, mask, _ = pad_batch(rows, pad_id, "left", device)
            for name in layers:
                steps[name].clear()
            output = model.generate(
                input_ids=input_ids,
                attention_mask=mask,
                max_new_tokens=max_new_tokens,
                pad_token_id=pad_id,
                eos_token_id=sorted(eos_ids) if eos_ids else None,
                **generate_kwargs,
            )
            new_tokens = output[:, input_ids.shape[1] :].cpu()
            stacked = {name: torch.stack(steps[name], dim=1) for name in layers}
            for k, prompt_ids in enumerate(rows):
                generated = new_tokens[k].tolist()
                length = len(generated)
                for j, token in enumerate(generated):
                    if token in eos_ids:
                        length = j + 1
                        break
                generated = generated[:length]
                results.append(
                    Generation(
                        prompt_ids=list(prompt_ids),
                        generated_ids=generated,
                        text=tokenizer.decode(generated, skip_special_tokens=True),
                        acts={name: stacked[name][k, :length].clone() for name in layers},
                    )
                )
    return results
