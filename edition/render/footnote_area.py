"""footnote-area-append: a page's footnote area with one note more, laying out only that note.

WeasyPrint 70.0 lays the page's whole footnote area out again each time a note is added
(``LayoutContext._update_footnote_area``): a page of n notes lays out n(n+1)/2 notes, 7.8% of
the booklet at ten times the article. When the notes stack plainly, the area with one note
more is the area before it with the new note laid out below its last one: :func:`appended`
lays out only the new note, in a copy of the area resumed at it (``skip_stack`` ``{0: None}``,
which drops the copy's top border, padding and margin, so its content starts at its position),
placed where the full layout would place it, and works the area's height out as
``block_container_layout`` does. Every value the caller reads is then the same float, computed
by the same operations from the same operands, as the full layout's.

"Plainly": every note a block box of lines only (no block inside whose margins could collapse
through the note), no margin above or below it, no clearance, not positioned; an area without
columns, ``max-lines``, ``continue: discard`` or positioning. Otherwise, or when the copy does
not lay out as one note at the place expected, the caller lays the whole area out as before.
Floats beside the text are left to the caller (it keeps no layouts then).
"""

from __future__ import annotations

from math import inf


def _plain_note(note) -> bool:
    """A laid-out note whose layout does not depend on the notes above it but for its place."""
    from weasyprint.formatting_structure import boxes

    return (
        type(note) is boxes.BlockBox
        and note.margin_top == 0
        and note.margin_bottom == 0
        and note.clearance is None
        and note.style["position"] == "static"
        and all(type(child) is boxes.LineBox for child in note.children)
    )


def _plain_area(area) -> bool:
    style = area.style
    return (
        style["column_width"] == "auto"
        and style["column_count"] == "auto"
        and style["max_lines"] == "none"
        and style["continue"] == "auto"
        and style["position"] == "static"
        and style["height"] == "auto"
    )


def appended(context, area, before):
    """The page's footnote ``area`` (its last child the note added) laid out, given ``before``,
    the same area laid out without that note; None when the notes do not stack plainly."""
    from weasyprint.formatting_structure import build
    from weasyprint.layout.block import block_level_layout

    if not before.children or not _plain_area(area):
        return None
    if not all(_plain_note(note) for note in before.children):
        return None
    last = before.children[-1]
    position_y = last.border_box_y() + last.border_height()  # as _in_flow_layout moves on
    rest = build.create_anonymous_boxes(area.copy_with_children(area.children[-1:]).deepcopy())
    rest.position_y = position_y
    laid_out = block_level_layout(context, rest, -inf, {0: None}, area.page, False)[0]
    if laid_out is None or len(laid_out.children) != 1:
        return None
    note = laid_out.children[0]
    if note.position_y != position_y or not _plain_note(note):
        return None
    note.index = len(before.children)
    whole = before.copy_with_children([*before.children, note])
    # block_container_layout's height of an area of auto height: the bottom of its last
    # child (no margin to collapse below it), less its content's top, then clamped
    bottom = note.border_box_y() + note.border_height()
    whole.height = max(min(max(0, bottom - whole.content_box_y()), whole.max_height),
                       whole.min_height)
    return whole
