"""Saddle-stitch imposition, bleed and crop marks: small WeasyPrint PDFs, read back with pypdf."""

from __future__ import annotations

import io
import logging
import subprocess
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
import weasyprint
from pypdf import PdfReader

from edition.press.impose import (
    MARK_GAP_MM,
    MARK_LENGTH_MM,
    add_bleed_and_marks,
    bleed_css,
    impose_saddle,
    saddle_order,
)

ROOT = Path(__file__).resolve().parent.parent
PT = 72 / 25.4


@pytest.fixture(autouse=True)
def no_weasyprint_logs(caplog):
    """Clean input: the test fails if WeasyPrint logged a warning or an error."""
    caplog.set_level(logging.WARNING, logger="weasyprint")
    yield
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []


def numbered_pdf(count: int, size: str = "A5", extra_css: str = "") -> bytes:
    """``count`` pages, page n showing only ``Pn`` in big Latin type."""
    css = f"@page {{ size: {size}; margin: 10mm }} p {{ font-size: 60pt; break-after: page }}"
    body = "".join(f"<p>P{n}</p>" for n in range(1, count + 1))
    return weasyprint.HTML(string=f"<style>{css}{extra_css}</style>{body}").write_pdf()


def halves_text(pdf: bytes) -> list[tuple[str, str]]:
    """Text of the left and right half of every sheet side."""
    sides = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            mid = page.width / 2
            left = page.crop((0, 0, mid, page.height)).extract_text().strip()
            right = page.crop((mid, 0, page.width, page.height)).extract_text().strip()
            sides.append((left, right))
    return sides


def size_mm(box) -> tuple[float, float]:
    return float(box.width) / PT, float(box.height) / PT


def box_mm(box) -> list[float]:
    return [round(float(v) / PT, 2) for v in (box.left, box.bottom, box.right, box.top)]


@pytest.mark.parametrize(
    ("pages", "sides"),
    [
        (1, [(4, 1), (2, 3)]),
        (4, [(4, 1), (2, 3)]),
        (6, [(8, 1), (2, 7), (6, 3), (4, 5)]),
        (8, [(8, 1), (2, 7), (6, 3), (4, 5)]),
        (9, [(12, 1), (2, 11), (10, 3), (4, 9), (8, 5), (6, 7)]),
    ],
)
def test_saddle_order(pages, sides):
    assert saddle_order(pages) == sides


def test_saddle_order_needs_a_page():
    with pytest.raises(ValueError, match=r"^saddle imposition needs at least 1 page, got 0$"):
        saddle_order(0)


def test_six_a5_pages_on_two_a4_sheets_in_folding_order():
    imposed = impose_saddle(numbered_pdf(6))
    reader = PdfReader(io.BytesIO(imposed))
    assert len(reader.pages) == 4  # 6 pages -> 8 -> 2 sheets, 2 sides each
    for page in reader.pages:
        width, height = size_mm(page.mediabox)
        assert width == pytest.approx(297, abs=0.5)
        assert height == pytest.approx(210, abs=0.5)
    # pages 7 and 8 are the blanks
    assert halves_text(imposed) == [("", "P1"), ("P2", ""), ("P6", "P3"), ("P4", "P5")]


def test_a4_pages_go_on_a3_sheets():
    imposed = impose_saddle(numbered_pdf(4, size="A4"))
    reader = PdfReader(io.BytesIO(imposed))
    assert [size_mm(p.mediabox) == pytest.approx((420, 297), abs=0.5) for p in reader.pages] == [
        True,
        True,
    ]
    assert halves_text(imposed) == [("P4", "P1"), ("P2", "P3")]


def test_other_page_sizes_give_sheets_of_two_pages_side_by_side():
    reader = PdfReader(io.BytesIO(impose_saddle(numbered_pdf(2, size="100mm 150mm"))))
    assert size_mm(reader.pages[0].mediabox) == pytest.approx((200, 150), abs=0.01)


def test_imposition_keeps_chinese_searchable_and_embeds_the_font_once(tmp_path):
    font = (ROOT / "fonts" / "NotoSerifCJK-Regular.ttc").as_uri()
    css = (
        f"@font-face {{ font-family: N; src: url({font}) }} @page {{ size: A5 }} "
        "body { font-family: N } p { break-after: page }"
    )
    html = f"<style>{css}</style><p>銀行一</p><p>長城二</p><p>重慶三</p><p>倫敦四</p><p>見面五</p>"
    path = tmp_path / "sheets.pdf"
    path.write_bytes(impose_saddle(weasyprint.HTML(string=html).write_pdf()))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for phrase in ("銀行一", "長城二", "重慶三", "倫敦四", "見面五"):
        assert phrase in text
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(fonts) == 1  # one font object for all 4 sheet sides
    assert fonts[0].split()[-5:-2] == ["yes", "yes", "yes"]  # embedded, subset, unicode map


def test_imposition_is_deterministic_with_a_file_id():
    source = numbered_pdf(5)
    first, second = impose_saddle(source), impose_saddle(source)
    assert first == second
    assert len(pikepdf.open(io.BytesIO(first)).trailer.ID) == 2
    assert b"CreationDate" not in first


def test_imposition_drops_bookmarks_that_point_at_replaced_pages():
    source = weasyprint.HTML(string="<style>@page{size:A5}</style><h1>A</h1><p>x</p>").write_pdf()
    assert "/Outlines" in pikepdf.open(io.BytesIO(source)).Root
    imposed = pikepdf.open(io.BytesIO(impose_saddle(source)))
    assert "/Outlines" not in imposed.Root
    assert len(imposed.pages) == 2


def test_imposition_drops_the_pdf_ua_claim_with_the_tags():
    html = "<html lang=en><title>T</title><style>@page{size:A5}</style><p>x</p>"
    source = weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    imposed = pikepdf.open(io.BytesIO(impose_saddle(source)))
    assert "/StructTreeRoot" not in imposed.Root
    assert "pdfuaid:part" in pikepdf.open(io.BytesIO(source)).open_metadata()
    assert "pdfuaid:part" not in imposed.open_metadata()


def test_imposition_refuses_mixed_page_sizes():
    css = "@page wide { size: A4 } .w { page: wide }"
    source = weasyprint.HTML(
        string=f"<style>@page{{size:A5}} {css}</style><p>a</p><p class=w>b</p>"
    ).write_pdf()
    with pytest.raises(
        ValueError,
        match=(
            r"^page 2: size 210\.0 x 297\.0 mm differs from page 1 \(148\.0 x 210\.0 mm\); "
            r"saddle imposition needs one page size$"
        ),
    ):
        impose_saddle(source)


def test_imposition_places_pages_by_their_trim_box():
    source = numbered_pdf(4, extra_css=bleed_css(3))
    reader = PdfReader(io.BytesIO(impose_saddle(source)))
    assert size_mm(reader.pages[0].mediabox) == pytest.approx((297, 210), abs=0.5)
    assert halves_text(impose_saddle(source)) == [("P4", "P1"), ("P2", "P3")]


def test_bleed_and_marks_boxes():
    reader = PdfReader(io.BytesIO(add_bleed_and_marks(numbered_pdf(2), bleed_mm=3)))
    room = 3 + MARK_GAP_MM + MARK_LENGTH_MM
    for page in reader.pages:
        assert box_mm(page.trimbox) == pytest.approx([0, 0, 148, 210], abs=0.1)
        assert box_mm(page.bleedbox) == pytest.approx([-3, -3, 151, 213], abs=0.1)
        assert box_mm(page.mediabox) == pytest.approx(
            [-room, -room, 148 + room, 210 + room], abs=0.1
        )
    assert [p.extract_text().strip() for p in reader.pages] == ["P1", "P2"]


def mark_lines(pdf: bytes) -> list[tuple[float, float, float, float]]:
    """Every ``x y m x y l`` segment of the first page's content, in PDF points."""
    doc = pikepdf.open(io.BytesIO(pdf))
    lines, start = [], None
    for operands, operator in pikepdf.parse_content_stream(doc.pages[0]):
        if str(operator) == "m":
            start = [float(v) for v in operands]
        elif str(operator) == "l":
            lines.append((*start, *(float(v) for v in operands)))
    return lines


def test_crop_marks_are_drawn_outside_the_bleed():
    marked = add_bleed_and_marks(numbered_pdf(1), bleed_mm=3)
    lines = mark_lines(marked)
    assert len(lines) == 8
    width, height, bleed = 148 * PT, 210 * PT, 3 * PT
    for x0, y0, x1, y1 in lines:
        left, right = min(x0, x1), max(x0, x1)
        bottom, top = min(y0, y1), max(y0, y1)
        horizontal = y0 == y1 and y0 in (0, pytest.approx(height, abs=0.01))
        vertical = x0 == x1 and x0 in (0, pytest.approx(width, abs=0.01))
        assert horizontal or vertical, (x0, y0, x1, y1)
        outside = right < -bleed or left > width + bleed or top < -bleed or bottom > height + bleed
        assert outside, (x0, y0, x1, y1)
        assert max(right - left, top - bottom) == pytest.approx(MARK_LENGTH_MM * PT, abs=0.01)
    assert PdfReader(io.BytesIO(marked)).pages[0].extract_text().strip() == "P1"


def test_bleed_without_marks_keeps_media_at_the_bleed():
    reader = PdfReader(io.BytesIO(add_bleed_and_marks(numbered_pdf(1), bleed_mm=5, marks=False)))
    page = reader.pages[0]
    assert box_mm(page.mediabox) == box_mm(page.bleedbox)
    assert box_mm(page.bleedbox) == pytest.approx([-5, -5, 153, 215], abs=0.1)


def test_bleed_respects_the_trim_box_weasyprint_wrote():
    source = numbered_pdf(1, extra_css=bleed_css(3))
    page = PdfReader(io.BytesIO(source)).pages[0]
    assert box_mm(page.trimbox) == pytest.approx([0, 0, 148, 210], abs=0.1)
    assert box_mm(page.mediabox) == pytest.approx([-3, -3, 151, 213], abs=0.1)
    marked = PdfReader(io.BytesIO(add_bleed_and_marks(source, bleed_mm=3))).pages[0]
    assert box_mm(marked.trimbox) == pytest.approx([0, 0, 148, 210], abs=0.1)
    assert box_mm(marked.bleedbox) == pytest.approx([-3, -3, 151, 213], abs=0.1)


def test_bleed_is_deterministic():
    source = numbered_pdf(2)
    assert add_bleed_and_marks(source) == add_bleed_and_marks(source)


def test_negative_bleed_is_refused():
    with pytest.raises(ValueError, match=r"^bleed must be 0 mm or more, got -1 mm$"):
        add_bleed_and_marks(numbered_pdf(1), bleed_mm=-1)
    with pytest.raises(ValueError, match=r"^bleed must be 0 mm or more, got -1 mm$"):
        bleed_css(-1)


def test_imposed_sheets_keep_the_bleed_and_get_crop_and_fold_marks():
    pages = add_bleed_and_marks(numbered_pdf(4), bleed_mm=3, marks=False)
    sheets = impose_saddle(pages, bleed_mm=3, marks=True)
    room = 3 + MARK_GAP_MM + MARK_LENGTH_MM
    reader = PdfReader(io.BytesIO(sheets))
    for sheet in reader.pages:
        # the spread of two A5 pages, its bleed, and room for the marks: larger than A4
        assert box_mm(sheet.mediabox) == pytest.approx([0, 0, 296 + 2 * room, 210 + 2 * room])
        assert box_mm(sheet.trimbox) == pytest.approx([room, room, room + 296, room + 210])
        assert box_mm(sheet.bleedbox) == pytest.approx(
            [room - 3, room - 3, room + 299, room + 213]
        )
    lines = mark_lines(sheets)
    assert len(lines) == 8 + 2  # a crop mark each way at four corners, a fold mark above, below
    spine = (room + 148) * PT
    folds = [line for line in lines if line[0] == line[2] == pytest.approx(spine, abs=0.01)]
    assert len(folds) == 2
    trim_bottom, trim_top = room * PT, (room + 210) * PT
    for x0, y0, x1, y1 in lines:  # every mark starts outside the bleed
        assert (
            min(y0, y1) > trim_top + 3 * PT
            or max(y0, y1) < trim_bottom - 3 * PT
            or min(x0, x1) > (room + 296 + 3) * PT
            or max(x0, x1) < (room - 3) * PT
        ), (x0, y0, x1, y1)
    assert halves_text(sheets) == [("P4", "P1"), ("P2", "P3")]


def test_imposed_pages_bleed_away_from_the_fold_only():
    """A page's bleed shows at its outer edge, never over its neighbour across the fold."""
    css = "@page { background: #000 }"
    pages = add_bleed_and_marks(numbered_pdf(4, extra_css=bleed_css(3) + css), 3, marks=False)
    sheets = impose_saddle(pages, bleed_mm=3, marks=False)
    clips = []
    doc = pikepdf.open(io.BytesIO(sheets))
    for operands, operator in pikepdf.parse_content_stream(doc.pages[0]):
        if str(operator) == "re":
            clips.append([round(float(v) / PT, 2) for v in operands])
    # the left page from its outer bleed to the fold, the right one from the fold on
    assert clips == [[0, 0, 151, 216], [151, 0, 151, 216]]


def test_without_bleed_or_marks_the_sheet_is_a_paper_size():
    reader = PdfReader(io.BytesIO(impose_saddle(numbered_pdf(4), bleed_mm=0, marks=False)))
    assert size_mm(reader.pages[0].mediabox) == pytest.approx((297, 210), abs=0.5)
    assert "/TrimBox" not in reader.pages[0]
