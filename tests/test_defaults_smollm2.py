"""`mad fit` with no other flag on the real SmolLM2: 400 trusted chat prompts at alpha 0.01."""

from __future__ import annotations

import json

import pytest

from mad.cli import main
from mad.detector import Detector
from mad.organisms.suite import DATA


@pytest.mark.integration
def test_defaults_fit_400_trusted_chat_prompts(smollm2, tmp_path, capsys):
    lines = (DATA / "smollm2_chat" / "trusted.jsonl").read_text().splitlines()
    trusted = tmp_path / "trusted.jsonl"
    trusted.write_text("\n".join(lines[:400]) + "\n")
    # Every fit default (channels, layers, holdout, combination, alpha 0.01) except the answer
    # length: 8 generated tokens instead of 32 keep this test to a third of the decode time
    # (the default length is sized from the context: tests/test_cli_errors.py).
    argv = ["fit", "--model", "smollm2", "--data", str(trusted), "--out", str(tmp_path / "d")]
    code = main([*argv, "--max-new-tokens", "8"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "no --position given" in err  # it says what it chose
    summary = json.loads(out)
    assert sorted(summary["channels"]) == ["completion", "prompt"]
    detector = Detector.load(tmp_path / "d", model=smollm2)
    m = detector.manifest
    assert m.alpha == 0.01 and m.data.n_trusted == 400
    assert m.data.n_cal >= 99  # held out as alpha needs: the smallest p-value is 1/(n_cal + 1)
    assert detector.calibration._smallest_p() <= 0.01
    held_out = tmp_path / "held.jsonl"
    held_out.write_text("\n".join(lines[400:420]) + "\n")
    rows = detector.score(str(held_out))
    assert len(rows) == 20 and all(
        "completion" in r and set(r["channels"]) >= {"prompt"} for r in rows
    )
