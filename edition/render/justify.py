"""Justification of Chinese lines: at most :data:`CJK_MAX_STRETCH` between two characters.

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
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

CJK_MAX_STRETCH = 0.08  # em: under the 0.1 em at which extractors see a word space
CJK_FAMILIES = ("Edition Han", "Edition Ruby")


def is_cjk(box) -> bool:
    """Whether a text box is set in one of our CJK fonts (its spaces are zero-width)."""
    families = box.style["font_family"]
    return bool(families) and families[0].startswith(CJK_FAMILIES)


def justify_line(context, line, extra_width: float) -> None:
    """Spread ``extra_width`` over the line's spaces, CJK gaps capped (see module doc)."""
    from weasyprint.layout.inline import count_expandable_spaces

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
    even = extra_width / total
    spacing: dict[int, float] = {}
    left = extra_width
    for box, n in cjk:
        spacing[id(box)] = min(even, CJK_MAX_STRETCH * box.style["font_size"])
        left -= spacing[id(box)] * n
    rest = left / other if other else 0.0
    if not other and left > 0.5:
        log.debug("justified line left %.1f px short: too few breaks for its slack", left)
    add_spacing(context, line, lambda box: spacing.get(id(box), rest), 0)


def text_boxes(box):
    from weasyprint.formatting_structure import boxes

    if isinstance(box, boxes.TextBox):
        yield box
    elif isinstance(box, (boxes.LineBox, boxes.InlineBox)):
        for child in box.children:
            if child.is_in_normal_flow():
                yield from text_boxes(child)


def add_spacing(context, box, spacing_of: Callable[[object], float], x_advance: float) -> float:
    """WeasyPrint's ``add_word_spacing`` with the spacing chosen per text box."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout.inline import count_expandable_spaces
    from weasyprint.text.line_break import create_layout

    if isinstance(box, boxes.TextBox):
        spacing = spacing_of(box)
        box.justification_spacing = spacing
        box.position_x += x_advance
        nb_spaces = count_expandable_spaces(box)
        if nb_spaces > 0 and spacing:
            layout = create_layout(
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


def install() -> None:
    """Use :func:`justify_line` in WeasyPrint's inline layout (idempotent)."""
    from weasyprint.layout import inline

    inline.justify_line = justify_line
