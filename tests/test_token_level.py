"""Token-level detectors: per-token scores, calibrated per-record aggregates, peak tokens."""

from __future__ import annotations

import random

import numpy as np
import pytest
from conftest import random_prompts

from mad.detector import Detector
from mad.metrics import auroc
from mad.records import Record


def _with_odd_token(prompts: list[str], seed: int) -> tuple[list[str], list[int]]:
    """Insert one out-of-distribution token (w100..w110) per prompt; return where it went."""
    rng = random.Random(seed)
    out, where = [], []
    for prompt in prompts:
        words = prompt.split()
        j = rng.randint(0, len(words))
        words.insert(j, f"w{rng.randint(100, 110)}")
        out.append(" ".join(words))
        where.append(j)
    return out, where


@pytest.fixture(scope="module")
def token_detector(tiny_loaded) -> Detector:
    return Detector.fit(
        tiny_loaded,
        random_prompts(1500, seed=11, high=8),
        layers=["blocks.0.resid_post"],
        position="all",
        alpha=0.05,
        batch_size=64,
    )


def test_prompt_token_detector_finds_the_odd_token(token_detector):
    clean = random_prompts(300, seed=12, high=8)
    odd, where = _with_odd_token(random_prompts(300, seed=13, high=8), seed=14)
    rows = token_detector.score(clean + odd, batch_size=64)
    scores = np.array([r["score"] for r in rows])
    assert auroc(scores[:300], scores[300:]) > 0.95
    hits = [r["peaks"][0]["index"] == j for r, j in zip(rows[300:], where, strict=True)]
    assert np.mean(hits) > 0.9, "the peak token should be the inserted one"
    top = rows[300]["peaks"][0]
    assert top["token"].strip().startswith("w1") and top["score"] == max(
        p["score"] for p in rows[300]["peaks"]
    )
    assert rows[300]["n_tokens"] == len(odd[0].split())


def test_token_level_aggregate_is_calibrated(token_detector):
    """The per-record aggregate (max over tokens) keeps the stated false-positive rate."""
    rows = token_detector.score(random_prompts(2000, seed=15, high=8), batch_size=128)
    rate = np.mean([r["flagged"] for r in rows])
    # n_cal = 300 at alpha = 0.05: the calibration draw's rate is Beta(15, 287), sd ~0.0125.
    assert 0.05 - 0.04 <= rate <= 0.05 + 0.04, rate


def test_per_token_scores_and_independence(token_detector):
    prompts = random_prompts(10, seed=16, high=8)
    together = token_detector.score(prompts, per_token=True)
    alone = token_detector.score(prompts[:1], per_token=True)[0]
    # float32 capture rounds differently in another batch (~1e-7): equal to a tolerance
    assert alone["token_scores"] == pytest.approx(together[0]["token_scores"], rel=1e-5, abs=1e-5)
    assert len(alone["token_scores"]) == alone["n_tokens"]
    assert max(alone["token_scores"]) == pytest.approx(alone["peaks"][0]["score"], abs=1e-4)
    # max aggregation: the record score is its highest token score
    assert alone["score"] == pytest.approx(alone["peaks"][0]["score"], rel=1e-6)


def test_completion_detector_generates_or_teacher_forces(tiny_loaded):
    det = Detector.fit(
        tiny_loaded,
        random_prompts(600, seed=17),
        layers=["blocks.1.resid_post"],
        position="completion",
        alpha=0.05,
        max_new_tokens=4,
        batch_size=32,
    )
    assert det.manifest.aggregate == "max" and det.token_level
    [generated] = det.score(random_prompts(1, seed=18))
    assert "completion" in generated and 1 <= generated["n_tokens"] <= 4
    logged = Record(
        id="x", line=1, prompt=random_prompts(1, seed=18)[0], completion=" w5 w6", messages=None
    )
    [row] = det.score([logged])
    assert "completion" not in row  # teacher-forced, nothing generated
    assert row["n_tokens"] == 3  # w5, w6 and the EOS a finished generation ends with
