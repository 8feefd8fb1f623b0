"""Stray inline readings left by a page that showed ruby: ``進(jìn)`` -> ``進`` + hint ``jin4``,
and a word's readings run together after it: ``毛肚(máodǔ)``, ``進行(jìn xíng)``; with tone
numbers too (``行(hang2)``, ``銀行(yin2 hang2)``) or in zhuyin (``長(ㄓㄤˇ)``, ``長（ㄓㄤˇ）``)."""

from __future__ import annotations

import functools
import re
import unicodedata

from edition.text.segment import is_han

TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
READING_RE = re.compile(r"\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7})\)")
# tone numbers: '(hang2)', '(yin2 hang2)', '(lv4)', '(lü4)'
NUMBERED_RE = re.compile(r"\(((?:[a-zü]{1,6}[1-5] ?){1,6})\)")
_NUMBERED_SYL = re.compile(r"[a-zü]{1,6}[1-5]")
# zhuyin, in ASCII or full-width brackets (nothing else is written in bopomofo): '(ㄓㄤˇ)'
_BOPO = "\u3105-\u312f\u31a0-\u31bf"
_BOPO_TONES = "ˉˊˇˋ˙"
ZHUYIN_RE = re.compile(rf"[(（]((?:[{_BOPO}{_BOPO_TONES}]{{1,5}}[ \u3000]?){{1,6}})[)）]")
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


# a word's readings in ASCII brackets, run together or apart: '(máodǔ)', '(jìn xíng)'
WORD_READING_RE = re.compile(r"\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê' ]{2,40})\)")
_MAX_WORD = 6  # syllables of a word's reading


def find_readings(text: str) -> list[tuple[int, int, int, str]]:
    """Readings to strip: (start, end, offset of the base character, tone-number syllable).

    A reading is a known pinyin syllable in ASCII brackets right after a Han character, or a
    word's syllables there, each a reading of its character in the word before the bracket
    (then one tuple per character, all with the bracket's span).
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
    taken = {f[0] for f in found}
    for regex, parse in ((NUMBERED_RE, _numbered), (ZHUYIN_RE, _zhuyin)):
        for m in regex.finditer(text):
            s = m.start()
            syls = parse(m.group(1))
            if s in taken or not syls or s < len(syls):
                continue
            chars = text[s - len(syls) : s]
            # unlike a tone-marked syllable, each must be a reading of its character
            if all(map(is_han, chars)) and all(map(_reads, chars, syls)):
                found.extend((s, m.end(), s - len(syls) + k, x) for k, x in enumerate(syls))
                taken.add(s)
    for m in WORD_READING_RE.finditer(text):
        s = m.start()
        if s in taken or s == 0 or not is_han(text[s - 1]):
            continue
        syls = _word_syllables(text[:s], m.group(1).lower())
        if syls:
            found.extend((s, m.end(), s - len(syls) + k, syl) for k, syl in enumerate(syls))
    return sorted(found)


def _numbered(reading: str) -> list[str] | None:
    """``yin2 hang2`` or ``yin2hang2`` -> ``['yin2', 'hang2']``; ``lü4`` -> ``lv4``."""
    syls = _NUMBERED_SYL.findall(reading.replace(" ", ""))
    out = [x.replace("ü", "v") for x in syls]
    return out if all(_plain(x[:-1]) for x in out) else None


@functools.cache
def _zhuyin_table() -> dict[str, str]:
    """Toneless zhuyin -> toneless pinyin (``ㄓㄤ`` -> ``zhang``), from pypinyin's own table."""
    from pypinyin import Style
    from pypinyin.style import convert

    table = {}
    for plain in _plain_set():
        try:
            bopo = convert(plain, Style.BOPOMOFO, strict=True)
        except Exception:  # a syllable pypinyin cannot spell in zhuyin: no entry
            continue
        table.setdefault(bopo.strip(_BOPO_TONES), plain)
    return table


def _zhuyin(reading: str) -> list[str] | None:
    """``ㄓㄤˇ`` -> ``['zhang3']``; ``ㄧㄣˊ ㄏㄤˊ`` -> two; the light-tone dot before or after."""
    out = []
    for syl in reading.replace("\u3000", " ").split():
        base = "".join(ch for ch in syl if ch not in _BOPO_TONES)
        plain = _zhuyin_table().get(base)
        if plain is None:
            return None
        tone = next((str(_BOPO_TONES.index(ch) + 1) for ch in syl if ch in _BOPO_TONES), "1")
        out.append(plain + ("5" if tone == "5" else tone))
    return out or None


def _word_syllables(before: str, reading: str) -> list[str] | None:
    """The tone-number syllables of ``reading`` (a word's pinyin, spaced or run together)
    when each is a reading of its character among the Han characters ending ``before``."""
    for syls in _segmentations(reading.replace("'", " ")):
        n = len(syls)
        chars = before[-n:]
        if 1 < n <= _MAX_WORD and len(chars) == n and all(map(is_han, chars)):
            numbered = [tone_number(x) for x in syls]
            if all(_reads(ch, syl) for ch, syl in zip(chars, numbered, strict=True)):
                return numbered
    return None


def _segmentations(reading: str) -> list[list[str]]:
    """Every way to cut ``reading`` into known syllables (spaces are cuts), fewest first."""
    out: list[list[str]] = []

    def walk(rest: str, got: list[str]) -> None:
        rest = rest.lstrip(" ")
        if not rest:
            out.append(got)
            return
        if len(got) == _MAX_WORD or len(out) > 20:
            return
        for k in range(min(7, len(rest)), 0, -1):
            piece = rest[:k]
            if " " not in piece and is_syllable(piece):
                walk(rest[k:], [*got, piece])

    walk(reading, [])
    return sorted(out, key=len)


@functools.cache
def _char_readings(ch: str) -> frozenset[str]:
    from pypinyin.pinyin_dict import pinyin_dict

    value = pinyin_dict.get(ord(ch), "")
    return frozenset(tone_number(r) for r in value.split(",") if r)


def _reads(ch: str, syl: str) -> bool:
    """Whether ``syl`` (tone number) is a reading of ``ch``, a neutral one any of its tones."""
    readings = _char_readings(ch)
    return syl in readings or (syl.endswith("5") and any(r[:-1] == syl[:-1] for r in readings))


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
