"""The one error type of ``mad audit`` a user can fix (the message says how)."""

from __future__ import annotations

from mad.errors import MadError


class AuditError(MadError):
    """Bad audit arguments, an undetectable input format, a resume with other arguments, ..."""
