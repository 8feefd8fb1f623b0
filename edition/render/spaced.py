"""A justified line drawn from the line the layout shaped, without shaping it again.

WeasyPrint justifies a line by giving each space (U+0020, U+00A0) of its text boxes the same
extra width, a Pango letter-spacing attribute on each space when the box is drawn: drawing
sets the box's Pango layout up again and shapes its text anew (``Layout.reactivate``,
``get_first_line``), though the layout shaped the same text without the spacing when it split
the line (and ``kept-lines`` kept that line: ``edition/render/patches.py``). Pango splits a
text into one item per range of attributes, so the spaced layout is the unspaced line's items
cut at each spaced character, each piece shaped alone, and the spacing added to the spaced
characters' glyphs (``shape_run``) less the halves at the line's ends
(``adjust_line_letter_spacing``).

When a line is justified, :func:`read_line` reads the kept line's runs into plain values (the
Pango layout can go); when the box is drawn, :func:`spaced_line` makes the spaced runs of
them, which ``draw_first_line`` (edited by ``textlayer.py``) walks as it walks Pango's: for a
left-to-right box without letter or word spacing of its own, tabs or an ellipsis, whose spaces
are each a cluster of one glyph in the font Pango gives a lone space of its style (then shaped
alone it is the same glyph: our CJK faces' blank spaces, Latin words' spaces). Any other box is
set up and shaped as WeasyPrint does (``tests/test_justify.py`` draws both ways, the same
bytes).
"""
from __future__ import annotations

import functools
import re
import struct
import weakref
from dataclasses import dataclass
from types import SimpleNamespace

from edition.render.patches import GLYPH_INFO

# What WeasyPrint's Layout.set_text spaces: each U+0020 and U+00A0 of the UTF-8 text.
SPACES = re.compile(" |\u00a0".encode())
PANGO_SCALE = 1024
# Whether justified boxes are drawn so (tests compare with Pango's own spaced layout).
drawing = True


class Run:
    """One run of a spaced line, with the names ``draw_first_line`` reads of a
    ``PangoLayoutRun``: it is its own ``data`` (a ``PangoGlyphItem``) and ``item``
    (``offset``, ``length``, ``analysis``), its ``glyphs`` a :class:`Glyphs`. (Properties,
    not attributes: a run holding itself would be garbage only the paused collector frees.)"""

    __slots__ = ("analysis", "glyphs", "length", "next", "offset")

    def __init__(self, offset: int, length: int, analysis, glyphs: Glyphs) -> None:
        self.offset, self.length, self.analysis, self.glyphs = offset, length, analysis, glyphs

    @property
    def data(self) -> Run:
        return self

    @property
    def item(self) -> Run:
        return self


class Glyphs:
    """A run's glyphs as ``draw_first_line`` reads a ``PangoGlyphString``: the
    ``(glyph, width, x_offset, y_offset, attr)`` of each (``glyph_infos`` takes the list as it
    is), their number and their clusters' byte offsets in the run."""

    __slots__ = ("glyphs", "log_clusters", "num_glyphs")

    def __init__(self, glyphs: list, clusters: list) -> None:
        self.glyphs, self.num_glyphs, self.log_clusters = glyphs, len(glyphs), clusters


@dataclass(slots=True)
class Line:
    """A spaced line: its runs (``runs[0]`` as Pango's ``GSList``) and :func:`read_line`'s
    runs they were made of (whose fonts live with the font configuration)."""

    runs: list
    layout: object


ALONE = [0]  # the clusters of a run of one cluster (read only)
GLYPH_SIZE = struct.calcsize(GLYPH_INFO)
GLYPHS = struct.Struct(GLYPH_INFO).iter_unpack
CLUSTERS = [struct.Struct(f"@{n}i").unpack for n in range(64)]


def _clusters(data: bytes) -> tuple:
    return struct.unpack(f"@{len(data) // 4}i", data)


@functools.cache
def _names() -> SimpleNamespace:
    from weasyprint.text.ffi import TO_UNITS, ffi, pango

    from edition.render.patches import glyph_infos

    return SimpleNamespace(
        TO_UNITS=TO_UNITS, ffi=ffi, pango=pango, glyph_infos=glyph_infos, buffer=ffi.buffer
    )


def distribute(spacing: int) -> tuple[int, int]:
    """Pango's ``distribute_letter_spacing``: the halves before and after a glyph."""
    left = int(spacing / 2)  # C's division, toward zero
    if spacing & (PANGO_SCALE - 1) == 0:
        left = (left + PANGO_SCALE // 2) & ~(PANGO_SCALE - 1)  # PANGO_UNITS_ROUND
    return left, spacing - left


class Analysis:
    """What ``draw_first_line`` reads of a run's ``PangoAnalysis``: its font and level."""

    __slots__ = ("font", "level")

    def __init__(self, font, level: int) -> None:
        self.font, self.level = font, level


def read_line(kept, style) -> tuple | None:
    """The runs of the kept Pango layout ``kept`` (a text on one line, of ``style``) as plain
    values, so that the layout can go: each run's byte offset and length, :class:`Analysis`,
    glyph count, ``PangoGlyphInfo`` array and clusters as bytes. The fonts stay alive with
    the first kept layout that held each (on the font configuration): a live font's address
    is its own. None for a right-to-left run."""
    names = _names()
    ffi = names.ffi
    fonts = style.font_config.__dict__.get("_edition_run_fonts")
    if fonts is None:
        fonts = style.font_config._edition_run_fonts = {}
    runs = []
    run = names.pango.pango_layout_get_line_readonly(kept, 0).runs
    while run != ffi.NULL:
        glyph_item = run.data
        run = run.next
        item = glyph_item.item
        analysis = item.analysis
        level = analysis.level
        if level % 2:
            return None
        font = analysis.font
        key = (int(ffi.cast("intptr_t", font)), level)
        found = fonts.get(key)
        if found is None:
            found = fonts[key] = (Analysis(font, level), kept)
        glyph_string = glyph_item.glyphs
        count = glyph_string.num_glyphs
        runs.append(
            (
                item.offset,
                item.length,
                found[0],
                count,
                names.buffer(glyph_string.glyphs, count * GLYPH_SIZE)[:],
                names.buffer(glyph_string.log_clusters, count * 4)[:],
            )
        )
    return tuple(runs)


def spaced_line(layout, style, kept) -> Line | None:
    """The runs Pango would make of ``layout`` (a justified box's inactive WeasyPrint layout,
    of ``style``) set up again with its spacing, from ``kept`` (:func:`read_line`'s runs of
    the line its text was shaped in, unspaced, or None); None when they may differ (see the
    module's doc). The box lets go of ``kept`` then; a box drawn again (a copy sharing its
    layout) is set up and shaped by Pango.
    """
    if not drawing:
        return None
    if _last[0]() is layout:  # draw_text asks first, then draw_first_line: made once
        return _last[1]
    if kept is None:  # no line kept, or drawn once already
        return None
    _last[:] = weakref.ref(layout), None
    _last[1] = line = _spaced_line(layout, style, kept)
    layout.__dict__.pop("spaced_from", None)
    return line


# The layout last asked about (weakly: not past its document) and its answer.
_last: list = [lambda: None, None]


def _spaced_line(layout, style, kept) -> Line | None:
    names = _names()
    text = layout.text
    if style["letter_spacing"] != "normal" or style["word_spacing"] or "\t" in text:
        return None
    if style["overflow_wrap"] in ("anywhere", "break-word") or style["direction"] != "ltr":
        return None
    spacing = int(layout.justification_spacing * names.TO_UNITS)
    encoded = text.encode()
    if spacing <= 0 or encoded == b" ":
        return None
    ffi = names.ffi
    font = space_font(style, layout)
    last_byte = len(encoded) - 1
    spaces = [match.span() for match in SPACES.finditer(encoded)]
    spaced_glyphs: dict = {}  # (glyph, letter spacing) -> its Glyphs, shared by the box
    head = tail = None  # the runs made, linked as they are made
    s = 0  # the next space
    end = 0
    for offset, length, analysis, count, glyph_bytes, cluster_bytes in kept:
        if offset != end:
            return None
        end = offset + length
        glyphs = list(GLYPHS(glyph_bytes))
        clusters = CLUSTERS[count](cluster_bytes) if count < 64 else _clusters(cluster_bytes)
        if s == len(spaces) or spaces[s][0] >= end:  # no space: the run as it is
            made = Run(offset, end - offset, analysis, Glyphs(glyphs, clusters))
            if tail is None:
                head = tail = made
            else:
                tail.next = tail = made
            continue
        if analysis.font != font:
            return None
        start = g = 0
        while s < len(spaces) and spaces[s][0] < end:
            at, after = spaces[s]
            s += 1
            if after > end:
                return None
            at -= offset
            after -= offset
            if at > start:  # the characters before the space
                first = g
                while g < count and clusters[g] < at:
                    g += 1
                if g - first == 1 and clusters[first] == start:
                    piece = Glyphs([glyphs[first]], ALONE)
                else:
                    piece = Glyphs(glyphs[first:g], [c - start for c in clusters[first:g]])
                made = Run(offset + start, at - start, analysis, piece)
                if tail is None:
                    head = tail = made
                else:
                    tail.next = tail = made
            if g >= count or clusters[g] != at or (g + 1 < count and clusters[g + 1] < after):
                return None  # the space is not a cluster of one glyph of its own
            # WeasyPrint gives the text's first and last byte double spacing
            letter = spacing * 2 if offset + at in (0, last_byte) else spacing
            key = (glyphs[g], letter)
            piece = spaced_glyphs.get(key)
            if piece is None:
                glyph, width, x_offset, y_offset, attr = glyphs[g]
                left = distribute(letter)[0]
                piece = spaced_glyphs[key] = Glyphs(
                    [(glyph, width + letter, x_offset + left, y_offset, attr)], ALONE
                )
            made = Run(offset + at, after - at, analysis, piece)
            if tail is None:
                head = tail = made
            else:
                tail.next = tail = made
            g += 1
            start = after
        length = end - offset
        if start < length:
            made = Run(
                offset + start,
                length - start,
                analysis,
                Glyphs(glyphs[g:], [c - start for c in clusters[g:]]),
            )
            tail.next = tail = made
        elif g != count:
            return None
    if end != len(encoded) or head is None:
        return None
    tail.next = ffi.NULL
    _line_ends(head, tail, spaced_glyphs)
    return Line([head], kept)


def _line_ends(head: Run, tail: Run, spaced_glyphs: dict) -> None:
    """Pango's ``adjust_line_letter_spacing``: a spaced glyph that starts the line loses the
    spacing before it, one that ends it the spacing after it."""
    for run, at_start in ((head, True), (tail, False)):
        glyphs = run.glyphs
        found = next((key for key, value in spaced_glyphs.items() if value is glyphs), None)
        if found is None:
            continue
        left, right = distribute(found[1])
        glyph, width, x_offset, y_offset, attr = glyphs.glyphs[0]
        if at_start:
            width -= left
            x_offset -= left
        else:
            width = max(width - right, 0)
        if head is tail and at_start:  # a line of one spaced glyph loses both
            width = max(width - right, 0)
        run.glyphs = Glyphs([(glyph, width, x_offset, y_offset, attr)], ALONE)
        if head is tail:
            return


def space_font(style, layout):
    """The font Pango gives a lone space in ``style`` (the first of its fonts that has one),
    kept per font description and language with the Pango layout that holds it."""
    names = _names()
    key = (
        tuple(style["font_family"]),
        style["font_style"],
        style["font_stretch"],
        style["font_weight"],
        style["font_size"],
        style["font_variation_settings"],
        style["lang"],
        style["font_language_override"],
    )
    fonts = style.font_config.__dict__.setdefault("_edition_space_fonts", {})
    found = fonts.get(key)
    if found is None:
        probe = type(layout)(style)
        probe.set_text(" ")
        line = names.pango.pango_layout_get_line_readonly(probe.layout, 0)
        runs = line.runs
        font = runs.data.item.analysis.font if runs != names.ffi.NULL else None
        found = fonts[key] = (font, probe)
    return found[0]
