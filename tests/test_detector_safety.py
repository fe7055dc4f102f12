"""Detector safety: saving never destroys data, edited artifacts are refused, degenerate trusted
sets are refused or warned about, option values fail as ConfigError, and a repeated trusted
input gets one verdict whatever shares its batch."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from conftest import random_prompts

from mad.artifact import clean_stale
from mad.calibration import (
    METHODS,
    Calibration,
    CalibrationError,
    check_feasible,
    needed_n_cal,
    worst_smallest_p,
)
from mad.detector import Detector, DetectorError
from mad.errors import ConfigError


@pytest.fixture(scope="module")
def fitted(tiny_loaded) -> Detector:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Detector.fit(tiny_loaded, random_prompts(600, seed=21), alpha=0.05, batch_size=64)


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# ----- saving: nothing that is not a detector is replaced --------------------------------------


def test_save_refuses_what_is_not_a_detector_and_keeps_it(fitted, tmp_path):
    folder = tmp_path / "results"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep")
    plain = tmp_path / "file.txt"
    plain.write_text("keep")
    link = tmp_path / "link"
    link.symlink_to(folder)
    half = tmp_path / "half"  # a detector.json beside a stranger is not a detector either
    fitted.save(half)
    (half / "extra.bin").write_bytes(b"\0")
    for target, match in (
        (folder, "is not a mad detector"),
        (plain, "is not a directory"),
        (link, "is a symbolic link"),
        (half, "is not a mad detector"),
    ):
        for overwrite in (False, True):
            with pytest.raises(DetectorError, match=match) as info:
                fitted.save(target, overwrite=overwrite)
            assert "\n" not in str(info.value)
    assert (folder / "notes.txt").read_text() == "keep" and plain.read_text() == "keep"
    assert link.is_symlink() and (half / "extra.bin").exists()
    assert hidden(tmp_path) == []


def test_a_detector_is_replaced_only_with_overwrite(fitted, tiny_loaded, tmp_path):
    path = fitted.save(tmp_path / "det")
    before = (path / "detector.json").read_bytes()
    with pytest.raises(DetectorError, match="overwrite=True"):
        fitted.save(path)
    assert (path / "detector.json").read_bytes() == before
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        other = Detector.fit(tiny_loaded, random_prompts(600, seed=22), alpha=0.05, seed=4)
    other.save(path, overwrite=True)
    assert Detector.load(path, load_weights=False).manifest.data.seed == 4
    assert hidden(tmp_path) == []
    empty = tmp_path / "empty"
    empty.mkdir()
    fitted.save(empty)  # an empty directory holds nothing to lose
    assert Detector.load(empty, load_weights=False).id == fitted.id


def test_api_fit_checks_out_before_loading(tmp_path):
    import mad

    folder = tmp_path / "results"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep")
    # Loading this model would fail differently: the refusal comes first.
    with pytest.raises(DetectorError, match="is not a mad detector"):
        mad.fit(str(tmp_path / "no-such-model"), ["w1 w2"], out=folder)
    assert (folder / "keep.txt").read_text() == "keep"


def test_stale_staging_siblings_are_cleaned_by_the_next_save(fitted, tmp_path):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    pid = int(dead.stdout)  # a process that has exited
    # What a save killed mid-way leaves: a staging dir with the tensors only, or the old detector.
    stale_tmp = tmp_path / f".det.tmp-{pid}-0123abcd"
    stale_tmp.mkdir()
    (stale_tmp / "tensors.safetensors").write_bytes(b"partial")
    stale_old = tmp_path / ".det.old-89abcdef"  # the name a save before this change used
    fitted.save(stale_old.parent / "scratch")
    shutil.move(tmp_path / "scratch", stale_old)
    # Not ours to delete: a live save (this process), and a look-alike holding a stranger.
    live = tmp_path / f".det.tmp-{os.getpid()}-deadbeef"
    live.mkdir()
    stranger = tmp_path / f".det.old-{pid}-cafef00d"
    stranger.mkdir()
    (stranger / "notes.txt").write_text("keep")
    fitted.save(tmp_path / "det")
    assert hidden(tmp_path) == sorted([live.name, stranger.name])
    assert (stranger / "notes.txt").read_text() == "keep"
    assert clean_stale(tmp_path / "det") == []


# ----- integrity: edits are refused in one line, old detectors still load ----------------------


def _edit(path: Path, change) -> None:
    manifest = json.loads((path / "detector.json").read_text())
    change(manifest)
    (path / "detector.json").write_text(json.dumps(manifest, indent=2))


def test_edited_manifest_fields_are_refused(fitted, tmp_path):
    for name, change in {
        "alpha": lambda m: m.__setitem__("alpha", 0.5),
        "layers": lambda m: m["layers"].reverse(),
        "scorer": lambda m: m.__setitem__("scorer", "knn"),
        "warnings": lambda m: m.__setitem__("warnings", []),
        "source": lambda m: m["data"].__setitem__("source", "elsewhere"),
    }.items():
        path = fitted.save(tmp_path / name)
        _edit(path, change)
        with pytest.raises(DetectorError, match="the manifest was edited") as info:
            Detector.load(path, load_weights=False)
        assert "\n" not in str(info.value)


def test_manifests_without_the_digest_still_load_and_are_cross_checked(
    fitted, tiny_loaded, tmp_path
):
    legacy = fitted.save(tmp_path / "legacy")
    _edit(legacy, lambda m: m.pop("manifest_sha256"))
    loaded = Detector.load(legacy, model=tiny_loaded)
    prompts = random_prompts(20, seed=23)
    assert loaded.score(prompts) == fitted.score(prompts)

    first = fitted.layers[0]
    renamed = "blocks.9.resid_post"
    for name, change, match in (
        ("alpha", lambda m: m.__setitem__("alpha", 0.5), "differs from the calibration's alpha"),
        ("layer", lambda m: m["layers"].__setitem__(0, renamed), "scorer_config covers"),
        (
            "layer-everywhere",
            lambda m: (
                m["layers"].__setitem__(0, renamed),
                m["calibration"]["layers"].__setitem__(0, renamed),
                m["scorer_config"].__setitem__(renamed, m["scorer_config"].pop(first)),
            ),
            "belong to no layer",
        ),
        ("scorer", lambda m: m.__setitem__("scorer", "nope"), "unknown scorer 'nope'"),
        ("scorer-other", lambda m: m.__setitem__("scorer", "knn"), "do not restore a knn scorer"),
        ("type", lambda m: m.__setitem__("alpha", "lots"), 'invalid manifest: field "alpha"'),
    ):
        path = tmp_path / name
        shutil.copytree(legacy, path)
        _edit(path, change)
        with pytest.raises(DetectorError, match=match) as info:
            Detector.load(path, load_weights=False)
        assert "\n" not in str(info.value), info.value


# ----- option values: ConfigError before anything runs ----------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        {"alpha": float("nan")},
        {"alpha": 0.0},
        {"alpha": 2},
        {"holdout": 0},
        {"holdout": 1.0},
        {"batch_size": 0},
        {"max_new_tokens": 0},
        {"scorer": "mahalanobus"},
        {"combine": "mean"},
        {"position": "middle"},
    ],
)
def test_fit_options_are_config_errors(options):
    with pytest.raises(ConfigError) as info:
        Detector.fit(object(), ["w1 w2"], **options)  # type: ignore[arg-type]  # never reached
    assert isinstance(info.value, DetectorError)  # what callers caught before ConfigError existed
    assert "\n" not in str(info.value)


# ----- degenerate trusted sets ----------------------------------------------------------------


def test_identical_trusted_prompts_are_refused(tiny_loaded):
    with pytest.raises(DetectorError, match="only 1 distinct input"):
        Detector.fit(tiny_loaded, ["w5 w6 w7"] * 200, alpha=0.05, layers=[1])
    # Fewer distinct inputs than the calibration needs (19 for alpha 0.05, one layer).
    with pytest.raises(DetectorError, match="needs at least 19 distinct"):
        Detector.fit(tiny_loaded, random_prompts(10, seed=24) * 30, alpha=0.05, layers=[1])


def test_activations_without_variation_are_refused_and_low_rank_warned(tiny_loaded):
    # The tiny Llama's `embed` at the last token is that token's embedding: prompts that all
    # end in one word give identical rows, prompts ending in one of five words span 4 directions.
    same_end = [p + " w7" for p in random_prompts(300, seed=25)]
    with pytest.raises(DetectorError, match="all 240 fit activations are identical"):
        Detector.fit(tiny_loaded, same_end, layers=["embed"], alpha=0.05)
    five_ends = [p + f" w{k % 5 + 2}" for k, p in enumerate(random_prompts(300, seed=25))]
    with pytest.warns(UserWarning, match="span only 4 of 32 dimensions"):
        det = Detector.fit(tiny_loaded, five_ends, layers=["embed"], alpha=0.05)
    assert any("span only 4 of 32" in note for note in det.manifest.warnings)


def test_a_repeated_trusted_prompt_gets_one_verdict_whatever_its_batch(tiny_loaded):
    """The reported case: a prompt repeated in the trusted set, alone and beside three others.

    Its calibration copies score alike only up to float32 noise from the batch layout, so
    without the tie rule its p-value (kNN: 1.0 alone, 0.73 in a batch) depended on the batch.
    """
    repeated = "w5 w6 w7"
    trusted = random_prompts(300, seed=1) + [repeated] * 100
    others = random_prompts(3, seed=9)
    for scorer in ("mahalanobis", "knn", "pca_residual"):
        with pytest.warns(UserWarning, match="repeat a fit record"):
            det = Detector.fit(tiny_loaded, trusted, alpha=0.05, scorer=scorer)
        alone = det.score([repeated])[0]
        for batch in ([repeated, *others], [*others, repeated]):
            row = det.score(batch)[batch.index(repeated)]
            assert (row["p_value"], row["flagged"]) == (alone["p_value"], alone["flagged"])
            for name, layer in row["layers"].items():
                assert layer["p_value"] == alone["layers"][name]["p_value"], (scorer, name)
                assert layer["score"] == pytest.approx(
                    alone["layers"][name]["score"], rel=1e-5, abs=1e-6
                )


# ----- the calibration feasibility rule -------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_worst_case_floor_is_attained_and_bounds_every_calibration(method):
    """The pre-capture rule is exact in the worst case and never below what a fit attains."""
    rng = np.random.default_rng(26)
    n, n_layers = 300, 3
    for _ in range(20):
        scores = rng.standard_normal((n, n_layers))
        cal = Calibration.fit({f"l{j}": scores[:, j] for j in range(n_layers)}, 0.2, method)
        assert cal._smallest_p() <= worst_smallest_p(n, n_layers, method) + 1e-15
    # Attained: min_p / bonferroni when each layer's top score is a different point, Fisher when
    # one point tops every layer.
    worst = rng.standard_normal((n, n_layers))
    for j in range(n_layers):
        worst[j if method != "fisher" else 0, j] = 10.0
    cal = Calibration.fit({f"l{j}": worst[:, j] for j in range(n_layers)}, 0.2, method)
    assert cal._smallest_p() == pytest.approx(worst_smallest_p(n, n_layers, method))


def test_feasibility_is_one_rule_for_the_plan_and_the_fit():
    rng = np.random.default_rng(27)
    for method in METHODS:
        for n_layers in (1, 2, 4):
            for alpha in (0.01, 0.05, 0.1):
                need = needed_n_cal(alpha, n_layers, method)
                check_feasible(need, n_layers, alpha, method)
                with pytest.raises(CalibrationError, match=f"need n_cal >= {need}"):
                    check_feasible(need - 1, n_layers, alpha, method)
                scores = {f"l{j}": rng.standard_normal(need - 1) for j in range(n_layers)}
                with pytest.raises(CalibrationError, match=f"need n_cal >= {need}"):
                    Calibration.fit(scores, alpha, method)
