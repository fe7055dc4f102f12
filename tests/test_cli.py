"""The `mad` command line, run as a real subprocess on the shipped organism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mad.metrics import auroc, rate_interval
from mad.organisms.backdoor import make_examples

ALPHA = 0.05


def mad(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mad.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    trusted = make_examples(2500, triggered=False, seed=0, split="val")
    write_jsonl(
        root / "trusted.jsonl", [{"id": f"t{i}", "prompt": e.prompt} for i, e in enumerate(trusted)]
    )
    clean = make_examples(600, triggered=False, seed=1, split="test")
    triggered = make_examples(300, triggered=True, seed=2, split="test")
    rows = [{"id": f"c{i}", "prompt": e.prompt} for i, e in enumerate(clean)]
    rows += [{"id": f"x{i}", "prompt": e.prompt} for i, e in enumerate(triggered)]
    write_jsonl(root / "test.jsonl", rows)
    done = mad(
        "fit",
        "--model",
        "organism",
        "--data",
        str(root / "trusted.jsonl"),
        "--out",
        str(root / "det"),
        "--alpha",
        str(ALPHA),
        "--batch-size",
        "64",
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["detector"] == str(root / "det")
    # The default: a prompt channel and a completion channel over the same three blocks.
    assert sorted(summary["channels"]) == ["completion", "prompt"]
    assert len(summary["layers"]) == 6
    assert {k.split("/")[0] for k in summary["layers"]} == {"prompt", "completion"}
    return root


def test_fit_score_flags_triggered_prompts(workdir):
    done = mad(
        "score",
        "--detector",
        str(workdir / "det"),
        "--data",
        str(workdir / "test.jsonl"),
        "--out",
        str(workdir / "scores.jsonl"),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # machine-readable output goes to the file only
    inputs = [json.loads(line) for line in (workdir / "test.jsonl").read_text().splitlines()]
    rows = [json.loads(line) for line in (workdir / "scores.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in inputs]  # one line per input, in order
    for row in rows:
        assert {"id", "score", "p_value", "flagged", "layers"} <= set(row)
        for layer in row["layers"].values():
            assert set(layer) == {"score", "p_value"}
    is_trig = np.array([r["id"].startswith("x") for r in rows])
    score = np.array([r["score"] for r in rows])
    flagged = np.array([r["flagged"] for r in rows])
    assert auroc(score[~is_trig], score[is_trig]) >= 0.95
    assert flagged[is_trig].mean() >= 0.95
    fp = int(flagged[~is_trig].sum())
    low, high = rate_interval(fp, int((~is_trig).sum()), confidence=0.999)
    # The calibration draw's own spread (n_cal = 500: Beta(25, 476), sd ~0.01) is added on
    # top of the test draw's binomial interval.
    assert low - 0.03 <= ALPHA <= high + 0.03, (fp, low, high)


def test_info_describes_the_detector(workdir):
    done = mad("info", str(workdir / "det"))
    assert done.returncode == 0, done.stderr
    assert "GPT2LMHeadModel" in done.stdout and "2500 records" in done.stdout
    assert "2000 fit, 500 calibration" in done.stdout
    manifest = json.loads(mad("info", str(workdir / "det"), "--json").stdout)
    assert manifest["alpha"] == ALPHA and manifest["schema_version"] == 1


def test_bad_input_names_file_line_and_field(workdir, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "a", "prompt": "Review: fine .\\nSentiment:"}\n{"id": "b", "prompt": 7}\n'
    )
    done = mad(
        "score",
        "--detector",
        str(workdir / "det"),
        "--data",
        str(bad),
        "--out",
        str(tmp_path / "out.jsonl"),
    )
    assert done.returncode == 2
    assert f"{bad}:2" in done.stderr and 'field "prompt"' in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_wrong_model_is_refused_from_the_cli(workdir, tmp_path):
    done = mad(
        "score",
        "--detector",
        str(workdir / "det"),
        "--model",
        "smollm2",
        "--data",
        str(workdir / "test.jsonl"),
        "--out",
        str(tmp_path / "o.jsonl"),
    )
    assert done.returncode == 2
    assert "blocks of width 576" in done.stderr


def test_too_few_trusted_samples_writes_nothing(tmp_path):
    data = write_jsonl(
        tmp_path / "few.jsonl",
        [{"prompt": e.prompt} for e in make_examples(40, triggered=False, seed=3)],
    )
    done = mad("fit", "--model", "organism", "--data", str(data), "--out", str(tmp_path / "d"))
    # alpha 0.01 needs n_cal >= 99 whatever the layer count; 40 records cannot hold that with
    # at most half of them held out, so the fix names the record count (and alpha).
    assert done.returncode == 2 and "need n_cal >= 99" in done.stderr
    assert "at least 198 trusted records" in done.stderr
    assert len(done.stderr.splitlines()) == 1  # refused before the model was even loaded
    assert not (tmp_path / "d").exists()
