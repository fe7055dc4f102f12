"""mad's shipped prompt library: attack prompts in two independent halves, and benign breadth.

The data lives beside this module (``attacks/half_a.jsonl``, ``attacks/half_b.jsonl``,
``benign/breadth.jsonl``; provenance, licence and category tables in the READMEs there) and is
installed with the package. A supervised probe needs both sides: attacks to learn what matters,
and *broad* benign requests (other languages, code, long documents, attack look-alikes) so that
"unfamiliar" is not learned as "attack".

Records are `mad.records.Record` objects (chat ``messages``); the data's own fields
(``category``, ``carrier``, ``placement``, ``half`` ...) are in ``Record.meta``. A ``limit``
keeps a seeded sample that preserves the category mix (capturing the whole library costs
minutes of forward passes on a CPU), always in file order so that the same call returns the
same records.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import numpy as np

from mad.errors import ConfigError
from mad.records import Record, read_records

__all__ = [
    "ATTACK_CATEGORIES",
    "BENIGN_CATEGORIES",
    "DATA",
    "attacks",
    "benign_breadth",
    "category_counts",
    "hash_split",
    "stratified",
]

DATA = Path(__file__).resolve().parent
HALVES = ("a", "b")
ATTACK_CATEGORIES = (
    "direct_injection",
    "indirect_injection",
    "tool_result_injection",
    "system_prompt_exfiltration",
    "roleplay_jailbreak",
    "instruction_override",
    "obfuscated",
    "harmful_request",
    "tool_call_hijack",
    "data_exfiltration",
)
BENIGN_CATEGORIES = (
    "everyday",
    "code",
    "multilingual",
    "long_document",
    "structured",
    "maths",
    "verse_creative",
    "formal_legal",
    "hard_negative",
)


@cache
def _read(relative: str) -> tuple[Record, ...]:
    return tuple(read_records(DATA / relative))


def attacks(
    half: str = "both",
    categories: Iterable[str] | None = None,
    limit: int | None = None,
    seed: int = 0,
) -> list[Record]:
    """Attack prompts of half ``"a"``, ``"b"`` or ``"both"``, optionally only some categories.

    ``limit`` keeps at most that many, drawn per category in proportion (seeded by ``seed``).
    """
    if half not in (*HALVES, "both"):
        raise ConfigError(f"attack library half must be 'a', 'b' or 'both', got {half!r}")
    halves = HALVES if half == "both" else (half,)
    records = [r for h in halves for r in _read(f"attacks/half_{h}.jsonl")]
    return _select(records, categories, ATTACK_CATEGORIES, limit, seed, "attack")


def benign_breadth(
    limit: int | None = None, categories: Iterable[str] | None = None, seed: int = 0
) -> list[Record]:
    """Harmless requests across topics, forms, languages and lengths (incl. hard negatives)."""
    records = list(_read("benign/breadth.jsonl"))
    return _select(records, categories, BENIGN_CATEGORIES, limit, seed, "benign breadth")


def category_counts(records: Iterable[Record]) -> dict[str, int]:
    """``{category: count}`` of library records, in descending count then name order."""
    counts = Counter(str(r.meta.get("category")) for r in records)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def hash_split(
    records: Sequence[Record], fraction: float, salt: str = "mad"
) -> tuple[list[Record], list[Record]]:
    """(kept, held out): about ``fraction`` of each category held out, chosen by id hash.

    A hash of the id (not a draw) decides, so a record lands on the same side whatever else is
    in the set, and a set can be grown without moving old records across the split.
    """
    if not 0.0 < fraction < 1.0:
        raise ConfigError(f"held-out fraction must be in (0, 1), got {fraction}")
    by_category: dict[str, list[Record]] = {}
    for r in records:
        by_category.setdefault(str(r.meta.get("category")), []).append(r)
    out: set[Record] = set()
    for group in by_category.values():
        ranked = sorted(group, key=lambda r: hashlib.sha256(f"{salt}:{r.id}".encode()).digest())
        out.update(ranked[: round(fraction * len(group))])
    return [r for r in records if r not in out], [r for r in records if r in out]


def _select(
    records: list[Record],
    categories: Iterable[str] | None,
    known: Sequence[str],
    limit: int | None,
    seed: int,
    what: str,
) -> list[Record]:
    if categories is not None:
        wanted = list(dict.fromkeys(categories))
        unknown = [c for c in wanted if c not in known]
        if unknown:
            raise ConfigError(
                f"unknown {what} categor{'y' if len(unknown) == 1 else 'ies'} "
                f"{', '.join(unknown)}; known: {', '.join(known)}"
            )
        records = [r for r in records if r.meta.get("category") in wanted]
    if limit is None or limit >= len(records):
        return records
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ConfigError(f"{what} limit must be a positive integer, got {limit!r}")
    return stratified(records, limit, seed)


def stratified(records: Sequence[Record], limit: int, seed: int = 0) -> list[Record]:
    """`limit` records (seeded), each category's share kept (largest remainders), in order."""
    groups: dict[str, list[int]] = {}
    for k, r in enumerate(records):
        groups.setdefault(str(r.meta.get("category")), []).append(k)
    names = sorted(groups)
    exact = np.array([limit * len(groups[c]) / len(records) for c in names])
    take = np.floor(exact).astype(int)
    for j in np.argsort(-(exact - take), kind="stable")[: limit - int(take.sum())]:
        take[j] += 1
    rng = np.random.default_rng(seed)
    kept: set[int] = set()
    for name, n in zip(names, take, strict=True):
        kept.update(int(k) for k in rng.permutation(groups[name])[:n])
    return [r for k, r in enumerate(records) if k in kept]
