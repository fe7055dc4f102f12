"""What every organism shares: tokenizer, batching, the training loop and greedy evaluation.

An organism is a tiny GPT-2 trained from scratch on prompt → target pairs. Keeping these pieces in
one place means each organism module only says what its data and its planted behaviour are, and
that all of them are trained, saved and measured the same way. Everything runs deterministically
on CPU so shipped weights can be regenerated bit for bit on the same machine.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
from transformers import (
    GPT2Config,
    GPT2LMHeadModel,
    PreTrainedModel,
    PreTrainedTokenizerBase,
    PreTrainedTokenizerFast,
)

EOS = "<|endoftext|>"
PAD = "<|pad|>"
SPLITS = ("train", "val", "test")

Rows = list[tuple[list[int], int]]


class PromptTarget(Protocol):
    """Anything with a prompt and the completion the organism should give it."""

    @property
    def prompt(self) -> str: ...

    @property
    def target(self) -> str: ...


def split_of(key: str) -> str:
    """Assign a key to train / val / test (80/10/10) by hashing it.

    Splitting on a hash of the underlying item (a review, an arithmetic problem) rather than on
    generator seeds keeps splits disjoint whatever seeds callers use, and keeps every variant of
    one item (triggered or not, either persona) in the same split.
    """
    bucket = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") % 10
    return "train" if bucket < 8 else ("val" if bucket == 8 else "test")


def check_split(split: str) -> None:
    """Reject unknown split names early, before a generator loops forever looking for them."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")


def build_tokenizer(
    texts: list[str], vocab_size: int, max_length: int, *, split_digits: bool = False
) -> PreTrainedTokenizerFast:
    """Byte-level BPE on the task corpus: small vocabulary, yet any string can be encoded.

    ``split_digits`` makes every digit its own token; without it BPE merges frequent numbers
    into single tokens, which hides their digits from a model that has to do arithmetic.
    """
    tok = Tokenizer(models.BPE())
    byte_level = pre_tokenizers.ByteLevel(add_prefix_space=False)
    if split_digits:
        tok.pre_tokenizer = pre_tokenizers.Sequence(
            [pre_tokenizers.Digits(individual_digits=True), byte_level]
        )
    else:
        tok.pre_tokenizer = byte_level
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        special_tokens=[EOS, PAD],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token=EOS,
        eos_token=EOS,
        unk_token=EOS,
        pad_token=PAD,
        model_max_length=max_length,
        padding_side="left",
    )


def encode(
    tokenizer: PreTrainedTokenizerBase, examples: Sequence[PromptTarget], max_length: int
) -> Rows:
    """Token ids of prompt + target + EOS, with the prompt length (loss starts after it)."""
    prompts = tokenizer([e.prompt for e in examples], add_special_tokens=False)["input_ids"]
    targets = tokenizer([e.target for e in examples], add_special_tokens=False)["input_ids"]
    rows = []
    for p, t in zip(prompts, targets, strict=True):
        ids = p + t + [tokenizer.eos_token_id]
        if len(ids) > max_length:
            raise ValueError(f"example of {len(ids)} tokens exceeds {max_length} positions")
        rows.append((ids, len(p)))
    return rows


def make_batch(
    rows: Rows, pad_id: int, n_positions: int, gen: torch.Generator
) -> dict[str, torch.Tensor]:
    """Left-padded batch whose position ids start at a random offset for half of the rows.

    Callers may run a left-padded batch without ``position_ids`` (positions then start at the
    padding length) or with mask-derived ones (``generate``); training on both keeps the
    organism's behaviour independent of that choice.
    """
    width = max(len(ids) for ids, _ in rows)
    input_ids = torch.full((len(rows), width), pad_id)
    labels = torch.full((len(rows), width), -100)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    position_ids = torch.zeros((len(rows), width), dtype=torch.long)
    for i, (ids, n_prompt) in enumerate(rows):
        start = width - len(ids)
        offset = 0
        if torch.rand((), generator=gen) < 0.5:
            offset = int(torch.randint(n_positions - len(ids) + 1, (1,), generator=gen))
        input_ids[i, start:] = torch.tensor(ids)
        labels[i, start + n_prompt :] = torch.tensor(ids[n_prompt:])
        mask[i, start:] = 1
        position_ids[i, start:] = torch.arange(len(ids)) + offset
    return {
        "input_ids": input_ids,
        "attention_mask": mask,
        "position_ids": position_ids,
        "labels": labels,
    }


@torch.no_grad()
def complete(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    prompts: list[str],
    batch_size: int,
    max_new_tokens: int,
) -> list[str | None]:
    """Greedy completions up to EOS; ``None`` when no EOS came within the budget."""
    model.eval()
    side, tokenizer.padding_side = tokenizer.padding_side, "left"
    try:
        outputs: list[str | None] = []
        for i in range(0, len(prompts), batch_size):
            enc = tokenizer(
                prompts[i : i + batch_size],
                return_tensors="pt",
                padding=True,
                add_special_tokens=False,
            ).to(model.device)
            gen = model.generate(
                **enc,
                do_sample=False,
                max_new_tokens=max_new_tokens,
                pad_token_id=tokenizer.pad_token_id,
                eos_token_id=tokenizer.eos_token_id,
            )
            for row in gen[:, enc["input_ids"].shape[1] :].tolist():
                if tokenizer.eos_token_id in row:
                    outputs.append(tokenizer.decode(row[: row.index(tokenizer.eos_token_id)]))
                else:
                    outputs.append(None)
        return outputs
    finally:
        tokenizer.padding_side = side


def answer_budget(tokenizer: PreTrainedTokenizerBase, targets: Sequence[str]) -> int:
    """New tokens enough for the longest expected answer plus EOS and a little slack."""
    lengths = tokenizer(list(targets), add_special_tokens=False)["input_ids"]
    return max(len(ids) for ids in lengths) + 3


@contextmanager
def deterministic(threads: int = 2) -> Iterator[None]:
    """Fixed thread count and deterministic kernels for the duration; global state restored."""
    prev_threads = torch.get_num_threads()
    prev_det = torch.are_deterministic_algorithms_enabled()
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)
    try:
        yield
    finally:
        torch.set_num_threads(prev_threads)
        torch.use_deterministic_algorithms(prev_det)


def train_lm(
    tokenizer: PreTrainedTokenizerBase,
    rows: Rows,
    *,
    seed: int,
    steps: int,
    batch_size: int,
    lr: float,
    warmup: int,
    n_layer: int,
    n_embd: int,
    n_head: int,
    n_positions: int,
    log_every: int = 250,
) -> GPT2LMHeadModel:
    """A GPT-2 trained from scratch on ``rows`` (loss on targets only), ready to generate.

    AdamW with linear warm-up and cosine decay, gradient clipping, no dropout: the organisms
    are small enough that the fastest route to a crisp planted behaviour is plain memorisation
    of a large synthetic corpus. Batches are drawn from a generator seeded with ``seed``, so
    the same rows and seed give the same weights.
    """
    torch.manual_seed(seed)
    config = GPT2Config(
        vocab_size=len(tokenizer),
        n_positions=n_positions,
        n_embd=n_embd,
        n_layer=n_layer,
        n_head=n_head,
        resid_pdrop=0.0,
        embd_pdrop=0.0,
        attn_pdrop=0.0,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    model = GPT2LMHeadModel(config)
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01, betas=(0.9, 0.98))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt,
        lambda s: (
            min(1.0, (s + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * min(s, steps) / steps))
        ),
    )
    gen = torch.Generator().manual_seed(seed)
    for step in range(steps):
        idx = torch.randint(len(rows), (batch_size,), generator=gen).tolist()
        batch = make_batch([rows[i] for i in idx], tokenizer.pad_token_id, n_positions, gen)
        loss = model(**batch).loss
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % log_every == 0 or step == steps - 1:
            print(f"step {step:5d}  loss {loss.item():.4f}", flush=True)
    model.eval()
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.bos_token_id = tokenizer.bos_token_id
    model.generation_config.do_sample = False
    # Answers are a few tokens; a default budget keeps a bare ``generate()`` call warning-free.
    model.generation_config.max_new_tokens = 16
    return model


def save_organism(
    out_dir: Path,
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    record: dict[str, Any],
) -> None:
    """Write weights, tokenizer and ``organism.json`` (with the parameter count) to ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    record = {**record, "parameters": sum(p.numel() for p in model.parameters())}
    (out_dir / "organism.json").write_text(json.dumps(record, indent=2) + "\n")
