"""Capture throughput against a plain forward pass of the same batches, measured in one run.

    python bench/capture.py [--model smollm2] [--threads 2] [--batch-size 16] [--repeats 5]

For each kept hook point, prints tokens/s of `capture_prompts` and of a plain
`model(input_ids, attention_mask, position_ids)` over identical padded batches, and their ratio
(target: >= 0.9x with one layer kept). Capture of an early layer can beat the plain forward:
mad stops the pass after the deepest requested hook point, skipping later blocks and the LM head.
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch

from mad.capture import capture_prompts, context_length, pad_batch, resolve_layout, tokenize_prompts
from mad.models import load_model

WORDS = (
    "the model reads a long prompt about weather trains music cooking history law gardens and "
    "asks for a short clear answer with reasons examples and a summary at the end"
).split()


def make_prompts(n: int, seed: int = 0) -> list[str]:
    gen = torch.Generator().manual_seed(seed)
    prompts = []
    for _ in range(n):
        length = int(torch.randint(12, 48, (1,), generator=gen))
        picks = torch.randint(0, len(WORDS), (length,), generator=gen).tolist()
        prompts.append(" ".join(WORDS[i] for i in picks))
    return prompts


def time_it(fn, repeats: int) -> float:
    fn()  # warm-up
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="smollm2")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--prompts", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    loaded = load_model(args.model)
    model, tok = loaded.model, loaded.tokenizer
    layout = resolve_layout(model)
    prompts = make_prompts(args.prompts)
    rows = tokenize_prompts(tok, prompts, max_length=context_length(model, tok))
    order = sorted(range(len(rows)), key=lambda k: len(rows[k]))  # same batching as capture
    batches = [
        pad_batch(
            [rows[k] for k in order[s : s + args.batch_size]],
            tok.pad_token_id,
            "right",
            loaded.device,
        )
        for s in range(0, len(order), args.batch_size)
    ]
    n_tokens = sum(len(r) for r in rows)

    @torch.no_grad()
    def plain_forward(module: torch.nn.Module) -> None:
        for input_ids, mask, positions in batches:
            module(
                input_ids=input_ids, attention_mask=mask, position_ids=positions, use_cache=False
            )

    def capture(layer: str) -> None:
        for _ in capture_prompts(model, tok, prompts, [layer], "last", batch_size=args.batch_size):
            pass

    n = layout.num_layers
    print(
        f"model={args.model} ({type(model).__name__}, {n} blocks), torch threads={args.threads}, "
        f"{len(prompts)} prompts, {n_tokens} tokens, batch size {args.batch_size}, "
        f"device={loaded.device}"
    )
    # Two baselines: the whole causal LM (what a user would otherwise run) and, stricter, the
    # base model alone (all blocks, no LM head) — capture of the last block cannot skip more.
    full = time_it(lambda: plain_forward(model), args.repeats)
    body = time_it(lambda: plain_forward(model.base_model), args.repeats)
    print(
        f"plain forward: {n_tokens / full:.0f} tok/s (with LM head), "
        f"{n_tokens / body:.0f} tok/s (base model, no LM head)"
    )
    print(f"{'kept hook point':<26}{'capture tok/s':>14}{'vs LM fwd':>11}{'vs base fwd':>13}")
    for layer in (
        "blocks.0.resid_post",
        f"blocks.{n // 2}.resid_post",
        f"blocks.{n - 1}.resid_post",
        "final_norm",
    ):
        t = time_it(lambda layer=layer: capture(layer), args.repeats)
        print(f"{layer:<26}{n_tokens / t:>14.0f}{full / t:>10.2f}x{body / t:>12.2f}x")


if __name__ == "__main__":
    main()
