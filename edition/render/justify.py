"""Justification of Chinese lines: slack spread evenly, wide gaps written as wider glyphs.

WeasyPrint (70) justifies a line by giving each space (U+0020, U+00A0) of the line the same
extra width. Our Chinese text is justified through zero-width spaces between characters
(``edition/render/inline.py``), so a line with few of them, say one that a long Latin word
could not join, spread its characters far apart: 0.27 em between each two on the bundled
article. Beyond 0.1 em such a gap is a word space for every text extractor (poppler starts a
new word after 0.1 em, pdfminer after 0.1 of the next glyph's size), so copying the line gave
``和 雅 各 布``.

:func:`install` replaces ``weasyprint.layout.inline.justify_line``: the spaces of boxes set in
our CJK fonts ("Edition Han", "Edition Ruby...") get the even share of the extra width but at
most :data:`CJK_MAX_STRETCH` em of their font size; what they cannot take goes to the other
spaces of the line (around and inside Latin words, real spaces in the text layer too). A line
with no other space is then left that much short of the right edge, which happens only when a
Chinese line has under ~10 break opportunities for more than 1 em of slack. Everything else
is WeasyPrint's own ``add_word_spacing``, given a spacing per box instead of one per line.
A line that ends on a full-width closing mark gets the mark's blank half as slack on top
(:func:`hanging_blank`): the blank stands past the edge, the ink ends flush (clreq).

That cap left holes: a line before a long Latin word that must go to the next line put 2.4 em
around the Latin words of the line. Both extractors measure a gap from the end of a glyph's
advance, and the advance is the width the PDF font's /W array gives the glyph (poppler and
pdfminer alike; so do viewers when they place glyphs). So when WeasyPrint's drawing can be
edited (``edition/render/textlayer.py``), :func:`install` lifts the cap: the line's slack is
spread evenly over all its spaces, and :func:`show_widened` draws the glyph before a gap over
:data:`CJK_MAX_STRETCH` from a copy of its font whose /W gives that glyph its width plus the
gap (``fix_text_layer`` adds those font dictionaries; they share the font program). The
stretch is then no gap at all to an extractor, and the page looks the same as with the gap
written as a TJ adjustment. pypdf reads the gap from the text matrices and widths instead,
and takes any lone adjustment of 0.095 em or more for a space: so a box that starts at a text
matrix of its own after a widened glyph has its leading gap moved into that matrix. The cap
stays where the drawing cannot be edited (another WeasyPrint), and inside :func:`capped`.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import SimpleNamespace

from edition.render.speedups import enabled

log = logging.getLogger(__name__)

CJK_MAX_STRETCH = 0.08  # em: under the 0.1 em at which extractors see a word space
CJK_FAMILIES = ("Edition Han", "Edition Ruby")
# A wider gap is written as a widened glyph, by steps of this many 1/1000 em (the rest, under
# 0.02 em, stays a TJ adjustment): a few font copies per font, not one per line.
STEP = 20
# Whether wide gaps can be written as widened glyphs (set by install), or may not (capped).
_wide = False
_capped = False
# Font copies the pages use: resource name -> (font's resource name, extra width in 1/1000
# em, glyph ids drawn with it). Filled while WeasyPrint writes, read by fix_text_layer.
widened: dict[str, tuple[str, int, set[int]]] = {}


def is_cjk(box) -> bool:
    """Whether a text box is set in one of our CJK fonts (its spaces are zero-width)."""
    families = box.style["font_family"]
    return bool(families) and families[0].startswith(CJK_FAMILIES)


@functools.cache
def _names() -> SimpleNamespace:
    """What this module uses of WeasyPrint and of the modules that load it, imported once.

    Not at the module's import (WeasyPrint is loaded after edition's fixes are installed),
    nor in each function: an import statement costs about 2 us even when the module is
    loaded, and the functions below run for every line and text box (some 12,000 imports
    for the bundled booklet).
    """
    from weasyprint import __version__
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout.inline import count_expandable_spaces
    from weasyprint.text.line_break import Layout, create_layout

    from edition.render.fonts import variant_for_lang
    from edition.render.patches import PINNED
    from edition.render.punctuation import line_end_blank
    from edition.render.spaced import read_line

    return SimpleNamespace(
        boxes=boxes,
        count_expandable_spaces=count_expandable_spaces,
        create_layout=create_layout,
        Layout=Layout,
        line_end_blank=line_end_blank,
        pinned=__version__ == PINNED,
        read_line=read_line,
        variant_for_lang=variant_for_lang,
    )


def justify_line(context, line, extra_width: float) -> None:
    """Spread ``extra_width`` over the line's spaces, CJK gaps capped (see module doc)."""
    count_expandable_spaces = _names().count_expandable_spaces
    cjk: list[tuple[object, int]] = []
    other = 0
    for box in text_boxes(line):
        n = count_expandable_spaces(box)
        if not n:
            continue
        if is_cjk(box):
            cjk.append((box, n))
        else:
            other += n
    total = sum(n for _, n in cjk) + other
    if not total:
        return
    extra_width += hanging_blank(line)
    even = extra_width / total
    if _wide:  # every gap the same: show_widened keeps the text layer clean
        add_spacing(context, line, lambda box: even, 0)
        return
    spacing: dict[int, float] = {}
    left = extra_width
    for box, n in cjk:
        spacing[id(box)] = min(even, CJK_MAX_STRETCH * box.style["font_size"])
        left -= spacing[id(box)] * n
    rest = left / other if other else 0.0
    if not other and left > 0.5:
        log.debug("justified line left %.1f px short: too few breaks for its slack", left)
    add_spacing(context, line, lambda box: spacing.get(id(box), rest), 0)


def hanging_blank(line) -> float:
    """The width of the blank right half of the full-width closing mark that ends ``line``
    (0 if it ends otherwise): spread over the line's spaces too, it stands past the edge and
    the mark's ink ends flush (``edition/render/punctuation.py``, :func:`line_end_blank`)."""
    names = _names()
    last = None
    for box in text_boxes(line):
        if box.text.strip(" \u200b"):
            last = box
    if last is None or not is_cjk(last):
        return 0.0
    char = last.text.rstrip(" \u200b")[-1]
    variant = names.variant_for_lang(last.style["lang"] or "")
    return names.line_end_blank(char, variant) * last.style["font_size"]


def text_boxes(box):
    boxes = _names().boxes
    if isinstance(box, boxes.TextBox):
        yield box
    elif isinstance(box, (boxes.LineBox, boxes.InlineBox)):
        for child in box.children:
            if child.is_in_normal_flow():
                yield from text_boxes(child)


def add_spacing(context, box, spacing_of: Callable[[object], float], x_advance: float) -> float:
    """WeasyPrint's ``add_word_spacing`` with the spacing chosen per text box."""
    names = _names()
    boxes = names.boxes
    if isinstance(box, boxes.TextBox):
        spacing = spacing_of(box)
        box.justification_spacing = spacing
        box.position_x += x_advance
        nb_spaces = names.count_expandable_spaces(box)
        if nb_spaces > 0 and spacing:
            layout = _drawing_layout(box.text, box.style, spacing, box.pango_layout)
            if layout is None:
                layout = names.create_layout(
                    box.text, box.style, context, max_width=None, justification_spacing=spacing
                )
                layout.deactivate()
            extra_space = spacing * nb_spaces
            x_advance += extra_space
            box.width += extra_space
            box.pango_layout = layout
    elif isinstance(box, (boxes.LineBox, boxes.InlineBox)):
        box.position_x += x_advance
        previous_x_advance = x_advance
        children = box.children
        if box.style["direction"] == "rtl":
            children = children[::-1]
        for child in children:
            if child.is_in_normal_flow():
                x_advance = add_spacing(context, child, spacing_of, x_advance)
        box.width += x_advance - previous_x_advance
    else:
        box.translate(x_advance, 0)
    return x_advance


def _drawing_layout(text: str, style, spacing: float, split=None):
    """The inactive layout that ``create_layout`` then ``deactivate`` leave on a justified text
    box, made without a Pango layout; None where that cannot be done (speed-ups off, another
    WeasyPrint, a decorated text: underlines are drawn from the font metrics the layout kept).

    Drawing sets the layout up again from the box's style (``Layout.reactivate``) and shapes
    the text with its spacing; what it keeps from this one is the text (cut after its first
    line break as ``Layout.set_text`` cuts it), the spacing and no maximum width. Making,
    filling and dropping a Pango layout for each justified box (a fifth of a line's layout
    work) bought nothing.

    ``split``: the layout the box's text was split with; when it kept its line (``kept-lines``,
    ``edition/render/patches.py``) for this text and style, the new layout takes that line's
    runs as plain values (``spaced_from``), for the drawing to make the spaced line from
    (``edition/render/spaced.py``); the Pango layout goes.
    """
    names = _names()
    if not names.pinned or not enabled() or style["text_decoration_line"] != "none":
        return None
    layout = names.Layout.__new__(names.Layout)
    index = text.find("\n")
    layout.text = text[: index + 2] if index != -1 else text
    layout.justification_spacing = spacing
    layout.max_width = None
    layout.first_line_direction = 0
    layout.ascent = layout.underline_position = layout.strikethrough_position = None
    kept = split.__dict__.get("kept_line") if split is not None else None
    if kept is not None and kept[1] is style and kept[2] == layout.text:
        layout.spaced_from = names.read_line(kept[0], style)
    return layout


def install(wide: bool = False) -> None:
    """Use :func:`justify_line` in WeasyPrint's inline layout (idempotent).

    ``wide``: the drawing writes wide gaps between CJK characters with :func:`show_widened`,
    so they need no cap (unless inside :func:`capped`).
    """
    global _wide
    from weasyprint.layout import inline

    inline.justify_line = justify_line
    _wide = wide and not _capped


@contextmanager
def capped() -> Iterator[None]:
    """Documents laid out inside are justified with the cap, as when the drawing cannot be
    edited (to compare the two ways of writing the same pages)."""
    global _capped
    _capped = True
    try:
        yield
    finally:
        _capped = False


# One item of a TJ array as WeasyPrint writes it: a hex string of 4-digit glyph ids, or a number.
ITEM = re.compile(r"<([0-9a-fA-F]*)>|(-?[0-9.]+(?:e[-+]?[0-9]+)?)")
# A number of the array that may be part of a wide gap: a gap is written as at most three
# (the glyph's kerning, a space Pango drew as no glyph, the next glyph's offset), so one of
# them is a third of it or more.
PART = re.compile(r"-(?:[2-9][0-9]|[0-9]{3,})")
_vector: dict[str, bool] = {}  # font resource name -> whether its glyph ids have 4 digits


def show_widened(stream, string: str) -> None:
    """Write the TJ array ``string`` (WeasyPrint's ``draw_first_line``, edited) with every gap
    of at least :data:`CJK_MAX_STRETCH` after a glyph turned into the width of that glyph, drawn
    from a widened copy of its font (:data:`widened`). Mostly the gaps between CJK characters;
    a justified Latin space too (pdfminer read a space glyph followed by a gap as two spaces).

    The gap may be written as several numbers (a space Pango drew as no glyph, a glyph's
    offset): they are added up. Glyphs in a row widened alike (a justified line spreads its
    slack evenly) are one array in the copy. A gap before the array's first glyph widens the
    last glyph of the array before it, when that one is on the same line
    (:func:`_widen_written`).
    """
    if not (_wide and PART.search(string)):
        stream.show_text(string)
        return
    name, size = _font_of(stream.stream)
    if name is None or not _is_vector(stream, name):
        stream.show_text(string)
        return
    limit = CJK_MAX_STRETCH * 1000
    lead = 0.0
    glyphs: list[list] = []  # [glyph id (4 hex digits), the gap after it]
    for digits, number in ITEM.findall(string):
        if number:
            if glyphs:
                glyphs[-1][1] += float(number)
            else:
                lead += float(number)
        else:
            glyphs += [[digits[i : i + 4], 0.0] for i in range(0, len(digits), 4)]
    extra = [int(-gap // STEP * STEP) if gap <= -limit else 0 for _, gap in glyphs]
    if lead <= -limit:
        absorbed, moved = _widen_written(stream, -lead * size, size)
        if moved:  # the array goes on from the widened glyph: the gap is in it now
            lead += absorbed / size
        elif absorbed and _shift_matrix(stream, -lead / 1000 * size):
            # The box starts at a text matrix of its own: its lead is written there. pypdf
            # takes a lone adjustment of 0.095 em for a word space even when the widened
            # glyph before it overlaps it; from the matrix it measures the gap after that
            # glyph's advance, as poppler and pdfminer do.
            lead = 0.0
    elif not any(extra):
        stream.show_text(string)
        return
    pieces = _number(lead)
    current = 0
    for (glyph, gap), units in zip(glyphs, extra, strict=True):
        if units != current:
            if pieces:
                stream.show_text(_joined(pieces))
                pieces = []
            stream.set_font_size(f"{name}W{units}" if units else name, size)
            current = units
        if units:
            widened.setdefault(f"{name}W{units}", (name, units, set()))[2].add(int(glyph, 16))
        if pieces and pieces[-1][-1] == ">":
            pieces[-1] = f"{pieces[-1][:-1]}{glyph}>"
        else:
            pieces.append(f"<{glyph}>")
        pieces += _number(gap + units)
    if pieces:
        stream.show_text(_joined(pieces))
    if current:
        stream.set_font_size(name, size)


def _number(adjustment: float) -> list[str]:
    """An adjustment of a TJ array as its one item, none when it rounds to 0."""
    text = f"{adjustment:.2f}".rstrip("0").rstrip(".")
    return [text] if text.strip("-0") else []


def _joined(pieces: list[str]) -> str:
    out = pieces[0]
    for before, piece in itertools.pairwise(pieces):
        out += f" {piece}" if before[-1] != ">" and piece[0] != "<" else piece
    return out


def _font_of(ops: list) -> tuple[str | None, float]:
    """The font resource name and size the last Tf of ``ops`` sets."""
    for op in reversed(ops):
        if isinstance(op, bytes) and op.endswith(b" Tf"):
            name, size = op.rsplit(b"/", 1)[1].split()[:2]
            return name.decode(), float(size)
    return None, 0.0


def _is_vector(stream, name: str) -> bool:
    if name not in _vector:
        for font in stream._fonts.values():
            _vector[font.hash] = not font.bitmap
    return _vector.get(name, False)


def _widened_glyph(name: str, size: float, glyph: str, units: int) -> bytes:
    """The operators drawing ``glyph``, in font ``name`` (maybe a widened copy already),
    ``units`` wider, and setting ``name`` again."""
    from pydyf import _to_bytes

    base, _, had = re.fullmatch(r"(.*?)(W(\d+))?", name).groups()
    total = units + int(had or 0)
    copy = f"{base}W{total}"
    widened.setdefault(copy, (base, total, set()))[2].add(int(glyph, 16))
    size_bytes = _to_bytes(size)
    return b"/%s %s Tf [<%s>] TJ /%s %s Tf" % (
        copy.encode(),
        size_bytes,
        glyph.encode(),
        name.encode(),
        size_bytes,
    )


def _shift_matrix(stream, distance: float) -> bool:
    """Move the text matrix just set (no text shown since) ``distance`` text space units along
    its line, as an adjustment of ``-distance`` at the start of the next TJ array would."""
    from pydyf import _to_bytes

    ops = stream.stream
    for k in range(len(ops) - 1, max(-1, len(ops) - 4), -1):
        op = ops[k]
        if not isinstance(op, bytes):
            return False
        if op.endswith(b" Tm"):
            a, b, c, d, e, f = (float(value) for value in op.split()[:6])
            values = (a, b, c, d, e + distance * a, f + distance * b)
            ops[k] = b" ".join([*(_to_bytes(value) for value in values), b"Tm"])
            return True
        if not op.endswith(b" Tf"):
            return False
    return False


# Operators that show text: the glyph to widen is in the last of them.
SHOWING = frozenset((b"TJ", b"Tj", b"'", b'"'))


def _widen_written(stream, stretch: float, size: float) -> tuple[float, bool]:
    """Widen the last glyph of the last TJ array written to ``stream`` by about ``stretch``
    (1/1000 of the font size) when it stands on the line being drawn, whose font size is
    ``size``.

    Returns the widening (same unit; 0 when it could not) and whether the text being drawn
    goes on from the widened glyph (no text matrix set since: its gap must shrink as much).
    """
    ops = stream.stream
    found = None
    here = None  # the y of the text matrix being drawn
    moved = True
    for k in range(len(ops) - 1, max(-1, len(ops) - 60), -1):
        op = ops[k]
        if not isinstance(op, bytes):
            continue
        name = op.rsplit(b" ", 1)[-1]
        if name == b"Tm":
            y = float(op.split()[5])
            if here is None:
                here = y
                moved = found is not None
            if found is not None:
                # the same line: a note call's raised number stands less than an em higher
                if abs(y - here) > 0.6 * size:
                    return 0.0, False
                break
        elif found is None and (name in SHOWING or b"TJ" in op):
            if name != b"TJ" or not op.startswith(b"[") or op.count(b"TJ") != 1:
                return 0.0, False  # a glyph already widened, or text we did not write
            found = k
    else:
        return 0.0, False
    name, size_pt = _font_of(ops[:found])
    array = ops[found][1:-4]  # [ ... ] TJ
    tail = re.search(rb"<[0-9a-fA-F]*?([0-9a-fA-F]{4})>(-?[0-9.]*)$", array)
    if name is None or tail is None or (tail.group(2) and abs(float(tail.group(2))) >= 1):
        return 0.0, False
    if not _is_vector(stream, re.sub(r"W\d+$", "", name)):
        return 0.0, False  # glyph ids of two digits
    units = int(stretch / size_pt // STEP * STEP)
    if not units:
        return 0.0, False
    head = array[: tail.start(1)]
    head = head[:-1] if head.endswith(b"<") else head + b">"
    widened_ops = _widened_glyph(name, size_pt, tail.group(1).decode(), units)
    ops[found] = (b"[%s] TJ\n" % head if head else b"") + widened_ops
    return units * size_pt, moved
