"""Readings a text's people settle: a man named in full (周处) and then by his given name alone.

The engine reads one sentence at a time, and jieba cuts a name it does not know into its
characters: 周|处 reads 处 chù 'place', and so does the 处 of 处即刺杀虎, where 周处 is called
by his given name alone, as classical prose calls a man once he has been named. Where a
classical sentence of a text names a person the lexicon knows (``Lexicon.persons``: a surname
and a given name of one character, CC-CEDICT's 周处 Zhōu Chǔ or the lexicon's own 管宁):

- the full name, wherever no other word of the lexicon covers its characters and no grammar
  rule read them, reads as the lexicon has it (the title 周处除三害 too);
- the given name alone, in a classical sentence after the name and at most ``WINDOW``
  paragraphs below it (the same anecdote, not a lesson's other texts), reads as in the name
  where it stands for the man: opening a clause (after a mark of punctuation, 而, 则 or 乃)
  or after a verb of telling or urging (说处, 谓宁), before a character of another word (not
  处处). A classical rule keeps its reading (宁可以 'how could',
  ``ning-classical-how-could``): the name yields to a rule written for the character's
  classical sense.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from edition.model import Reading
from edition.readings.lexicon import Lexicon
from edition.readings.rules import RULES
from edition.text.segment import is_han

log = logging.getLogger(__name__)

# what a clause opens after: a mark of punctuation or a conjunction of classical prose
_OPENS_AFTER = frozenset("，。；：！？、”’」』\n而则乃遂")
# verbs of telling or urging, after which the man named is their object (或说处杀虎)
_TELLING = frozenset("说谓告语问使令命召遣劝")
_CLASSICAL_RULES = frozenset(r.id for r in RULES if r.register == "classical")
WINDOW = 2  # paragraphs below a full name in which the given name alone is the man's
# Men of antiquity CC-CEDICT reads with its everyday syllable (傅说 Fù Shuō, 曹参 Cáo Cān): their
# names as classical sentences read them. Kept out of the lexicon, whose words every modern
# sentence sees too (师傅说, 老曹参加 are cut 师傅|说 and 老|曹|参加).
CLASSICAL_NAMES: dict[str, tuple[str, ...]] = {
    "傅说": ("fu4", "yue4"),  # the minister 武丁 raised from the builders
    "曹参": ("cao2", "shen1"),  # 萧何's successor as chancellor of Han
}


def apply_names(lookup: str, readings: Sequence, details: Sequence, lexicon: Lexicon) -> list:
    """``readings`` of ``lookup`` with the readings its people's names settle (module
    docstring); ``details`` are the engine's, one per character."""
    out = list(readings)
    for i, (reading, _) in people_at(lookup, readings, details, lexicon).items():
        out[i] = reading
    return out


def people_at(
    lookup: str, readings: Sequence, details: Sequence, lexicon: Lexicon
) -> dict[int, tuple[Reading, str]]:
    """Offset -> (the reading a person's name gives it, the person) for each character of
    ``lookup`` whose reading in ``readings`` the text's names change (module docstring)."""
    got: dict[int, tuple[Reading, str]] = {}
    named: dict[str, tuple[str, ...]] = {}  # person -> the lexicon's reading
    places: list[tuple[int, str]] = []  # (offset, person) of each full name free of words
    for i in range(len(lookup) - 1):
        for n in (2, 3):
            name = lookup[i : i + n]
            if len(name) < n or name not in lexicon.persons or not _free(details, i, n, name):
                continue
            places.append((i, name))
            if any(details[i + k].classical for k in range(n)):
                named[name] = CLASSICAL_NAMES.get(name) or lexicon.get(name) or ()
    for i, name in places:
        for k, syl in enumerate(named.get(name, ())):
            r = readings[i + k]
            if r is not None and r.syllable != syl and r.origin != "rule":
                got[i + k] = (Reading(syl, "phrase"), name)
    covered = {i + k for i, name in places if name in named for k in range(len(name))}
    # the given name -> (where the full name stands, its paragraph, the name's reading, it)
    given: dict[str, list[tuple[int, int, str, str]]] = {}
    for i, name in places:
        if named.get(name):
            at = (i, lookup.count("\n", 0, i), named[name][-1], name)
            given.setdefault(name[-1], []).append(at)
    for j, ch in enumerate(lookup):
        r, d = readings[j], details[j]
        if ch not in given or r is None or d is None or j in covered:
            continue
        here = lookup.count("\n", 0, j)
        found = next(
            ((syl, who) for i, p, syl, who in given[ch] if i < j and here - p <= WINDOW), None
        )
        if found is None or r.syllable == found[0]:
            continue
        if not d.classical or len(d.word) > 1 or d.rule_id in _CLASSICAL_RULES:
            continue
        before = lookup[j - 1] if j else "\n"
        after = lookup[j + 1] if j + 1 < len(lookup) else ""
        if (before in _OPENS_AFTER or before in _TELLING) and is_han(after) and after != ch:
            log.debug("%s at %d: %s, the given name of %s", ch, j, found[0], found[1])
            got[j] = (Reading(found[0], "rule"), found[1])
    return got


def _free(details: Sequence, i: int, n: int, name: str) -> bool:
    """Whether the engine read ``name`` at ``i`` as characters (or as the name itself), no
    other word of the lexicon covering any of them."""
    for k in range(n):
        d = details[i + k]
        if d is None or (len(d.word) > 1 and d.word != name):
            return False
    return True
