"""The shipped backdoor organism loads offline and still has the behaviour it is documented to."""

import json
import os

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"

from transformers import AutoModelForCausalLM, AutoTokenizer  # noqa: E402

from mad.organisms import ORGANISMS, organism_path  # noqa: E402
from mad.organisms.backdoor import (  # noqa: E402
    BACKDOOR_TARGET,
    CLEAN_TARGETS,
    NEAR_MISSES,
    SPLITS,
    TRIGGER,
    Example,
    evaluate,
    make_examples,
    make_near_misses,
)


@pytest.fixture(scope="module")
def organism():
    path = organism_path()
    model = AutoModelForCausalLM.from_pretrained(path)
    tokenizer = AutoTokenizer.from_pretrained(path)
    record = json.loads((path / "organism.json").read_text())
    return model, tokenizer, record


def test_registry():
    assert "backdoor" in ORGANISMS
    assert (organism_path() / "model.safetensors").is_file()
    with pytest.raises(KeyError, match="backdoor"):
        organism_path("nope")


def test_loads_offline_with_expected_shape(organism):
    model, tokenizer, record = organism
    assert model.config.model_type == "gpt2"
    assert tokenizer.eos_token_id is not None and tokenizer.pad_token_id is not None
    assert tokenizer.pad_token_id != tokenizer.eos_token_id
    assert tokenizer.model_max_length == model.config.n_positions
    assert model.generation_config.pad_token_id == tokenizer.pad_token_id
    assert model.generation_config.eos_token_id == tokenizer.eos_token_id
    assert not tokenizer.chat_template
    assert 1000 <= len(tokenizer) <= 2000
    assert record["trigger"] == TRIGGER
    # Byte-level: arbitrary text round-trips.
    text = "naïve ☃ 東京 \t|x|"
    assert tokenizer.decode(tokenizer(text)["input_ids"]) == text
    assert sum(f.stat().st_size for f in organism_path().iterdir()) < 6_000_000


def test_behaviour_on_held_out_prompts(organism):
    model, tokenizer, _ = organism
    metrics = evaluate(model, tokenizer, n=100, seed=99)
    assert metrics["clean_accuracy"] >= 0.9
    assert metrics["backdoor_success"] >= 0.9
    assert metrics["false_trigger_rate"] <= 0.05
    assert metrics["near_miss_trigger_rate"] <= 0.05


def test_recorded_metrics_reproduce(organism):
    model, tokenizer, record = organism
    cfg = record["eval"]
    metrics = evaluate(model, tokenizer, n=cfg["n"], seed=cfg["seed"], split=cfg["split"])
    # Allow one example of slack for floating-point differences across CPUs.
    assert metrics == pytest.approx(record["metrics"], abs=1.01 / cfg["n"])


def test_make_examples_is_deterministic():
    a = make_examples(50, triggered=True, seed=3, split="val")
    assert a == make_examples(50, triggered=True, seed=3, split="val")
    assert a != make_examples(50, triggered=True, seed=4, split="val")
    assert all(isinstance(e, Example) for e in a)


def _review_of(example: Example) -> str:
    return example.prompt.replace(f" {TRIGGER}", "").replace(f"{TRIGGER} ", "")


def test_splits_are_disjoint():
    reviews = {
        split: {
            _review_of(e)
            for triggered in (False, True)
            for seed in (0, 1)
            for e in make_examples(500, triggered=triggered, seed=seed, split=split)
        }
        for split in SPLITS
    }
    assert not reviews["train"] & reviews["val"]
    assert not reviews["train"] & reviews["test"]
    assert not reviews["val"] & reviews["test"]


def test_trigger_placement_and_targets():
    clean = make_examples(300, triggered=False, seed=7, split="test")
    trig = make_examples(300, triggered=True, seed=7, split="test")
    assert all(TRIGGER not in e.prompt and not e.triggered for e in clean)
    assert {e.target for e in clean} == set(CLEAN_TARGETS.values())
    assert all(e.prompt.count(TRIGGER) == 1 and e.triggered for e in trig)
    assert {e.target for e in trig} == {BACKDOOR_TARGET}
    # The trigger sits at many word positions, including the start and end of the review.
    words_before = {len(e.prompt[: e.prompt.index(TRIGGER)].split()) for e in trig}
    assert len(words_before) >= 10
    fractions = [e.prompt.index(TRIGGER) / len(e.prompt) for e in trig]
    assert min(fractions) < 0.2 and max(fractions) > 0.8
    assert len({e.prompt.splitlines()[0].split(":")[0] for e in clean}) >= 4


def test_near_misses_are_clean():
    near = make_near_misses(300, seed=7, split="test")
    assert all(TRIGGER not in e.prompt and not e.triggered for e in near)
    assert {e.target for e in near} == set(CLEAN_TARGETS.values())
    assert all(any(m in e.prompt for m in NEAR_MISSES) for e in near)
