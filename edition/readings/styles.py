"""Reading styles: how a canonical syllable is printed, and parsing of user-written syllables.

Canonical syllables (see ``edition.model.Reading``) are pypinyin TONE3 with ``5`` for the
neutral tone and ``v`` for ü (``zhong1``, ``de5``, ``nv3``); ``r`` is the erhua 儿.

Styles (one function each, registered by name; registering a name twice is refused):

- ``marks`` (default): tone marks, neutral unmarked, ü written ü: zhōng, de, nǚ; erhua ``r``.
- ``numbers``: tone digit after the syllable, neutral tone written ``5``, ü written ``ü``
  (readers see ü, not the typing convention v): zhong1, de5, nü3, lü4; erhua ``r``.
- ``zhuyin``: bopomofo, Taiwan convention: tone mark after the syllable, first tone unmarked,
  the neutral-tone dot *first* (˙ㄉㄜ); erhua ``ㄦ``.
- ``none``: no reading printed (``label`` returns None).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

StyleFunc = Callable[[str], "str | None"]
STYLES: dict[str, StyleFunc] = {}
DEFAULT_STYLE = "marks"


def register(name: str) -> Callable[[StyleFunc], StyleFunc]:
    """Decorator registering a style function under ``name``; a duplicate name is an error."""

    def deco(func: StyleFunc) -> StyleFunc:
        if name in STYLES:
            raise ValueError(f"reading style '{name}' is already registered")
        STYLES[name] = func
        return func

    return deco


def label(syllable: str, style: str = DEFAULT_STYLE) -> str | None:
    """The printed form of canonical ``syllable`` in ``style`` (None: print nothing)."""
    try:
        func = STYLES[style]
    except KeyError:
        raise ValueError(
            f"unknown reading style '{style}' (expected one of: {', '.join(sorted(STYLES))})"
        ) from None
    return func(syllable)


_TONE_MARKS = {
    v: _marks_of
    for v, _marks_of in zip("aeiouü", ("āáǎà", "ēéěè", "īíǐì", "ōóǒò", "ūúǔù", "ǖǘǚǜ"), strict=True)
}


@register("marks")
def _marks(syllable: str) -> str:
    """Tone-number pinyin with its tone mark, by the standard rule: on a or e; on the o of
    ou; otherwise on the last vowel (liú, guì). Neutral tone: no mark."""
    if syllable == "r":
        return "r"
    base, tone = (syllable[:-1], int(syllable[-1])) if syllable[-1:].isdigit() else (syllable, 5)
    base = base.replace("v", "ü")
    if not 1 <= tone <= 4:
        return base
    vowels = [i for i, c in enumerate(base) if c in _TONE_MARKS]
    if not vowels:  # m, n, ng, hm, hng: the nasal carries the mark (ń, ňg, ḿ)
        at = next(i for i, c in enumerate(base) if c in "mn")
        return unicodedata.normalize(
            "NFC", base[: at + 1] + "\u0304\u0301\u030c\u0300"[tone - 1] + base[at + 1 :]
        )
    at = next((base.index(v) for v in "ae" if v in base), None)
    if at is None:
        at = base.index("o") if "ou" in base else vowels[-1]
    return base[:at] + _TONE_MARKS[base[at]][tone - 1] + base[at + 1 :]


@register("numbers")
def _numbers(syllable: str) -> str:
    return syllable.replace("v", "ü")


_ZHUYIN_TONES = {"1": "", "2": "ˊ", "3": "ˇ", "4": "ˋ"}


@register("zhuyin")
def _zhuyin(syllable: str) -> str:
    if syllable == "r":
        return "ㄦ"
    from pypinyin import Style
    from pypinyin.style import convert

    base, tone = (syllable[:-1], syllable[-1]) if syllable[-1:].isdigit() else (syllable, "5")
    bopo = convert(base, Style.BOPOMOFO, strict=True)  # toneless input -> bare symbols
    bopo = bopo.rstrip("˙ˊˇˋ")
    if tone == "5":
        return "˙" + bopo
    return bopo + _ZHUYIN_TONES[tone]


@register("none")
def _none(syllable: str) -> None:
    return None


# -- parsing ------------------------------------------------------------------------------------

_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SHAPE = re.compile(r"^([a-zü]+)([0-5]?)$")


@lru_cache(maxsize=1)
def valid_bases() -> frozenset[str]:
    """Every toneless syllable (TONE3 spelling, v = ü) in pypinyin's character table.

    Reading the whole table takes 0.6 s, so the set is kept in the cache.
    """
    from edition.cache import cached

    return cached("syllables", "pypinyin", ("edition.readings.styles",), _bases_from_pypinyin)


def _bases_from_pypinyin() -> frozenset[str]:
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.contrib.tone_convert import to_tone3

    out = set()
    seen = set()
    for raw in PINYIN_DICT.values():
        for p in raw.split(","):
            if p in seen:
                continue
            seen.add(p)
            t = to_tone3(p, v_to_u=False, neutral_tone_with_five=True)
            out.add(t.rstrip("012345"))
    return frozenset(b for b in out if b.isascii() and b.isalpha())


def parse_syllable(text: str) -> str:
    """Normalise a user-written syllable to canonical TONE3 (``zhong1``, ``de5``, ``nv3``).

    Accepts tone marks (zhōng, nǚ, de), tone numbers (zhong1, nv3, nu:3, nü3, de5, de0, de),
    any case; ``r`` (erhua). A syllable without a mark or digit is read as neutral tone.
    Raises ValueError naming the text when it is not a valid Mandarin syllable.
    """
    raw = text
    s = text.strip().lower().replace("u:", "ü").replace("ü", "v")
    if s == "r":
        return "r"
    hint = "expected pinyin with tone marks or a tone number 1-5, e.g. zhōng, zhong1, nü3"
    if any(c in _MARKED.replace("ǖǘǚǜ", "") or c in "ǖǘǚǜ" for c in s):
        if re.search(r"\d", s):
            raise ValueError(f"invalid syllable '{raw}': tone mark and tone number together")
        marked = [c for c in s if c in _MARKED]
        if len(marked) > 1:
            raise ValueError(f"invalid syllable '{raw}': more than one tone mark")
        k = _MARKED.index(marked[0])
        s = s.replace(marked[0], "aeiouv"[k // 4]) + str(k % 4 + 1)
    s = s.replace("ü", "v")
    m = _SHAPE.match(s)
    if not m:
        raise ValueError(f"invalid syllable '{raw}': {hint}")
    base, tone = m.group(1), m.group(2) or "5"
    if tone == "0":
        tone = "5"
    if base[:1] in "jqxy" and "v" in base:
        base = base.replace("v", "u")  # ju, que, xun, yue: ü is written u after j q x y
    if base not in valid_bases():
        raise ValueError(f"invalid syllable '{raw}': '{base}' is not a Mandarin syllable")
    return base + tone
