"""`mad audit --adapt`: the audited log is its own traffic reference, judged when it finishes."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest

from mad.cli import main
from mad.detector import Detector
from mad.organisms.backdoor import make_examples
from mad.organisms.shift import backdoor_shifted

ALPHA = 0.05


@pytest.fixture(scope="module")
def setup(organism, tmp_path_factory):
    root = tmp_path_factory.mktemp("audit-adapt")
    trusted = [e.prompt for e in make_examples(1000, triggered=False, seed=0, split="val")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        det = Detector.fit(organism, trusted, position="last", alpha=ALPHA, batch_size=64)
    det.save(root / "det")
    clean = [e.prompt for e in make_examples(150, triggered=False, seed=1, split="test")]
    shifted = backdoor_shifted("casing", 130, split="dev")
    planted = [e.prompt for e in make_examples(8, triggered=True, seed=2, split="test")]
    items = [("clean", p) for p in clean] + [("shift", p) for p in shifted]
    items += [("anomaly", p) for p in planted]
    items = [items[k] for k in np.random.default_rng(1).permutation(len(items))]
    log = root / "log.jsonl"
    log.write_text(
        "".join(json.dumps({"id": f"r{k}", "prompt": p}) + "\n" for k, (_, p) in enumerate(items))
    )
    return root, {f"r{k}": kind for k, (kind, _) in enumerate(items)}


def run(root, out, *extra):
    return main(
        ["audit", "--detector", str(root / "det"), "--data", str(root / "log.jsonl")]
        + ["--out", str(out), "--adapt", "--chunk-size", "64", *extra]
    )


def test_audit_adapt_judges_the_log_against_itself(setup, capsys):
    root, kinds = setup
    out = root / "audit"
    assert run(root, out) == 0
    assert "drift:" in capsys.readouterr().err
    rows = [json.loads(line) for line in (out / "scores.jsonl").read_text().splitlines()]
    assert len(rows) == len(kinds)
    by_kind: dict[str, list[bool]] = {"clean": [], "shift": [], "anomaly": []}
    for row in rows:
        assert row["p_value"] >= row["p_value_trusted"]
        by_kind[kinds[row["id"]]].append(row["flagged"])
    assert np.mean(by_kind["shift"]) <= 2 * ALPHA
    assert all(by_kind["anomaly"])
    summary = json.loads((out / "summary.json").read_text())
    drift = summary["adaptive"]["drift"]["prompt"]
    assert drift["drifted"] and drift["trusted_flagged"] > 100
    assert summary["levels"]["prompt"]["flagged"] == sum(r["flagged"] for r in rows)
    # A rerun of the finished audit changes nothing: it adapts again from the trusted p-values.
    before = (out / "scores.jsonl").read_bytes()
    assert run(root, out) == 0
    assert (out / "scores.jsonl").read_bytes() == before


def test_audit_adapt_is_part_of_what_identifies_an_audit(setup, capsys):
    root, _ = setup
    out = root / "audit2"
    assert run(root, out) == 0
    code = main(
        ["audit", "--detector", str(root / "det"), "--data", str(root / "log.jsonl")]
        + ["--out", str(out)]
    )
    assert code == 2 and "adapt" in capsys.readouterr().err
