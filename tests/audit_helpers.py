"""Helpers of the audit tests that run real clients against a real `mad serve`."""

from __future__ import annotations

import json
import math
import warnings
from pathlib import Path
from typing import Any

from mad.detector import Detector
from mad.organisms.backdoor import make_examples
from mad.records import parse_record

SYSTEM = {"role": "developer", "content": "You label reviews."}  # mapped to system everywhere


def chats(n: int, seed: int, *, triggered: bool = False, split: str = "val") -> list[dict]:
    return [
        {
            "messages": [
                {"role": "system", "content": "You label reviews."},
                {"role": "user", "content": e.prompt},
                {"role": "assistant", "content": e.target.strip()},
            ]
        }
        for e in make_examples(n, triggered=triggered, seed=seed, split=split)
    ]


def fit_completion_detector(organism: Any, out: Path) -> str:
    records = [parse_record(r, line=k + 1) for k, r in enumerate(chats(400, seed=0))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        detector = Detector.fit(organism, records, position="completion", alpha=0.05, batch_size=64)
    return str(detector.save(out))


def assert_same_verdict(live: dict[str, Any], row: dict[str, Any], where: str) -> None:
    """The audit row equals the live anomaly, up to float32 capture rounding."""
    assert row["n_tokens"] == live["n_tokens"], where
    assert row["flagged"] == live["flagged"], where
    assert math.isclose(row["p_value"], live["p_value"], abs_tol=1e-12), where
    assert math.isclose(row["score"], live["score"], rel_tol=1e-4, abs_tol=1e-4), where
    for name, layer in live["layers"].items():
        got = row["layers"][name]
        assert math.isclose(got["score"], layer["score"], rel_tol=1e-4), (where, name)
        assert math.isclose(got["p_value"], layer["p_value"], abs_tol=1e-12), (where, name)
    assert [p["token"] for p in row["peaks"]] == [p["token"] for p in live["peaks"]], where


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]
