"""Chinese text once read with the other legacy encoding: Big5 as GBK, or GBK as Big5.

A Taiwan or Hong Kong page (Big5) opened as GBK, or a mainland file (GBK) opened as Big5, and
saved again, holds characters that are real but meaningless together (山地 in Big5 reads
毕穿 in GBK). The file decodes as UTF-8 without error, and only its characters show the damage:
almost none of them are common ones. Encoding them again with the encoding they were read with
gives the original bytes back, and the right encoding reads them.

Big5 read as GB18030 loses nothing (GB18030 has a character for every Big5 pair). GBK read as
Big5 does: Big5 has no character for many GBK pairs and a reader wrote U+FFFD; such a
character stays lost (``�``), and the clean stage flags it.
"""

from __future__ import annotations

from edition.errors import Problem
from edition.text.segment import is_han

# (the encoding the text was wrongly read with, the one it was written in)
PAIRS = (("gb18030", "big5"), ("big5", "gb18030"))
# A real article has 0.17-0.5 of its Han among the commonest characters (source.plausibility),
# legacy text read with the other encoding about 0.01: below this share it may be that.
MAX_DAMAGED_PLAUSIBILITY = 0.05
NAMES = {"gb18030": "GBK", "big5": "Big5"}


def undo_cross_decoding(text: str) -> tuple[str, str, str] | None:
    """``(repaired text, written in, read as)`` when ``text`` reads as plausible Chinese only
    once its characters are taken back to the bytes of the encoding it was wrongly read with;
    None when it is not such a text."""
    from edition.text.source import MIN_HAN_FOR_PLAUSIBILITY, MIN_PLAUSIBILITY, plausibility

    # the share first: every real text stops there, in one pass without a call per character
    if plausibility(text) >= MAX_DAMAGED_PLAUSIBILITY:
        return None
    if sum(1 for ch in text if is_han(ch)) < MIN_HAN_FOR_PLAUSIBILITY:
        return None
    best: tuple[float, str, str, str] | None = None
    for wrong, right in PAIRS:
        fixed = _reread(text, wrong, right)
        if fixed is None:
            continue
        score = plausibility(fixed)
        if score >= MIN_PLAUSIBILITY and (best is None or score > best[0]):
            best = (score, fixed, right, wrong)
    return None if best is None else best[1:]


def _reread(text: str, wrong: str, right: str) -> str | None:
    """``text`` encoded with ``wrong`` and decoded with ``right``; a U+FFFD the wrong reader
    wrote stays one. None when a character has no bytes in ``wrong`` (then it was not read
    with it)."""
    from edition.text.charfreq import char_model

    model = char_model()
    out = []
    pieces = text.split("\ufffd")
    for k, piece in enumerate(pieces):
        try:
            data = piece.encode(wrong)
        except UnicodeEncodeError:
            return None
        # A reader that wrote U+FFFD for a lead byte may have read its second byte as the
        # start of the next character: then the bytes after it line up one byte later.
        tries = [data.decode(right, errors="replace")]
        if k and data[:1] >= b"\x40":
            tries.append(data[1:].decode(right, errors="replace"))
        if len(tries) > 1:
            tries.sort(key=lambda t: _cost(model, t))
        best = tries[0]
        if k < len(pieces) - 1 and best.endswith("\ufffd"):
            best = best[:-1]  # a lone first byte: the lost character's, one U+FFFD for both
        out.append(best)
    return "\ufffd".join(out)


_MARKS = frozenset("，。、；：？！「」『』（）《》“”‘’…—·")


def _cost(model, text: str) -> float:
    """How unlike Chinese ``text`` is: the character model's cost per character, plus a
    penalty for each character running Chinese has no place for (kana, private use, box
    drawing...: what bytes read one off decode to). A lost character is no evidence."""
    text = text.replace("\ufffd", "")
    odd = sum(not (is_han(ch) or ch < "\u0080" or ch in _MARKS) for ch in text)
    return -model.text_logp(text) / max(1, len(text)) + 3 * odd


def _shown(text: str) -> str:
    """The first characters of the damaged text on its line, private-use ones left out."""
    line = text.split("\n", 1)[0]
    return "".join(ch for ch in line if not "\ue000" <= ch <= "\uf8ff")[:8]


def cross_decoded_warning(written: str, text: str, right: str, wrong: str, loc) -> Problem:
    """The warning that says the file was read back: what it showed, what it says."""
    start = next((i for i, ch in enumerate(text) if is_han(ch)), 0)
    first = next((i for i, ch in enumerate(written) if is_han(ch)), 0)
    lost = text.count("\ufffd")
    tail = f"; {lost} characters it could not read are kept as '\ufffd'" if lost else ""
    return Problem(
        loc(start),
        f"the file is {NAMES[right]} text that was once opened as {NAMES[wrong]} and saved again, "
        f"so it reads '{_shown(written[first:])}'; edition reads it back "
        f"('{text[start : start + 8]}'){tail}. Save the repaired text with "
        "'edition clean NOTES --text' if you keep the file",
        "warning",
    )
