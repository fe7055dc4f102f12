"""The library feature cache: round trip, keys, corruption, concurrent writers, bypass."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest
import torch
from conftest import random_prompts

import mad.library.cache as cache
from mad.capture import PromptTooLongError
from mad.errors import ConfigError, MadError
from mad.features import iter_features
from mad.records import parse_record, records_from_prompts

LAYERS = ["blocks.0.resid_post", "blocks.2.resid_post"]


@pytest.fixture(autouse=True)
def cache_root(tmp_path, monkeypatch):
    monkeypatch.setenv("MAD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("MAD_NO_FEATURE_CACHE", raising=False)
    return tmp_path / "cache" / "features"


@pytest.fixture
def records():
    return records_from_prompts(random_prompts(40, seed=11))


def _no_capture(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("captured although the cache holds every layer")

    monkeypatch.setattr(cache, "iter_features", refuse)


def _captures(monkeypatch) -> list[list[str]]:
    """Record the layer list of every capture the cache makes."""
    calls: list[list[str]] = []

    def spy(loaded, records, layers, *args, **kwargs):
        calls.append(list(layers))
        return iter_features(loaded, records, layers, *args, **kwargs)

    monkeypatch.setattr(cache, "iter_features", spy)
    return calls


def _direct(loaded, records, layers):
    out = {name: torch.empty(len(records), 32) for name in layers}
    for batch in iter_features(loaded, records, layers, "last", batch_size=1):
        for name in layers:
            out[name][batch.indices] = batch.acts[name]
    return out


def test_round_trip_equals_a_fresh_capture_and_reads_without_capturing(
    tiny_loaded, records, cache_root, monkeypatch
):
    cold = cache.cached_features(tiny_loaded, records, LAYERS)
    fresh = _direct(tiny_loaded, records, LAYERS)
    for name in LAYERS:
        assert cold[name].shape == (40, 32) and cold[name].dtype == torch.float32
        # One prompt per batch vs length-sorted padded batches: float32 rounding only.
        torch.testing.assert_close(cold[name], fresh[name], rtol=1e-5, atol=1e-5)
    assert len(list(cache_root.iterdir())) == len(LAYERS)
    _no_capture(monkeypatch)
    warm = cache.cached_features(tiny_loaded, records, LAYERS)
    for name in LAYERS:
        assert torch.equal(warm[name], cold[name])


def test_order_and_repeats_map_to_the_same_entry(tiny_loaded, records, monkeypatch):
    first = cache.cached_features(tiny_loaded, records, LAYERS)
    _no_capture(monkeypatch)
    shuffled = records[::-1] + records[:5]
    again = cache.cached_features(tiny_loaded, shuffled, LAYERS)
    for name in LAYERS:
        assert torch.equal(again[name][:40], first[name].flip(0))
        assert torch.equal(again[name][40:], first[name][:5])


def test_only_missing_layers_are_captured(tiny_loaded, records, monkeypatch):
    calls = _captures(monkeypatch)
    cache.cached_features(tiny_loaded, records, ["blocks.0.resid_post"])
    cache.cached_features(tiny_loaded, records, ["blocks.0.resid_post", "blocks.1.resid_post"])
    cache.cached_features(tiny_loaded, records, ["blocks.1.resid_post"])
    assert calls == [["blocks.0.resid_post"], ["blocks.1.resid_post"]]


def test_key_covers_prompt_set_position_weights_and_rendering(
    tiny_loaded, records, cache_root, monkeypatch
):
    calls = _captures(monkeypatch)
    cache.cached_features(tiny_loaded, records, LAYERS[:1])
    cache.cached_features(tiny_loaded, records[:-1], LAYERS[:1])  # another prompt set
    cache.cached_features(tiny_loaded, records, LAYERS[:1], "mean")  # another position
    # The same text as a chat record renders differently ("user: ...\nassistant:").
    as_chat = [
        parse_record({"id": r.id, "messages": [{"role": "user", "content": r.prompt}]}, line=1)
        for r in records
    ]
    cache.cached_features(tiny_loaded, as_chat, LAYERS[:1])
    assert len(calls) == 4
    model = tiny_loaded.model
    with torch.no_grad():
        param = next(model.parameters())
        saved = param.clone()
        param.add_(0.5)  # other weights: another fingerprint
        try:
            cache.cached_features(tiny_loaded, records, LAYERS[:1])
        finally:
            param.copy_(saved)
    assert len(calls) == 5
    cache.cached_features(tiny_loaded, records, LAYERS[:1])
    assert len(calls) == 5
    assert len(list(cache_root.iterdir())) == 5


def _entries(cache_root: Path) -> list[Path]:
    return sorted(p for p in cache_root.iterdir() if p.is_dir())


@pytest.mark.parametrize(
    "damage",
    ["truncate", "flip_byte", "manifest_not_json", "manifest_other_key", "no_tensors"],
)
def test_a_damaged_entry_is_discarded_and_rebuilt(
    tiny_loaded, records, cache_root, damage, monkeypatch
):
    good = cache.cached_features(tiny_loaded, records, LAYERS[:1])
    (entry,) = _entries(cache_root)
    tensors, manifest = entry / cache.TENSORS, entry / cache.MANIFEST
    if damage == "truncate":
        tensors.write_bytes(tensors.read_bytes()[:-100])
    elif damage == "flip_byte":
        data = bytearray(tensors.read_bytes())
        data[-7] ^= 0x01  # inside the float data: same size, another SHA-256
        tensors.write_bytes(bytes(data))
    elif damage == "manifest_not_json":
        manifest.write_text("{not json")
    elif damage == "manifest_other_key":
        meta = json.loads(manifest.read_text())
        meta["fingerprint"] = "sha256:" + "0" * 32
        manifest.write_text(json.dumps(meta))
    else:
        tensors.unlink()
    calls = _captures(monkeypatch)
    with pytest.warns(UserWarning, match="discarding the feature cache entry"):
        rebuilt = cache.cached_features(tiny_loaded, records, LAYERS[:1])
    assert calls == [LAYERS[:1]]
    torch.testing.assert_close(rebuilt[LAYERS[0]], good[LAYERS[0]], rtol=0, atol=0)
    # The rebuilt entry is whole again: the next read captures nothing and warns nothing.
    _no_capture(monkeypatch)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cache.cached_features(tiny_loaded, records, LAYERS[:1])


def test_a_lost_race_keeps_the_winner_and_leaves_no_temporary(tiny_loaded, records, cache_root):
    cache.cached_features(tiny_loaded, records, LAYERS[:1])
    (entry,) = _entries(cache_root)
    before = (entry / cache.TENSORS).read_bytes()
    digests = sorted(set(cache.prompt_digests(tiny_loaded, records)))
    key = cache._keys(tiny_loaded, LAYERS[:1], "last", digests)[LAYERS[0]]
    assert cache._write(key, digests, torch.zeros(len(digests), 32), 0.0) is None
    assert _entries(cache_root) == [entry]
    assert (entry / cache.TENSORS).read_bytes() == before


_WORKER = textwrap.dedent(
    """
    import sys, torch
    sys.path.insert(0, {tests!r})
    from conftest import _tiny_models, random_prompts, VOCAB, EOS, PAD
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast
    from safetensors.torch import save_file
    from mad.models import LoadedModel
    from mad.records import parse_record, records_from_prompts
    from mad.library.cache import cached_features
    torch.set_num_threads(1)
    vocab = {{f"w{{i}}": i for i in range(EOS)}} | {{"<eos>": EOS, "<pad>": PAD}}
    backend = Tokenizer(models.WordLevel(vocab, unk_token="w0"))
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    tok = PreTrainedTokenizerFast(tokenizer_object=backend, pad_token="<pad>", eos_token="<eos>")
    loaded = LoadedModel(_tiny_models()["llama"], tok, name="tiny-llama", source="memory")
    records = records_from_prompts(random_prompts(300, seed=5))
    out = cached_features(loaded, records, {layers!r})
    save_file({{k: v.contiguous() for k, v in out.items()}}, sys.argv[1])
    """
)


def test_concurrent_writers_agree_and_leave_one_whole_entry_per_layer(
    tiny_loaded, cache_root, tmp_path, monkeypatch
):
    from safetensors.torch import load_file

    script = tmp_path / "worker.py"
    script.write_text(_WORKER.format(tests=str(Path(__file__).parent), layers=LAYERS))
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    workers = [
        subprocess.Popen(
            [sys.executable, str(script), str(tmp_path / f"out{k}.safetensors")],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for k in range(3)
    ]
    for w in workers:
        _, err = w.communicate(timeout=300)
        assert w.returncode == 0, err[-2000:]
    outs = [load_file(tmp_path / f"out{k}.safetensors") for k in range(3)]
    entries = _entries(cache_root)
    assert len(entries) == len(LAYERS), [p.name for p in cache_root.iterdir()]
    assert not [p for p in cache_root.iterdir() if ".tmp-" in p.name or ".trash-" in p.name]
    records = records_from_prompts(random_prompts(300, seed=5))
    _no_capture(monkeypatch)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every published entry passes its checks
        read = cache.cached_features(tiny_loaded, records, LAYERS)
    for name in LAYERS:
        for out in outs:  # each worker captured alone; batches agree to float32 rounding
            torch.testing.assert_close(out[name], read[name], rtol=1e-5, atol=1e-5)


def test_bypass_and_unwritable_root_still_return_features(
    tiny_loaded, records, cache_root, tmp_path, monkeypatch
):
    monkeypatch.setenv("MAD_NO_FEATURE_CACHE", "1")
    bypassed = cache.cached_features(tiny_loaded, records, LAYERS[:1])
    assert not cache_root.exists()
    monkeypatch.delenv("MAD_NO_FEATURE_CACHE")
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("MAD_CACHE_DIR", str(blocker))
    with pytest.warns(UserWarning, match="could not write the feature cache entry"):
        out = cache.cached_features(tiny_loaded, records, LAYERS[:1])
    torch.testing.assert_close(out[LAYERS[0]], bypassed[LAYERS[0]], rtol=0, atol=0)


def test_refusals_come_before_any_capture(tiny_loaded, monkeypatch):
    _no_capture(monkeypatch)
    with pytest.raises(ConfigError, match="prompt-level features"):
        cache.cached_features(tiny_loaded, records_from_prompts(["w1 w2"]), LAYERS, "all")
    too_long = records_from_prompts(["w1 w2", " ".join(["w3"] * 80)])
    message = 'record "2": the prompt has 80 tokens; the model.s context is 64'
    with pytest.raises(PromptTooLongError, match=message) as err:
        cache.cached_features(tiny_loaded, too_long, LAYERS)
    assert isinstance(err.value, MadError)
    assert cache.cached_features(tiny_loaded, [], LAYERS)[LAYERS[0]].shape == (0, 32)
