"""Stage 3, convert: the cleaned text in the edition's script, plus an aligned Simplified copy.

Readings are looked up on the Simplified copy (pypinyin's phrase data is keyed on Simplified
words); the page shows the converted text. Conversions such as ``s2twp`` change the length of
the text (軟件 -> 軟體 is equal, 鼠标 -> 滑鼠 too, but 'U盘' -> 'USB隨身碟' is not), so the stage
keeps a map from each displayed character back to its character in the cleaned text.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import opencc

# An edition's 'script' option -> OpenCC configurations applied in order. 's2twp' first goes
# to Simplified so that it also works on a Traditional source (Taiwan phrases as an option).
CONVERSIONS: dict[str, tuple[str, ...]] = {
    "source": (),
    "t2s": ("t2s",),
    "s2t": ("s2t",),
    "t2tw": ("s2t", "t2tw"),
    "t2hk": ("s2t", "t2hk"),
    "s2twp": ("t2s", "s2twp"),
}
HANT_SCRIPTS = {"s2t", "t2tw", "t2hk", "s2twp"}
_CHUNK = re.compile(
    r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+|[^\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+"
)


@functools.cache
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(f"{config}.json")


def convert_string(text: str, script: str) -> str:
    """Convert a short string (a note body, a title) with an edition's script option."""
    source = text
    for config in CONVERSIONS[script]:
        text = converter(config).convert(text)
    return _printable(source, text)


def _printable(source: str, out: str) -> str:
    """``out`` with each character OpenCC moved out of the Basic Plane given back its source
    form: the rare simplified forms there (蟳 -> 𫊻) are in no font we ship, and a page with a
    blank box is worse than a Traditional character in a Simplified text."""
    if len(out) != len(source) or _ASTRAL.search(out) is None:
        return out
    return "".join(
        b if ord(b) <= 0xFFFF or ord(a) > 0xFFFF else a for a, b in zip(source, out, strict=True)
    )


@dataclass(slots=True)
class Converted:
    """The displayed text with its lookup copy and its way back to the cleaned text."""

    display: str
    lookup: str  # Simplified, len(lookup) == len(display)
    back: list[int]  # back[i]: index in the cleaned text of display[i]; len(display) + 1 entries
    forward: list[int]  # forward[j]: index in display of cleaned[j]; len(cleaned) + 1 entries


def lookup_copy(text: str) -> str:
    """A Simplified copy of ``text`` of exactly its length, for lookups and matching.

    A line where OpenCC's phrase conversion changes the length is converted one character at
    a time instead; the other lines keep their phrase conversion.
    """
    t2s = converter("t2s")
    simple = t2s.convert(text)
    if len(simple) != len(text):
        out = []
        for line in text.splitlines(keepends=True):
            conv = t2s.convert(line)
            if len(conv) != len(line):
                conv = "".join(s if len(s := t2s.convert(ch)) == 1 else ch for ch in line)
            out.append(conv)
        simple = "".join(out)
    simple = _printable(text, _keep_simplified(text, simple))
    if _MERGED_AWAY.search(text):
        simple = _merged_by_role(text, simple)
    if "著" in simple:
        simple = _ASPECT_ZHE.sub("着", simple)
    if "秤重" in simple:
        simple = _WEIGH.sub("称重", simple)
    if _ASTRAL.search(simple) is None:
        return simple
    return "".join(_traditional_form(ch) for ch in simple)


def written_traditional(text: str, lookup: str) -> bool:
    """Whether ``text`` is written in Traditional characters: its lookup copy (``lookup_copy``)
    changes more than 1% of them; a Simplified text's only changes are rare variants (𫊻)."""
    changed = sum(a != b for a, b in zip(text, lookup, strict=True))
    return changed > len(text) * 0.01


# OpenCC's t2s keeps 著 wherever its phrases 著名, 著作 and 著书 start, also when the 著 is the
# aspect after a verb of holding, writing or looking (拿著名單 'holding the list', 寫著名字, 帶著
# 作業, 抱著書 'holding a book'): the lookup copy writes 着 there, so the words and rules read
# the aspect, not 著名 'famous' or 著书 'write books'. Verbs that make words with 著 zhù (編著,
# 合著, 論著, 原著) are not among them. Its phrase 著稱 'famous for' keeps 著 too where the aspect
# meets 稱心 or 稱讚 (穿著稱心 'comfortable to wear', 看著稱讚): after such a verb that is the
# aspect as well, unless 以 opens the phrase (以畫著稱 'famous for painting', 以寫著書為生).
_ASPECT_ZHE = re.compile(
    "(?<=[拿写带看听抱提举穿戴挂贴印刻画记抄握捧端扛背揣捏攥抓顶盯望瞪指标喊叫念唱翻读搂夹拎])"
    "(?<!以.)著(?=[名作书称])"
)

# Taiwan writes the verb 'weigh' 秤 in 秤重 (称重 chēngzhòng), which t2s keeps: the lookup copy
# writes 称, so the word is read whole and no 重算 'recount' takes its 重; the second 秤 of 秤一
# 秤重量 stays, for the rules that read the doubled verb
_WEIGH = re.compile("(?<![一了])秤重")

# Characters t2s merges into a Simplified form whose other reading they never have: 朮 is
# only zhú, the herb (白朮 蒼朮; 術 is shù), and stays 朮 in the lookup copy, which the readings
# engine reads so; 閤 is gé, a variant of 閣 (閤下, 閤門 'the palace gate', a hall's name),
# except where it stands for 合 'whole, close' (閤家 閤府 閤第, 閤眼 閤上; 教育部《重編國語辭典》),
# where t2s's 合 is right.
_MERGED_AWAY = re.compile("[朮閤]")
_HE_AFTER = frozenset("家府第眼上攏拢")


def _merged_by_role(text: str, simple: str) -> str:
    out = list(simple)
    for m in _MERGED_AWAY.finditer(text):
        i = m.start()
        if text[i] == "朮":
            out[i] = "朮"
        elif text[i + 1 : i + 2] not in _HE_AFTER:
            out[i] = "阁"
    return "".join(out)


# OpenCC simplifies about 800 rare Traditional characters to forms outside the Basic Plane
# (蟳 -> 𫊻, 鱘's kin), half of which no reading dictionary knows: the lookup copy keeps a
# form the dictionaries read, the source's (``_printable``) or, for such a form in the source,
# the Traditional.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _traditional_form(ch: str) -> str:
    if ord(ch) <= 0xFFFF:
        return ch
    back = _s2t_characters().convert(ch)
    return back if len(back) == 1 and ord(back) <= 0xFFFF else ch


def _keep_simplified(text: str, simple: str) -> str:
    """``simple`` with the Simplified forms of ``text`` put back where a phrase changed them.

    OpenCC's t2s phrases also swap classical variants: 一坏 becomes 一坯 (一坏土 'a handful of
    earth'), which turns 一好一坏 'one good, one bad' into 'one unfired brick'. A character that
    is already a Simplified form (s2t changes it, t2s alone leaves it) was written Simplified.
    """
    if simple == text:
        return simple
    out = list(simple)
    for i, (a, b) in enumerate(zip(text, simple, strict=True)):
        if a != b and _simplified_form(a):
            out[i] = a
    return "".join(out)


@functools.cache
def _simplified_form(ch: str) -> bool:
    return converter("t2s").convert(ch) == ch and _s2t_characters().convert(ch) != ch


@functools.cache
def _s2t_characters() -> opencc.OpenCC:
    """s2t for one character at a time, from its character table alone: the phrase tables of
    s2t cost 28 MB and 0.1 s to load at every build, and a lone character needs none of them."""
    table = Path(opencc.__file__).parent / "clib" / "share" / "opencc" / "STCharacters.ocd2"
    if not table.is_file():
        return converter("s2t")
    from edition import cache
    from edition.files import write_atomic

    config = json.dumps(
        {
            "name": "s2t, characters only",
            "conversion_chain": [{"dict": {"type": "ocd2", "file": str(table)}}],
        }
    )
    path = cache.folder("opencc") / "s2t-characters.json"
    try:
        if not path.is_file() or path.read_text(encoding="utf-8") != config:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, config.encode("utf-8"))
        return opencc.OpenCC(str(path))
    except (OSError, RuntimeError, ValueError):  # a read-only cache, or OpenCC refused it
        return converter("s2t")


# Characters OpenCC leaves as they are because only the reading tells which character the
# other script writes: a Traditional 著 is Simplified 着 when read zhe/zháo/zhuó/zhāo and 著
# when read zhù (著名); 揹 is 背 (bēi); 瞭 is 了 (liǎo) but 瞭 in 瞭望 (liào)... Keyed by the
# displayed character, then by the reading ("*": any reading).
SIMPLIFIED_BY_READING: dict[str, dict[str, str]] = {
    "著": {"zhe5": "着", "zhao2": "着", "zhuo2": "着", "zhao1": "着"},
    "揹": {"*": "背"},
    "瞭": {"liao3": "了"},
    "藉": {"jie4": "借"},
    "沈": {"chen2": "沉"},
    "祇": {"zhi3": "只"},
    "甦": {"*": "苏"},
    # Taiwan writes the gears 排檔/空檔 with 檔 dǎng; the mainland writes 挡 (档 is dàng, files)
    "档": {"dang3": "挡"},
}
# OpenCC's s2t writes 揹着 for 背着 whatever the reading; 揹 is only bēi 'carry'.
TRADITIONAL_BY_READING: dict[str, dict[str, str]] = {"揹": {"bei4": "背"}}
HANS_SCRIPTS = {"t2s"}


def _by_reading_table(script: str) -> dict[str, dict[str, str]]:
    if script in HANS_SCRIPTS:
        return SIMPLIFIED_BY_READING
    return TRADITIONAL_BY_READING if script in HANT_SCRIPTS else {}


def needs_readings(text: str, script: str) -> bool:
    """Whether ``text``, converted for ``script``, holds a character only its reading settles."""
    table = _by_reading_table(script)
    return any(ch in table for ch in text)


def settle(text: str, readings: list, script: str) -> str:
    """``text`` (converted for ``script``) with the characters OpenCC could not settle chosen by
    their reading (``SIMPLIFIED_BY_READING`` for a Simplified edition, ``TRADITIONAL_BY_READING``
    for a Traditional one). ``readings`` has one ``Reading`` (or None) per character; characters
    are replaced one for one."""
    table = _by_reading_table(script)
    out = list(text)
    for i, ch in enumerate(text):
        choices = table.get(ch)
        r = readings[i] if i < len(readings) else None
        if choices and r is not None:
            out[i] = choices.get(r.syllable) or choices.get("*") or ch
    return "".join(out)


def by_reading(conv: Converted, readings: list, script: str) -> Converted:
    """``conv`` with its display text settled by reading (:func:`settle`); in a Simplified
    edition the lookup copy takes the chosen characters too. Offsets and the maps stay."""
    if not needs_readings(conv.display, script):
        return conv
    display = settle(conv.display, readings, script)
    lookup = conv.lookup
    if script in HANS_SCRIPTS:
        lookup = "".join(
            new if new != old else kept
            for old, new, kept in zip(conv.display, display, conv.lookup, strict=True)
        )
    return Converted(display, lookup, conv.back, conv.forward)


def convert_text(cleaned: str, script: str, language: str = "") -> Converted:
    """Convert the cleaned text for an edition; chunks whose length changes map proportionally."""
    configs = CONVERSIONS[script]
    if not configs:
        display = cleaned
        back = list(range(len(cleaned) + 1))
    else:
        parts: list[str] = []
        back = []
        for m in _CHUNK.finditer(cleaned):
            chunk = m.group()
            out = chunk
            for config in configs:
                out = converter(config).convert(out)
            out = _printable(chunk, out)
            start = m.start()
            if len(out) == len(chunk):
                back.extend(range(start, start + len(out)))
            else:
                back.extend(start + (i * len(chunk)) // len(out) for i in range(len(out)))
            parts.append(out)
        display = "".join(parts)
        back.append(len(cleaned))
    # back is non-decreasing: a cleaned character maps to the first display character from it.
    forward = [bisect.bisect_left(back, k) for k in range(len(cleaned) + 1)]
    return Converted(display, lookup_copy(display), back, forward)
