"""How a logged answer ended, so the audit scores exactly the tokens that were generated.

A completion-level detector scores the answer's tokens and, live, the EOS token when the model
generated one (`mad.monitor`). A log holds the text, not the tokens, so the audit must know
whether an EOS followed it: it did after a natural end, not after ``max_tokens`` (``length``) or a
stop string (the text is cut before it and the stop string's tokens are not part of it).

OpenAI's ``finish_reason: "stop"`` covers both a natural end and a stop string. The audit tells
them apart with, in this order: vLLM's ``stop_reason`` extension (mad's own responses carry it:
null after EOS, the matched string after a stop string); the logged request's stop strings (none
asked for means EOS). When neither is logged, or stop strings were asked for but the log does not
say which end it was, the audit assumes EOS and counts the row as ``eos_assumed``.

The labels (a row's ``completion_end`` and the summary's ``completion_ends`` counts):

- ``eos``: ended by EOS (scored with it); ``eos_assumed``: as ``eos``, by assumption;
- ``length``: cut by ``max_tokens``; ``stop_string``: cut before a stop string;
- ``cut``: another end without EOS (``content_filter``, ``tool_calls``, or a record that says
  ``"completion_eos": false`` itself). None of these three is scored with an EOS;
- ``anomaly_cut``: cut by ``mad serve --action block`` before the token at which its verdict
  settled (``finish_reason: "content_filter"``, ``stop_reason: "anomaly_detected"``). The state
  that predicted the withheld token was scored live, so it is scored with EOS in its place.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ENDS = ("eos", "eos_assumed", "length", "stop_string", "cut", "anomaly_cut")
WITH_EOS = frozenset({"eos", "eos_assumed", "anomaly_cut"})
ANOMALY_CUT = "anomaly_detected"  # the stop_reason of an answer mad cut
# Record key that tells the capture layer not to append EOS to a logged completion.
EOS_KEY = "completion_eos"


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()  # a field the log does not have, unlike one logged as null


def completion_end(finish_reason: Any, *, stop_reason: Any = MISSING, stop: Any = MISSING) -> str:
    """The end label of an answer from what its log says (`MISSING`: not logged).

    `stop` is the request's stop strings (a string, a list, or null/empty for none).
    """
    if finish_reason is MISSING or finish_reason is None:
        return "eos_assumed"
    if finish_reason == "length":
        return "length"
    if finish_reason == "content_filter" and stop_reason == ANOMALY_CUT:
        return "anomaly_cut"
    if finish_reason != "stop":
        return "cut"
    if stop_reason is not MISSING:
        token = isinstance(stop_reason, int) and not isinstance(stop_reason, bool)
        if stop_reason is None or token:
            return "eos"  # null: EOS; a token id: a stop token, generated like EOS
        if isinstance(stop_reason, str):
            return "stop_string"
        return "eos_assumed"
    if stop is MISSING:
        return "eos_assumed"
    return "eos" if not stop else "eos_assumed"


def record_end(record: Mapping[str, Any]) -> str:
    """The end of a ``mad score``-style record's completion, from the fields it carries.

    ``completion_eos`` (a bool) says it outright; otherwise ``finish_reason``, ``stop_reason``
    and ``stop`` are read as in `completion_end`.
    """
    explicit = record.get(EOS_KEY)
    if isinstance(explicit, bool):
        return "eos" if explicit else "cut"
    return completion_end(
        record.get("finish_reason", MISSING),
        stop_reason=record.get("stop_reason", MISSING),
        stop=record.get("stop", MISSING),
    )


def eos_fields(end: str | None) -> dict[str, Any]:
    """What a record passed to the detector carries for `end`: nothing, or no-EOS."""
    return {} if end is None or end in WITH_EOS else {EOS_KEY: False}
