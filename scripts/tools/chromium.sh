#!/usr/bin/env bash
# Chromium for the browser test of the audit report (tests/test_audit_report.py). Idempotent:
# does nothing when /usr/bin/chromium exists; installs Debian's package when run as root with
# apt-get; otherwise warns and exits 0 (the test then skips, or fails under MAD_REQUIRE_TOOLS=1).
set -u

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "scripts/tools/chromium.sh: warning: chromium missing and cannot install it (needs root and apt-get)" >&2
    exit 0
fi
echo "scripts/tools/chromium.sh: installing chromium with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -qq >/dev/null || ! apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
    echo "scripts/tools/chromium.sh: warning: apt-get could not install chromium" >&2
fi
[ -x /usr/bin/chromium ] || echo "scripts/tools/chromium.sh: warning: chromium still missing" >&2
exit 0
