"""`--known-anomalies`: a probe channel trained at fit time, fused under the one calibration."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest

from mad.cli import main
from mad.detector import Detector
from mad.fitting import default_channels
from mad.known import resolve
from mad.monitor import Monitor
from mad.organisms.backdoor import make_examples
from mad.records import Record

ALPHA = 0.05


def write_jsonl(path, prompts):
    path.write_text(
        "".join(json.dumps({"id": str(k), "prompt": p}) + "\n" for k, p in enumerate(prompts))
    )
    return path


def test_a_probe_channel_learns_the_known_attacks(organism, tmp_path, monkeypatch):
    monkeypatch.setenv("MAD_CACHE_DIR", str(tmp_path / "cache"))
    trusted = [e.prompt for e in make_examples(800, triggered=False, seed=0, split="val")]
    attacks = write_jsonl(
        tmp_path / "attacks.jsonl",
        [e.prompt for e in make_examples(60, triggered=True, seed=9, split="train")],
    )
    known = resolve(str(attacks), None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        det = Detector.fit(
            organism, trusted, position="last", alpha=ALPHA, known=known, batch_size=64
        )
    assert set(det.channels) == {"prompt", "probe"}
    assert det.manifest.data.known_anomalies == str(attacks.resolve())
    assert det.manifest.data.n_anomalies == 60 and det.manifest.data.n_benign_extra == 0
    clean = [e.prompt for e in make_examples(400, triggered=False, seed=1, split="test")]
    triggered = [e.prompt for e in make_examples(100, triggered=True, seed=2, split="test")]
    rows = det.score(clean + triggered, batch_size=64)
    probe = np.array([r["channels"]["probe"]["p_value"] for r in rows])
    flagged = np.array([r["flagged"] for r in rows])
    n = len(clean)
    assert flagged[:n].mean() <= ALPHA + 3 * np.sqrt(ALPHA * (1 - ALPHA) / n)
    assert (probe[:n] <= ALPHA).mean() <= ALPHA + 3 * np.sqrt(ALPHA * (1 - ALPHA) / n)
    assert (probe[n:] <= ALPHA).mean() == 1.0 and flagged[n:].all()
    path = det.save(tmp_path / "d")
    back = Detector.load(path, model=organism)
    again = back.score(clean[:5] + triggered[:5], batch_size=8)
    assert [r["p_value"] for r in again] == [r["p_value"] for r in rows[:5] + rows[n : n + 5]]


def test_builtin_library_through_the_cli(tmp_path, monkeypatch):
    """The shipped library on a model with a 128-token context: prompts too long are left out
    (and said so), the rest train the probe; the second fit reads the feature cache."""
    monkeypatch.setenv("MAD_CACHE_DIR", str(tmp_path / "cache"))
    trusted = write_jsonl(
        tmp_path / "t.jsonl",
        [e.prompt for e in make_examples(500, triggered=False, seed=0, split="val")],
    )
    args = ["fit", "--model", "organism", "--data", str(trusted), "--position", "last"]
    args += ["--known-anomalies", "builtin", "--library-limit", "200", "--alpha", str(ALPHA)]
    assert main([*args, "--out", str(tmp_path / "d1")]) == 0
    summary = json.loads((tmp_path / "d1" / "detector.json").read_text())
    assert any("longer than the model's context" in note for note in summary["warnings"])
    assert summary["data"]["known_anomalies"] == "builtin"
    assert summary["data"]["benign_extra"] == "builtin" and summary["data"]["n_benign_extra"] == 200
    assert any((tmp_path / "cache" / "features").iterdir())
    assert main([*args, "--out", str(tmp_path / "d2")]) == 0


def test_bad_known_anomaly_files_are_refused_before_loading(tmp_path, capsys):
    trusted = write_jsonl(tmp_path / "t.jsonl", ["a b"] * 3)
    code = main(
        [
            "fit",
            "--model",
            str(tmp_path / "nope"),
            "--data",
            str(trusted),
            "--out",
            str(tmp_path / "d"),
        ]
        + ["--known-anomalies", str(tmp_path / "missing.jsonl")]
    )
    err = capsys.readouterr().err
    assert code == 2 and "missing.jsonl" in err and len(err.strip().splitlines()) == 1


def test_monitored_generation_reads_the_probe_channel_as_offline_scoring(organism, tmp_path):
    """A detector of three channels (prompt, completion, the probe on the prompt mean): the
    probe decides at prefill with the prompt channel, and one generate call gives every channel
    the p-value `mad score` gives the same exchange."""
    trusted = [e.prompt for e in make_examples(400, triggered=False, seed=0, split="val")]
    attacks = [e.prompt for e in make_examples(40, triggered=True, seed=9, split="train")]
    known = resolve(str(write_jsonl(tmp_path / "attacks.jsonl", attacks)), None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        detector = Detector.fit(
            organism,
            trusted,
            channels=default_channels(),
            known=known,
            alpha=ALPHA,
            batch_size=64,
            max_new_tokens=8,
        )
    probe = [k for k, s in detector.specs.items() if s.channel == "probe"]
    assert probe and {detector.specs[k].position for k in probe} == {"mean"}
    assert set(probe) <= set(detector.prefill_keys)
    prompts = [e.prompt for e in make_examples(3, triggered=False, seed=5, split="test")]
    prompts += [e.prompt for e in make_examples(3, triggered=True, seed=5, split="test")]
    live = Monitor(detector).generate(prompts, max_new_tokens=8)
    records = [
        Record(str(k), k, p, g.text, None, {"completion_eos": g.finish_reason == "stop"})
        for k, (p, g) in enumerate(zip(prompts, live, strict=True))
    ]
    for g, row in zip(live, detector.score(records, batch_size=8), strict=True):
        assert g.anomaly["p_value"] == pytest.approx(row["p_value"], abs=1e-12)
        assert set(g.anomaly["channels"]) == {"prompt", "completion", "probe"}
        for name, channel in g.anomaly["channels"].items():
            assert channel["p_value"] == pytest.approx(row["channels"][name]["p_value"], abs=1e-12)
    assert [g.anomaly["flagged"] for g in live] == [False] * 3 + [True] * 3
