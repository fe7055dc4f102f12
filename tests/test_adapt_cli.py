"""`mad score --adapt`: a batch judged against the trusted set and against itself."""

from __future__ import annotations

import json

import numpy as np
import pytest

from mad.cli import main
from mad.organisms.backdoor import make_examples
from mad.organisms.shift import backdoor_shifted

ALPHA = 0.05


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.fixture(scope="module")
def fitted(tmp_path_factory):
    root = tmp_path_factory.mktemp("adapt")
    trusted = make_examples(1000, triggered=False, seed=0, split="val")
    data = write_jsonl(root / "trusted.jsonl", [{"prompt": e.prompt} for e in trusted])
    code = main(
        ["fit", "--model", "organism", "--data", str(data), "--out", str(root / "det")]
        + ["--position", "last", "--alpha", str(ALPHA), "--batch-size", "64"]
    )
    assert code == 0
    return root


def test_a_shared_shift_stops_flagging_while_planted_anomalies_stay_flagged(fitted, capsys):
    clean = [e.prompt for e in make_examples(150, triggered=False, seed=1, split="test")]
    shifted = backdoor_shifted("casing", 130, split="dev")
    planted = [e.prompt for e in make_examples(8, triggered=True, seed=2, split="test")]
    rng = np.random.default_rng(0)
    items = [("clean", p) for p in clean] + [("shift", p) for p in shifted]
    items += [("anomaly", p) for p in planted]
    order = rng.permutation(len(items))
    items = [items[k] for k in order]
    data = write_jsonl(
        fitted / "batch.jsonl", [{"id": str(k), "prompt": p} for k, (_, p) in enumerate(items)]
    )
    out = fitted / "scores.jsonl"
    capsys.readouterr()
    assert (
        main(
            [
                "score",
                "--detector",
                str(fitted / "det"),
                "--data",
                str(data),
                "--out",
                str(out),
                "--adapt",
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert "drift:" in err and "has moved away from" in err
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == [str(k) for k in range(len(items))]
    kinds = np.array([kind for kind, _ in items])
    flagged = np.array([r["flagged"] for r in rows])
    trusted = np.array([r["flagged_trusted"] for r in rows])
    for r in rows:
        assert r["p_value"] >= r["p_value_trusted"]  # adaptive only removes flags
        assert r["flagged_trusted"] == (r["p_value_trusted"] <= ALPHA)
    assert trusted[kinds == "shift"].mean() > 0.5  # the shift floods trusted-only scoring
    assert flagged[kinds == "shift"].mean() <= 2 * ALPHA
    assert flagged[kinds == "anomaly"].all()
    assert flagged[kinds == "clean"].mean() <= ALPHA + 3 * np.sqrt(ALPHA * (1 - ALPHA) / 150)


def test_a_batch_too_small_to_adapt_on_is_refused_before_loading(fitted, capsys, tmp_path):
    data = write_jsonl(
        tmp_path / "few.jsonl", [{"prompt": f"Review: ok {k} .\nSentiment:"} for k in range(20)]
    )
    code = main(
        [
            "score",
            "--detector",
            str(fitted / "det"),
            "--data",
            str(data),
            "--out",
            str(tmp_path / "s.jsonl"),
            "--adapt",
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "needs a batch of at least" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "s.jsonl").exists()
