"""Everything ``mad serve`` can be told, with the defaults a single-host deployment wants.

Every setting is checked here, when the config is built, so a bad one (``--port 99999``, a
negative queue, an unknown log level) is one line naming the flag *before* the model loads, not
a traceback from uvicorn or the loader afterwards. Errors are `mad.errors.ConfigError`.
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import urlsplit

import torch
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from mad.adaptive import DEFAULT_TOLERANCE, MIN_REFERENCE
from mad.errors import ConfigError

LOG_LEVELS = ("debug", "info", "warning", "error", "critical")


class ServeConfig(BaseModel):
    """Server settings; `mad serve` flags map one to one onto these fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    detector: str = Field(min_length=1)
    model: str | None = Field(default=None, min_length=1)
    served_model_name: str | None = Field(default=None, min_length=1)
    host: str = Field(default="127.0.0.1", min_length=1)  # loopback: exposing it is a choice
    port: int = Field(default=8000, ge=1, le=65535)
    action: Literal["log", "annotate", "block"] = "log"
    api_key_file: str | None = Field(default=None, min_length=1)
    auth_health: bool = False  # health probes open by default, for load balancers
    auth_metrics: bool = True  # metrics need the key when one is configured
    flag_log: str | None = Field(default=None, min_length=1)
    log_hashes_only: bool = False
    flag_log_max_bytes: int = Field(default=100 * 2**20, ge=1)
    flag_log_backups: int = Field(default=5, ge=0)
    log_unflagged_rate: float = Field(default=0.0, ge=0.0, le=1.0)
    max_batch_size: int = Field(default=8, ge=1)
    max_wait_ms: float = Field(default=10.0, ge=0.0)
    max_queue: int = Field(default=64, ge=1)
    max_body_bytes: int = Field(default=2**20, ge=1)
    max_prompt_tokens: int | None = Field(default=None, ge=1)  # default: the model's context
    max_tokens_limit: int = Field(default=512, ge=1)
    max_score_items: int = Field(default=256, ge=1)
    per_token: bool = False
    # Adaptive scoring (off by default): judge each request against the last N scored ones too.
    # At most 10,000 records: the window is copied once per batch (~4 ms at 10,000 x 3 layers
    # on a busy 2-core CPU; 46 ms at 100,000), and a prompt-level verdict waits for it.
    adapt_window: int | None = Field(default=None, ge=MIN_REFERENCE, le=10_000)
    adapt_tolerance: float | None = Field(default=None, gt=0.0, lt=0.5)
    # Upstream mode (``--upstream URL``): generation happens there, mad scores the exchanges.
    upstream: str | None = Field(default=None, min_length=1)
    upstream_api_key_file: str | None = Field(default=None, min_length=1)
    upstream_model: str | None = Field(default=None, min_length=1)  # default: the detector's
    upstream_timeout_s: float = Field(default=600.0, gt=0.0)  # per response, or per chunk
    on_model_mismatch: Literal["refuse", "warn"] | None = None  # default: refuse
    on_overload: Literal["queue", "reject", "pass-unscored"] | None = None  # default: queue
    monitored: bool = True  # False: no hooks, no verdicts (a baseline for benchmarks)
    shutdown_timeout_s: float = Field(default=30.0, gt=0.0)
    device: str = "auto"
    allow_model_mismatch: bool = False
    log_level: str = "info"

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as err:
            raise ConfigError(_one_line(err)) from None

    @field_validator("device")
    @classmethod
    def _device(cls, value: str) -> str:
        if value != "auto":
            try:
                torch.device(value)  # syntax only: needs no accelerator
            except RuntimeError:
                message = "must be 'auto' or a torch device such as cpu, cuda, cuda:1"
                raise ValueError(message) from None
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.lower() not in LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
        return value.lower()

    @field_validator("upstream")
    @classmethod
    def _upstream(cls, value: str | None) -> str | None:
        if value is None:
            return value
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an http(s) URL such as http://127.0.0.1:8001/v1")
        if parts.username or parts.password:
            raise ValueError("must not hold credentials (use --upstream-api-key-file)")
        if parts.query or parts.fragment:
            raise ValueError("must be a base URL, without a query or fragment")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ServeConfig:
        if self.log_unflagged_rate > 0 and not self.flag_log:
            raise ValueError("log_unflagged_rate: sampling unflagged cases needs --flag-log")
        if self.adapt_tolerance is not None and self.adapt_window is None:
            raise ValueError("adapt_tolerance: only means something with --adapt-window")
        if self.upstream is None:
            for name in ("upstream_api_key_file", "upstream_model", "on_model_mismatch"):
                if getattr(self, name) is not None:
                    raise ValueError(f"{name}: only means something with --upstream")
            if self.on_overload is not None:
                raise ValueError(
                    "on_overload: only means something with --upstream (mad's own generation "
                    "queue answers 429 when full)"
                )
        return self

    @property
    def overload(self) -> str:
        """What happens to an exchange beyond the scoring backlog (upstream mode), defaulted."""
        return self.on_overload or "queue"

    @property
    def model_mismatch(self) -> str:
        return self.on_model_mismatch or "refuse"

    @property
    def tolerance(self) -> float:
        """The adaptive quantile tolerance, defaulted."""
        return DEFAULT_TOLERANCE if self.adapt_tolerance is None else self.adapt_tolerance


def option(field: str) -> str:
    """The `mad serve` flag of a config field."""
    return "--" + field.replace("_", "-")


def _one_line(err: ValidationError) -> str:
    """The first problem, naming the flag: ``--port: input should be <= 65535, got 99999``."""
    first = err.errors()[0]
    loc = [str(p) for p in first.get("loc", ())]
    message = str(first.get("msg", "invalid value"))
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    if not loc:  # a check across fields names its field itself: "field: problem"
        field, _, rest = message.partition(": ")
        return f"{option(field)}: {rest}" if field in ServeConfig.model_fields else message
    name = loc[0]
    if first.get("type") == "extra_forbidden":
        return f"unknown setting {name!r}"
    if first.get("type") == "missing":
        return f"{option(name)} is required"
    message = message[:1].lower() + message[1:]
    return f"{option(name)}: {message}, got {first.get('input')!r}"
