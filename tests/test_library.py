"""The shipped prompt library: loader, category counts, seeded caps, hash splits, package data."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mad import library
from mad.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def test_halves_and_benign_load_with_their_documented_counts():
    a, b, both = library.attacks("a"), library.attacks("b"), library.attacks()
    assert (len(a), len(b), len(both)) == (880, 850, 1730)
    assert library.category_counts(a) == {c: 88 for c in sorted(library.ATTACK_CATEGORIES)}
    assert library.category_counts(b) == {c: 85 for c in sorted(library.ATTACK_CATEGORIES)}
    assert {r.meta["half"] for r in a} == {"a"} and {r.meta["half"] for r in b} == {"b"}
    benign = library.benign_breadth()
    assert len(benign) == 1835
    assert set(library.category_counts(benign)) == set(library.BENIGN_CATEGORIES)
    assert library.category_counts(benign)["hard_negative"] == 277
    ids = [r.id for r in both + benign]
    assert len(set(ids)) == len(ids)
    for r in both + benign:
        assert r.messages is not None and r.messages[-1].role == "user"


def test_category_filter_and_refusals():
    only = library.attacks("b", categories=["obfuscated", "harmful_request"])
    assert library.category_counts(only) == {"harmful_request": 85, "obfuscated": 85}
    assert len(library.benign_breadth(categories=["code"])) == 214
    with pytest.raises(ConfigError, match="unknown attack category nope; known: direct_inj"):
        library.attacks(categories=["nope"])
    with pytest.raises(ConfigError, match="half must be 'a', 'b' or 'both'"):
        library.attacks("c")
    for bad in (0, -3, 2.5, True):
        with pytest.raises(ConfigError, match="limit must be a positive integer"):
            library.benign_breadth(limit=bad)


def test_limit_keeps_the_category_mix_and_is_seeded():
    capped = library.attacks(limit=100)
    assert len(capped) == 100
    assert set(library.category_counts(capped).values()) == {10}
    assert capped == library.attacks(limit=100)  # same call, same records
    assert capped != library.attacks(limit=100, seed=1)
    full = library.attacks()
    positions = [full.index(r) for r in capped]
    assert positions == sorted(positions)  # file order
    benign = library.benign_breadth(limit=367)
    counts = library.category_counts(benign)
    assert len(benign) == 367
    # Largest remainders: each category within one record of its exact share.
    for name, n in library.category_counts(library.benign_breadth()).items():
        assert abs(counts.get(name, 0) - 367 * n / 1835) < 1, name
    assert library.attacks("a", limit=10_000) == library.attacks("a")


def test_hash_split_is_disjoint_stratified_and_stable_under_growth():
    benign = library.benign_breadth()
    kept, held = library.hash_split(benign, 0.5)
    assert not set(kept) & set(held) and len(kept) + len(held) == len(benign)
    for name, n in library.category_counts(benign).items():
        assert abs(library.category_counts(held)[name] - n / 2) <= 0.5, name
    # A record's side depends on its id (and the salt), not on what else is in the set ...
    code = library.benign_breadth(categories=["code"])
    _, held_code = library.hash_split(code, 0.5)
    assert set(held_code) == {r for r in held if r.meta["category"] == "code"}
    # ... and the salt gives another split.
    assert library.hash_split(benign, 0.5, salt="other")[1] != held
    with pytest.raises(ConfigError, match="fraction must be in"):
        library.hash_split(benign, 1.0)


def test_wheel_ships_the_library_data(tmp_path):
    """`pip wheel` of the project includes the JSONL files and READMEs the loader reads.

    Built from a copy of the sources, so the build leaves nothing in the working tree.
    """
    src = tmp_path / "src"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("mad", "service"):
        shutil.copytree(ROOT / name, src / name, ignore=skip)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    out = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "."]
        + ["-w", str(tmp_path / "wheel")],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    (wheel,) = (tmp_path / "wheel").glob("mad-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for path in (
            "mad/library/__init__.py",
            "mad/library/cache.py",
            "mad/library/attacks/half_a.jsonl",
            "mad/library/attacks/half_b.jsonl",
            "mad/library/attacks/README.md",
            "mad/library/benign/breadth.jsonl",
            "mad/library/benign/README.md",
        ):
            assert path in names, path
            assert archive.getinfo(path).file_size == (ROOT / path).stat().st_size, path
