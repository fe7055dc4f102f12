"""Which evidence tells a changed computation from a harmless shift? Methods compared on the
shift benchmark's *dev* split (the split that chose mad's default; the test split is reported
by ``mad eval --suite shift`` only).

For each organism task and each benign shift kind, every method is fitted on the trusted set
and reports: AUROC of anomalies against the kind, the kind's flag rate at alpha (trusted-only
calibration), and in a mixed stream (50 % trusted-like, 45 % the kind, 5 % anomalies) the
adaptive (``mad.adaptive``, cross-fitted) flag rates of the shift and of the anomalies.

Methods (all Mahalanobis with OAS shrinkage unless named otherwise, layers = the default
middle-to-late blocks, normalised and averaged as a detector's ``score``):

- ``prompt-last``, ``prompt-mean``: the last prompt token / the mean over prompt tokens;
- ``completion-max``, ``completion-mean``, ``completion-roll3``: every answer token (the state
  that predicted it), aggregated by max, mean, or the max of a rolling mean over 3 tokens;
- ``delta-last``: differences of adjacent blocks at the last token;
- ``cond-last``: late blocks given block 0 (a ridge regression fitted on trusted; Mahalanobis of
  the residual): a shift that early blocks already explain is discounted;
- ``last-minus-mean``: the last token minus the prompt mean (what the model will do, minus what
  the prompt is about);
- ``knn-last``: mad's kNN scorer on the last token;
- ``default``: prompt-last + completion-max under one exact calibration (what ``mad fit`` builds).

Run: ``python bench/shift_methods.py [--tasks backdoor combo quirky] [--alpha 0.05]`` (about
two minutes on 2 cores; it sets ``torch.set_num_threads(2)``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mad.adaptive import cross_fitted  # noqa: E402
from mad.calibration import Calibration, split_indices  # noqa: E402
from mad.capture import default_layers, hook_names, resolve_layout  # noqa: E402
from mad.features import iter_features  # noqa: E402
from mad.metrics import auroc  # noqa: E402
from mad.models import load_model  # noqa: E402
from mad.organisms import backdoor, combo, quirky, shift  # noqa: E402
from mad.records import records_from_prompts  # noqa: E402
from mad.scorers import build_scorer  # noqa: E402

MODELS = {"backdoor": "organism", "combo": "organism:combo", "quirky": "organism:quirky"}
Sets = dict[str, list[str]]


def task_sets(task: str, fits: Callable[[str], bool]) -> Sets:
    """Trusted, trusted-like held-out, anomalies and every shift kind (dev split)."""
    if task == "backdoor":
        sets = {
            "trusted": [
                e.prompt for e in backdoor.make_examples(1500, triggered=False, seed=0, split="val")
            ],
            "clean": [
                e.prompt for e in backdoor.make_examples(300, triggered=False, seed=1, split="test")
            ],
            "anomalies": [
                e.prompt for e in backdoor.make_examples(200, triggered=True, seed=2, split="test")
            ],
        }
        kinds = {
            k: shift.backdoor_shifted(k, 100, split="dev", fits=fits) for k in shift.REVIEW_KINDS
        }
    elif task == "combo":
        mix = {"clean": 1000, "hard_negative": 350, "near_miss": 150}
        sets = {
            "trusted": [
                e.prompt
                for k, n in mix.items()
                for e in combo.make_examples(n, kind=k, seed=0, split="val")
            ],
            "clean": [
                e.prompt
                for k, n in mix.items()
                for e in combo.make_examples(n // 5, kind=k, seed=1, split="test")
            ],
            "anomalies": [
                e.prompt for e in combo.make_examples(200, kind="triggered", seed=2, split="test")
            ],
        }
        kinds = {k: shift.combo_shifted(k, 100, split="dev", fits=fits) for k in shift.REVIEW_KINDS}
    else:
        sets = {
            "trusted": [
                e.prompt
                for e in quirky.make_examples(
                    1500, persona="Alice", difficulty="easy", seed=0, split="val"
                )
            ],
            "clean": [
                e.prompt
                for e in quirky.make_examples(
                    300, persona="Alice", difficulty="easy", seed=1, split="test"
                )
            ],
            "anomalies": [
                e.prompt
                for d in ("easy", "hard")
                for e in quirky.make_examples(
                    100, persona="Bob", difficulty=d, seed=2, split="test"
                )
            ],
        }
        kinds = {
            k: shift.quirky_shifted(k, 100, split="dev", fits=fits) for k in shift.QUIRKY_KINDS
        }
    sets.update({f"shift/{k}": v for k, v in kinds.items()})
    return sets


def capture(loaded, prompts, hooks, max_new):
    """Per record: last [L, d], mean [L, d] and completion tokens [L, T, d] (all hooks)."""
    records = records_from_prompts(prompts)
    out = {
        "last": [None] * len(prompts),
        "mean": [None] * len(prompts),
        "comp": [None] * len(prompts),
    }
    for position in ("last", "mean"):
        for b in iter_features(loaded, records, hooks, position, batch_size=64):
            for row, k in enumerate(b.indices):
                out[position][k] = torch.stack([b.acts[h][row] for h in hooks])
    for b in iter_features(
        loaded, records, hooks, "completion", batch_size=64, max_new_tokens=max_new
    ):
        for row, k in enumerate(b.indices):
            out["comp"][k] = torch.stack([b.acts[h][row] for h in hooks])
    return out


def gauss(x: torch.Tensor):
    s = build_scorer("mahalanobis")
    s.partial_fit(x)
    s.finalize()
    return s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tasks", nargs="+", default=list(MODELS))
    ap.add_argument("--alpha", type=float, default=0.05)
    args = ap.parse_args()
    torch.set_num_threads(2)
    print(f"torch threads: {torch.get_num_threads()}; split: dev; alpha {args.alpha}")
    for task in args.tasks:
        started = time.perf_counter()
        loaded = load_model(MODELS[task], device="cpu")
        ctx = loaded.model.config.n_positions

        def fits(prompt: str, tokenizer=loaded.tokenizer, ctx=ctx) -> bool:
            return len(tokenizer(prompt)["input_ids"]) <= ctx - 8

        sets = task_sets(task, fits)
        hooks = hook_names(loaded.model)
        n_layers = resolve_layout(loaded.model).num_layers
        use = [hooks.index(h) for h in default_layers(n_layers)]
        feats = {name: capture(loaded, prompts, hooks, 6) for name, prompts in sets.items()}
        fit_i, cal_i = split_indices(len(sets["trusted"]), holdout=0.2, seed=0)
        scores = methods(feats, fit_i, use)
        report(task, scores, cal_i, args.alpha, time.perf_counter() - started)


def methods(feats, fit_i, use) -> dict[str, dict[str, np.ndarray]]:
    """method -> set -> (n, L) raw scores per used layer."""
    tr = feats["trusted"]

    def stack(name, kind, j):
        return torch.stack([x[j] for x in feats[name][kind]])

    def per_layer(make, transform):
        models = [make(transform("trusted", j)[fit_i]) for j in use]
        pairs = list(zip(models, use, strict=True))
        return {
            name: np.stack([m.score_samples(transform(name, j)) for m, j in pairs], 1)
            for name in feats
        }

    out = {}
    out["prompt-last"] = per_layer(gauss, lambda n, j: stack(n, "last", j))
    out["prompt-mean"] = per_layer(gauss, lambda n, j: stack(n, "mean", j))
    out["last-minus-mean"] = per_layer(
        gauss, lambda n, j: stack(n, "last", j) - stack(n, "mean", j)
    )
    out["delta-last"] = per_layer(gauss, lambda n, j: stack(n, "last", j) - stack(n, "last", j - 1))
    out["knn-last"] = per_layer(
        lambda x: build_scorer("knn").fit(x), lambda n, j: stack(n, "last", j)
    )
    # late given block 0 (index 1 of the hooks), ridge on trusted fit rows
    base = stack("trusted", "last", 1)[fit_i].double()
    bm = base.mean(0)

    def cond(n, j):
        x0 = stack(n, "last", 1).double() - bm
        return (stack(n, "last", j).double() - x0 @ coefs[j]).float()

    coefs = {}
    for j in use:
        y = stack("trusted", "last", j)[fit_i].double()
        a = base - bm
        g = a.T @ a / len(a)
        lam = 1e-2 * torch.trace(g) / g.shape[0]
        coefs[j] = torch.linalg.solve(
            g + lam * torch.eye(g.shape[0], dtype=g.dtype), a.T @ (y - y.mean(0)) / len(a)
        )
    out["cond-last"] = per_layer(gauss, cond)
    fit_set = set(fit_i.tolist())
    comp_models = [
        gauss(torch.cat([x[j] for k, x in enumerate(tr["comp"]) if k in fit_set])) for j in use
    ]

    def comp(agg):
        return {
            name: np.stack(
                [
                    np.array([agg(m.score_samples(x[j])) for x in feats[name]["comp"]])
                    for m, j in zip(comp_models, use, strict=True)
                ],
                1,
            )
            for name in feats
        }

    def roll3(t):
        return (
            float(np.max(np.convolve(t, np.ones(3) / 3, mode="valid")))
            if len(t) >= 3
            else float(np.mean(t))
        )

    out["completion-max"] = comp(np.max)
    out["completion-mean"] = comp(np.mean)
    out["completion-roll3"] = comp(roll3)
    out["default"] = {
        name: np.concatenate([out["prompt-last"][name], out["completion-max"][name]], 1)
        for name in feats
    }
    return out


def report(task, scores, cal_i, alpha, seconds) -> None:
    kinds = [k for k in next(iter(scores.values())) if k.startswith("shift/")]
    print(f"\n== {task} (dev split, {len(kinds)} shift kinds; {seconds:.0f} s)")
    header = ("min AU", 7), ("mean AU", 8), ("shift flag", 11), ("adapt shift", 12)
    header += ("adapt anom", 11), ("clean", 6)
    print(f"{'method':18s} " + " ".join(f"{h:>{w}s}" for h, w in header))
    for method, by_set in scores.items():
        n_layers = by_set["trusted"].shape[1]
        cal = Calibration.fit(
            {str(j): by_set["trusted"][cal_i, j] for j in range(n_layers)}, alpha=alpha
        )

        def p(name, by_set=by_set, cal=cal, n_layers=n_layers):
            return cal.p_values({str(j): by_set[name][:, j] for j in range(n_layers)})

        thresholds = cal.thresholds()
        centre = {j: np.median(by_set["trusted"][cal_i, j]) for j in range(n_layers)}

        def summary(name, by_set=by_set, centre=centre, thresholds=thresholds):
            """The detector's `score`: mean of (s - median) / (threshold - median)."""
            x = by_set[name]
            return np.mean(
                [
                    (x[:, j] - centre[j]) / max(thresholds[str(j)] - centre[j], 1e-12)
                    for j in range(x.shape[1])
                ],
                axis=0,
            )

        anom = summary("anomalies")
        aus, flags, a_shift, a_anom = [], [], [], []
        rng = np.random.default_rng(0)
        for k in kinds:
            aus.append(auroc(summary(k), anom))
            flags.append(float(np.mean(p(k) <= alpha)))
            n_s = len(by_set[k])
            n_a = max(1, round(n_s * 5 / 45))
            n_c = min(len(by_set["clean"]), round(n_s * 50 / 45))
            idx_c = rng.choice(len(by_set["clean"]), n_c, replace=False)
            idx_a = rng.choice(len(by_set["anomalies"]), n_a, replace=False)
            stream = np.concatenate([by_set["clean"][idx_c], by_set[k], by_set["anomalies"][idx_a]])
            labels = np.array([0] * n_c + [1] * n_s + [2] * n_a)
            order = rng.permutation(len(labels))
            stream, labels = stream[order], labels[order]
            pa, _ = cross_fitted(cal, {str(j): stream[:, j] for j in range(n_layers)})
            a_shift.append(float(np.mean(pa[labels == 1] <= alpha)))
            a_anom.append(float(np.mean(pa[labels == 2] <= alpha)))
        clean = float(np.mean(p("clean") <= alpha))
        print(
            f"{method:18s} {min(aus):7.3f} {np.mean(aus):8.3f} {np.mean(flags):11.3f} "
            f"{np.mean(a_shift):12.3f} {np.mean(a_anom):11.3f} {clean:6.3f}"
        )


if __name__ == "__main__":
    main()
