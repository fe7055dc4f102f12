#!/usr/bin/env bash
# Submit `mad audit --engine ray` to a running Ray cluster (every node has mad[ray] installed).
#
#   RAY_DASHBOARD=http://head:8265 deploy/ray/submit.sh DETECTOR_DIR [DETECTOR_DIR] -- LOGS OUT
#
# The entrypoint runs on the head node, so DETECTOR_DIR and OUT are paths there; LOGS may be an
# object-storage URI the workers can read. Submitting the same command again resumes the audit.
# WORKERS and CPUS_PER_WORKER size the scoring actor pool (default 4 x 2 CPUs).
set -euo pipefail

usage() { echo "usage: RAY_DASHBOARD=http://HEAD:8265 $0 DETECTOR_DIR [DETECTOR_DIR] -- LOGS OUT" >&2; exit 2; }

detectors=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do detectors+=(--detector "$1"); shift; done
[ $# -eq 3 ] && [ ${#detectors[@]} -gt 0 ] || usage
logs=$2
out=$3

exec ray job submit --address "${RAY_DASHBOARD:?set RAY_DASHBOARD to the cluster dashboard URL}" \
    --runtime-env-json '{"env_vars": {"HF_HUB_OFFLINE": "1", "OMP_WAIT_POLICY": "PASSIVE"}}' \
    -- mad audit --engine ray \
        --workers "${WORKERS:-4}" --cpus-per-worker "${CPUS_PER_WORKER:-2}" \
        "${detectors[@]}" --data "$logs" --out "$out"
