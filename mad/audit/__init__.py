"""Offline audits of logged transcripts (``mad audit``): read logs, score, summarise, report.

`run_audit` scores every transcript of the logs with one detector per level, resumably, into an
audit directory (`mad.audit.store`), on the local engine or on Ray (`mad.audit.ray_engine`).
"""

from __future__ import annotations

from typing import Any

from mad.audit.errors import AuditError
from mad.audit.run import ENGINES, AuditSpec

__all__ = ["ENGINES", "AuditError", "AuditSpec", "run_audit"]


def run_audit(
    spec: AuditSpec, *, engine: str = "local", progress: Any = None, **ray_options: Any
) -> dict[str, Any]:
    """Run or resume the audit `spec` describes; returns its summary (``summary.json``).

    `progress`: local engine, a function making a tqdm bar from the input's size; Ray, a bool
    (Ray Data's own bars).
    `ray_options`: ``workers``, ``cpus_per_worker``, ``address`` (see `run_ray`).
    """
    if engine == "local":
        from mad.audit.local import run_local

        if ray_options:
            raise AuditError(f"options {sorted(ray_options)} are for the ray engine")
        return run_local(spec, progress=progress)
    if engine == "ray":
        from mad.audit.ray_engine import run_ray

        return run_ray(spec, progress=bool(progress), **ray_options)
    raise AuditError(f"unknown engine {engine!r}; choose from {ENGINES}")
