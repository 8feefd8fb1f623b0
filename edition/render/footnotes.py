"""Where the page-bottom notes landed in a laid-out document, and which did not land well.

A note is printed well when its whole text stands in the footnote area of the page that holds
its call. WeasyPrint cannot continue a note on the next page: a note taller than the page's
footnote area is cut at the area's bottom (silently), and a note that does not fit beside the
text may be moved to a later page than its call. The build moves such notes to the endnotes
(``edition/pipeline/output.py``). Notes are recognised by the ``data-n`` attribute (their
number) that the layouts' footnote elements carry.
"""

from __future__ import annotations

from dataclasses import dataclass

# Lengths are CSS pixels; less than this is a rounding error, not an overflow.
TOLERANCE = 0.01
CUT = "cut"  # taller than the footnote area left for it: its end is not printed
LATER = "later"  # printed on a later page than its call
MISSING = "missing"  # called but not printed


@dataclass(frozen=True, slots=True)
class Landing:
    """Where one note's call and text landed (0-based page indexes; None: nowhere)."""

    call_page: int | None
    note_page: int | None
    cut: bool


def _number(box) -> int | None:
    element = getattr(box, "element", None)
    value = element.get("data-n") if element is not None else None
    return int(value) if value and value.isdigit() else None


def landings(document) -> dict[int, Landing]:
    """Note number -> where its call and its text are, for every note the pages hold.

    ``document``: a ``weasyprint.document.Document`` (its pages' box trees are read).
    """
    from weasyprint.formatting_structure.boxes import FootnoteAreaBox

    calls: dict[int, int] = {}
    notes: dict[int, tuple[int, bool]] = {}
    for index, page in enumerate(document.pages):
        for child in page._page_box.children:
            if isinstance(child, FootnoteAreaBox):
                bottom = child.content_box_y() + child.height
                for note in child.children:
                    number = _number(note)
                    if number is None:
                        continue
                    end = note.position_y + note.margin_height() - note.margin_bottom
                    notes.setdefault(number, (index, end > bottom + TOLERANCE))
            else:
                for box in child.descendants():
                    footnote = getattr(box, "footnote", None)
                    number = _number(footnote) if footnote is not None else None
                    if number is not None:
                        calls.setdefault(number, index)
    out = {}
    for number in calls.keys() | notes.keys():
        page, cut = notes.get(number, (None, False))
        out[number] = Landing(calls.get(number), page, cut)
    return out


def badly_placed(document, numbers: list[int]) -> dict[int, str]:
    """Among page-bottom notes ``numbers``, those not printed whole on their call's page.

    Returns number -> reason: :data:`CUT`, :data:`LATER` or :data:`MISSING`.
    """
    found = landings(document)
    out = {}
    for number in numbers:
        landing = found.get(number)
        if landing is None or landing.note_page is None:
            out[number] = MISSING
        elif landing.cut:
            out[number] = CUT
        elif landing.call_page is not None and landing.note_page != landing.call_page:
            out[number] = LATER
    return out
