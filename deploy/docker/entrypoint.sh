#!/bin/sh
# Starts `mad serve` from environment settings, so one image serves any mounted detector:
#   MAD_DETECTOR      detector directory (default /detector, a mounted volume)
#   MAD_MODEL         model override, e.g. a save_pretrained directory under /models (optional)
#   MAD_API_KEY_FILE  file of API keys, one per line, mounted at run time (a Docker or
#                     Kubernetes secret); never baked into the image
#   MAD_HOST          bind address (default 0.0.0.0: in a container, the network is the boundary)
#   MAD_PORT          listening port (default 8000)
#   MAD_FLAG_LOG      flagged-case log (default /var/lib/mad/flagged.jsonl; "" disables it)
# Any arguments are passed on to `mad serve` (e.g. --action block --max-batch-size 16).
set -eu

set -- --detector "${MAD_DETECTOR:-/detector}" --host "${MAD_HOST:-0.0.0.0}" --port "${MAD_PORT:-8000}" "$@"
if [ -n "${MAD_MODEL:-}" ]; then
    set -- "$@" --model "$MAD_MODEL"
fi
if [ -n "${MAD_API_KEY_FILE:-}" ]; then
    # Prometheus scrapes without a key: /metrics carries counts, never prompts.
    set -- "$@" --api-key-file "$MAD_API_KEY_FILE" --no-auth-metrics
fi
flag_log="${MAD_FLAG_LOG-/var/lib/mad/flagged.jsonl}"
if [ -n "$flag_log" ]; then
    set -- "$@" --flag-log "$flag_log"
fi
exec mad serve "$@"
