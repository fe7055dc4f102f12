"""Evasion rewrites: deterministic, and every library attack keeps its payload."""

from __future__ import annotations

import re

import pytest

from mad import evasion, library
from mad.records import records_from_prompts

ATTACKS = library.attacks()


def _last(record) -> str:
    return record.messages[-1].content


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("name", evasion.EVASIONS)
def test_rewrites_are_deterministic_and_labelled(name):
    first, again = evasion.evade(ATTACKS, name), evasion.evade(ATTACKS, name)
    assert first == again
    assert [r.id for r in first] == [f"{r.id}~{name}" for r in ATTACKS]
    for before, after in zip(ATTACKS, first, strict=True):
        assert after.meta == {**before.meta, "evasion": name}
        assert after.messages[: len(before.messages) - 1] == before.messages[:-1]
        assert after.messages[-1].role == "user"
    changed = sum(_last(a) != _last(b) for a, b in zip(ATTACKS, first, strict=True))
    assert changed >= 0.5 * len(ATTACKS), (name, changed)


def test_paraphrase_inverts_and_its_synonyms_never_occur_in_the_library():
    texts = [m.content.lower() for r in ATTACKS for m in r.messages]
    for synonym in evasion.PARAPHRASES.values():
        pattern = re.compile(rf"\b{re.escape(synonym)}\b")
        assert not any(pattern.search(t) for t in texts), synonym
    for before, after in zip(ATTACKS, evasion.evade(ATTACKS, "paraphrase"), strict=True):
        assert evasion.unparaphrase(_last(after)).lower() == _last(before).lower()
    assert evasion.paraphrase("IGNORE the System prompt") == (
        "PAY NO HEED TO the Opening configuration text"
    )


def test_padding_keeps_the_request_whole_and_adds_harmless_text():
    for where in ("pad_before", "pad_after"):
        for before, after in zip(ATTACKS, evasion.evade(ATTACKS, where), strict=True):
            text, original = _last(after), _last(before)
            assert (text.endswith if where == "pad_before" else text.startswith)(original)
            filler = text.replace(original, "", 1).strip().split("\n\n")
            assert len(filler) == 2 and set(filler) <= set(evasion.PADDING)


def test_casing_spacing_and_leetspeak_change_only_the_surface():
    for before, after in zip(ATTACKS, evasion.evade(ATTACKS, "casing"), strict=True):
        assert _last(after).casefold() == _last(before).casefold()
    for before, after in zip(ATTACKS, evasion.evade(ATTACKS, "spacing"), strict=True):
        assert _squeeze(_last(after)) == _squeeze(_last(before))
    for before, after in zip(ATTACKS, evasion.evade(ATTACKS, "leetspeak"), strict=True):
        words_before = re.split(r"([A-Za-z]+)", _last(before))
        # Word for word: a vocabulary word in leetspeak, any other word untouched.
        rebuilt = "".join(
            w.translate(evasion.LEET) if w.lower() in evasion.LEET_WORDS else w
            for w in words_before
        )
        assert rebuilt == _last(after)


def test_split_turns_sends_the_request_in_two_parts():
    for before, after in zip(ATTACKS, evasion.evade(ATTACKS, "split_turns"), strict=True):
        *_, first, ack, second = after.messages
        assert (first.role, ack.role, second.role) == ("user", "assistant", "user")
        assert first.content.startswith(evasion.SPLIT_INTRO)
        assert second.content.startswith("Part 2:\n") and ack.content == evasion.SPLIT_ACK
        part1 = first.content[len(evasion.SPLIT_INTRO) :]
        part2 = second.content[len("Part 2:\n") : -len(evasion.SPLIT_OUTRO)]
        assert part1 + part2 == _last(before) and part1.strip() and part2.strip()
    assert evasion.split_point("One. Two three. Four five six seven.") == 16


def test_refusals():
    with pytest.raises(ValueError, match="unknown evasion 'rot13'"):
        evasion.evade(ATTACKS[:1], "rot13")
    with pytest.raises(ValueError, match="rewrite a chat record's last user turn"):
        evasion.evade(records_from_prompts(["plain prompt"]), "casing")
