"""`mad eval --suite attacks`: the channels, the splits and the whole run on a tiny model.

The tiny model is a random Llama reading the organism's byte-level tokenizer (any text
tokenizes), with a context long enough for the library's longest prompts, so the real data
files go through the real capture, cache, probe, calibration and report.
"""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
import torch

from mad import library
from mad.attack_eval import AttackData, dev_test, prepare, smollm2_data
from mad.cli import main
from mad.evasion import EVASIONS
from mad.library.channels import Feats, calibrate, fit_novelty, fit_probe, score_all
from mad.library.results import format_report, length_matched, targets
from mad.records import records_from_prompts

LAYERS = ["blocks.0.resid_post", "blocks.1.resid_post", "blocks.2.resid_post"]


@pytest.fixture(scope="module")
def tiny_chat(organism, tmp_path_factory):
    """(model, its directory); the cache directory is shared by the module's tests."""
    from transformers import LlamaConfig, LlamaForCausalLM

    from mad.models import load_model

    mp = pytest.MonkeyPatch()
    mp.setenv("MAD_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    tok = copy.deepcopy(organism.tokenizer)
    tok.model_max_length = 4096
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tok),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=3,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=4096,
        bos_token_id=tok.eos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
    )
    directory = tmp_path_factory.mktemp("model")
    LlamaForCausalLM(config).save_pretrained(directory)
    tok.save_pretrained(directory)
    yield load_model(str(directory), device="cpu"), directory
    mp.undo()


def _synthetic(n: int, d: int, shift: np.ndarray | None, seed: int, tag: str) -> Feats:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, d)) + (0 if shift is None else shift)
    records = records_from_prompts([f"{tag} {k}" for k in range(n)])
    return Feats(records, {"l": torch.tensor(x, dtype=torch.float32)}, np.full(n, 10))


def test_channels_probe_ignores_benign_shift_novelty_does_not_fusion_stays_valid():
    """Attacks move along one direction, harmless unfamiliar inputs along another."""
    d, alpha = 16, 0.05
    attack_dir, benign_dir = np.zeros(d), np.zeros(d)
    attack_dir[0], benign_dir[1] = 6.0, 6.0
    trusted_fit = _synthetic(2000, d, None, 0, "t")
    cal = _synthetic(1000, d, None, 1, "c")
    fresh = _synthetic(4000, d, None, 2, "f")
    benign = _synthetic(1000, d, benign_dir, 3, "b")
    attacks = _synthetic(1000, d, attack_dir, 4, "a")
    novelty = fit_novelty(trusted_fit, ["l"])
    probe = fit_probe(
        Feats(
            trusted_fit.records + benign.records,
            {"l": torch.cat([trusted_fit.acts["l"], benign.acts["l"]])},
            np.full(3000, 10),
        ),
        attacks,
        ["l"],
    )
    ch = calibrate({**novelty, **probe}, cal, ["l"], alpha)
    assert ch.calibrations["fusion"].layers == ["novelty:l", "probe:l"]
    assert ch.calibrations["fusion"].second_level == "exact"
    held_benign = score_all(ch, _synthetic(2000, d, benign_dir, 5, "hb"))
    held_attacks = score_all(ch, _synthetic(2000, d, attack_dir, 6, "ha"))
    on_fresh = score_all(ch, fresh)

    def rate(scored, c):
        return float(np.mean(scored.channels[c][1] <= alpha))

    # Validity on fresh trusted draws for every channel: sd ~ 0.007 (calibration) + 0.0034.
    for c in ("novelty", "probe", "fusion"):
        assert abs(rate(on_fresh, c) - alpha) < 0.025, (c, rate(on_fresh, c))
    assert rate(held_benign, "novelty") > 0.5  # unfamiliar: flagged by novelty ...
    assert rate(held_benign, "probe") < 2 * alpha  # ... not by a probe that saw benign breadth
    for c in ("novelty", "probe", "fusion"):
        assert rate(held_attacks, c) > 0.9, c
    # Fusion flags what either channel flags with a very small p-value.
    both = held_benign.channels["novelty"][1] <= 1 / 1001
    assert np.all(held_benign.channels["fusion"][1][both] <= alpha)


def test_length_matching_equalises_every_bin():
    rng = np.random.default_rng(0)
    pos = rng.integers(40, 900, size=500)
    neg = np.concatenate([rng.integers(20, 80, size=900), rng.integers(300, 1200, size=100)])
    mp, mn = length_matched(pos, neg, seed=0)
    from mad.library.results import LENGTH_BINS

    hp = np.bincount(np.digitize(pos[mp], LENGTH_BINS), minlength=len(LENGTH_BINS) + 1)
    hn = np.bincount(np.digitize(neg[mn], LENGTH_BINS), minlength=len(LENGTH_BINS) + 1)
    assert np.array_equal(hp, hn) and 0 < len(mp) < len(pos)
    assert len(set(mp.tolist())) == len(mp) and len(set(mn.tolist())) == len(mn)


@pytest.fixture(scope="module")
def pools(tiny_chat):
    data = smollm2_data("dev", limit=120)
    return data, prepare(tiny_chat[0], data, LAYERS, "dev")


def test_nothing_is_tested_on_what_trained_it(pools):
    data, p = pools
    ids = {
        name: {r.id for r in getattr(p, name).records}
        for name in ("trusted_fit", "trusted_cal", "trusted_test", "benign_train", "benign_test")
    }
    assert not ids["trusted_fit"] & ids["trusted_cal"]
    assert not (ids["trusted_fit"] | ids["trusted_cal"]) & ids["trusted_test"]
    assert not ids["benign_train"] & ids["benign_test"]
    assert 55 <= len(ids["benign_train"]) <= 65
    assert (len(ids["trusted_fit"]), len(ids["trusted_cal"])) == (240, 240)
    # The dev and test parts of a held-out pool are disjoint and cover it.
    dev = {r.id for r in dev_test(p.attacks, "dev").records}
    test = {r.id for r in dev_test(p.attacks, "test").records}
    assert not dev & test and len(dev | test) == len(p.attacks) and 0.25 < len(dev) / 120 < 0.42
    assert set(p.shift_kinds) == {
        "code",
        "formal",
        "languages",
        "long",
        "mention_security",
        "tables_lists",
        "topic",
        "verse",
        "very_long",
        "very_short",
    }
    assert set(p.attack_sets) == {"hidden_injections"}  # no final-report set in dev
    assert "smollm2_chat_anomalous" in smollm2_data("test", limit=10).attack_sets
    for name in p.shift_kinds:
        assert p.shift_kinds[name].acts[LAYERS[0]].shape == (60, 32)


def test_whole_run_through_the_cli_writes_tables_and_results(tiny_chat, pools, tmp_path):
    model_dir = tiny_chat[1]
    out = tmp_path / "eval"
    argv = [
        "eval",
        "--suite",
        "attacks",
        "--model",
        str(model_dir),
        "--layers",
        "0",
        "1",
        "2",
        "--alpha",
        "0.01",
        "--library-limit",
        "120",
        "--out",
        str(out),
    ]
    assert main(argv) == 0
    report = json.loads((out / "results.json").read_text())
    assert report["split"] == "dev" and report["layers"] == LAYERS
    assert set(report["scenarios"]) == {"train a -> test b", "train b -> test a", "train a+b"}
    assert set(report["leave_one_category_out"]) == set(library.ATTACK_CATEGORIES)
    for sc in list(report["scenarios"].values()) + list(report["leave_one_category_out"].values()):
        for result in sc["tests"].values():
            for m in result["channels"].values():
                assert 0.0 <= m["auroc"] <= 1.0 and 0.0 <= m["tpr_at_1pct_fpr"] <= 1.0
        assert {"trusted", "benign_breadth", "shift:very_long"} <= set(sc["flag_rates"])
    for block in report["evasions"].values():
        assert set(block["rewrites"]) == set(EVASIONS) and block["n"] > 0
    cost = report["cost"]
    assert cost["library_prompts"] == 240 and cost["cold_capture_recorded_s"] > 0
    assert cost["added_warm_share"] > 0
    text = (out / "results.md").read_text()
    for section in (
        "Generalisation",
        "False positives by benign set",
        "Evasions",
        "Cost",
        "Targets (issue 13)",
    ):
        assert section in text
    assert len(targets(report)) == 8 and format_report(report) in text
    # A second run reads every feature from the cache: same numbers.
    assert main(argv) == 0
    again = json.loads((out / "results.json").read_text())
    assert again["scenarios"] == report["scenarios"]
    assert again["evasions"] == report["evasions"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--suite", "attacks", "--tasks", "backdoor"], "--suite attacks does not use --tasks"),
        (["--suite", "attacks", "--scorer", "knn"], "does not use --scorer"),
        (["--split", "test", "--model", "organism"], "--split and --library-limit need --suite"),
        (["--suite", "attacks", "--model", "/no/such/model"], "no such directory"),
    ],
)
def test_refusals_are_one_line_before_any_model_loads(argv, message, capsys, tmp_path):
    assert main(["eval", *argv, "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1


def test_attack_data_without_shift_sets_runs_the_cross_half_scenarios(tiny_chat):
    from mad.attack_eval import run

    base = smollm2_data("dev", limit=60)
    data = AttackData(trusted=base.trusted, attacks=base.attacks, benign=base.benign)
    report = run(tiny_chat[0], data, evasion_limit=5)  # default: one block past half depth
    assert report["layers"] == ["blocks.2.resid_post"]
    assert set(report["scenarios"]) == {"train a -> test b", "train b -> test a"}
    assert "False positives by benign set" in format_report(report)
