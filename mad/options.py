"""Option values checked in one place, for the command line and the Python API alike.

Each check takes a value and returns it (converted) or raises a one-line `ConfigError` naming the
option, so ``mad fit --alpha 2`` and ``Detector.fit(alpha=2)`` refuse with the same words, and
both refuse before anything expensive (loading a model, capturing) has run. `arg` adapts a check
to an argparse ``type=``, which turns the refusal into argparse's own one-line error.
"""

from __future__ import annotations

import argparse
import math
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from mad.errors import ConfigError

T = TypeVar("T")


def probability(name: str, value: Any) -> float:
    """A finite number strictly between 0 and 1 (alpha, holdout)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{name} must be a number in (0, 1), got {value!r}") from None
    if isinstance(value, bool) or not math.isfinite(number) or not 0.0 < number < 1.0:
        raise ConfigError(f"{name} must be a number in (0, 1), got {value!r}")
    return number


def integer(
    name: str, value: Any, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    """An integer within [minimum, maximum] (batch sizes, token counts, ports)."""
    if isinstance(value, bool):
        raise ConfigError(f"{name} must be an integer, got {value!r}")
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise ConfigError(f"{name} must be an integer, got {value!r}") from None
    if not isinstance(value, int):
        raise ConfigError(f"{name} must be an integer, got {value!r}")
    if minimum is not None and value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ConfigError(f"{name} must be at most {maximum}, got {value}")
    return value


def choice(name: str, value: Any, choices: Iterable[str]) -> str:
    """One of a fixed set of names."""
    known = list(choices)
    if value not in known:
        raise ConfigError(f"unknown {name} {value!r}; choose from {', '.join(known)}")
    return str(value)


def port(value: Any) -> int:
    """A TCP port to bind, 1-65535."""
    return integer("port", value, minimum=1, maximum=65535)


def scorer_name(value: Any) -> str:
    """A registered scorer (the registry is imported only when a scorer is named)."""
    from mad.scorers import SCORERS

    return choice("scorer", value, sorted(SCORERS))


def writable_dir(path: str | Path) -> Path:
    """`path` as an absolute path, if files can be created in it (or, if it does not exist yet,
    in the nearest existing directory above it). Probed for real: nothing is left behind."""
    target = Path(path).absolute()
    probe = target
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    if probe == target and not probe.is_dir():
        raise ConfigError(f"{target}: is not a directory")
    if not probe.is_dir():
        raise ConfigError(f"{target}: cannot be created: {probe} is not a directory")
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".mad-probe-", dir=probe))
    except OSError as err:
        raise ConfigError(f"{target}: cannot write there ({err.strerror or err})") from None
    return target


def output_file(path: str | Path) -> Path:
    """An output file path that can be written (via a sibling) and is not a directory."""
    target = Path(path).absolute()
    if target.is_dir():
        raise ConfigError(f"{target}: is a directory; give a file name for the output")
    writable_dir(target.parent)
    return target


def arg(check: Callable[[str], T]) -> Callable[[str], T]:
    """An argparse ``type=`` running `check`; its message becomes argparse's one-line error."""

    def convert(text: str) -> T:
        try:
            return check(text)
        except ConfigError as err:
            raise argparse.ArgumentTypeError(str(err)) from None

    convert.__name__ = getattr(check, "__name__", "value")
    return convert
