"""Text that was once read as Windows-1252: UTF-8 Chinese saved again as its bytes' letters.

A program that opened a UTF-8 file as Windows-1252 (or Latin-1) and saved it again wrote each
byte as a letter: 外婆 became å¤–å©†. Such a file decodes as UTF-8 without error and has no
Chinese in it; its letters give the real bytes back. A strict decoder had no letter for five of
the bytes and wrote U+FFFD: those characters are chosen among their few candidates by context,
or left lost with their candidates for the clean stage to flag.
"""

from __future__ import annotations

import itertools
import math
import re

from edition.errors import Problem
from edition.text.segment import is_han

DOUBLE_ENCODED = "utf-8, once read as windows-1252"
# The five bytes Windows-1252 has no character for: a strict decoder wrote U+FFFD for them.
_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_CP1252_BYTE = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in _UNDEFINED}
_LOST = 0xFF  # never part of UTF-8: stands for a byte written as U+FFFD
# A lost byte is one of five, so a character with one is one of at most five (25 with two):
# the context decides when the best of them is this much more likely (natural log) than the
# next; below SURE_MARGIN it is a guess the clean stage flags, below RESTORE_MARGIN the character
# stays lost (flagged with its candidates). Measured on 4,614 such characters of our texts:
# 29 of those restored at 3 were wrong, 2 at 8.
RESTORE_MARGIN = 3.0
SURE_MARGIN = 8.0
# One UTF-8 character of two, three or four bytes, a continuation byte possibly lost.
_SEQUENCE = re.compile(
    rb"([\xc0-\xdf][\x80-\xbf\xff]|[\xe0-\xef][\x80-\xbf\xff]{2}|[\xf0-\xf4][\x80-\xbf\xff]{3})"
)
MAX_COMBOS = 625  # four neighbouring characters of five candidates each
# Punctuation a lost byte may have belonged to, commonest first (E3 80 81 is 、, E3 80 90 【).
COMMON_MARKS = "，。、：；！？「」（）《》『』【】"


def undo_double_encoding(
    text: str, doubts: dict[int, tuple[str, dict[str, str]]] | None = None
) -> str | None:
    """The real text of a doubly encoded ``text`` (see above), or None if it is not one (the
    caller still judges whether the result is plausible Chinese).

    A character whose byte was lost (U+FFFD) is restored when one of its candidates fits the
    context clearly best, else it stays one U+FFFD; the doubtful ones go into ``doubts``
    (see ``SourceText.doubts``).
    """
    if any(is_han(ch) for ch in text) or not any("\u00c0" <= ch <= "\u00ff" for ch in text):
        return None
    raw = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            raw.append(code)
        elif ch in _CP1252_BYTE:
            raw.append(_CP1252_BYTE[ch])
        elif ch == "\ufffd":
            raw.append(_LOST)
        else:
            return None  # a character no single byte gives: the text is what it says
    found: dict[int, tuple[str, dict[str, str]]] = {}
    try:  # a real Latin text (Café) is no UTF-8 once its letters are bytes
        fixed = _restore_lost(bytes(raw), found) if _LOST in raw else raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    han = sum(1 for ch in fixed if is_han(ch))
    if han < 2 or fixed.count("\ufffd") > han:
        return None
    if doubts is not None:
        doubts.update(found)
    return fixed


def _restore_lost(raw: bytes, doubts: dict[int, tuple[str, dict[str, str]]]) -> str:
    """Decode ``raw``, choosing each character with a lost byte from its candidates."""
    from edition.text.charfreq import char_model

    parts = _SEQUENCE.split(raw)
    out: list[str] = []
    lost: list[tuple[int, list[str]]] = []
    for part in parts:
        if _LOST not in part:
            out.append(part.decode("utf-8"))
            continue
        if not _SEQUENCE.fullmatch(part):  # a lost byte with no lead byte before it
            out.append(part.replace(bytes([_LOST]), "\ufffd".encode()).decode("utf-8"))
            continue
        slots = [i for i, b in enumerate(part) if b == _LOST]
        found = []
        for fill in itertools.product(_UNDEFINED, repeat=len(slots)):
            code = bytearray(part)
            for i, b in zip(slots, fill, strict=True):
                code[i] = b
            try:
                ch = code.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1 and (is_han(ch) or ch in COMMON_MARKS):
                found.append(ch)
        lost.append((len(out), found))
        out.append("\ufffd")
    model = char_model()
    starts = list(itertools.accumulate((len(part) for part in out), initial=0))
    known = "".join(out)  # marks are judged by the brackets the damage left, not by guesses
    chars = list(known)
    cands: dict[int, list[str]] = {}
    for at, found in lost:
        offset = starts[at]
        marks = [ch for ch in found if ch in COMMON_MARKS]
        if marks and len(marks) == len(found):
            chars[offset], runner = _likely_mark(marks, known, offset)
            if runner:
                doubts[offset] = ("guess", {"text": chars[offset], "runner": runner})
        elif marks:  # a mark or a character: the context model does not weigh marks
            doubts[offset] = ("lost", {"cands": "/".join(found)})
        elif found:
            cands[offset] = found
    # Neighbours with lost bytes (小華 with both lost) are chosen together.
    for run in _runs(sorted(cands), cands):
        first, last = run[0], run[-1]
        left, right = "".join(chars[max(0, first - 4) : first]), "".join(chars[last + 1 : last + 5])
        combos = list(itertools.product(*(cands[o] for o in run)))
        scored = sorted(
            ((model.text_logp(left + "".join(c) + right), c) for c in combos), reverse=True
        )
        margin = scored[0][0] - scored[1][0] if len(scored) > 1 else math.inf
        best, runner = scored[0][1], scored[1][1] if len(scored) > 1 else scored[0][1]
        for k, offset in enumerate(run):
            if margin < RESTORE_MARGIN:
                doubts[offset] = ("lost", {"cands": "/".join(cands[offset])})
                continue
            chars[offset] = best[k]
            if margin < SURE_MARGIN and best[k] != runner[k]:
                doubts[offset] = ("guess", {"text": best[k], "runner": runner[k]})
    return "".join(chars)


def _runs(offsets: list[int], cands: dict[int, list[str]]) -> list[list[int]]:
    """Consecutive offsets grouped, as long as their combinations stay under MAX_COMBOS."""
    runs: list[list[int]] = []
    size = 0
    for offset in offsets:
        n = len(cands[offset])
        if runs and runs[-1][-1] == offset - 1 and size * n <= MAX_COMBOS:
            runs[-1].append(offset)
            size *= n
        else:
            runs.append([offset])
            size = n
    return runs


def _likely_mark(marks: list[str], text: str, at: int) -> tuple[str, str | None]:
    """The mark a lost byte at ``at`` stood for, and the other one it may have been.

    A closing bracket whose opening one is open on the line may be the mark, or a 、 inside
    the quotation (「一、二、三」): the commonest is chosen and the other is the runner-up.
    【 is the mark when its 】 follows on the line. Otherwise the commonest, without doubt.
    """
    end = text.find("\n", at + 1)
    line_before = text[text.rfind("\n", 0, at) + 1 : at]
    line_after = text[at + 1 : end if end >= 0 else len(text)]
    common = min(marks, key=COMMON_MARKS.index)
    for opening, closing in ("「」", "『』", "（）", "《》"):
        if closing in marks and line_before.count(opening) > line_before.count(closing):
            if closing == common:
                return closing, None
            # a closing mark is followed by the end of a sentence, a 、 by the next item
            after = line_after[:1]
            if not after or after in "，。！？；：」』）》\ufffd" or after == opening:
                return closing, common
            return common, closing
    if "【" in marks and "】" in line_after.split("【", 1)[0]:
        return "【", None
    return common, None


def double_encoded_warning(written: str, text: str, loc) -> Problem:
    """The warning that says the file was read back: what it showed (``written``), what it
    says (``text``)."""
    start = next((i for i, ch in enumerate(text) if is_han(ch)), 0)
    shown = text[start : start + 6]
    first = next((i for i, ch in enumerate(written) if ch > "\u007f"), 0)
    return Problem(
        loc(start),
        f"the file is Chinese text that was once opened as Windows-1252 and saved again, so it "
        f"reads '{written[first : first + 12]}'; edition reads it back ('{shown}'). Save the "
        "repaired text with 'edition clean NOTES --text' if you keep the file",
        "warning",
    )
