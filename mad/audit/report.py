"""``report.html``: one self-contained page an auditor opens in a browser or sends on.

It shows, per level, the audited scores against the detector's own calibration scores (held-out
trusted data; the alert threshold is at 1), the flagged rate against alpha with its interval,
the flagged rate over time when the logs carry timestamps, and a table of the top flagged
transcripts with their peak tokens highlighted in the text the model read.

Logs are untrusted input: every piece of log text is HTML-escaped, and the page forbids scripts
and remote loads (a Content-Security-Policy of ``default-src 'none'``); figures are inline PNGs
(matplotlib, the ``report`` extra). The flagged rows are ``<tr class="flagged" data-id=...>``.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import numpy as np

from mad.audit.scoring import Level
from mad.audit.summary import Tally
from mad.detector import Detector
from mad.records import Rendered

PROMPT_CHARS = 1500
COMPLETION_CHARS = 3000
_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
_STYLE = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1200px;color:#222;padding:0 1em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:3px 8px;
vertical-align:top}th{background:#f3f3f3;text-align:left}td.num{text-align:right;
font-variant-numeric:tabular-nums}.note{color:#555;font-size:90%}img{max-width:100%;margin:4px}
.text{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:85%;max-width:720px;
overflow-wrap:anywhere}.prompt{color:#555}mark.peak{background:#ffb347;border-radius:2px;
padding:0 1px}.chip{font-family:ui-monospace,monospace;background:#ffe0b2;border-radius:3px;
padding:0 3px;margin-right:4px;white-space:pre}.above{color:#b00020;font-weight:600}
.eos{color:#b00020;font-size:80%}
"""


def calibration_scores(level: Level) -> np.ndarray:
    """The detector's held-out trusted scores on the scale of a row's ``score``.

    The scale is the documented one of ``mad score``: per layer (s - median) / (threshold -
    median) over the calibration scores, maximised over layers; computed here from the
    detector's public calibration.
    """
    calibration = Detector.load(level.path, load_weights=False).calibration
    thresholds = calibration.thresholds()
    per_layer = []
    for name, scores in calibration.cal_scores.items():
        centre = float(np.median(scores))
        scale = max(thresholds[name] - centre, 1e-12 * max(1.0, abs(centre)))
        per_layer.append((np.asarray(scores, float) - centre) / scale)
    return np.max(np.stack(per_layer), axis=0)


def render_report(
    summary: Mapping[str, Any],
    tally: Tally,
    texts: Mapping[str, Rendered],
    tokenizer: Any,
) -> str:
    """The whole page; `texts` holds the rendered prompt and completion of the listed ids."""
    e = html.escape
    audit, counts = summary["audit"], summary["counts"]
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<meta http-equiv='Content-Security-Policy' content=\"{_CSP}\">",
        "<title>mad audit report</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>mad audit</h1>",
        f"<p class='note'>Generated {e(summary['generated_at'])} by mad "
        f"{e(summary['mad_version'])}. Input ({e(audit['format'])}): "
        + ", ".join(f"<code>{e(p)}</code>" for p in audit["data"])
        + "</p>",
        "<h2>Detectors</h2><table><tr><th>level</th><th>detector</th><th>position</th>"
        "<th>scorer</th><th>model</th><th>alpha</th></tr>",
    ]
    for lv in tally.levels:
        parts.append(
            f"<tr><td>{e(lv.name)}</td><td><code>{e(lv.detector_id)}</code></td>"
            f"<td>{e(lv.position)}</td><td>{e(lv.scorer)}</td><td>{e(lv.model)}</td>"
            f"<td class='num'>{lv.alpha:g}</td></tr>"
        )
    parts.append("</table>")
    parts.append(
        f"<h2>Results</h2><p>{counts['scored']} transcripts scored, <b>{counts['flagged']} "
        f"flagged</b> (at any level), {counts['errors']} errors (see <code>errors.jsonl</code>), "
        f"{counts['skipped']} entries skipped"
        + (
            " (" + ", ".join(f"{e(k)}: {v}" for k, v in counts["skipped_by_reason"].items()) + ")"
            if counts["skipped"]
            else ""
        )
        + ".</p>"
    )
    parts.append(
        "<table><tr><th>level</th><th>scored</th><th>flagged</th><th>flagged rate (95% CI)</th>"
        "<th>alpha</th><th>vs alpha</th></tr>"
    )
    for name, lv in summary["levels"].items():
        rate = lv["flagged_rate"]
        shown = "&ndash;" if rate is None else f"{rate:.4f}"
        low, high = lv["ci95"]
        parts.append(
            f"<tr><td>{e(name)}</td><td class='num'>{lv['scored']}</td>"
            f"<td class='num'>{lv['flagged']}</td><td class='num'>{shown} ({low:.4f}&ndash;"
            f"{high:.4f})</td><td class='num'>{lv['alpha']:g}</td>"
            f"<td class='{e(lv['vs_alpha'])}'>{e(lv['vs_alpha'])}</td></tr>"
        )
    parts.append(
        "</table><p class='note'>On traffic like the detector's trusted data the flagged rate is "
        "at most alpha. <i>above</i>: the whole interval lies above alpha, so this traffic holds "
        "more anomalies than chance explains, or has drifted from the trusted data.</p>"
    )
    parts.append(_figures(summary, tally))
    parts.append(_top_table(tally, texts, tokenizer))
    parts.append("</body></html>")
    return "\n".join(parts)


def _figures(summary: Mapping[str, Any], tally: Tally) -> str:
    try:
        import matplotlib
    except ImportError:
        return "<p class='note'>Figures need matplotlib: pip install 'mad[report]'.</p>"
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = ["<h2>Scores against calibration</h2>"]
    n = len(tally.levels)
    fig, axes = plt.subplots(1, n, figsize=(4.2 * n, 3.0), squeeze=False)
    for ax, lv in zip(axes[0], tally.levels, strict=True):
        audited = np.asarray(tally.scores[lv.name], float)
        calibration = calibration_scores(lv)

        def squash(x: np.ndarray) -> np.ndarray:
            return np.sign(x) * np.log10(1 + np.abs(x))

        both = np.concatenate([squash(audited), squash(calibration)])
        bins = np.linspace(both.min(), max(both.max(), both.min() + 1e-6), 50)
        ax.hist(squash(calibration), bins=bins, density=True, alpha=0.55, label="calibration")
        if len(audited):
            ax.hist(squash(audited), bins=bins, density=True, alpha=0.55, label="audited")
        ax.axvline(squash(np.array([1.0]))[0], color="k", lw=0.8, ls="--")
        ticks = [
            v
            for v in (-10, -1, 0, 1, 10, 100, 1000, 10000)
            if bins[0] <= squash(np.array([v]))[0] <= bins[-1]
        ]
        ax.set_xticks(squash(np.array(ticks, float)), [str(t) for t in ticks])
        ax.set_title(f"{lv.name} (threshold at 1)", fontsize=9)
        ax.set_xlabel("score (log scale beyond ±1)", fontsize=8)
        ax.tick_params(labelsize=7)
        ax.legend(fontsize=7)
    out.append(_img(fig, "score distributions"))
    plt.close(fig)

    time = summary.get("time")
    if time and time["bins"]:
        from matplotlib import dates

        starts = [datetime.fromisoformat(b["start"].replace("Z", "+00:00")) for b in time["bins"]]
        x = dates.date2num(starts)
        fig, ax = plt.subplots(figsize=(8.5, 2.8))
        totals = np.array([b["n"] for b in time["bins"]], float)
        for lv in tally.levels:
            flagged = np.array([b["flagged"][lv.name] for b in time["bins"]], float)
            rate = np.divide(flagged, totals, out=np.full_like(totals, np.nan), where=totals > 0)
            line = ax.plot(x, rate, marker="o", ms=3, lw=1.2, label=f"{lv.name}")[0]
            ax.axhline(lv.alpha, color=line.get_color(), lw=0.8, ls="--")
        ax.set_ylabel("flagged rate", fontsize=8)
        ax.xaxis.set_major_formatter(dates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
        ax.tick_params(labelsize=7)
        ax.legend(fontsize=7)
        ax.set_title(
            f"flagged rate per {_duration(time['bin_seconds'])} (dashed: alpha); "
            f"{time['with_timestamp']} transcripts with timestamps",
            fontsize=9,
        )
        out.append("<h2>Flagged rate over time</h2>")
        out.append(_img(fig, "flagged rate over time"))
        plt.close(fig)
    return "\n".join(out)


def _img(fig: Any, alt: str) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    data = base64.b64encode(buffer.getvalue()).decode()
    return f'<img alt="{alt}" src="data:image/png;base64,{data}">'


def _duration(seconds: int) -> str:
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds % size == 0:
            count = seconds // size
            return unit if count == 1 else f"{count} {unit}s"
    return f"{seconds} s"


def _top_table(tally: Tally, texts: Mapping[str, Rendered], tokenizer: Any) -> str:
    e = html.escape
    top = tally.top(flagged_only=True)
    if not top:
        listed = "None." if not tally.flagged_any().any() else "Not listed (top-k is 0)."
        return f"<h2>Flagged transcripts</h2><p>{listed}</p>"
    names = [lv.name for lv in tally.levels]
    rows = [
        f"<h2>Top flagged transcripts</h2><p class='note'>The {len(top)} flagged transcripts "
        "with the highest scores (at most top-k). Highlighted: the peak tokens of token-level "
        "detectors, where a person should look.</p>",
        "<table id='flagged'><tr><th>#</th><th>id</th><th>time</th>"
        + "".join(f"<th>{e(n)}</th>" for n in names)
        + "<th>transcript (prompt tail, then the logged answer)</th></tr>",
    ]
    for rank, entry in enumerate(top, 1):
        cells = []
        for name in names:
            part = entry["levels"][name]
            mark = " <b>FLAGGED</b>" if part["flagged"] else ""
            chips = "".join(
                f"<span class='chip'>{e(repr(p['token']))}</span>" for p in part.get("peaks", [])
            )
            cells.append(
                f"<td class='num'>{part['score']:.3g}<br>p {part['p_value']:.3g}{mark}"
                + (f"<br>{chips}" if chips else "")
                + "</td>"
            )
        rendered = texts.get(entry["id"])
        text = _transcript(rendered, entry, tokenizer) if rendered else "<i>text not found</i>"
        source = str(entry["source_file"])
        where = f"{source.rsplit('/', 1)[-1]}:{entry['source_line']}"
        when = (entry.get("timestamp") or "").replace(".000000Z", "Z").replace("T", " ")
        rows.append(
            f"<tr class='flagged' data-id=\"{e(entry['id'])}\"><td class='num'>{rank}</td>"
            f"<td><code>{e(entry['id'])}</code><br><span class='note' title=\"{e(source)}\">"
            f"{e(where)}</span></td><td>{e(when)}</td>{''.join(cells)}"
            f"<td><div class='text'>{text}</div></td></tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _transcript(rendered: Rendered, entry: Mapping[str, Any], tokenizer: Any) -> str:
    """The prompt's tail and the answer, escaped, with peak tokens marked."""
    levels = entry["levels"]
    prompt_marks = _marks(rendered.prompt, levels.get("prompt_tokens"), tokenizer, prompt=True)
    prompt = _highlight(rendered.prompt, prompt_marks, PROMPT_CHARS, keep="tail")
    out = f"<span class='prompt'>{prompt}</span>"
    if rendered.completion is not None:
        marks = _marks(rendered.completion, levels.get("completion"), tokenizer, prompt=False)
        out += _highlight(rendered.completion, marks, COMPLETION_CHARS, keep="head")
        completion_peaks = (levels.get("completion") or {}).get("peaks", [])
        ends = _eos_index(rendered.completion, tokenizer)
        if ends is not None and any(p["index"] == ends for p in completion_peaks):
            out += "<mark class='peak eos'>[end of answer]</mark>"
    return out


def _token_spans(text: str, tokenizer: Any, *, prompt: bool) -> list[tuple[int, int]] | None:
    """Character span of each token the detector scored, or None when offsets are unavailable.

    Tokenized as capture does: a completion on its own (then the EOS a finished generation
    emits), a prompt with the tokenizer's special tokens unless it starts with BOS.
    """
    bos = getattr(tokenizer, "bos_token", None)
    add_special = prompt and not (bos and text.startswith(bos))
    try:
        encoded = tokenizer(text, add_special_tokens=add_special, return_offsets_mapping=True)
    except (NotImplementedError, ValueError, TypeError):
        return None  # slow tokenizers have no offsets
    return [tuple(span) for span in encoded["offset_mapping"]]


def _eos_index(completion: str, tokenizer: Any) -> int | None:
    spans = _token_spans(completion, tokenizer, prompt=False)
    return None if spans is None else len(spans)


def _marks(
    text: str, part: Mapping[str, Any] | None, tokenizer: Any, *, prompt: bool
) -> list[tuple[int, int, float]]:
    if not part or not part.get("peaks"):
        return []
    spans = _token_spans(text, tokenizer, prompt=prompt)
    if spans is None:
        return []
    n_tokens = part.get("n_tokens")
    if n_tokens not in (len(spans), len(spans) + (0 if prompt else 1)):
        return []  # tokenization differs from what was scored: show the chips only
    marks = []
    for peak in part["peaks"]:
        j = peak["index"]
        if j < len(spans) and spans[j][1] > spans[j][0]:
            marks.append((spans[j][0], spans[j][1], float(peak["score"])))
    return marks


def _highlight(text: str, marks: Sequence[tuple[int, int, float]], limit: int, *, keep: str) -> str:
    """Escaped `text` (cut to `limit` characters) with the marked spans in ``<mark>``."""
    start, end = (
        (max(0, len(text) - limit), len(text)) if keep == "tail" else (0, min(len(text), limit))
    )
    pieces, cursor = [], start
    for lo, hi, score in sorted(marks):
        lo, hi = max(lo, cursor), min(hi, end)
        if lo >= hi:
            continue
        pieces.append(html.escape(text[cursor:lo]))
        pieces.append(
            f"<mark class='peak' title='score {score:.3g}'>{html.escape(text[lo:hi])}</mark>"
        )
        cursor = hi
    pieces.append(html.escape(text[cursor:end]))
    prefix = "&hellip;" if start > 0 else ""
    suffix = "&hellip;" if end < len(text) else ""
    return prefix + "".join(pieces) + suffix
