"""Simplified leftovers in a Traditional text (``采用`` for ``採用``), settled by OpenCC."""

from __future__ import annotations

import functools

import opencc


@functools.cache
def _cc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def is_traditional(text: str) -> bool:
    """More than three times as many Traditional-only as Simplified-only characters."""
    t2s, s2t = _cc("t2s"), _cc("s2t")
    chars = {c for c in text if "\u4e00" <= c <= "\u9fff"}
    trad = sum(1 for c in chars if t2s.convert(c) != c)
    simp = sum(1 for c in chars if s2t.convert(c) != c)
    return trad > 3 * simp and trad > 0


def find_leftovers(text: str) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """(fixes, doubts) for a Traditional text, each as (offset, old char, new char).

    Each line goes through OpenCC t2s and back through s2t and s2twp (a round trip, so phrase
    tables see the whole word: ``干凈`` -> ``干净`` -> ``乾淨``). Only characters that Simplified
    text uses as they are and that OpenCC converts even alone (``于 -> 於``, not ``同 -> 衕``)
    may change. A fix: s2t and s2twp agree. A doubt: they disagree.
    """
    fixes: list[tuple[int, str, str]] = []
    doubts: list[tuple[int, str, str]] = []
    start = 0
    for line in text.split("\n"):
        simple = _cc("t2s").convert(line)
        a, b = _cc("s2t").convert(simple), _cc("s2twp").convert(simple)
        if len(a) == len(line) == len(simple):
            for i, (old, new) in enumerate(zip(line, a, strict=True)):
                if old == new or simple[i] != old or _cc("s2t").convert(old) == old:
                    continue
                other = b[i] if len(b) == len(line) else new
                if other == new:
                    fixes.append((start + i, old, new))
                else:
                    doubts.append((start + i, old, f"{new} (s2t) / {other} (s2twp)"))
        start += len(line) + 1
    return fixes, doubts
