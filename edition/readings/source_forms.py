"""Readings the Traditional character settles where the Simplified lookup copy cannot.

The engine reads a Simplified copy of the text, in which OpenCC's t2s merges characters the
source tells apart: 髮 'hair' and 發 'send out' both become 发 (fà, fā), 幹 and 乾 both 干 (gàn,
gān), 隻 and 只 both 只 (zhī, zhǐ). Where the source character has a single reading in
CC-CEDICT (counting the words it occurs in, and a neutral tone as a form of the same syllable)
and the engine gave another, the source's reading stands: 洗髮水 is xǐfàshuǐ even where the
context model reads 发 fā, 一隻 is yì zhī.

The table (Traditional character -> its readings) is read with the rest of CC-CEDICT when the
lexicon is built, and cached with it (``Lexicon.forms``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from edition.model import Reading
from edition.readings.lexicon import lexicon

log = logging.getLogger(__name__)

# What the source's character may overrule: the context model and a character's first reading.
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


def settle(source: str, lookup: str, readings: Sequence) -> list:
    """``readings`` of ``lookup`` with each character the source writes otherwise (髮 for 发)
    given the only reading that character has, where the engine's differs and only the
    context model or the character's first reading had decided it (``WEAK``)."""
    out = list(readings)
    for i, (a, b) in enumerate(zip(source, lookup, strict=True)):
        r = out[i]
        if a == b or r is None or r.origin not in WEAK:
            continue
        got = only_reading(a, r.syllable)
        if got is not None:
            log.debug("%s at %d: %s, not %s", a, i, got, r.syllable)
            out[i] = Reading(got, "rule")
    return out
