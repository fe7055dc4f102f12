#!/usr/bin/env bash
# Prometheus, promtool, Alertmanager and amtool from Debian's `prometheus` and
# `prometheus-alertmanager` packages, for tests/test_deploy*.py (rule unit tests, the live alert
# test, amtool check-config). Idempotent: does nothing when all four are on PATH (Debian
# names the Alertmanager binary prometheus-alertmanager).
#
# The packages' maintainer scripts would start both daemons on their default ports (9090, 9093)
# where an init system exists; a temporary policy-rc.d forbids that, so nothing is left running
# that could clash with the tests (which use random free ports anyway).
set -uo pipefail

need=(prometheus promtool prometheus-alertmanager amtool)  # Debian's name for alertmanager
missing=()
for tool in "${need[@]}"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
[ ${#missing[@]} -eq 0 ] && exit 0

warn() { echo "scripts/tools/prometheus.sh: warning: $*; tests that need ${missing[*]} will skip (or fail under MAD_REQUIRE_TOOLS=1)" >&2; exit 0; }
[ "$(id -u)" -eq 0 ] || warn "not root, cannot apt-get install prometheus prometheus-alertmanager"
command -v apt-get >/dev/null 2>&1 || warn "no apt-get on this machine"

policy=/usr/sbin/policy-rc.d
made_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made_policy=1
fi
cleanup() { [ "$made_policy" -eq 1 ] && rm -f "$policy"; }
trap cleanup EXIT

echo "scripts/tools/prometheus.sh: installing prometheus prometheus-alertmanager (apt)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null || warn "apt-get update failed"
# --no-install-recommends: prometheus recommends node-exporter, another daemon we do not want.
apt-get install -y -qq --no-install-recommends prometheus prometheus-alertmanager >/dev/null \
    || warn "apt-get install prometheus prometheus-alertmanager failed"
for tool in "${need[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || warn "$tool still missing after the install"
done
promtool --version 2>&1 | head -1 >&2
