"""A line of UTF-8 text that was once read as GBK: ``我們`` shown as ``鎴戝�戝``.

The commonest mojibake of the Chinese web: a page written in UTF-8 and served (or pasted) as
GBK. Each pair of UTF-8 bytes became one GBK character; a pair GBK has no character for became
``�`` and cost one byte (the decoder read the second byte again as the next lead). Encoding the
line back to GBK, with one unknown byte for each ``�``, gives the UTF-8 bytes again; the unknown
byte is the last of a character (a continuation byte, one of 64 values) and the character
around it is chosen by the character model in its context, so each such character is a guess
the clean stage flags.
"""

from __future__ import annotations

from dataclasses import dataclass

from edition.text.segment import is_han

_LOST = "\ufffd"
_PLACEHOLDER = 0x80  # a continuation byte: where a lost byte sits, to find its character
# a line of mojibake has almost no common characters (real lines 0.4-0.5, see source.py) ...
MAX_DAMAGED = 0.1
# ... and enough Han for the share to mean something
MIN_HAN = 6


@dataclass(frozen=True, slots=True)
class Guess:
    """A character rebuilt around a lost byte: its index in the repaired line, the rival."""

    index: int
    runner_up: str


def undo_utf8_as_gbk(line: str, model) -> tuple[str, list[Guess]] | None:
    """``(repaired line, guesses)`` when ``line`` reads as Chinese once taken back to GBK bytes
    and read as UTF-8; None when it is not such a line (``model``: a character model with
    ``text_logp``)."""
    from edition.text.source import MIN_PLAUSIBILITY, plausibility

    if sum(map(is_han, line)) < MIN_HAN or plausibility(line) >= MAX_DAMAGED:
        return None
    data = bytearray()
    lost: list[int] = []
    for k, piece in enumerate(line.split(_LOST)):
        if k:
            lost.append(len(data))
            data.append(_PLACEHOLDER)
        try:
            data += piece.encode("gbk")
        except UnicodeEncodeError:
            return None  # a character GBK has not: the line was never GBK
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        return None
    if sum(map(is_han, text)) < MIN_HAN or plausibility(text) < MIN_PLAUSIBILITY:
        return None
    chars = list(text)
    starts = _char_starts(text)
    by_char: dict[int, list[int]] = {}
    for at in lost:
        i = max(k for k, s in enumerate(starts) if s <= at)
        by_char.setdefault(i, []).append(at - starts[i])
    guesses = []
    for i, offsets in by_char.items():
        cands = _candidates(chars[i], offsets)
        if not cands:
            return None
        left, right = "".join(chars[max(0, i - 4) : i]), "".join(chars[i + 1 : i + 5])
        opened = _open_quotes("".join(chars[:i]))
        ranked = sorted(
            cands, key=lambda c: -model.text_logp(left + c + right) - _quote_bonus(c, opened)
        )
        chars[i] = ranked[0]
        guesses.append(Guess(i, ranked[1] if len(ranked) > 1 else ranked[0]))
    return "".join(chars), guesses


_MARKS = "，。、；：？！「」『』（）《》“”‘’…—·"
_CLOSE = {"」": "「", "』": "『", "）": "（", "》": "《", "”": "“", "’": "‘"}


def _candidates(ch: str, offsets: list[int]) -> list[str]:
    """The characters ``ch`` may have been, its bytes at ``offsets`` unknown: any Han or mark
    for one lost byte, a common one for two (4,096 byte pairs, most of them rare)."""
    from edition.text.source import COMMON

    enc = bytearray(ch.encode("utf-8"))
    out = []
    for n in range(64 ** len(offsets)):
        for k, off in enumerate(offsets):
            enc[off] = 0x80 + (n >> (6 * k)) % 64
        try:
            c = bytes(enc).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if c in _MARKS or (is_han(c) and (len(offsets) == 1 or c in COMMON)):
            out.append(c)
    return out


def _open_quotes(before: str) -> set[str]:
    """The opening marks of ``before`` not closed yet."""
    opened: list[str] = []
    for c in before:
        if c in _CLOSE.values():
            opened.append(c)
        elif c in _CLOSE and _CLOSE[c] in opened:
            opened.remove(_CLOSE[c])
    return set(opened)


def _quote_bonus(c: str, opened: set[str]) -> float:
    """A closing mark is likely where its opener is open, and unlikely where none is."""
    if c not in _CLOSE:
        return 0.0
    return 4.0 if _CLOSE[c] in opened else -4.0


def _char_starts(text: str) -> list[int]:
    """The byte offset of each character of ``text`` in its UTF-8 encoding."""
    out, at = [], 0
    for ch in text:
        out.append(at)
        at += len(ch.encode("utf-8"))
    return out
