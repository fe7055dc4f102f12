"""Copy the one source of the rules and the dashboard into the Helm chart.

deploy/prometheus/rules/mad.yaml and deploy/grafana/dashboards/mad.json are the sources (compose
mounts them as they are); the chart can only read files inside itself, so it carries
byte-identical copies under deploy/helm/mad/files/. Run after editing either source:

    python deploy/scripts/sync.py          # write the copies
    python deploy/scripts/sync.py --check  # exit 1 if a copy is stale (the tests do this)
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent.parent
COPIES = {
    DEPLOY / "prometheus/rules/mad.yaml": DEPLOY / "helm/mad/files/mad-rules.yaml",
    DEPLOY / "grafana/dashboards/mad.json": DEPLOY / "helm/mad/files/mad-dashboard.json",
}


def stale() -> list[Path]:
    """The copies whose bytes differ from their source (or that are missing)."""
    return [
        copy
        for source, copy in COPIES.items()
        if not copy.exists() or copy.read_bytes() != source.read_bytes()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale copies")
    args = parser.parse_args(argv)
    out_of_date = stale()
    if args.check:
        for copy in out_of_date:
            print(f"stale: {copy.relative_to(DEPLOY.parent)} (run deploy/scripts/sync.py)")
        return 1 if out_of_date else 0
    for source, copy in COPIES.items():
        if copy in out_of_date:
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, copy)
            print(f"wrote {copy.relative_to(DEPLOY.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
