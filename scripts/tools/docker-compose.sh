#!/usr/bin/env bash
# docker-compose (Debian's v1.29 package) for `docker-compose config`, which validates
# deploy/compose/docker-compose.yaml against the Compose schema without a Docker engine. The
# docker CLI's own `docker compose` plugin is not packaged for Debian. Idempotent.
set -uo pipefail

command -v docker-compose >/dev/null 2>&1 && exit 0
warn() { echo "scripts/tools/docker-compose.sh: warning: $*; the compose validation test will skip (or fail under MAD_REQUIRE_TOOLS=1)" >&2; exit 0; }
[ "$(id -u)" -eq 0 ] || warn "not root, cannot apt-get install docker-compose"
command -v apt-get >/dev/null 2>&1 || warn "no apt-get on this machine"
echo "scripts/tools/docker-compose.sh: installing docker-compose (apt)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null || warn "apt-get update failed"
apt-get install -y -qq --no-install-recommends docker-compose >/dev/null \
    || warn "apt-get install docker-compose failed"
command -v docker-compose >/dev/null 2>&1 || warn "docker-compose still missing after the install"
exit 0
