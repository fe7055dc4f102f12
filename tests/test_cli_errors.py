"""Bad input through the real CLI: exit status 2, one line, no traceback, nothing lost or left.

Each case runs `mad.cli.main` in process. Ordering is checked without mocks: a check meant to
come before the model loads is run against a model directory holding only a ``config.json`` (so
loading it would fail with a different error), and a check meant to come before capture must
leave no capture progress bar on stderr.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mad.cli import main
from mad.organisms import organism_path
from mad.organisms.backdoor import make_examples


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own errors
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, *argv: str, match: str, before_load: bool = True) -> str:
    """Run; assert exit 2, one error line matching `match`, no traceback; return that line."""
    code, out, err = run(capsys, *argv)
    assert code == 2, (code, err)
    assert "Traceback" not in err and out == ""
    lines = [line for line in err.splitlines() if line.strip()]
    if before_load:
        assert len(lines) == 1, err  # nothing else ran: no loader output, no progress bar
    errors = [line for line in lines if ": error: " in line]
    assert len(errors) == 1, err
    assert match in errors[0], errors[0]
    return errors[0]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def no_capture(err: str) -> bool:
    """No progress bar of a capture was drawn (tqdm's "fit:" / "score:" prefix)."""
    return not any(line.lstrip("\r").startswith(("fit:", "score:")) for line in err.splitlines())


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli-errors")
    prompts = [e.prompt for e in make_examples(1000, triggered=False, seed=0, split="val")]
    write_jsonl(root / "t1000.jsonl", [{"id": f"t{i}", "prompt": p} for i, p in enumerate(prompts)])
    write_jsonl(
        root / "t400.jsonl", [{"id": f"t{i}", "prompt": p} for i, p in enumerate(prompts[:400])]
    )
    write_jsonl(root / "same.jsonl", [{"prompt": prompts[0]} for _ in range(200)])
    # Loading this "model" would fail: it has a config and nothing else.
    (root / "config-only").mkdir()
    shutil.copy(organism_path("backdoor") / "config.json", root / "config-only" / "config.json")
    return root


@pytest.fixture(scope="module")
def detector(data) -> Path:
    """A small real detector on the organism (one layer, alpha 0.05: 80 calibration records)."""
    out = data / "det"
    code = main(
        ["fit", "--model", "organism", "--data", str(data / "t400.jsonl"), "--out", str(out)]
        + ["--layers", "2", "--alpha", "0.05", "--batch-size", "64"]
    )
    assert code == 0
    return out


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(f".{path.name}."))


# ----- option values: refused by the parser, before anything is read -----------------------------


@pytest.mark.parametrize(
    ("flag", "value"),
    [
        ("--alpha", "0"),
        ("--alpha", "1"),
        ("--alpha", "-1"),
        ("--alpha", "2"),
        ("--alpha", "nan"),
        ("--alpha", "inf"),
        ("--alpha", "often"),
        ("--holdout", "0"),
        ("--holdout", "1"),
        ("--batch-size", "0"),
        ("--max-new-tokens", "0"),
        ("--scorer", "mahalanobus"),
    ],
)
def test_fit_option_values_are_refused_by_the_parser(capsys, tmp_path, flag, value):
    line = refused(
        capsys,
        *("fit", "--model", "organism", "--data", "missing.jsonl", "--out", str(tmp_path / "d")),
        *(flag, value),
        match=f"argument {flag}",
    )
    assert line.startswith("mad fit: error: ")
    if flag == "--scorer":
        assert "mahalanobis" in line and "knn" in line  # names the known scorers
    assert not (tmp_path / "d").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["score", "--detector", "d", "--data", "x", "--out", "y", "--batch-size", "0"],
        ["eval", "--suite", "organisms", "--alpha", "2"],
        ["eval", "--suite", "organisms", "--scorer", "nope"],
        ["serve", "--detector", "d", "--port", "99999"],
        ["serve", "--detector", "d", "--port", "0"],
    ],
)
def test_other_option_values_are_refused_by_the_parser(capsys, argv):
    refused(capsys, *argv, match="argument --")


def test_unknown_models_eval_tasks_and_organisms(capsys, data, tmp_path):
    out = tmp_path / "d"
    fit = ("fit", "--data", str(data / "t1000.jsonl"), "--out", str(out))
    refused(capsys, *fit, "--model", str(tmp_path / "no-such-model"), match="no-such-model")
    refused(capsys, *fit, "--model", "organism:nope", match="unknown organism 'nope'")
    refused(capsys, "eval", "--suite", "organisms", "--tasks", "nope", match="unknown suite task")
    assert not out.exists()


def test_eval_tasks_that_cannot_be_evaluated_are_refused_before_loading(capsys, data, tmp_path):
    ev = ("eval", "--model", str(data / "config-only"), "--out", str(tmp_path / "eval"))
    sets = ("--trusted", str(data / "t1000.jsonl"), "--normal", str(data / "t400.jsonl"))
    few = write_jsonl(tmp_path / "few.jsonl", [{"prompt": f"odd {k}"} for k in range(10)])
    refused(capsys, *ev, *sets, "--anomalous", str(few), match="--labelled 20 leaves no anomalous")
    refused(
        capsys,
        *ev,
        *sets,
        *("--anomalous", str(data / "t400.jsonl"), "--alpha", "0.0005"),
        match="n_cal=500 calibration samples cannot support alpha=0.0005",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["few.jsonl"]


# ----- calibration, distinct inputs: before the model loads ----------------------------------


@pytest.mark.parametrize(
    ("options", "match", "fixes"),
    [
        # One rank suffices for min_p over any number of layers: n_cal >= 1/alpha - 1 = 99.
        (
            ["--holdout", "0.05"],
            "n_cal=50 calibration samples cannot support alpha=0.01",
            ["need n_cal >= 99", "--holdout 0.1", "--alpha 0.02", "at least 1980 trusted records"],
        ),
        # Bonferroni over 3 layers (one channel) needs 3 / (n_cal + 1) <= 0.01, i.e. n_cal >= 299.
        (
            ["--holdout", "0.2", "--combine", "bonferroni", "--position", "last"],
            "n_cal=200 calibration samples cannot support alpha=0.01 with 3 layer(s)",
            [
                "need n_cal >= 299",
                "--holdout 0.3",
                "at most 2 layer(s) in --layers",
                "--combine min_p",
                "--alpha 0.015",
                "at least 1495 trusted records",
            ],
        ),
    ],
)
def test_infeasible_calibration_names_computed_fixes_before_loading(
    capsys, data, tmp_path, options, match, fixes
):
    line = refused(
        capsys,
        *("fit", "--model", str(data / "config-only"), "--data", str(data / "t1000.jsonl")),
        *("--out", str(tmp_path / "d"), *options),
        match=match,
    )
    for fix in fixes:
        assert fix in line, (fix, line)
    assert not (tmp_path / "d").exists()


@pytest.mark.parametrize(
    "fix", [["--holdout", "0.1"], ["--holdout", "0.05", "--alpha", "0.02"], []]
)
def test_the_suggested_fixes_work(capsys, data, tmp_path, fix):
    """Each suggested fix fits; so does the default, which raises the holdout by itself."""
    out = tmp_path / "d"
    code, stdout, err = run(
        capsys,
        *("fit", "--model", "organism", "--data", str(data / "t1000.jsonl"), "--out", str(out)),
        *("--batch-size", "64", *fix),
    )
    assert code == 0, err
    assert json.loads(stdout)["detector"] == str(out)


def test_identical_trusted_prompts_are_refused_before_loading(capsys, data, tmp_path):
    refused(
        capsys,
        *("fit", "--model", str(data / "config-only"), "--data", str(data / "same.jsonl")),
        *("--out", str(tmp_path / "d"), "--alpha", "0.05", "--layers", "2"),
        match="only 1 distinct input(s) among 200 records",
    )


# ----- --out: nothing that is not a detector is replaced --------------------------------------


def test_out_that_is_not_a_detector_is_refused_and_kept(capsys, data, tmp_path):
    folder = tmp_path / "results"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    plain = tmp_path / "plain.txt"
    plain.write_text("keep me too")
    link = tmp_path / "link"
    link.symlink_to(folder)
    fit = ("fit", "--model", str(data / "config-only"), "--data", str(data / "t1000.jsonl"))
    for out, match in (
        (folder, "is not a mad detector"),
        (plain, "is not a directory"),
        (link, "is a symbolic link"),
        (plain / "sub", "is not a directory"),
    ):
        refused(capsys, *fit, "--out", str(out), "--alpha", "0.05", match=match)
    assert (folder / "notes.txt").read_text() == "keep me"
    assert plain.read_text() == "keep me too"
    assert link.is_symlink() and link.resolve() == folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "plain.txt", "results"]


def test_an_existing_detector_is_replaced_only_with_force(capsys, data, detector):
    before = (detector / "detector.json").read_text()
    fit = ("fit", "--model", "organism", "--data", str(data / "t400.jsonl"), "--out", str(detector))
    refused(capsys, *fit, "--layers", "2", "--alpha", "0.05", match="pass --force")
    assert (detector / "detector.json").read_text() == before
    code, _, err = run(capsys, *fit, "--layers", "2", "--alpha", "0.05", "--seed", "3", "--force")
    assert code == 0, err
    assert json.loads((detector / "detector.json").read_text())["data"]["seed"] == 3
    assert siblings(detector) == []


# ----- JSONL: one line with file and line, for fit and score ----------------------------------


BAD_LINES = {
    "huge integer": ('{"prompt": "a", "n": ' + "9" * 5000 + "}", "4300 digits"),
    "deep nesting": ('{"prompt": "a", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested"),
    "lone surrogate": ('{"prompt": "caf\\ud800"}', "lone surrogate \\ud800"),
    "control character": ('{"prompt": "a\tb"}', "Invalid control character at column 14"),
}


@pytest.mark.parametrize("case", sorted(BAD_LINES))
def test_bad_json_lines_are_one_line_with_file_and_line(capsys, data, detector, tmp_path, case):
    text, reason = BAD_LINES[case]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": "fine"}\n' + text + "\n", encoding="utf-8")
    fit = ("fit", "--model", str(data / "config-only"), "--data", str(bad))
    line = refused(capsys, *fit, "--out", str(tmp_path / "d"), match=f"{bad}:2: ")
    assert reason in line and "at at" not in line
    out = tmp_path / "scores.jsonl"
    score = ("score", "--detector", str(detector), "--data", str(bad), "--out", str(out))
    assert reason in refused(capsys, *score, match=f"{bad}:2: ")
    assert not out.exists() and siblings(out) == [] and not (tmp_path / "d").exists()


# ----- score: lengths before capture, no .partial, never over the input -----------------------


def test_too_long_prompt_is_named_by_file_line_and_id_before_capture(
    capsys, detector, data, tmp_path
):
    rows = [json.loads(line) for line in (data / "t400.jsonl").read_text().splitlines()]
    rows[299]["prompt"] = " ".join(["word"] * 300)  # 900 tokens; the organism's context is 128
    source = write_jsonl(tmp_path / "long.jsonl", rows)
    out = tmp_path / "scores.jsonl"
    _, _, err = run(
        capsys, "score", "--detector", str(detector), "--data", str(source), "--out", str(out)
    )
    line = [x for x in err.splitlines() if ": error: " in x]
    assert line == [
        f'mad score: error: {source}:300: record "t299": the prompt has 900 tokens; '
        "generating up to 32 new tokens (--max-new-tokens) leaves room for 96 "
        "in the model's context"
    ]
    assert no_capture(err) and "Traceback" not in err
    assert not out.exists() and siblings(out) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.jsonl"]

    fit = ("fit", "--model", "organism", "--data", str(source), "--out", str(tmp_path / "d"))
    _, _, err = run(capsys, *fit, "--alpha", "0.05", "--layers", "2")
    assert f'{source}:300: record "t299"' in err and no_capture(err)
    assert not (tmp_path / "d").exists()


def test_score_refuses_bad_outputs_before_loading(capsys, detector, data, tmp_path):
    source = tmp_path / "in.jsonl"
    shutil.copy(data / "t400.jsonl", source)
    original = source.read_bytes()
    score = ("score", "--detector", str(detector), "--data", str(source))
    refused(capsys, *score, "--out", str(source), match="would overwrite the input")
    refused(capsys, *score, "--out", str(source / "scores.jsonl"), match="is not a directory")
    refused(capsys, *score, "--out", str(tmp_path), match="is a directory")
    assert source.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_edited_detector_is_refused_in_one_line(capsys, detector, data, tmp_path):
    edited = tmp_path / "edited"
    shutil.copytree(detector, edited)
    manifest = json.loads((edited / "detector.json").read_text())
    manifest["alpha"] = 0.5
    (edited / "detector.json").write_text(json.dumps(manifest, indent=2))
    refused(capsys, "info", str(edited), match="the manifest was edited")
    out = tmp_path / "s.jsonl"
    score = ("score", "--detector", str(edited), "--data", str(data / "t400.jsonl"))
    refused(capsys, *score, "--out", str(out), match="checksum mismatch")
    assert not out.exists()


# ----- --max-new-tokens against the model's context -------------------------------------------


@pytest.fixture(scope="module")
def short_model(tiny_models, word_tokenizer, tmp_path_factory) -> Path:
    """The tiny GPT-2 (a 64-token context) saved like any local model."""
    root = tmp_path_factory.mktemp("short-model")
    tiny_models["gpt2"].save_pretrained(root)
    word_tokenizer.save_pretrained(root)
    return root


def _word_prompts(n: int, seed: int, length: int = 6) -> list[dict]:
    import random

    rng = random.Random(seed)
    return [
        {"id": f"p{i}", "prompt": " ".join(f"w{rng.randint(2, 100)}" for _ in range(length))}
        for i in range(n)
    ]


def test_max_new_tokens_is_sized_from_a_short_context(capsys, short_model, tmp_path):
    source = write_jsonl(tmp_path / "t.jsonl", _word_prompts(200, seed=1))
    fit = ("fit", "--model", str(short_model), "--data", str(source), "--position", "completion")
    fit = (*fit, "--layers", "1", "--alpha", "0.1", "--batch-size", "64")
    refused(
        capsys,
        *fit,
        *("--out", str(tmp_path / "a"), "--max-new-tokens", "64"),
        match="--max-new-tokens 64 leaves no room for a prompt in the model's 64-token context",
        before_load=False,
    )
    assert not (tmp_path / "a").exists()
    code, _, err = run(capsys, *fit, "--out", str(tmp_path / "b"))
    assert code == 0, err
    assert "generating up to 32 tokens" in err  # half the 64-token context, said on stderr
    assert json.loads((tmp_path / "b" / "detector.json").read_text())["max_new_tokens"] == 32


def test_prompt_without_room_to_generate_is_named(capsys, short_model, tmp_path):
    rows = _word_prompts(200, seed=2)
    rows[150]["prompt"] = " ".join(["w5"] * 40)  # fits the context, not with 32 new tokens
    source = write_jsonl(tmp_path / "t.jsonl", rows)
    fit = ("fit", "--model", str(short_model), "--data", str(source), "--position", "completion")
    _, _, err = run(capsys, *fit, "--layers", "1", "--alpha", "0.1", "--out", str(tmp_path / "d"))
    [line] = [x for x in err.splitlines() if ": error: " in x]
    assert f'{source}:151: record "p150": the prompt has 40 tokens' in line
    assert "--max-new-tokens" in line and no_capture(err)


# ----- serve ----------------------------------------------------------------------------------


def test_serve_config_and_key_file_errors_exit_2(detector, tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    for args, match in (
        (["--api-key-file", str(tmp_path / "no-keys")], "API key file"),
        (["--max-queue", "0"], "--max-queue"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "mad.cli", "serve", "--detector", str(detector), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 2, done.stderr
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and match in lines[0] and "Traceback" not in done.stderr
