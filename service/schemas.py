"""Request bodies of the OpenAI-compatible routes, validated strictly.

Every parameter of OpenAI's chat/completions and completions APIs that mad accepts is honoured;
every other one is refused with a 400 naming it, never dropped: a client that asks for ``n=3``,
``logprobs`` or ``store=true`` and silently gets something else would draw wrong conclusions.
Unknown fields are refused (as the OpenAI API does) and types are strict (``"5"`` is not an
integer). Parameters whose only supported value is the default (``n=1``,
``presence_penalty=0``, ``echo=false``, ``store=false`` ...) are accepted at that value, because
the official clients and many tools send them explicitly.

How the accepted ones are honoured: ``temperature``/``top_p``/``seed`` choose the decoding (greedy
when ``temperature`` is absent, 0 or below `GREEDY_BELOW`); ``stop``, ``max_tokens`` /
``max_completion_tokens`` end rows; ``stream``/``stream_options`` shape the reply; ``user`` goes
to the flagged-case log and the access log (hashed with ``--log-hashes-only``) and ``metadata``
to the flagged-case log; ``tool_choice: "none"`` and ``parallel_tool_calls`` hold trivially, as
no tools are served.

All text must be valid Unicode: a lone surrogate (JSON ``"\\ud800"``) cannot be tokenised, logged
or echoed, so it is refused here with the field named rather than failing deep inside.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

MAX_STOP = 4
MAX_STOP_CHARS = 512  # a stop string is matched at every token; bound its cost
MAX_USER_CHARS = 256  # it is written to every access-log line
MAX_METADATA = 16  # OpenAI's bounds for `metadata`
MAX_METADATA_KEY = 64
MAX_METADATA_VALUE = 512
SEED_MIN, SEED_MAX = -(2**63), 2**63 - 1  # a signed 64-bit integer, as OpenAI documents it
GREEDY_BELOW = 1e-5  # smaller temperatures overflow float32 logits; their limit is greedy


def _unicode(value: str) -> str:
    """Refuse lone surrogates, which no tokenizer, log or UTF-8 response can carry."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        code = ord(value[err.start])
        raise ValueError(
            f"contains a lone surrogate (U+{code:04X} at character {err.start}); "
            "text must be valid Unicode"
        ) from None
    return value


Text = Annotated[str, AfterValidator(_unicode)]
User = Annotated[str, StringConstraints(max_length=MAX_USER_CHARS), AfterValidator(_unicode)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class StreamOptions(_Strict):
    include_usage: bool = False


class TextPart(_Strict):
    type: Literal["text"]
    text: Text


class ChatMessage(_Strict):
    role: Literal["system", "developer", "user", "assistant"]
    content: Text | list[TextPart]
    name: Text | None = None

    @field_validator("name")
    @classmethod
    def _no_name(cls, value: str | None) -> str | None:
        if value:
            raise ValueError(
                "unsupported: messages are rendered with the model's chat template, "
                "which has no place for a participant name"
            )
        return value

    def text(self) -> str:
        if isinstance(self.content, str):
            return self.content
        return "".join(part.text for part in self.content)


class GenerationRequest(_Strict):
    """Fields both generation routes share."""

    model: Text
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    n: int = 1
    stream: bool = False
    stream_options: StreamOptions | None = None
    stop: Text | list[Text] | None = None
    seed: int | None = Field(default=None, ge=SEED_MIN, le=SEED_MAX)
    user: User | None = None
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    logit_bias: dict[Text, float] | None = None

    @field_validator("stop")
    @classmethod
    def _stops(cls, value: str | list[str] | None) -> str | list[str] | None:
        items = [value] if isinstance(value, str) else (value or [])
        if len(items) > MAX_STOP:
            raise ValueError(f"at most {MAX_STOP} stop sequences are allowed")
        if any(not s for s in items):
            raise ValueError("stop sequences must be non-empty")
        if any(len(s) > MAX_STOP_CHARS for s in items):
            raise ValueError(f"stop sequences must be at most {MAX_STOP_CHARS} characters")
        return value

    @model_validator(mode="after")
    def _defaults_only(self) -> GenerationRequest:
        unsupported = {
            "n": self.n != 1,
            "presence_penalty": self.presence_penalty != 0,
            "frequency_penalty": self.frequency_penalty != 0,
            "logit_bias": bool(self.logit_bias),
        }
        for name, bad in unsupported.items():
            if bad:
                raise ValueError(f"unsupported parameter: {name} (only its default is served)")
        if self.stream_options is not None and not self.stream:
            raise ValueError("stream_options: only allowed with stream=true")
        return self

    def stops(self) -> tuple[str, ...]:
        if self.stop is None:
            return ()
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop)

    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)

    def sampled(self) -> bool:
        """Whether tokens are sampled; otherwise decoding is greedy (and `seed` is moot)."""
        return self.temperature is not None and self.temperature >= GREEDY_BELOW


class ChatRequest(GenerationRequest):
    messages: list[ChatMessage] = Field(min_length=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    logprobs: bool | None = None
    top_logprobs: int | None = None
    response_format: dict[str, object] | None = None
    tools: list[object] | None = None
    tool_choice: object = None
    parallel_tool_calls: bool | None = None
    store: bool | None = None
    metadata: dict[Text, Text] | None = None

    @field_validator("metadata")
    @classmethod
    def _metadata(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        if value is None:
            return None
        if len(value) > MAX_METADATA:
            raise ValueError(f"at most {MAX_METADATA} key-value pairs are allowed")
        for key, item in value.items():
            if len(key) > MAX_METADATA_KEY:
                raise ValueError(f"keys must be at most {MAX_METADATA_KEY} characters")
            if len(item) > MAX_METADATA_VALUE:
                raise ValueError(
                    f"the value of {key!r} is longer than {MAX_METADATA_VALUE} characters"
                )
        return value

    @model_validator(mode="after")
    def _chat_only(self) -> ChatRequest:
        if self.tools or self.tool_choice not in (None, "none"):
            raise ValueError("unsupported parameter: tools (tool calling is not served)")
        if self.logprobs:
            raise ValueError("unsupported parameter: logprobs")
        if self.top_logprobs is not None:
            raise ValueError("unsupported parameter: top_logprobs")
        if self.response_format not in (None, {"type": "text"}):
            raise ValueError("unsupported parameter: response_format (only type 'text')")
        if self.store:
            raise ValueError(
                "unsupported parameter: store (mad does not store completions; flagged cases "
                "go to the operator's flagged-case log)"
            )
        if (
            self.max_tokens is not None
            and self.max_completion_tokens is not None
            and self.max_tokens != self.max_completion_tokens
        ):
            raise ValueError("max_tokens: contradicts max_completion_tokens (send one of them)")
        if self.messages[-1].role == "assistant":
            raise ValueError("messages: the last message must not be from the assistant")
        return self

    def token_budget(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens


class CompletionRequest(GenerationRequest):
    prompt: Text | list[Text]
    echo: bool = False
    suffix: Text | None = None
    best_of: int | None = None
    logprobs: int | None = None

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
        if self.logprobs is not None:  # even 0 asks for the chosen tokens' log probabilities
            raise ValueError("unsupported parameter: logprobs")
        return self

    def prompts(self) -> list[str]:
        return [self.prompt] if isinstance(self.prompt, str) else list(self.prompt)

    def token_budget(self) -> int | None:
        return self.max_tokens


class ScoreItem(_Strict):
    """One transcript, in the shape of a ``mad score`` input line."""

    id: Text | None = None
    prompt: Text | None = None
    completion: Text | None = None
    messages: list[ChatMessage] | None = None


class ScoreRequest(_Strict):
    model: Text | None = None
    input: list[ScoreItem] = Field(min_length=1)
    per_token: bool = False
