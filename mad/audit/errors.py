"""The one error type of ``mad audit`` a user can fix (the message says how)."""

from __future__ import annotations


class AuditError(ValueError):
    """Bad audit arguments, an undetectable input format, a resume with other arguments, ..."""
