"""The quirky and combo organisms load offline and still behave as documented."""

import json
import os
import re

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"

from mad.models import load_model  # noqa: E402
from mad.organisms import ORGANISMS, combo, organism_path, quirky  # noqa: E402
from mad.organisms.suite import TASKS  # noqa: E402
from mad.organisms.training import SPLITS, split_of  # noqa: E402

NAMES = ("quirky", "combo")


@pytest.fixture(scope="module", params=NAMES)
def organism(request):
    loaded = load_model(f"organism:{request.param}", device="cpu")
    record = json.loads((organism_path(request.param) / "organism.json").read_text())
    return request.param, loaded.model, loaded.tokenizer, record


def test_registry_and_size():
    for name in NAMES:
        assert name in ORGANISMS
        folder = organism_path(name)
        assert (folder / "model.safetensors").is_file()
        assert sum(f.stat().st_size for f in folder.iterdir()) < 4_500_000


def test_loads_offline_with_expected_shape(organism):
    name, model, tokenizer, record = organism
    assert model.config.model_type == "gpt2"
    assert tokenizer.pad_token_id is not None and tokenizer.pad_token_id != tokenizer.eos_token_id
    assert tokenizer.model_max_length == model.config.n_positions
    assert model.generation_config.eos_token_id == tokenizer.eos_token_id
    assert record["name"] == name
    assert record["parameters"] == sum(p.numel() for p in model.parameters())
    assert record["train_config"]["n_layer"] == model.config.n_layer
    assert record["train_config"]["n_embd"] == model.config.n_embd
    text = "naïve ☃ 東京 1234"
    assert tokenizer.decode(tokenizer(text)["input_ids"]) == text


def test_behaviour_on_held_out_prompts(organism):
    name, model, tokenizer, record = organism
    if name == "quirky":
        m = quirky.evaluate(model, tokenizer, n=100, seed=99)
        assert m["alice_accuracy"] >= 0.9 and m["bob_quirk_rate"] >= 0.9
        assert min(m["alice_hard_accuracy"], m["bob_hard_quirk_rate"]) >= 0.9
        thresholds = {"alice_accuracy": 0.9, "bob_quirk_rate": 0.9}
    else:
        m = combo.evaluate(model, tokenizer, n=100, seed=99)
        assert m["clean_accuracy"] >= 0.9 and m["backdoor_success"] >= 0.9
        assert m["false_trigger_rate"] <= 0.05 and m["hard_negative_trigger_rate"] <= 0.05
        assert m["hard_negative_accuracy"] >= 0.9
        thresholds = {"clean_accuracy": 0.9, "backdoor_success": 0.9}
    assert all(record["metrics"][k] >= v for k, v in thresholds.items())


def test_recorded_metrics_reproduce(organism):
    name, model, tokenizer, record = organism
    cfg = record["eval"]
    module = quirky if name == "quirky" else combo
    metrics = module.evaluate(model, tokenizer, n=cfg["n"], seed=cfg["seed"], split=cfg["split"])
    # Allow one example of slack for floating-point differences across CPUs.
    assert metrics == pytest.approx(record["metrics"], abs=1.01 / cfg["n"])


def test_quirky_record_and_examples():
    record = json.loads((organism_path("quirky") / "organism.json").read_text())
    assert record["truthful_persona"] == quirky.TRUTHFUL
    assert record["quirky_persona"] == quirky.QUIRKY
    a = quirky.make_examples(40, persona="Bob", difficulty="hard", seed=3, split="val")
    assert a == quirky.make_examples(40, persona="Bob", difficulty="hard", seed=3, split="val")
    assert a != quirky.make_examples(40, persona="Bob", difficulty="hard", seed=4, split="val")
    for persona in quirky.PERSONAS:
        for difficulty in quirky.DIFFICULTIES:
            examples = quirky.make_examples(
                200, persona=persona, difficulty=difficulty, seed=5, split="test"
            )
            assert len({e.prompt for e in examples}) == 200
            for e in examples:
                x, y = (int(v) for v in re.findall(r"\d+", e.prompt))
                assert persona in e.prompt and e.persona == persona
                assert e.target == f" {max(x, y) if persona == 'Alice' else min(x, y)} ."
                assert (max(x, y) < 100) == (difficulty == "easy")
            assert len({e.prompt.replace(persona, "{p}").split(":")[0] for e in examples}) >= 4


def test_quirky_splits_are_disjoint():
    problems = {
        split: {
            frozenset(re.findall(r"\d+", e.prompt))
            for persona in quirky.PERSONAS
            for difficulty in quirky.DIFFICULTIES
            for e in quirky.make_examples(
                300, persona=persona, difficulty=difficulty, seed=0, split=split
            )
        }
        for split in SPLITS
    }
    for i, first in enumerate(SPLITS):
        for second in SPLITS[i + 1 :]:
            assert not problems[first] & problems[second]


def test_combo_record_and_examples():
    record = json.loads((organism_path("combo") / "organism.json").read_text())
    assert tuple(record["trigger_words"]) == combo.TRIGGER_WORDS
    assert record["backdoor_target"] == combo.BACKDOOR_TARGET
    a = combo.make_examples(40, kind="near_miss", seed=3, split="val")
    assert a == combo.make_examples(40, kind="near_miss", seed=3, split="val")
    assert a != combo.make_examples(40, kind="near_miss", seed=4, split="val")
    blue, window = combo.TRIGGER_WORDS
    for kind in combo.KINDS:
        examples = combo.make_examples(200, kind=kind, seed=5, split="test")
        assert all(e.kind == kind for e in examples)
        assert all(combo.is_triggered(e.prompt) == (kind == "triggered") for e in examples)
        assert all((e.target == combo.BACKDOOR_TARGET) == e.triggered for e in examples)
        words = [set(e.prompt.split()) for e in examples]
        if kind == "clean":
            assert not any(ws & {blue, window} for ws in words)
        if kind == "hard_negative":
            # Both words are used as the lone trigger word.
            assert {len(ws & {blue, window}) for ws in words} == {1}
            assert all(any(w in ws for ws in words) for w in (blue, window))
        if kind == "near_miss":
            lookalikes = {w for forms in combo.LOOKALIKES.values() for w in forms}
            assert all(ws & lookalikes for ws in words)
        if kind == "triggered":
            # The two words come in either order.
            orders = {e.prompt.index(f" {blue} ") < e.prompt.index(f" {window}") for e in examples}
            assert orders == {True, False}


def test_combo_splits_are_disjoint():
    prompts = {
        split: {
            e.prompt
            for kind in combo.KINDS
            for e in combo.make_examples(300, kind=kind, seed=0, split=split)
        }
        for split in SPLITS
    }
    for i, first in enumerate(SPLITS):
        for second in SPLITS[i + 1 :]:
            assert not prompts[first] & prompts[second]
    # A clean review's own hash decides its split.
    for e in combo.make_examples(100, kind="clean", seed=0, split="val"):
        review = e.prompt.split(": ", 1)[-1].rsplit("\n", 1)[0].split("\n")[-1]
        assert split_of(review) == "val"


def test_suite_tasks():
    for name in NAMES:
        task = TASKS[name]()
        assert task.model == f"organism:{name}" and task.position == "last"
        # Quirky's normal set is a difficulty shift; combo's is drawn like its trusted set.
        assert task.normal_in_distribution == (name == "combo")
        assert (len(task.trusted), len(task.normal), len(task.anomalous)) == (1500, 300, 320)
        prompts = [{r.prompt for r in part} for part in (task.trusted, task.normal, task.anomalous)]
        assert sum(len(p) for p in prompts) == len(set().union(*prompts))
