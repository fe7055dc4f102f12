"""mad: mechanistic anomaly detection for language models.

import mad
detector = mad.fit("organism", "trusted.jsonl", out="detector/")
detector = mad.Detector.load("detector/")
rows = detector.score(["a prompt", "another prompt"])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Detector", "fit", "load_model", "__version__"]

if TYPE_CHECKING:
    from mad.detector import Detector, fit
    from mad.models import load_model


def __getattr__(name: str) -> Any:
    # Lazy, so `import mad` (and `mad --help`) does not import torch and transformers.
    if name in ("Detector", "fit"):
        from mad import detector

        return getattr(detector, name)
    if name == "load_model":
        from mad.models import load_model

        return load_model
    raise AttributeError(f"module 'mad' has no attribute {name!r}")
