"""Activation capture: equal to output_hidden_states, padding-invariant, generation-exact."""

from __future__ import annotations

import pytest
import torch

from mad.capture import (
    CaptureError,
    PromptTooLongError,
    capture_prompts,
    collect,
    default_layers,
    generate_with_capture,
    hook_names,
    normalize_layers,
    resolve_layout,
)

PROMPTS = ["w3 w4 w5", "w7 w8 w9 w10 w11 w12 w13", "w20", "w30 w31 w32 w33"]


def _reference(model, tokenizer, prompt: str, name: str) -> torch.Tensor:
    """The hook point's [T, d] states from a plain unpadded forward with output_hidden_states."""
    ids = torch.tensor([tokenizer(prompt)["input_ids"]])
    with torch.no_grad():
        states = model(ids, output_hidden_states=True).hidden_states
    names = hook_names(model)
    if name == "final_norm":
        return states[-1][0]
    return states[names.index(name)][0]


def _expected(ref: torch.Tensor, position: str):
    return {"last": ref[-1], "mean": ref.mean(0), "all": ref}[position]


@pytest.mark.parametrize("position", ["last", "mean", "all"])
@pytest.mark.parametrize("side", ["left", "right"])
def test_capture_equals_hidden_states(tiny_model, word_tokenizer, position, side):
    names = [n for n in hook_names(tiny_model) if n != "blocks.2.resid_post"]
    got = collect(
        capture_prompts(
            tiny_model, word_tokenizer, PROMPTS, names, position, batch_size=3, padding_side=side
        ),
        len(PROMPTS),
    )
    assert set(got) == set(names)
    for k, prompt in enumerate(PROMPTS):
        for name in names:
            expected = _expected(_reference(tiny_model, word_tokenizer, prompt, name), position)
            torch.testing.assert_close(got[name][k], expected, atol=1e-5, rtol=1e-4)


def test_last_block_is_pre_final_norm(tiny_model, word_tokenizer):
    """The last block's resid_post is the state *before* the final norm (hidden_states[-1])."""
    layout = resolve_layout(tiny_model)
    last = f"blocks.{layout.num_layers - 1}.resid_post"
    got = collect(capture_prompts(tiny_model, word_tokenizer, PROMPTS, [last], "all"), 4)
    for k, prompt in enumerate(PROMPTS):
        normed = layout.final_norm(got[last][k])
        reference = _reference(tiny_model, word_tokenizer, prompt, "final_norm")
        torch.testing.assert_close(normed, reference, atol=1e-5, rtol=1e-4)


@pytest.mark.parametrize("position", ["last", "mean", "all"])
def test_padding_invariance(tiny_model, word_tokenizer, position):
    layers = ["blocks.1.resid_post"]
    alone = [
        collect(capture_prompts(tiny_model, word_tokenizer, [p], layers, position), 1)[layers[0]][0]
        for p in PROMPTS
    ]
    for side in ("left", "right"):
        batched = collect(
            capture_prompts(
                tiny_model,
                word_tokenizer,
                PROMPTS,
                layers,
                position,
                batch_size=len(PROMPTS),
                padding_side=side,
                sort_by_length=False,
            ),
            len(PROMPTS),
        )[layers[0]]
        for k in range(len(PROMPTS)):
            torch.testing.assert_close(batched[k], alone[k], atol=1e-5, rtol=1e-4)


def test_generated_tokens_equal_clean_forward(tiny_model, word_tokenizer):
    layers = ["embed", "blocks.0.resid_post", "final_norm"]
    gens = generate_with_capture(
        tiny_model, word_tokenizer, PROMPTS, layers, max_new_tokens=6, batch_size=3
    )
    assert len(gens) == len(PROMPTS)
    names = hook_names(tiny_model)
    for gen in gens:
        assert 1 <= len(gen.generated_ids) <= 6
        full = torch.tensor([gen.prompt_ids + gen.generated_ids])
        with torch.no_grad():
            states = tiny_model(full, output_hidden_states=True).hidden_states
        p, g = len(gen.prompt_ids), len(gen.generated_ids)
        for name in layers:
            index = -1 if name == "final_norm" else names.index(name)
            expected = states[index][0, p - 1 : p + g - 1]
            assert gen.acts[name].shape == expected.shape
            torch.testing.assert_close(gen.acts[name], expected, atol=1e-4, rtol=1e-4)


def test_generation_stops_at_eos_per_row(organism):
    from mad.organisms.backdoor import make_examples

    examples = make_examples(4, triggered=False, seed=5, split="test")
    prompts = [e.prompt for e in examples]
    gens = generate_with_capture(
        organism.model, organism.tokenizer, prompts, ["blocks.1.resid_post"], max_new_tokens=12
    )
    eos = organism.tokenizer.eos_token_id
    for gen, example in zip(gens, examples, strict=True):
        assert gen.generated_ids[-1] == eos
        assert gen.generated_ids.count(eos) == 1
        assert gen.acts["blocks.1.resid_post"].shape[0] == len(gen.generated_ids)
        assert gen.text.strip() == example.target.strip()


def test_only_requested_layers_and_early_stop(tiny_models, word_tokenizer):
    model = tiny_models["llama"]
    layout = resolve_layout(model)
    calls: list[int] = []
    handles = [
        block.register_forward_hook(lambda *a, i=i: calls.append(i))
        for i, block in enumerate(layout.blocks)
    ]
    try:
        got = collect(capture_prompts(model, word_tokenizer, PROMPTS, ["blocks.0.resid_post"]), 4)
    finally:
        for h in handles:
            h.remove()
    assert set(got) == {"blocks.0.resid_post"}
    assert got["blocks.0.resid_post"].shape == (4, 32)
    assert set(calls) == {0}, "blocks after the deepest requested one must not run"


def _hook_count(model) -> int:
    return sum(len(m._forward_hooks) + len(m._forward_pre_hooks) for m in model.modules())


def test_hooks_removed_on_error(tiny_models, word_tokenizer):
    model = tiny_models["gpt2"]
    before = _hook_count(model)
    batches = capture_prompts(model, word_tokenizer, PROMPTS, ["embed", "blocks.1.resid_post"])
    next(batches)
    assert _hook_count(model) == before + 2
    batches.close()  # consumer stops early
    assert _hook_count(model) == before
    with pytest.raises(CaptureError, match="empty"):
        collect(capture_prompts(model, word_tokenizer, ["w3", "  "], ["embed"]), 2)
    assert _hook_count(model) == before


def test_prompt_too_long_is_refused(tiny_models, word_tokenizer):
    model = tiny_models["gpt2"]  # n_positions = 64
    long_prompt = " ".join(["w5"] * 65)
    with pytest.raises(
        PromptTooLongError, match="prompt 1 has 65 tokens; the model's context is 64"
    ):
        collect(capture_prompts(model, word_tokenizer, ["w3", long_prompt], ["embed"]), 2)


def test_layer_names():
    # ints, negative ints and full names all resolve; duplicates ("-1" is block 3) are dropped
    assert normalize_layers([3, "-1", "blocks.0.resid_post", "embed", 3], 4) == [
        "blocks.3.resid_post",
        "blocks.0.resid_post",
        "embed",
    ]
    with pytest.raises(CaptureError, match="out of range"):
        normalize_layers([4], 4)
    with pytest.raises(CaptureError, match="unknown layer"):
        normalize_layers(["mlp.3"], 4)
    assert default_layers(30) == [
        "blocks.14.resid_post",
        "blocks.21.resid_post",
        "blocks.29.resid_post",
    ]


def test_unknown_layout_fails_clearly():
    class Weird(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.stack = torch.nn.Sequential(torch.nn.Linear(2, 2))

    with pytest.raises(CaptureError, match="unknown model layout for Weird"):
        resolve_layout(Weird())


@pytest.mark.integration
def test_smollm2_chat_and_capture(smollm2):
    model, tok = smollm2.model, smollm2.tokenizer
    assert type(model).__name__ == "LlamaForCausalLM"
    assert resolve_layout(model).num_layers == 30
    chat = tok.apply_chat_template(
        [{"role": "user", "content": "What is the capital of France?"}],
        tokenize=False,
        add_generation_prompt=True,
    )
    [gen] = generate_with_capture(model, tok, [chat], ["blocks.15.resid_post"], max_new_tokens=16)
    assert "paris" in gen.text.lower()
    assert gen.acts["blocks.15.resid_post"].shape == (len(gen.generated_ids), 576)
    layers = ["embed", "blocks.15.resid_post", "final_norm"]
    prompts = [chat, "The quick brown fox jumps over the lazy dog."]
    for position in ("last", "mean"):
        got = collect(
            capture_prompts(model, tok, prompts, layers, position, padding_side="left"), 2
        )
        for k, prompt in enumerate(prompts):
            ids = torch.tensor([tok(prompt)["input_ids"]])
            with torch.no_grad():
                states = model(ids, output_hidden_states=True).hidden_states
            for name, index in zip(layers, (0, 16, -1), strict=True):
                expected = _expected(states[index][0], position)
                torch.testing.assert_close(got[name][k], expected, atol=2e-4, rtol=1e-3)


def test_teacher_forced_completion_equals_generation(tiny_model, word_tokenizer):
    """A logged completion scores on the same vectors the live generation captured."""
    from mad.capture import capture_completions

    layers = ["blocks.0.resid_post", "final_norm"]
    gens = generate_with_capture(
        tiny_model, word_tokenizer, PROMPTS, layers, max_new_tokens=6, batch_size=4
    )
    seen = 0
    for rows, acts, ids in capture_completions(
        tiny_model, word_tokenizer, PROMPTS, [g.generated_ids for g in gens], layers, batch_size=3
    ):
        for b, k in enumerate(rows):
            assert ids[b] == gens[k].generated_ids
            for name in layers:
                torch.testing.assert_close(acts[name][b], gens[k].acts[name], atol=1e-4, rtol=1e-4)
            seen += 1
    assert seen == len(PROMPTS)


@pytest.mark.integration
def test_teacher_forced_text_completion_on_smollm2(smollm2):
    """From logged *text*: re-tokenized completion + EOS equals the live generation's tokens."""
    from mad.capture import capture_completions

    model, tok = smollm2.model, smollm2.tokenizer
    chat = tok.apply_chat_template(
        [{"role": "user", "content": "What is the capital of Italy? One sentence."}],
        tokenize=False,
        add_generation_prompt=True,
    )
    [gen] = generate_with_capture(model, tok, [chat], ["blocks.10.resid_post"], max_new_tokens=40)
    assert gen.generated_ids[-1] == tok.eos_token_id
    [(rows, acts, ids)] = list(
        capture_completions(model, tok, [chat], [gen.text], ["blocks.10.resid_post"])
    )
    assert ids[0] == gen.generated_ids
    torch.testing.assert_close(
        acts["blocks.10.resid_post"][0], gen.acts["blocks.10.resid_post"], atol=2e-3, rtol=1e-3
    )


# --- refusing records that do not fit, by file, line and id -----------------------------------


def _records(prompts, completions=None):
    from mad.records import parse_record

    completions = completions or [None] * len(prompts)
    return [
        parse_record(
            {"id": f"r{k}", "prompt": p, **({"completion": c} if c else {})},
            line=k + 10,
            path="data.jsonl",
        )
        for k, (p, c) in enumerate(zip(prompts, completions, strict=True))
    ]


def test_records_too_long_are_named_before_and_during_capture(tiny_models, word_tokenizer):
    from mad.features import check_lengths, iter_features
    from mad.models import LoadedModel

    loaded = LoadedModel(tiny_models["gpt2"], word_tokenizer, name="tiny", source="memory")
    prompts = PROMPTS * 3
    prompts[9] = " ".join(["w5"] * 65)  # the GPT-2 has n_positions = 64
    records = _records(prompts)
    expected = 'data.jsonl:19: record "r9": the prompt has 65 tokens; the model\'s context is 64'
    with pytest.raises(PromptTooLongError) as before:
        check_lengths(loaded, records, "last", max_new_tokens=8)
    assert str(before.value) == expected
    # Inside the third chunk of four it is still that record, not "prompt 1" of the chunk.
    with pytest.raises(PromptTooLongError) as during:
        list(iter_features(loaded, records, ["embed"], "last", chunk_size=4))
    assert str(during.value) == expected and during.value.index == 9

    # Completion detectors: a logged completion counts, a generated one needs room.
    logged = _records(["w3 w4", "w5"], [" ".join(["w6"] * 62), None])
    with pytest.raises(
        PromptTooLongError, match='data.jsonl:10: record "r0": prompt \\+ completion'
    ):
        check_lengths(loaded, logged, "completion", max_new_tokens=8)
    generate = _records(["w3", " ".join(["w7"] * 60)])
    with pytest.raises(PromptTooLongError) as room:
        check_lengths(loaded, generate, "completion", max_new_tokens=8)
    assert str(room.value) == (
        'data.jsonl:11: record "r1": the prompt has 60 tokens; generating up to 8 new tokens '
        "(--max-new-tokens) leaves room for 56 in the model's context"
    )
    with pytest.raises(PromptTooLongError, match='data.jsonl:11: record "r1"'):
        list(iter_features(loaded, generate, ["embed"], "completion", max_new_tokens=8))
    from mad.errors import ConfigError

    with pytest.raises(ConfigError, match="--max-new-tokens 64 leaves no room"):
        check_lengths(loaded, generate, "completion", max_new_tokens=64)
