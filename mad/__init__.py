"""mad: mechanistic anomaly detection for language models."""

__version__ = "0.1.0"
