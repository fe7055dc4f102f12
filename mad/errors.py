"""The one error hierarchy of mad: everything a user can fix is a `MadError`.

Each layer raises its own subclass (a bad input line, a capture that cannot run, a calibration
set too small, ...) so tests and callers can tell them apart, but the faces (CLI, service, audit)
catch `MadError` alone and print or return its one-line message. A face never needs to import the
error types of the layers below it.

`MadError` subclasses `ValueError` because every one of these is, at heart, a value the user
passed that mad cannot work with; code written before the hierarchy existed that catches
`ValueError` keeps working.
"""

from __future__ import annotations


class MadError(ValueError):
    """A problem the user can fix; ``str(err)`` is one line that says what and where."""


class ConfigError(MadError):
    """A command-line option or API argument out of range, or options that contradict each other."""


class ModelLoadError(MadError):
    """A model name or path that does not resolve to a loadable causal LM."""
