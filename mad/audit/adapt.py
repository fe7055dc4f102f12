"""``mad audit --adapt``: the audited log is its own traffic reference (see `mad.adaptive`).

Adaptive verdicts need every row of the log, so they are computed when the audit finishes: the
rows already written (by any number of resumed runs) are read back, each level's verdicts are
re-judged against the rest of the log (cross-fitted, so no transcript vouches for itself), and
``scores.jsonl`` is replaced atomically by the adapted rows. Re-running a finished audit adapts
again from the kept trusted p-values, so the result never depends on how often it ran. The
drift report per level goes into ``summary.json``.
"""

from __future__ import annotations

import json
from typing import Any

from mad.adaptive import adapt_rows, check_batch_size
from mad.audit.errors import AuditError
from mad.audit.scoring import Level
from mad.audit.store import SCORES, AuditStore
from mad.detector import Detector
from mad.errors import ConfigError


def adapt_audit(store: AuditStore, levels: list[Level], tolerance: float) -> dict[str, Any]:
    """Adapt every level's verdicts in place on disk; return ``{"tolerance", "drift": {...}}``."""
    rows = list(store.iter_rows())
    try:
        check_batch_size(len(rows))
    except ConfigError as err:
        raise AuditError(f"--adapt: {err}") from None
    primary = levels[0].name
    drift = {}
    for level in levels:
        detector = Detector.load(level.path, load_weights=False)
        views = [row if level.name == primary else row["levels"][level.name] for row in rows]
        for view in views:  # re-adapting a finished audit starts from the trusted verdict
            _restore_trusted(view)
        channels = detector.channels
        drift[level.name] = adapt_rows(
            views,
            detector.calibration,
            detector.alpha,
            channels=(
                {name: detector.channel_calibration(keys) for name, keys in channels.items()}
                if len(channels) > 1
                else None
            ),
            tolerance=tolerance,
        )
        if level.name == primary and len(levels) > 1:
            for row in rows:
                part = row["levels"][primary]
                for key in ("p_value", "flagged", "p_value_trusted", "p_value_traffic"):
                    part[key] = row[key]
                part["flagged_trusted"] = row["flagged_trusted"]
    store.write_lines(SCORES, (json.dumps(row) for row in rows))
    return {"tolerance": tolerance, "drift": drift}


def _restore_trusted(view: dict[str, Any]) -> None:
    if "p_value_trusted" in view:
        view["p_value"] = view["p_value_trusted"]
    for part in (view.get("channels") or {}).values():
        if "p_value_trusted" in part:
            part["p_value"] = part["p_value_trusted"]
