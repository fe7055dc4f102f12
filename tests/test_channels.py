"""Detectors of several channels: prompt and completion evidence under one exact calibration."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from mad.detector import Detector, DetectorError
from mad.fitting import ChannelSpec, default_channels
from mad.monitor import Monitor
from mad.organisms.backdoor import make_examples
from mad.records import Record

ALPHA = 0.05


@pytest.fixture(scope="module")
def two_channel(organism) -> Detector:
    trusted = [e.prompt for e in make_examples(800, triggered=False, seed=0, split="val")]
    return Detector.fit(organism, trusted, channels=default_channels(), alpha=ALPHA, batch_size=64)


def test_default_channels_read_the_prompt_and_the_answer(two_channel: Detector) -> None:
    m = two_channel.manifest
    assert m.position == "last+completion"
    assert set(two_channel.channels) == {"prompt", "completion"}
    assert two_channel.prefill_keys == two_channel.channels["prompt"]
    assert m.features is not None
    for key, spec in m.features.items():
        assert key == f"{spec.channel}/{spec.hook}"
        assert spec.aggregate == ("max" if spec.position == "completion" else None)
    # One exact calibration over all six keys: the combined flag keeps its rate.
    assert two_channel.calibration.layers == two_channel.layers
    assert two_channel.calibration.second_level == "exact"


def test_rows_carry_each_channel_and_flag_the_trigger(two_channel: Detector) -> None:
    clean = [e.prompt for e in make_examples(400, triggered=False, seed=1, split="test")]
    triggered = [e.prompt for e in make_examples(100, triggered=True, seed=2, split="test")]
    rows = two_channel.score(clean + triggered, batch_size=64)
    for row in rows:
        assert set(row["channels"]) == {"prompt", "completion"}
        for part in row["channels"].values():
            assert part["flagged"] == (part["p_value"] <= ALPHA)
        assert row["completion"]  # generated: the prompts had no answer
        assert row["n_tokens"] >= 1 and row["peaks"]
    flags = np.array([r["flagged"] for r in rows])
    n_clean = len(clean)
    # 400 clean draws at alpha 0.05: mean 20, sd ~4.4; the combined rate keeps alpha.
    assert flags[:n_clean].mean() <= ALPHA + 3 * np.sqrt(ALPHA * (1 - ALPHA) / n_clean)
    assert flags[n_clean:].mean() == 1.0
    # Each channel's own p-value is a valid test too: both channels see the backdoor.
    for name in ("prompt", "completion"):
        assert np.mean([r["channels"][name]["flagged"] for r in rows[n_clean:]]) > 0.9


def test_round_trip_and_tampered_features(two_channel: Detector, organism, tmp_path) -> None:
    path = two_channel.save(tmp_path / "d")
    back = Detector.load(path, model=organism)
    assert back.specs == two_channel.specs and back.channels == two_channel.channels
    prompts = [e.prompt for e in make_examples(20, triggered=False, seed=3, split="test")]
    a, b = two_channel.score(prompts, batch_size=8), back.score(prompts, batch_size=8)
    assert [r["p_value"] for r in a] == [r["p_value"] for r in b]
    manifest = json.loads((path / "detector.json").read_text())
    key = next(iter(manifest["features"]))
    manifest["features"][key]["position"] = "mean"
    manifest.pop("manifest_sha256")  # even without the digest, fields are checked
    (path / "detector.json").write_text(json.dumps(manifest))
    with pytest.raises(DetectorError):
        Detector.load(path, model=organism)


def test_live_generation_scores_like_the_logged_transcript(two_channel: Detector) -> None:
    """The monitor reads both channels from one generate call; the same exchange scored offline
    (the prompt, the returned answer teacher-forced) gets the same anomaly."""
    monitor = Monitor(two_channel)
    prompts = [e.prompt for e in make_examples(6, triggered=False, seed=4, split="test")]
    prompts += [e.prompt for e in make_examples(2, triggered=True, seed=5, split="test")]
    live = monitor.generate(prompts, max_new_tokens=12)
    records = [
        Record(str(k), k, p, g.text, None, {"completion_eos": g.finish_reason == "stop"})
        for k, (p, g) in enumerate(zip(prompts, live, strict=True))
    ]
    offline = two_channel.score(records, batch_size=8)
    for g, row in zip(live, offline, strict=True):
        assert g.anomaly["p_value"] == pytest.approx(row["p_value"], abs=1e-12)
        for name in ("prompt", "completion"):
            assert g.anomaly["channels"][name]["p_value"] == pytest.approx(
                row["channels"][name]["p_value"], abs=1e-12
            )
        # Scores agree to float32 capture noise (KV-cache decoding vs one teacher-forced pass).
        assert g.anomaly["score"] == pytest.approx(row["score"], rel=1e-4, abs=1e-4)
    assert [g.anomaly["flagged"] for g in live[-2:]] == [True, True]


def test_block_decides_on_the_prompt_channel_before_any_token(two_channel: Detector) -> None:
    monitor = Monitor(two_channel)
    assert monitor.can_screen
    seen: dict[int, dict] = {}
    trig = [e.prompt for e in make_examples(2, triggered=True, seed=6, split="test")]
    clean = [e.prompt for e in make_examples(2, triggered=False, seed=6, split="test")]
    out = monitor.generate(
        trig + clean,
        max_new_tokens=8,
        block=True,
        on_prompt_anomaly=lambda k, a: seen.__setitem__(k, a),
    )
    assert [g.finish_reason for g in out[:2]] == ["blocked", "blocked"]
    assert all(g.text == "" and g.token_ids == [] for g in out[:2])
    # The early verdict is the prompt channel's own, calibrated on its keys alone.
    assert set(seen[0]["layers"]) == set(two_channel.prefill_keys)
    assert out[0].anomaly["flagged"]
    assert all(g.finish_reason != "blocked" for g in out[2:])
    # Unblocked rows get the final verdict over both channels.
    assert set(out[2].anomaly["channels"]) == {"prompt", "completion"}


def test_screening_reads_the_prompt_channel_only(two_channel: Detector) -> None:
    monitor = Monitor(two_channel)
    rows = monitor.screen_prompts([e.prompt for e in make_examples(3, triggered=False, seed=7)])
    assert all(set(r["layers"]) == set(two_channel.prefill_keys) for r in rows)
    assert all("completion" not in r for r in rows)


def test_channel_options_are_checked(organism) -> None:
    prompts = [e.prompt for e in make_examples(300, triggered=False, seed=8, split="val")]
    with pytest.raises(DetectorError, match="at most one token-level position"):
        Detector.fit(
            organism,
            prompts,
            channels=[ChannelSpec("a", "all"), ChannelSpec("b", "completion")],
            alpha=ALPHA,
        )
    with pytest.raises(DetectorError, match="repeat"):
        Detector.fit(
            organism, prompts, channels=[ChannelSpec("a", "last"), ChannelSpec("a", "mean")]
        )
    with pytest.raises(DetectorError, match="without '/'"):
        ChannelSpec("a/b", "last")


def test_last_features_come_from_the_completion_pass(organism) -> None:
    """One pass serves both channels: the state predicting the first answer token is the last
    prompt token's state, equal to a prompt-only capture up to float32 rounding."""
    from mad.features import iter_features, iter_keyed_features
    from mad.records import records_from_prompts

    records = records_from_prompts(
        [e.prompt for e in make_examples(12, triggered=False, seed=11, split="test")]
    )
    hook = "blocks.2.resid_post"
    reads = {"p": (hook, "last"), "c": (hook, "completion")}
    [both] = list(iter_keyed_features(organism, records, reads, batch_size=4, max_new_tokens=4))
    alone = torch.empty_like(both.acts["p"])
    for batch in iter_features(organism, records, [hook], "last", batch_size=4):
        alone[batch.indices] = batch.acts[hook]
    np.testing.assert_allclose(both.acts["p"].numpy(), alone.numpy(), rtol=1e-5, atol=1e-5)
    for k, tokens in enumerate(both.acts["c"]):
        assert torch.equal(tokens[0], both.acts["p"][k])
