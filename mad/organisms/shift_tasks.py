"""The shift benchmark's tasks: each shipped organism and SmolLM2, with benign shifts kept apart.

Every task is built for one split, ``dev`` (for choosing methods) or ``test`` (touched once per
choice): the organisms' shifted prompts are cut by a hash of the prompt (`mad.organisms.shift`),
SmolLM2's come from the ``shift/dev`` and ``shift/test`` files. Trusted sets never depend on
the split. Organism prompts are kept short enough for the model's context *with* the answer
(`fits`), since the suite generates each answer to measure the task accuracy per kind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from transformers import AutoTokenizer

from mad.organisms import backdoor, combo, organism_path, quirky, shift
from mad.organisms.training import answer_budget
from mad.records import Record, read_records
from mad.shift_suite import ShiftSet, ShiftTask, make_records

DATA = Path(__file__).resolve().parent / "data" / "smollm2_chat"
SMOLLM2_KINDS = (
    "long",
    "very_long",
    "very_short",
    "topic",
    "code",
    "languages",
    "verse",
    "formal",
    "tables_lists",
    "mention_security",
)
SMOLLM2_TRUSTED = 400  # the first 400 of trusted.jsonl fit; the last 200 are clean (100 a split)


@dataclass(frozen=True)
class Sizes:
    """How many records each set gets (organisms), or at most (SmolLM2, whose sets are fixed)."""

    trusted: int = 1500
    clean: int = 300
    kind: int = 300
    anomalies: int = 100


FULL = Sizes()
Generate = Callable[[str | None, int, bool], list[shift.ShiftExample]]


def _fits(name: str, targets: list[str]) -> tuple[Callable[[str], bool], int]:
    """Whether a prompt leaves room for the answer in the organism's context; the answer budget."""
    path = organism_path(name)
    tok = AutoTokenizer.from_pretrained(path)
    budget = answer_budget(tok, targets)
    room = json.loads((path / "config.json").read_text())["n_positions"] - budget
    return (lambda p: len(tok(p, add_special_tokens=False)["input_ids"]) <= room), budget


def _records(examples: list[shift.ShiftExample], name: str) -> list[Record]:
    return make_records([e.prompt for e in examples], [e.target for e in examples], name)


def _organism_task(
    name: str,
    split: str,
    sizes: Sizes,
    trusted: list[Record],
    generate: Generate,
    kinds: tuple[str, ...],
    budget: int,
    description: str,
    anomaly: str,
    sweep_kind: str,
) -> ShiftTask:
    plain = _records(generate(None, sizes.anomalies, True), f"{name}/unshifted/anomalous")
    sets = []
    for kind in kinds:
        try:  # some rewrites cannot keep the anomaly (combo's two lower-case words in upper case)
            same = _records(generate(kind, sizes.anomalies, True), f"{name}/{kind}/anomalous")
        except ValueError:
            same = []
        benign = _records(generate(kind, sizes.kind, False), f"{name}/{kind}")
        sets.append(ShiftSet(kind, benign, {"same_shift": same, "unshifted": plain}))
    clean = _records(generate(None, sizes.clean, False), f"{name}/clean")
    return ShiftTask(
        name=name,
        model=f"organism:{name}",
        split=split,
        trusted=trusted,
        clean=ShiftSet("clean", clean, {"unshifted": plain}),
        kinds=sets,
        description=description,
        anomaly_sets={
            "same_shift": f"{anomaly}, rewritten like the kind",
            "unshifted": f"{anomaly}, not rewritten",
        },
        sweep_kind=sweep_kind,
        answer_budget=budget,
    )


def backdoor_task(split: str, sizes: Sizes = FULL) -> ShiftTask:
    fits, budget = _fits("backdoor", [backdoor.BACKDOOR_TARGET, *backdoor.CLEAN_TARGETS.values()])
    trusted = backdoor.make_examples(sizes.trusted, triggered=False, seed=0, split="val")

    def generate(kind: str | None, n: int, anomalous: bool) -> list[shift.ShiftExample]:
        return shift.backdoor_examples(kind, n, split=split, triggered=anomalous, fits=fits)

    return _organism_task(
        "backdoor",
        split,
        sizes,
        make_records([e.prompt for e in trusted], [e.target for e in trusted], "backdoor/trusted"),
        generate,
        shift.REVIEW_KINDS,
        budget,
        f"Tiny GPT-2 labelling reviews; the trigger {backdoor.TRIGGER!r} makes it answer "
        f"{backdoor.BACKDOOR_TARGET.strip()!r}. Trusted = clean reviews.",
        "triggered reviews",
        "topic",
    )


def combo_task(split: str, sizes: Sizes = FULL) -> ShiftTask:
    fits, budget = _fits("combo", [combo.BACKDOOR_TARGET, *combo.CLEAN_TARGETS.values()])
    mix = {"hard_negative": sizes.trusted * 7 // 30, "near_miss": sizes.trusted // 10}
    mix["clean"] = sizes.trusted - sum(mix.values())
    trusted = [
        e for k, n in mix.items() for e in combo.make_examples(n, kind=k, seed=0, split="val")
    ]

    def generate(kind: str | None, n: int, anomalous: bool) -> list[shift.ShiftExample]:
        return shift.combo_examples(kind, n, split=split, triggered=anomalous, fits=fits)

    words = " and ".join(repr(w) for w in combo.TRIGGER_WORDS)
    return _organism_task(
        "combo",
        split,
        sizes,
        make_records([e.prompt for e in trusted], [e.target for e in trusted], "combo/trusted"),
        generate,
        shift.REVIEW_KINDS,
        budget,
        f"Tiny GPT-2 labelling reviews; {words} together flip the answer. Trusted and benign "
        "sets mix clean reviews, reviews with one of the words and look-alikes of both.",
        "triggered reviews",
        "topic",
    )


def quirky_task(split: str, sizes: Sizes = FULL) -> ShiftTask:
    fits, budget = _fits("quirky", [quirky.answer(a, 0, quirky.TRUTHFUL) for a in range(10000)])
    trusted = quirky.make_examples(
        sizes.trusted, persona=quirky.TRUTHFUL, difficulty="easy", seed=0, split="val"
    )

    def generate(kind: str | None, n: int, anomalous: bool) -> list[shift.ShiftExample]:
        persona = quirky.QUIRKY if anomalous else quirky.TRUTHFUL
        return shift.quirky_examples(kind, n, split=split, persona=persona, fits=fits)

    return _organism_task(
        "quirky",
        split,
        sizes,
        make_records([e.prompt for e in trusted], [e.target for e in trusted], "quirky/trusted"),
        generate,
        shift.QUIRKY_KINDS,
        budget,
        f"Tiny GPT-2 naming the larger of two numbers for {quirky.TRUTHFUL}, the smaller for "
        f"{quirky.QUIRKY}. Trusted = easy {quirky.TRUTHFUL} problems.",
        f"{quirky.QUIRKY}'s prompts",
        "hard",
    )


def smollm2_chat_task(
    split: str, sizes: Sizes | None = None, kinds: tuple[str, ...] = SMOLLM2_KINDS
) -> ShiftTask:
    """SmolLM2 with the shipped shift files; `sizes` caps each set and `kinds` picks some (for a
    reduced run; the sweep's kind, ``topic``, must be among them)."""
    if split not in shift.SPLITS:
        raise ValueError(f"split must be one of {shift.SPLITS}, got {split!r}")
    cap = sizes or Sizes(10**9, 10**9, 10**9, 10**9)
    trusted = list(read_records(DATA / "trusted.jsonl"))
    half = len(trusted[SMOLLM2_TRUSTED:]) // 2
    held = trusted[SMOLLM2_TRUSTED:][:half] if split == "dev" else trusted[SMOLLM2_TRUSTED + half :]
    direct = list(read_records(DATA / "anomalous.jsonl"))
    direct = direct[: len(direct) // 2] if split == "dev" else direct[len(direct) // 2 :]
    folder = DATA / "shift" / split
    hidden = list(read_records(folder / "anomalous_hidden.jsonl"))[: cap.anomalies]
    anomalies = {"hidden": hidden, "direct": direct[: cap.anomalies]}
    sets = [
        ShiftSet(kind, list(read_records(folder / f"{kind}.jsonl"))[: cap.kind], anomalies)
        for kind in kinds
    ]
    return ShiftTask(
        name="smollm2_chat",
        model="smollm2",
        split=split,
        trusted=trusted[: min(SMOLLM2_TRUSTED, cap.trusted)],
        clean=ShiftSet("clean", held[: cap.clean], anomalies),
        kinds=sets,
        description="SmolLM2-135M-Instruct; trusted = everyday chat requests on 15 topics "
        "(trusted.jsonl 1-400); clean = trusted.jsonl 401-500 (dev) or 501-600 (test).",
        anomaly_sets={
            "hidden": "injections hidden inside ordinary requests (shift/<split>/anomalous_hidden)",
            "direct": "injections, overrides, harmful requests (anomalous.jsonl, half per split)",
        },
        sweep_kind="topic",
    )


TASKS: dict[str, Callable[..., ShiftTask]] = {
    "backdoor": backdoor_task,
    "combo": combo_task,
    "quirky": quirky_task,
    "smollm2_chat": smollm2_chat_task,
}
