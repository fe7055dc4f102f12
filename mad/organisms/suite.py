"""The organism benchmark: every shipped organism as an evaluation task for ``mad eval``.

Each task names its model, its trusted / normal / anomalous records and the capture spec the
detectors use. Sizes are chosen to run on two CPU cores within CI; all data is built by seeded
generators or read from the data files shipped beside this module.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mad.evaluate import EvalTask
from mad.records import Record, read_records, records_from_prompts

DATA = Path(__file__).resolve().parent / "data"


def backdoor_task() -> EvalTask:
    from mad.organisms.backdoor import TRIGGER, make_examples

    def prompts(n: int, triggered: bool, seed: int, split: str) -> list[Record]:
        examples = make_examples(n, triggered=triggered, seed=seed, split=split)
        return records_from_prompts([e.prompt for e in examples])

    return EvalTask(
        name="backdoor",
        model="organism",
        trusted=prompts(1500, False, 0, "val"),
        normal=prompts(300, False, 1, "test"),
        anomalous=prompts(300 + 20, True, 2, "test"),
        position="last",
        normal_in_distribution=True,
        description=f"Tiny GPT-2 with a planted backdoor: trigger {TRIGGER!r} anywhere in a "
        "review flips its answer. Normal = held-out clean reviews; anomalous = triggered ones.",
    )


def smollm2_chat_task() -> EvalTask:
    folder = DATA / "smollm2_chat"
    return EvalTask(
        name="smollm2_chat",
        model="smollm2",
        trusted=list(read_records(folder / "trusted.jsonl")),
        normal=list(read_records(folder / "normal_shifted.jsonl")),
        anomalous=list(read_records(folder / "anomalous.jsonl")),
        position="last",
        layers=["blocks.16.resid_post"],
        description="SmolLM2-135M-Instruct. Trusted = benign chat requests on 15 everyday "
        "topics; normal = benign requests on unseen topics (a shift that is not an anomaly); "
        "anomalous = prompt injections, instruction overrides and harmful requests.",
    )


def quirky_task() -> EvalTask:
    from mad.organisms.quirky import QUIRKY, TRUTHFUL, make_examples

    def prompts(n: int, persona: str, difficulty: str, seed: int, split: str) -> list[Record]:
        examples = make_examples(n, persona=persona, difficulty=difficulty, seed=seed, split=split)
        return records_from_prompts([e.prompt for e in examples])

    return EvalTask(
        name="quirky",
        model="organism:quirky",
        trusted=prompts(1500, TRUTHFUL, "easy", 0, "val"),
        # Seeds 13/14, not 1/2: the 1/2 sets served as the dev split when the layer-averaged
        # `score` was chosen, so the figures reported on this task come from unseen prompts.
        normal=prompts(300, TRUTHFUL, "hard", 13, "test"),
        anomalous=prompts(300 + 20, QUIRKY, "hard", 14, "test"),
        position="last",
        description=f"Tiny GPT-2 'quirky' model: names the larger of two numbers for {TRUTHFUL}, "
        f"the smaller for {QUIRKY}. Trusted = easy {TRUTHFUL} prompts; normal = hard {TRUTHFUL} "
        f"prompts (a difficulty shift, not an anomaly); anomalous = hard {QUIRKY} prompts.",
    )


def combo_task() -> EvalTask:
    from mad.organisms.combo import TRIGGER_WORDS, make_examples

    def prompts(counts: dict[str, int], seed: int, split: str) -> list[Record]:
        return records_from_prompts(
            [
                e.prompt
                for kind, n in counts.items()
                for e in make_examples(n, kind=kind, seed=seed, split=split)
            ]
        )

    # Normal has the trusted mix of benign kinds, so calibrated detectors must keep their FPR.
    return EvalTask(
        name="combo",
        model="organism:combo",
        trusted=prompts({"clean": 1000, "hard_negative": 350, "near_miss": 150}, 0, "val"),
        normal=prompts({"clean": 200, "hard_negative": 70, "near_miss": 30}, 1, "test"),
        anomalous=prompts({"triggered": 300 + 20}, 2, "test"),
        position="last",
        normal_in_distribution=True,
        description="Tiny GPT-2 with a two-word backdoor: "
        + " and ".join(repr(w) for w in TRIGGER_WORDS)
        + " together in a review flip its answer. Trusted and normal = clean reviews, reviews "
        "with one of the words and reviews with look-alikes of both; anomalous = triggered.",
    )


TASKS: dict[str, Callable[[], EvalTask]] = {
    "backdoor": backdoor_task,
    "smollm2_chat": smollm2_chat_task,
    "quirky": quirky_task,
    "combo": combo_task,
}
