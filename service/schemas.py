"""Request bodies of the OpenAI-compatible routes, validated strictly.

Unknown fields are refused (as the OpenAI API does), types are strict (``"5"`` is not an
integer), and parameters mad cannot honour are refused with a message naming them rather than
silently ignored: a client that asks for ``n=3`` or ``logprobs`` and gets something else would
draw wrong conclusions. Parameters whose only supported value is the default (``n=1``,
``presence_penalty=0``, ``echo=false`` ...) are accepted at that value, because the official
clients and many tools send them explicitly.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

MAX_STOP = 4


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class StreamOptions(_Strict):
    include_usage: bool = False


class TextPart(_Strict):
    type: Literal["text"]
    text: str


class ChatMessage(_Strict):
    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[TextPart]
    name: str | None = None

    def text(self) -> str:
        if isinstance(self.content, str):
            return self.content
        return "".join(part.text for part in self.content)


class GenerationRequest(_Strict):
    """Fields both generation routes share."""

    model: str
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    n: int = 1
    stream: bool = False
    stream_options: StreamOptions | None = None
    stop: str | list[str] | None = None
    seed: int | None = None
    user: str | None = None
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    logit_bias: dict[str, float] | None = None
    logprobs: Any = None

    @field_validator("stop")
    @classmethod
    def _stops(cls, value: str | list[str] | None) -> str | list[str] | None:
        items = [value] if isinstance(value, str) else (value or [])
        if len(items) > MAX_STOP:
            raise ValueError(f"at most {MAX_STOP} stop sequences are allowed")
        if any(not s for s in items):
            raise ValueError("stop sequences must be non-empty")
        return value

    @model_validator(mode="after")
    def _defaults_only(self) -> GenerationRequest:
        unsupported = {
            "n": self.n != 1,
            "presence_penalty": self.presence_penalty != 0,
            "frequency_penalty": self.frequency_penalty != 0,
            "logit_bias": bool(self.logit_bias),
            "logprobs": self.logprobs not in (None, False),
        }
        for name, bad in unsupported.items():
            if bad:
                raise ValueError(f"unsupported parameter: {name} (only its default is served)")
        if self.stream_options is not None and not self.stream:
            raise ValueError("stream_options is only allowed with stream=true")
        return self

    def stops(self) -> tuple[str, ...]:
        if self.stop is None:
            return ()
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop)

    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)


class ChatRequest(GenerationRequest):
    messages: list[ChatMessage] = Field(min_length=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    top_logprobs: int | None = None
    response_format: dict[str, Any] | None = None
    tools: list[Any] | None = None
    tool_choice: Any = None
    parallel_tool_calls: bool | None = None
    store: bool | None = None
    metadata: dict[str, str] | None = None

    @model_validator(mode="after")
    def _chat_only(self) -> ChatRequest:
        if self.tools or self.tool_choice not in (None, "none"):
            raise ValueError("unsupported parameter: tools (tool calling is not served)")
        if self.top_logprobs is not None:
            raise ValueError("unsupported parameter: top_logprobs")
        if self.response_format not in (None, {"type": "text"}):
            raise ValueError("unsupported parameter: response_format (only type 'text')")
        if self.messages[-1].role == "assistant":
            raise ValueError("messages: the last message must not be from the assistant")
        return self

    def token_budget(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens


class CompletionRequest(GenerationRequest):
    prompt: str | list[str]
    echo: bool = False
    suffix: str | None = None
    best_of: int | None = None

    @field_validator("prompt")
    @classmethod
    def _prompts(cls, value: str | list[str]) -> str | list[str]:
        if isinstance(value, list) and not value:
            raise ValueError("must contain at least one prompt")
        return value

    @model_validator(mode="after")
    def _completion_only(self) -> CompletionRequest:
        if self.echo:
            raise ValueError("unsupported parameter: echo")
        if self.suffix:
            raise ValueError("unsupported parameter: suffix")
        if self.best_of not in (None, 1):
            raise ValueError("unsupported parameter: best_of")
        return self

    def prompts(self) -> list[str]:
        return [self.prompt] if isinstance(self.prompt, str) else list(self.prompt)

    def token_budget(self) -> int | None:
        return self.max_tokens


class ScoreItem(_Strict):
    """One transcript, in the shape of a ``mad score`` input line."""

    id: str | None = None
    prompt: str | None = None
    completion: str | None = None
    messages: list[ChatMessage] | None = None


class ScoreRequest(_Strict):
    model: str | None = None
    input: list[ScoreItem] = Field(min_length=1)
    per_token: bool = False
