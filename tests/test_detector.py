"""Detector: fitting, calibrated flags, safe artifacts, clear errors."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch
from conftest import random_prompts

import mad.detector as detector_module
from mad.calibration import CalibrationError
from mad.detector import Detector, DetectorError
from mad.models import LoadedModel


@pytest.fixture(scope="module")
def fitted(tiny_loaded) -> Detector:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Detector.fit(tiny_loaded, random_prompts(1000, seed=1), alpha=0.05, batch_size=64)


def test_fresh_trusted_draws_flagged_at_alpha(tiny_loaded):
    """Single- and multi-layer detectors keep the stated false-positive rate on fresh draws."""
    fresh = random_prompts(3000, seed=99)
    for layers in (
        ["blocks.1.resid_post"],
        ["embed", "blocks.0.resid_post", "blocks.2.resid_post"],
    ):
        det = Detector.fit(
            tiny_loaded, random_prompts(5000, seed=2), layers=layers, alpha=0.05, batch_size=128
        )
        assert det.manifest.data.n_cal == 1000
        rate = np.mean([r["flagged"] for r in det.score(fresh, batch_size=128)])
        # sd of the realised rate: calibration draw (Beta(50, 951), ~0.0069) and the test
        # draw (~0.004) together ~0.008; 3 sd either side.
        assert 0.05 - 0.024 <= rate <= 0.05 + 0.024, (layers, rate)


def test_anomalies_are_flagged(fitted):
    anomalous = random_prompts(200, seed=3, low=60, high=110)
    rows = fitted.score(anomalous)
    assert np.mean([r["flagged"] for r in rows]) > 0.5
    for row in rows[:3]:
        assert set(row) == {"id", "score", "p_value", "flagged", "layers"}
        assert set(row["layers"]) == set(fitted.layers)
        assert row["flagged"] == (row["p_value"] <= fitted.alpha)


def test_score_of_one_sample_independent_of_batch(fitted):
    prompts = random_prompts(40, seed=4)
    together = fitted.score(prompts, batch_size=40)
    alone = [fitted.score([p])[0] for p in prompts[:5]]
    for a, b in zip(alone, together[:5], strict=True):
        assert a["p_value"] == b["p_value"] and a["flagged"] == b["flagged"]
        # Not bit-identical: padding changes float32 capture rounding (~1e-7 relative).
        for name, layer in a["layers"].items():
            assert layer["score"] == pytest.approx(b["layers"][name]["score"], rel=1e-5)
        assert a["score"] == pytest.approx(b["score"], rel=1e-5, abs=1e-5)


def test_round_trip_is_exact(fitted, tiny_loaded, tmp_path):
    path = fitted.save(tmp_path / "det")
    assert sorted(p.name for p in path.iterdir()) == ["detector.json", "tensors.safetensors"]
    loaded = Detector.load(path, model=tiny_loaded)
    prompts = random_prompts(30, seed=5) + random_prompts(10, seed=6, low=60, high=110)
    assert loaded.score(prompts) == fitted.score(prompts)
    assert loaded.score(prompts[:1]) == fitted.score(prompts[:1])  # one row: other BLAS kernels
    assert loaded.manifest == fitted.manifest
    manifest = json.loads((path / "detector.json").read_text())
    assert manifest["schema_version"] == 1
    assert manifest["model"]["fingerprint"].startswith("sha256:")


def test_tampered_truncated_and_newer_artifacts_fail(fitted, tmp_path):
    path = fitted.save(tmp_path / "det")
    tensors = path / "tensors.safetensors"
    original = tensors.read_bytes()
    tensors.write_bytes(original[:-7] + bytes([original[-7] ^ 0xFF]) + original[-6:])
    with pytest.raises(DetectorError, match="checksum mismatch"):
        Detector.load(path, load_weights=False)
    tensors.write_bytes(original[: len(original) // 2])
    with pytest.raises(DetectorError, match="checksum mismatch"):
        Detector.load(path, load_weights=False)
    tensors.write_bytes(original)
    Detector.load(path, load_weights=False)

    manifest_path = path / "detector.json"
    text = manifest_path.read_text()
    manifest_path.write_text(text[: len(text) // 2])
    with pytest.raises(DetectorError, match="corrupt manifest"):
        Detector.load(path, load_weights=False)
    data = json.loads(text)
    data["schema_version"] = 99
    manifest_path.write_text(json.dumps(data))
    with pytest.raises(DetectorError, match="schema version 99 is newer"):
        Detector.load(path, load_weights=False)
    data["schema_version"] = 1
    data["alpha"] = "lots"
    manifest_path.write_text(json.dumps(data))
    with pytest.raises(DetectorError, match="invalid manifest"):
        Detector.load(path, load_weights=False)
    with pytest.raises(DetectorError, match="not a detector directory"):
        Detector.load(tmp_path, load_weights=False)


def test_wrong_model_is_refused(fitted, tiny_models, word_tokenizer, tmp_path):
    path = fitted.save(tmp_path / "det")
    other = LoadedModel(tiny_models["gpt2"], word_tokenizer, name="tiny-gpt2", source="memory")
    with pytest.raises(DetectorError, match="not the model this detector was fitted on"):
        Detector.load(path, model=other)
    # Same shape, different weights: allowed when the user says so explicitly.
    assert Detector.load(path, model=other, allow_model_mismatch=True).model is other

    from transformers import LlamaConfig, LlamaForCausalLM

    wider = LlamaForCausalLM(
        LlamaConfig(
            num_hidden_layers=3,
            hidden_size=48,
            intermediate_size=64,
            num_attention_heads=4,
            num_key_value_heads=2,
            vocab_size=120,
        )
    )
    wide = LoadedModel(wider.eval(), word_tokenizer, name="wide", source="memory")
    with pytest.raises(DetectorError, match="3 blocks of width 48"):
        Detector.load(path, model=wide, allow_model_mismatch=True)


def test_interrupted_write_leaves_nothing_half_written(fitted, tmp_path, monkeypatch):
    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(detector_module, "save_file", crash)
    with pytest.raises(OSError, match="disk full"):
        fitted.save(tmp_path / "det")
    assert list(tmp_path.iterdir()) == []

    monkeypatch.undo()
    path = fitted.save(tmp_path / "det")
    before = (path / "detector.json").read_text()
    monkeypatch.setattr(detector_module, "save_file", crash)
    with pytest.raises(OSError):
        fitted.save(path, overwrite=True)  # overwriting fails: the old detector is intact
    assert (path / "detector.json").read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["det"]
    Detector.load(path, load_weights=False)


def test_bad_trusted_sets_fail_clearly(tiny_loaded, tiny_models, word_tokenizer):
    with pytest.raises(DetectorError, match="empty"):
        Detector.fit(tiny_loaded, [])
    # Two default layers combined by min_p: the worst case needs 2 / (n_cal + 1) <= alpha.
    with pytest.raises(CalibrationError, match="need n_cal >= 99"):
        Detector.fit(tiny_loaded, random_prompts(60, seed=7), alpha=0.01)
    with pytest.raises(DetectorError, match="unknown position 'middle'"):
        Detector.fit(tiny_loaded, random_prompts(600, seed=7), position="middle")

    broken = type(tiny_models["llama"])(tiny_models["llama"].config)
    broken.load_state_dict(tiny_models["llama"].state_dict())
    with torch.no_grad():
        broken.model.layers[0].mlp.down_proj.weight[0, 0] = float("nan")
    nan_model = LoadedModel(broken.eval(), word_tokenizer, name="nan", source="memory")
    with pytest.raises(DetectorError, match="NaN or inf"):
        Detector.fit(nan_model, random_prompts(600, seed=7), alpha=0.05)


def test_python_api_fit_saves(tiny_loaded, tmp_path):
    import mad

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        det = mad.fit(tiny_loaded, random_prompts(600, seed=8), out=tmp_path / "d", alpha=0.05)
    assert isinstance(det, Detector)
    assert Path(tmp_path / "d" / "detector.json").is_file()
    assert mad.Detector is Detector


def _normalised(detector: Detector, row: dict) -> np.ndarray:
    """Each layer's score on the calibration scale: 0 = median trusted, 1 = its alpha threshold."""
    layers = detector.manifest.calibration_summary["layers"]
    return np.array(
        [
            (row["layers"][n]["score"] - layers[n]["q50"])
            / (layers[n]["threshold"] - layers[n]["q50"])
            for n in detector.layers
        ]
    )


def test_record_score_averages_or_maximises_normalised_layers(fitted, tiny_loaded, tmp_path):
    assert len(fitted.layers) > 1 and fitted.manifest.layer_score == "mean"
    prompts = random_prompts(20, seed=7) + random_prompts(10, seed=8, low=60, high=110)
    rows = fitted.score(prompts)
    for row in rows:
        assert row["score"] == pytest.approx(_normalised(fitted, row).mean(), rel=1e-9, abs=1e-12)

    # A detector saved before `layer_score` existed has no such field: it keeps the max.
    path = fitted.save(tmp_path / "old")
    manifest = json.loads((path / "detector.json").read_text())
    del manifest["layer_score"], manifest["manifest_sha256"]  # as written before both existed
    (path / "detector.json").write_text(json.dumps(manifest))
    old = Detector.load(path, model=tiny_loaded)
    assert old.manifest.layer_score == "max"
    old_rows = old.score(prompts)
    for row, old_row in zip(rows, old_rows, strict=True):
        assert old_row["score"] == pytest.approx(_normalised(old, old_row).max(), rel=1e-9)
        # Only the ranking summary differs; the calibrated verdict is the same.
        assert (old_row["p_value"], old_row["flagged"]) == (row["p_value"], row["flagged"])

    with pytest.raises(DetectorError, match="unknown layer score"):
        Detector.fit(tiny_loaded, random_prompts(50, seed=1), layer_score="median")
