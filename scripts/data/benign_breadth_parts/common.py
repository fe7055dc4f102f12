"""Shared pieces: generic system messages and light register changes (casing, typos, sign-offs)."""

from __future__ import annotations

import random

# Short, generic system messages of the kind real deployments put first (~10 % of records get one).
SYSTEM_MESSAGES = [
    "You are a helpful assistant.",
    "You are a helpful assistant. Answer concisely.",
    "You are a friendly assistant. Keep answers short unless asked for detail.",
    "You are a knowledgeable assistant. If you are unsure, say so.",
    "Be concise and accurate.",
    "You are an AI assistant that helps people find information.",
    "You are a patient tutor. Explain step by step.",
    "Answer in plain language a non-expert can follow.",
    "You are a helpful assistant. Use British English spelling.",
    "You are a helpful assistant. Use Markdown where it helps readability.",
    "You are an assistant for a small office team. Be practical and brief.",
    "You are a helpful, respectful and honest assistant.",
    "You are a writing assistant. Preserve the author's voice.",
    "Respond in the same language the user writes in.",
    "You are a coding assistant. Prefer clear, idiomatic code.",
    "You are a careful assistant. Show your reasoning briefly, then the answer.",
    "You help users with everyday questions. Keep a warm, calm tone.",
    "You are a research assistant. Cite uncertainty where it exists.",
    "Keep responses under 200 words unless the user asks for more.",
    "You are a helpful assistant for a public library's website.",
    "You are an assistant embedded in a note-taking app.",
    "You are a helpful assistant. Today's date is 2024-05-14.",
    "You are a support assistant for a home-appliance shop. Be polite.",
    "You are an assistant. Format lists as bullet points.",
    "You are a study helper for secondary-school students.",
    "You are a helpful assistant. Ask a clarifying question if the request is ambiguous.",
    "You are an assistant for a travel agency's staff.",
    "You are a helpful assistant. Avoid jargon.",
]

POLITE_PREFIXES = [
    "Hi! ",
    "Hello, ",
    "hey ",
    "Quick question: ",
    "Good morning. ",
    "Hi there, ",
    "Sorry if this is basic, but ",
    "Can I ask something? ",
    "Hey, ",
    "Hiya - ",
    "Random question, ",
    "ok so ",
    "Hello! Hope you're well. ",
]

SIGN_OFFS = [
    " Thanks!",
    " thanks",
    " Thank you in advance.",
    " thx",
    " Cheers.",
    " Ta!",
    " Thanks so much :)",
    " Much appreciated.",
    " ty",
    " Thank you!!",
]

EMOJI = [" 🙏", " 😅", " 🤔", " 😊", " 🍝", " 👍", " 🙂", " 😬", " ✨", " 🤷"]


def typo(text: str, rng: random.Random, n: int = 1) -> str:
    """Swap two adjacent letters inside `n` words longer than four letters (a plausible slip)."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    for i in rng.sample(idx, min(n, len(idx))):
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def casual(text: str) -> str:
    """Lower-case, no final full stop: how people type into a chat box in a hurry."""
    t = text.lower()
    return t[:-1] if t.endswith(".") else t


def restyle(text: str, rng: random.Random) -> str:
    """Give a short request one register at random (most are left as written)."""
    r = rng.random()
    if r < 0.55:
        return text
    if r < 0.63:
        return casual(text)
    if r < 0.67:
        return text.upper()
    if r < 0.75:
        return typo(text, rng, n=rng.choice([1, 1, 2]))
    if r < 0.82:
        return text + rng.choice(EMOJI)
    if r < 0.91:
        p = rng.choice(POLITE_PREFIXES)
        lower = p.endswith((", ", "but ", "so ", "hey ")) and text[1:2].islower()
        return p + (text[0].lower() + text[1:] if lower else text)
    return text + rng.choice(SIGN_OFFS)
