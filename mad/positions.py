"""Where in a record a detector reads the model: the one vocabulary every module uses.

- prompt-level, one vector per record: ``last`` (the last prompt token, the state that chooses
  the first answer token) and ``mean`` (the mean over the prompt's tokens);
- token-level, one vector per token: ``all`` (every prompt token) and ``completion`` (every
  completion token, represented by the state that predicted it).

A detector's *channels* group its features by the kind of evidence they give; the level names
below are what rows, audits and metrics call them.
"""

from __future__ import annotations

from typing import Literal

Position = Literal["last", "mean", "all", "completion"]
PROMPT_LEVEL: tuple[Position, ...] = ("last", "mean")
TOKEN_LEVEL: tuple[Position, ...] = ("all", "completion")
POSITIONS: tuple[Position, ...] = PROMPT_LEVEL + TOKEN_LEVEL
# Positions read during a prompt's forward pass (prefill), before anything is generated.
PREFILL: tuple[Position, ...] = ("last", "mean", "all")
# What each position is evidence of: the channel name a detector gives it by default.
LEVELS: dict[str, str] = {
    "last": "prompt",
    "mean": "prompt",
    "all": "prompt_tokens",
    "completion": "completion",
}


def is_token_level(position: str) -> bool:
    return position in TOKEN_LEVEL
