"""Print-ready sheets: saddle-stitch imposition, and bleed with crop marks.

Both functions take finished PDF bytes (from ``render_pdf``) and return new PDF bytes. Pages are
placed as form XObjects, so the text layer stays what WeasyPrint wrote (``pdftotext`` still finds
the Chinese) and fonts, which WeasyPrint keeps in one shared resource dictionary, are written once
however many sheets use them. Output is deterministic: no dates are added and the file /ID is
derived from the content (pikepdf ``deterministic_id``).

Why the marks are drawn here and not by WeasyPrint: WeasyPrint 70 does support
``@page { bleed: 3mm; marks: crop }`` (weasyprint/draw/__init__.py, ``draw_background``), but it
draws the marks *inside* the bleed area (from the media edge, half the bleed long, a 1px stroke)
and sets the PDF BleedBox to at most 10pt outside the TrimBox, i.e. to the whole MediaBox for a
3mm bleed (weasyprint/pdf/__init__.py). A printer then finds the marks inside the bleed, where
background colour may be printed. Here the marks start outside the BleedBox, 5mm long, 0.25pt
in registration colour. Use :func:`bleed_css` when artwork must really run into the bleed; the
TrimBox it makes is respected by :func:`add_bleed_and_marks`.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence

import pikepdf
from pikepdf import Array, Dictionary, Name

log = logging.getLogger(__name__)

MM = 72 / 25.4
"""PDF points per millimetre."""
MARK_GAP_MM = 1.0
"""Distance between the bleed edge and the start of a crop mark."""
MARK_LENGTH_MM = 5.0
"""Length of a crop mark."""
MARK_LINE_PT = 0.25
"""Stroke width of a crop mark (a hairline, as printers expect)."""
SIZE_TOLERANCE_PT = 0.5
"""Pages whose sizes differ by less than this count as the same size."""
SHEET_SIZES_MM = {
    "A5": (210, 148),
    "A4": (297, 210),
    "A3": (420, 297),
    "A2": (594, 420),
    "B5": (250, 176),
    "B4": (353, 250),
}
"""Landscape paper sizes a pair of pages is rounded up to (A5 pages: 296 mm -> A4, 297 mm)."""
SHEET_SLACK_MM = 2.0
"""At most this much paper on either axis is added to reach a size of ``SHEET_SIZES_MM``."""

# Catalog entries that point at the original pages: they would keep those pages alive (or dangle)
# once the pages are replaced by sheets, so imposition drops them. A sheet file is for the printer.
_PAGE_BOUND_CATALOG_KEYS = (
    "/Outlines",
    "/StructTreeRoot",
    "/MarkInfo",
    "/OpenAction",
    "/PageLabels",
    "/Dests",
)


def saddle_order(page_count: int) -> list[tuple[int, int]]:
    """Page numbers on each sheet side of a saddle-stitched booklet, in printing order.

    Input: the number of pages (at least 1). Output: one ``(left, right)`` pair per sheet side,
    1-based, front then back of sheet 1, then sheet 2 and so on; numbers above ``page_count`` are
    the blank pages added to reach a multiple of 4. For 8 pages:
    ``[(8, 1), (2, 7), (6, 3), (4, 5)]``. Raises ValueError for fewer than 1 page.
    """
    if page_count < 1:
        raise ValueError(f"saddle imposition needs at least 1 page, got {page_count}")
    padded = -(-page_count // 4) * 4
    sides = []
    for sheet in range(padded // 4):
        low, high = 2 * sheet + 1, padded - 2 * sheet
        sides.append((high, low))
        sides.append((low + 1, high - 1))
    return sides


def impose_saddle(pdf: bytes, bleed_mm: float = 0, marks: bool = False) -> bytes:
    """Impose a PDF for saddle stitching: two pages side by side on each side of a sheet.

    Input: PDF bytes whose pages all have the same size (the TrimBox if present, else the
    MediaBox). Output: PDF bytes with one page per sheet side, twice the page width by the page
    height, rounded up to a paper size of ``SHEET_SIZES_MM`` when one is at most
    ``SHEET_SLACK_MM`` larger (ISO A5 is 148 mm wide, so two make 296 mm: the sheet is A4, 297 mm,
    with the pair centred, fold on the centre line; A4 pages give A3), in the order of
    :func:`saddle_order`; padding pages are left blank. Print double-sided, flipping on the
    short edge.
    With ``bleed_mm`` or ``marks`` (the pages' bleed from :func:`add_bleed_and_marks`, without
    its marks), the sheet is the spread plus its bleed, and room for the marks: each page keeps
    its bleed at the top, the bottom and its outer edge (none at the fold), the sheet gets
    TrimBox (the spread) and BleedBox, and crop marks at the spread's corners and fold marks at
    its centre, as a printer trims a folded booklet; it is not rounded to a paper size.
    Bookmarks, links, tags and page labels of the original are dropped (they point at pages that
    no longer exist), and with the tags an XMP PDF/UA claim. Raises ValueError for an empty
    PDF or pages of different sizes.
    """
    doc = pikepdf.open(io.BytesIO(pdf))
    pages = list(doc.pages)
    if not pages:
        raise ValueError("saddle imposition needs at least 1 page, got 0")
    boxes = [_trim_box(page) for page in pages]
    width, height = boxes[0][2] - boxes[0][0], boxes[0][3] - boxes[0][1]
    for number, box in enumerate(boxes[1:], start=2):
        w, h = box[2] - box[0], box[3] - box[1]
        if abs(w - width) > SIZE_TOLERANCE_PT or abs(h - height) > SIZE_TOLERANCE_PT:
            raise ValueError(
                f"page {number}: size {w / MM:.1f} x {h / MM:.1f} mm differs from page 1 "
                f"({width / MM:.1f} x {height / MM:.1f} mm); saddle imposition needs one page size"
            )

    if bleed_mm < 0:
        raise ValueError(f"bleed must be 0 mm or more, got {bleed_mm} mm")
    bleed = bleed_mm * MM
    room = (MARK_GAP_MM + MARK_LENGTH_MM) * MM if marks else 0.0
    if bleed or marks:
        sheet_w, sheet_h = 2 * width + 2 * (bleed + room), height + 2 * (bleed + room)
    else:
        sheet_w, sheet_h = _sheet_size(2 * width, height)
    margin_x, margin_y = (sheet_w - 2 * width) / 2, (sheet_h - height) / 2
    trim = (margin_x, margin_y, margin_x + 2 * width, margin_y + height)
    forms = [doc.make_indirect(page.as_form_xobject()) for page in pages]
    registration = _registration_colour(doc) if marks else None
    sheets = []
    for left, right in saddle_order(len(pages)):
        xobjects, content = Dictionary(), []
        for slot, number in enumerate((left, right)):
            if number > len(pages):
                continue
            name = f"/P{number}"
            xobjects[name] = forms[number - 1]
            x0, y0, _, _ = boxes[number - 1]
            offset = margin_x + slot * width
            # clip to the slot and its bleed away from the fold, so that a page's bleed never
            # covers its neighbour
            clip_x = offset - bleed if slot == 0 else offset
            content.append(
                f"q {_num(clip_x)} {_num(margin_y - bleed)} {_num(width + bleed)} "
                f"{_num(height + 2 * bleed)} re W n "
                f"1 0 0 1 {_num(offset - x0)} {_num(margin_y - y0)} cm {name} Do Q"
            )
        sheet = Dictionary(
            Type=Name.Page,
            MediaBox=Array([0, 0, _num_obj(sheet_w), _num_obj(sheet_h)]),
            Resources=Dictionary(XObject=xobjects),
        )
        if bleed or marks:
            sheet.TrimBox = _box(*trim)
            sheet.BleedBox = _box(
                trim[0] - bleed, trim[1] - bleed, trim[2] + bleed, trim[3] + bleed
            )
        if registration is not None:
            sheet.Resources.ColorSpace = Dictionary(EdReg=registration)
            content.append(_crop_marks(trim, bleed, "/EdReg", fold=True).decode("ascii"))
        sheet.Contents = doc.make_stream("\n".join(content).encode("ascii"))
        sheets.append(doc.make_indirect(sheet))

    for key in _PAGE_BOUND_CATALOG_KEYS:
        if key in doc.Root:
            del doc.Root[key]
    if "/Names" in doc.Root and "/Dests" in doc.Root.Names:
        del doc.Root.Names.Dests
    if "/Metadata" in doc.Root:
        # the tags are gone, so the file no longer claims PDF/UA
        with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            if "pdfuaid:part" in xmp:
                del xmp["pdfuaid:part"]
    while len(doc.pages):
        del doc.pages[-1]
    for sheet in sheets:
        doc.pages.append(pikepdf.Page(sheet))
    log.debug("imposed %d pages on %d sheet sides", len(pages), len(sheets))
    return _save(doc)


def add_bleed_and_marks(pdf: bytes, bleed_mm: float = 3, marks: bool = True) -> bytes:
    """Add a bleed area and crop marks around every page.

    Input: PDF bytes; ``bleed_mm`` (>= 0), the bleed on each side; ``marks``, whether to draw
    crop marks. The trim is the page's TrimBox if it has one (WeasyPrint sets it when the CSS has
    a ``bleed``), else its MediaBox. Output: PDF bytes where each page has TrimBox = trim,
    BleedBox = trim + bleed, MediaBox = BleedBox + room for the marks (``MARK_GAP_MM`` +
    ``MARK_LENGTH_MM``, only when ``marks``); the marks are 8 hairlines in line with the trim
    edges, starting outside the BleedBox. The page content is not moved or rewritten: it is
    wrapped in ``q``/``Q`` and the marks are appended, so the text layer is unchanged.
    Raises ValueError for a negative bleed.
    """
    if bleed_mm < 0:
        raise ValueError(f"bleed must be 0 mm or more, got {bleed_mm} mm")
    doc = pikepdf.open(io.BytesIO(pdf))
    bleed = bleed_mm * MM
    room = (MARK_GAP_MM + MARK_LENGTH_MM) * MM if marks else 0.0
    registration = _registration_colour(doc) if marks else None
    for page in doc.pages:
        x0, y0, x1, y1 = _trim_box(page)
        page.obj.TrimBox = _box(x0, y0, x1, y1)
        page.obj.BleedBox = _box(x0 - bleed, y0 - bleed, x1 + bleed, y1 + bleed)
        page.obj.MediaBox = _box(
            x0 - bleed - room, y0 - bleed - room, x1 + bleed + room, y1 + bleed + room
        )
        for key in ("/CropBox", "/ArtBox"):
            if key in page.obj:
                del page.obj[key]
        if marks:
            colour = page.add_resource(registration, Name.ColorSpace, Name("/EdReg"))
            page.contents_add(doc.make_stream(b"q\n"), prepend=True)
            page.contents_add(
                doc.make_stream(b"Q\n" + _crop_marks((x0, y0, x1, y1), bleed, str(colour))),
                prepend=False,
            )
    return _save(doc)


def bleed_css(bleed_mm: float) -> str:
    """An ``@page`` rule giving every page a bleed, to append to the layout's CSS.

    Input: the bleed in mm (>= 0). Output: CSS text. WeasyPrint then enlarges the MediaBox by the
    bleed, lets page backgrounds run into it and writes the TrimBox; marks are left to
    :func:`add_bleed_and_marks`, which draws them outside the bleed. Raises ValueError for a
    negative bleed.
    """
    if bleed_mm < 0:
        raise ValueError(f"bleed must be 0 mm or more, got {bleed_mm} mm")
    return f"@page {{ bleed: {bleed_mm:g}mm; marks: none }}\n"


def _sheet_size(width: float, height: float) -> tuple[float, float]:
    """The paper size for a spread of ``width`` x ``height`` points (see ``SHEET_SIZES_MM``)."""
    for paper_w, paper_h in SHEET_SIZES_MM.values():
        extra_w, extra_h = paper_w - width / MM, paper_h - height / MM
        if -0.01 <= extra_w <= SHEET_SLACK_MM and -0.01 <= extra_h <= SHEET_SLACK_MM:
            return max(width, paper_w * MM), max(height, paper_h * MM)
    return width, height


def _trim_box(page: pikepdf.Page) -> tuple[float, float, float, float]:
    box = page.obj.get("/TrimBox", page.obj.get("/MediaBox", page.mediabox))
    x0, y0, x1, y1 = (float(v) for v in box)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _crop_marks(trim: Sequence[float], bleed: float, colour: str, fold: bool = False) -> bytes:
    """Crop marks at the corners of ``trim``; with ``fold``, a mark above and below its
    vertical centre line too (the fold of a saddle-imposed sheet)."""
    x0, y0, x1, y1 = trim
    start = bleed + MARK_GAP_MM * MM
    end = start + MARK_LENGTH_MM * MM
    # an artifact: not part of the text, so tagged (PDF/UA) files stay valid
    ops = [f"/Artifact BMC q {colour} CS 1 SCN {_num(MARK_LINE_PT)} w 0 J []0 d"]
    for x, sx in ((x0, -1), (x1, 1)):
        for y, sy in ((y0, -1), (y1, 1)):
            # horizontal mark in line with the trim's horizontal edge, vertical in line with x
            ops.append(f"{_num(x + sx * start)} {_num(y)} m {_num(x + sx * end)} {_num(y)} l S")
            ops.append(f"{_num(x)} {_num(y + sy * start)} m {_num(x)} {_num(y + sy * end)} l S")
    if fold:
        mid = (x0 + x1) / 2
        for y, sy in ((y0, -1), (y1, 1)):
            ops.append(f"{_num(mid)} {_num(y + sy * start)} m {_num(mid)} {_num(y + sy * end)} l S")
    ops.append("Q EMC\n")
    return "\n".join(ops).encode("ascii")


def _registration_colour(doc: pikepdf.Pdf) -> pikepdf.Object:
    """Separation /All: prints on every plate, the colour for printer's marks."""
    tint = Dictionary(
        FunctionType=2, Domain=Array([0, 1]), C0=Array([0, 0, 0, 0]), C1=Array([1, 1, 1, 1]), N=1
    )
    return doc.make_indirect(Array([Name.Separation, Name.All, Name.DeviceCMYK, tint]))


def _box(x0: float, y0: float, x1: float, y1: float) -> Array:
    return Array([_num_obj(v) for v in (x0, y0, x1, y1)])


def _num(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _num_obj(value: float) -> pikepdf.Object:
    return pikepdf.Object.parse(_num(value).encode("ascii"))


def _save(doc: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    doc.save(
        out,
        deterministic_id=True,
        compress_streams=True,
        object_stream_mode=pikepdf.ObjectStreamMode.preserve,
    )
    return out.getvalue()
