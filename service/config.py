"""Everything ``mad serve`` can be told, with the defaults a single-host deployment wants."""

from __future__ import annotations

from dataclasses import dataclass

ACTIONS = ("log", "annotate", "block")


@dataclass(frozen=True)
class ServeConfig:
    """Server settings; `mad serve` flags map one to one onto these fields."""

    detector: str
    model: str | None = None
    served_model_name: str | None = None
    host: str = "127.0.0.1"  # loopback: exposing the server is a deliberate choice
    port: int = 8000
    action: str = "log"
    api_key_file: str | None = None
    auth_health: bool = False  # health probes open by default, for load balancers
    auth_metrics: bool = True  # metrics need the key when one is configured
    flag_log: str | None = None
    log_hashes_only: bool = False
    flag_log_max_bytes: int = 100 * 2**20
    flag_log_backups: int = 5
    log_unflagged_rate: float = 0.0
    max_batch_size: int = 8
    max_wait_ms: float = 10.0
    max_queue: int = 64
    max_body_bytes: int = 2**20
    max_prompt_tokens: int | None = None  # default: the model's context
    max_tokens_limit: int = 512
    max_score_items: int = 256
    per_token: bool = False
    shutdown_timeout_s: float = 30.0
    device: str = "auto"
    allow_model_mismatch: bool = False
    log_level: str = "info"

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"action must be one of {ACTIONS}, got {self.action!r}")
        positive = {
            "max_batch_size": self.max_batch_size,
            "max_queue": self.max_queue,
            "max_body_bytes": self.max_body_bytes,
            "max_tokens_limit": self.max_tokens_limit,
            "max_score_items": self.max_score_items,
        }
        for name, value in positive.items():
            if value < 1:
                raise ValueError(f"{name} must be at least 1, got {value}")
        if self.max_wait_ms < 0:
            raise ValueError("max_wait_ms must be >= 0")
        if not 0.0 <= self.log_unflagged_rate <= 1.0:
            raise ValueError("log_unflagged_rate must be in [0, 1]")
