"""Damage simulator: break a clean Chinese text the way the bundled article was broken.

The byte-level model (the one ``edition/text/mojibake.py`` undoes), read off the raw seed
``/work/shared/seed/000_040338d94b1b9f7e.txt``:

1. Each paragraph is GBK-encoded (a letter GBK lacks, ``ł ő ñ``, becomes the byte ``?``) and
   ends with ``</p>``.
2. A pinyin annotator works on the bytes: wherever two bytes spell a character of its list, it
   inserts ``(reading)`` after them, also when the pair straddles two characters (the trail byte
   of one and the lead byte of the next): a "phantom" reading in the middle of a character. The
   seed's list is 61 characters, 7.8 % of its Han characters; here a random draw of the text's
   own characters covering the same share.
3. A punctuation pass works on the bytes too: each full-width mark ``A3 xx`` (``！？，：；（）``)
   becomes its ASCII form; a pair straddling two characters (``。”`` is ``A1 A3 A1 B1``; ``A3 A1``
   is ``！``) is converted as well, in the seed about four times out of five.
4. The bytes are decoded naively: a lead byte followed by an ASCII byte gives ``?`` and swallows
   that byte, unless the punctuation pass wrote it (``?!`` survives, the ``<`` of ``</p>`` does
   not); a pair in GBK's undecodable area is dropped (a lost character); a lone ``0x80`` is
   ``€``. Once one byte is out of step, the decoder stays out of step until an ASCII byte.
5. Intact ``</p>`` tags are stripped (damaged ``?/p>`` ones stay), and full-width letters that the
   out-of-step decode produced are folded to ASCII (the seed has no full-width forms left).

    .venv/bin/python bench/damage_sim.py bench/damage/texts/news.zh-Hans.txt --seed 3
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
from dataclasses import dataclass
from pathlib import Path

MARKS = "！？，：；（）"


@dataclass(frozen=True, slots=True)
class Damage:
    """How hard to hit; the defaults are the rates measured on the raw seed."""

    reading_rate: float = 0.08  # share of characters (and straddling pairs) the annotator marks
    straddle_rate: float = 0.8  # share of straddling marks the punctuation pass converts
    marks: str = MARKS  # the full-width marks the pass converts


@functools.cache
def _pinyin(ch: str) -> str:
    from pypinyin import Style, pinyin

    return pinyin(ch, style=Style.TONE)[0][0]


def annotated_set(text: str, rng: random.Random, rate: float) -> frozenset[str]:
    """Characters of the text, drawn at random until they cover ``rate`` of its Han characters
    (the seed annotates 61 distinct characters, 7.8 % of its 5,784)."""
    counts: dict[str, int] = {}
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            counts[ch] = counts.get(ch, 0) + 1
    chars = sorted(counts)
    rng.shuffle(chars)
    goal, got, out = rate * sum(counts.values()), 0, set()
    for ch in chars:
        if got >= goal:
            break
        if got + counts[ch] <= goal * 1.2:
            out.add(ch)
            got += counts[ch]
    return frozenset(out)


def _decode_pair(pair: bytes) -> str | None:
    try:
        ch = pair.decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 else None


def annotate(data: bytes, chars: frozenset[str]) -> bytes:
    """Insert ``(reading)`` after every byte pair that spells an annotated character."""
    out = bytearray()
    i = 0
    while i < len(data):
        x = data[i]
        if x >= 0x81 and i + 1 < len(data):
            ch = _decode_pair(data[i : i + 2])
            if ch in chars:
                out += data[i : i + 2] + b"(" + _pinyin(ch).encode("gbk") + b")"
                i += 2
                continue
        out.append(x)
        i += 1
    return bytes(out)


def char_starts(data: bytes) -> set[int]:
    """Offsets where an in-step decode starts a character."""
    starts = set()
    i = 0
    while i < len(data):
        starts.add(i)
        i += 2 if data[i] >= 0x81 and i + 1 < len(data) else 1
    return starts


def punct_pass(data: bytes, rng: random.Random, dmg: Damage) -> tuple[bytes, set[int]]:
    """Full-width marks to ASCII on the bytes; returns the bytes and the offsets it wrote."""
    wanted = {m.encode("gbk")[1] for m in dmg.marks}
    starts = char_starts(data)
    out = bytearray()
    written: set[int] = set()
    i = 0
    while i < len(data):
        if data[i] == 0xA3 and i + 1 < len(data) and data[i + 1] in wanted:
            if i in starts or rng.random() < dmg.straddle_rate:
                written.add(len(out))
                out.append(data[i + 1] - 0x80)
                i += 2
                continue
        out.append(data[i])
        i += 1
    return bytes(out), written


def naive_decode(data: bytes, kept: set[int]) -> str:
    """The damaging decoder (see the module docstring, step 4)."""
    out: list[str] = []
    i = 0
    while i < len(data):
        x = data[i]
        if x < 0x80:
            out.append(chr(x))
            i += 1
        elif x == 0x80:
            out.append("€")
            i += 1
        elif i + 1 >= len(data):
            out.append("?")
            i += 1
        elif (y := data[i + 1]) < 0x40 or y == 0x7F:
            out.append("?")
            i += 1 if i + 1 in kept else 2
        else:
            ch = _decode_pair(data[i : i + 2])
            if ch is not None:
                out.append(ch)
            i += 2
    return "".join(out)


def destroyed_bytes(line: str, rng: random.Random, chars: frozenset[str], dmg: Damage) -> list[int]:
    """Per character of ``line``: how many of its bytes the damage destroyed (0, 1 or 2).

    Replays ``damage_line`` on bytes tagged with the character they came from (the same draws
    of ``rng``, so call it on a copy). A byte is destroyed when the naive decode dropped it (an
    undecodable pair), swallowed it after a '?', or wrote '?' for it; a mark the punctuation
    pass made ASCII is not (its full-width form is known). These bytes are what no repair can
    read back: a character with one destroyed byte is one of ~100 candidates, with two, any.
    """
    data = line.encode("gbk", errors="replace") + (b"</p>" if line else b"")
    owner: list[int] = []
    for k, ch in enumerate(line):
        owner += [k] * len(ch.encode("gbk", errors="replace"))
    owner += [-1] * (len(data) - len(owner))
    # annotate: readings are bytes of no character
    out_owner: list[int] = []
    i = 0
    while i < len(data):
        x = data[i]
        if x >= 0x81 and i + 1 < len(data) and _decode_pair(data[i : i + 2]) in chars:
            out_owner += owner[i : i + 2] + [-1] * (len(annotate(data[i : i + 2], chars)) - 2)
            i += 2
            continue
        out_owner.append(owner[i])
        i += 1
    data, owner = annotate(data, chars), out_owner
    data2, written = punct_pass(data, rng, dmg)
    # the punctuation pass: the ASCII byte stands for the mark's second byte
    owner2: list[int] = []
    wanted = {m.encode("gbk")[1] for m in dmg.marks}
    i = 0
    j = 0
    while i < len(data):
        if j in written and data[i] == 0xA3 and data[i + 1] in wanted:
            owner2.append(owner[i + 1])
            i += 2
        else:
            owner2.append(owner[i])
            i += 1
        j += 1
    lost = [0] * len(line)

    def hit(k: int) -> None:
        if owner2[k] >= 0:
            lost[owner2[k]] += 1

    i = 0
    while i < len(data2):
        x = data2[i]
        if x <= 0x80:
            i += 1
        elif i + 1 >= len(data2):
            hit(i)
            i += 1
        elif (y := data2[i + 1]) < 0x40 or y == 0x7F:
            hit(i)
            if i + 1 not in written:
                hit(i + 1)
            i += 1 if i + 1 in written else 2
        else:
            if _decode_pair(data2[i : i + 2]) is None:
                hit(i)
                hit(i + 1)
            i += 2
    return [min(n, 2) for n in lost]


def damage_traced(text: str, seed: int, dmg: Damage | None = None) -> tuple[str, list[list[int]]]:
    """``damage`` and, per line, ``destroyed_bytes`` of each of its characters."""
    dmg = dmg or Damage()
    rng = random.Random(seed)
    chars = annotated_set(text, rng, dmg.reading_rate)
    out, lost = [], []
    for line in text.split("\n"):
        replay = random.Random()
        replay.setstate(rng.getstate())
        lost.append(destroyed_bytes(line, replay, chars, dmg))
        out.append(damage_line(line, rng, chars, dmg))
    return "\n".join(out), lost


def _fold(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)


def damage_line(line: str, rng: random.Random, chars: frozenset[str], dmg: Damage) -> str:
    data = line.encode("gbk", errors="replace") + (b"</p>" if line else b"")
    data = annotate(data, chars)
    data, written = punct_pass(data, rng, dmg)
    text = naive_decode(data, written)
    return _fold(text.replace("</p>", ""))


def damage(text: str, seed: int, dmg: Damage | None = None) -> str:
    """The damaged copy of ``text``: same number of lines, reproducible from ``seed``."""
    dmg = dmg or Damage()
    rng = random.Random(seed)
    chars = annotated_set(text, rng, dmg.reading_rate)
    return "\n".join(damage_line(line, rng, chars, dmg) for line in text.split("\n"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("text", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reading-rate", type=float, default=Damage().reading_rate)
    ap.add_argument("--straddle-rate", type=float, default=Damage().straddle_rate)
    args = ap.parse_args()
    dmg = Damage(args.reading_rate, args.straddle_rate)
    sys.stdout.write(damage(args.text.read_text(encoding="utf-8"), args.seed, dmg))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
