"""Structured application logs: one JSON object per line on stderr.

Log collectors parse JSON without regexes, and fixed keys (``ts``, ``level``, ``logger``,
``msg`` plus whatever a call passes in ``extra``) make queries stable. Uvicorn's own loggers are
routed through the same formatter (and transformers' and Python warnings too, with progress bars
off), so a deployment sees a single format. Request logs carry ids,
routes, statuses, timings and token counts, never prompt or completion text.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else came from `extra=` and is emitted as a field.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "color_message"}


class JSONFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                out[key] = value
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, default=str)


def configure(level: str = "info") -> None:
    """Send mad's, uvicorn's and transformers' logs and Python warnings to stderr as JSON."""
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # progress bars are not log lines
    hf_logging.disable_default_handler()
    logging.captureWarnings(True)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JSONFormatter())
    for name in ("mad", "uvicorn", "uvicorn.error", "transformers", "py.warnings"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level.upper())
        logger.propagate = False
    if logging.getLogger("mad").level > logging.DEBUG:  # its info lines are loader chatter
        logging.getLogger("transformers").setLevel(logging.WARNING)
    # Requests are logged by the service itself, with ids and timings; uvicorn's would duplicate.
    logging.getLogger("uvicorn.access").disabled = True
