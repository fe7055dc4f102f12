"""Assemble mad's benign breadth set: ``mad/library/benign/breadth.jsonl``.

Harmless chat requests of every kind (everyday questions, code, other languages, pasted long
documents, structured data, maths, verse, formal/legal text and attack look-alikes), used as the
*benign* side when training or calibrating a probe, so that "unfamiliar" is not learned as
"attack". Every prompt and document comes from the hand-written parts in
``scripts/data/benign_breadth_parts/``; this script only parses them, adds light variation
(register, a generic system message on about 10 % of records, task placement around pasted
documents, seeded table values) and writes the file. It is deterministic: running it again
reproduces the file byte for byte.

    .venv/bin/python scripts/data/benign_breadth.py            # write the JSONL
    .venv/bin/python scripts/data/benign_breadth.py --stats    # + token lengths and diversity

``--stats`` loads only the SmolLM2 tokenizer (no model) and prints the tables used in
``mad/library/benign/README.md``.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import re
import statistics
import sys
import urllib.parse
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from benign_breadth_parts import (  # noqa: E402
    code_a,
    code_b,
    code_c,
    common,
    creative,
    everyday,
    formal,
    hard_a,
    hard_b,
    long_a,
    long_b,
    long_c,
    long_d,
    long_e,
    long_f,
    long_g,
    maths,
    medium,
    multilingual,
    structured,
)

SEED = "mad-benign-breadth-v1"
OUT = HERE.parent.parent / "mad" / "library" / "benign" / "breadth.jsonl"
CATEGORIES = (
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
SYSTEM_RATE = 0.10


def rng_for(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


def exchange(u1: str, a1: str, u2: str) -> list[dict]:
    return [
        {"role": "user", "content": u1},
        {"role": "assistant", "content": a1},
        {"role": "user", "content": u2},
    ]


def blocks(raw: str) -> list[tuple[str, str]]:
    """Split "=== head" blocks into (head, body)."""
    out = []
    for chunk in re.split(r"^=== ", raw.strip(), flags=re.M):
        if chunk.strip():
            head, _, body = chunk.partition("\n")
            out.append((head.strip(), body.strip("\n")))
    return out


def messages_from_block(body: str) -> list[dict]:
    """A block with "@@role" lines becomes several messages; otherwise one user message."""
    if not body.lstrip().startswith("@@"):
        return user(body.strip())
    msgs = []
    for part in re.split(r"^@@", body.strip(), flags=re.M):
        if part.strip():
            role, _, content = part.partition("\n")
            msgs.append({"role": role.strip(), "content": content.strip()})
    return msgs


# --- encodings for the obfuscated hard negatives (computed, so always correct) ---------------

_MORSE = {
    "A": ".-",
    "B": "-...",
    "C": "-.-.",
    "D": "-..",
    "E": ".",
    "F": "..-.",
    "G": "--.",
    "H": "....",
    "I": "..",
    "J": ".---",
    "K": "-.-",
    "L": ".-..",
    "M": "--",
    "N": "-.",
    "O": "---",
    "P": ".--.",
    "Q": "--.-",
    "R": ".-.",
    "S": "...",
    "T": "-",
    "U": "..-",
    "V": "...-",
    "W": ".--",
    "X": "-..-",
    "Y": "-.--",
    "Z": "--..",
}


def _shift(text: str, k: int) -> str:
    def one(c: str) -> str:
        if "a" <= c <= "z":
            return chr((ord(c) - 97 + k) % 26 + 97)
        if "A" <= c <= "Z":
            return chr((ord(c) - 65 + k) % 26 + 65)
        return c

    return "".join(one(c) for c in text)


ENCODERS = {
    "b64": lambda t: base64.b64encode(t.encode()).decode(),
    "rot13": lambda t: _shift(t, 13),
    "caesar3": lambda t: _shift(t, 3),
    "hex": lambda t: t.encode().hex(),
    "rev": lambda t: t[::-1],
    "morse": lambda t: " / ".join(" ".join(_MORSE[c] for c in w) for w in t.upper().split()),
    "bin": lambda t: " ".join(f"{b:08b}" for b in t.encode()),
    # a query string keeps its = and & separators; a single value has them escaped too
    "url": lambda t: urllib.parse.quote(t, safe="=&" if "=" in t else ""),
}


def encode_markers(text: str) -> str:
    return re.sub(r"\[\[(\w+):(.*?)\]\]", lambda m: ENCODERS[m.group(1)](m.group(2)), text)


# --- categories ---------------------------------------------------------------------------------


def build_everyday() -> list[dict]:
    rng = rng_for("everyday")
    recs = [{"messages": user(common.restyle(t, rng))} for _, t in everyday.EVERYDAY]
    recs += [{"messages": user(t)} for _, t in medium.EVERYDAY]
    recs += [{"messages": exchange(u1, a1, u2)} for _, u1, a1, u2 in everyday.EVERYDAY_MULTI]
    return recs


def build_code() -> list[dict]:
    recs = []
    for mod in (code_a, code_b, code_c):
        for lang, body in blocks(mod.RAW):
            recs.append({"messages": user(body.strip()), "language": lang})
    for lang, u1, a1, u2 in code_c.MULTI:
        recs.append({"messages": exchange(u1, a1, u2), "language": lang})
    return recs


def build_multilingual() -> list[dict]:
    recs = []
    for group in (
        multilingual.NATIVE,
        medium.MULTILINGUAL,
        multilingual.MIXED,
        multilingual.TRANSLATION,
        multilingual.INTO,
    ):
        recs += [{"messages": user(t), "language": code} for code, t in group]
    return recs


_GENERIC_DOC_TASKS = [
    "Summarise this in three bullet points.",
    "Can you give me a one-paragraph summary of this?",
    "tl;dr please",
    "What are the main points here?",
    "Summarise this for someone who only has two minutes.",
    "Pull out every date, name and number into a short list.",
    "Proofread this and fix any spelling or grammar mistakes.",
    "Please proofread the text - I think there are a few typos.",
    "Translate the first paragraph into {lang}.",
    "Suggest a good title for this.",
    "Is the tone right for its audience? Suggest two or three improvements.",
    "What questions would a reader probably still have after reading this?",
    "Rewrite this to be about half as long.",
    "Give me the key takeaways as a numbered list.",
]
_GENRE_TASKS = {
    "minutes": [
        "Extract the action items.",
        "List the decisions that were made.",
        "Draft a short email to the attendees summarising the meeting.",
    ],
    "report": [
        "What are the key findings?",
        "Write a short executive summary.",
        "Do the recommendations follow from the findings?",
    ],
    "story": [
        "What did you think of this story? Be honest.",
        "Suggest a title for this story.",
        "Write a two-sentence blurb for this story.",
    ],
    "transcript": [
        "Summarise this conversation.",
        "Turn this into tidy notes with headings.",
        "What were the key points made?",
    ],
    "email": [
        "Draft a reply to this.",
        "What do I actually need to do here?",
        "Summarise this email in one sentence.",
    ],
    "webpage": ["What's this page about?", "Extract the key facts from this page."],
    "recipe": [
        "Make a shopping list from this recipe.",
        "How long will this take in total?",
        "Can this be made vegetarian? What would I swap?",
    ],
    "letter": ["Draft a reply to this letter.", "Summarise what this letter is saying."],
    "product_doc": ["Summarise the main steps.", "Write a short FAQ based on this."],
    "essay": ["Give me feedback on this essay.", "What's the main argument, in one sentence?"],
    "newsletter": ["Which dates should I put in my calendar?"],
    "notes": ["Turn these notes into a short summary."],
}
_LANGS = ["French", "Spanish", "German", "Italian", "Portuguese", "Dutch", "Polish", "Japanese"]
_DOC_LAYOUTS = [
    "{task}\n\n{doc}",
    "{task}\n\n---\n{doc}\n---",
    "{doc}\n\n{task}",
    "{doc}\n\n---\n{task}",
    '{task}\n\n"""\n{doc}\n"""',
    "Here's the text:\n\n{doc}\n\n{task}",
    "{task} Text below.\n\n{doc}",
    "I pasted a document below.\n\n{doc}\n\n{task}",
]


def _unused(text: str, seen: set[str]) -> bool:
    """True (and remembered) when no earlier prompt starts with the same 60 characters."""
    if text[:60] in seen:
        return False
    seen.add(text[:60])
    return True


def build_long() -> list[dict]:
    rng = rng_for("long_document")
    recs = []
    seen: set[str] = set()
    for mod in (long_a, long_b, long_c, long_d, long_e, long_f, long_g):
        for genre, body in blocks(mod.RAW):
            lines = body.split("\n")
            task = None
            if lines[0].startswith("TASK:"):
                task = lines[0][5:].strip()
                body = "\n".join(lines[1:]).strip()
            else:
                pool = _GENRE_TASKS.get(genre, []) + _GENERIC_DOC_TASKS
                task = rng.choice(pool).format(lang=rng.choice(_LANGS))
            if "proofread" in task.lower():  # give the proofreader something to find
                body = common.typo(body, rng, n=max(3, len(body.split()) // 70))
            text = rng.choice(_DOC_LAYOUTS).format(task=task, doc=body)
            if not _unused(text, seen):  # a shared task went first: put the document first
                text = f"{body}\n\n{task}"
                assert _unused(text, seen)
            recs.append({"messages": user(text), "genre": genre})
    return recs


def build_structured() -> list[dict]:
    rng = rng_for("structured")
    recs = [{"messages": user(t)} for t in structured.HAND]
    seen = {t[:60] for t in structured.HAND}
    formats = ["markdown", "csv", "tsv", "json"]
    n_tables = 104
    for i in range(n_tables):
        _, build, tasks = structured.TABLES[i % len(structured.TABLES)]
        header, rows = build(rng)
        table = structured.render_table(header, rows, rng.choice(formats))
        task = rng.choice(tasks + tasks + structured.GENERIC_TABLE_TASKS)
        lead = rng.choice(structured.TABLE_LEADS)
        options = [f"{task}\n\n{table}", f"{lead}{table}\n\n{task}"]
        rng.shuffle(options)
        options += [f"{lead}{table}\n\n{task}" for lead in structured.TABLE_LEADS]
        text = next(t for t in options if _unused(t, seen))
        recs.append({"messages": user(text)})
    return recs


def build_maths() -> list[dict]:
    rng = rng_for("maths")
    recs = []
    for t in maths.MATHS:
        plain = "\n" not in t and "$" not in t and "\\" not in t
        recs.append({"messages": user(common.restyle(t, rng) if plain else t)})
    recs += [{"messages": exchange(*m)} for m in maths.MATHS_MULTI]
    return recs


def build_creative() -> list[dict]:
    rng = rng_for("verse_creative")
    recs = []
    for t in creative.CREATIVE:
        recs.append({"messages": user(common.restyle(t, rng) if "\n" not in t else t)})
    recs += [{"messages": exchange(*m)} for m in creative.MULTI]
    return recs


def build_formal() -> list[dict]:
    return [{"messages": user(t)} for t in formal.FORMAL + medium.FORMAL]


def build_hard() -> list[dict]:
    recs = []
    for raw in (hard_a.RAW, hard_b.RAW, medium.HARD):
        for of, body in blocks(raw):
            msgs = messages_from_block(encode_markers(body))
            recs.append({"messages": msgs, "hard_negative_of": of})
    return recs


BUILDERS = {
    "everyday": build_everyday,
    "code": build_code,
    "multilingual": build_multilingual,
    "long_document": build_long,
    "structured": build_structured,
    "maths": build_maths,
    "verse_creative": build_creative,
    "formal_legal": build_formal,
    "hard_negative": build_hard,
}


def build_all() -> list[dict]:
    out = []
    for cat in CATEGORIES:
        rng = rng_for(f"{cat}:order")
        recs = BUILDERS[cat]()
        for r in recs:
            msgs = r["messages"]
            if msgs[0]["role"] != "system" and rng.random() < SYSTEM_RATE:
                r["messages"] = [
                    {"role": "system", "content": rng.choice(common.SYSTEM_MESSAGES)}
                ] + msgs
            assert r["messages"][-1]["role"] == "user"
        rng.shuffle(recs)
        for r in recs:
            r["category"] = cat
        out += recs
    records = []
    for i, r in enumerate(out, 1):
        rec = {"id": f"ben-{i:04d}", "messages": r["messages"], "category": r["category"]}
        for key in ("language", "hard_negative_of"):
            if key in r:
                rec[key] = r[key]
        records.append((rec, r.get("genre")))
    return records


# --- statistics ---------------------------------------------------------------------------------


def _shingles(text: str, k: int = 8) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + k]) for i in range(max(0, len(words) - k + 1))}


def diversity(texts: list[str]) -> dict:
    sh = [_shingles(t) for t in texts]
    total = Counter(s for ss in sh for s in ss)
    index = defaultdict(list)
    for i, ss in enumerate(sh):
        for s in ss:
            index[s].append(i)
    shared = Counter()
    for ids in index.values():
        if 1 < len(ids) < 50:
            for a in range(len(ids)):
                for b in range(a + 1, len(ids)):
                    shared[(ids[a], ids[b])] += 1
    best, pair = 0.0, None
    for (a, b), n in shared.items():
        j = n / len(sh[a] | sh[b])
        if j > best:
            best, pair = j, (a, b)
    firsts = Counter(t[:60] for t in texts)
    return {
        "shingles_total": sum(len(s) for s in sh),
        "shingles_distinct": len(total),
        "max_jaccard": best,
        "max_pair": pair,
        "dup_first60": sum(n for n in firsts.values() if n > 1),
    }


def stats(records: list[tuple[dict, str | None]]) -> None:
    import os

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from transformers import AutoTokenizer

    from mad.models import resolve_source

    src, extra = resolve_source("smollm2")
    tok = AutoTokenizer.from_pretrained(src, **extra)

    def n_tokens(msgs: list[dict]) -> int:
        text = tok.apply_chat_template(msgs, add_generation_prompt=True, tokenize=False)
        return len(tok(text, add_special_tokens=False)["input_ids"])

    by_cat: dict[str, list[int]] = defaultdict(list)
    allx = []
    for rec, _ in records:
        n = n_tokens(rec["messages"])
        by_cat[rec["category"]].append(n)
        allx.append(n)

    def row(name: str, xs: list[int]) -> str:
        q = statistics.quantiles(xs, n=10)
        return (
            f"| {name} | {len(xs)} | {min(xs)} | {q[0]:.0f} | {statistics.median(xs):.0f} | "
            f"{q[8]:.0f} | {max(xs)} |"
        )

    print("| category | records | min | p10 | median | p90 | max |")
    print("|---|---|---|---|---|---|---|")
    for cat in CATEGORIES:
        print(row(cat, by_cat[cat]))
    print(row("**all**", allx))
    short = sum(1 for x in allx if x <= 60)
    over = sum(1 for x in allx if x > 150)
    q4 = statistics.quantiles(allx, n=4)
    print(
        f"\n<= 60 tokens: {short} ({short / len(allx):.0%}); > 150 tokens: {over} "
        f"({over / len(allx):.0%}); > 1500 tokens: {sum(1 for x in allx if x > 1500)}; "
        f"quartiles {q4[0]:.0f} / {q4[1]:.0f} / {q4[2]:.0f}"
    )

    sysn = sum(1 for rec, _ in records if rec["messages"][0]["role"] == "system")
    multi = sum(1 for rec, _ in records if any(m["role"] == "assistant" for m in rec["messages"]))
    print(f"system message: {sysn} ({sysn / len(records):.1%}); multi-turn: {multi}")

    words = [len(rec["messages"][-1]["content"].split()) for rec, g in records if g]
    print(
        f"long_document words (whole user turn): min {min(words)} median "
        f"{statistics.median(words):.0f} max {max(words)}"
    )
    print("genres:", dict(Counter(g for _, g in records if g)))
    for key in ("language", "hard_negative_of"):
        print(key, dict(Counter(rec[key] for rec, _ in records if key in rec)))
    print("everyday domains:", len({d for d, _ in everyday.EVERYDAY + medium.EVERYDAY}))

    last = [rec["messages"][-1]["content"] for rec, _ in records]
    full = ["\n".join(m["content"] for m in rec["messages"]) for rec, _ in records]
    print("diversity (last user turn):", diversity(last))
    print("diversity (whole conversation):", diversity(full))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stats", action="store_true", help="print token lengths and diversity")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    records = build_all()
    firsts = Counter(rec["messages"][-1]["content"][:60] for rec, _ in records)
    dups = [k for k, n in firsts.items() if n > 1]
    if dups:
        raise SystemExit(f"{len(dups)} prompts share their first 60 characters, e.g. {dups[0]!r}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec, _ in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = Counter(rec["category"] for rec, _ in records)
    print(f"wrote {len(records)} records to {args.out}: {dict(counts)}")
    if args.stats:
        stats(records)


if __name__ == "__main__":
    main()
