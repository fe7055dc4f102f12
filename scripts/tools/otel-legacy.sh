#!/usr/bin/env bash
# A virtualenv in the git-ignored .tools/otel-legacy with an OLD OpenAI instrumentation
# (opentelemetry-instrumentation-openai-v2 2.1b0), for tests/test_audit_otel_real.py: that
# release writes message content as one log record per message (events gen_ai.user.message,
# gen_ai.choice, ...) when OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true, which newer
# releases no longer do. It cannot live in .venv: it needs the SDK's Events API
# (opentelemetry._events), gone from the SDK that the newer instrumentation needs.
# Everything is pinned; nothing here pulls torch. Idempotent.
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/.tools/otel-legacy"
packages=(
    "opentelemetry-instrumentation-openai-v2==2.1b0"
    "opentelemetry-api==1.33.1"
    "opentelemetry-sdk==1.33.1"
    "opentelemetry-instrumentation==0.54b1"
    "opentelemetry-semantic-conventions==0.54b1"
    "opentelemetry-exporter-otlp-proto-common==1.33.1"
    "opentelemetry-proto==1.33.1"
    "protobuf==5.29.6"
    "openai==3.57.0"
    "httpx==0.28.1"  # the old instrumentation imports httpx, which newer openai no longer uses
)

warn() { echo "scripts/tools/otel-legacy.sh: warning: $*; the legacy OTel event test will skip (or fail under MAD_REQUIRE_TOOLS=1)" >&2; exit 0; }

if [ -x "$venv/bin/python" ] \
    && "$venv/bin/python" -c "import opentelemetry.instrumentation.openai_v2, opentelemetry._events, openai" 2>/dev/null; then
    exit 0
fi
python="${PYTHON:-python3}"
echo "scripts/tools/otel-legacy.sh: pip install ${packages[*]} into .tools/otel-legacy" >&2
{ [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"; } || warn "could not create $venv"
"$venv/bin/pip" install -q --disable-pip-version-check "${packages[@]}" \
    || warn "pip install failed"
exit 0
