"""Tests for mad.records: JSONL reading, validation errors and rendering."""

from __future__ import annotations

import gzip
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast

from mad.records import (
    PLAIN_TEMPLATE_DOC,
    Message,
    Record,
    RecordError,
    Rendered,
    parse_record,
    read_records,
    records_from_prompts,
    render,
)

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)


def write_lines(path: Path, lines: list[Any]) -> Path:
    """Write each item as one line: dicts/lists as JSON, strings verbatim."""
    text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def read_error(path: Path) -> RecordError:
    with pytest.raises(RecordError) as info:
        list(read_records(path))
    return info.value


def make_tokenizer(chat_template: str | None) -> PreTrainedTokenizerFast:
    backend = Tokenizer(models.WordLevel({"[UNK]": 0, "hi": 1}, unk_token="[UNK]"))
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    tok = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="[UNK]")
    tok.chat_template = chat_template
    return tok


# --- reading good input -----------------------------------------------------------------------


def test_reads_both_shapes_and_keeps_meta(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "data.jsonl",
        [
            {"id": "a", "prompt": "Hello", "completion": " world", "label": 1},
            {"id": 7, "messages": [{"role": "user", "content": "Hi"}], "src": {"x": [1]}},
        ],
    )
    first, second = read_records(path)
    assert first == Record("a", 1, "Hello", " world", None, {"label": 1})
    assert second.id == "7"
    assert second.prompt is None and second.completion is None
    assert second.messages == (Message("user", "Hi"),)
    assert second.meta == {"src": {"x": [1]}}


def test_openai_message_keys_and_text_parts_are_accepted() -> None:
    """Real OpenAI logs: names, tool calls and results, text parts, refusals."""
    rec = parse_record(
        {
            "messages": [
                {
                    "role": "system",
                    "content": [
                        {"type": "text", "text": "Be "},
                        {"type": "text", "text": "brief."},
                    ],
                },
                {"role": "user", "content": "Weather?", "name": "ana"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "w"}}],
                },
                {"role": "tool", "content": "rain", "tool_call_id": "c1"},
                {"role": "assistant", "content": None, "refusal": "I can't say."},
            ]
        },
        line=1,
    )
    assert rec.messages == (
        Message("system", "Be brief."),
        Message("user", "Weather?"),
        Message("assistant", ""),
        Message("tool", "rain"),
        Message("assistant", "I can't say."),
    )
    assert render(rec, None).completion == " I can't say."


def test_id_defaults_to_physical_line_number(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "data.jsonl",
        [{"prompt": "a"}, "", "   \t", {"prompt": "b"}, "", {"prompt": "c", "id": "x"}],
    )
    records = list(read_records(path))
    assert [(r.id, r.line) for r in records] == [("1", 1), ("4", 4), ("x", 6)]


def test_gzip_input(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"prompt": "zipped", "id": "z"}) + "\n\n")
        fh.write(json.dumps({"prompt": "ünïcode"}) + "\n")
    records = list(read_records(path))
    assert [(r.id, r.prompt) for r in records] == [("z", "zipped"), ("3", "ünïcode")]


def test_corrupt_gzip_is_fatal_even_with_on_error(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl.gz"
    path.write_bytes(b"this is not gzip data\n")
    with pytest.raises(RecordError, match="corrupt gzip"):
        list(read_records(path, on_error=lambda err: None))


def test_streams_lazily(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "data.jsonl", [{"prompt": "ok"}, "not json"])
    records = read_records(path)
    assert next(records).prompt == "ok"
    with pytest.raises(RecordError):
        next(records)


def test_utf8_bom_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"prompt": "p"}).encode() + b"\n")
    assert [r.prompt for r in read_records(path)] == ["p"]


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(FileNotFoundError, match="nope.jsonl"):
        read_records(missing)


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "field", "reason"),
    [
        ('{"prompt": "x"', None, "not valid JSON"),
        ("[1, 2]", None, "expected a JSON object, got array"),
        ('"just a string"', None, "expected a JSON object, got str"),
        ({"completion": "x"}, "prompt", "missing"),
        ({"prompt": "x", "messages": []}, "messages", "not allowed together"),
        ({"prompt": 3}, "prompt", "must be a string, got int"),
        ({"prompt": "x", "completion": ["a"]}, "completion", "must be a string, got array"),
        ({"prompt": "x", "completion": ""}, "completion", "non-empty"),
        ({"prompt": ""}, "prompt", "non-whitespace"),
        ({"prompt": "  \n "}, "prompt", "non-whitespace"),
        ({"prompt": "x", "id": 1.5}, "id", "got float"),
        ({"prompt": "x", "id": True}, "id", "got bool"),
        ({"prompt": "x", "id": None}, "id", "got null"),
        ({"prompt": "x", "id": ""}, "id", "non-empty"),
        ({"messages": "hi"}, "messages", "must be an array"),
        ({"messages": []}, "messages", "at least one"),
        ({"messages": ["hi"]}, "messages[0]", "must be an object, got str"),
        (
            {"messages": [{"role": "user", "content": "a"}, {"role": "user"}]},
            "messages[1].content",
            "missing",
        ),
        ({"messages": [{"role": "user", "content": 5}]}, "messages[0].content", "got int"),
        ({"messages": [{"content": "a"}]}, "messages[0].role", "missing"),
        ({"messages": [{"role": "", "content": "a"}]}, "messages[0].role", "non-empty"),
        (
            {"messages": [{"role": "user", "content": "a", "mood": "bob"}]},
            "messages[0].mood",
            "unexpected",
        ),
        ({"messages": [{"role": "user", "content": None}]}, "messages[0].content", "got null"),
        (
            {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]},
            "messages[0].content[0].type",
            "cannot be rendered as text",
        ),
        (
            {"messages": [{"role": "user", "content": [{"type": "text", "text": 3}]}]},
            "messages[0].content[0].text",
            "got int",
        ),
        (
            {
                "messages": [
                    {"role": "user", "content": "q"},
                    {"role": "assistant", "content": None, "tool_calls": [{"id": "c1"}]},
                ]
            },
            "messages[1].content",
            "empty",
        ),
        ({"messages": [{"role": "user", "content": " "}]}, "messages", "no non-empty content"),
        (
            {"messages": [{"role": "assistant", "content": "only a reply"}]},
            "messages",
            "no non-empty content",
        ),
        (
            {"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": ""}]},
            "messages[1].content",
            "empty",
        ),
        (
            {"messages": [{"role": "user", "content": "q"}], "completion": "a"},
            "completion",
            "not allowed",
        ),
    ],
)
def test_bad_line_names_file_line_and_field(
    tmp_path: Path, line: Any, field: str | None, reason: str
) -> None:
    path = write_lines(tmp_path / "data.jsonl", [{"prompt": "fine"}, "", line])
    err = read_error(path)
    assert (err.path, err.line, err.field) == (str(path), 3, field)
    assert reason in err.reason
    expected_prefix = f"{path}:3: " + (f'field "{field}": ' if field else "")
    assert str(err).startswith(expected_prefix)


def test_error_message_format() -> None:
    err = RecordError("data.jsonl", 7, "prompt", "must be a string, got int")
    assert str(err) == 'data.jsonl:7: field "prompt": must be a string, got int'
    assert isinstance(err, ValueError)
    clone = pickle.loads(pickle.dumps(err))
    assert (clone.path, clone.line, clone.field, clone.reason, str(clone)) == (
        err.path,
        err.line,
        err.field,
        err.reason,
        str(err),
    )


def test_json_error_reports_position(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "data.jsonl", ['{"prompt": "x",, }'])
    err = read_error(path)
    assert err.line == 1 and err.field is None
    assert "column 16" in err.reason


def test_non_utf8_bytes(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b'{"prompt": "a"}\n{"prompt": "b"}\n{"prompt": "caf\xe9"}\n')
    err = read_error(path)
    assert (err.line, err.field) == (3, None)
    assert "UTF-8" in err.reason and "0xe9" in err.reason and "offset 15" in err.reason
    assert str(err).startswith(f"{path}:3: ")


def test_duplicate_ids_name_both_lines(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "data.jsonl",
        [{"id": "a", "prompt": "x"}, {"prompt": "y"}, {"id": "a", "prompt": "z"}],
    )
    err = read_error(path)
    assert (err.line, err.field) == (3, "id")
    assert "line 1" in err.reason
    assert str(err) == f'{path}:3: field "id": duplicate id "a" (first used on line 1)'


def test_int_and_str_ids_collide(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "data.jsonl", [{"id": 5, "prompt": "x"}, {"id": "5", "prompt": "y"}]
    )
    assert read_error(path).field == "id"


@pytest.mark.parametrize("content", ["", "\n\n  \n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text(content)
    err = read_error(path)
    assert (err.line, err.field, err.reason) == (None, None, "no records")
    assert str(err) == f"{path}: no records"
    with pytest.raises(RecordError, match="no records"):
        list(read_records(path, on_error=lambda e: None))


def test_on_error_collects_and_continues(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "data.jsonl",
        [
            {"prompt": "one"},
            "garbage",
            {"prompt": 2},
            {"prompt": "four", "id": "x"},
            {"prompt": "five", "id": "x"},
            {"messages": [{"role": "user", "content": "six"}]},
        ],
    )
    errors: list[RecordError] = []
    records = list(read_records(path, on_error=errors.append))
    assert [r.id for r in records] == ["1", "x", "6"]
    assert [(e.line, e.field) for e in errors] == [(2, None), (3, "prompt"), (5, "id")]


def test_all_lines_bad_with_on_error_still_raises(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "data.jsonl", ["nope", {"prompt": ""}])
    errors: list[RecordError] = []
    with pytest.raises(RecordError, match=r"no valid records \(all 2 non-blank lines are bad\)"):
        list(read_records(path, on_error=errors.append))
    assert len(errors) == 2


# --- Python API -------------------------------------------------------------------------------


def test_parse_record_defaults() -> None:
    rec = parse_record({"prompt": "p"}, line=4)
    assert (rec.id, rec.line, rec.completion, rec.meta) == ("4", 4, None, {})
    with pytest.raises(RecordError, match=r"^<memory>:4: "):
        parse_record({"prompt": 1}, line=4)


def test_records_from_prompts() -> None:
    records = records_from_prompts(["a", "b"])
    assert [(r.id, r.line, r.prompt) for r in records] == [("1", 1, "a"), ("2", 2, "b")]
    with pytest.raises(RecordError, match='field "prompt"'):
        records_from_prompts(["ok", " "])
    with pytest.raises(TypeError):
        records_from_prompts("one string")


def test_records_are_hashable() -> None:
    rec = parse_record({"prompt": "p", "extra": [1]}, line=1)
    assert rec in {rec}


# --- rendering --------------------------------------------------------------------------------

CONVERSATION = [
    {"role": "system", "content": "Be nice."},
    {"role": "user", "content": "Hi"},
    {"role": "assistant", "content": "Hello!"},
]


def test_render_prompt_form_is_verbatim() -> None:
    rec = parse_record({"prompt": "  Q: 2+2?\n", "completion": "4"}, line=1)
    assert render(rec, make_tokenizer(CHAT_TEMPLATE)) == Rendered("  Q: 2+2?\n", "4")
    rec = parse_record({"prompt": "Q"}, line=1)
    assert render(rec, None) == Rendered("Q", None)


def test_render_chat_template() -> None:
    tok = make_tokenizer(CHAT_TEMPLATE)
    rec = parse_record({"messages": CONVERSATION}, line=1)
    assert render(rec, tok) == Rendered("<|system|>Be nice.\n<|user|>Hi\n<|assistant|>", "Hello!")
    rec = parse_record({"messages": CONVERSATION[:2]}, line=1)
    assert render(rec, tok) == Rendered("<|system|>Be nice.\n<|user|>Hi\n<|assistant|>", None)


def test_render_plain_without_chat_template() -> None:
    tok = make_tokenizer(None)
    rec = parse_record({"messages": CONVERSATION}, line=1)
    assert render(rec, tok) == Rendered("system: Be nice.\nuser: Hi\nassistant:", " Hello!")
    rec = parse_record({"messages": CONVERSATION[:2]}, line=1)
    assert render(rec, tok) == Rendered("system: Be nice.\nuser: Hi\nassistant:", None)
    already_spaced = [CONVERSATION[1], {"role": "assistant", "content": "\nHello"}]
    rec = parse_record({"messages": already_spaced}, line=1)
    assert render(rec, tok) == Rendered("user: Hi\nassistant:", "\nHello")


def test_plain_template_doc_matches_rendering() -> None:
    rec = parse_record(
        {
            "messages": [
                {"role": "user", "content": "Hi"},
                {"role": "assistant", "content": "Hello!"},
            ]
        },
        line=1,
    )
    rendered = render(rec, None)
    assert json.dumps(rendered.prompt)[1:-1] in PLAIN_TEMPLATE_DOC
    assert f'"{rendered.completion}"' in PLAIN_TEMPLATE_DOC


# --- JSON Python cannot hold, text that is not Unicode ------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"prompt": "a", "n": ' + "7" * 5000 + "}", "Exceeds the limit (4300 digits)"),
        ('{"prompt": "a", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('{"prompt": "a\tb"}', "Invalid control character at column 14"),
        ('{"prompt": "never closed}', "Unterminated string starting at column 12"),
    ],
)
def test_json_python_cannot_read_is_a_record_error(tmp_path: Path, line: str, reason: str) -> None:
    path = write_lines(tmp_path / "data.jsonl", [{"prompt": "fine"}, line, {"prompt": "also"}])
    err = read_error(path)
    assert (err.line, err.field) == (2, None)
    assert reason in err.reason and "at at" not in str(err) and "\n" not in str(err)
    bad: list[RecordError] = []
    good = list(read_records(path, on_error=bad.append))  # the next line still reads
    assert [r.prompt for r in good] == ["fine", "also"] and [e.line for e in bad] == [2]


@pytest.mark.parametrize(
    ("obj", "field"),
    [
        ({"prompt": "caf\ud800"}, "prompt"),
        ({"prompt": "a", "completion": "\udfff!"}, "completion"),
        ({"id": "x\ud83d", "prompt": "a"}, "id"),
        ({"messages": [{"role": "user", "content": "hi \udc00"}]}, "messages[0].content"),
        ({"messages": [{"role": "us\ud800er", "content": "hi"}]}, "messages[0].role"),
        (
            {"messages": [{"role": "user", "content": [{"type": "text", "text": "\ud800"}]}]},
            "messages[0].content",
        ),
    ],
)
def test_lone_surrogates_are_refused(tmp_path: Path, obj: dict, field: str) -> None:
    # json.dumps writes the surrogate as a \u escape, as a real log line would carry it.
    path = write_lines(tmp_path / "data.jsonl", [obj])
    err = read_error(path)
    assert (err.line, err.field) == (1, field)
    assert "lone surrogate" in err.reason
    surrogate_pair = write_lines(tmp_path / "ok.jsonl", [{"prompt": "smile \ud83d\ude00"}])
    assert next(read_records(surrogate_pair)).prompt == "smile \U0001f600"


def test_records_know_their_file_for_later_messages(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "data.jsonl", ["", {"id": "q", "prompt": "hi"}])
    [record] = read_records(path)
    assert record.path == str(path) and record.where == f'{path}:2: record "q"'
    assert record == Record("q", 2, "hi", None, None, {})  # the path is not part of its identity
