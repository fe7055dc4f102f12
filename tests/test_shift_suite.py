"""``mad eval --suite shift``: the organism tasks end to end through the CLI (dev split, small
sizes), the properties their results must have, the generators' guarantees, and the refusals.

The run is real: the shipped organisms, real captures, the default detector of ``mad fit``. Only
the sizes are reduced (the task builders take `Sizes`), so the three organisms fit in CI.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import math
import re

import numpy as np
import pytest

import mad.models
from mad.cli import main
from mad.models import load_model
from mad.organisms import backdoor, combo, quirky, shift, shift_tasks
from mad.organisms.shift_tasks import Sizes
from mad.records import records_from_prompts
from mad.shift_eval import parse_methods
from mad.shift_streams import PARTS, draw
from mad.shift_suite import (
    Captures,
    Method,
    answered,
    make_records,
    run_task,
    score_method,
    with_answers,
)

ALPHA = 0.05
SMALL = Sizes(trusted=300, clean=100, kind=90, anomalies=30)
ORGANISMS = ("backdoor", "combo", "quirky")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One CLI run of the three organism tasks; its printed table and its files."""
    out = tmp_path_factory.mktemp("shift")
    small = {n: functools.partial(shift_tasks.TASKS[n], sizes=SMALL) for n in ORGANISMS}
    printed = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(printed):
        for name, build in small.items():
            mp.setitem(shift_tasks.TASKS, name, build)
        code = main(
            ["eval", "--suite", "shift", "--tasks", *ORGANISMS, "--split", "dev", "--alpha"]
            + [str(ALPHA), "--batch-size", "64", "--device", "cpu", "--out", str(out)]
        )
    assert code == 0
    results = json.loads((out / "results.json").read_text())
    return {"out": out, "printed": printed.getvalue(), "results": results}


def _task(run, name):
    [task] = [t for t in run["results"]["tasks"] if t["task"] == name]
    [method] = task["methods"]
    return task, method


def test_outputs_state_split_alpha_and_every_kind(run):
    assert run["results"]["suite"] == "shift"
    for name, kinds in (
        ("backdoor", shift.REVIEW_KINDS),
        ("combo", shift.REVIEW_KINDS),
        ("quirky", shift.QUIRKY_KINDS),
    ):
        task, method = _task(run, name)
        assert task["split"] == "dev" and task["alpha"] == ALPHA
        assert method["method"] == "default"
        assert [k["kind"] for k in method["kinds"]] == list(kinds)
        assert [s["kind"] for s in method["streams"]] == list(kinds)
        assert [p["fraction"] for p in method["sweep"]["points"]] == [
            0.01,
            0.03,
            0.05,
            0.08,
            0.10,
            0.15,
        ]
        for row in [method["clean"], *method["kinds"]]:
            assert 0 <= row["flag_rate"] <= 1 and row["accuracy"] is not None
            for a in row["anomalies"].values():
                assert 0 <= a["auroc"] <= 1 and 0 <= a["tpr_at_1pct_fpr"] <= 1
        for s in method["streams"]:
            c = s["counts"]
            assert c["clean"] + c["shifted"] + c["anomalies"] == s["n"]
            assert abs(c["shifted"] / s["n"] - 0.45) < 0.02 and c["anomalies"] >= 1
        assert set(method["targets"]) >= {"auroc_ge_0.95", "adaptive_shifted_le_2alpha"}
    md = (run["out"] / "results.md").read_text()
    html = (run["out"] / "report.html").read_text()
    for text in (run["printed"], md, html):
        assert "dev split, alpha 0.05" in text
        assert "casing" in text and "campaign sweep" in text and "targets:" in text
    assert html.count("data:image/png;base64,") == len(ORGANISMS)


def test_clean_and_adaptive_rates_hold(run):
    """Adaptive scoring keeps the clean rate at alpha (it only removes flags), and removes some
    of the flags trusted-only scoring puts on shared benign shifts."""
    removed = 0.0
    for name in ORGANISMS:
        _, method = _task(run, name)
        clean = method["clean"]
        # The clean rate varies with the test set and with the calibration set (60 records).
        n_cal = SMALL.trusted // 5
        sd = math.sqrt(clean["flag_sd"] ** 2 + ALPHA * (1 - ALPHA) / n_cal)
        assert clean["flag_rate"] <= ALPHA + 3 * sd, (name, clean)
        for s in method["streams"]:
            n_clean = s["counts"]["clean"]
            sd = math.sqrt(ALPHA * (1 - ALPHA) / n_clean)
            assert s["adaptive"]["clean"] <= ALPHA + 3 * sd, (name, s)
            for part in ("clean", "shifted", "anomalies"):
                assert s["adaptive"][part] <= s["trusted_only"][part], (name, s)
            removed += s["trusted_only"]["shifted"] - s["adaptive"]["shifted"]
    assert removed > 1.0  # summed over kinds: more than one whole kind's worth of flags


def test_backdoor_kinds(run):
    """Trusted-only scoring flags most upper-cased reviews, and the organism does not do its
    task on them, so the table says it is no benign shift; a plain shift keeps the task."""
    _, method = _task(run, "backdoor")
    rows = {k["kind"]: k for k in method["kinds"]}
    casing = next(s for s in method["streams"] if s["kind"] == "casing")
    assert rows["casing"]["flag_rate"] > 0.5 and casing["trusted_only"]["shifted"] > 0.5
    assert rows["casing"]["same_task"] is False
    assert rows["topic"]["same_task"] is True and rows["topic"]["accuracy"] >= 0.9
    assert rows["topic"]["anomalies"]["same_shift"]["accuracy"] >= 0.9  # the trigger fires
    assert "not a benign shift of the same computation" in run["printed"]


def test_quirky_fails_its_task_on_some_kinds(run):
    _, method = _task(run, "quirky")
    rows = {k["kind"]: k for k in method["kinds"]}
    for kind in ("long", "very_long", "casing", "language"):
        assert rows[kind]["same_task"] is False, rows[kind]
    assert rows["very_short"]["accuracy"] > rows["long"]["accuracy"]
    assert method["clean"]["accuracy"] >= 0.9


def test_combo_kinds_that_cannot_keep_the_trigger_compare_with_unshifted_anomalies(run):
    _, method = _task(run, "combo")
    rows = {k["kind"]: k for k in method["kinds"]}
    assert "same_shift" not in rows["casing"]["anomalies"]
    assert rows["casing"]["anomalies"]["unshifted"]["n"] == SMALL.anomalies
    assert "n/a" in run["printed"]


def test_casing_keeps_a_clause_that_carries_the_label():
    """Every upper-cased review keeps a clause about the reviewed thing (its sentiment), so the
    expected label is determined by the text; the old rule kept the first two clauses, often
    fillers only."""
    nouns = {w.upper() for words in backdoor._DOMAINS.values() for w in words.split()}
    examples = shift.backdoor_examples("casing", 200, split="dev")
    assert all(nouns & set(e.prompt.split()) for e in examples)
    assert {e.target for e in examples} == set(backdoor.CLEAN_TARGETS.values())
    triggered = shift.backdoor_examples("casing", 100, split="dev", triggered=True)
    assert all(backdoor.TRIGGER in e.prompt.split() for e in triggered)


def test_generators_split_by_prompt_and_fit_the_context():
    dev = shift.quirky_examples("very_long", 300, split="dev")
    test = shift.quirky_examples("very_long", 300, split="test")
    assert len({e.prompt for e in dev}) == 300
    assert not {e.prompt for e in dev} & {e.prompt for e in test}
    for e in dev:
        a, b = map(int, re.findall(r"\d+", e.prompt)[:2])
        assert e.target == quirky.answer(a, b, quirky.TRUTHFUL)
    with pytest.raises(ValueError, match="distinct"):
        shift.combo_examples("casing", 10, split="dev", triggered=True)
    task = shift_tasks.combo_task("dev", Sizes(trusted=300, clean=20, kind=20, anomalies=10))
    tok = load_model("organism:combo", device="cpu").tokenizer
    room = 96 - task.answer_budget  # combo's context is 96 tokens
    for record in task.records():
        assert len(tok(record.prompt, add_special_tokens=False)["input_ids"]) <= room
        assert combo.is_triggered(record.prompt) == ("/anomalous/" in record.id)


def test_shared_captures_score_as_the_detector_does(tmp_path):
    """Rows built from the shared captures equal the detector's own `score` (float32 capture
    noise only), for the default two-channel detector, a one-position method, and one with a
    known-anomalies probe channel (`mad fit --known-anomalies FILE --benign-extra none`)."""
    task = shift_tasks.quirky_task("dev", Sizes(trusted=200, clean=40, kind=20, anomalies=10))
    loaded = load_model(task.model, device="cpu")
    task = answered(task, loaded, batch_size=64)
    captures = Captures(loaded, 32, None)
    records = task.records()[::9]
    known = tmp_path / "known.jsonl"
    bob = shift_tasks.quirky_task("test", Sizes(trusted=1, clean=1, kind=1, anomalies=30))
    known.write_text(
        "".join(json.dumps({"prompt": r.prompt}) + "\n" for r in bob.clean.anomalies["unshifted"])
    )
    probe = {"position": "last", "known_anomalies": str(known), "benign_extra": "none"}
    for method in (Method("default"), Method("last", {"position": "last"}), Method("p", probe)):
        detector, rows = score_method(task, loaded, method, captures, alpha=ALPHA, seed=0)
        if method.name == "p":
            assert set(detector.channels) == {"prompt", "probe"}
        assert set(rows) == set(task.records())
        for record, direct in zip(records, detector.score(records), strict=True):
            row = rows[record]
            assert row["score"] == pytest.approx(direct["score"], rel=1e-4, abs=1e-4)
            assert row["p_value"] == pytest.approx(direct["p_value"], abs=1e-9)
            assert row["layers"].keys() == direct["layers"].keys()


def test_answers_say_when_the_budget_cut_them():
    loaded = load_model("organism:backdoor", device="cpu")
    [record] = make_records(["Review: the soup was awful .\nSentiment:"], [" x"], "t")
    [cut] = with_answers(loaded, [record], budget=1)
    [whole] = with_answers(loaded, [record], budget=8)
    assert cut.meta["completion_eos"] is False and whole.meta["completion_eos"] is True
    assert whole.completion == " negative ." and cut.completion == " negative"
    assert whole.meta["target"] == " x" and whole.prompt == record.prompt


def test_streams_interleave_exact_counts_reproducibly():
    parts = {p: records_from_prompts([f"{p} {k}" for k in range(50)]) for p in PARTS}
    counts = {"clean": 20, "shifted": 18, "anomalies": 2}
    records, labels = draw(parts, counts, 0, "t")
    again, _ = draw(parts, counts, 0, "t")
    other, _ = draw(parts, counts, 1, "t")
    assert records == again and records != other
    assert {p: int((labels == p).sum()) for p in counts} == counts
    assert all(r.prompt.startswith(label) for r, label in zip(records, labels, strict=True))
    assert 0 < np.mean(labels[: len(labels) // 2] == "clean") < 1  # interleaved, not in blocks


def test_parse_methods():
    assert [m.name for m in parse_methods(None)] == ["default"]
    methods = parse_methods([["knn", '{"scorer": "knn", "position": "last"}']])
    assert methods[0].options == {"scorer": "knn", "position": "last"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--tasks", "nope"], "unknown shift task(s) nope"),
        (["--method", "a", "{"], "--method a: not JSON"),
        (["--method", "a", "[1]"], "options must be a JSON object"),
        (["--method", "a", "{}", "--method", "a", "{}"], "the name is given twice"),
        (["--method", "q", '{"scorer": "que"}'], "needs untrusted data"),
        (["--method", "q", '{"depth": 3}'], "unknown option(s) depth"),
        (["--method", "k", '{"known_anomalies": "nope.jsonl"}'], "'nope.jsonl': no such file"),
        (["--position", "mean"], "--suite shift does not use --position"),
        (["--alpha", "0.001", "--tasks", "smollm2_chat"], "need n_cal >="),
    ],
)
def test_refusals_before_loading(argv, message, tmp_path, capsys, monkeypatch):
    def no_load(*args, **kwargs):
        raise AssertionError("the model was loaded before the refusal")

    monkeypatch.setattr(mad.models, "load_model", no_load)
    code = main(["eval", "--suite", "shift", "--out", str(tmp_path / "o"), *argv])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err, err
    assert not (tmp_path / "o").exists()


def test_method_needs_the_shift_suite(capsys):
    assert main(["eval", "--suite", "organisms", "--method", "a", "{}"]) == 2
    assert "--method needs --suite shift" in capsys.readouterr().err


@pytest.mark.integration
def test_smollm2_reduced_run():
    """SmolLM2 at reduced size (one kind, capped sets, the prompt-level method): the real
    model's table has the structure and the properties adaptive scoring guarantees."""
    task = shift_tasks.smollm2_chat_task(
        "dev", Sizes(trusted=150, clean=60, kind=40, anomalies=10), kinds=("topic",)
    )
    loaded = load_model(task.model, device="cpu")
    [method] = run_task(task, loaded, methods=[Method("last", {"position": "last"})])["methods"]
    assert [k["kind"] for k in method["kinds"]] == ["topic"]
    assert method["clean"]["anomalies"]["direct"]["auroc"] > 0.6  # 10 anomalies: loose
    for s in method["streams"]:
        assert "error" not in s, s
        sd = math.sqrt(ALPHA * (1 - ALPHA) / s["counts"]["clean"])
        assert s["adaptive"]["clean"] <= ALPHA + 3 * sd
        for part in PARTS:
            assert s["adaptive"][part] <= s["trusted_only"][part]
    assert [p["fraction"] for p in method["sweep"]["points"]] == [0.01, 0.03, 0.05, 0.08, 0.1, 0.15]
