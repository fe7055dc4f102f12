"""What a generation job tells its request, as typed events (the engine puts them on the job's
queue; `mad_service.replies` turns them into an OpenAI response).

Per choice, in order: at most one `PromptVerdict` (the prompt-level verdict, right after
prefill, before any text), any number of `TextDelta`, then `Finished` (the row and its final
verdict) or `Failed` (an exception the client must hear about).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mad.monitor import MonitoredGeneration


@dataclass(frozen=True)
class PromptVerdict:
    choice: int
    anomaly: dict[str, Any]


@dataclass(frozen=True)
class TextDelta:
    choice: int
    text: str


@dataclass(frozen=True)
class Finished:
    choice: int
    result: MonitoredGeneration


@dataclass(frozen=True)
class Failed:
    choice: int
    error: Exception


Event = PromptVerdict | TextDelta | Finished | Failed
