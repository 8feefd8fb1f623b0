"""Simplified leftovers in a Traditional text (``采用`` for ``採用``), settled by OpenCC."""

from __future__ import annotations

import functools

import opencc

# Characters Simplified shares with everyday Traditional print, where OpenCC writes the
# dictionary form: Taiwan and Hong Kong print 台灣, 台北 as often as 臺灣 (the Ministry's
# standard), so 台 read as 臺 is the author's choice, not a leftover. 台 for 颱 or 檯
# (台風, 吧台) is one still.
_TRADITIONAL_TOO = {"台": "臺"}


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
    may change. A fix: s2t and s2twp agree. A doubt: they disagree. A variant character that
    OpenCC leaves alone (``凈``, see :func:`is_variant`) becomes the standard form both give.
    """
    fixes: list[tuple[int, str, str]] = []
    doubts: list[tuple[int, str, str]] = []
    start = 0
    for line in text.split("\n"):
        simple = _cc("t2s").convert(line)
        a, b = _cc("s2t").convert(simple), _cc("s2twp").convert(simple)
        if len(a) == len(line) == len(simple):
            for i, (old, new) in enumerate(zip(line, a, strict=True)):
                if old == new:
                    continue
                if simple[i] != old:
                    # not a Simplified leftover; maybe a variant OpenCC leaves alone (凈 for 淨)
                    if is_variant(old) and (len(b) != len(line) or b[i] == new):
                        fixes.append((start + i, old, new))
                    continue
                if _cc("s2t").convert(old) == old or _TRADITIONAL_TOO.get(old) == new:
                    continue
                other = b[i] if len(b) == len(line) else new
                if other == new:
                    fixes.append((start + i, old, new))
                else:
                    doubts.append((start + i, old, f"{new} (s2t) / {other} (s2twp)"))
        start += len(line) + 1
    return fixes, doubts


@functools.cache
def is_variant(ch: str) -> bool:
    """A Traditional variant OpenCC leaves alone (``凈``): t2s maps it to a Simplified character
    (``净``), and no OpenCC Simplified-to-Traditional conversion (s2t, s2twp, s2hk) ever writes
    it, neither alone nor inside a dictionary word that holds that character. Standard forms
    (``為`` from s2twp, ``乾`` in ``乾淨``) are therefore not variants."""
    if not ("\u3400" <= ch <= "\u9fff") or _cc("s2t").convert(ch) != ch:
        return False
    simple = _cc("t2s").convert(ch)
    if len(simple) != 1 or simple == ch:
        return False
    from edition.text.charfreq import char_model

    text = "\n".join([simple, *(w for w in char_model().words if simple in w)])
    return not any(ch in _cc(config).convert(text) for config in ("s2t", "s2twp", "s2hk"))
