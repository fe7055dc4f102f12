"""``mad eval --suite shift``: check everything, load each model, run, print, write.

Every refusal (an unknown task, a method that is not a JSON object of `Detector.fit` options, a
scorer that needs more than trusted data, a trusted set too small for alpha, an option the suite
does not use) comes before any model is loaded.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mad import options
from mad.errors import ConfigError
from mad.shift_suite import DEFAULT_METHODS, Method, check_methods, check_task, run_task

# eval options the shift suite has no use for, with their parser defaults: given, they are refused.
_UNUSED = {
    "model": None,
    "trusted": None,
    "normal": None,
    "anomalous": None,
    "scorer": None,
    "layers": None,
    "position": "last",
    "labelled": 20,
    "library_limit": None,
}


def parse_methods(pairs: Sequence[Sequence[str]] | None) -> list[Method]:
    """``--method NAME JSON`` pairs as methods: unique names, JSON objects of fit options."""
    methods: list[Method] = []
    for name, text in pairs or []:
        try:
            opts = json.loads(text)
        except json.JSONDecodeError as err:
            raise ConfigError(
                f"--method {name}: not JSON ({err.msg} at column {err.colno})"
            ) from None
        if not isinstance(opts, dict):
            raise ConfigError(f"--method {name}: options must be a JSON object, got {text!r}")
        if any(m.name == name for m in methods):
            raise ConfigError(f"--method {name}: the name is given twice")
        methods.append(Method(name, opts))
    return methods or list(DEFAULT_METHODS)


def _num_layers(model: str) -> int | None:
    """The model's block count from its config when that is cheap (shipped or local models)."""
    from mad.models import resolve_source

    source, extra = resolve_source(model)
    config = Path(source) / "config.json"
    if extra or not config.is_file():
        return None
    data = json.loads(config.read_text())
    return data.get("num_hidden_layers") or data.get("n_layer")


def run_suite(args: Any) -> int:
    """The command: see the module docstring."""
    from tqdm import tqdm

    from mad.capture import default_layers, resolve_layout
    from mad.models import load_model, resolve_source
    from mad.organisms.shift_tasks import TASKS
    from mad.shift_report import format_markdown, format_table, render_html, to_json

    changed = [k for k, default in _UNUSED.items() if getattr(args, k, default) != default]
    if changed:
        raise ConfigError(
            f"--suite shift does not use --{', --'.join(c.replace('_', '-') for c in changed)}"
            " (give detector configurations as --method NAME JSON)"
        )
    out = options.writable_dir(args.out)
    names = args.tasks or list(TASKS)
    unknown = sorted(set(names) - set(TASKS))
    if unknown:
        raise ConfigError(
            f"unknown shift task(s) {', '.join(unknown)}; known: {', '.join(sorted(TASKS))}"
        )
    split = args.split or "dev"
    methods = parse_methods(args.method)
    check_methods(methods)
    tasks = [TASKS[name](split) for name in names]
    for task in tasks:
        resolve_source(task.model)
        blocks = _num_layers(task.model)
        check_task(task, methods, alpha=args.alpha, n_layers=len(default_layers(blocks or 1)))
    out.mkdir(parents=True, exist_ok=True)
    reports = []
    for task in tasks:
        loaded = load_model(task.model, device=args.device)
        check_task(
            task,
            methods,
            alpha=args.alpha,
            n_layers=len(default_layers(resolve_layout(loaded.model).num_layers)),
        )
        # No total: how many passes a record takes depends on what the methods share.
        with tqdm(desc=f"shift {task.name}", unit="prompt", file=sys.stderr) as bar:
            reports.append(
                run_task(
                    task,
                    loaded,
                    methods=methods,
                    alpha=args.alpha,
                    batch_size=args.batch_size,
                    progress=bar.update,
                )
            )
    print(format_table(reports))
    (out / "results.json").write_text(json.dumps(to_json(reports), indent=2) + "\n")
    (out / "results.md").write_text(format_markdown(reports), encoding="utf-8")
    (out / "report.html").write_text(render_html(reports), encoding="utf-8")
    print(f"results: {out / 'results.json'}  report: {out / 'report.html'}", file=sys.stderr)
    return 0
