"""A self-contained HTML report for ``mad eval``: tables, score histograms and ROC curves.

Figures are drawn with matplotlib (the ``report`` extra) and embedded as base64 PNGs, so the
report is one file a person can open or send on.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence
from typing import Any

import numpy as np


def roc_curve(negative: np.ndarray, positive: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """False- and true-positive rates at every threshold (higher score = positive)."""
    scores = np.concatenate([negative, positive])
    labels = np.concatenate([np.zeros(len(negative)), np.ones(len(positive))])
    order = np.argsort(-scores, kind="stable")
    scores, labels = scores[order], labels[order]
    distinct = np.r_[np.flatnonzero(np.diff(scores)), len(scores) - 1]
    tps = np.cumsum(labels)[distinct]
    fps = (distinct + 1) - tps
    return np.r_[0.0, fps / len(negative)], np.r_[0.0, tps / len(positive)]


def _png(fig: Any) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode()


def _figures(report: dict[str, Any]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    results = [r for r in report["results"] if r.error is None]
    if not results:
        return ""
    fig, axes = plt.subplots(1, len(results), figsize=(3.2 * len(results), 2.6), squeeze=False)
    for ax, r in zip(axes[0], results, strict=True):
        both = np.concatenate([r.normal_scores, r.anomalous_scores])
        lo, hi = np.percentile(both, [0.5, 99.5])
        bins = np.linspace(lo, hi if hi > lo else lo + 1, 40)
        ax.hist(np.clip(r.normal_scores, lo, hi), bins=bins, alpha=0.6, label="normal")
        ax.hist(np.clip(r.anomalous_scores, lo, hi), bins=bins, alpha=0.6, label="anomalous")
        ax.axvline(1.0, color="k", lw=0.8, ls="--")
        ax.set_title(f"{r.name}\nAUROC {r.metrics['auroc']:.3f}", fontsize=9)
        ax.tick_params(labelsize=7)
    axes[0][0].legend(fontsize=7)
    hist = _png(fig)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(3.6, 3.4))
    for r in results:
        fpr, tpr = roc_curve(r.normal_scores, r.anomalous_scores)
        ax.plot(fpr, tpr, label=f"{r.name} ({r.metrics['auroc']:.3f})", lw=1.2)
    ax.plot([0, 1], [0, 1], color="grey", lw=0.6, ls=":")
    ax.set_xlabel("false-positive rate", fontsize=8)
    ax.set_ylabel("true-positive rate", fontsize=8)
    ax.legend(fontsize=7, loc="lower right")
    ax.tick_params(labelsize=7)
    roc = _png(fig)
    plt.close(fig)
    return (
        f'<img alt="score histograms" src="data:image/png;base64,{hist}">'
        f'<img alt="ROC curves" src="data:image/png;base64,{roc}">'
    )


def render_html(reports: Sequence[dict[str, Any]]) -> str:
    """The whole report: per task a table of every scorer, histograms and ROC curves."""
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>mad eval</title><style>",
        "body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px}"
        "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;"
        "padding:3px 8px;text-align:right}th{background:#f3f3f3}td:first-child{text-align:left}"
        "img{margin:4px;max-width:100%}.note{color:#555;font-size:90%}",
        "</style></head><body><h1>mad eval</h1>",
        "<p class='note'>Histograms show each scorer's combined score (1.0 = the alert threshold "
        "of the most anomalous layer). AUROC: anomalous vs normal. TPR@1%: detection rate at an "
        "empirical 1 % false-positive rate. TPR@&alpha; / FPR@&alpha;: flag rates of the "
        "calibrated detector at its stated alpha.</p>",
    ]
    for report in reports:
        counts = report["counts"]
        parts.append(f"<h2>{html.escape(report['task'])}</h2>")
        parts.append(
            f"<p>{html.escape(report['description'])}<br>model <code>"
            f"{html.escape(report['model'])}</code>, position <code>{report['position']}</code>, "
            f"layers <code>{html.escape(', '.join(report['layers']))}</code>, alpha "
            f"{report['alpha']}; {counts['trusted']} trusted, {counts['normal']} normal, "
            f"{counts['anomalous']} anomalous ({counts['labelled_anomalies']} more labelled for "
            f"the probe).</p>"
        )
        parts.append(
            "<table><tr><th>scorer</th><th>needs</th><th>AUROC</th><th>TPR@1%</th>"
            "<th>TPR@&alpha;</th><th>FPR@&alpha; (95% CI)</th><th>fit+score s</th></tr>"
        )
        for r in report["results"]:
            if r.error:
                parts.append(
                    f"<tr><td>{r.name}</td><td>{r.needs}</td>"
                    f"<td colspan=5>error: {html.escape(r.error)}</td></tr>"
                )
                continue
            m = r.metrics
            parts.append(
                f"<tr><td>{r.name}</td><td>{r.needs}</td><td>{m['auroc']:.3f}</td>"
                f"<td>{m['tpr_at_1pct_fpr']:.3f}</td><td>{m['tpr_at_alpha']:.3f}</td>"
                f"<td>{m['fpr_at_alpha']:.3f} ({m['fpr_ci95'][0]:.3f}&ndash;"
                f"{m['fpr_ci95'][1]:.3f})</td><td>{r.seconds:.1f}</td></tr>"
            )
        parts.append("</table>")
        parts.append(_figures(report))
    parts.append("</body></html>")
    return "\n".join(parts)
