"""How neutral tones are printed: as the dictionary gives them, or with the full tone restored.

An edition's ``neutral`` option (docs/notes-format.md):

- ``dictionary`` (default): the neutral tone where the dictionary has it (地方 dìfang, 东西
  dōngxi 'thing', 桌子 zhuōzi, 看过 kànguo).
- ``full``: every neutral syllable that has a full tone of the same spelling gets it (dìfāng,
  dōngxī, zhuōzǐ, kànguò), as some teachers and Taiwan's dictionaries print them. Particles that
  have no full tone of their own (的 de, 了 le, 着 zhe, 们 men, 么 me) stay neutral, and so do the
  sentence particles whose other readings are other words (吗 ma is not 吗啡's mǎ).

Only the engine's readings change; an editor's override or glossary reading prints as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from edition.model import Reading

NEUTRAL_MODES = ("dictionary", "full")
# particles whose full-tone readings are other words (吗啡 mǎ, 呢子 ní, 们 mén in old texts)
_PARTICLES = frozenset("吗呢吧啊呀哪啦嘛呗哟喽咯啰哇们么")


@lru_cache(maxsize=4096)
def full_tone(char: str, syllable: str) -> str:
    """The full-tone reading of ``char`` spelt like the neutral ``syllable`` (子 zi5 -> zi3),
    or ``syllable`` itself when there is none (的 de5)."""
    if not syllable.endswith("5") or char in _PARTICLES:
        return syllable
    from pypinyin.constants import PINYIN_DICT

    from edition.readings.lexicon import tone3

    base = syllable[:-1]
    for mark in PINYIN_DICT.get(ord(char), "").split(","):
        if mark:
            cand = tone3(mark)
            if cand[:-1] == base and not cand.endswith("5"):
                return cand
    return syllable


def apply_neutral(
    lookup: str, readings: Sequence[Reading | None], mode: str
) -> list[Reading | None]:
    """``readings`` printed in the edition's ``neutral`` mode (see the module docstring);
    ``lookup`` is the Simplified copy, one character per reading."""
    if mode not in NEUTRAL_MODES:
        raise ValueError(f"unknown neutral mode '{mode}' (expected one of: dictionary, full)")
    if mode == "dictionary":
        return list(readings)
    out: list[Reading | None] = []
    for ch, r in zip(lookup, readings, strict=True):
        if r is not None and r.origin not in ("override", "glossary"):
            full = full_tone(ch, r.syllable)
            if full != r.syllable:
                r = Reading(full, r.origin)
        out.append(r)
    return out
