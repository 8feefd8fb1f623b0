"""Natural widths of short one-line strings in the edition's fonts, in em.

The vocabulary's columns (word, reading, part of speech) are at least a set width
(``min-width``) and widen for a longer text; WeasyPrint finds that width by laying each cell's
text out (shrink-to-fit). The HTML gives each cell's text width (``data-em``), and a cell a
pixel or more narrower than its column is set to the column's width unmeasured (the
inline-block-width-hint fix, edition/render/patches.py); a longer one is measured as before,
so the page is the same byte for byte. The width is what Pango gets to within rounding: the
same faces picked the same way (Noto Serif where "Edition Latin" takes it, the CJK face for
the rest) shaped by HarfBuzz with the same features.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from edition.render.fonts import SERIF_BLOCKS, SERIF_EXCLUDED, FontSet

# base.css sets this on the whole document (edition/render/punctuation.py).
FEATURES = {"chws": True}


@lru_cache(maxsize=8)
def _font(path: Path):
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(path)))
    return hb.Font(face), face.upem


def _has(path: Path, cp: int) -> bool:
    return _font(path)[0].get_nominal_glyph(cp) is not None


def _serif(cp: int) -> bool:
    return cp not in SERIF_EXCLUDED and any(lo <= cp <= hi for lo, hi in SERIF_BLOCKS)


def width_em(text: str, fonts: FontSet, *, italic: bool = False) -> float | None:
    """The advance width of ``text`` set on one line in regular (or italic) "Edition Latin",
    in em; None when a character is in neither face (the layout then measures it itself)."""
    import uharfbuzz as hb

    serif = fonts.serif[2 if italic else 0] if fonts.serif is not None else None
    runs: list[tuple[Path, str]] = []
    for ch in text:
        cp = ord(ch)
        if serif is not None and _serif(cp) and _has(serif, cp):
            path = serif
        elif _has(fonts.latin_regular, cp):
            path = fonts.latin_regular
        else:
            return None
        if runs and runs[-1][0] == path:
            runs[-1] = (path, runs[-1][1] + ch)
        else:
            runs.append((path, ch))
    total = 0.0
    for path, run in runs:
        font, upem = _font(path)
        buf = hb.Buffer()
        buf.add_str(run)
        buf.guess_segment_properties()
        hb.shape(font, buf, FEATURES)
        total += sum(p.x_advance for p in buf.glyph_positions) / upem
    return total


def column_widths(entry: dict, fonts: FontSet) -> dict[str, str]:
    """The text widths in em of a vocabulary entry's columns: word, reading (italic), part of
    speech; a column whose text cannot be measured is left out."""
    out = {}
    for key, italic in (("word", False), ("reading", True), ("pos", False)):
        em = width_em(str(entry.get(key) or ""), fonts, italic=italic)
        if em is not None:
            # Rounded up: a column's edge is never left of the text's.
            out[key] = f"{math.ceil(em * 10**6) / 10**6:.6f}"
    return out
