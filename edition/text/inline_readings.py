"""Stray inline readings left by a page that showed ruby: ``進(jìn)`` -> ``進`` + hint ``jin4``."""

from __future__ import annotations

import functools
import re
import unicodedata

from edition.text.segment import is_han

TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
READING_RE = re.compile(r"\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7})\)")
# what is left of a reading whose '(' went with damaged bytes: 'cháng)'
FRAGMENT_RE = re.compile(r"(?<![(A-Za-z\u00c0-\u024f])([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7})\)")


@functools.cache
def toned_syllables() -> frozenset[str]:
    """Every tone-marked syllable pypinyin knows (from its character table)."""
    from pypinyin.pinyin_dict import pinyin_dict

    out: set[str] = set()
    for value in pinyin_dict.values():
        out.update(value.split(","))
    return frozenset(out)


def tone_number(syllable: str) -> str:
    """``jìn`` -> ``jin4``; ``lǚ`` -> ``lv3``; no mark -> tone 5."""
    tone = "5"
    base = []
    for ch in unicodedata.normalize("NFD", syllable.lower()):
        if ch in TONE_MARKS:
            tone = TONE_MARKS[ch]
        elif ch == "\u0308":
            base[-1] = "v"
        else:
            base.append(ch)
    return "".join(base) + tone


def find_readings(text: str) -> list[tuple[int, int, int, str]]:
    """Readings to strip: (start, end, offset of the base character, tone-number syllable).

    A reading is a known pinyin syllable in ASCII brackets right after a Han character.
    """
    found = []
    known = toned_syllables()
    for m in READING_RE.finditer(text):
        s = m.start()
        if s == 0 or not is_han(text[s - 1]):
            continue
        syl = m.group(1).lower()
        if syl not in known and not (syl.isascii() and len(syl) <= 6 and _plain(syl)):
            continue
        found.append((s, m.end(), s - 1, tone_number(syl)))
    return found


def is_syllable(syl: str) -> bool:
    """A pinyin syllable pypinyin knows, with its tone mark or without one."""
    syl = syl.lower()
    return syl in toned_syllables() or (syl.isascii() and _plain(syl))


@functools.cache
def _plain_set() -> frozenset[str]:
    return frozenset(tone_number(s)[:-1] for s in toned_syllables())


def _plain(syl: str) -> bool:
    """A syllable written without tone mark (neutral tone), e.g. ``de``."""
    return syl in _plain_set()
