"""Characters the edition prints that no shipped font has: warned of by the build and by
``check`` (kept apart from the build so that ``check`` does not import the renderer)."""

from __future__ import annotations

import functools

from edition.errors import Problem


def font_gaps(prepared) -> list[Problem]:
    """Warnings for the printed characters of the article and notes that no shipped font has.

    Such a character would print as an empty box (fonts come only from fonts/): each
    distinct one is reported once, at its first place in the article (or at its note).
    """
    import unicodedata

    from edition.render.fonts import load_font_set, variant_for_lang

    covered = _covered(load_font_set(variant_for_lang(prepared.lang)))
    printed = set(prepared.text)

    def missing(ch: str) -> bool:
        return ord(ch) not in covered and unicodedata.category(ch)[0] in "LNPS"

    def message(ch: str, more: int) -> str:
        also = f" (and {more} more place{'s' if more > 1 else ''})" if more else ""
        return (
            f"'{ch}' (U+{ord(ch):04X}) is in none of the edition's fonts: it prints as an empty "
            f"box{also}; replace it with a correction"
        )

    source = prepared.source
    first: dict[str, int] = {}
    count: dict[str, int] = {}
    for i, ch in enumerate(source.text):
        if ch in printed and missing(ch):
            first.setdefault(ch, i)
            count[ch] = count.get(ch, 0) + 1
    out = [Problem(source.loc(i), message(ch, count[ch] - 1), "warning") for ch, i in first.items()]
    for note in prepared.notes:
        for ch in dict.fromkeys(c for c in note.body if missing(c)):
            out.append(Problem(note.loc, f"note '{note.id}': {message(ch, 0)}", "warning"))
    return out


@functools.cache
def _covered(fonts) -> frozenset[int]:
    """Code points of every face the edition's fonts serve (Noto Serif and the CJK face)."""
    return frozenset(fonts.codepoints())
