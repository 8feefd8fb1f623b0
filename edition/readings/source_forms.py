"""Readings the Traditional character settles where the Simplified lookup copy cannot.

The engine reads a Simplified copy of the text, in which OpenCC's t2s merges characters the
source tells apart: 髮 'hair' and 發 'send out' both become 发 (fà, fā), 幹 and 乾 both 干 (gàn,
gān), 隻 and 只 both 只 (zhī, zhǐ). ``settle`` lets the source's character speak again:

1. Where the source character has a single reading in CC-CEDICT (counting the words it occurs
   in, and a neutral tone as a form of the same syllable) and the engine gave another, the
   source's reading stands: 洗髮水 is xǐfàshuǐ even where the context model reads 发 fā, 一隻
   is yì zhī. Only the context model and a character's first reading (``WEAK``) are overruled
   by any source character; a dictionary word or a grammar rule of the lookup copy only by a
   character OpenCC's conversion would not have written there (``deliberate``): the lookup
   copy's word 发落 'deal with' is no word of a source that writes 碎髮落 'cut hair falls', nor
   只好 of 這隻好可愛, and 乾了 is 'dry' whatever the rule for 干 'do' says; but s2t writes 擠幹
   for 挤干 'wring dry', and a character it writes may be its slip. Nor where the reading is
   one pypinyin gives the character (祕 bì of 祕魯 'Peru', which CC-CEDICT writes 秘魯), or the
   source spells a word both dictionaries agree on as OpenCC spells it alone (亂鬨鬨
   luànhōnghōng: CC-CEDICT has 鬨 only as hòng).
2. At such a character, a dictionary word of the lookup copy that CC-CEDICT also writes with
   another Traditional headword of another reading takes the reading of the headword the
   source writes (发卡 is fàqiǎ 'hair clip', but 發卡 fākǎ 'issue a card', which OpenCC would
   have written 髮卡; 尽量 jǐnliàng, but 盡量 jìnliàng where OpenCC writes 儘量;
   ``Lexicon.headwords``).
3. At such a character, a dictionary word the context model overruled keeps its reading when
   the source character has it (繫緊 jìjǐn: the model learnt 系 from 系统 and 关系, which a
   source writing 繫 is not).

The table (Traditional character -> its readings) is read with the rest of CC-CEDICT when the
lexicon is built, and cached with it (``Lexicon.forms``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache

from edition.model import Reading
from edition.readings.lexicon import lexicon

log = logging.getLogger(__name__)

# What any source character may overrule: the context model and a character's first reading.
# A grammar rule or a dictionary word read the context, which a conversion slip in the source
# does not (OpenCC's s2t writes 擠幹 for 挤干 'wring dry': gān stays).
WEAK = frozenset({"model", "char"})


def only_reading(char: str, reading: str) -> str | None:
    """The one reading the Traditional ``char`` allows when ``reading`` is not among its
    readings, else None. A neutral tone counts as a form of its syllable (頭髮 tóufa)."""
    allowed = lexicon().forms.get(char)
    if not allowed or reading in allowed:
        return None
    bases = {a[:-1] for a in allowed}
    if reading.endswith("5") and reading[:-1] in bases:
        return None
    full = {a for a in allowed if not a.endswith("5")}
    return next(iter(full)) if len(full) == 1 else None


def has_reading(char: str, reading: str) -> bool:
    """Whether CC-CEDICT gives the Traditional ``char`` this reading (a neutral tone as a form
    of its syllable)."""
    allowed = lexicon().forms.get(char, ())
    return reading in allowed or (
        reading.endswith("5") and any(a[:-1] == reading[:-1] for a in allowed)
    )


# OpenCC's conversions to Traditional whose output a Traditional source may be (s2twp changes
# words, and so lengths: it is left out)
_TO_TRADITIONAL = ("s2t", "s2tw", "s2hk")


@lru_cache(maxsize=2048)
def _default(simplified: str) -> str:
    from edition.text.script import converter

    return converter("s2t").convert(simplified)


def deliberate(source: str, lookup: str) -> frozenset[int]:
    """The offsets where ``source`` writes a character OpenCC's conversion of ``lookup`` to
    Traditional would not have written: not s2t's default for the Simplified one (髮 for 发,
    乾 for 干: it writes 發 and 幹), or, where it is, not what s2t, s2tw and s2hk write there in
    context (發卡 'issue a card', which they write 髮卡). There someone chose the character; a
    character every conversion writes may be its slip (擠幹 for 挤干 'wring dry')."""
    from edition.text.script import converter

    outs = [converter(c).convert(lookup) for c in _TO_TRADITIONAL]
    outs = [o for o in outs if len(o) == len(lookup)]
    return frozenset(
        i
        for i, (a, b) in enumerate(zip(source, lookup, strict=True))
        if a != b and (a != _default(b) or any(o[i] != a for o in outs))
    )


def settle(source: str, lookup: str, readings: Sequence, details: Sequence | None = None) -> list:
    """``readings`` of ``lookup`` with the characters the source writes otherwise (髮 for 发)
    read as the source's character says (module docstring). ``details`` are the engine's
    ``Detail`` per character (the word that covered it, the reading the model overruled);
    without them only the characters' readings are weighed."""
    out = list(readings)
    lex = lexicon()
    done: set[int] = set()
    chosen: dict[int, frozenset[int]] = {}  # line start -> its deliberate offsets, as needed

    def chose(i: int) -> bool:
        # OpenCC converts only the lines that have a candidate (a whole article: ~10 ms)
        lo = lookup.rfind("\n", 0, i) + 1
        if lo not in chosen:
            hi = lookup.find("\n", i)
            hi = len(lookup) if hi < 0 else hi
            chosen[lo] = deliberate(source[lo:hi], lookup[lo:hi])
        return i - lo in chosen[lo]

    for i, (a, b) in enumerate(zip(source, lookup, strict=True)):
        r = out[i]
        if a == b or r is None or i in done:
            continue
        if r.origin in WEAK:
            got = only_reading(a, r.syllable)
            if got is not None:
                log.debug("%s at %d: %s, not %s", a, i, got, r.syllable)
                out[i] = Reading(got, "rule")
                continue
        d = details[i] if details is not None else None
        if r.origin == "model":  # a dictionary word the model overruled
            if (
                d is not None
                and d.phrase is not None
                and d.phrase != r.syllable
                and has_reading(a, d.phrase)
                and chose(i)
            ):
                log.debug("%s at %d: word %s, not the model's %s", a, i, d.word, r.syllable)
                out[i] = Reading(d.phrase, "phrase")
            continue
        if r.origin not in ("phrase", "rule"):
            continue
        if d is not None and len(d.word) > 1 and r.origin == "phrase":
            start = i - d.word_index
            trad = source[start : start + len(d.word)]
            other = lex.headwords.get(d.word, {}).get(trad)
            if other is not None and chose(i):
                for k, syl in enumerate(other.split()):
                    j = start + k
                    done.add(j)
                    dj = details[j]
                    same = out[j] is not None and out[j].syllable[:-1] == syl[:-1]
                    if (
                        dj is not None
                        and dj.word == d.word
                        and not (same and out[j].syllable.endswith("5"))
                    ):
                        out[j] = Reading(syl, "phrase")
                log.debug("%s: the headword %s", d.word, trad)
                continue
            if d.word in lex.agreed and trad in spelled(d.word):
                continue  # OpenCC spells the word so (亂鬨鬨 luànhōnghōng, 鬨 hòng alone)
        if r.origin == "phrase" and r.syllable in lex.chars.get(a, "").split(","):
            # pypinyin gives the character this reading in the word (祕 bì of 祕魯 'Peru');
            # a grammar rule read the lookup copy's character by its role, and a source that
            # chose another character says which (捲子 'hair curlers' juǎn, where the rule
            # for 卷子 'exam paper' says juàn, a reading pypinyin keeps for 捲 from of old)
            continue
        got = only_reading(a, r.syllable)
        if got is not None and chose(i):
            log.debug("%s at %d: %s, not %s", a, i, got, r.syllable)
            out[i] = Reading(got, "rule")
    return out


# Characters both scripts write alike that Taiwan, which writes them, reads otherwise than the
# mainland dictionary (教育部《重編國語辭典》): 姊 'elder sister' is jiě there (阿芬姊, 姊妹), and
# the mainland writes 姐 for it, keeping 姊 zǐ for a few bookish words
TAIWAN_READINGS = {"姊": "jie3"}


def taiwan(sources: Sequence[str], readings: Sequence[list]) -> list[list]:
    """``readings`` of a text's lines with ``TAIWAN_READINGS``, for a Traditional text."""
    out = []
    for source, rs in zip(sources, readings, strict=True):
        rs = list(rs)
        for i, ch in enumerate(source):
            syl = TAIWAN_READINGS.get(ch)
            if syl is not None and rs[i] is not None and rs[i].syllable[:-1] != syl[:-1]:
                rs[i] = Reading(syl, rs[i].origin)
        out.append(rs)
    return out


@lru_cache(maxsize=4096)
def spelled(word: str) -> frozenset[str]:
    """How OpenCC's conversions to Traditional write the Simplified ``word`` standing alone."""
    from edition.text.script import converter

    return frozenset(converter(c).convert(word) for c in _TO_TRADITIONAL)
